"""Where the rare words a few agreement rules key on stand in an article ("piece of", "under
the framework agreement", "upon signing", "so-called", "package"): the article's set of words
is built once, and only a word in it is looked for: in an index of the words rules ask for,
built in one pass per article, or (a word first asked) by the list's own search, so a rule
reads its few positions instead of testing every token."""

from __future__ import annotations

from collections.abc import Set
from itertools import compress, count

from store.extract.state import State

_KEY = "word_set"


def vocabulary(state: State) -> set[str]:
    """The article's lower-cased words, as a set (built once per article)."""
    vocab: set[str] | None = state.cache.get(_KEY)  # type: ignore[assignment]
    if vocab is None:
        vocab = state.cache[_KEY] = set(state.doc.low)
    return vocab


# Every word the rules have asked ``positions`` for in this process: the rules' own fixed word
# sets, so it stops growing after the first articles. An article's positions of all of them
# are found in one pass (``_indexed``), not by one pass over the tokens per word asked.
_ASKED: set[str] = set()
_INDEX = "word_index"


def _indexed(state: State) -> tuple[frozenset[str], dict[str, list[int]]]:
    """The words asked for before this article and where each stands in it (built once per
    article, on its first question, in one C pass over the tokens)."""
    found = state.cache.get(_INDEX)
    if found is None:
        asked = frozenset(_ASKED)
        low = state.doc.low
        at: dict[str, list[int]] = {}
        for k in compress(count(), map(asked.__contains__, low)):
            w = low[k]
            here = at.get(w)
            if here is None:
                at[w] = [k]
            else:
                here.append(k)
        found = state.cache[_INDEX] = (asked, at)
    return found  # type: ignore[return-value]


def positions(state: State, words: Set[str]) -> list[int]:
    """The token positions of ``words`` (lower-cased) in the article, in text order."""
    vocab = vocabulary(state)
    found: list[int] = []
    hits = words & vocab if len(words) < len(vocab) else vocab & words
    if not hits:
        return found
    asked, at = _indexed(state)
    low = state.doc.low
    for w in hits:
        if w in asked:
            found += at[w]  # written in the article (it is in vocab), so indexed
            continue
        _ASKED.add(w)  # a word first asked now: found by the list's own search, indexed from the next article
        k = -1
        try:
            while True:
                k = low.index(w, k + 1)
                found.append(k)
        except ValueError:
            pass
    found.sort()
    return found
