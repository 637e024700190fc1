"""A movement or company named through the country it is in, as one side of a deal:
"a truce between Lebanon's Hezbollah movement and Israel" is Hezbollah's truce, not Lebanon's;
the country's own state bodies ("Sudan's army", "Japan's Self-Defense Forces") still bind the state.
A country that backs the side ("the Iran-backed group Hezbollah") is not the side either."""

from __future__ import annotations

from store.extract.state import CountryMention, State, owned_firm
from store.extract.tokens import APOSTROPHES


def owned_side(state: State, c: CountryMention) -> CountryMention | None:
    """The organisation right after the country's possessive ``c`` that the text names as the
    side ("Yemen's Houthi rebels", "Chile's Codelco, the state miner"), or None when the
    possessive names none or names one of the state's own bodies. (Rule: owned_side.)"""
    d = state.doc
    if c.j >= d.n or d.words[c.j] not in APOSTROPHES:
        return None  # the common case: one look
    o = owned_firm(state, c)
    if o is None or state.public_body(o):
        return None  # "India's Central Bureau of Investigation": the state's own body stands for it
    return o


# Words after "<Country>-" that make the country the side's backer, not the side.
_BACKERS = frozenset("backed led based funded allied aligned supported sponsored armed financed".split())


def past_backer(state: State, x: int) -> int:
    """The token after "Iran-backed" when a side opens with its backer ("the Iran-backed
    militant group Hezbollah": the group is the side), else ``x``. (Rule: backed_side.)"""
    c = state.country_start.get(x)
    if c is None or c.j + 2 >= state.doc.n:
        return x  # the common case: one look
    d = state.doc
    if d.words[c.j] in ("-", "\u2013") and d.low[c.j + 1] in _BACKERS and d.ends[c.j - 1] == d.starts[c.j]:
        return c.j + 2
    return x


def backed_party(state: State, x: int) -> CountryMention | None:
    """The side after its backer and up to three describing words ("Iran-backed militant group
    Hezbollah" from the token of "Iran"), or None when no backer opens the phrase there.
    (Rule: backed_side.)"""
    y = past_backer(state, x)
    if y == x:
        return None
    d = state.doc
    for z in range(y, min(d.n, y + 4)):
        if (p := state.party_start(z)) is not None:
            return p
        if not d.words[z].islower():
            return None
    return None
