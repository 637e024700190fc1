"""The CPU a real ingest spends per article in its pool's workers and in its writer, to set
beside ``cpu_split.py``'s sum: what the pool costs beyond the work ``cpu_split`` times.

    .venv/bin/python bench/worker_cpu.py [--corpus DIR] [--articles 2000] [--jobs N]

Without ``--corpus`` a generated corpus (seed 7) is written to ``bench/corpora/split-<n>``.
The ingest runs in a child process (the command's own code path, into a fresh store): its
CPU is its own (the writer's), and its workers' CPU is what it reaped of its children, user
and system apart, with the page faults the workers took (copy-on-write after the fork).
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from generate import generate  # noqa: E402  (bench/ is the script's folder)

# Run in the child: the ingest as the command line runs it, then its own and its reaped
# workers' resource use as one JSON line on stderr.
_CHILD = """
import json, resource, sys
from tui.cli import main
try:
    main(sys.argv[1:])
except SystemExit:
    pass
me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({"writer": me.ru_utime + me.ru_stime, "workers_user": kids.ru_utime,
                  "workers_sys": kids.ru_stime, "faults": kids.ru_minflt}), file=sys.stderr)
"""


def corpus(args: argparse.Namespace) -> Path:
    """The folder of article files: ``--corpus`` as given, else a generated one (written once)."""
    if args.corpus is not None:
        return args.corpus
    folder = REPO / "bench" / "corpora" / f"split-{args.articles}"
    if not folder.exists():
        generate(args.articles, 7, folder)
    return folder


def measure(folder: Path, jobs: int | None) -> dict[str, float]:
    """CPU seconds of one ingest of ``folder`` into a fresh store: writer and workers."""
    with tempfile.TemporaryDirectory() as tmp:
        command = [sys.executable, "-c", _CHILD, "--db", str(Path(tmp) / "db.json"), "ingest", str(folder)]
        if jobs is not None:
            command += ["--jobs", str(jobs)]
        done = subprocess.run(command, cwd=REPO, capture_output=True, text=True, check=False)
    lines = [ln for ln in done.stderr.splitlines() if ln.startswith("{")]
    if done.returncode != 0 or not lines:
        sys.exit(f"the ingest failed: {done.stderr.strip()[-300:]}")
    return json.loads(lines[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, help="a folder of article files")
    parser.add_argument("--articles", type=int, default=2000, help="generated articles (no --corpus)")
    parser.add_argument("--jobs", type=int, help="the ingest's workers (its default otherwise)")
    args = parser.parse_args()
    folder = corpus(args)
    n = sum(1 for p in folder.rglob("*") if p.suffix in (".txt", ".md"))
    if not n:
        sys.exit("no article files")
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    found = measure(folder, args.jobs)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    total = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    ms = 1000 / n
    print(f"{n} articles; CPU ms per article of one ingest")
    print(f"  {'workers':<24} {(found['workers_user'] + found['workers_sys']) * ms:7.3f}")
    print(f"  {'  of it system':<24} {found['workers_sys'] * ms:7.3f}")
    print(f"  {'writer':<24} {found['writer'] * ms:7.3f}")
    print(f"  {'whole':<24} {total * ms:7.3f}")
    print(f"  {'worker page faults':<24} {found['faults'] / n:7.1f}")
    print("compare the workers with cpu_split.py's read + parse + extract + terms + encode + transport")


if __name__ == "__main__":
    main()
