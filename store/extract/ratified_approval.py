"""An approval that makes an agreement binding: a lender's approval of its loan (see
``phrase_value``), or a legislature's approval of a text ("Lawmakers approved the accession
protocol", "the treaty was approved by parliament"), which is its ratification: the text is
signed, not announced; the day of that approval does not date its signing. (Rules: lender_approval, lender_approval_after, legislature_approval.)"""

from __future__ import annotations

from store.extract.phrase_value import lender_approval, lender_approved_after
from store.extract.state import State

# The verbs of a legislature's approval.
_APPROVING = frozenset({"approved", "endorsed", "ratified", "passed", "backed"})
# Words before the approval that leave it to come or deny it.
_NOT_DONE = frozenset({"to", "will", "would", "could", "should", "may", "might", "must", "not", "never", "yet"})
# Auxiliaries between a mention and the passive approval after it ("was formally approved").
_AUX = frozenset({"was", "were", "has", "have", "been", "formally", "finally", "also", "overwhelmingly", "unanimously"})
_LEGISLATURES = "legislature_words"
# The rule of a legislature's approval: its day is the ratification's, not the signing's.
RATIFIED = "legislature_approval"


# Lending nouns of a standing line the borrower draws on ("Extended Fund Facility", "Stand-By
# Arrangement"): a lender's approval opens it.
LINES = frozenset({"facility", "arrangement"})


def _lender_stage(state: State, j: int) -> str:
    """A lender's approval of a facility or arrangement opens it: in force (rule:
    facility_opened); of a loan it commits the money: signed."""
    return "in_force" if state.doc.low[j - 1] in LINES else "signed"


def signed_approval(state: State, lead: int, j: int) -> tuple[str, str] | None:
    """The stage and rule an approval cue before the mention at ``lead`` (ending at j) gives
    it: a lender's approval of its loan or facility, or a legislature that is the verb's
    subject (signed)."""
    if lender_approval(state.doc, lead, j):
        return _lender_stage(state, j), "lender_approval"  # "the board approved a $600 million loan"
    return ("signed", RATIFIED) if _legislature_subject(state, lead) else None


def signed_approval_after(state: State, j: int) -> tuple[str, str] | None:
    """The stage and rule an approval after the mention ending at j gives it: a lender's ("the
    Extended Fund Facility approved on March 20") or a legislature's ("was approved by 77
    members of parliament")."""
    if lender_approved_after(state.doc, j):
        return _lender_stage(state, j), "lender_approval_after"
    return ("signed", RATIFIED) if _legislature_after(state, j) else None


def _words(state: State) -> frozenset[str]:
    found = state.cues.derived.get(_LEGISLATURES)
    if found is None:
        found = state.cues.derived[_LEGISLATURES] = frozenset(
            str(w).casefold() for w in (state.gz.cues or {}).get(_LEGISLATURES) or ()
        )
    return found


def _legislature_subject(state: State, lead: int) -> bool:
    """Whether the sentence, before the approval verb right ahead of the mention at ``lead``,
    names a legislature as who approves ("Hungary's lawmakers on Monday approved the ...")."""
    d = state.doc
    low = d.low
    first = d.sent_first[d.sent[lead]]
    verb = next((k for k in range(lead - 1, max(first, lead - 4) - 1, -1) if low[k] in _APPROVING), None)
    if verb is None or verb - first > 14 or not _NOT_DONE.isdisjoint(low[first:verb]):
        return False
    return not _words(state).isdisjoint(low[first:verb])


def _legislature_after(state: State, j: int) -> bool:
    """Whether "was approved by <a legislature>" follows the mention ending at j (the body named
    within eight words of "by": "by 77 of the 140 members of parliament")."""
    d = state.doc
    low, n = d.low, d.n
    if not 0 < j < n:
        return False
    k = j
    while k < n and k - j < 3 and low[k] in _AUX:
        k += 1
    if not (k > j and k + 1 < n and low[k] in _APPROVING and low[k + 1] == "by" and d.sent[k] == d.sent[j - 1]):
        return False
    here = d.sent[k]
    words = _words(state)
    return any(low[x] in words for x in range(k + 2, min(n, k + 10)) if d.sent[x] == here)
