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
    """Name lookups over a workspace's records, kept up to date as corrections change them."""

    def __init__(self, ws: Workspace) -> None:
        self.ws = ws
        self._index: dict[tuple[str, str], list[str]] = {}
        for table in (ACTORS, AGREEMENTS):
            for record in ws.table(table).values():
                self.note(table, record)

    def note(self, table: str, record: Actor | Agreement) -> None:
        """Index the record under its names (call after a correction renamed or merged it)."""
        for name in names_of(record):
            ids = self._index.setdefault((table, name), [])
            if record.id not in ids:
                ids.append(record.id)

    def find(self, ref: TargetRef) -> str | None:
        """The id of the record ``ref`` means now, or None when there is none.

        By name, only a record of the same kind answers (a person named like a country is
        never taken for it); the record's own name decides before its aliases."""
        records = self.ws.table(ref.table)
        wanted = {n.casefold() for n in (ref.name, *ref.aliases) if n}
        here = records.get(ref.id)
        if here is not None and names_of(here) & wanted:
            return ref.id
        best: tuple[tuple[bool, str], str] | None = None
        for rank, name in enumerate([ref.name, *ref.aliases]):
            key = name.casefold()
            for id in self._index.get((ref.table, key), ()):
                record = records.get(id)
                if record is None or key not in names_of(record) or kind_of(record) != ref.kind:
                    continue  # stale (the record went or lost the name), or another kind
                score = (record.name.casefold() != key, id)
                if best is None or score < best[0]:
                    best = (score, id)
            if best is not None and rank == 0:
                break  # the record's own name decides before its aliases
        return best[1] if best else None
