"""A known agreement told in loose words: a described agreement ("the 2015 nuclear deal between
Iran and world powers", "Iran's nuclear deal", "the climate agreement reached in Paris") whose
words, with the place named beside it, make one known agreement's name or alias, is that one."""

from __future__ import annotations

from itertools import compress, islice

from store.extract.agreements import DETS
from store.extract.named_acc import new_named
from store.extract.state import CountryMention, State

_MAKING = frozenset({"signed", "reached", "agreed", "concluded", "struck", "sealed", "brokered", "negotiated"})
_LINKS = frozenset({"between", "with", "of"})
_PLACE_LINKS = frozenset({"in", "at"})
_MAX_QUALIFIERS = 3


_COUNTRY_FORMS = frozenset({"name", "alias", "abbreviation", "demonym"})


def _key(words: list[str]) -> tuple[str, ...]:
    """The words of a name, case- and order-free: "Iran nuclear deal" and "nuclear deal ... Iran" meet."""
    return tuple(sorted(w.casefold() for w in words))


def _canonical(state: State, words: list[str]) -> list[str]:
    """The words with each country form in them ("U.S.", "Egyptian") written as the country's name."""
    out, x = [], 0
    while x < len(words):
        for n in (3, 2, 1):
            form = " ".join(words[x : x + n])
            name = next((e.name for e in state.gz.lookup(form) if e.kind == "country" and e.form in _COUNTRY_FORMS), None)
            if x + n <= len(words) and name:
                out += name.split()
                x += n
                break
        else:
            out.append(words[x])
            x += 1
    return out


def _index(state: State) -> dict[tuple[str, ...], set[str]]:
    """Each known agreement's name and aliases by their word keys, countries by their names
    ("U.S.-Philippines Mutual Defense Treaty": United States, Philippines); derived once per gazetteer."""
    derived = state.gz.derived
    found = derived.get("known_loose")
    if found is None:
        found = {}
        for known in state.gz.agreements.values():
            for form in (known.name, *known.aliases):
                words = form.replace("-", " ").replace("\u2013", " ").split()
                if len(words) >= 3:  # a place, a qualifier and a noun at least
                    found.setdefault(_key(_canonical(state, words)), set()).add(known.name)
                    found.setdefault(_key(words), set()).add(known.name)
        derived["known_loose"] = found
    return found  # type: ignore[no-any-return]


def _year(word: str) -> int | None:
    return int(word) if len(word) == 4 and word.isdigit() and word[:2] in ("19", "20") else None


def _qualifiers(state: State, k: int) -> tuple[int, list[str], int | None]:
    """The lower-case words (and a year) written before the kind noun at k: their start, the words
    that tell the agreement apart (not a passing "landmark" or "now-defunct") and the year."""
    d, passing = state.doc, state.cues.passing
    i, words, year = k, [], None
    while i > 0 and len(words) < _MAX_QUALIFIERS and d.sent[i - 1] == d.sent[k]:
        w = d.words[i - 1]
        if w == "-" and words and i > 1 and not d.gap(i) and not d.gap(i - 1) and d.words[i - 2].isalpha():
            words[-1] = f"{d.low[i - 2]}-{words[-1]}"  # "now-defunct", "hard-won": one word
            i -= 2
            continue
        if not d.gap(i).isspace():
            break
        y = _year(w)
        if y is not None and year is None:
            year = y
        elif w.isalpha() and w.islower() and len(w) > 1 and w not in DETS and w not in state.gz.generic_nouns:
            words.append(w)
        else:
            break
        i -= 1
    words.reverse()
    return i, [w for w in words if w not in passing], year


def _forms(c: CountryMention) -> list[str]:
    return list(dict.fromkeys((c.surface, c.name)))


def _place(state: State, p: int) -> tuple[int, list[str]]:
    """The place written at p (a country's form or a capitalised run, after "the" too): its end and the forms to try."""
    d = state.doc
    if p < d.n and d.low[p] == "the":
        p += 1
    if p >= d.n:
        return p, []
    c = state.country_start.get(p)
    if c is not None:
        return c.j, _forms(c)
    j = p
    while j < d.n and j - p < 3 and d.words[j][:1].isupper() and d.words[j].isalpha() and (j == p or d.gap(j).isspace()):
        j += 1
    return j, [d.span_text(p, j)] if j > p else []


def _places_after(state: State, k: int) -> list[list[str]]:
    """Places named right after the noun ("between A and B", "with A", "of A", "(signed) in A"),
    each as the forms to try; "between A and B" also as the two together."""
    d, low = state.doc, state.doc.low
    p = k + 1
    if p < d.n and low[p] in _MAKING:
        p += 1
        if p < d.n and low[p] in _PLACE_LINKS | _LINKS:
            return [_place(state, p + 1)[1]]
        return []
    if p >= d.n or low[p] not in _LINKS | _PLACE_LINKS:
        return []
    end, forms = _place(state, p + 1)
    if low[p] == "between" and end + 1 < d.n and low[end] == "and":
        other = _place(state, end + 1)[1]
        return [forms, other, [f"{a} {b}" for a in forms for b in other]]
    return [forms]


def _place_before(state: State, i: int) -> tuple[int, list[str], bool]:
    """A place standing before the description, by its possessive ("Iran's nuclear deal") or
    as its modifier ("the Iranian nuclear deal"): where it starts, its forms and whether possessive."""
    d, low = state.doc, state.doc.low
    end = i - 2 if i >= 3 and low[i - 1] == "s" and d.words[i - 2] in ("'", "\u2019") else i
    for p in range(max(0, end - 3), end):
        c = state.country_start.get(p)
        if c is not None and c.j == end:
            return p, _forms(c), end < i
    return i, [], False


def _apposed(state: State, k: int, quals: list[str]) -> set[str]:
    """A known name set beside the description by a comma ("the 2015 nuclear deal, the Joint
    Comprehensive Plan of Action (JCPOA), which ...") whose own words hold the description's: that name."""
    d = state.doc
    p = k + 2 if k + 2 < d.n and d.words[k + 1] == "," else d.n
    if p < d.n and d.low[p] == "the":
        p += 1
    m = d.match_at.get(p)
    known = next((state.gz.agreements.get(e.name) for e in m.entries if e.kind == "agreement"), None) if m else None
    if known is None or m is None or m.j < d.n and d.low[m.j] in ("and", "or"):
        return set()  # no known name there, or one of a list ("the X deal, the Y Treaty and the Z Accord")
    own = {w.casefold() for form in (known.name, *known.aliases, known.type) for w in form.replace("-", " ").split()}
    return {known.name} if {*quals, d.low[k]} <= own else set()


def find_known_loose(state: State) -> None:
    """Described agreements that make, with their place, one known agreement's name: that agreement."""
    d, gz = state.doc, state.gz
    nouns = gz.generic_nouns
    index = _index(state)
    # the generic nouns' positions picked in C: a few in an article of hundreds of words
    for k in compress(range(1, d.n), map(nouns.__contains__, islice(d.low, 1, None))):
        if state.blocked[k]:
            continue
        i, quals, year = _qualifiers(state, k)
        if not quals or any(state.blocked[i:k]):
            continue
        at, before, owner = _place_before(state, i)
        while at > 0 and d.low[at - 1] in state.cues.passing:
            at -= 1  # "the landmark Iranian nuclear deal"
        lead = d.low[at - 1] if at > 0 else ""
        made = k + 1 < d.n and d.low[k + 1] in _MAKING
        definite = lead in DETS and lead not in ("a", "an") or owner
        if not (definite or lead in ("a", "an") and made):
            continue  # "a nuclear deal with Iran" may be one to come; "a deal signed in X" is told
        names: set[str] = set()
        after = _places_after(state, k)
        paired = [f"{a} {b}" for a in before for b in after[0]] if after else []  # "India's deal with the U.S."
        for place in [before, *after, paired]:
            for form in place:
                words = [*form.replace("-", " ").split(), *quals, d.words[k]]
                names |= index.get(_key(_canonical(state, words)), set()) | index.get(_key(words), set())
        if not names and definite:
            names = _apposed(state, k, quals)
        if len(names) != 1:
            continue  # none, or the words fit more than one known agreement
        name = names.pop()
        known = gz.agreements[name]
        if year is not None and known.year is not None and year != known.year:
            continue  # "the 2025 nuclear deal with Iran" is not the 2015 one
        acc = new_named(state, name, i, k + 1, list(known.parties), "agreement", known=True)
        words = d.span_text(i, k + 1).split(" ")
        while len(words) > 1 and words[0].casefold() in state.cues.passing:
            words.pop(0)  # "landmark nuclear deal": the phrase without the passing praise
        phrase = " ".join(words)
        if phrase != name and phrase not in acc.aliases:
            acc.aliases.append(phrase)
        if phrase not in acc.keywords:
            acc.keywords.append(phrase)
        if year is not None and acc.year is None:
            acc.year = year
