"""Temporary files left by killed processes: listed by doctor, removed by the next writer,
while those of live processes (a write in progress) are left alone."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from store.db.store import Store
from store.doctor import check, leftover_notes
from store.ingest import ingest
from tests.db.crash_support import write_corpus
from tui.cli import main


def _dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def _leave(db: Path, dead: int, live: int) -> dict[str, Path]:
    folder = db.parent
    made = {
        "catalog": folder / f".{db.name}.{dead}.tmp",
        "index-tmp": folder / f"{db.name}.index.tmp-{dead}-k2x9_a1b",
        "index-old": folder / f"{db.name}.index.old-{dead}-0a1b2c3d",
        "live": folder / f"{db.name}.index.tmp-{live}-k2x9_a1b",
    }
    made["catalog"].write_bytes(b"{" * 3000)
    for key in ("index-tmp", "index-old", "live"):
        made[key].mkdir()
        (made[key] / "meta.json").write_bytes(b"x" * 100)
    return made


def test_doctor_lists_and_the_next_writer_removes_what_dead_processes_left(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_corpus(tmp_path / "in", count=2)
    write_corpus(tmp_path / "more", count=1, seed=3, prefix="more")
    db = tmp_path / "store" / "s.json"
    with Store.open(db, write=True) as store:
        ingest(store, [tmp_path / "in"], jobs=1)
    dead = _dead_pid()
    writer = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        made = _leave(db, dead, writer.pid)
        _check_and_ingest(db, made, dead, tmp_path / "more", capsys)
    finally:
        writer.kill()
        writer.wait()


def _check_and_ingest(
    db: Path, made: dict[str, Path], dead: int, more: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert check(db) == []  # not damage: the store is whole without them
    assert main(["--db", str(db), "doctor"]) == 0
    assert str(made["catalog"]) in capsys.readouterr().err
    problems = leftover_notes(db)
    for key in ("catalog", "index-tmp", "index-old"):
        line = next(p for p in problems if str(made[key]) in p)
        assert f"left by process {dead}, which is no longer running" in line
        assert "the next writer removes it" in line
    assert not any(str(made["live"]) in p for p in problems)  # a write in progress
    assert "3000 bytes" in next(p for p in problems if str(made["catalog"]) in p)

    assert main(["--db", str(db), "ingest", "--jobs", "1", str(more)]) == 0
    capsys.readouterr()
    assert not made["catalog"].exists() and not made["index-tmp"].exists()
    assert not made["index-old"].exists()
    assert made["live"].exists()
    shutil.rmtree(made["live"])
    assert leftover_notes(db) == []


def test_a_killed_exports_temporary_file_goes_with_the_next_export(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_corpus(tmp_path / "in", count=1)
    db = tmp_path / "s.json"
    with Store.open(db, write=True) as store:
        ingest(store, [tmp_path / "in"], jobs=1)
    out = tmp_path / "out" / "export.json"
    out.parent.mkdir()
    left = out.with_name(f".{out.name}.{_dead_pid()}.tmp")
    left.write_bytes(b"[" * 1000)
    assert main(["--db", str(db), "export", "-o", str(out)]) == 0
    capsys.readouterr()
    assert sorted(p.name for p in out.parent.iterdir()) == [out.name]


def test_an_index_folder_is_named_after_its_process(tmp_path: Path) -> None:
    from store.search import saved

    seen: list[str] = []
    real = saved.os.rename

    def spy(src: object, dst: object) -> None:
        seen.append(Path(str(src)).name)
        real(src, dst)

    write_corpus(tmp_path / "in", count=1)
    db = tmp_path / "s.json"
    saved.os.rename = spy  # type: ignore[assignment]
    try:
        with Store.open(db, write=True) as store:
            ingest(store, [tmp_path / "in"], jobs=1)
    finally:
        saved.os.rename = real  # type: ignore[assignment]
    assert any(name.startswith(f"s.json.index.tmp-{os.getpid()}-") for name in seen), seen
