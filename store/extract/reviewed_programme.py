"""A lending programme the text says is reviewed is in force: a lender reviews only a programme
that runs ("finish the second review of the Extended Credit Facility it obtained in 2023",
"wrapped up a third review of Kenya's lending programme", "directors will review the Kenyan
programme").

The review's object, within a few words after "review of" (or the verb "review"), is a mention
of the programme or a lending noun; a bare lending noun belongs to the lending programme its
sentence mentions, else to the article's one lending programme. A programme "under review", or
one whose stage the text puts earlier than an announcement (proposed, negotiated), stays as it
is; one the review's own words read as under review is in force. (Rule: reviewed_programme.)
"""

from __future__ import annotations

from store.extract.facts import acc_status
from store.extract.not_yet_signed import lending
from store.extract.state import AgreementAcc, State
from store.extract.triggers import positions, vocabulary

_REVIEW = frozenset({"review", "reviews"})
# Nouns of a lending programme a review may name without its name ("the country's loan programme").
_LENDING_NOUNS = frozenset({"programme", "program", "facility", "arrangement", "loan", "bailout"})
# Words that end the review's object before a lending noun is reached.
_STOPS = frozenset({";", "which", "that", "while", "but", "after", "before", "when"})
_WINDOW = 16  # tokens after "review" the object's noun may stand at
# Stages a review moves on: a programme agreed or signed is running; a lender's review of its
# programme is a step of that running, not a review of the text ("under_review").
_MOVABLE = frozenset({"announced", "signed", "under_review"})


def fill_reviewed_programmes(state: State) -> None:
    """Put in force each lending programme the text says is reviewed."""
    if not state.agreements or _REVIEW.isdisjoint(vocabulary(state)):
        return  # one look at the article's word set, not a scan of its words
    d = state.doc
    low, sent = d.low, d.sent
    lenders = [acc for acc in state.agreements if acc.mentions and lending(state, acc)]
    if not lenders:
        return
    for k in positions(state, _REVIEW):
        if k and low[k - 1] == "under":
            continue  # "the programme is under review": a stage of its own
        acc = _reviewed(state, lenders, k)
        if acc is not None and (acc.status is None or acc.status in _MOVABLE):
            acc_status(acc, "in_force", sent[k], "reviewed_programme")


def _reviewed(state: State, lenders: list[AgreementAcc], k: int) -> AgreementAcc | None:
    """The lending programme the review at k is of, if its object names one."""
    d = state.doc
    low, sent = d.low, d.sent
    here = sent[k]
    start = k + 2 if k + 1 < d.n and low[k + 1] == "of" else k + 1
    for t in range(start, min(d.n, k + _WINDOW)):
        if sent[t] != here or low[t] in _STOPS:
            return None
        for acc in lenders:
            if any(i <= t < j for i, j in acc.mentions):
                return acc
        if low[t] in _LENDING_NOUNS:
            return _owner(state, lenders, here)
    return None


def _owner(state: State, lenders: list[AgreementAcc], sentence: int) -> AgreementAcc | None:
    """The lending programme a bare lending noun in the sentence refers to: the one the
    sentence mentions, else the article's only one."""
    sent = state.doc.sent
    here = [acc for acc in lenders if any(sent[i] == sentence for i, _ in acc.mentions)]
    if len(here) == 1:
        return here[0]
    return lenders[0] if not here and len(lenders) == 1 else None
