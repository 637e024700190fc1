"""Where an ingest worker's CPU goes, per article: reading, parsing, extraction (and each of
its steps), the search words and the encoding sent back to the writer.

    .venv/bin/python bench/cpu_split.py [--corpus DIR] [--articles 500] [--passes 3] [--profile N]

Without ``--corpus`` a generated corpus (seed 7) is written to ``bench/corpora/split-<n>``.
``transport`` is what the pool adds: a worker pickling its results (``chunk`` at a time, as
``ingest._results`` hands them out) and the parent unpickling them.
``--worker-gc`` collects garbage as a pool's worker does (seldom); by default at Python's
rate, which here, with every article held at once, costs more than in a worker: beside each
stage's figure stands the part of it the collector took, which a pool's worker does not pay.
Each figure is the least CPU time over ``--passes`` passes (this process only, no pool), in
milliseconds per article: the least pass is the one the machine's other load disturbed least.
``--profile N`` adds the N functions of extraction with the most time of their own.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import io
import pickle
import pstats
import sys
import time
from collections.abc import Callable
from multiprocessing.reduction import ForkingPickler
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from generate import generate  # noqa: E402  (bench/ is the script's folder)

import store.extract.pipeline as extraction  # noqa: E402  (its globals are the steps _extract calls)
from store.db.encoding import encode_article  # noqa: E402
from store.extract.gazetteer import load_gazetteer  # noqa: E402
from store.ingest import WORKER_GC_THRESHOLD  # noqa: E402
from store.parse.article import parse_article  # noqa: E402
from store.parse.reader import read_article_file  # noqa: E402
from store.search.sentence_words import article_terms  # noqa: E402

# The steps of ``store.extract._extract``, timed one by one (names in that module).
STEPS = (
    "build_doc scan_gazetteer find_chunks cues_for home_country block_credit_sentences index_countries "
    "find_named find_so_called find_quoted_names find_organizations drop_named_in_bodies "
    "name_subsidiaries find_countries find_persons resolve_affiliations place_known_homes fill_fallbacks "
    "place_officer_homes name_institutions find_place_named fill_named_parties find_relations "
    "find_unnamed find_signed_documents split_listed_documents find_agreed_sales find_purchases "
    "find_clause_signed find_financing find_ordinal_members find_body_owned find_dated_plurals "
    "find_earlier_signers fold_generic fold_named_after find_frameworks find_packages fill_signer_parties "
    "drop_ties_of_agreements fold_rebel_side name_by_headline fold_counted_plurals name_bought_goods "
    "describe_memoranda fold_prefixed_names bind_central_banks fill_facts approved_programmes "
    "fill_context_years share_listed_facts in_force_on_signing assemble"
).split()


def corpus(args: argparse.Namespace) -> list[Path]:
    """The article files: ``--corpus`` as given, else a generated one (written once)."""
    if args.corpus is not None:
        return sorted(p for p in args.corpus.rglob("*") if p.suffix in (".txt", ".md"))
    folder = REPO / "bench" / "corpora" / f"split-{args.articles}"
    if not folder.exists():
        generate(args.articles, 7, folder)
    return sorted(folder.glob("*.txt"))


class Collector:
    """CPU seconds the cyclic garbage collector spends, summed from its own callbacks: held
    apart so that a stage's figure shows how much of it is collection, which a pool's worker,
    collecting seldom (``--worker-gc``), does not pay."""

    def __init__(self) -> None:
        self.seconds = 0.0
        self._started = 0.0
        gc.callbacks.append(self._note)

    def _note(self, phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            self._started = time.process_time()
        else:
            self.seconds += time.process_time() - self._started


COLLECTOR = Collector()
# The collection inside each stage's least pass, by stage name (filled by ``least``).
COLLECTED: dict[str, float] = {}


def least(passes: int, work: Callable[[], Any], name: str = "") -> tuple[float, Any]:
    """The least CPU seconds of ``work`` over ``passes`` runs, and its last result; the
    collector's seconds in that run go to ``COLLECTED[name]``."""
    best, result = float("inf"), None
    for _ in range(passes):
        collected = COLLECTOR.seconds
        started = time.process_time()
        result = work()
        spent = time.process_time() - started
        if spent < best:
            best = spent
            COLLECTED[name] = COLLECTOR.seconds - collected
    return best, result


def transport(results: list[Any], chunk: int) -> Callable[[], Any]:
    """Pickling the results as a pool's worker sends them (a chunk at a time, in the pool's
    own pickler and framing) and unpickling them as the parent receives them."""

    def run() -> None:
        for i in range(0, len(results), chunk):
            pickle.loads(ForkingPickler.dumps((0, i, (True, results[i : i + chunk]))))

    return run


def step_times(articles: list[Any], gazetteer: Any, passes: int) -> dict[str, float]:
    """CPU seconds of each extraction step over all articles (least of the passes)."""
    spent: dict[str, float] = {}
    best: dict[str, float] = {}
    originals = {name: getattr(extraction, name) for name in STEPS if hasattr(extraction, name)}

    def timed(name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        def run(*args: Any, **kwargs: Any) -> Any:
            started = time.process_time()
            try:
                return fn(*args, **kwargs)
            finally:
                spent[name] = spent.get(name, 0.0) + time.process_time() - started

        return run

    try:
        for name, fn in originals.items():
            setattr(extraction, name, timed(name, fn))
        for _ in range(passes):
            spent.clear()
            for article in articles:
                extraction.extract(article, gazetteer)
            for name, seconds in spent.items():
                best[name] = min(best.get(name, float("inf")), seconds)
    finally:
        for name, fn in originals.items():
            setattr(extraction, name, fn)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, help="a folder of article files")
    parser.add_argument("--articles", type=int, default=500, help="generated articles (no --corpus)")
    parser.add_argument("--passes", type=int, default=3)
    parser.add_argument("--profile", type=int, default=0, metavar="N")
    parser.add_argument(
        "--worker-gc", action="store_true", help="collect garbage as a pool worker does (rarely), not at the default rate"
    )
    parser.add_argument("--chunk", type=int, default=32, help="results pickled at once (the pool's chunksize)")
    args = parser.parse_args()
    files = corpus(args)
    if not files:
        sys.exit("no article files")
    gazetteer = load_gazetteer()
    if args.worker_gc:  # as ingest._init_pool_worker sets its workers
        gc.freeze()
        gc.set_threshold(WORKER_GC_THRESHOLD)
    n = len(files)
    figures: dict[str, float] = {}
    figures["read"], texts = least(args.passes, lambda: [read_article_file(f)[0] for f in files], "read")
    figures["parse"], articles = least(args.passes, lambda: [parse_article(t, str(f), clean=True) for t, f in zip(texts, files, strict=True)], "parse")
    figures["extract"], found = least(args.passes, lambda: [extraction.extract(a, gazetteer) for a in articles], "extract")
    figures["terms"], _ = least(args.passes, lambda: [article_terms(a.text, a.sentences) for a in articles], "terms")
    figures["encode"], encoded = least(args.passes, lambda: [encode_article(a, x) for a, x in zip(articles, found, strict=True)], "encode")
    results = [("encoded", e, article_terms(a.text, a.sentences), []) for a, e in zip(articles, encoded, strict=True)]
    figures["transport"], _ = least(args.passes, transport(results, args.chunk), "transport")
    tokens = sum(len(a.text.split()) for a in articles) / n
    print(f"{n} articles, about {tokens:.0f} words each; CPU ms per article (least of {args.passes} passes)")
    print(f"  {'':<24} {'':>7}  of it garbage collection")
    for name, seconds in figures.items():
        print(f"  {name:<24} {seconds / n * 1000:7.3f}  {COLLECTED.get(name, 0.0) / n * 1000:7.3f}")
    print(f"  {'parse + extract':<24} {(figures['parse'] + figures['extract']) / n * 1000:7.3f}")
    print("extraction by step:")
    for name, seconds in step_times(articles, gazetteer, args.passes).items():
        print(f"  {name:<24} {seconds / n * 1000:7.3f}")
    if args.profile:
        profile = cProfile.Profile()
        profile.enable()
        for article in articles:
            extraction.extract(article, gazetteer)
        profile.disable()
        out = io.StringIO()
        pstats.Stats(profile, stream=out).sort_stats("tottime").print_stats(args.profile)
        print(out.getvalue())


if __name__ == "__main__":
    main()
