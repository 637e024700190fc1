"""Rule guessed_refers_back: a definite bare mention of a specific kind ("Mogadishu has
described the memorandum as ...") that found nothing to refer to when it was read, and so
was given the article's main pair by guess, is the text of its kind a later rule read before
it ("a memorandum of understanding that Dodoma signed with Somaliland"): it joins that
text, whose sides stand, and the guessed record goes."""

from __future__ import annotations

from store.extract.named_after import fold_description
from store.extract.referring import SPECIFIC, names_noun
from store.extract.state import AgreementAcc, State


def _guessed(acc: AgreementAcc) -> bool:
    """Whether an unnamed record is only a bare specific noun whose sides were all guessed."""
    return (
        acc.unnamed
        and acc.core in SPECIFIC
        and acc.year is None
        and all(k.casefold() == acc.core for k in acc.keywords)  # "the first contract": a text of its own
        and bool(acc.parties)
        and all(acc.party_rules.get(p) == "dominant_pair" for p, _s in acc.parties)
    )


def fold_guessed_references(state: State) -> None:
    """Fold each guessed bare mention into the latest text of its noun told before it."""
    guessed = [a for a in state.agreements if a.mentions and _guessed(a)]
    if not guessed:
        return  # most articles: none
    gone: set[int] = set()
    for u in guessed:
        at = min(i for i, _j in u.mentions)
        told = [a for a in state.agreements if a is not u and id(a) not in gone and a.mentions and names_noun(a, u.core) and min(i for i, _j in a.mentions) < at]
        if not told:
            continue
        t = max(told, key=lambda a: max(i for i, _j in a.mentions if i < at))
        u.name = u.core  # the guessed pair's name is no name of the text
        fold_description(u, t)
        gone.add(id(u))
    if gone:
        state.agreements[:] = [a for a in state.agreements if id(a) not in gone]
