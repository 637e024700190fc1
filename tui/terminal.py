"""Whether the terminal can be sent more than ASCII: asked by the command line (which never
imports Textual) as well as by the explorer (``tui.glyphs``); and whether a stream is one Rich
would style, so the command line imports Rich only when it would."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TextIO


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


def rich_would_style(stream: TextIO, environ: Mapping[str, str]) -> bool:
    """Whether Rich might treat ``stream`` as a terminal (its rules: TTY_COMPATIBLE=1,
    FORCE_COLOR set, or a tty); when not, what it prints is the plain text, so a line can be
    written without importing Rich (about 30 ms of every command's start)."""
    if environ.get("TTY_COMPATIBLE", "") == "1" or environ.get("FORCE_COLOR"):
        return True
    if hasattr(builtins, "get_ipython"):  # Rich asks a notebook's own questions
        return True
    isatty = getattr(stream, "isatty", None)
    try:
        return bool(isatty is not None and isatty())
    except ValueError:  # closed: Rich says "no terminal" as well
        return False
