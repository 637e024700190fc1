"""Rule physical_network: a network of pipes, wires, rails or roads ("Iran's northern
network", "their power networks", "the trans-Himalayan multidimensional connectivity
network"; `network_kinds` in `cues.json`) is no agreement: the noun is blocked before
agreements are read, so it makes no record and joins none. A network two sides set up
together ("a joint air defence network") is still read."""

from __future__ import annotations

from store.extract.state import State
from store.extract.triggers import positions

_NOUNS = frozenset({"network", "networks"})
_APOSTROPHES = frozenset({"'", "\u2019"})


def _kinds(state: State) -> frozenset[str]:
    """The words that make a network a physical one."""
    table = state.cues.derived.get("network_kinds")
    if not isinstance(table, frozenset):
        raw = (state.gz.cues or {}).get("network_kinds") or ()
        table = state.cues.derived["network_kinds"] = frozenset(str(w).casefold() for w in raw)
    return table


def _physical(state: State, k: int) -> bool:
    """Whether the network noun at k is a physical one: a kind word among the lower-case words
    before it, or one state's possessive owning it ("Georgia's southern network")."""
    d = state.doc
    low, words = d.low, d.words
    kinds = _kinds(state)
    x = k - 1
    while x >= 0 and k - x <= 6 and d.sent[x] == d.sent[k]:
        w = low[x]
        if w == "joint":
            return False  # "a joint air defence network": made together
        if w in kinds:
            return True
        if w == "s" and x >= 2 and low[x - 1] in _APOSTROPHES:
            return state.country_end.get(x - 1) is not None  # "Georgia's southern network"
        if w != "-" and not words[x][:1].islower():
            return False
        x -= 1
    return False


def block_physical_networks(state: State) -> None:
    """Block each physical network's noun."""
    for k in positions(state, _NOUNS):
        if _physical(state, k):
            state.block(k, k + 1)
