"""Mentions that only change id or kind are kept in the article's catalog entry (``relink``):
no body line is appended, and every reader sees the mentions as corrected."""

from __future__ import annotations

from pathlib import Path

from store.db.relink import relinked
from store.db.store import Store
from store.doctor import check
from store.fixing import refresh_index, write_fix
from store.paths import bodies_path
from store.records import Correction, Mention
from tests.db.corrections.conftest import article_of

OKAFOR, ERIKSEN, JAPAN = "p-amara-okafor", "p-lars-eriksen", "c-japan"


def test_relinked_maps_ids_drops_unmarked_and_sets_kinds() -> None:
    mentions = [Mention("a", "person", 0, 0, 3), Mention("b", "person", 0, 5, 8), Mention("c", "country", 1, 9, 12)]
    got = relinked(mentions, {"to": {"a": "b", "c": None}, "kind": {"a": "organization"}})
    assert [(m.entity, m.kind, m.start) for m in got] == [("b", "organization", 0), ("b", "person", 5)]
    assert relinked(mentions, {}) == mentions


def test_merge_delete_and_kind_append_no_body_line(store_at: Path) -> None:
    segment = bodies_path(store_at)
    size = segment.stat().st_size
    write_fix(store_at, "correct", Correction("merge", (OKAFOR, ERIKSEN)))
    write_fix(store_at, "correct", Correction("kind", (OKAFOR,), {"kind": "organization"}))
    write_fix(store_at, "correct", Correction("delete", (JAPAN,)))
    assert segment.stat().st_size == size
    with Store.open(store_at) as store:
        relinks = [m.relink for m in store.articles() if m.relink]
        assert relinks  # the corrections live in the catalog
        for meta in store.articles():
            for m in store.body(meta.id).mentions:
                assert m.entity not in (ERIKSEN, JAPAN)
                if m.entity == OKAFOR:
                    assert m.kind == "organization"
    assert check(store_at) == []  # the doctor reads the mentions as corrected too


def test_a_split_after_a_merge_writes_the_mentions_as_they_are_and_clears_the_relink(store_at: Path) -> None:
    with Store.open(store_at, write=True) as store:
        store.correct(Correction("merge", (OKAFOR, ERIKSEN)))
        b = article_of(store, "b.txt")
        assert store.article(b).relink  # type: ignore[union-attr]
        before = store.body(b).mentions
        store.correct(Correction("split", (OKAFOR,), {"articles": [b], "name": "A. Okafor"}))
        meta = store.article(b)
        assert meta is not None and not meta.relink
        made = store.corrections()[-1].made[0]
        after = store.body(b).mentions
        assert [(m.start, m.entity == made) for m in after] == [(m.start, m.entity == OKAFOR) for m in before]
        refresh_index(store)
    assert check(store_at) == []
