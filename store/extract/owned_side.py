"""A movement or company named through the country it is in, as one side of a deal:
"a truce between Lebanon's Hezbollah movement and Israel" is Hezbollah's truce, not Lebanon's;
the country's own state bodies ("Sudan's army", "Japan's Self-Defense Forces") still bind the state."""

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
