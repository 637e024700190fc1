"""Regions an office is named for (`office_regions` in `cues.json`: "Middle East", "Horn of
Africa"): where one ends inside a run ("to the Middle East A B") or right before a lower-case
office ("his Middle East envoy A B", which reads "Middle East envoy"). (Rule: region_office.)"""

from __future__ import annotations

from store.extract.state import State


def _regions(state: State) -> dict[str, list[tuple[str, ...]]]:
    """The listed regions as folded word tuples, keyed by their last word; built once."""
    found = state.gz.derived.get("office_regions")
    if found is None:
        found = {}
        for phrase in state.cues.office_regions:
            words = tuple(phrase.casefold().replace("-", " - ").split())
            found.setdefault(words[-1], []).append(words)
        state.gz.derived["office_regions"] = found
    return found  # type: ignore[return-value]


def region_ending(state: State, e: int) -> int:
    """The first token of a listed region written in capitals and ending right before token
    ``e``, else -1."""
    d = state.doc
    if e < 1 or not d.is_cap(e - 1):
        return -1
    for words in _regions(state).get(d.low[e - 1], ()):
        s = e - len(words)
        if s >= 0 and d.sent[s] == d.sent[e - 1] and all(d.low[s + x] == w for x, w in enumerate(words)) and d.is_cap(s):
            return s
    return -1


def region_before_office(state: State, ti: int) -> int:
    """Where a lower-case office starting at ``ti`` starts once a listed region right before it
    is counted in ("Middle East envoy"); ``ti`` otherwise."""
    s = region_ending(state, ti)
    return s if s >= 0 else ti
