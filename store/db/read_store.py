"""``ReadStore``: a store's catalog as records (all made at open, or for a lazy reader each
read from its catalog line when asked for: ``read_records``), its bodies read on demand.

Everything a reader needs (the explorer, export, search, doctor) and nothing of writing:
loading the catalog, following another process's commits (``reload_if_changed``), the
read API and closing. ``Store`` (``store.db.store``) adds the writer lock and the write path.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from store.db import actor_links as relations
from store.db.actor_links import party_index
from store.db.bodies import BodySegment, refuse_lost_catalog
from store.db.catalog import Catalog
from store.db.files import refuse_special
from store.db.journal import store_signature
from store.db.read_records import ReadRecords, Report, names_of
from store.db.relink import relinked
from store.db.schema import (
    ACTORS,
    AGREEMENTS,
    ARTICLES,
    META,
    actor_from_dict,
    agreement_from_dict,
    body_from_dict,
    checksums_from,
    extraction_from_dict,
    meta_from_dict,
)
from store.paths import bodies_path, safe_path
from store.records import Actor, Agreement, ArticleMeta, Body, CorrectionEntry, Extraction


def read_records(
    loaded: Any, convert: Callable[[dict[str, Any]], Any], path: Path, table: str
) -> ReadRecords:
    """A lazily loaded table (``LazyRecords``) as a reader's ``ReadRecords``."""
    return ReadRecords(loaded.held(), convert, f"{safe_path(path)}: the {table} record")


def thaw_frozen() -> None:
    """Unfreeze what earlier loads froze and collect the garbage among it (one full collection).

    A load freezes every object alive at that moment (see ``ReadStore._load``), including the
    caller's cyclic garbage: closed screens, finished workers, old messages and the records
    they point at would never be collected. A process that loads again and again (the
    explorer, reloading beside a feed of ingests) calls this before each new load, so its
    memory stays flat.
    """
    gc.unfreeze()
    gc.collect()


@contextmanager
def made_frozen() -> Iterator[None]:
    """The cyclic collector off while many long-lived objects without cycles are made, and
    everything alive frozen once they are (``ReadStore._load`` says why; ``thaw_frozen``
    undoes it before the next load). Nothing is frozen when making them fails."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
        gc.freeze()
    finally:
        if collecting:
            gc.enable()


class ReadStore:
    """An open store's records and bodies; see the module docstring and docs/architecture.md."""

    path: Path
    generation: int
    lazy = False  # see ``__init__``; a view built otherwise (``Uncorrected``) holds its records
    _report: Report | None = None

    def __init__(self, path: Path, *, write: bool = False, lazy: bool = False) -> None:
        self.path = path
        self.writable = write
        self.lazy = lazy and not write
        """Records read from their catalog lines when asked for (``read_records``), not all
        made at open: a reader that shows or streams a few at a time (the explorer, export)."""
        self._report: Report | None = None
        self._bodies: BodySegment | None = None
        self._closed = False
        refuse_special(bodies_path(path))  # a FIFO there would hang the first read
        self._load()
        if self._signature is None:  # no catalog: a new store, unless its files say otherwise
            refuse_lost_catalog(path)

    def _open_bodies(self) -> None:
        """Open the body segment at the committed length (a writer truncates past it)."""
        committed = self._meta["bodies_length"]
        self._bodies = BodySegment(
            bodies_path(self.path),
            write=self.writable,
            committed=committed,
            checked_from=min(checksums_from(self._meta), committed),
        )

    # --- closing ---------------------------------------------------------------------------

    @property
    def closed(self) -> bool:
        """Whether ``close`` was called (a closed store holds no file and no record)."""
        return self._closed

    def close(self) -> None:
        """Let go of the body segment's descriptors and of the records held in memory.

        A reader that reloads all day (the explorer beside a feed of ingests) swaps stores
        again and again: whatever still points at a closed one must not keep its catalog alive.
        """
        self._closed = True
        bodies, self._bodies = self._bodies, None
        self._articles, self._actors, self._agreements = {}, {}, {}
        self._order = []
        self._log = []
        self._invalidate()
        self._catalog.close()
        if bodies is not None:
            bodies.close()  # may raise (a full disk refuses the last flush)

    # --- loading -------------------------------------------------------------------------

    def _load(self, catalog: Catalog | None = None) -> None:
        # Loading makes millions of small objects and no cycles: the cyclic collector would
        # rescan them again and again (over half the time of opening a large store). Frozen
        # afterwards, they stay out of later collections too, which otherwise made sorting
        # 50k articles for the list take 0.6 s instead of 0.1 s; refcounting still frees them.
        # Freezing takes in every object alive (or cyclic garbage) at that moment, the caller's
        # too: a process that loads again and again calls ``thaw_frozen`` first.
        lazy = self.writable or self.lazy  # a writer reads a few records, a lazy reader too
        with made_frozen():
            self._catalog = catalog or Catalog(self.path, lazy=lazy, lean=self.lazy)
            loaded = self._catalog.load(lazy=lazy)
        if not self.writable:
            self._catalog.forget()
        self._signature = self._catalog.signature
        self._meta: dict[str, Any] = loaded.meta
        self.generation = int(self._meta["generation"])
        self._articles = loaded.articles
        self._actors = loaded.actors
        self._agreements = loaded.agreements
        if self.lazy:
            self._articles, self._actors, self._agreements = (
                read_records(loaded.articles, meta_from_dict, self.path, ARTICLES),
                read_records(loaded.actors, actor_from_dict, self.path, ACTORS),
                read_records(loaded.agreements, agreement_from_dict, self.path, AGREEMENTS),
            )
            self.on_damage = self._report
        self._order = list(loaded.articles)
        self._sorted: list[ArticleMeta] | None = None
        self._of_actor: dict[str, list[str]] | None = None
        self._rank: dict[str, int] | None = None
        self._duplicates = loaded.duplicates
        self._log: list[CorrectionEntry] = loaded.corrections

    def reload_if_changed(self) -> bool:
        """Re-read the catalog if another process committed since; True when it changed."""
        if self.writable:
            return False
        signature = store_signature(self.path)
        if signature is None or signature == self._signature:
            return False
        catalog = Catalog(self.path, lazy=self.lazy, lean=self.lazy)
        meta = next(iter(catalog.storage.data[META].values()))
        if meta.get("generation") == self.generation:
            self._signature = catalog.signature
            return False
        thaw_frozen()
        self._load(catalog)
        if self._bodies is not None:
            self._bodies.checked_from = min(
                checksums_from(self._meta), self._meta["bodies_length"]
            )
        return True

    def _invalidate(self) -> None:
        """Forget the sorted and indexed views of the records (they changed)."""
        self._sorted = None
        self._of_actor = None
        self._rank = None

    @property
    def on_damage(self) -> Report | None:
        """Where a lazy reader says a damaged record it met (one line naming the catalog,
        the line and the record; the record then reads as missing)."""
        return self._report

    @on_damage.setter
    def on_damage(self, report: Report | None) -> None:
        self._report = report
        for records in (self._articles, self._actors, self._agreements):
            if isinstance(records, ReadRecords):
                records.report = report

    # --- reads ---------------------------------------------------------------------------

    @property
    def signature(self) -> tuple[int, ...] | None:
        """The catalog's signature as loaded (``journal.store_signature``; None: no catalog)."""
        return self._signature

    @property
    def meta(self) -> dict[str, Any]:
        """The catalog's meta document (schema, generation, bodies_length, created_by)."""
        return dict(self._meta)

    def articles(self) -> list[ArticleMeta]:
        """All articles, newest first (undated last), then by title (a lazy reader makes
        them all: it streams them with ``each_article`` or sorts ids with ``article_rank``)."""
        if self._sorted is None:
            items = sorted(self._articles.values(), key=lambda m: (m.shown.casefold(), m.id))
            items.sort(key=lambda m: m.published or "", reverse=True)
            if self.lazy:
                return items
            self._sorted = items
        return list(self._sorted)

    def each_article(self) -> Iterator[ArticleMeta]:
        """Every article in the order ingested, one at a time: a lazy reader keeps none of
        them (a pass for a count, a list line or an export)."""
        return iter(self._articles.values())

    def each_actor(self) -> Iterator[Actor]:
        """Every actor in catalog order, one at a time (see ``each_article``)."""
        return iter(self._actors.values())

    def each_agreement(self) -> Iterator[Agreement]:
        """Every agreement in catalog order, one at a time (see ``each_article``)."""
        return iter(self._agreements.values())

    def in_order(self, table: str) -> Iterator[Any]:
        """Every article, actor or agreement (``table``) in the order ``articles``,
        ``actors`` or ``agreements`` gives, one at a time: a lazy reader sorts the ids by the
        fields of their documents and makes each record as it comes (an export's pass)."""
        records = {ARTICLES: self._articles, ACTORS: self._actors, AGREEMENTS: self._agreements}[table]
        if not isinstance(records, ReadRecords):
            yield from {ARTICLES: self.articles, ACTORS: self.actors, AGREEMENTS: self.agreements}[table]()
            return
        if table == ARTICLES:
            rank = self.article_rank()
            ids = sorted(rank, key=rank.__getitem__)
        else:
            keys = [
                (str(doc.get("kind")) if table == ACTORS else "", str(doc.get("name")).casefold(), id)
                for id, doc in records.documents()
            ]
            keys.sort()
            ids = [k[2] for k in keys]
        for id in ids:
            record = records.get(id)
            if record is not None:
                yield record

    def names(self, table: str) -> list[tuple[str, str, str, int]]:
        """(id, name, kind, articles) of every actor or agreement (``table``), in catalog
        order, making no record of a lazy reader's (``read_records.names_of``)."""
        return names_of(self._actors if table == ACTORS else self._agreements)

    def countries(self) -> Iterator[Actor]:
        """Every actor of kind country, in catalog order (a lazy reader makes no other)."""
        if isinstance(self._actors, ReadRecords):
            return self._actors.matching("kind", "country")
        return (a for a in self._actors.values() if a.kind == "country")

    def article_rank(self) -> dict[str, int]:
        """Article id -> its place in ``articles``' order, without keeping the records: a
        lazy reader reads only the fields that order by from each article's document."""
        if self._rank is not None:
            return self._rank
        records = self._articles
        if isinstance(records, ReadRecords):
            keys = [
                (id, doc.get("title") or doc.get("label") or "", doc.get("published") or "")
                for id, doc in records.documents()
            ]
        else:
            keys = [(m.id, m.shown, m.published or "") for m in records.values()]
        keys.sort(key=lambda k: (k[1].casefold(), k[0]))
        keys.sort(key=lambda k: k[2], reverse=True)
        self._rank = {k[0]: n for n, k in enumerate(keys)}
        return self._rank

    def article(self, id: str) -> ArticleMeta | None:
        return self._articles.get(id)

    def has_article(self, id: str) -> bool:
        return id in self._articles

    def article_ids(self) -> list[str]:
        """Article ids in the order they were ingested."""
        return list(self._order)

    def body(self, id: str) -> Body:
        """The article's body, read from the segment; KeyError for an unknown id."""
        body = body_from_dict(self._record(id)["body"])
        relink = self._articles[id].relink
        if relink:  # corrections kept in the catalog instead of a new body line
            body.mentions = relinked(body.mentions, relink)
        return body

    def extraction(self, id: str) -> Extraction:
        """What extraction found in the article when it was ingested."""
        return extraction_from_dict(self._record(id)["extraction"])

    def _record(self, id: str) -> dict[str, Any]:
        meta = self._articles[id]
        assert self._bodies is not None, "store is closed"
        return self._bodies.read(*meta.body)

    def actors(self) -> list[Actor]:
        """All actors, by kind then name."""
        return sorted(self._actors.values(), key=lambda a: (a.kind, a.name.casefold(), a.id))

    def actor(self, id: str) -> Actor | None:
        return self._actors.get(id)

    def agreements(self) -> list[Agreement]:
        """All agreements, by name."""
        return sorted(self._agreements.values(), key=lambda g: (g.name.casefold(), g.id))

    def agreement(self, id: str) -> Agreement | None:
        return self._agreements.get(id)

    def agreements_of_article(self, article_id: str) -> list[Agreement]:
        meta = self._articles.get(article_id)
        if meta is None:
            return []
        found = (self._agreements.get(g) for g in meta.agreements)
        return [g for g in found if g is not None]

    def agreements_of_actor(self, actor_id: str) -> list[Agreement]:
        """The actor's agreements: those it is a party to (for a person, see ``relations``)."""
        actor = self._actors.get(actor_id)
        if actor is None:
            return []
        if self._of_actor is None:
            self._of_actor = self._party_index()
        return relations.agreements_of_actor(
            actor, self._of_actor, self._articles, self._agreements
        )

    def _party_index(self) -> dict[str, list[str]]:
        """Actor id -> its agreements' ids; a lazy reader reads only the parties of each
        agreement's document, making no record."""
        records = self._agreements
        if not isinstance(records, ReadRecords):
            return party_index(records.values())
        index: dict[str, list[str]] = {}
        for id, doc in records.documents():
            for party in doc.get("parties") or ():
                if isinstance(party, str):
                    index.setdefault(party, []).append(id)
        return index

    def warm(self) -> None:
        """Make the store-wide views a screen may ask for (the party index, the article
        order) now, in the caller's worker, rather than on the UI thread later. It needs no
        reader's lock: its passes read the documents the store held when they began, which
        nothing changes (closing drops the store's hold on them, not theirs)."""
        if self._of_actor is None:
            self._of_actor = self._party_index()
        self.article_rank()

    def cooccurring(self, actor_id: str, limit: int = 10) -> list[tuple[Actor, int]]:
        """The actors sharing the most articles with this one, with the shared count."""
        actor = self._actors.get(actor_id)
        if actor is None:
            return []
        return relations.cooccurring(actor, self._actors_in, self._actors, limit)

    def _actors_in(self, article_id: str) -> list[str] | None:
        """The ids of the actors an article names (of a lazy reader: read from its document
        alone, no record made)."""
        if isinstance(self._articles, ReadRecords):
            return self._articles.field(article_id, "actors")
        meta = self._articles.get(article_id)
        return meta.actors if meta is not None else None

    def corrections(self) -> list[CorrectionEntry]:
        """The corrections log, oldest first (``state`` says which are undone)."""
        return list(self._log)

    def dismissed(self) -> set[frozenset[str]]:
        """Pairs of ids an analyst said are not the same (active ``dismiss`` corrections),
        by the ids they have now."""
        return {
            frozenset(e.correction.targets)
            for e in self._log
            if e.state == "active" and e.correction.op == "dismiss"
        }
