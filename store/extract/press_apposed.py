"""Rule press-apposed: ", a US-Russian journalist for Radio Asia," after a name gives that
person the press office with its outlet, owned by the country of the demonym before it (the
first of a hyphened pair: the nationality the writer puts first)."""

from __future__ import annotations

from store.extract.state import State

# Press occupations an apposition may give a person (the outlet follows "for", "with" or "at").
_PRESS = frozenset({"journalist", "reporter", "correspondent"})
_OUTLET_JOINERS = frozenset({"of", "the", "and", "&", "/", "-"})


def _country_at(state: State, k: int) -> tuple[str, int] | None:
    """The country a demonym or country name at token k names, and the token after it."""
    m = state.doc.match_at.get(k)
    c = m.first("country") if m is not None else None
    return (c.name, m.j) if c is not None else None


def press_role(state: State, j: int) -> tuple[str, str | None, int] | None:
    """The press office (title, country, first token) an apposition at the comma j gives."""
    d = state.doc
    if d.word(j) != "," or d.lower(j + 1) not in ("a", "an"):
        return None
    k, aff = j + 2, None
    if (found := _country_at(state, k)) is not None:
        aff, k = found
        while d.word(k) == "-" and (other := _country_at(state, k + 1)) is not None:
            k = other[1]  # "US-Russian": the first country stands
    if d.lower(k) not in _PRESS or not d.words[k].islower():
        return None
    start, end = k, k + 1
    if d.lower(end) in ("for", "with", "at") and d.is_cap(end + 1 + (d.lower(end + 1) == "the")):
        x = end + 1
        while x < d.n and d.sent[x] == d.sent[j] and (d.is_cap(x) or d.low[x] in _OUTLET_JOINERS):
            x += 1
        while x > end + 1 and not d.is_cap(x - 1):
            x -= 1  # not a joining word at the end
        end = x
    return d.span_text(start, end), aff, start
