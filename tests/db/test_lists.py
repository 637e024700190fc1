"""The list file (``PATH.lists``): written at each commit, trusted only when its stamp matches
the catalog, written again by the next writer or ``doctor`` when missing, damaged or stale."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from store.db import leftovers, lists_file
from store.db import lists as lists_module
from store.db.lists import (
    ActorLine,
    lines_of,
    lists_fresh,
    lists_path,
    read_lists,
    sort_lines,
    write_lists,
)
from store.db.store import Store
from store.doctor import lists_note
from store.records import Extraction
from tests.tui_support import actor, make_article


def add(store: Store, n: int, start: int = 0) -> None:
    """``n`` small articles, each naming two countries (one shared by all) and a person."""
    for i in range(start, start + n):
        article = make_article(
            f"a{i:03d}",
            f"Talks number {i}" if i % 3 else "",
            [("text", [f"Norway and Chile{i} met. Envoy{i} Smith spoke."])],
            published=f"2024-01-{1 + i % 28:02d}" if i % 4 else None,
        )
        hits = [actor(article, "country", "Norway"), actor(article, "country", f"Chile{i}")]
        hits.append(actor(article, "person", f"Envoy{i} Smith"))
        store.add(article, Extraction(article.id, actors=hits))


def committed(db: Path, n: int, start: int = 0) -> None:
    """A writer's one commit of ``add(store, n, start)``."""
    with Store.open(db, write=True) as store:
        add(store, n, start)
        store.commit()


def expected(path: Path):  # noqa: ANN201 - a Lines
    with Store.open(path) as store:
        return sort_lines(lines_of(store.generation, store.articles(), store.actors()))


def test_each_commit_writes_the_lines_the_lists_show(tmp_path: Path) -> None:
    db = tmp_path / "s.json"
    with Store.open(db, write=True) as store:
        add(store, 5)
        store.commit()
        first = read_lists(db)
        assert first is not None and first.generation == store.generation
        add(store, 3, start=5)
        store.commit()
    lines = read_lists(db)
    assert lines is not None and lines == expected(db)
    assert len(lines.articles) == 8
    with Store.open(db) as store:  # in the store's own orders
        assert [m.id for m in lines.articles] == [m.id for m in store.articles()]
        listed = [a.id for a in store.actors() if a.articles]
        assert [a.id for a in lines.actors] == listed
    norway = next(a for a in lines.actors if a.name == "Norway")
    assert norway == ActorLine(norway.id, "country", "Norway", [], norway.code, 8)
    titled = next(a for a in lines.articles if a.id == "a001")
    assert (titled.shown, titled.published, titled.sentences) == ("Talks number 1", "2024-01-02", 1)
    assert lines.articles[-1].published is None  # undated last, as the store sorts them


def test_a_commit_the_list_file_missed_makes_it_untrusted_until_the_next_writer(
    tmp_path: Path,
) -> None:
    db = tmp_path / "s.json"
    committed(db, 4)
    old = lists_path(db).read_bytes()
    committed(db, 2, start=4)
    lists_path(db).write_bytes(old)  # as if killed between the catalog's commit and the file
    assert read_lists(db) is None and not lists_fresh(db)
    with Store.open(db) as store:  # a reader neither trusts nor writes it
        assert len(store.article_ids()) == 6
    assert lists_path(db).read_bytes() == old
    committed(db, 1, start=6)  # the next writer's commit writes it again
    assert lists_fresh(db) and read_lists(db) == expected(db)


@pytest.mark.parametrize(
    "damage",
    [b"", b"not json", b'{"format":1,"generation":1,"signature":[1,2,3,4]', b'{"format":99}'],
)
def test_a_damaged_list_file_is_never_read_and_doctor_writes_it_again(
    tmp_path: Path, damage: bytes
) -> None:
    db = tmp_path / "s.json"
    committed(db, 3)
    lists_path(db).write_bytes(damage)
    assert read_lists(db) is None
    note = lists_note(db)
    assert note is not None and "out of date" in note and "written again" in note
    assert read_lists(db) == expected(db)
    assert lists_note(db) is None


def test_rows_whose_stamp_matches_but_that_disagree_are_rewritten_by_doctor(tmp_path: Path) -> None:
    db = tmp_path / "s.json"
    with Store.open(db, write=True) as store:
        add(store, 3)
        store.commit()
        signature = store.signature
    wrong = expected(db)
    wrong.articles[0].shown = "Not what the catalog says"
    write_lists(db, wrong, signature)
    assert read_lists(db) == wrong  # the stamp alone cannot tell
    assert lists_note(db) is not None
    assert read_lists(db) == expected(db)


def test_a_store_of_the_last_release_opens_and_gets_its_list_file(tmp_path: Path) -> None:
    db = tmp_path / "s.json"
    committed(db, 3)
    os.unlink(lists_path(db))  # what a store written before the list file looks like
    with Store.open(db) as store:
        assert len(store.articles()) == 3
    assert not lists_path(db).exists()
    note = lists_note(db)
    assert note is not None and "missing" in note
    assert read_lists(db) == expected(db)


def test_a_killed_writers_temporary_list_file_is_a_leftover(tmp_path: Path) -> None:
    db = tmp_path / "s.json"
    dead = 2**22 + 12345  # above any pid the kernel gives out here
    tmp = tmp_path / f".s.json.lists.{dead}.tmp"
    tmp.write_bytes(b"{}")
    assert [item.path for item in leftovers.find(db)] == [tmp]


def test_compacting_writes_the_list_file_for_the_new_base(tmp_path: Path) -> None:
    db = tmp_path / "s.json"
    with Store.open(db, write=True) as store:
        add(store, 3)
        store.commit()
        add(store, 1, start=3)
        store.commit()
        store.compact()
    assert read_lists(db) == expected(db)


def test_doctor_at_the_command_line_writes_a_missing_list_file_and_finds_no_problem(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tui.cli import main

    db = tmp_path / "s.json"
    committed(db, 2)
    os.unlink(lists_path(db))
    assert main(["doctor", "--db", str(db)]) == 0
    err = capsys.readouterr().err
    assert "s.json.lists: was missing; written again" in " ".join(err.split())
    assert read_lists(db) == expected(db)
    assert main(["doctor", "--db", str(db)]) == 0
    assert "lists" not in capsys.readouterr().err


def test_later_commits_append_only_what_they_wrote_and_still_match_the_records(
    tmp_path: Path,
) -> None:
    from store.records import Correction

    db = tmp_path / "s.json"
    committed(db, 30)
    base = lists_path(db).read_bytes()
    with Store.open(db, write=True) as store:  # appends to the file, reading no line of it
        add(store, 1, start=30)
        store.commit()
        assert store._lists.book is None
        assert lists_path(db).read_bytes().startswith(base)
        assert read_lists(db) == expected(db)
        chile = [a.id for a in store.actors() if a.name in ("Chile1", "Chile2")]
        store.correct(Correction("merge", tuple(chile)))  # one goes, one gains its articles
        store.commit()
    assert lists_path(db).read_bytes().startswith(base)
    lines = read_lists(db)
    assert lines is not None and lines == expected(db)
    assert sum(a.name.startswith("Chile") for a in lines.actors) == 30


def test_the_tail_is_folded_into_a_new_base_once_it_outgrows_its_share(tmp_path: Path) -> None:
    db = tmp_path / "s.json"
    committed(db, 20)
    base = lists_path(db).read_bytes()
    with Store.open(db, write=True) as store:
        for i in range(20, 32):
            add(store, 1, start=i)
            store.commit()
            assert read_lists(db) == expected(db)
    state = lists_file.state(db)
    assert not lists_path(db).read_bytes().startswith(base)  # written whole since
    assert state is not None and not state.fold_due


def test_a_record_cut_short_makes_the_file_stale_and_the_next_writer_writes_it_whole(
    tmp_path: Path,
) -> None:
    db = tmp_path / "s.json"
    with Store.open(db, write=True) as store:
        add(store, 30)
        store.commit()
        add(store, 1, start=30)
        store.commit()
    raw = lists_path(db).read_bytes()
    lists_path(db).write_bytes(raw[:-5])  # a kill in the middle of the append
    assert read_lists(db) is None and not lists_fresh(db)
    committed(db, 1, start=31)
    assert lists_fresh(db) and read_lists(db) == expected(db)
    state = lists_file.state(db)
    assert state is not None and state.tail == 0


def test_a_list_file_of_the_last_format_is_read_and_written_again_by_the_next_writer(
    tmp_path: Path,
) -> None:
    import orjson

    db = tmp_path / "s.json"
    with Store.open(db, write=True) as store:
        add(store, 5)
        store.commit()
        signature = store.signature
    lines = expected(db)
    old = {"format": 1, "generation": lines.generation, "signature": list(signature or ())}
    old.update(lists_module._columns(lines))
    lists_path(db).write_bytes(orjson.dumps(old))  # as the last release wrote it
    assert read_lists(db) == lines
    with Store.open(db, write=True) as store:
        add(store, 1, start=5)
        store.commit()
        assert store._lists.book is not None  # taken up from the old file, not the records
    assert lists_path(db).read_bytes().startswith(b'{"format":2,')
    assert read_lists(db) == expected(db)


def test_a_list_file_that_cannot_be_written_is_removed_not_left_stale(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "s.json"
    with Store.open(db, write=True) as store:
        add(store, 2)
        store.commit()
        assert lists_path(db).exists()

        def full(*args: object) -> int:
            raise OSError(28, "No space left on device")

        monkeypatch.setattr(lists_file, "open_regular", full)
        add(store, 1, start=2)
        store.commit()  # the commit itself holds
    monkeypatch.undo()
    assert not lists_path(db).exists()
    assert not list(tmp_path.glob(".s.json.lists.*"))
    with Store.open(db) as store:
        assert len(store.article_ids()) == 3
