"""Sentence boundaries within one paragraph, as character offsets into the article text.

A boundary is ``.``, ``!`` or ``?`` (plus closing quotes or brackets) followed by a space and
a capital, digit or opening quote, or the paragraph's end; a period glued to a capital
("islands.The nations") also ends a sentence. Abbreviations ("U.S.", "Gen.", "Jan.", "J.")
end a sentence only when the next word is a common sentence opener ("... Nakatani Gen. The
conversation"). One left-to-right pass: linear in the paragraph's length.
"""

from __future__ import annotations

import re

ABBREVIATIONS: frozenset[str] = frozenset(
    """Mr Mrs Ms Mx Dr Prof Gen Adm Lt Col Capt Cmdr Cdr Sgt Maj Brig Cpl Pvt Gov Sen Rep Rev Hon
    Pres Amb Sec Supt Insp Det St Ste Mt Ft No Nos Vol Fig Art Ch Ave Blvd Rd Jr Sr Inc Corp
    Ltd Co Bros Plc LLC est approx dept govt Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec
    Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun vs etc al cf ca viz e.g i.e a.m p.m Ph.D U.S U.K
    U.N E.U D.C U.S.A Ariz Calif Colo Conn Fla Ill Mass Mich Minn Penn Tenn Tex Va Wash Wis""".split()
)

# Words that open a sentence; after an abbreviation, one of these means the sentence ended.
STARTERS: frozenset[str] = frozenset(
    """The A An This That These Those It Its He She They We I You In On At But And As After Before
    During However Meanwhile While When Although Though Both Their His Her Our There Some Many Most
    Other Such If For With By Since Despite Yet So Also Then Now Today Yesterday Tomorrow What Why
    How Who Under Officials Analysts Critics Experts Last Next Earlier Later Still Instead
    Here One Two Three Several According Further Moreover Furthermore Nevertheless""".split()
)

_OPENERS = "\"“‘'([«"
# Terminal punctuation with any closing quotes/brackets, then a space or the end; or a period
# glued between a lower-case word and a capitalised one. Both branches share the leading
# punctuation mark, so the engine can skip ahead to the next one in C instead of trying the
# lookbehind at every character. Group 1 is the punctuation; the spaces after it are part of
# the match, so the match ends where a next sentence would start.
_BOUNDARY_RX = r"(LEAD(?:[.!?…]{0,9}[\"”’')\]»]{0,3}(?=\s|$)|(?<=[a-z]{2}\.)(?=[A-Z][a-z])))\s*"
_BOUNDARY = re.compile(_BOUNDARY_RX.replace("LEAD", "[.!?…]"))
# The same for a line whose only terminal mark is the period: a pattern that opens with one
# literal character is scanned for much faster than one that opens with a class.
_PERIOD_BOUNDARY = re.compile(_BOUNDARY_RX.replace("LEAD", r"\."))
_WORD_BEFORE = re.compile(r"[A-Za-z.]{1,12}$")
_NEXT_WORD = re.compile(r"[A-Za-z]{1,20}")


def _ends_sentence(seg: str, m: re.Match[str], nxt: int) -> bool:
    """Whether the punctuation match ``m`` ends a sentence, the next text starting at ``nxt``."""
    c = seg[nxt]
    if not (c.isupper() or c.isdigit() or c in _OPENERS):
        return False
    if m.group(1) != "." or m.end(1) == nxt:
        # "!", "?", "...", a period inside closing quotes, or a glued period before a
        # capitalised word ("islands.The"); only a lone period after a word may be an abbreviation.
        return True
    dot = m.start()
    w = _WORD_BEFORE.search(seg, max(0, dot - 12), dot)
    if w is None:
        return True
    ws = w.start()
    if ws > 0 and not seg[ws - 1].isspace() and seg[ws - 1] not in _OPENERS:
        return True  # part of a longer token, e.g. "A$6.5" or "3.Mr"
    bare = w.group().rstrip(".")
    is_abbrev = (
        bare in ABBREVIATIONS
        or bare.lower() in ("e.g", "i.e", "etc", "vs", "a.m", "p.m")
        or (len(bare) == 1 and bare.isupper())
        or ("." in bare and all(len(p) == 1 and p.isalpha() for p in bare.split(".")))
    )
    if not is_abbrev:
        return True
    nw = _NEXT_WORD.match(seg, nxt)
    return nw is not None and nw.group() in STARTERS


def split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans ``(start, end)`` within ``text[start:end]``; each line is split apart."""
    spans: list[tuple[int, int]] = []
    pos = start
    while pos < end:
        nl = text.find("\n", pos, end)
        line_end = end if nl < 0 else nl
        _split_line(text, pos, line_end, spans)
        pos = line_end + 1
    return spans


def _split_line(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    seg = text[start:end]
    n = len(seg)
    cur = 0
    rx = _BOUNDARY if "!" in seg or "?" in seg or "…" in seg else _PERIOD_BOUNDARY
    for m in rx.finditer(seg):
        nxt = m.end()
        if nxt >= n:
            break
        if _ends_sentence(seg, m, nxt):
            if cur:  # after the first sentence both ends are on non-space characters already
                spans.append((start + cur, start + m.end(1)))
            else:
                _add(seg, start, 0, m.end(1), spans)
            cur = nxt
    _add(seg, start, cur, n, spans)


def _add(seg: str, offset: int, a: int, b: int, spans: list[tuple[int, int]]) -> None:
    while a < b and seg[a].isspace():
        a += 1
    while b > a and seg[b - 1].isspace():
        b -= 1
    if b > a:
        spans.append((offset + a, offset + b))
