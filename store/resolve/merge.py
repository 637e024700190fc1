"""Merging: one article's hit folded into the store-wide record it resolved to (or a new one).

Names are added once whatever their case or accents; roles and facts carry the article they
come from and are added once each.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from store.records import (
    Actor,
    ActorHit,
    Agreement,
    AgreementHit,
    StoredFact,
    StoredRole,
)
from store.resolve.resolver import _folded, _person_words


def _add_unique(items: list[str], values: Iterable[str], exclude: str = "") -> None:
    for v in values:  # a plain loop: this runs for every hit of every article
        if v and v != exclude and v not in items:
            break
    else:
        return  # nothing new, written exactly as before: no folding needed
    seen = {_folded(v) for v in items}
    seen.add(_folded(exclude))
    for value in values:
        if value and (key := _folded(value)) not in seen:
            items.append(value)
            seen.add(key)


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
    elif hit.kind == "person" and len(_person_words(actor.name)) < 2 <= len(
        _person_words(hit.name)
    ):
        # A full name found later replaces a surname-only display name.
        _add_unique(actor.aliases, [actor.name])
        actor.name = hit.name
    if hit.aliases or hit.name != actor.name:  # else nothing to add (most hits)
        _add_unique(actor.aliases, [hit.name, *hit.aliases], exclude=actor.name)
    actor.code = actor.code or hit.code
    articles = actor.articles
    articles[article_id] = articles.get(article_id, 0) + (len(hit.spans) or 1)
    if hit.roles:
        roles = actor.roles
        have = [_role_key(r) for r in roles]  # compared as tuples: no ``__eq__`` call per pair
        for role in hit.roles:
            aff = affiliation_ids.get(role.affiliation) if role.affiliation else None
            key = (role.title, aff, article_id, role.sentence, role.rule, role.affiliation_rule)
            if key not in have:
                have.append(key)
                roles.append(StoredRole(*key))
    return actor


def _role_key(r: StoredRole) -> tuple[Any, ...]:
    """A stored role's fields in order: equal exactly when the records are."""
    return (r.title, r.affiliation, r.article, r.sentence, r.rule, r.affiliation_rule)


def _fact_key(f: StoredFact) -> tuple[Any, ...]:
    """A stored fact's fields in order: equal exactly when the records are."""
    return (f.field, f.value, f.article, f.sentence, f.rule)


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
    if hit.facts:
        facts = agreement.facts
        have = [_fact_key(f) for f in facts]  # compared as tuples, as for roles
        for fact in hit.facts:
            value = fact.value
            if fact.field == "party":
                value = party_ids[hit.parties.index(value)] if value in hit.parties else value
            key = (fact.field, value, article_id, fact.sentence, fact.rule)
            if key not in have:
                have.append(key)
                facts.append(StoredFact(*key))
    return agreement
