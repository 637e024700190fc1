"""Helpers of the damaged-store tests: the commands every case runs, the store's files, and the
one-line message each must print."""

from __future__ import annotations

from pathlib import Path


def _commands(db: Path, more: Path, out: Path) -> dict[str, list[str]]:
    return {
        "ingest": ["--db", str(db), "ingest", "--jobs", "1", str(more)],
        "export": ["--db", str(db), "export", "-o", str(out)],
        "export-stdout": ["--db", str(db), "export"],
        "search": ["--db", str(db), "search", "agreement"],
        "doctor": ["--db", str(db), "doctor"],
        "open": ["--db", str(db)],
    }


def _files(db: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in db.parent.iterdir() if p.is_file()}


def _one_line_naming(err: str, db: Path, reason: str) -> None:
    lines = err.strip().splitlines()
    assert len(lines) == 1, lines
    assert str(db) in lines[0] and reason in lines[0], lines[0]
