"""Ingest: the seeds, re-ingesting, bad files one line each, replacement of a changed file."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from store.db.store import Store, bodies_path
from store.ingest import ingest
from tests.conftest import SEEDS
from tui.cli import main


def test_seeds_are_added_once(db_path: Path) -> None:
    with Store.open(db_path, write=True) as store:
        report = ingest(store, [SEEDS])
        assert (report.added, report.unchanged, report.failed) == (5, 0, [])
        assert store.generation == 1
    before = db_path.read_bytes()
    with Store.open(db_path, write=True) as store:
        report = ingest(store, [SEEDS])
        assert (report.added, report.unchanged, report.failed) == (0, 5, [])
        assert store.generation == 1 and report.commits == 0
    assert db_path.read_bytes() == before
    with Store.open(db_path) as store:
        files = sorted(Path(m.file).name for m in store.articles())
        assert files == sorted(p.name for p in SEEDS.iterdir())
        for meta in store.articles():
            body = store.body(meta.id)
            assert body.id == meta.id and len(body.sentences) == meta.sentences
            for mention in body.mentions:
                assert store.actor(mention.entity) or store.agreement(mention.entity)


def test_progress_reports_every_file(db_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    with Store.open(db_path, write=True) as store:
        ingest(store, [SEEDS], lambda done, total, name: seen.append((done, total)))
    assert seen[0] == (0, 5) and seen[-1] == (5, 5) and len(seen) == 6


@pytest.mark.slow
def test_pool_and_serial_ingest_agree(tmp_path: Path) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(60):  # over the pool threshold
        for seed in sorted(SEEDS.iterdir()):
            text = seed.read_text(encoding="utf-8")
            (folder / f"{i:02d}_{seed.name}").write_text(
                text + f"\n\nEdition {i}.\n", encoding="utf-8"
            )
    results = []
    for jobs in (1, 2):
        db = tmp_path / f"jobs{jobs}" / "s.json"
        with Store.open(db, write=True) as store:
            report = ingest(store, [folder], jobs=jobs, batch_size=100)
            assert report.added == 300 and not report.failed and report.commits == 3
            results.append(
                (
                    [(m.id, m.actors, m.agreements) for m in store.articles()],
                    [(a.id, a.name, sorted(a.articles)) for a in store.actors()],
                    [(g.id, g.parties, g.articles) for g in store.agreements()],
                )
            )
    assert results[0] == results[1]


def _bad_files(folder: Path) -> dict[str, Path]:
    folder.mkdir()
    bad = {
        "empty": folder / "empty.txt",
        "binary": folder / "binary.txt",
        "sparse": folder / "sparse.txt",
        "longline": folder / "longline.md",
        "broken": folder / "broken.txt",
        "nothing": folder / "nothing",
    }
    bad["empty"].write_bytes(b"")
    bad["binary"].write_bytes(bytes(range(256)) * 64)
    with open(bad["sparse"], "wb") as fh:
        fh.truncate(50 * 1024 * 1024)
    bad["longline"].write_bytes(b"word " * (2 * 1024 * 1024))
    os.symlink(folder / "does-not-exist.txt", bad["broken"])
    bad["nothing"].mkdir()
    (bad["nothing"] / "notes.csv").write_text("a,b\n")
    return bad


def test_bad_files_cost_one_line_each(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(db_path), "ingest", str(SEEDS)]) == 0
    with Store.open(db_path) as store:
        earlier = {m.id: store.body(m.id).text for m in store.articles()}
    capsys.readouterr()
    bad = _bad_files(tmp_path / "bad")
    good = tmp_path / "good"
    good.mkdir()
    seed = sorted(SEEDS.iterdir())[0]
    text = (
        seed.read_text(encoding="utf-8").replace("\u2019", "'") + "\n\nCaf\u00e9 owners approved.\n"
    )
    (good / "cp1252.txt").write_bytes(text.encode("cp1252"))
    paths = [str(p) for p in bad.values()] + [str(good)]
    assert main(["--db", str(db_path), "ingest", *paths]) == 1
    err = capsys.readouterr().err
    lines = [line for line in err.splitlines() if line.strip()]
    for name, path in bad.items():
        hits = [line for line in lines if path.name in line]
        assert len(hits) == 1, (name, lines)
    assert "added 1, unchanged 0, failed 6" in err
    with Store.open(db_path) as store:
        assert len(store.articles()) == 6
        for article_id, text in earlier.items():
            assert store.body(article_id).text == text
        (new,) = [m for m in store.articles() if m.id not in earlier]
        assert Path(new.file).name == "cp1252.txt"
        assert "Caf\u00e9" in store.body(new.id).text


def test_changed_file_replaces_its_older_version(db_path: Path, tmp_path: Path) -> None:
    folder = tmp_path / "src"
    shutil.copytree(SEEDS, folder)
    with Store.open(db_path, write=True) as store:
        assert ingest(store, [folder]).added == 5
        before_actors = {a.id for a in store.actors()}
    target = sorted(folder.iterdir())[0]
    with Store.open(db_path) as store:
        (old,) = [m for m in store.articles() if Path(m.file).name == target.name]
    target.write_text(
        target.read_text(encoding="utf-8") + "\n\nA closing line was added.\n", encoding="utf-8"
    )
    with Store.open(db_path, write=True) as store:
        report = ingest(store, [folder])
        assert (report.added, report.unchanged) == (1, 4)
    with Store.open(db_path) as store:
        metas = store.articles()
        assert len(metas) == 5 and not store.has_article(old.id)
        assert sum(Path(m.file).name == target.name for m in metas) == 1
        for actor in store.actors():
            assert old.id not in actor.articles
        for agreement in store.agreements():
            assert old.id not in agreement.articles
        assert {a.id for a in store.actors()} == before_actors
        assert bodies_path(db_path).exists()


def test_same_name_in_two_folders_are_two_articles(db_path: Path, tmp_path: Path) -> None:
    seeds = sorted(SEEDS.iterdir())
    for folder, seed in (("one", seeds[0]), ("two", seeds[1])):
        (tmp_path / folder).mkdir()
        shutil.copy(seed, tmp_path / folder / "same.txt")
    with Store.open(db_path, write=True) as store:
        report = ingest(store, [tmp_path / "one", tmp_path / "two"])
        assert (report.added, report.unchanged, report.failed) == (2, 0, [])
        files = sorted(m.file for m in store.articles())
    assert files == [str(tmp_path / "one" / "same.txt"), str(tmp_path / "two" / "same.txt")]


def test_a_bad_user_gazetteer_is_one_line_before_any_file(
    db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    from store.extract.gazetteer import GazetteerError

    bad = tmp_path / "my-names.json"
    bad.write_text('{"organizations": [', encoding="utf-8")
    monkeypatch.setenv("PACTSCOPE_GAZETTEER", str(bad))
    assert main(["--db", str(db_path), "ingest", str(SEEDS)]) == 1
    lines = [line for line in capsys.readouterr().err.splitlines() if line.strip()]
    assert len(lines) == 1, lines
    assert lines[0].startswith("error: gazetteer: ") and "my-names.json" in lines[0]
    assert "not valid JSON" in lines[0]
    assert not db_path.exists() and not db_path.parent.exists()  # nothing was touched
    with Store.open(db_path, write=True) as store, pytest.raises(GazetteerError):
        ingest(store, [SEEDS])
    with Store.open(db_path) as store:
        assert store.article_ids() == [] and store.generation == 0


def test_pool_workers_use_the_user_gazetteer(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    names = tmp_path / "names.json"
    names.write_text(
        '{"organizations": [{"name": "Quillmark Fisheries Council", "aliases": ["QFC"]}]}',
        encoding="utf-8",
    )
    monkeypatch.setenv("PACTSCOPE_GAZETTEER", str(names))
    folder = tmp_path / "many"
    folder.mkdir()
    seed = sorted(SEEDS.iterdir())[0].read_text(encoding="utf-8")
    for i in range(60):  # over the pool threshold
        extra = f"\n\nThe QFC said on day {i} that talks would go on.\n"
        (folder / f"{i:02d}.txt").write_text(seed + extra, encoding="utf-8")
    db = tmp_path / "s.json"
    with Store.open(db, write=True) as store:
        report = ingest(store, [folder], jobs=2)
        assert report.added == 60 and not report.failed
        (council,) = [a for a in store.actors() if a.name == "Quillmark Fisheries Council"]
        assert len(council.articles) == 60


def test_batches_grow_with_the_store(db_path: Path, tmp_path: Path) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(12):
        for seed in sorted(SEEDS.iterdir()):
            text = seed.read_text(encoding="utf-8") + f"\n\nEdition {i}.\n"
            (folder / f"{i:02d}_{seed.name}").write_text(text, encoding="utf-8")
    sizes: list[int] = []
    with Store.open(db_path, write=True) as store:
        commit = store.commit
        store.commit = lambda: (commit(), sizes.append(len(store.article_ids())))  # type: ignore[method-assign]
        report = ingest(store, [folder], jobs=1, batch_size=5, batch_seconds=1e9)
    # A commit rewrites the whole catalog: once the store holds over 2 batches, a batch is
    # half of it, so the number of commits grows with the log of the store's size.
    assert sizes == [5, 10, 15, 22, 33, 49, 60]
    assert report.commits == len(sizes) and report.added == 60
