"""Failures point the right way: the file and the reason in words, "unexpected" only for bugs."""

from __future__ import annotations

import errno
import os
import shutil
from pathlib import Path

import pytest

from store.db.store import Store
from store.ingest import ingest
from tests.db.crash_support import write_corpus
from tui.cli import main


@pytest.fixture
def db(tmp_path: Path) -> Path:
    write_corpus(tmp_path / "in", count=2)
    path = tmp_path / "store" / "s.json"
    with Store.open(path, write=True) as store:
        ingest(store, [tmp_path / "in"], jobs=1)
    return path


def test_a_full_disk_while_saving_the_index_is_named_in_words(
    db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from store.search import saved

    def short_write(path: Path, data: object) -> None:
        raise OSError("187032 requested and 71648 written")  # numpy's errno-less short write

    monkeypatch.setattr(saved, "write_file", short_write)
    monkeypatch.setattr(saved, "write_array", short_write)
    full = shutil._ntuple_diskusage(total=1 << 30, used=1 << 30, free=0)
    monkeypatch.setattr("store.db.files.shutil.disk_usage", lambda path: full)
    write_corpus(tmp_path / "more", count=1, seed=4, prefix="more")
    assert main(["--db", str(db), "ingest", "--jobs", "1", str(tmp_path / "more")]) == 0
    err = capsys.readouterr().err
    assert f"{db}.index: cannot save the search index (no space left on device)" in err
    assert "requested and" not in err and "OSError" not in err


def test_an_os_refusal_names_the_file_not_a_bug(
    db: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def refused(*args: object, **kwargs: object) -> Store:
        raise IsADirectoryError(errno.EISDIR, "Is a directory", "/data/where.json")

    monkeypatch.setattr(Store, "open", refused)
    assert main(["--db", str(db), "search", "treaty"]) == 1
    err = capsys.readouterr().err.strip()
    assert err == "error: /data/where.json: is a directory"


def test_an_unreadable_catalog_is_not_called_read_only(
    db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    real = os.access
    monkeypatch.setattr(
        "store.db.store.os.access",
        lambda path, mode: False if Path(path) == db and mode == os.R_OK else real(path, mode),
    )
    assert main(["--db", str(db), "ingest", str(tmp_path / "in")]) == 1
    err = capsys.readouterr().err.strip()
    assert err == f"error: {db}: cannot read the store (permission denied)"
