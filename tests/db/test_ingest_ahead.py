"""A small ingest extracted ahead in a forked child: the same store as in-process, and nothing
lost when the child dies or walked other files."""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

import pytest

from store import ingest as ingest_module
from store import ingest_ahead
from store.db.store import Store
from store.ingest import ingest

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="fork on Linux")

TEXTS = {
    "a.txt": (
        "WELLINGTON (Reuters) - New Zealand and Fiji signed a maritime security agreement on "
        "Tuesday, Foreign Minister Ana Reyes said.\n\nThe pact covers patrols and training.\n"
    ),
    "b.txt": (
        "Ottawa and Oslo agreed on Friday to share Arctic weather data, the Canadian "
        "environment minister, Jane Field, told reporters.\n"
    ),
    "c.txt": "Chile and Peru signed a fisheries accord in Lima on Monday.\n",
}


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in TEXTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    (folder / "bad.txt").write_bytes(b"\x00\x01 not text")
    return folder


def _stored(db: Path, folder: Path, ahead: ingest_ahead.Ahead | None) -> tuple[list[str], dict]:
    with Store.open(db, write=True) as store:
        report = ingest(store, [folder], ahead=ahead)
        assert report.added == len(TEXTS) and len(report.failed) == 1
        actors = {a.id: (a.name, a.kind, sorted(a.articles)) for a in store.actors()}
        return sorted(store.article_ids()), actors


def test_the_child_gives_what_the_process_would(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = _folder(tmp_path)
    expected = _stored(tmp_path / "b.json", folder, None)
    ahead = ingest_ahead.start([folder], jobs=2)
    assert ahead is not None

    def not_here(path: Path) -> tuple:
        raise AssertionError(f"{path} was extracted in the parent")

    monkeypatch.setattr(ingest_module, "process_file", not_here)
    assert _stored(tmp_path / "a.json", folder, ahead) == expected


def test_a_killed_child_costs_no_article(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    ahead = ingest_ahead.start([folder], jobs=2)
    assert ahead is not None
    os.kill(ahead.pid, signal.SIGKILL)
    assert _stored(tmp_path / "a.json", folder, ahead) == _stored(tmp_path / "b.json", folder, None)


def test_files_the_child_did_not_walk_are_done_here(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    ahead = ingest_ahead.start([folder / "a.txt"], jobs=2)  # another walk than the ingest's
    assert ahead is not None
    assert _stored(tmp_path / "a.json", folder, ahead) == _stored(tmp_path / "b.json", folder, None)


def test_stored_articles_are_unchanged(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    db = tmp_path / "a.json"
    _stored(db, folder, None)
    with Store.open(db, write=True) as store:
        report = ingest(store, [folder], ahead=ingest_ahead.start([folder], jobs=2))
    assert (report.added, report.unchanged, len(report.failed)) == (0, len(TEXTS), 1)


def test_no_child_for_one_core_or_many_files(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    assert ingest_ahead.start([folder], jobs=1) is None
    for k in range(ingest_ahead.MAX_FILES + 1):
        (folder / f"more{k}.txt").write_text(f"Item {k}.\n", encoding="utf-8")
    assert ingest_ahead.start([folder], jobs=2) is None
