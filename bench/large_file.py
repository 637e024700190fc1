"""Peak memory of ``pactscope ingest`` on one large hostile file, against its size.

    python bench/large_file.py --sizes 2 4 7.9

Writes seeded files of short "sentences" (single capitals with periods: "Q. W. E. ...") and of
abbreviations in parentheses ("(Dr. St. U.S.) ..."), every line different (the parser drops
repeated paragraphs, which would hide the cost), ingests each into a fresh store with the real
command in a child process, and reports the child's peak RSS (``ru_maxrss`` from ``os.wait4``)
and its ratio to the file's size. The README promises at most 50 times the input.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
LIMIT = 50
KINDS = ("initials", "abbreviations")
_ABBREVIATIONS = ["Dr.", "St.", "Mr.", "U.S.", "Gen.", "(Jr.)", "(No.", "Inc.)", "e.g.", "i.e."]


def hostile_file(path: Path, megabytes: float, kind: str, seed: int = 7) -> Path:
    """A file of about ``megabytes`` MB of ``kind`` lines, each paragraph different."""
    rng = random.Random(seed)
    target = int(megabytes * 1024 * 1024)
    size = 0
    with open(path, "w", encoding="ascii") as fh:
        fh.write("Title line\n\n")
        while size < target:
            if kind == "initials":
                line = " ".join(f"{rng.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZ')}." for _ in range(330))
            else:
                line = " ".join(rng.choice(_ABBREVIATIONS) for _ in range(200))
            fh.write(line + "\n\n")
            size += len(line) + 2
    return path


def peak_rss_of_ingest(path: Path, db: Path) -> tuple[int, float, int]:
    """(peak RSS in bytes, seconds, exit status) of ``pactscope ingest --jobs 1 path``."""
    cmd = [sys.executable, "-m", "tui", "--db", str(db), "ingest", "--jobs", "1", str(path)]
    started = time.perf_counter()
    proc = subprocess.Popen(
        cmd, cwd=HERE.parent, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    _, status, usage = os.wait4(proc.pid, 0)
    return usage.ru_maxrss * 1024, time.perf_counter() - started, os.waitstatus_to_exitcode(status)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=float, nargs="+", default=[2, 4, 7.9], metavar="MB")
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for kind in KINDS:
            for mb in args.sizes:
                src = hostile_file(Path(tmp) / f"{kind}-{mb}.txt", mb, kind)
                size = src.stat().st_size
                rss, seconds, status = peak_rss_of_ingest(src, Path(tmp) / f"{kind}-{mb}.json")
                rows.append(
                    {
                        "kind": kind,
                        "input_mb": round(size / 2**20, 2),
                        "peak_rss_mb": round(rss / 2**20, 1),
                        "ratio": round(rss / size, 1),
                        "seconds": round(seconds, 2),
                        "exit": status,
                    }
                )
                print(
                    f"{kind:14} {size / 2**20:5.1f} MB  peak {rss / 2**20:7.1f} MB  "
                    f"x{rss / size:5.1f} (limit x{LIMIT})  {seconds:6.2f} s  exit {status}"
                )
    out = HERE / "out"
    out.mkdir(exist_ok=True)
    (out / "large_file.json").write_text(json.dumps(rows, indent=2) + "\n")


if __name__ == "__main__":
    main()
