"""A pool worker's batch: taken stage by stage, its outcomes are each file's own, in order."""

from __future__ import annotations

from pathlib import Path

import pytest

import store.ingest_worker as worker
import store.parse.article as parse_module
from store.extract.gazetteer import load_gazetteer

LEDE = (
    "WELLINGTON (Reuters) - New Zealand and Fiji signed a maritime security agreement on "
    "Tuesday, Foreign Minister Winston Peters said.\n\nThe pact covers patrols and training.\n"
)
OTHER = (
    "Ottawa and Oslo agreed on Friday to share Arctic weather data, the Canadian environment "
    "minister, Jane Field, told reporters.\n"
)


def _files(tmp_path: Path) -> list[Path]:
    (tmp_path / "a.txt").write_text(LEDE, encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02 not text \x00")
    (tmp_path / "crash.txt").write_text("CRASH here.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(OTHER, encoding="utf-8")
    return [tmp_path / n for n in ("a.txt", "binary.txt", "missing.txt", "crash.txt", "b.txt")]


@pytest.fixture
def crashing_parser(monkeypatch: pytest.MonkeyPatch) -> None:
    """A parser that fails on one text, as a parser bug would (and the worker's state kept
    to these tests)."""
    monkeypatch.setattr(worker, "_worker", {})
    real = parse_module.parse_article

    def parse(text: str, file: str, *, clean: bool = False):  # noqa: ANN202 (the parser's own signature)
        if text.startswith("CRASH"):
            raise ValueError("a parser bug")
        return real(text, file, clean=clean)

    monkeypatch.setattr(parse_module, "parse_article", parse)


def test_a_batch_gives_each_files_own_outcome_in_order(tmp_path: Path, crashing_parser: None) -> None:
    worker._init_worker(frozenset(), load_gazetteer())
    paths = _files(tmp_path)
    batch = worker.process_files(paths)
    one_by_one = [worker.process_file(p) for p in paths]
    assert [r[0] for r in batch] == ["ok", "failed", "failed", "failed", "ok"]
    assert "binary file" in batch[1][1] and "no such file" in batch[2][1]
    assert "crash.txt: could not be parsed (ValueError: a parser bug)" in batch[3][1]
    for got, alone in zip(batch, one_by_one, strict=True):
        if got[0] == "ok":  # the same article and extraction as when read alone
            assert (got[1], got[2], got[3]) == (alone[1], alone[2], alone[3])
        else:
            assert got == alone


def test_an_encoded_batch_keeps_the_others_as_they_are(tmp_path: Path, crashing_parser: None) -> None:
    paths = _files(tmp_path)
    known = worker.content_id((tmp_path / "b.txt").read_text(encoding="utf-8"))
    worker._init_worker(frozenset({known}), load_gazetteer())  # b.txt is stored already
    out = worker.process_files_encoded(paths)
    assert [r[0] for r in out] == ["encoded", "failed", "failed", "failed", "unchanged"]
    assert out[4] == ("unchanged", known)
    encoded, terms = out[0][1], out[0][2]
    assert encoded.header["file"].endswith("a.txt") and b"Fiji" in encoded.extraction
    assert terms.counts and terms.text.startswith("New Zealand")


def test_the_worker_tells_format_files_by_the_suffixes_the_format_readers_take() -> None:
    from store.parse.formats import is_format_file

    names = ["a.txt", "b.MD", "c.html", "d.HTM", "e.json", "f.jsonl", "g.ndjson", "h.rss", "i.atom", "j.xml", "k.log", "l"]
    for name in names:
        assert (Path(name).suffix.lower() in worker.FORMAT_SUFFIXES) == is_format_file(Path(name)), name


@pytest.mark.slow  # a fresh interpreter importing the writer
def test_a_writer_adding_text_files_does_not_load_the_format_readers() -> None:
    import subprocess
    import sys

    code = (
        "import sys, store.ingest, store.db.store, store.search.upkeep, tui.cli\n"
        "print(sorted(m for m in sys.modules if m.startswith('store.parse.formats')))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
