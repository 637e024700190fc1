"""A state's own body as a party: "the Armed Forces of the Philippines and the Japan
Self-Defense Forces" bind the Philippines and Japan, whose forces they are."""

from __future__ import annotations

from store.extract.state import State

# Kinds of known bodies that belong to one state and sign for it.
NATIONAL_TYPES = frozenset({"military", "government"})


def state_of_body(state: State, name: str, i: int, j: int) -> str | None:
    """The country a known armed force or government body written at tokens i:j names
    ("Armed Forces of the Philippines", "Japan Self-Defense Forces"), or None: a state's forces
    bind the state in an agreement. (Rule: national_body_party.)"""
    org = state.gz.organizations.get(name)
    if org is None or org.type not in NATIONAL_TYPES:
        return None
    return country_of_words(state, [w for w in state.doc.words[i:j] if w[:1].isupper()])


def country_of_words(state: State, words: list[str]) -> str | None:
    """The country that a body's capitalised words name or describe (its longest match first), or None."""
    for n in (3, 2, 1):  # "United Arab Emirates" before "Arab"
        for k in range(len(words) - n + 1):
            for e in state.gz.lookup(" ".join(words[k : k + n])):
                if e.kind == "country" and e.form != "capital":
                    return e.name
    return None
