"""Rule officer-home: an officer of a national body (a company, a party, a state agency)
serves that body's home country, which is the office's affiliation an analyst writes
("Boeing's chief executive" -> United States). International bodies (UN, IMF, EU, a forum)
have none: their officials keep no country.

The home is, in order: the gazetteer's ``country`` of a known body; the country the text
describes it with ("French energy giant X", "Japan's steelmaker X", "U.S. firm X", or after
it: "X, the project company of Ghana,"); for a
body the gazetteer does not know, a country its own name holds ("Central Bank of Nigeria").
"""

from __future__ import annotations

import re

from store.extract.home import dominant_country
from store.extract.state import State

# Kinds of known bodies that belong to no one country.
_INTERNATIONAL = frozenset({"un", "grouping", "alliance", "outlet"})
# Country forms that may describe a body before its name (not a capital: "Tokyo-based").
_DESCRIBING = frozenset({"name", "alias", "abbreviation", "demonym"})
_APOSTROPHES = frozenset({"'", "\u2019"})
_NON_WORD = re.compile(r"[\W_]+")


def _described(state: State, k: int) -> str | None:
    """The country written right before a body's mention at token k, across up to four
    lower-case describing words: "French energy giant X", "Japan's state-owned X"."""
    d = state.doc
    stop = max(d.sent_first[d.sent[k]], k - 8)
    x = k - 1
    while x > stop and (d.words[x] == "-" or (d.words[x].isalpha() and d.words[x].islower())) and d.words[x - 1] not in _APOSTROPHES:
        x -= 1  # "state-owned energy giant"
    if x > stop and d.words[x] == "s" and d.words[x - 1] in _APOSTROPHES:
        end = x - 1  # "Japan's X", "Chile's state miner X"
    elif x < k - 1:
        end = x + 1  # "French energy giant X" (not "U.S. X": no description)
    else:
        return None
    c = state.country_end.get(end)
    return c.name if c is not None and c.form in _DESCRIBING else None


def _apposed(state: State, j: int) -> str | None:
    """The country an apposition right after a body's mention (ending at token j) names:
    "X, Ghana's state utility,", "X, the Ghanaian grid operator,", "X, the project company of
    Ghana," (a describing noun and "of", then the country)."""
    d = state.doc
    if d.word(j) == "(" and ")" in d.words[j + 1 : j + 6]:
        j = d.words.index(")", j + 1) + 1  # "X (XY), the ...": past the short form
    if d.word(j) != ",":
        return None
    k = j + 1 + (d.lower(j + 1) in ("the", "a", "an"))
    c = state.country_start.get(k)
    if c is not None and c.form in _DESCRIBING:
        after = d.word(c.j)
        if (after in _APOSTROPHES and d.word(c.j + 1) == "s") or (after.isalpha() and after.islower()):
            return c.name  # "Ghana's state utility", "the Ghanaian grid operator"
        return None
    x = k
    while x < d.n and x - k < 4 and d.words[x].isalpha() and d.words[x].islower() and d.low[x] != "of":
        x += 1
    if x > k and d.lower(x) == "of" and (c := state.country_start.get(x + 1 + (d.lower(x + 1) == "the"))) is not None:
        return c.name if c.form in ("name", "alias") else None  # "the project company of Ghana"
    return None


def _named_inside(state: State, body: str) -> str | None:
    """A country the body's own name holds ("Central Bank of Nigeria", "Qatar Airways")."""
    words = _NON_WORD.sub(" ", body).split()[:10]
    for n in (3, 2, 1):  # "United Arab Emirates" before "Arab"
        for k in range(len(words) - n + 1):
            for e in state.gz.lookup(" ".join(words[k : k + n])):
                if e.kind == "country" and e.form in _DESCRIBING:
                    return e.name
    return None


# Kinds of known bodies that are a state's own, and the last words of such a body's name.
_STATE_TYPES = frozenset({"government", "military", "parliament", "court", "agency", "central_bank"})
_STATE_HEADS = frozenset("court council ministry forces guard parliament assembly senate army navy police administration directorate".split())


def _state_body_home(state: State, body: str, known: bool) -> str | None:
    """Rule state_body_home: a state's own body that names no country ("the Constitutional
    Court", "the Royal Armed Forces", "the Federation Council") is the state the article is
    about, when one country stands out (`home.dominant_country`)."""
    if not known and body.split()[-1].casefold() not in _STATE_HEADS:
        return None  # an unknown body of another kind may be a firm or a foreign one
    return dominant_country(state)


def body_home(state: State, body: str) -> str | None:
    """The home country of a body named in the article, or None (cached per article)."""
    homes: dict[str, str | None] = state.cache.setdefault("body_homes", {})  # type: ignore[assignment]
    if body in homes:
        return homes[body]
    found: str | None = None
    org = state.gz.organizations.get(body)
    if (org is None or org.type not in _INTERNATIONAL) and body not in state.cues.parents.values():
        if org is not None and org.country:
            found = org.country
        else:
            seen = {c for k, m in state.org_start.items() if m.name == body and (c := _described(state, k) or _apposed(state, m.j))}
            if len(seen) == 1:
                found = seen.pop()
            elif not seen and (org is None or org.type in _STATE_TYPES):
                found = _named_inside(state, body) or _state_body_home(state, body, org is not None)
    homes[body] = found
    return found


def place_officer_homes(state: State) -> None:
    """Give every office whose affiliation is a national body that body's home country."""
    countries = state.gz.countries
    for p in state.persons:
        for role in p.roles:
            aff = role.affiliation
            if aff is None or aff in countries:
                continue
            home = body_home(state, aff)
            if home is not None:
                role.place(home, "officer-home")
