"""Rule plural_possessive_name: a body named for the people it is of, through their plural's
possessive ("the Workers' Party", "the Scottish Fishermen's Federation", "the Farmers' Union"):
the capitalised run before the apostrophe and the head word after it are one organisation,
which the capitalised runs break at the apostrophe. Not a country's or a known body's
possessive ("the Philippines' Coast Guard" is the country's coast guard)."""

from __future__ import annotations

from itertools import compress

from store.extract.organizations import _add as add_org
from store.extract.state import State
from store.extract.tokens import APOSTROPHES

_IRREGULAR = frozenset({"People", "Children"})  # plurals written with "'s" ("Children's Fund")


def _plural_before(state: State, k: int) -> int:
    """The token the body's head run starts at after the apostrophe at k, when the word before
    it is a capitalised plural of people ("Workers'", "Fishermen's"); -1 if not."""
    d = state.doc
    w = d.words[k - 1]
    if d.gap(k) != "" or not w[:1].isupper() or k + 1 >= d.n:
        return -1
    if d.words[k + 1] == "s" and d.gap(k + 1) == "":
        return k + 2 if w.endswith("men") or w in _IRREGULAR else -1
    if w.endswith("s") and not w.endswith(("ss", "us", "is")) and d.gap(k + 1) == " " and not w.isupper():
        return k + 1
    return -1


def find_plural_possessive_names(state: State) -> None:
    """Add the organisations a plural's possessive names (see the module docstring)."""
    d = state.doc
    if "'" not in d.text and "\u2019" not in d.text:
        return
    heads = state.gz.head_words
    words, starts, ends = d.words, d.starts, d.ends
    for k in compress(range(1, d.n), map(APOSTROPHES.__contains__, words[1:])):
        if starts[k] != ends[k - 1] or not words[k - 1][:1].isupper():
            continue  # a quote mark after a space, or a lower-case word's "'s": no call (see _plural_before)
        x = _plural_before(state, k)
        nxt = d.chunk_at.get(x) if x > 0 else None
        if nxt is None or nxt.j - nxt.i > 4 or d.low[nxt.j - 1] not in heads or d.sent[x] != d.sent[k]:
            continue
        i = next((c.i for y in range(k - 1, max(-1, k - 8), -1) if (c := d.chunk_at.get(y)) is not None and c.j == k), -1)
        if i < 0:
            continue
        i = max((y + 1 for y in range(i, k) if d.words[y].islower()), default=i)  # "Deputies of the Farmers"
        if d.words[i] == "The":
            i += 1
        if i >= k or not state.free(i, nxt.j) or any(y in state.country_start or y in d.match_at for y in range(i, k)):
            continue  # a country's or a known body's possessive, or a name found already
        add_org(state, d.span_text(i, nxt.j), i, nxt.j, "plural-possessive-name")
