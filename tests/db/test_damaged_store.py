"""A damaged, foreign, newer or read-only store: every command says so in one line and touches nothing.

Each case runs the real command line (``tui.cli.main``) against a store built by a real ingest
and then damaged; the message must be one line naming the store file, the exit status 1,
and the catalog and body segment byte-identical afterwards, with no lock left behind.
"""

from __future__ import annotations

import errno
from collections.abc import Callable
from pathlib import Path

import orjson
import pytest

from store.db import bodies as bodies_module
from store.db.lists import lists_path
from store.db.store import Store, bodies_path, lock_path
from store.db.verified import verified_path
from store.paths import names_path
from store.search.save_lock import lock_file
from store.search.upkeep import index_dir
from tests.db.damage_support import _commands, _files, _one_line_naming
from tui.cli import main


def _truncated(raw: bytes) -> bytes:
    return raw[: len(raw) // 2]


def _newer(raw: bytes) -> bytes:
    data = orjson.loads(raw)
    data["meta"]["1"]["schema"] = 99
    return orjson.dumps(data)


def _wrong_version(raw: bytes) -> bytes:
    data = orjson.loads(raw)
    data["meta"]["1"]["schema"] = "one"
    return orjson.dumps(data)


def _foreign(raw: bytes) -> bytes:
    return b'{"_default": {"1": {"title": "my notes", "done": false}}}'


def _binary(raw: bytes) -> bytes:
    return b"\x89PNG\r\n\x1a\n\x00\x00binary"


def _empty(raw: bytes) -> bytes:
    return b""


DAMAGE: dict[str, tuple[Callable[[bytes], bytes], str]] = {
    "truncated": (_truncated, "not valid JSON"),
    "newer": (_newer, "newer than this pactscope"),
    "wrong-version": (_wrong_version, "schema version"),
    "foreign": (_foreign, "not a pactscope store"),
    "binary": (_binary, "not valid JSON"),
    "empty": (_empty, "empty"),
}


@pytest.mark.parametrize("damage", sorted(DAMAGE))
@pytest.mark.parametrize(
    "command", ["ingest", "export", "export-stdout", "search", "doctor", "open"]
)
def test_damaged_catalog_costs_one_line_and_nothing_else(
    monkeypatch: pytest.MonkeyPatch,
    store_copy: Path,
    more: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    damage: str,
    command: str,
) -> None:
    make, reason = DAMAGE[damage]
    store_copy.write_bytes(make(store_copy.read_bytes()))
    before = _files(store_copy)
    names = sorted(p.name for p in store_copy.parent.iterdir())
    out = tmp_path / "export.json"
    opened: list[Path] = []
    # With no command the explorer may open and report the damage itself (checked below).
    monkeypatch.setattr("tui.app.run_app", opened.append)
    status = main(_commands(store_copy, more, out)[command])
    captured = capsys.readouterr()
    if opened:
        assert command == "open" and opened == [store_copy] and status == 0
    else:
        assert status == 1
        _one_line_naming(captured.err, store_copy, reason)
    assert captured.out == ""
    assert _files(store_copy) == before
    assert not lock_path(store_copy).exists()
    assert not out.exists()
    assert sorted(p.name for p in store_copy.parent.iterdir()) == names


@pytest.mark.parametrize("damage", sorted(DAMAGE))
async def test_explorer_on_a_damaged_store_says_why_and_touches_nothing(
    store_copy: Path, damage: str
) -> None:
    from tui.app import PactscopeApp
    from tui.widgets.article_view import ArticleView

    make, reason = DAMAGE[damage]
    store_copy.write_bytes(make(store_copy.read_bytes()))
    before = _files(store_copy)
    app = PactscopeApp(store_copy)
    async with app.run_test(size=(100, 30)) as pilot:
        for _ in range(3):
            await pilot.app.workers.wait_for_complete()
            await pilot.pause()
        shown = "".join("".join(app.screen.query_one(ArticleView).plain_lines()).split())
        assert str(store_copy) in shown and reason.replace(" ", "") in shown, shown  # wrapped
        errors = [str(n.message) for n in app._notifications if n.severity == "error"]
        assert errors and all("\n" not in m for m in errors)
        assert any(str(store_copy) in m and reason in m for m in errors), errors
        await pilot.press("r")  # a reload tries again, and changes nothing either
        await pilot.app.workers.wait_for_complete()
        await pilot.press("q")
    assert _files(store_copy) == before
    assert not lock_path(store_copy).exists()


def test_store_that_is_a_folder(
    tmp_path: Path, more: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "store.json"
    db.mkdir()
    for command in ("search", "export", "ingest"):
        args = _commands(db, more, tmp_path / "o.json")[command]
        assert main(args) == 1
        _one_line_naming(capsys.readouterr().err, db, "folder")
    assert list(db.iterdir()) == []


def test_lost_catalog_does_not_cost_the_bodies(
    store_copy: Path, more: Path, tmp_path: Path
) -> None:
    from store.doctor import repair

    store_copy.unlink()  # deleted by mistake, or lost with its disk block
    segment = bodies_path(store_copy).read_bytes()
    status = main(_commands(store_copy, more, Path("unused"))["ingest"])
    if status == 1:  # refusing is fine, if nothing was touched
        assert bodies_path(store_copy).read_bytes() == segment
        return
    out = tmp_path / "repaired.json"
    repair(store_copy, out)
    with Store.open(out) as store:
        assert len(store.article_ids()) == 8  # the six lost from the catalog, and the two new


@pytest.mark.parametrize("how", ["missing", "dangling symlink"])
def test_lost_catalog_beside_articles_is_damage_not_an_empty_store(
    store_copy: Path, more: Path, how: str, capsys: pytest.CaptureFixture[str]
) -> None:
    store_copy.unlink()
    if how == "dangling symlink":
        store_copy.symlink_to(store_copy.parent / "gone.json")
    segment = bodies_path(store_copy)
    before = segment.read_bytes()
    for command in (["export"], ["search", "treaty"], ["ingest", str(more)]):
        assert main([*command, "--db", str(store_copy)]) == 1, command
        captured = capsys.readouterr()
        assert captured.out == "", command  # not an export of nothing
        lines = captured.err.strip().splitlines()
        assert len(lines) == 1 and str(store_copy) in lines[0], lines
        assert "doctor --repair" in lines[0], lines
    assert segment.read_bytes() == before
    # the last writer's note, its list file and name index, and the index's save lock (an
    # empty file), copied with the store
    notes = {verified_path(store_copy).name, lists_path(store_copy).name, names_path(store_copy).name,
             lock_file(index_dir(store_copy)).name}
    assert sorted(p.name for p in store_copy.parent.iterdir() if p.name not in notes) == sorted(
        [store_copy.name, segment.name] if how != "missing" else [segment.name]
    )  # no index, no lock, no catalog written


def _flip_letter(db: Path) -> None:
    with Store.open(db) as store:
        offset, length = store.article(store.article_ids()[0]).body
    segment = bodies_path(db)
    raw = bytearray(segment.read_bytes())
    at = offset + raw[offset : offset + length].index(b'"text":"') + 12
    while not chr(raw[at]).isalpha():
        at += 1
    raw[at] = ord("q") if raw[at] != ord("q") else ord("z")
    segment.write_bytes(bytes(raw))


def _drop_an_actor(db: Path) -> None:
    data = orjson.loads(db.read_bytes())
    del data["actors"][next(iter(data["actors"]))]
    db.write_bytes(orjson.dumps(data))


def _duplicate_an_article(db: Path) -> None:
    data = orjson.loads(db.read_bytes())
    docs = data["articles"]
    docs[str(max(map(int, docs)) + 1)] = dict(next(iter(docs.values())))
    db.write_bytes(orjson.dumps(data))


BUILT_ON = {
    "damaged body": (_flip_letter, "checksum does not match"),
    "dangling reference": (_drop_an_actor, "refers to missing actor"),
    "duplicate id": (_duplicate_an_article, "appears twice"),
}


@pytest.mark.parametrize("damage", sorted(BUILT_ON))
def test_ingest_never_builds_on_a_damaged_store(
    store_copy: Path, more: Path, capsys: pytest.CaptureFixture[str], damage: str
) -> None:
    make, reason = BUILT_ON[damage]
    make(store_copy)
    before = _files(store_copy)
    assert main(_commands(store_copy, more, store_copy.parent / "x.json")["ingest"]) == 1
    err = capsys.readouterr().err
    _one_line_naming(err, store_copy, reason)
    assert "will not add to a damaged store" in err and "doctor --repair" in err
    assert _files(store_copy) == before
    assert not lock_path(store_copy).exists()


def test_export_to_stdout_writes_nothing_when_a_body_fails(
    store_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _flip_letter(store_copy)
    assert main(["--db", str(store_copy), "export"]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""  # not half a JSON document
    _one_line_naming(captured.err, bodies_path(store_copy), "checksum does not match")


def test_unreadable_segment_is_named_not_stdout(
    store_copy: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    real = bodies_module.open_regular

    def denied(path: Path, *args: int) -> int:
        if path == bodies_path(store_copy):
            raise PermissionError(errno.EACCES, "Permission denied")
        return real(path, *args)

    monkeypatch.setattr(bodies_module, "open_regular", denied)
    assert main(["--db", str(store_copy), "export"]) == 1
    err = capsys.readouterr().err
    _one_line_naming(err, bodies_path(store_copy), "cannot read the body segment (permission denied)")
    assert "-: cannot write" not in err
