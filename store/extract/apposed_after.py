"""Rule description_after_name: an indefinite description written right after a named
agreement, set off by a comma or said of it with "is" ("signed the Tarn Valley Treaty, a new
pact that ...", "The Tarn Valley Treaty is a ministry-level agreement between ..."), also past
its bracketed acronym ("the Tarn Valley Treaty (TVT), a river pact the two states signed in
2019") or past an adverb of its form ("the Tarn Valley Treaty, formally a joint declaration,"), describes
that agreement: no record of its own. So does one given through its owner's possessive ("The
Tarn Valley Treaty is Chile's first new alliance in decades"), rule possessed_description.
Its words join the named one; the sides it names join only a name that has none."""

from __future__ import annotations

from store.extract.named_after import fold_description
from store.extract.shapes import OTHER
from store.extract.state import AgreementAcc, State

# What links a name to the description said of it.
_LINKS = frozenset({",", "is", "was", "remains"})
_OWNERS = frozenset({"its", "their"})
# Adverbs saying what a text formally is, between the comma and the description.
FORMALLY = frozenset({"formally", "officially", "technically", "legally", "strictly"})


def _possessed_after(state: State, i: int, ends: dict[int, AgreementAcc]) -> AgreementAcc | None:
    """The named agreement a description at ``i`` given through a possessive is said of
    ("the X Treaty is Chile's first alliance", "the X Treaty, its second such pact")."""
    d = state.doc
    low, words = d.low, d.words
    x = i - 1
    if x >= 2 and low[x] == "s" and low[x - 1] in ("'", "\u2019"):
        x -= 2
        first = x
        while x >= 0 and words[x][:1].isupper() and first - x < 4 and d.sent[x] == d.sent[i]:
            x -= 1  # the possessor's name: "Papua New Guinea's"
        if x == first:
            return None
    elif x >= 1 and low[x] in _OWNERS:
        x -= 1
    else:
        return None
    if x < 1 or low[x] not in _LINKS or d.sent[x] != d.sent[i]:
        return None
    return ends.get(x)


def _before_acronym(state: State, j: int, ends: dict[int, AgreementAcc]) -> AgreementAcc | None:
    """The named agreement ending right before a bracketed acronym that ends at token j
    ("the X Agreement (XA), a pact ..."): the name's own short form stands between. (Rule:
    description_after_acronym.)"""
    low = state.doc.low
    if j < 4 or low[j - 1] != ")" or low[j - 3] != "(":
        return None
    return ends.get(j - 3) or ends.get(j - 1)


def _named_before(state: State, u: AgreementAcc, ends: dict[int, AgreementAcc]) -> AgreementAcc | None:
    """The named agreement one of the description's mentions is set right after."""
    d = state.doc
    for i, _j in u.mentions:
        k = i - 1
        if k >= 1 and d.low[k] not in ("a", "an"):
            k -= 1  # the mention may open past a word such as "new"
        link = k - 1
        if link >= 2 and d.low[link] in FORMALLY and d.low[link - 1] == ",":
            link -= 1  # ", formally a joint declaration": the text's form, said of the name
        if link < 1 or d.low[k] not in ("a", "an") or d.low[link] not in _LINKS:
            continue
        n = ends.get(link) or _before_acronym(state, link, ends)
        if n is not None and d.sent[link - 1] == d.sent[i]:
            return n
    for i, _j in u.mentions:
        n = _possessed_after(state, i, ends)
        if n is not None:
            return n
    return None


def fold_apposed_descriptions(state: State) -> None:
    """Fold each description apposed to a named agreement into it (see the module docstring)."""
    named = [a for a in state.agreements if not a.unnamed and a.mentions]
    if not named:
        return  # most articles: no named agreement
    ends = {j: n for n in named for _i, j in n.mentions}
    gone: set[int] = set()
    for u in state.agreements:
        if not u.unnamed or not u.mentions or not OTHER.isdisjoint(u.core.casefold().split()):
            continue  # "the X Treaty, a separate deal with Y": another text
        n = _named_before(state, u, ends)
        if n is None:
            continue
        fold_description(u, n)
        gone.add(id(u))
    if gone:
        state.agreements[:] = [a for a in state.agreements if id(a) not in gone]
