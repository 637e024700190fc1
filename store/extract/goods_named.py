"""A name made of what a deal buys and a deal noun ("the Gripen agreement", "the Rafale deal"),
with no sides of its own, is the deal told before whose sentence buys those goods ("sealed a
defence deal under which Hungary will buy four more Gripen fighter jets"): a reader's short name
for that deal, no text of its own. (Rule: goods_named.)"""

from __future__ import annotations

from store.extract.state import AgreementAcc, State

# Deal nouns a goods name ends in.
_DEAL_NOUNS = frozenset("deal contract agreement order purchase sale".split())
# How many capitalised words the goods may take ("Gripen", "Rafale Marine", "JAS 39 Gripen").
_MOST = 3


def _goods_words(name: str) -> list[str] | None:
    """The goods words of a name shaped "<Goods> <deal noun>", or None for any other name."""
    words = name.split()
    if not 2 <= len(words) <= _MOST + 1 or words[-1].casefold() not in _DEAL_NOUNS:
        return None
    goods = words[:-1]
    return goods if all(w[:1].isupper() or w[:1].isdigit() for w in goods) else None


def _buys(state: State, u: AgreementAcc, goods: list[str], before: int) -> bool:
    """Whether a sentence of one of the deal's mentions holds the goods before token ``before``
    (the name's first mention)."""
    d = state.doc
    for i, _j in u.mentions:
        if i >= before:
            continue
        lo, here = d.sent_first[d.sent[i]], d.sent[i]
        said = {d.words[x] for x in range(lo, min(d.n, before, lo + 120)) if d.sent[x] == here}  # never the name's own words
        if all(w in said for w in goods):
            return True
    return False


def _join(n: AgreementAcc, u: AgreementAcc) -> None:
    """The name's mentions and words become the deal's; the deal's own facts stay its own."""
    u.mentions += n.mentions
    u.spans += n.spans
    u.referring.update(i for i, _j in n.mentions)  # a back-reference: it says nothing of the status
    if n.name not in u.keywords:
        u.keywords.append(n.name)


def fold_goods_names(state: State) -> None:
    """Fold each sideless goods name into the one deal told before it that buys those goods."""
    named = [a for a in state.agreements if not a.unnamed and not a.parties and not a.known and a.mentions]
    if not named:
        return  # most articles: no sideless name
    deals = [a for a in state.agreements if a.unnamed and len(a.parties) >= 2 and a.mentions]
    gone: set[int] = set()
    for n in named:
        goods = _goods_words(n.name)
        if goods is None or any(state.country_start.get(i) is not None for i, _j in n.mentions):
            continue  # "the Paris Agreement" holds no goods; "the Peru deal" names a side
        first = min(i for i, _j in n.mentions)
        fits = [u for u in deals if id(u) not in gone and _buys(state, u, goods, first)]
        if len(fits) == 1:
            _join(n, fits[0])
            gone.add(id(n))
    if gone:
        state.agreements[:] = [a for a in state.agreements if id(a) not in gone]
