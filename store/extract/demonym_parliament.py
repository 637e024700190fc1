"""Rule demonym_parliament: "the Lebanese parliament", "the Chilean legislature": a state's
parliament written in lower case after its demonym is an organisation of the text, named as
written ("Lebanese parliament"), never a party to the deals it ratifies. In a text that names a
parliament by its proper name (the Knesset, the Grand National Assembly) the phrase is most
often that body again, and is left to it. Rule demonym_service: a state's forces and cabinet so
written ("the Somali navy", "Egyptian armed forces spokesman A") are organisations too, their
lower-case words (`demonym_services` in `cues.json`) named as written."""

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
    _services(state)
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


def _services(state: State) -> None:
    """Add "<Demonym> navy", "<Demonym> armed forces" and the like (rule demonym_service)."""
    d = state.doc
    for c in list(state.country_start.values()):
        k = c.j
        if c.form != "demonym" or k >= d.n or not d.words[k].islower() or state.blocked[k]:
            continue
        for words in state.cues.services:
            n = len(words)
            if tuple(d.low[k : k + n]) == words and all(w.islower() for w in d.words[k : k + n]) and not state.blocked.find(1, k, k + n) >= 0:
                if c.i >= 1 and d.low[c.i - 1] in ("a", "an"):
                    break  # "a Polish army base": a state has one army; so written it qualifies a noun
                add_org(state, f"{c.surface} {d.span_text(k, k + n)}", c.i, k + n, "demonym-service")
                break
