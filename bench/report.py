"""How ``bench/run.py`` reports: the targets each figure is checked against, and the table.

The figures themselves are measured by ``run.py`` (and its child-process ``probes``); this
module only judges and prints them.
"""

from __future__ import annotations

from typing import Any

from probes import ADDED, EXPECTED_FIRST

# size -> {figure: (limit, "<=" or ">=")}
TARGETS: dict[int, dict[str, tuple[float, str]]] = {
    10_000: {
        "search_median_ms": (10.0, "<="),
        "search_p95_ms": (40.0, "<="),
        "speedup_vs_rapidfuzz": (100.0, ">="),
        "cold_start_s": (0.4, "<="),
        "preview_ms": (100.0, "<="),
        "matrix_open_ms": (100.0, "<="),
        "ingest_articles_per_s": (600.0, ">="),
        "ingest_cpu_ms_per_article": (2.5, "<="),
        "app_peak_rss_mb": (500.0, "<="),
        "ingest_peak_rss_mb": (500.0, "<="),
        "ingest_articles_per_s_goal": (800.0, ">="),
        "add_articles_s": (0.5, "<="),
        "add_peak_rss_mb": (300.0, "<="),
        "store_shown_s": (0.8, "<="),
        "index_ready_s": (1.0, "<="),
    },
    50_000: {
        "search_p95_ms": (100.0, "<="),
        "cold_start_s": (4.0, "<="),
        "ingest_articles_per_s_goal": (800.0, ">="),
        "ingest_peak_rss_mb": (600.0, "<="),
        "add_articles_s": (0.5, "<="),
        "add_peak_rss_mb": (300.0, "<="),
        "store_shown_s": (0.8, "<="),
        "index_ready_s": (1.0, "<="),
        "app_peak_rss_mb": (500.0, "<="),
    },
}
"""At 10k and 50k: "add 10 to N" (wall and peak RSS of the ingest of 10 more articles) and
"app ready at N" (lists filled, search ready, app peak RSS) against the goals of a store that
grows; ``ingest_articles_per_s_goal`` is the ingest rate against its 800/s goal."""


def _goal_figures(res: dict[str, Any]) -> dict[str, Any]:
    """Figures judged twice (against the floor and the goal) under a second name."""
    return {**res, "ingest_articles_per_s_goal": res.get("ingest_articles_per_s")}


def label_of(n: int) -> str:
    return f"{n // 1000}k" if n % 1000 == 0 and n >= 1000 else str(n)


def check(res: dict[str, Any]) -> dict[str, str]:
    verdicts = {}
    res = _goal_figures(res)
    for figure, (limit, op) in TARGETS.get(res["size"], {}).items():
        value = res.get(figure)
        if value is None:
            verdicts[figure] = "n/a"
        else:
            ok = value <= limit if op == "<=" else value >= limit
            verdicts[figure] = f"{'PASS' if ok else 'FAIL'} ({op} {limit:g})"
    return verdicts


ROWS = [
    ("ingest_articles_per_s", "ingest (articles/s)"),
    ("ingest_cpu_ms_per_article", "ingest CPU per article (ms, all processes)"),
    ("ingest_writer_cpu_ms_per_article", "ingest CPU per article (ms, the writer alone)"),
    ("ingest_s", "ingest wall (s)"),
    ("ingest_peak_rss_mb", "ingest peak RSS (MB)"),
    ("sentences", "sentences"),
    ("corpus_mb", "corpus (MB)"),
    ("catalog_mb", "catalog PATH (MB)"),
    ("bodies_mb", "bodies PATH.bodies (MB)"),
    ("index_mb", "index PATH.index/ (MB)"),
    ("read_bodies_s", "read all bodies (s)"),
    ("index_rebuild_s", "index rebuild from bodies incl. save (s)"),
    ("index_build_peak_rss_mb", "index rebuild peak RSS (MB)"),
    ("cold_start_s", "cold start, process wall (s, median)"),
    ("first_screen_s", "first screen drawn (s, median)"),
    ("store_shown_s", "lists filled (s)"),
    ("index_ready_s", "search index ready in app (s)"),
    ("app_peak_rss_mb", "app peak RSS (MB)"),
    ("preview_ms", "article list: cursor to preview shown (ms)"),
    ("matrix_open_ms", "country x agreement matrix opened (ms)"),
    ("matrix_cells", "matrix cells (rows x columns)"),
    ("index_load_s", "index load (s)"),
    ("keystrokes", "keystrokes timed"),
    ("search_median_ms", "search median (ms)"),
    ("search_p95_ms", "search p95 (ms)"),
    ("search_max_ms", "search max (ms)"),
    ("rapidfuzz_median_ms", "rapidfuzz WRatio scan median (ms)"),
    ("rapidfuzz_keystrokes", "rapidfuzz keystrokes sampled"),
    ("speedup_vs_rapidfuzz", "speed-up vs rapidfuzz (x)"),
    ("fzf_median_ms", "fzf --filter median (ms)"),
    ("speedup_vs_fzf", "speed-up vs fzf (x)"),
    ("ingest_articles_per_s_goal", "ingest (articles/s) against the goal"),
    ("add_articles_s", f"add {ADDED} to N: ingest wall (s)"),
    ("add_peak_rss_mb", f"add {ADDED} to N: peak RSS (MB)"),
]


def print_table(results: list[dict[str, Any]]) -> None:
    verdicts = [check(r) for r in results]
    headers = ["figure"] + [label_of(r["size"]) for r in results]
    rows = []
    for key, name in ROWS:
        row = [name]
        for r, v in zip(results, verdicts, strict=True):
            value = _goal_figures(r).get(key)
            cell = "-" if value is None else str(value)
            if key in v:
                cell += f"  {v[key]}"
            row.append(cell)
        rows.append(row)
    for q in EXPECTED_FIRST:
        cells = [
            f"{(r.get('first_hits') or {}).get(q)}  {'ok' if (r.get('quality') or {}).get(q) else 'WRONG'}"
            for r in results
        ]
        rows.append([f"first hit '{q}'", *cells])
    try:
        from rich.console import Console
        from rich.table import Table
        from rich.text import Text

        table = Table(title="pactscope benchmarks")
        for h in headers:
            table.add_column(h, overflow="fold")
        for row in rows:
            table.add_row(*[Text(c) for c in row])  # figures and hit labels are not markup
        Console(width=max(100, 44 + 34 * len(results))).print(table)
    except ImportError:
        width = max(len(r[0]) for r in rows)
        print(" | ".join(h.ljust(width) for h in headers))
        for row in rows:
            print(" | ".join(c.ljust(width) for c in row))
