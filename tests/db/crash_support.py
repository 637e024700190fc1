"""The crash harness's corpus, processes and invariants: varied small articles written to a
folder, an ingest run in its own process group and killed, and the checks a store must pass
after any kill."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
from collections import Counter
from pathlib import Path

import orjson

from store.db.lists import lines_of, read_lists, sort_lines
from store.db.store import Store
from store.doctor import check

REPO = Path(__file__).resolve().parents[2]
SEED = 20261124
COUNT = 300

COUNTRIES = [
    "Japan",
    "Australia",
    "India",
    "France",
    "Germany",
    "Brazil",
    "Kenya",
    "Indonesia",
    "Canada",
    "Mexico",
    "Nigeria",
    "Vietnam",
    "the Philippines",
    "South Korea",
    "Poland",
    "Egypt",
    "Chile",
    "Norway",
    "Turkey",
    "Argentina",
]


PEOPLE = [
    ("Foreign Minister", "Amara Okafor"),
    ("Defence Minister", "Lars Eriksen"),
    ("Prime Minister", "Hiro Tanaka"),
    ("President", "Lucia Ferreira"),
    ("Trade Minister", "Arjun Mehta"),
    ("Ambassador", "Claire Dubois"),
    ("Energy Minister", "Tomasz Nowak"),
    ("Secretary of State", "Grace Whitfield"),
]


PACTS = [
    "Reciprocal Access Agreement",
    "Comprehensive Economic Partnership Agreement",
    "Critical Minerals Framework",
    "Maritime Security Pact",
    "Green Hydrogen Accord",
    "Digital Trade Agreement",
    "Defence Cooperation Treaty",
    "Fisheries Protocol",
]


VERBS = ["signed", "agreed", "ratified", "announced", "concluded", "renewed"]
SOURCES = ["Reuters", "Associated Press", "Nikkei Asia", "Al Jazeera", "The Hindu"]
MONTHS = ["January", "March", "May", "July", "September", "November"]


def article_text(i: int, rng: random.Random) -> str:
    """One small article: headline, sometimes a byline and dateline, a few varied paragraphs."""
    a, b = rng.sample(COUNTRIES, 2)
    role, person = rng.choice(PEOPLE)
    pact = rng.choice(PACTS)
    verb = rng.choice(VERBS)
    year = rng.randint(2015, 2026)
    value = rng.randint(1, 90)
    lines = [f"{a} and {b} {verb} {pact} in talks number {i}", ""]
    if rng.random() < 0.5:
        lines += [f"By {rng.choice(PEOPLE)[1]}, {rng.choice(SOURCES)}", ""]
    if rng.random() < 0.6:
        lines += [f"{rng.randint(1, 28)} {rng.choice(MONTHS)} {year}", ""]
    paragraphs = [
        f"{a.upper() if rng.random() < 0.2 else a} and {b} {verb} the {pact} on Tuesday, "
        f"officials said, in a deal worth ${value} billion.",
        f'"This is a turning point for both nations," {role} {person} told reporters.',
        f"The {pact} was first proposed in {year - rng.randint(1, 6)} and covers "
        f"{rng.choice(['ports', 'minerals', 'patrols', 'tariffs', 'data flows'])}.",
    ]
    for _ in range(rng.randint(0, 4)):
        c = rng.choice(COUNTRIES)
        paragraphs.append(
            f"{c} welcomed the move. {rng.choice(PEOPLE)[1]} said talks with {c} would continue "
            f"(item {rng.randint(1, 999)})."
        )
    if rng.random() < 0.3:
        paragraphs.append("- " + "\n- ".join(rng.sample(COUNTRIES, 3)))
    rng.shuffle(paragraphs[2:])
    return (
        "\n".join(lines) + "\n\n".join(paragraphs) + f"\n\nReporting ref {i}-{rng.random():.6f}.\n"
    )


def write_corpus(
    folder: Path, count: int = COUNT, seed: int = SEED, prefix: str = ""
) -> list[Path]:
    """``count`` distinct small articles in ``folder`` (some .md, some in a subfolder)."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "more").mkdir(exist_ok=True)
    files = []
    for i in range(count):
        where = folder / "more" if i % 7 == 0 else folder
        path = where / f"{prefix}{i:04d}.{'md' if i % 5 == 0 else 'txt'}"
        path.write_text(article_text(i, rng), encoding="utf-8")
        files.append(path)
    return files


def ingest_cmd(db: Path, folder: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "tui", "--db", str(db), "ingest", *extra, str(folder)]


def spawn(cmd: list[str]) -> subprocess.Popen[bytes]:
    """A child in its own process group, so a kill reaches any worker it started too."""
    return subprocess.Popen(
        cmd, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True
    )


def kill_group(proc: subprocess.Popen[bytes]) -> None:
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    proc.wait()
    assert proc.stderr is not None
    proc.stderr.close()


def committed_ids(db: Path) -> set[str]:
    """Article ids a reader sees right now (empty when no catalog has been committed yet)."""
    if not db.exists():
        return set()
    with Store.open(db) as store:
        return set(store.article_ids())


def assert_consistent(db: Path) -> set[str]:
    """The store opens, has no duplicate or dangling ids, and every body reads back."""
    raw = orjson.loads(db.read_bytes())
    for table in ("articles", "actors", "agreements"):
        ids = Counter(doc["id"] for doc in raw[table].values())
        dupes = [i for i, n in ids.items() if n > 1]
        assert not dupes, f"duplicate {table} ids {dupes}"
    with Store.open(db) as store:
        articles = set(store.article_ids())
        assert len(articles) == len(store.article_ids())
        actors = {a.id for a in store.actors()}
        agreements = {g.id for g in store.agreements()}
        entities = actors | agreements
        for article_id in articles:
            meta = store.article(article_id)
            assert meta is not None
            assert set(meta.actors) <= actors, article_id
            assert set(meta.agreements) <= agreements, article_id
            body = store.body(article_id)
            assert body.id == article_id and body.text
            for m in body.mentions:
                assert m.entity in entities, (article_id, m.entity)
                assert 0 <= m.start < m.end <= len(body.text)
        for actor in store.actors():
            assert set(actor.articles) <= articles, actor.id
        for g in store.agreements():
            assert set(g.articles) <= articles, g.id
            assert set(g.parties) <= actors, g.id
        # The list file is trusted only when it is stamped for this very commit; then it
        # must show exactly the records (a kill before it was written leaves it untrusted).
        lines = read_lists(db)
        if lines is not None:
            assert lines == sort_lines(lines_of(store.generation, store.articles(), store.actors()))
    # a killed ingest may leave the search index one generation behind: it is rebuilt on use,
    # but it must never be damaged
    assert [p for p in check(db) if "search index is stale" not in p] == []
    return articles
