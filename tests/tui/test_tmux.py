"""The installed ``pactscope`` command in a real terminal (tmux, 80x24), driven with keys.

As a user would: the first run on an empty store loads the bundled seeds, the explorer
opens on the articles, "/" then a misspelt name finds Gen Nakatani first, Enter shows his
roles and his three articles, and "q" leaves with exit status 0. Run under several
terminal types and with NO_COLOR. Each test has its own tmux server (socket), killed at
the end whatever happens.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
import time
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest

pytestmark = [
    pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed"),
    pytest.mark.slow,  # a real terminal under tmux
]

START_TIMEOUT = 90.0
"""First run: ingest the seeds, build the index, paint the app."""
STEP_TIMEOUT = 20.0
EXIT_TIMEOUT = 15.0
HEADING = re.compile(r"^\W*[A-Z][\w ]+ \(\d+\)\W*$")
"""A search group heading such as "Persons (1)" inside the box borders."""
MENTIONS = re.compile(r"\b\d+ mentions?\b")


def pactscope_command() -> str:
    """The installed console script: the one next to this interpreter, else on PATH."""
    beside = Path(sys.executable).parent / "pactscope"
    if beside.exists():
        return str(beside)
    found = shutil.which("pactscope")
    if found is None:
        pytest.fail("the pactscope command is not installed (pip install -e .)")
    return found


class Tmux:
    """One private tmux server with one 80x24 session."""

    def __init__(self) -> None:
        self.socket = f"pactscope-test-{os.getpid()}-{uuid.uuid4().hex[:8]}"
        self.session = "ps"

    def run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            ["tmux", "-u", "-f", "/dev/null", "-L", self.socket, *args],
            capture_output=True,
            text=True,
            timeout=10,
            check=check,
            env={**os.environ, "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"},
        )

    def start(self, command: str) -> None:
        self.run("new-session", "-d", "-s", self.session, "-x", "80", "-y", "24", command)

    def alive(self) -> bool:
        return self.run("has-session", "-t", self.session, check=False).returncode == 0

    def screen(self) -> str:
        result = self.run("capture-pane", "-p", "-t", self.session, check=False)
        return result.stdout

    def keys(self, *keys: str, literal: bool = False) -> None:
        self.run("send-keys", "-t", self.session, *(["-l"] if literal else []), *keys)

    def kill(self) -> None:
        """Stop the server and remove its socket file (a server that already ended leaves it)."""
        self.run("kill-server", check=False)
        folder = Path(os.environ.get("TMUX_TMPDIR") or "/tmp") / f"tmux-{os.getuid()}"
        (folder / self.socket).unlink(missing_ok=True)


def wait_for(
    tmux: Tmux, ok: Callable[[str], bool], what: str, timeout: float = STEP_TIMEOUT
) -> str:
    """Poll the screen until ``ok(screen)``; fail with the last screen after ``timeout`` s."""
    deadline = time.monotonic() + timeout
    screen = ""
    while time.monotonic() < deadline:
        if not tmux.alive():
            pytest.fail(f"pactscope exited while waiting for {what}; last screen:\n{screen}")
        screen = tmux.screen()
        if ok(screen):
            return screen
        time.sleep(0.2)
    pytest.fail(f"timed out after {timeout:.0f}s waiting for {what}; screen:\n{screen}")


def section(screen: str, title: str) -> list[str]:
    """The lines under a section rule (``─Title───`` or ``─Title (3)───``) up to the next rule."""
    lines = screen.splitlines()
    rule = re.compile(r"^\s*[─━═-]+\s*([A-Z][\w ]*?)\s*(?:\(\d+\+?\))?\s*[─━═-]+\W*$")
    out: list[str] | None = None
    for line in lines:
        found = rule.match(line)
        if found:
            if out is not None:
                return out
            if found.group(1) == title:
                out = []
            continue
        if out is not None:
            out.append(line)
    if out is None:
        pytest.fail(f"no {title!r} section on screen:\n{screen}")
    return out


def footer(screen: str) -> str:
    """The bottom line of the 24-line screen."""
    lines = screen.splitlines()
    return lines[23] if len(lines) >= 24 else ""


def first_hit_line(screen: str) -> str:
    """The first result line of the search box (group headings and the status skipped)."""
    lines = screen.splitlines()
    status = next((i for i, line in enumerate(lines) if re.search(r"\b\d+\+? hits?\b", line)), None)
    assert status is not None, f"no hit count on the search screen:\n{screen}"
    for line in lines[status + 1 :]:
        if HEADING.match(line) or not line.strip("│ "):
            continue
        return line
    pytest.fail(f"no search results on screen:\n{screen}")


VARIANTS = {
    "screen-256color": {"TERM": "screen-256color"},
    "xterm-256color": {"TERM": "xterm-256color"},
    "linux": {"TERM": "linux"},
    "no-color": {"TERM": "screen-256color", "NO_COLOR": "1"},
}


@pytest.mark.parametrize("variant", list(VARIANTS))
def test_first_run_search_actor_and_quit(tmp_path: Path, variant: str) -> None:
    db = tmp_path / "db.json"
    status = tmp_path / "status"
    env = {
        "HOME": str(tmp_path),
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "LANG": "C.UTF-8",
        "LC_ALL": "C.UTF-8",
        "PACTSCOPE_DB": str(db),
        **VARIANTS[variant],
    }
    assignments = " ".join(f"{k}={shlex.quote(v)}" for k, v in env.items())
    inner = f"env -i {assignments} {shlex.quote(pactscope_command())}; echo $? > {shlex.quote(str(status))}"
    tmux = Tmux()
    try:
        tmux.start(f"sh -c {shlex.quote(inner)}")
        folder = Path(__file__).resolve().parents[2] / "seeds"
        seeds = len([p for p in folder.iterdir() if p.suffix in (".txt", ".md")])
        screen = wait_for(
            tmux,
            lambda s: f"{seeds} articles" in s and "Japan" in s and "Search" in footer(s),
            f"the explorer to show the {seeds} seed articles and the footer",
            START_TIMEOUT,
        )

        tmux.keys("/")
        wait_for(tmux, lambda s: "Search" in s and "Type to search" in s, "the search box")
        tmux.keys("nakatni", literal=True)
        screen = wait_for(
            tmux,
            lambda s: "Gen Nakatani" in s and re.search(r"\b\d+\+? hits?\b", s) is not None,
            "search results for 'nakatni'",
        )
        assert "Gen Nakatani" in first_hit_line(screen), (
            f"Gen Nakatani is not the first hit:\n{screen}"
        )

        tmux.keys("Enter")
        screen = wait_for(
            tmux,
            lambda s: "Roles" in s and "(person)" in s and "Search" not in s.splitlines()[0],
            "the actor view of Gen Nakatani",
        )
        assert screen.splitlines()[0].strip().startswith("Gen Nakatani"), screen
        roles = section(screen, "Roles")
        assert any("Minister" in line and "Japan" in line for line in roles), screen
        articles = [line for line in section(screen, "Articles") if MENTIONS.search(line)]
        assert len(articles) == 3, f"expected his 3 articles:\n{screen}"

        tmux.keys("q")
        deadline = time.monotonic() + EXIT_TIMEOUT
        while tmux.alive() and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not tmux.alive(), f"'q' did not end the session:\n{tmux.screen()}"
        assert status.read_text().strip() == "0", "pactscope exited with an error status"
        assert db.exists() and db.with_name(db.name + ".bodies").exists()
    finally:
        tmux.kill()
