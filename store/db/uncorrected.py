"""The store as extraction alone made it: every article linked again, with no correction.

``export --no-corrections`` writes this view beside the corrected one, to compare. It is built
in memory from a read-only store (the stored extractions, linked the way a rebuild links them,
with ids kept where they still name the same entity) and shares that store's body segment:
a body read through it carries the uncorrected mentions.
"""

from __future__ import annotations

from dataclasses import replace

from store.db.linking import IdAllocator, link_article
from store.db.read_store import ReadStore
from store.records import Actor, Agreement, Body, Mention
from store.resolve.resolver import Resolver


class Uncorrected(ReadStore):
    """A read-only view of ``base`` without its corrections (see the module docstring)."""

    def __init__(self, base: ReadStore) -> None:  # noqa: D107 (no load: built from ``base``)
        self.path = base.path
        self.writable = False
        self._closed = False
        self._bodies = base._bodies
        self._base = base
        self._meta = base.meta
        self.generation = base.generation
        self._signature = base._signature
        self._duplicates = []
        self._log = []
        self._invalidate()
        self._order = base.article_ids()
        self._articles = {}
        self._actors: dict[str, Actor] = {}
        self._agreements: dict[str, Agreement] = {}
        self._mentions: dict[str, list[Mention]] = {}
        self._resolver = Resolver()
        self._ids = IdAllocator(())
        previous = Resolver(base.actors(), base.agreements())
        for article_id in self._order:
            meta = base.article(article_id)
            assert meta is not None
            link = link_article(self, article_id, base.extraction(article_id), previous)
            self._articles[article_id] = replace(meta, actors=link.actors, agreements=link.agreements)
            self._mentions[article_id] = link.mentions

    # --- what linking needs (``LinkTarget``) ---------------------------------------------

    @property
    def resolver(self) -> Resolver:
        return self._resolver

    def new_id(self, prefix: str, name: str, preferred: str | None = None) -> str:
        return self._ids.allocate(prefix, name, preferred)

    def put_actor(self, actor: Actor, *, renamed: bool = True) -> None:
        self._actors[actor.id] = actor
        if renamed:
            self._resolver.add_actor(actor)

    def put_agreement(self, agreement: Agreement, *, renamed: bool = True) -> None:
        self._agreements[agreement.id] = agreement
        if renamed:
            self._resolver.add_agreement(agreement)

    # --- reads -----------------------------------------------------------------------------

    def body(self, id: str) -> Body:
        body = self._base.body(id)
        body.mentions = list(self._mentions.get(id, ()))
        return body

    def reload_if_changed(self) -> bool:
        return False

    def close(self) -> None:
        """Drop the view's records; the base store keeps (and closes) the body segment."""
        self._bodies = None
        super().close()
