"""Whether the terminal can be sent more than ASCII: asked by the command line (which never
imports Textual) as well as by the explorer (``tui.glyphs``)."""

from __future__ import annotations

from collections.abc import Mapping


def plain_terminal(environ: Mapping[str, str]) -> bool:
    """Whether to draw plain ASCII: on the Linux console, or when the locale is not UTF-8
    (the first of LC_ALL, LC_CTYPE, LANG that is set decides, as for every C program)."""
    if environ.get("TERM", "") == "linux":
        return True
    for name in ("LC_ALL", "LC_CTYPE", "LANG"):
        value = environ.get(name)
        if value:
            return "utf-8" not in value.lower().replace("utf8", "utf-8")
    return True  # no locale at all is the C locale: ASCII
