"""The name index's sorted tables: lookups by binary search over the saved bytes, the changes a
writer made on top of them, and every entry merged for a new base."""

from __future__ import annotations

import marshal

from store.db.names_tables import (
    DiskMap,
    DiskSet,
    Table,
    decode_key,
    encode_key,
    pack,
    plain_entries,
)


def _table(part: object) -> Table:
    raw = b"junk" + pack(plain_entries(part)) + b"more"
    return Table(raw, 4, len(raw) - 4)


def test_a_table_finds_every_key_it_holds_and_no_other() -> None:
    part = {f"name {i:04d}": [f"id-{i}"] for i in range(0, 600, 3)}
    table = _table(part)
    assert len(table) == len(part)
    for key, value in part.items():
        assert marshal.loads(table.find(encode_key(key)) or b"") == value
    assert table.find(b"name 0001") is None and table.find(b"") is None and table.find(b"zz") is None
    assert _table({}).find(b"x") is None


def test_keys_of_every_shape_come_back_as_they_went_in() -> None:
    unnamed = (frozenset({"c-fr", "c-in"}), "sale")
    assert decode_key(encode_key(unnamed), True, False) == unnamed
    assert decode_key(encode_key(("person", "ana silva")), False, True) == ("person", "ana silva")
    assert decode_key(encode_key("solo"), False, False) == "solo"


def test_a_map_reads_through_to_the_table_and_keeps_changes_made_in_place() -> None:
    disk = DiskMap(_table({"a": ["g-1"], "b": ["g-2"]}))
    assert disk.get("a") == ["g-1"] and "b" in disk and "c" not in disk and disk.get("c") is None
    disk.setdefault("a", []).append("g-3")  # the value read is the one changed
    disk.setdefault("c", []).append("g-4")
    assert disk["a"] == ["g-1", "g-3"]
    changed = disk.changed()
    assert set(changed) == {b"a", b"c"}  # not "b": read, unchanged
    disk.settle(changed)
    assert disk.changed() == {}
    entries = dict(disk.entries())
    assert {k: marshal.loads(v) for k, v in entries.items()} == {
        b"a": ["g-1", "g-3"], b"b": ["g-2"], b"c": ["g-4"]
    }


def test_the_tail_outranks_the_base() -> None:
    disk = DiskMap(_table({"a": 1, "b": 2}), {b"a": marshal.dumps(5)})
    assert disk["a"] == 5 and disk["b"] == 2
    assert dict(disk.entries())[b"a"] == marshal.dumps(5)


def test_a_set_adds_and_discards_and_only_members_are_saved() -> None:
    disk = DiskSet(_table({"p-1", "p-2"}))
    assert "p-1" in disk and "p-9" not in disk
    disk.discard("p-1")
    disk.add("p-3")
    disk.discard("p-8")  # never there: nothing to save
    assert "p-1" not in disk and "p-3" in disk
    changed = disk.changed()
    assert set(changed) == {b"p-1", b"p-3"}
    assert [k for k, _ in disk.entries()] == [b"p-2", b"p-3"]
    again = DiskSet(_table({"p-1", "p-2"}), dict(changed))  # as the next writer reads it
    assert "p-1" not in again and "p-3" in again and "p-2" in again


def test_none_is_in_no_table() -> None:
    assert None not in DiskSet(_table({"p-1"})) and DiskMap(_table({"a": 1})).get(None) is None
