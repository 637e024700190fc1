"""Rule party_adjective: a known party named by its adjective before a word for its members
or officers ("Conservative leader A", "Labour MPs", "Republican senators") is that party (the
gazetteer's "Conservative Party"), the adjective its form in the text; only when the
adjective opens its capitalised run, so "Liberal Democratic Party" stays whole."""

from __future__ import annotations

from store.extract.organizations import _add as add_org
from store.extract.state import State
from store.extract.triggers import positions, vocabulary

_MEMBER_WORDS = frozenset(
    "leader leaders leadership lawmaker lawmakers legislator legislators mp mps senator senators "
    "congressman congresswoman deputies candidate chairman chairwoman spokesman spokeswoman".split()
)


def _adjectives(state: State) -> dict[str, str]:
    """Each party's adjective ("conservative") -> its name ("Conservative Party"), for parties
    the gazetteer names "<adjective> Party"; built once per gazetteer."""
    gz = state.gz
    found = gz.derived.get("party_adjectives")
    if found is None:
        found = {}
        for name, o in gz.organizations.items():
            words = name.split()
            if o.type == "party" and len(words) >= 2 and words[-1] == "Party" and all(w[:1].isupper() for w in words):
                found.setdefault(" ".join(words[:-1]).casefold(), name)
        gz.derived["party_adjectives"] = found
    return found  # type: ignore[return-value]


def find_party_adjectives(state: State) -> None:
    """Add the parties named by their adjective (see the module docstring)."""
    if _MEMBER_WORDS.isdisjoint(vocabulary(state)):
        return
    d = state.doc
    adjectives = _adjectives(state)
    for k in positions(state, _MEMBER_WORDS):
        if d.words[k].istitle():
            continue  # "Conservative Leader": a capitalised run, read elsewhere
        for n in (1, 2):
            i = k - n
            if i < 0 or not all(d.is_cap(x) for x in range(i, k)) or d.sent[i] != d.sent[k]:
                break
            name = adjectives.get(d.span_text(i, k).casefold())
            if name is None:
                continue
            if i > 0 and d.is_cap(i - 1) and not d.sentence_start(i) and state.country_end.get(i) is None:
                break  # the adjective does not open its run (a country may come first: "UK Labour MPs")
            if state.blocked.find(1, i, k) < 0:
                add_org(state, name, i, k, "party-adjective")
            break
