"""Rule demonym_parliament: "the Lebanese parliament", "the Chilean legislature": a state's
parliament written in lower case after its demonym is an organisation of the text, named as
written ("Lebanese parliament"), never a party to the deals it ratifies. In a text that names a
parliament by its proper name (the Knesset, the Grand National Assembly) the phrase is most
often that body again, and is left to it."""

from __future__ import annotations

from store.extract.organizations import _add as add_org
from store.extract.state import State

_BODIES = frozenset({"parliament", "legislature"})
_HOUSES = frozenset({"Assembly", "Parliament", "Congress", "Senate", "Duma", "Majlis"})  # last words of a parliament's name


def _named_parliament(state: State) -> bool:
    """Whether the text names a parliament: one the gazetteer knows (the Knesset) or a name
    ending in a house's word ("Grand National Assembly")."""
    known = state.gz.organizations
    for name in state.orgs:
        if name.rsplit(" ", 1)[-1] in _HOUSES or ((o := known.get(name)) is not None and o.type == "parliament"):
            return True
    return False


def find_demonym_parliaments(state: State) -> None:
    """Add "<Demonym> parliament" organisations (see the module docstring)."""
    d = state.doc
    text = d.text
    if "parliament" not in text and "legislature" not in text:
        return  # the common case: one look at the text
    if _named_parliament(state):
        return
    for k in range(1, d.n):
        if d.words[k] not in _BODIES or state.blocked[k]:
            continue
        c = state.country_end.get(k)
        if c is None or c.form != "demonym" or c.j != k:
            continue
        add_org(state, f"{c.surface} {d.words[k]}", c.i, k + 1, "demonym-parliament")
        state.org_start.pop(c.i, None)  # a parliament ratifies a deal; it is never a party to it
