"""``ReadStore``: a store's catalog held in memory as records, its bodies read on demand.

Everything a reader needs (the explorer, export, search, doctor) and nothing of writing:
loading the catalog, following another process's commits (``reload_if_changed``), the
read API and closing. ``Store`` (``store.db.store``) adds the writer lock and the write path.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from store.db import actor_links as relations
from store.db.actor_links import party_index
from store.db.bodies import BodySegment, refuse_lost_catalog
from store.db.catalog import Catalog
from store.db.files import refuse_special
from store.db.journal import store_signature
from store.db.relink import relinked
from store.db.schema import META, body_from_dict, checksums_from, extraction_from_dict
from store.paths import bodies_path
from store.records import Actor, Agreement, ArticleMeta, Body, CorrectionEntry, Extraction


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

    def __init__(self, path: Path, *, write: bool = False) -> None:
        self.path = path
        self.writable = write
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
        with made_frozen():
            self._catalog = catalog or Catalog(self.path, lazy=self.writable)
            loaded = self._catalog.load(lazy=self.writable)  # a writer reads a few records
        if not self.writable:
            self._catalog.forget()
        self._signature = self._catalog.signature
        self._meta: dict[str, Any] = loaded.meta
        self.generation = int(self._meta["generation"])
        self._articles = loaded.articles
        self._actors = loaded.actors
        self._agreements = loaded.agreements
        self._order = list(loaded.articles)
        self._sorted: list[ArticleMeta] | None = None
        self._of_actor: dict[str, list[str]] | None = None
        self._duplicates = loaded.duplicates
        self._log: list[CorrectionEntry] = loaded.corrections

    def reload_if_changed(self) -> bool:
        """Re-read the catalog if another process committed since; True when it changed."""
        if self.writable:
            return False
        signature = store_signature(self.path)
        if signature is None or signature == self._signature:
            return False
        catalog = Catalog(self.path)
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
        """All articles, newest first (undated last), then by title."""
        if self._sorted is None:
            items = sorted(self._articles.values(), key=lambda m: (m.shown.casefold(), m.id))
            items.sort(key=lambda m: m.published or "", reverse=True)
            self._sorted = items
        return list(self._sorted)

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
        return [self._agreements[g] for g in meta.agreements if g in self._agreements]

    def agreements_of_actor(self, actor_id: str) -> list[Agreement]:
        """The actor's agreements: those it is a party to (for a person, see ``relations``)."""
        actor = self._actors.get(actor_id)
        if actor is None:
            return []
        if self._of_actor is None:
            self._of_actor = party_index(self._agreements.values())
        return relations.agreements_of_actor(
            actor, self._of_actor, self._articles, self._agreements
        )

    def cooccurring(self, actor_id: str, limit: int = 10) -> list[tuple[Actor, int]]:
        """The actors sharing the most articles with this one, with the shared count."""
        actor = self._actors.get(actor_id)
        if actor is None:
            return []
        return relations.cooccurring(actor, self._articles, self._actors, limit)

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
