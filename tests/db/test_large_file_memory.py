"""One large hostile file costs memory in proportion to its size: at most 50 times its size
beyond what the program takes on its own (the README's promise; bench/large_file.py has the
figures at 2, 4 and 8 MB). Measured on the real command in a child process."""

from __future__ import annotations

import os
import random
import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO, SEEDS

LIMIT = 50
_ABBREVIATIONS = ["Dr.", "St.", "Mr.", "U.S.", "Gen.", "(Jr.)", "(No.", "Inc.)", "e.g.", "i.e."]


def _abbreviations_file(path: Path, megabytes: float) -> Path:
    """Abbreviations in parentheses, every paragraph different (repeats would be dropped)."""
    rng = random.Random(3)
    with open(path, "w", encoding="ascii") as fh:
        fh.write("Title line\n\n")
        size = 0
        while size < megabytes * 2**20:
            line = " ".join(rng.choice(_ABBREVIATIONS) for _ in range(200)) + "\n\n"
            fh.write(line)
            size += len(line)
    return path


def _peak_rss(source: Path, db: Path) -> int:
    cmd = [sys.executable, "-m", "tui", "--db", str(db), "ingest", "--jobs", "1", str(source)]
    proc = subprocess.Popen(cmd, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0, proc.stderr.read() if proc.stderr else ""
    return usage.ru_maxrss * 1024


def test_a_large_file_costs_at_most_fifty_times_its_size(tmp_path: Path) -> None:
    small = tmp_path / "small"
    small.mkdir()
    seed = sorted(SEEDS.iterdir())[0]
    (small / seed.name).write_bytes(seed.read_bytes())
    own = _peak_rss(small, tmp_path / "small.json")  # the interpreter and the libraries
    large = _abbreviations_file(tmp_path / "large.txt", 2)
    size = large.stat().st_size
    peak = _peak_rss(large, tmp_path / "large.json")
    assert peak - own <= LIMIT * size, (
        f"{(peak - own) / 2**20:.0f} MB beyond the program's own {own / 2**20:.0f} MB "
        f"for a {size / 2**20:.1f} MB file (x{(peak - own) / size:.0f})"
    )
