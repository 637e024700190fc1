"""Corrections in a real terminal: the installed ``pactscope`` under tmux at 80x24.

On the bundled seeds, from the keyboard only: merge two actors (the second picked by a
fuzzy name), set an agreement's status with a note, split an actor, undo the split; quit;
re-ingest with one more article naming both merged actors; reopen, and find the merge and
the status in place (the history says so), the split undone. Run as the terminal comes and
on the Linux console without colour.
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import time
from pathlib import Path

import pytest

from store.db.store import Store
from tests.tui.test_tmux import (
    EXIT_TIMEOUT,
    START_TIMEOUT,
    Tmux,
    footer,
    pactscope_command,
    wait_for,
)

pytestmark = [
    pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed"),
    pytest.mark.slow,  # a real terminal under tmux, and an ingest
]

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
NEW_ARTICLE = """Commands meet in Hawaii

HONOLULU, March 3 (Test Wire) - Officers of the U.S. Indo-Pacific Command and of
United States Forces Japan met on Monday to plan joint exercises with Japan.
"""
VARIANTS = {
    "screen-256color": {"TERM": "screen-256color"},
    "linux-no-color": {"TERM": "linux", "NO_COLOR": "1"},
}


def environment(tmp_path: Path, db: Path, variant: str) -> dict[str, str]:
    return {
        "HOME": str(tmp_path),
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "LANG": "C.UTF-8",
        "LC_ALL": "C.UTF-8",
        "PACTSCOPE_DB": str(db),
        **VARIANTS[variant],
    }


def start(tmux: Tmux, env: dict[str, str], status: Path) -> None:
    assignments = " ".join(f"{k}={shlex.quote(v)}" for k, v in env.items())
    inner = f"env -i {assignments} {shlex.quote(pactscope_command())}; echo $? > {shlex.quote(str(status))}"
    tmux.start(f"sh -c {shlex.quote(inner)}")


def quit_app(tmux: Tmux, status: Path) -> None:
    tmux.keys("Escape")
    time.sleep(0.7)  # a lone Escape waits for tmux's escape time
    tmux.keys("q")
    deadline = time.monotonic() + EXIT_TIMEOUT
    while tmux.alive() and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not tmux.alive(), f"'q' did not end the session:\n{tmux.screen()}"
    assert status.read_text().strip() == "0", "pactscope exited with an error status"


def dialog(tmux: Tmux, text: str, what: str) -> None:
    """Wait for a dialog, and a moment more for its line or list to take the keys."""
    wait_for(tmux, lambda s: text in s, what)
    time.sleep(0.3)


def notified(word: str):
    return lambda s: word in s


@pytest.mark.parametrize("variant", list(VARIANTS))
def test_correct_undo_quit_reingest_and_find_the_corrections(tmp_path: Path, variant: str) -> None:
    db = tmp_path / "db.json"
    status = tmp_path / "status"
    env = environment(tmp_path, db, variant)
    tmux = Tmux()
    try:
        start(tmux, env, status)
        wait_for(tmux, lambda s: "5 articles" in s and "Search" in footer(s), "the explorer", START_TIMEOUT)

        # merge: the Indo-Pacific Command, then United States Forces Japan picked by name
        tmux.keys("2")
        tmux.keys("indo", literal=True)
        wait_for(tmux, lambda s: "U.S. Indo-Pacific C" in s and "1 of" in s, "the filtered actors")
        tmux.keys("Enter")  # to the list, keeping the filter
        wait_for(tmux, lambda s: "M Merge" in footer(s), "the list in focus")
        tmux.keys("M")
        dialog(tmux, "Merge actor with", "the fuzzy picker")
        tmux.keys("forces japan", literal=True)
        wait_for(tmux, lambda s: "United States Forces Japan" in s, "the picked actor")
        tmux.keys("Enter")
        wait_for(tmux, notified("Merged 2 actors"), "the merge to be made")
        with Store.open(db) as store:
            names = {a.name for a in store.actors()}
            assert "United States Forces Japan" not in names and "Japan" in names

        # set an agreement's status, with a note
        tmux.keys("/")
        wait_for(tmux, lambda s: "Type to search" in s, "the search box")
        tmux.keys("aukus", literal=True)
        wait_for(tmux, lambda s: "AUKUS" in s and "hit" in s, "AUKUS found")
        tmux.keys("Enter")
        wait_for(tmux, lambda s: s.splitlines()[0].strip() == "AUKUS", "the AUKUS view")
        tmux.keys("S")
        dialog(tmux, "Set a field", "the field choice")
        tmux.keys("1")
        dialog(tmux, "under negotiation", "the statuses")
        tmux.keys("1")  # signed
        dialog(tmux, "Why?", "the note prompt")
        tmux.keys("the treaty text of 2021", literal=True)
        wait_for(tmux, lambda s: "the treaty text of 2021" in s, "the note typed")
        tmux.keys("Enter")
        wait_for(tmux, notified("status set to signed"), "the status to be set")

        # split Gen Nakatani: his first article goes to a record of its own; then undo it
        tmux.keys("/")
        wait_for(tmux, lambda s: "Type to search" in s, "the search box")
        tmux.keys("nakatani", literal=True)
        wait_for(tmux, lambda s: "Gen Nakatani" in s and "hit" in s, "Gen Nakatani found")
        tmux.keys("Enter")
        wait_for(tmux, lambda s: s.splitlines()[0].strip().startswith("Gen Nakatani"), "his view")
        tmux.keys("X")
        dialog(tmux, "Mark the articles", "the articles to split off")
        tmux.keys("Space")
        wait_for(tmux, lambda s: "X▌" in s, "the first article marked")  # as a user sees it
        tmux.keys("Enter")
        dialog(tmux, "Name of the new record", "the name prompt")
        tmux.keys("C-u")
        tmux.keys("Gen Nakatani (other)", literal=True)
        wait_for(tmux, lambda s: "Gen Nakatani (other)" in s, "the new name typed")
        tmux.keys("Enter")
        wait_for(tmux, notified("off into"), "the split to be made")
        with Store.open(db) as store:
            assert any(a.name == "Gen Nakatani (other)" for a in store.actors())
        tmux.keys("u")
        wait_for(tmux, notified("Undid #3 split"), "the split to be undone")
        quit_app(tmux, status)

        # re-ingest the seeds with one more article that names both merged actors
        folder = tmp_path / "news"
        shutil.copytree(SEEDS, folder)
        (folder / "hawaii.txt").write_text(NEW_ARTICLE, encoding="utf-8")
        done = subprocess.run(
            [pactscope_command(), "ingest", str(folder)],
            env={**os.environ, "PACTSCOPE_DB": str(db)},
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert done.returncode == 0, done.stdout + done.stderr
        assert "added 1," in done.stdout + done.stderr, done.stdout + done.stderr

        # reopen: the corrections are in place
        start(tmux, env, status)
        wait_for(tmux, lambda s: "6 articles" in s and "Search" in footer(s), "the explorer again", START_TIMEOUT)
        tmux.keys("H")
        screen = wait_for(tmux, lambda s: "3 corrections, 2 in force" in s, "the corrections history")
        assert "merge U.S. Indo-Pacific Command + United States Forces" in screen, screen
        assert "set AUKUS" in screen and "the treaty text of 2021" in screen, screen
        assert "undone" in screen, screen
        quit_app(tmux, status)
        with Store.open(db) as store:
            names = [a.name for a in store.actors()]
            assert "United States Forces Japan" not in names
            merged = next(a for a in store.actors() if a.name == "U.S. Indo-Pacific Command")
            assert len(merged.articles) == 3  # both seeds' articles and the new one
            assert next(g for g in store.agreements() if g.name == "AUKUS").status == "signed"
            assert "Gen Nakatani (other)" not in names
    finally:
        tmux.kill()
