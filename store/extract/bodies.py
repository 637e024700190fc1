"""A country's bodies named by its demonym or possessive: "the Iranian foreign ministry",
"Iran's Parliament", "Somaliland's Foreign Ministry" are organisations named "<Demonym>
<Body>" ("Iranian Foreign Ministry"); a body of one word is one only when capitalised ("the
Turkish parliament" describes), one record for every way articles write them; a body
named only by generic words after an owner the text does not name ("his country's Air Force")
is not a named organisation of its own."""

from __future__ import annotations

from store.extract.gazetteer import Country
from store.extract.state import State

# Bodies of a state, as lower-case word tuples (the last word is the head).
_BODIES: tuple[tuple[str, ...], ...] = tuple(
    tuple(b.split())
    for b in (
        "foreign affairs ministry",
        "foreign ministry",
        "defence ministry",
        "defense ministry",
        "interior ministry",
        "finance ministry",
        "trade ministry",
        "economy ministry",
        "health ministry",
        "justice ministry",
        "energy ministry",
        "commerce ministry",
        "ministry of foreign affairs",
        "ministry of defence",
        "ministry of defense",
        "parliament",
        "senate",
        "army",
        "navy",
        "air force",
        "coast guard",
        "armed forces",
        "central bank",
        "supreme court",
        "national assembly",
    )
)
_BY_FIRST: dict[str, list[tuple[str, ...]]] = {}
for _body in _BODIES:
    _BY_FIRST.setdefault(_body[0], []).append(_body)
# Nouns after a body word that make it a modifier of a thing, not the body.
_THINGS = frozenset("base bases ship ships vessel vessels unit units officer officers aircraft jet jets troops personnel".split())
# Words that name no particular body: a body of only these needs its owner named.
GENERIC_BODY_WORDS = frozenset(
    {w for b in _BODIES for w in b} | {"ministry", "the", "national", "federal", "state", "home", "military", "forces", "force", "department", "office"}
)


def demonym_of(country: Country) -> str:
    """The adjective a country's bodies are named with ("Iranian"); its name when it has none."""
    for d in country.demonyms:
        if not d.endswith("s") or d.endswith("ss"):
            return d
    return country.name


def known_body(state: State, country: Country, body: tuple[str, ...]) -> str | None:
    """The gazetteer's name for a country's body when it lists one under any of the country's
    forms ("U.S. Navy", "Philippine Coast Guard"). Looked up once per gazetteer: the same
    countries' bodies come back in article after article."""
    known = state.gz.derived.get("known_bodies")
    if known is None or len(known) >= _KNOWN_MAX:
        known = state.gz.derived["known_bodies"] = {}
    key = (country.name, body)
    if key not in known:
        known[key] = _lookup_body(state, country, body)
    return known[key]


_KNOWN_MAX = 20_000  # answers kept per gazetteer (cleared when full: memory stays bounded)


def _lookup_body(state: State, country: Country, body: tuple[str, ...]) -> str | None:
    """The gazetteer's organisation named "<form> <Body>" for the first of the country's forms that has one."""
    words = " ".join(w.capitalize() if w != "of" else w for w in body)
    for form in (*country.abbreviations, *country.demonyms, country.name, *country.aliases):
        for e in state.gz.lookup(f"{form} {words}"):
            if e.kind == "organization":
                return e.name
    return None


def country_bodies(state: State) -> list[tuple[str, int, int]]:
    """"<Demonym> <Body>" with its tokens for every body of a country named right after the
    country's demonym or possessive ("the Iranian foreign ministry", "Iran's parliament")."""
    out: list[tuple[str, int, int]] = []
    d = state.doc
    low, words, n = d.low, d.words, d.n
    for start, c in list(state.country_start.items()):
        k = c.j
        if c.form == "capital":
            if start >= 4 and low[start - 1] == "in" and (found := _body_in_capital(state, start - 1, c.name)):
                out.append(found)
            continue
        if c.form == "demonym" and (start < 1 or low[start - 1] != "the"):
            continue  # "a Polish army base": a kind of thing, not the body
        if c.form != "demonym":
            if k + 1 < n and words[k] in ("'", "\u2019") and low[k + 1] == "s":
                k += 2  # "Iran's parliament"
            else:
                continue
        for body in _BY_FIRST.get(low[k] if k < n else "", ()):
            size = len(body)
            if k + size > n or tuple(low[k : k + size]) != body or d.sent[k + size - 1] != c.sentence:
                continue
            if state.blocked.find(1, k, k + size) >= 0:
                break  # already part of a longer name
            cased = {words[x][:1].isupper() for x in range(k, k + size)}
            if len(cased) > 1 or (size == 1 and True not in cased):
                break  # "the Turkish parliament": one common noun in lower case describes
            country = state.gz.countries.get(c.name)
            if country is None:
                break
            if k + size < n and words[k + size][:1].isupper() and d.gap(k + size) == " " and True in cased:
                break  # a longer capitalised name goes on ("Foreign Ministry Building")
            if k + size < n and low[k + size] in _THINGS:
                break  # "Iran's army base", "the Polish navy ships"
            name = known_body(state, country, body) or f"{demonym_of(country)} {' '.join(w.capitalize() if w not in ('of',) else w for w in body)}"
            out.append((name, start, k + size))
            break
    return out


def _body_in_capital(state: State, end: int, name: str) -> tuple[str, int, int] | None:
    """Rule body_in_capital: "the defence ministry in Cairo": a state's body of two words or
    more written in lower case with "the", placed in the state's capital, is that state's
    ("Egyptian Defence Ministry"); a capitalised one is named as written ("the National Assembly")."""
    d = state.doc
    country = state.gz.countries.get(name)
    if country is None:
        return None
    for size in (3, 2):
        x = end - size
        body = tuple(d.low[x:end])
        if x < 1 or d.low[x - 1] != "the" or body not in _BODY_SET or state.blocked.find(1, x, end) >= 0 or d.is_cap(x):
            continue
        return known_body(state, country, body) or f"{demonym_of(country)} {' '.join(w.capitalize() if w != 'of' else w for w in body)}", x, end
    return None


_BODY_SET = frozenset(b for b in _BODIES if len(b) >= 2)

