"""Text hygiene shared by every stage: untrusted article text is made safe to show and compare."""

from __future__ import annotations

import re
import unicodedata

# C0/C1 controls (except tab and newline), DEL, and bidi overrides/isolates that can reorder
# what a terminal shows.
_UNSAFE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069\ufff9-\ufffb]"
)
# Whole escape sequences, 7-bit (ESC ...) and 8-bit (C1), so that their parameters do not
# survive as visible junk once the introducer is removed: CSI (ESC [ or U+009B, parameters,
# final byte); OSC, DCS, SOS, PM, APC strings (ESC ] P X ^ _ or U+009D U+0090 U+0098 U+009E
# U+009F) up to BEL or ST (ESC \\ or U+009C), and never past the end of the line; a charset
# designation (ESC ( B) and the other two-byte escapes (ESC c, ESC 7, ESC M).
_ESCAPES = re.compile(
    r"(?:\x1b\[|\x9b)[0-?]{0,64}[ -/]{0,16}[@-~]"
    r"|(?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f])[^\x07\x1b\x9c\n]{0,4096}(?:\x07|\x1b\\|\x9c)?"
    r"|\x1b[ -/]{1,8}[0-~]|\x1b[0-~]"
)
# What can open an escape sequence: ESC or a C1 introducer. A character class is found fast,
# so the costly alternation above runs only on the rare text that holds one.
_INTRODUCER = re.compile("[\x1b\x90-\x9f]")
# Line and paragraph separators: line breaks, as every other layer reads them.
_SEPARATORS = str.maketrans({"\u2028": "\n", "\u2029": "\n\n"})
# Invisible marks: the zero-width space, the byte-order mark / zero-width no-break space and
# the word joiner are removed; the zero-width (non-)joiners only when stray (see _joiner).
_ZERO_WIDTH = re.compile("[\u200b\u2060\ufeff]|[\u200c\u200d]")
# Every character any step of strip_controls acts on, in one class: most texts hold none,
# and one scan then answers for all the steps.
_ANY_UNSAFE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060\u2066-\u2069\ufeff\ufff9-\ufffb]"
)


def _joiner(text: str, at: int) -> bool:
    """Whether the ZWJ/ZWNJ at ``at`` shapes a word of a script that needs it (Persian
    "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645", Devanagari conjuncts) or an
    emoji sequence: it stands between two letters or marks beyond Latin, or two symbols."""
    if at == 0 or at + 1 >= len(text):
        return False
    before, after = text[at - 1], text[at + 1]
    kinds = unicodedata.category(before)[0] + unicodedata.category(after)[0]
    if kinds in ("SS", "MS") or (before == "\ufe0f" and kinds[1] == "S"):
        return True  # an emoji joined to the next
    return (
        kinds[0] in "LM"
        and kinds[1] in "LM"
        and (ord(before) >= 0x370 or ord(after) >= 0x370)
    )


def _drop_zero_width(text: str) -> str:
    if not _ZERO_WIDTH.search(text):
        return text
    pieces: list[str] = []
    last = 0
    for m in _ZERO_WIDTH.finditer(text):
        at = m.start()
        if text[at] in "\u200c\u200d" and _joiner(text, at):
            continue
        pieces.append(text[last:at])
        last = at + 1
    pieces.append(text[last:])
    return "".join(pieces)


def strip_controls(text: str) -> str:
    """Remove terminal escape sequences (whole) and control characters, keeping tabs and
    newlines; line and paragraph separators become line breaks, stray zero-width marks go."""
    if not text or _ANY_UNSAFE.search(text) is None:
        return text
    plain = text.isascii()
    if _INTRODUCER.search(text):
        text = _ESCAPES.sub("", text)
    if not plain and ("\u2028" in text or "\u2029" in text):
        text = text.translate(_SEPARATORS)
    text = _UNSAFE.sub("", text)
    if not plain:
        text = _drop_zero_width(text)
    return text


def fold(text: str) -> str:
    """A comparison key: NFKC, lower case, curly quotes straightened, accents kept."""
    text = unicodedata.normalize("NFKC", text).casefold()
    return text.replace("\u2019", "'").replace("\u2018", "'")
