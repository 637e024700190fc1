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


def strip_controls(text: str) -> str:
    """Remove terminal escape sequences and control characters, keeping tabs and newlines."""
    if not text:
        return text
    text = _ESCAPES.sub("", text)
    return _UNSAFE.sub("", text)


def fold(text: str) -> str:
    """A comparison key: NFKC, lower case, curly quotes straightened, accents kept."""
    text = unicodedata.normalize("NFKC", text).casefold()
    return text.replace("\u2019", "'").replace("\u2018", "'")
