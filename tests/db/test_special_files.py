"""A FIFO, socket or folder in place of any store file is refused at once, never waited on."""

from __future__ import annotations

import os
import socket
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from store.db.store import Store, bodies_path, lock_path
from store.doctor import check, repair
from store.ingest import ingest
from tests.conftest import SEEDS
from tui.cli import main

BOUND = 1.0


def within_bound(call: Callable[[], Any]) -> Any:
    """``call()``'s result or raised exception, failing the test when it takes over a second."""
    box: dict[str, Any] = {}

    def run() -> None:
        try:
            box["value"] = call()
        except BaseException as exc:  # noqa: BLE001 - handed to the test
            box["error"] = exc

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(BOUND)
    assert not worker.is_alive(), f"still waiting after {BOUND} s"
    if "error" in box:
        raise box["error"]
    return box.get("value")


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("pristine") / "store.json"
    with Store.open(db, write=True) as store:
        ingest(store, [SEEDS])
    return db


def _store(pristine: Path, tmp_path: Path) -> Path:
    db = tmp_path / "store.json"
    db.write_bytes(pristine.read_bytes())
    bodies_path(db).write_bytes(bodies_path(pristine).read_bytes())
    return db


def _replace(target: Path, kind: str) -> socket.socket | None:
    if target.exists():
        target.unlink()
    if kind == "fifo":
        os.mkfifo(target)
        return None
    if kind == "folder":
        target.mkdir()
        return None
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(target))
    return sock


WHICH = {
    "catalog": lambda db: db,
    "bodies": bodies_path,
    "lock": lock_path,
}


@pytest.mark.parametrize("kind", ["fifo", "socket", "folder"])
@pytest.mark.parametrize("which", list(WHICH))
def test_special_file_is_refused_within_a_second(
    pristine: Path, tmp_path: Path, which: str, kind: str, capsys: pytest.CaptureFixture[str]
) -> None:
    db = _store(pristine, tmp_path)
    target = WHICH[which](db)
    sock = _replace(target, kind)
    try:
        words = {"fifo": "a FIFO", "socket": "a socket", "folder": "a folder"}[kind]
        expected = f"{target}: is {words}, not a regular file"
        commands = [["ingest", str(SEEDS)], ["doctor"]]
        if which != "lock":  # readers never look at the lock
            commands += [["export"], ["search", "treaty"]]
        for command in commands:
            status = within_bound(lambda command=command: main([*command, "--db", str(db)]))
            err = capsys.readouterr().err
            assert status == 1, command
            assert expected in err, (command, err)
            assert "unexpected" not in err and len(err.strip().splitlines()) <= 2, err
        if which != "lock":
            problems = within_bound(lambda: check(db))
            assert any(expected in p for p in problems)
            out = tmp_path / "out.json"
            within_bound(lambda: repair(db, out))
    finally:
        if sock is not None:
            sock.close()


def test_fifo_in_the_search_index_means_a_rebuild(pristine: Path, tmp_path: Path) -> None:
    from store.search.upkeep import index_dir, index_for_store

    db = _store(pristine, tmp_path)
    with Store.open(db) as store:
        index_for_store(store)
    meta = index_dir(db) / "meta.json"
    meta.unlink()
    os.mkfifo(meta)
    with Store.open(db) as store:
        index = within_bound(lambda: index_for_store(store))
        assert index.search("treaty", 5)
