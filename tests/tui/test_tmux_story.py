"""The agreement's story in a real terminal: tmux at 80x24, TERM=linux and NO_COLOR=1.

The installed ``pactscope`` on a hand-built store whose articles disagree about one pact:
the agreement view shows the contradictions first and every side readable without colour,
Tab reaches the timeline, `e` shows a line's sentence, `o` opens the article there.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
from pathlib import Path

import pytest

from tests.screens_support import build_disputed_store
from tests.tui.test_tmux import Tmux, footer, pactscope_command, wait_for

RULE = re.compile(r"^[─━═-]+(?P<title>[A-Z][^─━═]*?)[─━═-]+$")


def under(screen: str, title: str) -> list[str]:
    """The stripped lines under the rule whose title starts with ``title`` (the Timeline's
    says "(5 articles)"), up to the next rule or the footer; [] when it is not on screen."""
    out: list[str] | None = None
    for line in screen.splitlines()[:23]:
        found = RULE.match(line.strip())
        if found:
            if out is not None:
                break
            out = [] if found.group("title").startswith(title) else None
        elif out is not None:
            out.append(line.strip())
    return out or []


pytestmark = [
    pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed"),
    pytest.mark.slow,  # a real terminal under tmux
]


def test_story_reads_at_80x24_on_the_linux_console_without_colour(tmp_path: Path) -> None:
    db = build_disputed_store(tmp_path / "disputed.json")
    env = {
        "HOME": str(tmp_path),
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "LANG": "C.UTF-8",
        "LC_ALL": "C.UTF-8",
        "TERM": "linux",
        "NO_COLOR": "1",
    }
    assignments = " ".join(f"{k}={shlex.quote(v)}" for k, v in env.items())
    command = f"env -i {assignments} {shlex.quote(pactscope_command())} --db {shlex.quote(str(db))}"
    tmux = Tmux()
    try:
        tmux.start(command)
        wait_for(tmux, lambda s: "Talks go on" in s and "Search" in footer(s), "the explorer", 60)
        tmux.keys("Enter")  # the newest article, which names the pact
        # the text pane takes the focus once Enter is handled (the pact shows in the preview
        # before that: a key sent earlier would meet the list, not the text)
        wait_for(
            tmux,
            lambda s: "Harbour Security Pact" in s and "╔═ Article ═" in s,
            "the article open and its agreements",
        )
        tmux.keys("4")
        wait_for(tmux, lambda s: "═ Agreements" in s, "the agreements pane in focus")
        tmux.keys("Enter")
        disputes = [
            "Year differs between 2 articles",
            "2021  2024-02-01 - Test Wire - Pact [b]signed",
            "2022  2024-06-20 - Test Wire - Pact revisited",
        ]
        screen = wait_for(
            tmux,
            lambda s: "Contradictions (4)" in s and under(s, "Contradictions")[:3] == disputes,
            "the agreement view with its contradictions first",
        )
        lines = screen.splitlines()
        assert lines[0].strip() == "Harbour Security Pact", screen
        # the Linux console's font lacks some characters: plain ASCII stands in for them
        assert "5 articles - 2024-02-01 to 2024-09-05 - ! 4 contradictions" in lines[1], screen
        assert "Year    2021  > evidence  ! articles disagree" in screen
        assert all(len(line) <= 80 for line in lines) and "\x1b" not in screen

        tmux.keys("BTab")  # wraps round to the Timeline
        timeline = [
            "2024-02-01 - Test Wire - Pact [b]signed",
            "signed! - year 2021! - parties Norway, Chile!  (year-after-verb)",
            '"Norway and Chile signed the Harbour Security Pact in 2021."',
        ]
        wait_for(tmux, lambda s: under(s, "Timeline")[:3] == timeline, "the timeline in view")
        tmux.keys("j", "j", "e")
        wait_for(
            tmux,
            lambda s: (
                "Says:" in s
                and '"The Harbour Security Pact is worth $2 billion over ten years."' in s
            ),
            "the evidence panel with the value's sentence",
        )
        tmux.keys("o")
        screen = wait_for(tmux, lambda s: "sentence 2 of 2" in s, "the article at the sentence")
        assert "Pact [b]signed" in screen
        tmux.keys("q")
    finally:
        tmux.kill()
