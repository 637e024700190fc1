"""A read-only store file, file system or export target: the command says so in one line and
touches nothing.

Tests run as root, where permissions do not stop writes, so the failing calls are simulated at
the operating-system boundary the store uses.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from store.db import bodies as bodies_module
from store.db import catalog as catalog_module
from store.db import json_storage as storage
from store.db import lock as lock_module
from store.db.store import Store, bodies_path, lock_path
from store.paths import journal_path
from tests.db.damage_support import _commands, _files, _one_line_naming
from tui.cli import main


def _erofs(*args: object, **kwargs: object) -> None:
    raise OSError(errno.EROFS, "Read-only file system")


def _eacces(*args: object, **kwargs: object) -> None:
    raise PermissionError(errno.EACCES, "Permission denied")


def test_read_only_store_file(store_copy: Path, more: Path, monkeypatch, capsys) -> None:
    store_copy.chmod(0o444)
    before = _files(store_copy)
    real_access = os.access
    # what os.access reports for a 0444 file to anyone but root
    monkeypatch.setattr(
        "store.db.store.os.access",
        lambda p, mode: not (Path(p) == store_copy and mode & os.W_OK) and real_access(p, mode),
    )
    assert main(_commands(store_copy, more, Path("unused"))["ingest"]) == 1
    _one_line_naming(capsys.readouterr().err, store_copy, "read-only")
    assert _files(store_copy) == before
    assert not lock_path(store_copy).exists()
    # reading is still fine
    assert main(["--db", str(store_copy), "search", "agreement"]) == 0


@pytest.mark.parametrize("failure", [_erofs, _eacces], ids=["erofs", "eacces"])
@pytest.mark.parametrize("where", ["lock", "bodies", "journal", "catalog-temp", "catalog-rename"])
def test_read_only_file_system_during_ingest(
    store_copy: Path, more: Path, monkeypatch, capsys, failure: Callable[..., None], where: str
) -> None:
    before = _files(store_copy)
    real_open = os.open

    def failing_open(target, flags, mode=0o777, **kw):  # type: ignore[no-untyped-def]
        name = os.fsdecode(target)
        writes = flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT)
        hit = {
            "lock": name.endswith(".lock"),
            "bodies": name.endswith(".bodies"),
            "journal": name.endswith(".journal"),  # the commit point of a small commit
            "catalog-temp": name.endswith(".tmp"),  # and of one written as a new base
        }.get(where, False)
        if writes and hit:
            failure()
        return real_open(target, flags, mode, **kw)

    # a commit goes to the journal, or (large beside the store) is written as a new base
    share = 1e9 if where == "journal" else 0.0
    monkeypatch.setattr(catalog_module, "COMPACT_SHARE", share)
    if where == "catalog-rename":
        monkeypatch.setattr(storage.os, "replace", failure)
    else:
        monkeypatch.setattr(lock_module.os, "open", failing_open)
        monkeypatch.setattr(bodies_module.os, "open", failing_open)
        monkeypatch.setattr(storage.os, "open", failing_open)
    status = main(_commands(store_copy, more, Path("unused"))["ingest"])
    err = capsys.readouterr().err
    monkeypatch.undo()
    assert status == 1
    lines = err.strip().splitlines()
    assert len(lines) == 1, lines
    assert "unexpected" not in lines[0], lines[0]
    assert str(store_copy.parent) in lines[0]
    assert any(
        word in lines[0].lower() for word in ("read-only", "permission denied", "cannot write")
    ), lines[0]
    # The catalog is untouched; the segment may only have grown by bytes no catalog refers to.
    after = _files(store_copy)
    assert after[store_copy.name] == before[store_copy.name]
    assert after.get(journal_path(store_copy).name) == before.get(journal_path(store_copy).name)
    segment = bodies_path(store_copy).name
    assert after[segment][: len(before[segment])] == before[segment]
    assert not lock_path(store_copy).exists()
    assert [p.name for p in store_copy.parent.iterdir() if p.name.endswith(".tmp")] == []
    with Store.open(store_copy) as store:
        assert len(store.article_ids()) == 6
    # and once the disk is writable again the same ingest goes through
    assert main(_commands(store_copy, more, Path("unused"))["ingest"]) == 0
    with Store.open(store_copy) as store:
        assert len(store.article_ids()) == 8


def test_read_only_export_target(store_copy: Path, tmp_path: Path, monkeypatch, capsys) -> None:
    out = tmp_path / "exports" / "out.json"
    out.parent.mkdir()
    real_open = open

    def failing(file, mode="r", *args, **kwargs):  # type: ignore[no-untyped-def]
        if "w" in mode and os.fspath(file).startswith(os.fspath(out.parent)):
            _erofs()
        return real_open(file, mode, *args, **kwargs)

    monkeypatch.setattr("builtins.open", failing)
    status = main(["--db", str(store_copy), "export", "-o", str(out)])
    monkeypatch.undo()
    lines = capsys.readouterr().err.strip().splitlines()
    assert status == 1 and len(lines) == 1
    assert str(out) in lines[0] and "read-only" in lines[0].lower()
    assert list(out.parent.iterdir()) == []
