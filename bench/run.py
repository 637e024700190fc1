"""pactscope benchmarks: ingest, store size, index build, cold start, memory and search latency.

    python bench/run.py --sizes 1000 10000 50000

For each size the synthetic corpus (bench/generate.py, seed 7) is generated when missing and
ingested with the real ``pactscope ingest`` into a fresh store under bench/out/. Every figure
is taken in a separate process, as a user would meet it; peak RSS is the child's own
``ru_maxrss`` (from ``os.wait4``). Search latency is per keystroke: each query is typed one
character at a time into an index loaded the way the app loads it (``index_for_store``).
Baselines on the same corpus and keystrokes: a rapidfuzz WRatio scan of every sentence, and
``fzf --filter`` over a file of all sentences (skipped when fzf is missing). Results go to a
printed table and bench/out/results.json.
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from probes import (  # noqa: E402  (bench/ is on the path when run as a script)
    ADDED,
    EXPECTED_FIRST,
    all_sentences,
    keystrokes,
    probe_index_build,
    probe_ingest,
    probe_rapidfuzz,
    probe_search,
)
from report import check, label_of, print_table  # noqa: E402


@dataclass
class Measured:
    """What one child process took: wall time, its peak RSS, the CPU time it and the
    processes it reaped used (user + system), and what it printed."""

    wall: float
    rss_kb: int
    cpu_s: float
    out: str
    err: str


def run_measured(cmd: list[str], env: dict[str, str] | None = None) -> Measured:
    """Run ``cmd`` and reap it with wait4 to get its own peak RSS (KB), CPU and wall time.

    The child may write bytecode whatever this shell says: an installed package imports its
    compiled modules, and a figure that recompiles them on every run measures the compiler."""
    env = dict(env or os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT, env=env)
    out = proc.stdout.read() if proc.stdout else b""
    err = proc.stderr.read() if proc.stderr else b""
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise RuntimeError(
            f"{' '.join(map(str, cmd[:4]))} failed ({proc.returncode}): {err.decode()[-800:]}"
        )
    return Measured(
        wall,
        usage.ru_maxrss,
        usage.ru_utime + usage.ru_stime,
        out.decode("utf-8", "replace"),
        err.decode("utf-8", "replace"),
    )


def dir_size(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    if not path.is_dir():
        return 0
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def mb(n_bytes: float) -> float:
    return round(n_bytes / 1e6, 1)


# --- the benchmark ---------------------------------------------------------------------------


def sample_keys(keys: list[str], k: int) -> list[str]:
    if len(keys) <= k:
        return list(keys)
    step = len(keys) / k
    return [keys[int(i * step)] for i in range(k)]


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def bench_size(
    n: int,
    seed: int,
    repeat: int,
    baselines: bool,
    log: Any,
    reuse: dict[str, Any] | None = None,
    ui_only: bool = False,
) -> dict[str, Any]:
    """Every figure for one corpus size. With ``reuse`` (the earlier result for this size),
    an existing store is kept and its ingest figures are carried over. ``ui_only`` measures
    the explorer alone (cold start, preview, matrix) and keeps the earlier run's other figures."""
    label = label_of(n)
    corpus = HERE / "corpora" / label
    work = HERE / "out" / label
    res: dict[str, Any] = {"size": n}
    if ui_only:
        res = {**(reuse or {}), "size": n, "ui_only": True}
        res.pop("targets", None)
        return bench_ui(work / "db.json", repeat, log, res)
    if not corpus.is_dir() or sum(1 for _ in corpus.glob("*.txt")) != n:
        shutil.rmtree(corpus, ignore_errors=True)
        sys.path.insert(0, str(HERE))
        from generate import generate

        res["generate_s"] = round(generate(n, seed, corpus), 2)
        log(f"[{label}] generated {n} articles in {res['generate_s']}s")
    db = work / "db.json"
    py = sys.executable
    if reuse is not None and db.is_file():
        for key in (
            "ingest_s",
            "ingest_articles_per_s",
            "ingest_cpu_ms_per_article",
            "ingest_writer_cpu_ms_per_article",
            "ingest_peak_rss_mb",
            "ingest_summary",
        ):
            res[key] = reuse.get(key)
        res["ingest_reused"] = True
        log(f"[{label}] reusing the store ingested earlier (ingest figures from that run)")
    else:
        shutil.rmtree(work, ignore_errors=True)
        work.mkdir(parents=True)
        log(f"[{label}] ingesting ...")
        usage = work / "ingest_usage.json"
        env = os.environ.copy()
        env["PYTHONPATH"] = str(ROOT)  # for pool workers that start afresh (spawn)
        run = run_measured([py, __file__, "--probe", "ingest", str(db), str(corpus), str(usage)], env)
        res["ingest_s"] = round(run.wall, 2)
        res["ingest_articles_per_s"] = round(n / run.wall, 1)
        # the ingest process and its reaped pool workers: reading, parsing, extracting, storing, indexing
        res["ingest_cpu_ms_per_article"] = round(run.cpu_s / n * 1000, 2)
        # the ingest process alone (the writer: decoding, linking, committing, indexing; with
        # its start), which runs beside the workers and so also bounds the rate on few cores
        writer = json.loads(usage.read_text())["writer_cpu_s"]
        res["ingest_writer_cpu_ms_per_article"] = round(writer / n * 1000, 2)
        res["ingest_peak_rss_mb"] = round(run.rss_kb / 1024, 1)
        lines = run.out.strip().splitlines() or run.err.strip().splitlines() or [""]
        res["ingest_summary"] = lines[-1][:200]
    res["catalog_mb"] = mb(dir_size(db))
    res["bodies_mb"] = mb(dir_size(Path(str(db) + ".bodies")))
    res["index_mb"] = mb(dir_size(Path(str(db) + ".index")))
    res["corpus_mb"] = mb(dir_size(corpus))
    log(
        f"[{label}] ingest {res['ingest_s']}s ({res['ingest_articles_per_s']}/s,"
        f" {res.get('ingest_cpu_ms_per_article')} ms CPU per article,"
        f" {res.get('ingest_writer_cpu_ms_per_article')} ms of it the writer's)"
    )
    if not (db.is_file() and Path(str(db) + ".index").is_dir()):
        raise RuntimeError(f"{db}: the ingest left no store or no index")

    run = run_measured([py, __file__, "--probe", "index", str(db)])
    built = json.loads(run.out)
    res["read_bodies_s"] = round(built["read_bodies_s"], 2)
    res["index_rebuild_s"] = round(built["rebuild_s"], 2)
    res["index_build_peak_rss_mb"] = round(run.rss_kb / 1024, 1)
    res["sentences"] = built["sentences"]
    log(
        f"[{label}] index rebuild {res['index_rebuild_s']}s (reading bodies alone {res['read_bodies_s']}s)"
    )

    bench_ui(db, repeat, log, res)

    run = run_measured([py, __file__, "--probe", "search", str(db)])
    probe = json.loads(run.out)
    ours = probe["keystroke_ms"]
    keys = keystrokes()
    res["keystrokes"] = len(ours)
    res["search_median_ms"] = round(statistics.median(ours), 2)
    res["search_p95_ms"] = round(pct(ours, 0.95), 2)
    res["search_max_ms"] = round(max(ours), 2)
    res["index_load_s"] = round(probe["index_load_s"], 3)
    res["search_process_rss_mb"] = round(run.rss_kb / 1024, 1)
    res["first_hits"] = probe["first_hits"]
    res["quality"] = {
        q: (probe["first_hits"].get(q) or "").startswith(kind) and word in probe["first_hits"][q]
        for q, (kind, word) in EXPECTED_FIRST.items()
    }
    log(f"[{label}] search median {res['search_median_ms']} ms, p95 {res['search_p95_ms']} ms")

    if baselines:
        k = 40 if n <= 2000 else 12 if n <= 20000 else 5
        sample = sample_keys(keys, k)
        ours_sample = [ours[keys.index(q)] for q in sample]
        rf = json.loads(run_measured([py, __file__, "--probe", "rapidfuzz", str(db), *sample]).out)
        res["rapidfuzz_keystrokes"] = len(sample)
        res["rapidfuzz_median_ms"] = round(statistics.median(rf["keystroke_ms"]), 1)
        res["speedup_vs_rapidfuzz"] = round(
            statistics.median(rf["keystroke_ms"]) / max(statistics.median(ours_sample), 1e-3), 1
        )
        log(
            f"[{label}] rapidfuzz scan median {res['rapidfuzz_median_ms']} ms over {len(sample)} keystrokes"
        )
        fzf = shutil.which("fzf")
        if fzf:
            lines = work / "sentences.txt"
            from store.search.query import parse_query

            run_measured([py, __file__, "--probe", "dump", str(db), str(lines)])
            times = []
            for q in sample:
                text = parse_query(q)[1] or q
                with open(lines, "rb") as fh:
                    start = time.perf_counter()
                    subprocess.run(
                        [fzf, "--filter", text], stdin=fh, stdout=subprocess.DEVNULL, check=False
                    )
                    times.append((time.perf_counter() - start) * 1000)
            res["fzf_median_ms"] = round(statistics.median(times), 1)
            res["speedup_vs_fzf"] = round(
                statistics.median(times) / max(statistics.median(ours_sample), 1e-3), 1
            )
            lines.unlink(missing_ok=True)
        else:
            res["fzf_median_ms"] = None
            log(f"[{label}] fzf not installed: baseline skipped")

    # last: each add changes the store. The first after an ingest may do once what the ingest
    # left (a key file saved, a list file rewritten): the median of ADD_RUNS is what an analyst
    # adding articles day after day waits, the first is kept beside it.
    adds = [probe_add(db, work, py) for _ in range(ADD_RUNS)]
    res["add_articles_runs_s"] = [round(a.wall, 2) for a in adds]
    res["add_articles_s"] = round(statistics.median(a.wall for a in adds), 2)
    res["add_peak_rss_mb"] = round(max(a.rss_kb for a in adds) / 1024, 1)
    log(
        f"[{label}] adding {ADDED} articles took {res['add_articles_s']}s (median of"
        f" {res['add_articles_runs_s']}), peak RSS {res['add_peak_rss_mb']} MB"
    )
    return res


def bench_ui(db: Path, repeat: int, log: Any, res: dict[str, Any]) -> dict[str, Any]:
    """The explorer's figures on the store ``db``: cold start (median of ``repeat``), when the
    store and the index are shown, its peak RSS, the preview and the matrix."""
    label = label_of(res["size"])
    py = sys.executable
    if not db.is_file():
        raise RuntimeError(f"{db}: no store to measure (run without --ui-only first)")
    starts, readies = [], []
    for _ in range(repeat):
        t0 = time.time()
        run = run_measured([py, str(HERE / "startup_probe.py"), str(db)])
        starts.append(run.wall)
        readies.append(json.loads(run.out.strip().splitlines()[-1])["ready"] - t0)
    res["cold_start_s"] = round(statistics.median(starts), 3)
    res["first_screen_s"] = round(statistics.median(readies), 3)
    t0 = time.time()
    run = run_measured([py, str(HERE / "startup_probe.py"), str(db), "--wait-data"])
    marks = json.loads(run.out.strip().splitlines()[-1])
    res["store_shown_s"] = round(marks["lists"] - t0, 3) if marks.get("lists") else None
    res["records_loaded_s"] = round(marks["store"] - t0, 3) if marks["store"] else None
    res["index_ready_s"] = round(marks["index"] - t0, 3) if marks["index"] else None
    res["app_peak_rss_mb"] = round(run.rss_kb / 1024, 1)
    log(
        f"[{label}] cold start {res['cold_start_s']}s, store shown {res['store_shown_s']}s, index {res['index_ready_s']}s"
    )

    run = run_measured([py, str(HERE / "ui_start.py"), "--db", str(db), "--json"])
    views = json.loads(run.out.strip().splitlines()[-1])
    res["preview_ms"] = round(views["preview"] * 1000, 1)
    res["matrix_open_ms"] = round(views["matrix_open"] * 1000, 1)
    res["preview_max_ms"] = round(views["preview_max"] * 1000, 1)
    res["matrix_first_ms"] = round(views["matrix_first"] * 1000, 1)
    res["matrix_cells"] = views["matrix_cells"]
    log(f"[{label}] preview {res['preview_ms']} ms, matrix {res['matrix_open_ms']} ms")

    return res


ADD_RUNS = 3


def probe_add(db: Path, work: Path, py: str) -> Measured:
    """``pactscope ingest`` adding ADDED new articles to the store: wall time, peak RSS."""
    folder = work / "added"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    seeds = sorted((ROOT / "seeds").iterdir())
    stamp = time.time_ns()  # new content every run, so each is added, never "unchanged"
    for i in range(ADDED):
        text = seeds[i % len(seeds)].read_text(encoding="utf-8")
        # a file name of its own too: a path stored before would be a replacement, not an add
        (folder / f"added-{stamp}-{i}.txt").write_text(f"{text}\n\nAddendum {stamp}-{i}.\n", "utf-8")
    env = os.environ.copy()
    env["PYTHONPATH"] = str(ROOT)
    run = run_measured([py, "-m", "tui", "--db", str(db), "ingest", str(folder)], env)
    shutil.rmtree(folder, ignore_errors=True)
    return run


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="pactscope benchmarks")
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--repeat", type=int, default=3, help="cold-start runs (median)")
    ap.add_argument("--no-baselines", action="store_true")
    ap.add_argument(
        "--reuse-store",
        action="store_true",
        help="keep a store ingested by an earlier run (its ingest figures are carried over)",
    )
    ap.add_argument(
        "--ui-only",
        action="store_true",
        help="only the explorer's figures (cold start, preview, matrix) on the store an earlier"
        " run ingested; its other figures are kept",
    )
    ap.add_argument("--probe", nargs="+", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.probe:
        kind, db, *rest = args.probe
        if kind == "search":
            print(json.dumps(probe_search(Path(db))))
        elif kind == "rapidfuzz":
            print(json.dumps(probe_rapidfuzz(Path(db), rest)))
        elif kind == "index":
            print(json.dumps(probe_index_build(Path(db))))
        elif kind == "ingest":
            return probe_ingest(Path(db), Path(rest[0]), Path(rest[1]))
        elif kind == "dump":
            Path(rest[0]).write_text("\n".join(all_sentences(Path(db))) + "\n", encoding="utf-8")
        return 0

    def log(msg: str) -> None:
        print(msg, file=sys.stderr, flush=True)

    out = HERE / "out"
    out.mkdir(parents=True, exist_ok=True)
    path = out / "results.json"
    try:
        earlier = {r["size"]: r for r in json.loads(path.read_text())["results"]}
    except (OSError, ValueError, KeyError, TypeError):
        earlier = {}
    for package in ("store", "tui"):  # compiled once, as an installed package is
        compileall.compile_dir(ROOT / package, quiet=1)
    results = []
    for n in args.sizes:
        reuse = earlier.get(n, {}) if args.reuse_store or args.ui_only else None
        results.append(
            bench_size(n, args.seed, args.repeat, not args.no_baselines, log, reuse, args.ui_only)
        )
    machine = {
        "python": platform.python_version(),
        "cpus": os.cpu_count(),
        "loadavg_at_end": os.getloadavg(),
        "platform": platform.platform(),
    }
    for r in results:
        r["targets"] = check(r)
        r["machine"] = machine
    # keep the figures of sizes not run this time (a 50k run on its own keeps the 10k row)
    kept = [r for size, r in earlier.items() if size not in args.sizes]
    merged = sorted(kept + results, key=lambda r: r["size"])
    path.write_text(json.dumps({"machine": machine, "results": merged}, indent=2))
    print_table(merged)
    print(f"machine: {machine}  ->  {out / 'results.json'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
