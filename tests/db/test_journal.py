"""The catalog journal: commits append what changed, a torn last line is the batch in flight,
damage is named, compaction folds the journal into the base, an older store is upgraded once."""

from __future__ import annotations

import shutil
from pathlib import Path

import orjson
import pytest

from store.db import catalog as catalog_module
from store.db.bodies import seal
from store.db.journal import apply_patch, diff_doc, read_journal, store_signature
from store.db.schema import SCHEMA_VERSION
from store.db.store import Store
from store.doctor import check, leftover_notes
from store.errors import StoreCorrupt
from store.paths import bundled_seeds, journal_path
from tui.cli import main


@pytest.fixture
def no_compaction(monkeypatch: pytest.MonkeyPatch) -> None:
    """Commits stay in the journal whatever its size (as in a large store)."""
    monkeypatch.setattr(catalog_module, "COMPACT_SHARE", 1e9)


def _add(db: Path, make_pair, *files: str) -> None:
    with Store.open(db, write=True) as store:
        for i, name in enumerate(files):
            store.add(*make_pair(name, extra=f" Note {name} {i}."))
            store.commit()


def _base_meta(db: Path) -> dict[str, object]:
    return next(iter(orjson.loads(db.read_bytes())["meta"].values()))


def test_a_commit_appends_to_the_journal_and_leaves_the_base(
    db_path: Path, make_pair, no_compaction: None
) -> None:
    _add(db_path, make_pair, "a.txt")
    base = db_path.read_bytes()
    before = journal_path(db_path).stat().st_size
    _add(db_path, make_pair, "b.txt", "c.txt")
    assert db_path.read_bytes() == base  # not rewritten
    replay = read_journal(db_path, int(_base_meta(db_path)["generation"]))
    assert [e.generation for e in replay.entries][-2:] == [2, 3]
    assert replay.end == journal_path(db_path).stat().st_size > before
    with Store.open(db_path) as store:
        assert len(store.article_ids()) == 3 and store.generation == 3
    assert check(db_path) == []


def test_a_torn_last_line_is_the_batch_in_flight(
    db_path: Path, make_pair, no_compaction: None
) -> None:
    _add(db_path, make_pair, "a.txt", "b.txt")
    journal = journal_path(db_path)
    whole = journal.read_bytes()
    journal.write_bytes(whole + b'{"crc":"0badf00d","generation":9,"me')  # killed mid-write
    with Store.open(db_path) as store:  # readers ignore it and touch nothing
        assert len(store.article_ids()) == 2
    assert journal.read_bytes().endswith(b'"me')
    assert check(db_path) == []
    notes = leftover_notes(db_path)
    assert any("cut short" in n and "never stored" in n for n in notes), notes
    with Store.open(db_path, write=True) as store:
        assert any("dropped the last commit" in n for n in store.notices)
        store.add(*make_pair("c.txt", extra=" Later."))
        store.commit()
    assert journal.read_bytes().startswith(whole) and journal.read_bytes().endswith(b"\n")
    with Store.open(db_path) as store:
        assert len(store.article_ids()) == 3
    assert check(db_path) == [] and not any("cut short" in n for n in leftover_notes(db_path))


def test_damage_before_the_last_line_is_named(
    db_path: Path, make_pair, no_compaction: None
) -> None:
    _add(db_path, make_pair, "a.txt", "b.txt", "c.txt")
    journal = journal_path(db_path)
    raw = bytearray(journal.read_bytes())
    at = raw.index(b'"title":"') + 10  # inside the first commit's article
    raw[at] = ord("Q") if raw[at] != ord("Q") else ord("Z")
    journal.write_bytes(bytes(raw))
    with pytest.raises(StoreCorrupt, match="journal line at offset 0 is damaged"):
        Store.open(db_path)
    problems = check(db_path)
    assert len(problems) == 1 and "checksum does not match" in problems[0]
    assert main(["ingest", "--db", str(db_path), str(db_path.parent / "none.txt")]) == 1


def test_lines_the_base_holds_are_skipped(db_path: Path, make_pair, no_compaction: None) -> None:
    """A compaction stopped between its new base and the journal's removal loses nothing."""
    _add(db_path, make_pair, "a.txt", "b.txt")
    journal = journal_path(db_path)
    kept = journal.read_bytes()
    with Store.open(db_path, write=True) as store:
        store.compact()
    assert not journal.exists() and _base_meta(db_path)["generation"] == 2
    journal.write_bytes(kept)  # as if the removal never reached the disk
    with Store.open(db_path) as store:
        assert len(store.article_ids()) == 2 and store.generation == 2
    assert check(db_path) == []
    _add(db_path, make_pair, "c.txt")
    with Store.open(db_path) as store:
        assert len(store.article_ids()) == 3 and store.generation == 3


def test_a_gap_in_generations_is_damage(db_path: Path, make_pair, no_compaction: None) -> None:
    _add(db_path, make_pair, "a.txt", "b.txt", "c.txt")
    journal = journal_path(db_path)
    lines = journal.read_bytes().splitlines(keepends=True)
    journal.write_bytes(b"".join([lines[0], *lines[2:]]))  # the second commit lost
    with pytest.raises(StoreCorrupt, match="skips from generation"):
        Store.open(db_path)
    assert any("skips from generation" in p for p in check(db_path))


def test_the_journal_is_compacted_once_it_outgrows_its_share(db_path: Path, make_pair) -> None:
    _add(db_path, make_pair, "a.txt", "b.txt")  # small: each commit is half the store
    assert not journal_path(db_path).exists()
    assert _base_meta(db_path)["generation"] == 2


def test_compact_command_folds_the_journal(
    db_path: Path, make_pair, no_compaction: None, capsys: pytest.CaptureFixture[str]
) -> None:
    _add(db_path, make_pair, "a.txt", "b.txt")
    assert journal_path(db_path).exists()
    assert main(["compact", "--db", str(db_path)]) == 0
    assert "compacted" in capsys.readouterr().err
    assert not journal_path(db_path).exists() and _base_meta(db_path)["generation"] == 2
    with Store.open(db_path) as store:
        assert len(store.article_ids()) == 2
    assert check(db_path) == []


def test_a_reader_follows_commits_in_the_journal(
    db_path: Path, make_pair, no_compaction: None
) -> None:
    _add(db_path, make_pair, "a.txt")
    with Store.open(db_path) as reader:
        seen = store_signature(db_path)
        _add(db_path, make_pair, "b.txt")
        assert store_signature(db_path) != seen  # what the explorer polls
        assert reader.reload_if_changed() and len(reader.article_ids()) == 2
        assert not reader.reload_if_changed()


def test_a_store_of_the_last_schema_is_upgraded_once(
    db_path: Path, make_pair, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    _add(db_path, make_pair, "a.txt")
    data = orjson.loads(db_path.read_bytes())
    next(iter(data["meta"].values()))["schema"] = 2  # as the release before journals wrote it
    db_path.write_bytes(orjson.dumps(data))
    old = db_path.read_bytes()
    with Store.open(db_path) as store:  # a reader changes nothing
        assert len(store.article_ids()) == 1
    assert db_path.read_bytes() == old and check(db_path) == []
    more = tmp_path / "more"
    more.mkdir()
    shutil.copy(sorted(bundled_seeds().glob("*.txt"))[0], more)
    assert main(["ingest", "--db", str(db_path), str(more)]) == 0
    err = capsys.readouterr().err
    assert err.count("upgraded the store from schema 2") == 1
    assert _base_meta(db_path)["schema"] == SCHEMA_VERSION
    assert main(["ingest", "--db", str(db_path), str(more)]) == 0
    assert "upgraded" not in capsys.readouterr().err
    with Store.open(db_path) as store:
        assert len(store.article_ids()) == 2


def test_a_writer_checks_again_only_what_changed_since_the_last(
    db_path: Path, make_pair, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The whole-store check before building runs when a file moved since the last writer."""
    from store.db import store as store_module

    _add(db_path, make_pair, "a.txt")
    checked: list[Path] = []
    real = store_module.damaged_bodies
    monkeypatch.setattr(
        store_module, "damaged_bodies", lambda path, *a: checked.append(path) or real(path, *a)
    )
    _add(db_path, make_pair, "b.txt")
    assert checked == []  # as the last writer left it
    segment = db_path.with_name(db_path.name + ".bodies")
    raw = bytearray(segment.read_bytes())
    at = raw.index(b'"text":"') + 10
    raw[at] = ord("Q") if raw[at] != ord("Q") else ord("Z")
    segment.write_bytes(bytes(raw))  # changed behind the store's back
    with pytest.raises(StoreCorrupt, match="will not add to a damaged store"):
        Store.open(db_path, write=True)
    assert len(checked) == 1


def test_a_repaired_copy_holds_the_commits_of_the_journal(
    db_path: Path, make_pair, no_compaction: None, tmp_path: Path
) -> None:
    from store.doctor import repair

    _add(db_path, make_pair, "a.txt", "b.txt")
    assert journal_path(db_path).stat().st_size > 0
    out = tmp_path / "copy" / "out.json"
    assert repair(db_path, out) == 2
    with Store.open(out) as store:
        assert len(store.article_ids()) == 2


def test_is_empty_reads_the_base_head_and_opens_only_beside_an_empty_base(
    db_path: Path, make_pair, no_compaction: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    _add(db_path, make_pair, "a.txt")  # an empty base, the article in the journal
    assert not Store.is_empty(db_path)
    with Store.open(db_path, write=True) as store:
        store.compact()
    _add(db_path, make_pair, "b.txt")
    loads: list[Path] = []
    real = catalog_module.Catalog.load
    monkeypatch.setattr(catalog_module.Catalog, "load", lambda self: loads.append(self.path) or real(self))
    assert not Store.is_empty(db_path) and loads == []  # the base's head answers


def test_a_changed_record_is_journaled_as_what_changed_and_reads_back_whole(
    db_path: Path, make_pair, no_compaction: None
) -> None:
    _add(db_path, make_pair, "a.txt")
    with Store.open(db_path, write=True) as writer:
        for i, name in enumerate(["b.txt", "c.txt", "d.txt"]):
            writer.add(*make_pair(name, extra=f" Again {i}."))
            writer.commit()
        expected = (writer.articles(), writer.actors(), writer.agreements())
    lines = journal_path(db_path).read_bytes().splitlines()
    later = orjson.loads(lines[-1])
    assert later["patch"] and "merge" in str(later["patch"])  # Japan gained an article
    assert all(d["id"] not in str(later["patch"]) for d in later["put"].get("actors", []))
    with Store.open(db_path) as reader:
        assert (reader.articles(), reader.actors(), reader.agreements()) == expected
    assert check(db_path) == []


def test_a_patch_that_does_not_fit_is_damage(db_path: Path, make_pair, no_compaction: None) -> None:
    _add(db_path, make_pair, "a.txt", "b.txt")
    journal = journal_path(db_path)
    lines = journal.read_bytes().splitlines(keepends=True)
    raw = orjson.loads(lines[-1])
    assert raw["patch"]
    table, patches = next(iter(raw["patch"].items()))
    patches[0]["id"] = "nobody"
    del raw["crc"]
    journal.write_bytes(b"".join(lines[:-1]) + seal(orjson.dumps(raw)) + b"\n")
    with pytest.raises(StoreCorrupt, match="names a record that is not there"):
        Store.open(db_path)
    assert any("names a record that is not there" in p for p in check(db_path))


@pytest.mark.parametrize("size", [2, 40])  # both sides of journal._LONG
def test_a_mapping_only_added_to_is_patched_with_its_new_keys_alone(size: int) -> None:
    base = {f"a{i}": i for i in range(size)}
    old = {"id": "c-x", "articles": base, "roles": [[1]]}
    grown = {"id": "c-x", "articles": {**base, "n1": 1, "n2": 5}, "roles": [[1], [2]]}
    patch = diff_doc(old, grown)
    assert patch == {"id": "c-x", "merge": {"articles": {"n1": 1, "n2": 5}}, "extend": {"roles": [[2]]}}
    # a key changed, moved or gone before the new ones: what differs, key by key
    changed = {"id": "c-x", "articles": {**base, "a0": -1, "n1": 1}}
    assert diff_doc(old, changed) == {
        "id": "c-x", "merge": {"articles": {"a0": -1, "n1": 1}}, "unset": ["roles"]
    }
    moved = {"id": "c-x", "articles": {"a1": 1, **base, "n1": 1}, "roles": [[1]]}
    assert diff_doc(old, moved) == {"id": "c-x", "merge": {"articles": {"n1": 1}}}
    dropped = {"id": "c-x", "articles": {**base, "n1": 1, "n2": 1}, "roles": [[1]]}
    del dropped["articles"]["a1"]
    assert diff_doc(old, dropped) == {
        "id": "c-x", "merge": {"articles": {"n1": 1, "n2": 1}}, "drop": {"articles": ["a1"]}
    }
    for new in (grown, changed, moved, dropped):
        doc = orjson.loads(orjson.dumps(old))
        apply_patch(doc, diff_doc(old, new))
        assert doc == new


@pytest.mark.parametrize(("share", "compacts"), [(0.0, True), (1e9, False)])
def test_a_large_base_is_compacted_once_the_journal_outgrows_its_smaller_share(
    db_path: Path, make_pair, monkeypatch: pytest.MonkeyPatch, share: float, compacts: bool
) -> None:
    monkeypatch.setattr(catalog_module, "COMPACT_SHARE", 1e9)  # a small base never would
    _add(db_path, make_pair, "a.txt")
    monkeypatch.setattr(catalog_module, "LARGE_BASE", 1)  # every base is a large one
    monkeypatch.setattr(catalog_module, "LARGE_SHARE", share)
    _add(db_path, make_pair, "b.txt", "c.txt")
    grown = journal_path(db_path).exists() and journal_path(db_path).stat().st_size > 0
    assert grown is not compacts
    in_base = len(orjson.loads(db_path.read_bytes())["articles"])
    assert in_base == (3 if compacts else 0)  # written whole: the base holds every article
    with Store.open(db_path) as store:
        assert len(store.article_ids()) == 3
