"""Ties are what an agreement restores, not an agreement beside it: "Israel and Morocco marked
the anniversary of the accord that restored diplomatic ties between them ... Under the
Israel-Morocco normalisation agreement ...". A record built on "ties" or "relations" whose
parties another agreement of the article holds too is that agreement's subject matter, so it
goes. (Rule: ties_of_an_agreement.)
"""

from __future__ import annotations

from store.extract.state import AgreementAcc, State

_TIES = frozenset({"ties", "relations"})


def drop_ties_of_agreements(state: State) -> None:
    """Drop each unnamed ties record whose parties another agreement of the article holds."""
    if len(state.agreements) < 2:
        return
    for acc in list(state.agreements):
        if not _ties(acc) or len(acc.parties) < 2:
            continue
        mine = {p for p, _ in acc.parties}
        if any(b is not acc and not _ties(b) and mine <= {p for p, _ in b.parties} for b in state.agreements):
            state.agreements.remove(acc)


def _ties(acc: AgreementAcc) -> bool:
    """Whether the record is an unnamed one built on the noun "ties" or "relations" (not an
    "agreed to restore relations", which is an agreement of its own)."""
    return acc.unnamed and acc.family == "alliance" and acc.core.rsplit(" ", 1)[-1].casefold() in _TIES
