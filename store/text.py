"""Text hygiene shared by every stage: untrusted article text is made safe to show and compare."""

from __future__ import annotations

import re
import unicodedata

# C0/C1 controls (except tab and newline), DEL, and bidi overrides/isolates that can reorder
# what a terminal shows.
_UNSAFE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069\ufff9-\ufffb]"
)
# Whole escape sequences: CSI (ESC [ ... final) and OSC (ESC ] ... BEL or ST), so that their
# parameters do not survive as visible junk once the ESC itself is removed.
_ESCAPES = re.compile(r"\x1b\[[0-?]{0,64}[ -/]{0,16}[@-~]|\x1b\][^\x07\x1b]{0,4096}(?:\x07|\x1b\\)?")


# The text strip_controls returned last. Stripping is idempotent, so that very object needs no
# second pass: the parser strips the text the reader has just stripped, and skips the scan.
_last_clean = ""


def strip_controls(text: str) -> str:
    """Remove terminal escape sequences and control characters, keeping tabs and newlines."""
    global _last_clean
    if not text or text is _last_clean:
        return text
    text = _UNSAFE.sub("", _ESCAPES.sub("", text))
    _last_clean = text
    return text


def fold(text: str) -> str:
    """A comparison key: NFKC, lower case, curly quotes straightened, accents kept."""
    text = unicodedata.normalize("NFKC", text).casefold()
    return text.replace("\u2019", "'").replace("\u2018", "'")
