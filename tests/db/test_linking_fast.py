"""Linking's shortcuts give what its general steps give: the count of a plain hit
(``_count_plain_hit``) is ``merge_actor`` for that hit, and a whole article links the same."""

from __future__ import annotations

import copy
from itertools import product

from store.db.linking import _count_plain_hit, _merge_actor_hit
from store.records import Actor, ActorHit, Span
from store.resolve.resolver import Resolver


class _Target:
    """The part of a ``LinkTarget`` the actor merges use: records and the name index."""

    def __init__(self, actor: Actor) -> None:
        self.resolver = Resolver([actor])
        self.actors = {actor.id: actor}
        self.puts: list[tuple[str, bool]] = []

    def actor(self, id: str) -> Actor | None:
        return self.actors.get(id)

    def put_actor(self, actor: Actor, *, renamed: bool = True) -> None:
        self.actors[actor.id] = actor
        self.puts.append((actor.id, renamed))
        if renamed:
            self.resolver.add_actor(actor)


def _state(target: _Target) -> tuple[object, ...]:
    actor = target.actors["c-x"]
    return (
        actor.name,
        actor.aliases,
        actor.code,
        list(actor.articles.items()),  # the order of the articles counts too
        actor.roles,
        target.puts,
        target.resolver.find_actor("Xland", ("country",)),
    )


def test_a_plain_hit_counts_as_merge_actor_would() -> None:
    spans = ([], [Span(0, 0, 5)], [Span(0, 0, 5), Span(3, 10, 15, "rule")])
    codes = (None, "", "XL")
    for hit_spans, stored_code, hit_code, before in product(spans, codes, codes, (0, 2)):
        actor = Actor("c-x", "country", "Xland", code=stored_code)
        if before:
            actor.articles = {"a0": 1, "a1": before}
        general, fast = _Target(copy.deepcopy(actor)), _Target(copy.deepcopy(actor))
        hit = ActorHit("country", "Xland", code=hit_code, spans=list(hit_spans))
        _merge_actor_hit(general, hit, "c-x", "a1", {}, general.actor("c-x"))
        existing = fast.actor("c-x")
        assert existing is not None
        _count_plain_hit(fast, existing, "a1", len(hit_spans), hit_code)
        assert _state(fast) == _state(general), (hit_spans, stored_code, hit_code, before)
