"""A state's central bank or monetary authority as a party binds the state: "China's central
bank renewed a currency swap agreement with the Central Bank of Nigeria" is a China-Nigeria
swap, as a reader names it; a lender of its own (an export-import bank, a development bank)
stays the party."""

from __future__ import annotations

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
    if "bank" not in name.casefold() and "authority" not in name.casefold():
        return None  # the common case: one look
    if not _monetary(name) or state.gz.countries.get(name) is not None:
        return None
    words = [w for w in name.replace("'s", "").split() if w[:1].isupper()]
    for n in (3, 2, 1):  # "United Arab Emirates" before "Arab"
        for k in range(len(words) - n + 1):
            for e in state.gz.lookup(" ".join(words[k : k + n])):
                if e.kind == "country" and e.form != "capital":
                    return e.name
    return None


def bind_central_banks(state: State) -> None:
    """Each agreement party that is a state's central bank becomes the state (once, in its
    place), the rule noted. (Rule: central_bank_state.)"""
    for acc in state.agreements:
        if len(acc.parties) < 2:
            continue
        names = [p for p, _ in acc.parties]
        out: list[tuple[str, int]] = []
        changed = False
        for name, sentence in acc.parties:
            country = state_of_monetary(state, name)
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
