"""Paths: exports never clobber a file without --force, folder walks end on symlink loops, and odd
file names (spaces, newlines, escapes, bytes that are not UTF-8) are ingested and reported on one
readable line."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import orjson
import pytest

from store.db.store import Store
from tests.db.crash_support import REPO, article_text, assert_consistent, write_corpus
from tui.cli import main


@pytest.fixture(scope="module")
def small_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("paths")
    write_corpus(root / "articles", count=4, seed=11)
    db = root / "store" / "pactscope.json"
    assert main(["--db", str(db), "ingest", "--jobs", "1", str(root / "articles")]) == 0
    return db


def _err_lines(capsys: pytest.CaptureFixture[str]) -> list[str]:
    return capsys.readouterr().err.strip().splitlines()


# --- export targets ---------------------------------------------------------------------------


def test_export_never_overwrites_without_force(small_store: Path, tmp_path: Path, capsys) -> None:
    target = tmp_path / "my notes.json"
    target.write_bytes(b"precious")
    assert main(["--db", str(small_store), "export", "-o", str(target)]) == 1
    lines = _err_lines(capsys)
    assert len(lines) == 1 and str(target) in lines[0] and "--force" in lines[0]
    assert target.read_bytes() == b"precious"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["my notes.json"]  # no temp left
    assert main(["--db", str(small_store), "export", "-o", str(target), "--force"]) == 0
    assert len(orjson.loads(target.read_bytes())["articles"]) == 4


def test_export_does_not_write_through_links(small_store: Path, tmp_path: Path, capsys) -> None:
    precious = tmp_path / "precious.txt"
    precious.write_bytes(b"keep")
    link = tmp_path / "link.json"
    link.symlink_to(precious)
    assert main(["--db", str(small_store), "export", "-o", str(link)]) == 1
    assert str(link) in _err_lines(capsys)[0]
    dangling = tmp_path / "dangling.json"
    dangling.symlink_to(tmp_path / "elsewhere.json")
    assert main(["--db", str(small_store), "export", "-o", str(dangling)]) == 1
    lines = _err_lines(capsys)
    assert len(lines) == 1 and str(dangling) in lines[0]
    assert not (tmp_path / "elsewhere.json").exists()
    # --force replaces the link itself; the file it pointed at is untouched
    assert main(["--db", str(small_store), "export", "-o", str(link), "--force"]) == 0
    assert precious.read_bytes() == b"keep"
    assert not link.is_symlink() and orjson.loads(link.read_bytes())["articles"]


def test_export_to_a_folder_or_a_missing_folder(small_store: Path, tmp_path: Path, capsys) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    for force in ([], ["--force"]):
        assert main(["--db", str(small_store), "export", "-o", str(folder), *force]) == 1
        lines = _err_lines(capsys)
        assert len(lines) == 1 and str(folder) in lines[0]
    assert list(folder.iterdir()) == []
    missing = tmp_path / "no such folder" / "x.json"
    assert main(["--db", str(small_store), "export", "-o", str(missing)]) == 1
    lines = _err_lines(capsys)
    assert len(lines) == 1 and str(missing) in lines[0]


# --- walking folders --------------------------------------------------------------------------


def test_symlink_loops_end_and_each_article_counts_once(tmp_path: Path, capsys) -> None:
    root = tmp_path / "news"
    write_corpus(root, count=9, seed=12)
    inner = root / "more"
    (inner / "up").symlink_to(root, target_is_directory=True)  # a loop to an ancestor
    (inner / "self").symlink_to(inner, target_is_directory=True)  # a loop to itself
    (root / "again.txt").symlink_to(root / "0001.txt")  # a second name for one file
    (root / "alias").symlink_to(inner, target_is_directory=True)  # a second name for a folder
    db = tmp_path / "store" / "pactscope.json"
    # the same folder given twice, and through a link, still ingests each article once
    assert (
        main(["--db", str(db), "ingest", "--jobs", "1", str(root), str(root), str(inner / "up")])
        == 0
    )
    assert _err_lines(capsys)[-1] == "added 9, unchanged 0, failed 0"
    assert len(assert_consistent(db)) == 9


# --- odd names --------------------------------------------------------------------------------

ODD = [
    b"with space.txt",
    b"new\nline.txt",
    b"caf\xe9 latin1.txt",
    b"tab\there.md",
    b"esc\x1b[31mred\x1b[0m.txt",
    b"bell\x07.txt",
    b"rtl\xe2\x80\xaetxt.md",
    "Japan’s pact.txt".encode(),
]


def _odd_folder(tmp_path: Path, good: bool) -> Path:
    folder = os.fsencode(tmp_path / ("good" if good else "bad"))
    os.mkdir(folder)
    import random

    rng = random.Random(13)
    for i, name in enumerate(ODD):
        with open(folder + b"/" + name, "wb") as fh:
            fh.write(article_text(100 + i, rng).encode() if good else b"")
    return Path(os.fsdecode(folder))


def _shown_ok(line: str) -> None:
    assert all(ch.isprintable() for ch in line), repr(line)
    assert "\u202e" not in line


@pytest.mark.slow
def test_odd_file_names_are_ingested_and_exported(tmp_path: Path) -> None:
    folder = _odd_folder(tmp_path, good=True)
    db = tmp_path / "store" / "pactscope.json"
    run = subprocess.run(
        [sys.executable, "-m", "tui", "--db", str(db), "ingest", "--jobs", "1", folder],
        cwd=REPO,
        capture_output=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    assert (
        run.stderr.decode().strip().splitlines()[-1] == f"added {len(ODD)}, unchanged 0, failed 0"
    )
    assert len(assert_consistent(db)) == len(ODD)
    with Store.open(db) as store:
        files = sorted(m.file for m in store.articles())
    for shown in files:
        _shown_ok(shown)
    names = {f.rsplit("/", 1)[-1] for f in files}
    assert {
        "with space.txt",
        "new\\nline.txt",
        "caf\\xe9 latin1.txt",
        "tab\\there.md",
        "Japan’s pact.txt",
    } <= names
    assert "esc\\x1b[31mred\\x1b[0m.txt" in names and "rtl\\u202etxt.md" in names
    export = subprocess.run(
        [sys.executable, "-m", "tui", "--db", str(db), "export"],
        cwd=REPO,
        capture_output=True,
        timeout=60,
    )
    assert export.returncode == 0, export.stderr
    assert b"\x1b" not in export.stdout and b"\x07" not in export.stdout
    data = orjson.loads(export.stdout)
    assert sorted(a["file"] for a in data["articles"]) == files


def test_odd_file_names_in_errors_are_one_escaped_line_each(tmp_path: Path) -> None:
    folder = _odd_folder(tmp_path, good=False)
    db = tmp_path / "store" / "pactscope.json"
    args = [sys.executable, "-m", "tui", "--db", str(db), "ingest", "--jobs", "1", folder]
    # one file given directly by its raw bytes name, too
    direct = os.fsencode(tmp_path) + b"/direct \xff\x1b]52;c;aGk=\x07\n.txt"
    open(direct, "wb").close()
    args.append(direct)
    run = subprocess.run(args, cwd=REPO, capture_output=True, timeout=120)
    assert run.returncode == 1
    lines = run.stderr.decode("utf-8").strip().splitlines()
    assert lines[-1] == f"added 0, unchanged 0, failed {len(ODD) + 1}"
    failures = lines[:-1]
    assert len(failures) == len(ODD) + 1
    for line in failures:
        _shown_ok(line)
        assert line.endswith(": empty file") and str(tmp_path) in line
    assert (
        b"\x1b" not in run.stderr
        and b"\x07" not in run.stderr
        and b"\xe2\x80\xae" not in run.stderr
    )
    assert sum("new\\nline.txt" in line for line in failures) == 1
    assert sum("caf\\xe9 latin1.txt" in line for line in failures) == 1
    assert sum("direct \\xff" in line and "\\n.txt" in line for line in failures) == 1


@pytest.mark.slow
def test_store_path_with_odd_bytes(tmp_path: Path) -> None:
    folder = os.fsencode(tmp_path) + b"/st\xffore\nhere"
    os.mkdir(folder)
    db = folder + b"/pact\x1b[2Jscope.json"
    with open(db, "wb") as fh:
        fh.write(b"not json")
    for command in ([b"search", b"x"], [b"export"], [b"doctor"], [b"ingest", b"nowhere"]):
        run = subprocess.run(
            [sys.executable, "-m", "tui", "--db", db, *command],
            cwd=REPO,
            capture_output=True,
            timeout=60,
        )
        assert run.returncode == 1, command
        lines = run.stderr.decode("utf-8").strip().splitlines()
        assert len(lines) == 1, (command, lines)
        _shown_ok(lines[0])
        assert "ore" in lines[0] and "here" in lines[0] and "scope.json" in lines[0]
        assert b"\x1b" not in run.stderr
    with open(db, "rb") as fh:
        assert fh.read() == b"not json"


def test_export_never_replaces_the_store_itself(small_store: Path, tmp_path: Path, capsys) -> None:
    """Even with --force, an export aimed at the store's own files (or a link to them) is refused."""
    folder = small_store.parent
    before = {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}
    link = tmp_path / "looks-harmless.json"
    link.symlink_to(small_store)
    roundabout = folder / ".." / folder.name / small_store.name
    targets = [small_store, Path(f"{small_store}.bodies"), Path(f"{small_store}.lock"), link, roundabout]
    for target in targets:
        assert main(["--db", str(small_store), "export", "-o", str(target), "--force"]) == 1
        lines = _err_lines(capsys)
        assert len(lines) == 1 and str(target) in lines[0] and "store itself" in lines[0]
    assert {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()} == before
    assert main(["--db", str(small_store), "doctor"]) == 0
