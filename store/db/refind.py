"""Finding a correction's targets again after ids changed: by id while the record there is
still the one meant, else by the names (and kind) the record had when the correction was made.

A rebuild may give an entity another id (ids follow names, and a merged record's names now
point elsewhere), so a correction stores a ``TargetRef`` per target, never the id alone.
"""

from __future__ import annotations

from store.db.fold import Workspace
from store.db.schema import ACTORS, AGREEMENTS
from store.records import Actor, Agreement, TargetRef


def names_of(record: Actor | Agreement) -> set[str]:
    return {n.casefold() for n in (record.name, *record.aliases) if n}


def kind_of(record: Actor | Agreement) -> str:
    return record.kind if isinstance(record, Actor) else "agreement"


def ref_of(ws: Workspace, id: str) -> TargetRef | None:
    """The ref of the record ``id`` as it is now; None for an unknown id."""
    for table in (ACTORS, AGREEMENTS):
        record = ws.table(table).get(id)
        if record is not None:
            return TargetRef(table, id, kind_of(record), record.name, tuple(record.aliases))
    return None


class Finder:
    """Lookups by name over a workspace's records, kept up to date as corrections change them."""

    def __init__(self, ws: Workspace) -> None:
        self.ws = ws
        self._index: dict[tuple[str, str], list[str]] = {}
        for table in (ACTORS, AGREEMENTS):
            for record in ws.table(table).values():
                self.note(table, record)

    def note(self, table: str, record: Actor | Agreement) -> None:
        """Index the record under its name (call after a correction renamed or made it)."""
        ids = self._index.setdefault((table, record.name.casefold()), [])
        if record.id not in ids:
            ids.append(record.id)

    def find(self, ref: TargetRef) -> str | None:
        """The id of the record ``ref`` means now, or None when there is none.

        By name, only a record of the same kind whose own name it is answers: never one
        holding it as an alias (a merge or split leaves names there that mean another record
        now), nor a person named like a country."""
        records = self.ws.table(ref.table)
        wanted = {n.casefold() for n in (ref.name, *ref.aliases) if n}
        here = records.get(ref.id)
        if here is not None and names_of(here) & wanted:
            return ref.id
        key = ref.name.casefold()
        found = [
            id
            for id in self._index.get((ref.table, key), ())
            if (record := records.get(id)) is not None
            and record.name.casefold() == key  # not stale: the record kept the name
            and kind_of(record) == ref.kind
        ]
        return min(found) if found else None
