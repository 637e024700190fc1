"""Sentence boundaries within one paragraph, as character offsets into the article text.

A boundary is ``.``, ``!`` or ``?`` (plus closing quotes or brackets) followed by a space and
a capital, digit or opening quote, or the paragraph's end; a period glued to a capital
("islands.The nations") also ends a sentence. Abbreviations ("U.S.", "Gen.", "Jan.", "J.")
end a sentence only when the next word is a common sentence opener ("... Nakatani Gen. The
conversation"). One left-to-right pass: linear in the paragraph's length.
"""

from __future__ import annotations

import re
from itertools import product

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


# Every word before a lone period that makes it an abbreviation, besides dotted initials
# ("U.S", "J.R"): the list above, any capital letter, and the lower-case forms in any case.
_ABBREVIATION_FORMS: frozenset[str] = (
    ABBREVIATIONS
    | frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    | frozenset(
        "".join(v)
        for form in ("e.g", "i.e", "etc", "vs", "a.m", "p.m")
        for v in product(*({c, c.upper()} for c in form))
    )
)


def _abbreviation_before(text: str, start: int, dot: int) -> bool:
    """Whether the word before the period at ``dot`` (its line starting at ``start``) is an
    abbreviation ("Gen.", "U.S.", "J."), which ends a sentence only before a sentence opener."""
    w = _WORD_BEFORE.search(text, max(start, dot - 12), dot)
    if w is None:
        return False
    ws = w.start()
    if ws > start and not text[ws - 1].isspace() and text[ws - 1] not in _OPENERS and not _prefixed(text, start, ws):
        return False  # part of a longer token, e.g. "A$6.5" or "3.Mr"
    bare = w.group().rstrip(".")
    return bare in _ABBREVIATION_FORMS or (
        "." in bare and all(len(p) == 1 and p.isalpha() for p in bare.split("."))
    )


def _prefixed(text: str, start: int, ws: int) -> bool:
    """Whether the word at ws follows a hyphenated prefix ("then-U.S.", "anti-U.N."): the
    abbreviation is still a word of its own."""
    return text[ws - 1] == "-" and ws - 1 > start and text[ws - 2].isalpha()


def split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans ``(start, end)`` within ``text[start:end]``; each line is split apart."""
    end = min(end, len(text))
    if start > 0 and text[start - 1] != "\n":
        # the patterns run over the text in place: their look-behind must not see before the range
        return [(a + start, b + start) for a, b in split_sentences(text[start:end], 0, end - start)]
    found: list[tuple[int, int, int]] = []
    _split_lines(text, start, end, 0, found, _pattern_for(text, start, end))
    return [(a, b) for _, a, b in found]


def split_paragraphs(text: str, paragraphs: list[tuple[int, int]]) -> list[tuple[int, int, int]]:
    """``(paragraph, start, end)`` of every sentence: ``split_sentences`` of each paragraph in
    turn, for paragraphs joined by a blank line (so that each one starts a line)."""
    out: list[tuple[int, int, int]] = []
    rx = _pattern_for(text, 0, len(text))
    for pi, (start, end) in enumerate(paragraphs):
        _split_lines(text, start, end, pi, out, rx)
    return out


def _pattern_for(text: str, start: int, end: int) -> re.Pattern[str]:
    """The boundary pattern for ``text[start:end]``: both find the same boundaries where only
    periods occur, and the period one finds them faster."""
    if text.find("!", start, end) >= 0 or text.find("?", start, end) >= 0 or text.find("…", start, end) >= 0:
        return _BOUNDARY
    return _PERIOD_BOUNDARY


def _split_lines(
    text: str, start: int, end: int, pi: int, spans: list[tuple[int, int, int]], rx: re.Pattern[str]
) -> None:
    """Append ``(pi, start, end)`` for the sentences of each line of ``text[start:end]``. The
    pattern runs over the text in place: a line never holds a line break, so nothing outside
    it changes a match."""
    while start < end:
        nl = text.find("\n", start, end)
        line_end = end if nl < 0 else nl
        cur = start  # where the current sentence starts
        for m in rx.finditer(text, start, line_end):
            nxt = m.end()
            if nxt >= line_end:
                break
            c = text[nxt]
            if not (c.isupper() or c.isdigit() or c in _OPENERS):
                continue
            dot, stop = m.span(1)  # group 1 opens the match
            # Only a lone period after a word may be an abbreviation: not "!", "?", "...", a
            # period inside closing quotes or one glued to a capitalised word ("islands.The").
            if stop == dot + 1 and stop != nxt and text[dot] == ".":
                # the word before, when a space opens it and it is all ASCII letters (nearly
                # always), is looked up directly; any other is measured as a token
                sp = text.rfind(" ", max(start, dot - 13), dot)
                word = text[sp + 1 : dot] if sp >= 0 else ""
                if word.isalpha() and word.isascii():
                    abbreviation = word in _ABBREVIATION_FORMS
                else:
                    abbreviation = _abbreviation_before(text, start, dot)
                if abbreviation:
                    nw = _NEXT_WORD.match(text, nxt, line_end)
                    if nw is None or nw.group() not in STARTERS:
                        continue
            if cur != start or not text[cur].isspace():
                # after the first sentence both ends are on non-space characters already; the
                # first one too unless the line opens with a space
                spans.append((pi, cur, stop))
            else:
                _add_trimmed(spans, pi, text, cur, stop)
            cur = nxt
        if cur < line_end and not text[cur].isspace() and not text[line_end - 1].isspace():
            spans.append((pi, cur, line_end))  # nothing to trim (a stripped paragraph's lines)
        else:
            _add_trimmed(spans, pi, text, cur, line_end)
        start = line_end + 1


def _add_trimmed(spans: list[tuple[int, int, int]], pi: int, text: str, a: int, b: int) -> None:
    """Append ``(pi, a, b)`` for ``text[a:b]`` without its surrounding white space, unless
    nothing is left."""
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    if b > a:
        spans.append((pi, a, b))
