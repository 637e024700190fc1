"""A state's central bank or monetary authority as a party binds the state: "China's central
bank renewed a currency swap agreement with the Central Bank of Nigeria" is a China-Nigeria
swap, as a reader names it; a lender of its own (an export-import bank, a development bank)
stays the party. So does any state body named after its country whose other side is a state:
"an MoU between the Maldives Anti-Corruption Commission and India" is a Maldives-India MoU."""

from __future__ import annotations

from store.extract.body_state import country_of_words
from store.extract.lists import unnamed_name
from store.extract.state import State

# Word pairs that name a state's monetary authority.
_MONETARY = (("central", "bank"), ("reserve", "bank"), ("monetary", "authority"), ("national", "bank"))


def _monetary(name: str) -> bool:
    words = name.casefold().split()
    return any(words[x] == a and words[x + 1] == b for x in range(len(words) - 1) for a, b in _MONETARY)


def state_of_monetary(state: State, name: str) -> str | None:
    """The country a central bank's name holds ("Central Bank of Nigeria", "Chinese Central
    Bank", "Reserve Bank of India"), or None for any other name. (Rule: central_bank_state.)"""
    known = state.gz.organizations.get(name)
    if known is not None and known.type == "central_bank":
        return known.country  # "People's Bank of China", "Federal Reserve": the gazetteer says whose
    if "bank" not in name.casefold() and "authority" not in name.casefold():
        return None  # the common case: one look
    if not _monetary(name) or state.gz.countries.get(name) is not None:
        return None
    return country_in(state, name)


def country_in(state: State, name: str) -> str | None:
    """The country a body's name holds by its name or adjective, or None."""
    return country_of_words(state, [w for w in name.replace("'s", "").split() if w[:1].isupper()])


# Words of a body that lends or trades on its own account: it stays the party.
_OWN_ACCOUNT = frozenset("bank fund corporation company exim eximbank export-import".split())


def _state_body(state: State, name: str) -> bool:
    words = name.casefold().split()
    return _OWN_ACCOUNT.isdisjoint(words) and state.public_name(name, words)


def bind_central_banks(state: State) -> None:
    """Each agreement party that is a state's central bank becomes the state (once, in its
    place), the rule noted. (Rule: central_bank_state.)"""
    for acc in state.agreements:
        if len(acc.parties) < 2:
            continue
        names = [p for p, _ in acc.parties]
        out: list[tuple[str, int]] = []
        changed = False
        beside_state = any(state.gz.countries.get(p) is not None for p in names)
        for name, sentence in acc.parties:
            country = state_of_monetary(state, name)
            if country is None and beside_state and name in state.orgs and _state_body(state, name):
                country = country_in(state, name)  # "between the Maldives Anti-Corruption Commission and India" (rule: body_beside_state)
            if country is not None:
                changed = True
                if country in names and country != name:
                    continue  # the state is a party already
                acc.party_rules[country] = "central_bank_state"
                acc.party_rules.pop(name, None)
                name = country
            if all(p != name for p, _ in out):
                out.append((name, sentence))
        if changed and len(out) >= 2:
            acc.parties = out
            if acc.unnamed and acc.core:  # "Chinese Central Bank-CBN currency swap": China-Nigeria
                acc.name = unnamed_name(state, [p for p, _ in out], acc.core)
