"""Instructions per article of each stage of an ingest's worker, counted by valgrind.

    .venv/bin/python bench/instructions.py [--corpus DIR] [--articles 40] [--stages read,parse,extract,terms,encode]

CPU time on a shared machine moves by a tenth or more from one run to the next, so a change of
a few per cent cannot be read from ``cpu_split.py``; the count of instructions the interpreter
runs moves less (see below), so a few runs of each side of an A/B show a smaller change. It is
a count, not a time: a change that trades instructions for cache misses shows here as a gain it
may not be, so ``cpu_split.py`` still decides what a change saves.

Each stage is counted in two child processes under valgrind (cachegrind, no cache simulation)
that both read, parse and so on the same articles and warm the stage on the first of them; one
of them then runs the stage on every article, the cyclic collector off (as good as off in a
pool's worker, and its runs would make the count vary). The difference of the two counts,
divided by the articles, is the stage's instructions per article. Both children fix the hash
seed, so that they iterate sets and dicts alike, and (with ``setarch -R``) their addresses.
A child's count still moves by some millions of instructions from run to run: at 40 articles,
counts of the same code's extraction spread over up to 6 per cent, the small stages' (read,
terms, encode) over far more; at 100 articles (``--articles 100``, about five minutes for the
extraction on a busy machine) three counts of it stayed within 0.8 per cent. Without ``--corpus`` the
articles are the first ones of the generated corpus ``cpu_split.py`` reads by default
(``bench/corpora/split-500``, seed 7).
Needs valgrind (Debian: ``apt-get install valgrind``).
"""

from __future__ import annotations

import argparse
import gc
import os
import platform
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

STAGES = ("read", "parse", "extract", "terms", "encode")
_REFS = re.compile(r"I\s+refs:\s+([\d,]+)")


def articles(corpus: Path | None, count: int) -> list[Path]:
    """The first ``count`` article files of ``corpus``, else of the generated corpus."""
    if corpus is None:
        from generate import generate  # bench/ is the script's folder

        corpus = REPO / "bench" / "corpora" / "split-500"
        if not corpus.exists():
            generate(500, 7, corpus)
    return sorted(p for p in corpus.rglob("*") if p.suffix in (".txt", ".md"))[:count]


def child(stage: str, run: bool, files: list[Path]) -> None:
    """Everything the stage needs, made for every article; the stage warmed on the first and,
    when ``run``, then run on all of them."""
    from store.db.encoding import encode_article
    from store.extract import extract
    from store.extract.gazetteer import load_gazetteer
    from store.parse.article import parse_article
    from store.parse.reader import read_article_file
    from store.search.sentence_words import article_terms

    work: Any
    if stage == "read":
        read_article_file(files[0])
        work = lambda: [read_article_file(f) for f in files]  # noqa: E731
    else:
        texts = [read_article_file(f)[0] for f in files]
        parse = lambda: [parse_article(t, str(f), clean=True) for t, f in zip(texts, files, strict=True)]  # noqa: E731
        if stage == "parse":
            parse_article(texts[0], str(files[0]), clean=True)
            work = parse
        else:
            parsed = parse()
            if stage == "terms":
                article_terms(parsed[0].text, parsed[0].sentences)
                work = lambda: [article_terms(a.text, a.sentences) for a in parsed]  # noqa: E731
            else:
                gazetteer = load_gazetteer()
                extract(parsed[0], gazetteer)
                extracted = lambda: [extract(a, gazetteer) for a in parsed]  # noqa: E731
                if stage == "extract":
                    work = extracted
                else:
                    found = extracted()
                    encode_article(parsed[0], found[0])
                    work = lambda: [encode_article(a, x) for a, x in zip(parsed, found, strict=True)]  # noqa: E731
    gc.collect()
    gc.disable()  # a pool's worker collects seldom; here never, so that no collection's count varies
    if run:
        work()


def count(stage: str, run: bool, args: argparse.Namespace) -> int:
    """The instructions one child runs under valgrind."""
    command = [
        "valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null",
        sys.executable, __file__, "--child", stage, "--articles", str(args.articles),
    ]
    if shutil.which("setarch") is not None:  # the same addresses in every child: steadier counts
        command = ["setarch", platform.machine(), "-R", *command]
    if run:
        command.append("--run")
    if args.corpus is not None:
        command += ["--corpus", str(args.corpus)]
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    done = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    found = _REFS.search(done.stderr)
    if done.returncode != 0 or found is None:
        tail = " | ".join(done.stderr.strip().splitlines()[-3:])
        sys.exit(f"the {stage} child failed (exit {done.returncode}): {tail}")
    return int(found.group(1).replace(",", ""))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, help="a folder of article files")
    parser.add_argument("--articles", type=int, default=40, help="articles counted (the first of the corpus)")
    parser.add_argument("--stages", default=",".join(STAGES), help="the stages to count, comma-separated")
    parser.add_argument("--child", choices=STAGES, help=argparse.SUPPRESS)
    parser.add_argument("--run", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    files = articles(args.corpus, args.articles)
    if not files:
        sys.exit("no article files")
    if args.child:
        child(args.child, args.run, files)
        os._exit(0)  # no teardown: freeing what the stage made is no part of its count
    if shutil.which("valgrind") is None:
        sys.exit("valgrind is not installed (Debian: apt-get install valgrind)")
    stages = [s for s in args.stages.split(",") if s]
    unknown = [s for s in stages if s not in STAGES]
    if unknown:
        sys.exit(f"unknown stages: {', '.join(unknown)} (known: {', '.join(STAGES)})")
    n = len(files)
    print(f"{n} articles; instructions per article (thousands), counted under valgrind")
    for stage in stages:
        spent = count(stage, True, args) - count(stage, False, args)
        print(f"  {stage:<24} {spent / n / 1000:10.0f}", flush=True)


if __name__ == "__main__":
    main()
