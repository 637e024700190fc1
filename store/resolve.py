"""Resolution: one store-wide record per actor and agreement, whatever form each article uses.

``Resolver`` keeps a name index over the stored records and answers, for a hit from one
article, which stored record it is (or ``None`` for a new one). ``merge_actor`` and
``merge_agreement`` fold a hit into a record.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .records import (
    Actor,
    ActorHit,
    Agreement,
    AgreementHit,
    StoredFact,
    StoredRole,
)
from .text import fold

_NON_WORD = re.compile(r"[^\w]+")


def name_key(name: str) -> str:
    """A normalised name: folded, punctuation removed, words sorted (so name order is moot)."""
    words = _NON_WORD.sub(" ", fold(name)).split()
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(sorted(words))


class Resolver:
    """The store-wide name index used to decide whether a hit is an existing record."""

    def __init__(self, actors: Iterable[Actor] = (), agreements: Iterable[Agreement] = ()) -> None:
        self._actor_keys: dict[tuple[str, str], str] = {}
        self._agreement_keys: dict[str, str] = {}
        for actor in actors:
            self.add_actor(actor)
        for agreement in agreements:
            self.add_agreement(agreement)

    def actor_id(self, hit: ActorHit) -> str | None:
        """The id of the stored actor this hit names, or None when it is a new one."""
        for form in [hit.name, *hit.aliases]:
            found = self._actor_keys.get((hit.kind, name_key(form)))
            if found:
                return found
        return None

    def find_actor(self, name: str, kinds: Iterable[str] = ("country", "organization")) -> str | None:
        """The id of a stored actor of one of ``kinds`` with this name or alias."""
        key = name_key(name)
        for kind in kinds:
            found = self._actor_keys.get((kind, key))
            if found:
                return found
        return None

    def agreement_id(self, hit: AgreementHit, party_ids: list[str]) -> str | None:
        """The id of the stored agreement this hit names, or None when it is a new one."""
        for form in [hit.name, *hit.aliases]:
            found = self._agreement_keys.get(name_key(form))
            if found:
                return found
        return None

    def add_actor(self, actor: Actor) -> None:
        """Register a new or updated actor under all its names."""
        for form in [actor.name, *actor.aliases]:
            self._actor_keys.setdefault((actor.kind, name_key(form)), actor.id)

    def add_agreement(self, agreement: Agreement) -> None:
        """Register a new or updated agreement under all its names."""
        for form in [agreement.name, *agreement.aliases]:
            self._agreement_keys.setdefault(name_key(form), agreement.id)


def _add_unique(items: list[str], values: Iterable[str], exclude: str = "") -> None:
    seen = {fold(v) for v in items} | {fold(exclude)}
    for value in values:
        if value and fold(value) not in seen:
            items.append(value)
            seen.add(fold(value))


def merge_actor(
    actor: Actor | None,
    hit: ActorHit,
    *,
    new_id: str,
    article_id: str,
    affiliation_ids: dict[str, str],
) -> Actor:
    """Fold one article's hit into the stored actor (or a new one with ``new_id``)."""
    if actor is None:
        actor = Actor(id=new_id, kind=hit.kind, name=hit.name, code=hit.code)
    elif len(hit.name) > len(actor.name) and hit.kind == "person":
        # A fuller form of a person's name becomes the display name.
        _add_unique(actor.aliases, [actor.name])
        actor.name = hit.name
    _add_unique(actor.aliases, [hit.name, *hit.aliases], exclude=actor.name)
    actor.code = actor.code or hit.code
    actor.articles[article_id] = actor.articles.get(article_id, 0) + max(1, len(hit.spans))
    for role in hit.roles:
        aff = affiliation_ids.get(role.affiliation) if role.affiliation else None
        stored = StoredRole(role.title, aff, article_id, role.sentence)
        if stored not in actor.roles:
            actor.roles.append(stored)
    return actor


def merge_agreement(
    agreement: Agreement | None,
    hit: AgreementHit,
    *,
    new_id: str,
    article_id: str,
    party_ids: list[str],
) -> Agreement:
    """Fold one article's hit into the stored agreement (or a new one with ``new_id``)."""
    if agreement is None:
        agreement = Agreement(id=new_id, name=hit.name, unnamed=hit.unnamed)
    elif agreement.unnamed and not hit.unnamed:
        # A proper name found later replaces a description.
        _add_unique(agreement.aliases, [agreement.name])
        agreement.name, agreement.unnamed = hit.name, False
    _add_unique(agreement.aliases, [hit.name, *hit.aliases], exclude=agreement.name)
    _add_unique(agreement.keywords, hit.keywords)
    for pid in party_ids:
        if pid not in agreement.parties:
            agreement.parties.append(pid)
    if article_id not in agreement.articles:
        agreement.articles.append(article_id)
    agreement.year = agreement.year or hit.year
    if hit.status:
        agreement.status = hit.status
    if hit.value and not agreement.value:
        agreement.value, agreement.amount, agreement.currency = hit.value, hit.amount, hit.currency
    for fact in hit.facts:
        value = fact.value
        if fact.field == "party":
            value = party_ids[hit.parties.index(value)] if value in hit.parties else value
        stored = StoredFact(fact.field, value, article_id, fact.sentence)
        if stored not in agreement.facts:
            agreement.facts.append(stored)
    return agreement
