"""The country an article is about, as the last owner of a government office the text ties to
no country ("Defence Minister A said" in a story that opens on Thailand and names it
throughout): the country the story names first as an actor, when no other is named more often
and it is named three times or more. Asked only after every cue of the office's own sentence
and of the page has failed. (Rule: main-country.)"""

from __future__ import annotations

from collections import Counter

from store.extract.state import RoleAcc, State

# Words of an office a state's own government holds, as a story about that state writes them bare.
_GOVERNMENT_OFFICES = frozenset(
    "president minister secretary chancellor premier spokesperson spokesman spokeswoman speaker".split()
)
_MIN_MENTIONS = 3  # the country named at least this often, and no other more often


def main_country(state: State, role: RoleAcc) -> str | None:
    """The article's main country for an office of government with no other cue, else None."""
    if _GOVERNMENT_OFFICES.isdisjoint(role.title.casefold().replace("-", " ").split()):
        return None
    found = state.cache.get("main_country")
    if found is None:
        counts = Counter(c.name for c in state.countries if c.actor)
        first = min((c for c in state.countries if c.actor), key=lambda c: c.i, default=None)
        top = max(counts.values(), default=0)
        found = state.cache["main_country"] = first.name if first is not None and counts[first.name] >= max(_MIN_MENTIONS, top) else ""
    return found or None  # type: ignore[return-value]
