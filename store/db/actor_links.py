"""Relations read off the links between records: an actor's agreements, who appears with whom.

Pure functions over a store's records (``Store.agreements_of_actor`` / ``Store.cooccurring``
call them), so the store module keeps to opening, reading and writing.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping

from store.records import Actor, Agreement, ArticleMeta


def party_index(agreements: Iterable[Agreement]) -> dict[str, list[str]]:
    """Actor id -> ids of the agreements it is a party to."""
    index: dict[str, list[str]] = {}
    for g in agreements:
        for party in g.parties:
            index.setdefault(party, []).append(g.id)
    return index


def agreements_of_actor(
    actor: Actor,
    parties: Mapping[str, list[str]],
    articles: Mapping[str, ArticleMeta],
    agreements: Mapping[str, Agreement],
) -> list[Agreement]:
    """A country's or organisation's agreements are those it is a party to. A person's are the
    agreements of the articles that mention them whose parties include a country or body they
    hold office for (every agreement of those articles when no office is known)."""
    seen = dict.fromkeys(parties.get(actor.id, ()))
    if actor.kind == "person":
        sides = {role.affiliation for role in actor.roles if role.affiliation}
        for article_id in actor.articles:
            meta = articles.get(article_id)
            for g in meta.agreements if meta is not None else ():
                agreement = agreements.get(g)
                if agreement is not None and (not sides or sides.intersection(agreement.parties)):
                    seen.setdefault(g)
    found = (agreements.get(g) for g in seen)
    return [g for g in found if g is not None]


def cooccurring(
    actor: Actor,
    actors_in: Callable[[str], Iterable[str] | None],
    actors: Mapping[str, Actor],
    limit: int,
) -> list[tuple[Actor, int]]:
    """The actors sharing the most articles with ``actor``, with the shared count
    (``actors_in``: the ids of the actors an article names, None for an article not there)."""
    counts: Counter[str] = Counter()
    for article_id in actor.articles:
        named = actors_in(article_id)
        if named is not None:
            counts.update(a for a in set(named) if a != actor.id)
    if limit < len(counts):  # only those that can make the cut are read: ties at its edge too
        edge = sorted(counts.values(), reverse=True)[max(limit, 1) - 1]
        counts = Counter({a: n for a, n in counts.items() if n >= edge})
    found = ((actors.get(a), n) for a, n in counts.items())
    ranked = sorted(
        ((other, n) for other, n in found if other is not None),
        key=lambda pair: (-pair[1], pair[0].name.casefold(), pair[0].id),
    )
    return ranked[:limit]
