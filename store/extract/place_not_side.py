"""Rule place_not_side: a country named before a signing verb only by its city after "in" or
"at" ("the EU and Mercosur announced on Friday in Montevideo that they had concluded ...") is
where the subject acted, not one of the agreement's sides; a capital as subject ("Nairobi and
Addis Ababa signed") still stands for its state."""

from __future__ import annotations

from store.extract.state import CountryMention, State

_KEY = "place_not_side_mentions"


def only_place(state: State, sentence: int, name: str, verb: int) -> bool:
    """Whether the country is named before the verb only by a city after "in" or "at" ("announced
    on Friday in Montevideo that ..."): where the subject acted, not one of its sides. (Rule:
    place_not_side.)"""
    low = state.doc.low
    cached = state.cache.get(_KEY)
    if not isinstance(cached, tuple) or cached[0] != len(state.countries):  # built once while no mention is added
        by_sentence: dict[int, list[CountryMention]] = {}
        for c in state.countries:
            by_sentence.setdefault(c.sentence, []).append(c)
        cached = state.cache[_KEY] = (len(state.countries), by_sentence)
    by_sentence = cached[1]
    here = [c for c in by_sentence.get(sentence, ()) if c.name == name and c.j <= verb]
    return bool(here) and all(c.form in ("capital", "ambiguous", "place") and c.i >= 1 and low[c.i - 1] in ("in", "at") for c in here)
