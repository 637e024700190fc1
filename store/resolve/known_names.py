"""Names learned across the store: a name that one article introduces with an office is a
person in every later article that writes it, even with no title or speech verb beside it
("Rishi Sunak seeks to ..."). Extraction keeps such names as ``Extraction.candidates``; here
they become person hits (rule "known-person") when the store knows the name. A name the store
does not know as an office holder stays out, so headline fragments, places and organisations
written like names never become persons this way."""

from __future__ import annotations

from dataclasses import replace

from store.records import ActorHit, Extraction, Span
from store.resolve.resolver import Resolver

RULE = "known-person"


def promote_known_persons(extraction: Extraction, resolver: Resolver) -> Extraction:
    """The extraction with every candidate name the store knows as a person added as a person
    hit (the extraction itself is left as it was: its stored form keeps the candidates)."""
    if not extraction.candidates:
        return extraction
    taken: set[str] | None = None  # the names of the hits, made once a candidate is known
    added: list[ActorHit] = []
    for c in extraction.candidates:
        if resolver.known_person(c.name) is None:
            continue
        if taken is None:
            taken = {h.name for h in extraction.actors}
        if c.name in taken:
            continue
        spans = [Span(s.sentence, s.start, s.end, RULE) for s in c.spans]
        added.append(ActorHit("person", c.name, spans=spans, rule=RULE))
        taken.add(c.name)
    if not added:
        return extraction
    return replace(extraction, actors=[*extraction.actors, *added])
