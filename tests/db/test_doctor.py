"""``pactscope doctor``: every kind of damage is named on its own line, and ``--repair OUT`` salvages
every readable article into a consistent new store while the damaged one stays byte-identical."""

from __future__ import annotations

import shutil
from pathlib import Path

import orjson
import pytest

from store.db.store import Store, bodies_path
from store.doctor import check, repair, summary
from store.errors import StoreError, StoreVersion
from store.ingest import ingest
from store.search.upkeep import index_dir, index_for_store
from tests.db.crash_support import assert_consistent, write_corpus
from tui.cli import main

COUNT = 12


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("doctor")
    write_corpus(root / "articles", count=COUNT, seed=7)
    db = root / "store" / "pactscope.json"
    with Store.open(db, write=True) as store:
        assert ingest(store, [root / "articles"], jobs=1).added == COUNT
    return db


@pytest.fixture
def db(pristine: Path, tmp_path: Path) -> Path:
    shutil.copytree(pristine.parent, tmp_path / "store")
    return tmp_path / "store" / pristine.name


def snapshot(db: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in db.parent.iterdir() if p.is_file()}


def contents(db: Path) -> tuple[dict[str, str], set[tuple[str, str]], set[str]]:
    """Article texts by id, actor (kind, name) pairs and agreement names."""
    with Store.open(db) as store:
        texts = {i: store.body(i).text for i in store.article_ids()}
        return (
            texts,
            {(a.kind, a.name) for a in store.actors()},
            {g.name for g in store.agreements()},
        )


def repaired(db: Path, tmp_path: Path) -> Path:
    before = snapshot(db)
    out = tmp_path / "fixed" / "repaired.json"
    repair(db, out)
    assert snapshot(db) == before, "repair touched the original"
    assert check(out) == []
    assert_consistent(out)
    return out


def offsets(db: Path) -> dict[str, tuple[int, int]]:
    with Store.open(db) as store:
        return {i: tuple(store.article(i).body) for i in store.article_ids()}


def test_healthy_store(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert check(db) == []
    assert main(["--db", str(db), "doctor"]) == 0
    assert "no problems found" in capsys.readouterr().err
    assert summary(db, []).endswith("no problems found")
    assert "2 problems found" in summary(db, ["a", "b"])


def test_truncated_catalog_is_rebuilt_from_the_segment(db: Path, tmp_path: Path) -> None:
    texts, actors, agreements = contents(db)
    db.write_bytes(db.read_bytes()[:-200])
    problems = check(db)
    assert len(problems) == 1 and "not valid JSON" in problems[0] and str(db) in problems[0]
    out = repaired(db, tmp_path)
    assert contents(out) == (texts, actors, agreements)


def test_truncated_segment_keeps_every_complete_body(db: Path, tmp_path: Path) -> None:
    texts, _, _ = contents(db)
    spans = offsets(db)
    segment = bodies_path(db)
    cut = segment.stat().st_size * 2 // 3
    segment.write_bytes(segment.read_bytes()[:cut])
    lost = {i for i, (o, n) in spans.items() if o + n > cut}
    assert lost and len(lost) < COUNT
    problems = check(db)
    assert any("shorter" in p or "bytes, but the catalog committed" in p for p in problems)
    for article_id in lost:
        assert any(article_id in p and "is cut short" in p for p in problems)
    out = repaired(db, tmp_path)
    kept, _, _ = contents(out)
    assert kept == {i: t for i, t in texts.items() if i not in lost}


def test_garbled_body_line_costs_that_article_only(db: Path, tmp_path: Path) -> None:
    texts, _, _ = contents(db)
    spans = offsets(db)
    victim = sorted(spans)[3]
    offset, length = spans[victim]
    segment = bodies_path(db)
    raw = bytearray(segment.read_bytes())
    raw[offset + 10 : offset + length - 10] = b"#" * (length - 20)
    segment.write_bytes(bytes(raw))
    problems = check(db)
    assert len(problems) == 1
    assert problems[0].startswith(f"{segment}: body of article {victim} at {offset} is damaged")
    assert main(["--db", str(db), "doctor"]) == 1
    out = repaired(db, tmp_path)
    kept, _, _ = contents(out)
    assert kept == {i: t for i, t in texts.items() if i != victim}
    with Store.open(out) as store:
        assert all(victim not in a.articles for a in store.actors())
        assert all(victim not in g.articles for g in store.agreements())


def test_dangling_ids_are_named_and_dropped(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    texts, actors, agreements = contents(db)
    data = orjson.loads(db.read_bytes())
    first_article = next(iter(data["articles"].values()))
    first_article["actors"].append("p-nobody")
    first_agreement = next(iter(data["agreements"].values()))
    first_agreement["parties"].append("c-atlantis")
    first_actor = next(iter(data["actors"].values()))
    first_actor["articles"]["0000000000000000"] = 1
    db.write_bytes(orjson.dumps(data))
    problems = check(db)
    assert len(problems) == 3
    assert any("p-nobody" in p and first_article["id"] in p for p in problems)
    assert any("c-atlantis" in p and first_agreement["id"] in p for p in problems)
    assert any("0000000000000000" in p and first_actor["id"] in p for p in problems)
    out = tmp_path / "fixed.json"
    assert main(["--db", str(db), "doctor", "--repair", str(out)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    # three problems, their count, then the copy
    assert len(err) == 5 and "3 problems found" in err[3] and f"with {COUNT} articles" in err[-1]
    assert check(out) == []
    assert contents(out) == (texts, actors, agreements)


def test_duplicate_ids_and_damaged_records(db: Path, tmp_path: Path) -> None:
    texts, _, _ = contents(db)
    data = orjson.loads(db.read_bytes())
    docs = data["articles"]
    docs["999"] = dict(next(iter(docs.values())))
    actor_doc = next(iter(data["actors"]))
    data["actors"][actor_doc] = {"id": 5}
    db.write_bytes(orjson.dumps(data))
    problems = check(db)
    assert any("appears 2 times" in p and docs["999"]["id"] in p for p in problems)
    assert any(f"actors record {actor_doc} is damaged" in p for p in problems)
    out = repaired(db, tmp_path)
    assert contents(out)[0] == texts


def test_stale_and_damaged_search_index(db: Path) -> None:
    with Store.open(db) as store:
        index_for_store(store)  # the ingest's own index, or a fresh one
    assert check(db) == []
    folder = db.parent.parent / "later"
    write_corpus(folder, count=1, seed=3, prefix="late")
    with Store.open(db, write=True) as store:  # a commit without refreshing the index
        from store.extract import extract
        from store.extract.gazetteer import load_gazetteer
        from store.parse.article import parse_article

        path = next(p for p in folder.rglob("*") if p.is_file())
        article = parse_article(path.read_text(), str(path))
        store.add(article, extract(article, load_gazetteer()))
        store.commit()
    problems = check(db)
    assert len(problems) == 1 and "stale" in problems[0] and str(index_dir(db)) in problems[0]
    assert main(["--db", str(db), "search", "agreement"]) == 0  # rebuilds it
    assert check(db) == []
    (index_dir(db) / "meta.json").write_bytes(b'{"format": ')
    problems = check(db)
    assert len(problems) == 1 and "search index is damaged" in problems[0]


def test_everything_damaged_at_once(db: Path, tmp_path: Path) -> None:
    """Catalog lost, the segment cut mid-line and one line garbled: the rest still comes back."""
    texts, _, _ = contents(db)
    spans = offsets(db)
    order = sorted(spans, key=lambda i: spans[i][0])
    garbled, cut_in = order[2], order[-1]
    segment = bodies_path(db)
    raw = bytearray(segment.read_bytes())
    o, n = spans[garbled]
    raw[o : o + 5] = b'\x00\xff{["'
    cut = spans[cut_in][0] + spans[cut_in][1] // 2
    segment.write_bytes(bytes(raw[:cut]))
    db.write_bytes(b'{"meta": {"1": {"app": "pactscope"')
    out = repaired(db, tmp_path)
    kept, _, _ = contents(out)
    assert kept == {i: t for i, t in texts.items() if i not in {garbled, cut_in}}


def test_latest_version_of_a_replaced_file_wins(db: Path, tmp_path: Path) -> None:
    """The segment keeps both versions of a replaced article; a repair from it keeps the newer."""
    with Store.open(db) as store:
        first = store.article_ids()[0]
        record = store._record(first)
    from store.db.schema import article_from_record
    from store.records import Extraction

    old = article_from_record(record)
    old.text = old.text + " Updated."
    import hashlib

    new_id = hashlib.sha256(old.text.encode()).hexdigest()[:16]
    old.id = new_id
    with Store.open(db, write=True) as store:
        store.add(old, Extraction(article_id=new_id))
        store.commit()
    assert check(db) == [] or all("stale" in p for p in check(db))
    db.write_bytes(b"")
    out = repaired(db, tmp_path)
    with Store.open(out) as store:
        assert new_id in store.article_ids() and first not in store.article_ids()
        assert len(store.article_ids()) == COUNT


def test_newer_store_is_not_repaired(db: Path, tmp_path: Path) -> None:
    data = orjson.loads(db.read_bytes())
    data["meta"]["1"]["schema"] = 42
    db.write_bytes(orjson.dumps(data))
    problems = check(db)
    assert len(problems) == 1 and "newer" in problems[0]
    out = tmp_path / "out.json"
    with pytest.raises(StoreVersion, match="not repairing"):
        repair(db, out)
    assert not out.exists() and not bodies_path(out).exists()


def test_repair_never_overwrites(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    out.write_bytes(b"keep me")
    with pytest.raises(StoreError, match="already exists"):
        repair(db, out)
    assert out.read_bytes() == b"keep me"
    other = tmp_path / "other.json"
    bodies_path(other).write_bytes(b"keep")  # as a repair killed between its two files leaves it
    with pytest.raises(StoreError) as caught:
        repair(db, other)
    assert str(caught.value).startswith(f"{bodies_path(other)}: already exists without its catalog")
    assert not other.exists()


def test_repair_places_the_copy_whole(
    db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The copy is built aside: a repair that fails part-way leaves nothing at OUT, a file
    that appears at OUT meanwhile is kept, and a finished one leaves only the store's files."""
    out = tmp_path / "fixed" / "out.json"

    def broken_commit(self: Store, *, force: bool = False) -> None:
        raise OSError("disk full")

    with monkeypatch.context() as patch:
        patch.setattr(Store, "commit", broken_commit)
        with pytest.raises(StoreError, match=r"out.json: cannot write the repaired copy \(disk full\)"):
            repair(db, out)
    assert list(out.parent.iterdir()) == []

    real_open = Store.open

    def racing_open(path: Path, **kwargs: bool | float) -> Store:
        if kwargs.get("write"):
            out.write_bytes(b"theirs")  # another process takes the name mid-repair
        return real_open(path, **kwargs)  # type: ignore[arg-type]

    with monkeypatch.context() as patch:
        patch.setattr(Store, "open", racing_open)
        with pytest.raises(StoreError, match="already exists"):
            repair(db, out)
    assert sorted(p.name for p in out.parent.iterdir()) == ["out.json"]
    assert out.read_bytes() == b"theirs"

    out.unlink()
    assert repair(db, out) == COUNT
    assert sorted(p.name for p in out.parent.iterdir()) == ["out.json", "out.json.bodies"]
    assert check(out) == []


def test_missing_store(tmp_path: Path) -> None:
    assert check(tmp_path / "none.json") == [f"{tmp_path / 'none.json'}: no store here"]


def test_hostile_ids_are_reported_safely(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = orjson.loads(db.read_bytes())
    first = next(iter(data["articles"].values()))
    first["actors"].append("p-\x1b]52;c;aGk=\x07evil\nsecond line\u202e")
    db.write_bytes(orjson.dumps(data))
    problems = check(db)
    assert len(problems) == 1
    for line in problems:
        assert (
            "\n" not in line and "\x1b" not in line and "\x07" not in line and "\u202e" not in line
        )
        assert "evil" in line
    assert main(["--db", str(db), "doctor"]) == 1
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 2 and "\x1b" not in err
    assert "1 problem found" in err.strip().splitlines()[-1]


def test_lost_catalog_is_recovered_from_the_segment(db: Path, tmp_path: Path, capsys) -> None:
    texts, actors, agreements = contents(db)
    db.unlink()
    problems = check(db)
    assert len(problems) == 1 and "catalog is missing" in problems[0] and "--repair" in problems[0]
    out = tmp_path / "back.json"
    assert main(["--db", str(db), "doctor", "--repair", str(out)]) == 1
    assert f"with {COUNT} articles" in capsys.readouterr().err
    assert check(out) == []
    assert contents(out) == (texts, actors, agreements)
    assert not db.exists()  # the original is left as it was


def test_repair_on_a_file_system_without_hard_links(
    db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Where links are refused the copy is renamed into place instead, segment then catalog."""

    def no_links(source: object, target: object) -> None:
        raise PermissionError("operation not permitted")

    monkeypatch.setattr("store.repair.os.link", no_links)
    out = tmp_path / "fixed" / "out.json"
    assert repair(db, out) == COUNT
    assert sorted(p.name for p in out.parent.iterdir()) == ["out.json", "out.json.bodies"]
    assert check(out) == []


def test_doctor_during_an_ingest_says_so_and_raises_no_false_alarm(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with Store.open(db) as store:
        index_for_store(store)  # the index matches the store
    (path,) = write_corpus(tmp_path / "more", count=1, seed=11, prefix="late")
    from store.extract import extract
    from store.ingest import _gazetteer
    from store.parse.article import parse_article
    from store.parse.reader import read_article_file

    article = parse_article(read_article_file(path)[0], str(path))
    with Store.open(db, write=True) as writer:  # committed, index not yet refreshed
        writer.add(article, extract(article, _gazetteer()))
        writer.commit()
        assert check(db) == []
        assert main(["--db", str(db), "doctor"]) == 0
        err = capsys.readouterr().err
        assert "an ingest is writing this store (pid" in err and "no problems found" in err
    problems = check(db)  # the writer is gone and left the index behind: now it is a problem
    assert len(problems) == 1 and "stale" in problems[0]
