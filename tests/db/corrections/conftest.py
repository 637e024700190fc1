"""A small store of real articles (ingested through the command line) for correction tests."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from store.db.store import Store
from tui.cli import main

ARTICLES = {
    "a.txt": """Japan and Australia sign defence pact

TOKYO, March 3 (Reuters) - Japan and Australia signed the Reciprocal Access Agreement on Monday.

Foreign Minister Amara Okafor of Australia said the pact would deepen ties. Defence Minister Lars Eriksen of Japan welcomed it.
""",
    "b.txt": """Okafor visits Tokyo

TOKYO, April 9 (Reuters) - Australian Foreign Minister Amara Okafor arrived in Tokyo on Tuesday to discuss the Reciprocal Access Agreement, which was signed in 2022.

Amara Okafor met Lars Eriksen for two hours.
""",
    "c.txt": """Japan and Australia agree maritime pact

SYDNEY, June 1 (Reuters) - Japan and Australia agreed the Maritime Security Pact on Thursday, in a deal worth A$2 billion.

Trade Minister Chen Wei of Australia said the Maritime Security Pact would be signed in 2027.
""",
}

LATER = """Eriksen speaks in Oslo

OSLO, May 2 (Reuters) - Defence Minister Lars Eriksen of Japan spoke about the Reciprocal Access Agreement with Australia on Friday.
"""


def ingest(db: Path, *paths: Path) -> int:
    return main(["ingest", "--db", str(db), "--jobs", "1", *map(str, paths)])


def write_corpus(tmp_path: Path) -> Path:
    """The articles, in a folder of their own."""
    folder = tmp_path / "news"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def ingested(tmp_path: Path, corpus: Path) -> Path:
    """A store holding the folder's articles."""
    db = tmp_path / "store.json"
    assert ingest(db, corpus) == 0
    return db


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    return write_corpus(tmp_path)


@pytest.fixture
def store_at(tmp_path: Path, corpus: Path) -> Path:
    return ingested(tmp_path, corpus)


def article_of(store: Store, file: str) -> str:
    """The id of the article ingested from the file named ``file``."""
    (found,) = [m.id for m in store.articles() if Path(m.file).name == file]
    return found


@pytest.fixture
def names() -> Callable[[Path], dict[str, str]]:
    def read(db: Path) -> dict[str, str]:
        with Store.open(db) as store:
            return {a.id: a.name for a in store.actors()} | {g.id: g.name for g in store.agreements()}

    return read
