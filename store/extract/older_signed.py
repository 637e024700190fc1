"""An agreement the text tells as signed in an earlier year than the article's: "the two
sides signed a preferential trade agreement (PTA) in 2019" in a story of 2023 is an older
text, not the free trade agreement the story is about. (Rule: older_signed_in_year.)"""

from __future__ import annotations

from store.extract.state import State
from store.extract.when import article_year


def older_signed_year(state: State, det: str | None, k: int) -> str | None:
    """The year of an indefinite description dated by "in <year>" right after its noun at
    ``k`` (past a bracketed acronym), when that year is before the article's own; None
    otherwise. Such a mention joins only an agreement of that year."""
    if det not in ("a", "an"):
        return None
    d = state.doc
    words, low, n = d.words, d.low, d.n
    x = k + 1
    if x < n and words[x] == "(":
        x = next((y + 1 for y in range(x + 1, min(n, x + 5)) if words[y] == ")"), n)
    if x + 1 >= n or low[x] != "in":
        return None  # the common case: no "in" right after the noun
    w = words[x + 1]
    if len(w) != 4 or not w.isdigit() or w[:2] not in ("19", "20"):
        return None
    published = article_year(state)
    return w if published is not None and int(w) < published[0] else None
