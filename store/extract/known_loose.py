"""A known agreement told in loose words: a described agreement ("the 2015 nuclear deal between
Iran and world powers", "Iran's nuclear deal", "the climate agreement reached in Paris") whose
words, with the place named beside it, make one known agreement's name or alias, is that one."""

from __future__ import annotations

from store.extract.agreements import DETS
from store.extract.named_acc import new_named
from store.extract.state import State

_MAKING = frozenset({"signed", "reached", "agreed", "concluded", "struck", "sealed", "brokered", "negotiated"})
_LINKS = frozenset({"between", "with", "of"})
_PLACE_LINKS = frozenset({"in", "at"})
_MAX_QUALIFIERS = 3


def _key(words: list[str]) -> tuple[str, ...]:
    """The words of a name, case- and order-free: "Iran nuclear deal" and "nuclear deal ... Iran" meet."""
    return tuple(sorted(w.casefold() for w in words))


def _index(state: State) -> dict[tuple[str, ...], set[str]]:
    """Each known agreement's name and aliases by their word keys (derived once per gazetteer)."""
    derived = state.gz.derived
    found = derived.get("known_loose")
    if found is None:
        found = {}
        for known in state.gz.agreements.values():
            for form in (known.name, *known.aliases):
                words = form.replace("-", " ").replace("\u2013", " ").split()
                if len(words) >= 3:  # a place, a qualifier and a noun at least
                    found.setdefault(_key(words), set()).add(known.name)
        derived["known_loose"] = found
    return found  # type: ignore[no-any-return]


def _year(word: str) -> int | None:
    return int(word) if len(word) == 4 and word.isdigit() and word[:2] in ("19", "20") else None


def _qualifiers(state: State, k: int) -> tuple[int, list[str], int | None]:
    """The lower-case words (and a year) written before the kind noun at k: their start, words, year."""
    d = state.doc
    i, words, year = k, [], None
    while i > 0 and len(words) < _MAX_QUALIFIERS and d.sent[i - 1] == d.sent[k] and d.gap(i).isspace():
        w = d.words[i - 1]
        y = _year(w)
        if y is not None and year is None:
            year = y
        elif w.isalpha() and w.islower() and len(w) > 1 and w not in DETS and w not in state.gz.generic_nouns:
            words.append(w)
        else:
            break
        i -= 1
    words.reverse()
    return i, words, year


def _place(state: State, p: int) -> tuple[int, list[str]]:
    """The place written at p (a country's form or a capitalised run): its end and the forms to try."""
    d = state.doc
    if p >= d.n:
        return p, []
    c = state.country_start.get(p)
    if c is not None:
        return c.j, list(dict.fromkeys((c.surface, c.name)))
    j = p
    while j < d.n and j - p < 3 and d.words[j][:1].isupper() and d.words[j].isalpha() and (j == p or d.gap(j).isspace()):
        j += 1
    return j, [d.span_text(p, j)] if j > p else []


def _places_after(state: State, k: int) -> list[str]:
    """Places named right after the noun: "between A and B", "with A", "of A", "(signed) in A"."""
    d, low = state.doc, state.doc.low
    p = k + 1
    if p < d.n and low[p] in _MAKING:
        p += 1
        if p < d.n and low[p] in _PLACE_LINKS | _LINKS:
            return _place(state, p + 1)[1]
        return []
    if p >= d.n or low[p] not in _LINKS | _PLACE_LINKS:
        return []
    end, forms = _place(state, p + 1)
    if low[p] == "between" and end + 1 < d.n and low[end] == "and":
        forms += _place(state, end + 1)[1]
    return forms


def _place_before(state: State, i: int) -> list[str]:
    """A place whose possessive stands before the description ("Iran's nuclear deal"): its forms."""
    d, low = state.doc, state.doc.low
    if i >= 3 and low[i - 1] == "s" and d.words[i - 2] in ("'", "\u2019"):
        for p in range(max(0, i - 5), i - 2):
            c = state.country_start.get(p)
            if c is not None and c.j == i - 2:
                return list(dict.fromkeys((c.surface, c.name)))
    return []


def find_known_loose(state: State) -> None:
    """Described agreements that make, with their place, one known agreement's name: that agreement."""
    d, gz = state.doc, state.gz
    nouns = gz.generic_nouns
    index = _index(state)
    for k in range(1, d.n):
        if d.low[k] not in nouns or state.blocked[k]:
            continue
        i, quals, year = _qualifiers(state, k)
        if not quals or any(state.blocked[i:k]):
            continue
        before = _place_before(state, i)
        definite = bool(before) or (i > 0 and d.low[i - 1] in DETS and d.low[i - 1] not in ("a", "an"))
        made = k + 1 < d.n and d.low[k + 1] in _MAKING
        if not definite and not (i > 0 and d.low[i - 1] in ("a", "an") and made):
            continue  # "a nuclear deal with Iran" may be one to come; "a deal signed in X" is told
        names: set[str] = set()
        for place in before + _places_after(state, k):
            names |= index.get(_key([*place.split(), *quals, d.words[k]]), set())
        if len(names) != 1:
            continue  # none, or the words fit more than one known agreement
        name = names.pop()
        known = gz.agreements[name]
        if year is not None and known.year is not None and year != known.year:
            continue  # "the 2025 nuclear deal with Iran" is not the 2015 one
        acc = new_named(state, name, i, k + 1, list(known.parties), "agreement", known=True)
        phrase = d.span_text(i, k + 1)
        if phrase != name and phrase not in acc.aliases:
            acc.aliases.append(phrase)
        if phrase not in acc.keywords:
            acc.keywords.append(phrase)
        if year is not None and acc.year is None:
            acc.year = year
