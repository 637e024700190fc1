"""The installed command on a Linux console without colour (``TERM=linux NO_COLOR=1``), 80x24.

tmux records every byte the explorer writes (``pipe-pane``) while a walk visits each screen;
the bytes must hold none of the glyphs the console font lacks (⭘ ⏎ 🔎 and the eighth
blocks), no strikethrough and no colour at all; each screen must still read.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import time
from pathlib import Path

import pytest

from tests.tui.test_tmux import START_TIMEOUT, Tmux, footer, pactscope_command, wait_for

pytestmark = [
    pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed"),
    pytest.mark.slow,  # a real terminal under tmux
]

MISSING_GLYPHS = "⭘⏎🔎▁▂▃▅▆▇▉▊▋▍▎▏▔▕…—↳╭╮╰╯"
"""What the Linux console font cannot draw (▄ and ▌ are in its CP437 set, · too), among
them the ellipsis and dash labels would use: the explorer writes ~ and - there; and the
rounded corners of a dialog, drawn with single lines there."""
SGR = re.compile(rb"\x1b\[([0-9;:]*)m")
COLOUR_PARAMS = {*range(30, 39), *range(40, 49), *range(90, 98), *range(100, 108)}


def sgr_problems(raw: bytes) -> list[str]:
    """Strikethrough or colour in the SGR sequences of ``raw``."""
    problems = []
    for params in SGR.findall(raw):
        numbers = [int(p) for p in re.split(rb"[;:]", params) if p]
        if 9 in numbers:
            problems.append(f"strikethrough in {params!r}")
        if COLOUR_PARAMS & set(numbers):
            problems.append(f"colour in {params!r}")
    return problems


def test_console_walk_sends_no_missing_glyph_and_no_colour(tmp_path: Path) -> None:
    db = tmp_path / "db.json"
    raw_file = tmp_path / "raw.bin"
    env = {
        "HOME": str(tmp_path),
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "LANG": "C.UTF-8",
        "PACTSCOPE_DB": str(db),
        "TERM": "linux",
        "NO_COLOR": "1",
    }
    assignments = " ".join(f"{k}={shlex.quote(v)}" for k, v in env.items())
    inner = f"env -i {assignments} {shlex.quote(pactscope_command())}"
    tmux = Tmux()
    try:
        tmux.start(f"sh -c {shlex.quote(inner)}")
        tmux.run("pipe-pane", "-o", "-t", tmux.session, f"cat >> {shlex.quote(str(raw_file))}")
        wait_for(tmux, lambda s: "articles" in s and "Search" in footer(s), "the main screen",
                 START_TIMEOUT)
        steps = [
            (["Enter"], lambda s: "Next" in footer(s), "an article open"),
            (["4"], lambda s: "Agreements" in s, "the agreements pane"),
            (["z"], lambda s: "Articles" not in s and "Agreements" in s.splitlines()[0],
             "the zoomed agreements pane, from the top line"),
            (["z", "1", "j", "j"], lambda s: "Articles" in s, "the article list again"),
            (["/"], lambda s: "Type to search" in s, "the search box"),
            # the query line shows what was typed (a border must not eat its one row)
            (["japan"], lambda s: "hits" in s and "japan" in s.splitlines()[1],
             "search results under the typed query"),
            (["Escape", "?"], lambda s: "Everywhere" in s, "the help"),
            (["Escape", "m"], lambda s: "Matrix" in s and "countries" in s, "the matrix"),
            (["c:jap"], lambda s: "c:jap" in s.splitlines()[1], "the matrix filter as typed"),
            (["Escape", "Escape", "2", "f"], lambda s: "Filter actors" in s, "an empty filter"),
            (["Escape", "C-p"], lambda s: "Search" in s, "the palette"),
            (["Escape", "2"], lambda s: "Actors" in s, "back on the main screen"),
            # the correcting dialogs: the first actor is in several articles, so it splits
            (["g", "X"], lambda s: "Mark the articles" in s, "the split dialog"),
            (["Escape", "R"], lambda s: "Rename actor" in s, "the rename dialog"),
            (["Escape", "H"], lambda s: "correction" in s, "the corrections history"),
            (["Escape", "D"], lambda s: "duplicate" in s, "the suggestions"),
            (["Escape"], lambda s: "Actors" in s, "the main screen once more"),
        ]
        for keys, ok, what in steps:
            for key in keys:
                tmux.keys(key, literal=key.islower() and len(key) > 1)
                time.sleep(0.3)
            screen = wait_for(tmux, ok, what)
            assert screen.strip(), what
        tmux.keys("q")
        time.sleep(1.0)
    finally:
        tmux.kill()
    raw = raw_file.read_bytes()
    assert len(raw) > 1000
    text = raw.decode("utf-8", "replace")
    found = sorted({ch for ch in text if ch in MISSING_GLYPHS})
    assert not found, f"glyphs the console lacks: {found}"
    problems = sgr_problems(raw)
    assert not problems, problems[:5]
