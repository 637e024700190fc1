"""Offices after a name whose owner or post is written around them: a firm's or a person's
possessive before the office (", Rio Tinto's chief executive", ", Trump's special envoy"),
the country an envoy is posted to after it (", Japan's ambassador to Sri Lanka"), and an
office of several portfolio words (", the economic affairs secretary")."""

from __future__ import annotations

from store.extract.office_forms import PORTFOLIO_WORDS
from store.extract.state import State
from store.extract.tokens import APOSTROPHES

# One-word offices that are posted to another country ("ambassador to X").
_POSTED = frozenset({"ambassador", "envoy", "consul", "emissary", "representative"})


def possessive_owner(state: State, k: int) -> tuple[str | None, int] | None:
    """Rule possessive_owner_appositive: the owner written with "'s" at token k and where the
    office after it starts: an organisation ("Rio Tinto's chief executive": its name) or one or
    two capitalised words of a person ("Trump's special envoy": no owner to name); else None.
    The office must start in lower case."""
    d = state.doc
    org = state.org_start.get(k)
    x = org.j if org is not None else k
    if org is None:
        while x < d.n and x - k < 2 and d.is_cap(x) and d.words[x].isalpha() and x not in d.match_at:
            x += 1
        if x == k:
            return None
    if x + 2 >= d.n or d.words[x] not in APOSTROPHES or d.low[x + 1] != "s" or not d.words[x + 2].islower():
        return None
    return (org.name if org is not None else None), x + 2


def owned_title(title: str, owner: str | None) -> str:
    """The office as an analyst writes it with its owning body: "chief executive of Rio Tinto"."""
    if owner is None or " of " in title:
        return title
    return f"{title} of {owner}"


def posted_to_end(state: State, end: int, title: tuple[str, ...]) -> int:
    """Rule posted_to_country: where an envoy's office ends when "to <country>" follows it
    (", Japan's ambassador to Sri Lanka": "ambassador to Sri Lanka"); ``end`` otherwise."""
    d = state.doc
    if title[-1] not in _POSTED or d.lower(end) != "to":
        return end
    x = end + 1 + (d.lower(end + 1) == "the")
    c = state.country_start.get(x)
    return c.j if c is not None and d.sent[c.i] == d.sent[end] else end


# Lower-case words that name what an office is over ("economic affairs secretary").
_OVER = frozenset({"economic", "foreign", "home", "external", "public", "political", "military", "national", "international"})


def portfolio_office_end(state: State, k: int, heads: frozenset[str]) -> int:
    """Rule portfolio_words_office: where a lower-case office of two or three portfolio words
    and a head word starting at token k ends (", the economic affairs secretary,"); 0 if none."""
    d = state.doc
    x = k
    while x < d.n and x - k < 3 and d.words[x].isalpha() and d.words[x].islower() and (d.low[x] in PORTFOLIO_WORDS or d.low[x] in _OVER):
        x += 1
    return x + 1 if x - k >= 2 and x < d.n and d.low[x] in heads else 0


# Head words of a lower-case office a body's name opens (", the IMF mission chief for Egypt,").
_BODY_HEADS = frozenset(
    "chief envoy head director representative commissioner spokesman spokeswoman spokesperson coordinator "
    "negotiator secretary chairman chair president ambassador executive officer adviser advisor official".split()
)


def body_lower_office(state: State, k: int) -> tuple[int, str] | None:
    """Rule body_lower_office_appositive: an office written as a body's name and up to three
    lower-case words ending in an office's head, with the country it is for or posted to
    (", the IMF mission chief for Egypt,", ", the UN special envoy for Yemen,"): where it ends
    and the body; else None."""
    d = state.doc
    org = state.org_start.get(k)
    if org is None or org.j >= d.n or not d.words[org.j].islower():
        return None  # the common case: no body opens the office
    end = 0
    for x in range(org.j, min(org.j + 3, d.n)):
        if not (d.words[x].isalpha() and d.words[x].islower()):
            break
        if d.low[x] in _BODY_HEADS:
            end = x + 1
    if not end:
        return None
    if d.lower(end) in ("for", "to") and (c := state.country_start.get(end + 1)) is not None and d.sent[c.i] == d.sent[k]:
        end = c.j  # "... for Egypt"
    return end, org.name


def described_body(state: State, x: int) -> tuple[str, int] | None:
    """Rule described_body_office: the body an office is "of" when the text describes it
    before its name ("director general of the Russian atomic energy corporation Rosatom", also
    after lower-case words: "CEO of the state-owned Ghanaian utility X"):
    the body's name and where it ends; None when no country adjective and lower-case
    description lead to a named body at token x."""
    d = state.doc
    z = x
    while z < d.n and z - x < 4 and z not in state.country_start and (d.words[z] == "-" or (d.words[z].isalpha() and d.words[z].islower())):
        z += 1  # "of the state-controlled Ghanaian utility X": describing words before the demonym
    c = state.country_start.get(z)
    if c is None or c.form != "demonym":
        return None
    y = c.j
    while y < d.n and y - c.j < 5 and (d.words[y] == "-" or (d.words[y].isalpha() and d.words[y].islower())):
        y += 1
    org = state.org_start.get(y) if y > c.j else None
    return (org.name, org.j) if org is not None else None
