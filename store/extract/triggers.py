"""Where the rare words a few agreement rules key on stand in an article ("piece of", "under
the framework agreement", "upon signing", "so-called", "package"): the article's set of words
is built once, and only a word in it is looked for, by the list's own search, so a rule reads
its few positions instead of testing every token."""

from __future__ import annotations

from collections.abc import Set

from store.extract.state import State

_KEY = "word_set"


def vocabulary(state: State) -> set[str]:
    """The article's lower-cased words, as a set (built once per article)."""
    vocab: set[str] | None = state.cache.get(_KEY)  # type: ignore[assignment]
    if vocab is None:
        vocab = state.cache[_KEY] = set(state.doc.low)
    return vocab


def positions(state: State, words: Set[str]) -> list[int]:
    """The token positions of ``words`` (lower-cased) in the article, in text order."""
    vocab = vocabulary(state)
    low = state.doc.low
    found: list[int] = []
    for w in words & vocab if len(words) < len(vocab) else vocab & words:
        k = -1
        try:
            while True:
                k = low.index(w, k + 1)
                found.append(k)
        except ValueError:
            pass
    found.sort()
    return found
