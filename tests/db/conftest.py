"""Fixtures of the damaged-store tests: a small store made by a real ingest, a fresh copy of it
for each test, and two new articles to try to add."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from store.db.store import Store
from store.ingest import ingest
from tests.db.crash_support import write_corpus


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small store made by a real ingest, copied afresh by each test."""
    root = tmp_path_factory.mktemp("pristine")
    write_corpus(root / "articles", count=6)
    db = root / "store" / "pactscope.json"
    with Store.open(db, write=True) as store:
        report = ingest(store, [root / "articles"], jobs=1)
    assert report.added == 6 and report.ok
    return db


@pytest.fixture
def store_copy(pristine: Path, tmp_path: Path) -> Path:
    folder = tmp_path / "store"
    folder.mkdir()
    for item in pristine.parent.iterdir():
        if item.is_file():
            shutil.copy2(item, folder / item.name)
    return folder / pristine.name


@pytest.fixture
def more(tmp_path: Path) -> Path:
    """Two new articles to try to ingest into the damaged store."""
    folder = tmp_path / "more"
    write_corpus(folder, count=2, seed=99, prefix="new")
    return folder
