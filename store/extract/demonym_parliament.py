"""Rule demonym_parliament: "the Lebanese parliament", "the Chilean legislature": a state's
parliament written in lower case after its demonym is an organisation of the text, named as
written ("Lebanese parliament"), never a party to the deals it ratifies. In a text that names a
parliament by its proper name (the Knesset, the Grand National Assembly) the phrase is most
often that body again, and is left to it, unless a
house named without its state is one state's and the phrase another's (rule other_state_parliament). Rule demonym_service: a state's forces and cabinet so
written ("the Somali navy", "Egyptian armed forces spokesman A") are organisations too, their
lower-case words (`demonym_services` in `cues.json`) named as written. Rule bare_parliament:
"Parliament" alone inside a sentence is the house the text names, else a body "Parliament"."""

from __future__ import annotations

from store.extract.organizations import _add as add_org
from store.extract.state import CountryMention, State
from store.extract.triggers import positions

_BODIES = frozenset({"parliament", "legislature"})
_HOUSES = frozenset({"Assembly", "Parliament", "Congress", "Senate", "Duma", "Majlis"})  # last words of a parliament's name


def _named_parliaments(state: State) -> list[str | None]:
    """The parliaments the text names by a proper name: a gazetteer one (the Knesset) by its
    name, None for a name the gazetteer does not know ending in a house's word ("National
    Assembly"), which gives no state."""
    known = state.gz.organizations
    out: list[str | None] = []
    for name in state.orgs:
        o = known.get(name)
        if o is not None and o.type == "parliament":
            out.append(name)
        elif name.rsplit(" ", 1)[-1] in _HOUSES:
            out.append(name if o is not None else None)
    return out


def _left_to_named(state: State, found: list[CountryMention]) -> set[str] | None:
    """Rule other_state_parliament: the states whose "<Demonym> parliament" is a parliament the
    text names by its proper name. A house named without its state ("the National Assembly")
    is the state's whose phrase comes first (a text names its own subject's house), and
    another state's phrase cannot be it; None (every phrase left to the names) otherwise."""
    homes = _named_parliaments(state)
    if not homes:
        return set()
    if any(h is not None for h in homes) or len({c.name for c in found}) < 2:
        return None
    return {found[0].name}


def find_demonym_parliaments(state: State) -> None:
    """Add "<Demonym> parliament" organisations (see the module docstring)."""
    _services(state)
    d = state.doc
    text = d.text
    if "Parliament" in text:
        _bare_parliament(state)
    if "parliament" not in text and "legislature" not in text:
        return  # the common case: one look at the text
    found: list[CountryMention] = []
    for k in positions(state, _BODIES):  # the few tokens that may be one, found in C
        if k < 1 or d.words[k] not in _BODIES or state.blocked[k]:
            continue
        c = state.country_end.get(k)
        if c is not None and c.form == "demonym" and c.j == k:
            found.append(c)
    left = _left_to_named(state, found) if found else set()
    for c in found:
        if left is None or c.name in left:
            continue
        k = c.j
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


def _bare_parliament(state: State) -> None:
    """Rule bare_parliament: "Parliament" written alone with a capital inside a sentence ("it
    must go before Parliament") is the house of the state the text speaks of: the one house
    the text names by a name the list does not know ("National Assembly"), else a body named
    "Parliament"; none when the text names a house the list knows (which one is not told).
    Not a longer name's word ("European Parliament", "Parliament House"), a heading's or a
    sentence's first word."""
    d = state.doc
    houses: list[str] | None = None
    for k in positions(state, _BARE):
        if d.words[k] != "Parliament" or d.sentence_start(k) or d.heading[d.sent[k]] or state.blocked[k]:
            continue
        if d.is_cap(k - 1) or (k + 1 < d.n and (d.is_cap(k + 1) or d.low[k + 1] == "of")):
            continue
        if houses is None:
            known = state.gz.organizations
            if any((o := known.get(n)) is not None and o.type == "parliament" for n in state.orgs):
                return  # a house the list knows ("European Parliament", "Knesset"): which is meant is not told
            houses = sorted({n for n in state.orgs if n not in known and n != "Parliament" and n.rsplit(" ", 1)[-1] in _HOUSES})
        if len(houses) > 1:
            return  # which house is meant is not told
        add_org(state, houses[0] if houses else "Parliament", k, k + 1, "bare-parliament")


_BARE = frozenset({"parliament"})

