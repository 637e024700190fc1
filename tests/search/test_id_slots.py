"""Finding the saved slots of a few owner ids by keys, without decoding every id."""

from __future__ import annotations

import numpy as np

from store.search.columns import Strings
from store.search.id_slots import _keys, key_of, slots_of


def _column(*parts: list[str]) -> Strings:
    made = []
    for items in parts:
        blob = b"".join(i.encode("utf-8") + b"\n" for i in items)
        ends = np.cumsum([len(i.encode("utf-8")) + 1 for i in items]).astype(np.int64)
        made.append((blob, ends))
    return Strings(made)


ITEMS = ["", "a", "c-japan", "p-ana-silva-souza-de-oliveira-2", "g-ñandú-pact", "o-x", "c-japan-2"]


def test_the_key_of_an_item_is_the_key_its_column_gives_it() -> None:
    column = _column(ITEMS[:4], ITEMS[4:])
    assert _keys(column).tolist() == [key_of(i) for i in ITEMS]


def test_the_slots_of_the_ids_asked_for_and_no_others() -> None:
    column = _column(ITEMS[:4], ITEMS[4:])
    slots = np.asarray([1, 2, 3, 4, 6])
    found = slots_of(column, slots, ["c-japan", "c-japan-2", "o-x", "nowhere"])
    assert found == {"c-japan": 2, "c-japan-2": 6}  # "o-x" (slot 5) is not among the slots


def test_an_id_held_twice_among_the_slots_is_refused() -> None:
    column = _column(["c-fr", "c-de", "c-fr"])
    assert slots_of(column, np.asarray([0, 1, 2]), ["c-de"]) is None
    assert slots_of(column, np.asarray([0, 1]), ["c-fr"]) == {"c-fr": 0}


def test_ids_that_differ_only_inside_have_keys_of_their_own() -> None:
    ids = ["g-rwanda-djibouti-arms-deal", "g-rwanda-dominica-arms-deal", "g-rwanda-pakistan-arms-deal"]
    assert len({key_of(i) for i in ids}) == 3


def test_ids_of_the_same_key_are_told_apart_by_their_text(monkeypatch) -> None:  # noqa: ANN001
    import store.search.id_slots as id_slots

    monkeypatch.setattr(id_slots, "_keys", lambda column: np.zeros(len(column), np.uint64))
    monkeypatch.setattr(id_slots, "key_of", lambda text: 0)  # every id the same key
    one, two = "p-one", "p-two"
    column = _column([one, "x", two])
    assert id_slots.slots_of(column, np.asarray([0, 1, 2]), [two, one]) == {one: 0, two: 2}
