"""A text its own sides adopt is made: "the two sides adopted the Joint Declaration of X", "the
leaders adopted a declaration on ...". Where a body adopts a text ("member states adopted the
treaty", "the assembly adopted"), adoption only fixes the words (see ``adopted``); where those
who are bound by it adopt it at their meeting, that is its conclusion, as a signing is.

Such an agreement with no other stage is signed; its year is the adoption day's, else the
article's when the sentence dates nothing itself (a text adopted at the meeting the story
tells is the story's news). (Rule: sides_adopted.)
"""

from __future__ import annotations

from store.extract.fact_years import sentence_size
from store.extract.facts import acc_status, acc_year
from store.extract.signers_subject import signers_subject
from store.extract.state import State
from store.extract.triggers import vocabulary
from store.extract.when import article_year, dates_itself, day_year

# Nouns for those bound by a text who adopt it themselves.
_SIDES = frozenset({"sides", "leaders", "presidents", "parties", "governments", "delegations", "heads"})
_REACH = 4  # tokens before "adopted" the subject's noun may stand at
_BEFORE = 8  # tokens before the mention "adopted" may stand at


def sides_adopt(state: State) -> None:
    """Put as signed each agreement its own sides are said to adopt."""
    if "adopted" not in vocabulary(state) or not state.agreements:
        return
    d = state.doc
    low = d.low
    for acc in state.agreements:
        if acc.status is not None:
            continue
        verb = next((v for i, _ in sorted(acc.mentions) if (v := _adopting(state, i)) >= 0), -1)
        if verb < 0:
            continue
        sentence = d.sent[verb]
        lo = d.sent_first[sentence]
        hi = lo + sentence_size(d, lo, sentence, 120)
        if _SIDES.isdisjoint(low[max(lo, verb - _REACH) : verb]) and not any(signers_subject(state, i) for i, _ in acc.mentions):
            continue  # "member states adopted": a body fixing the words; not "President X and US President Y adopted"
        acc_status(acc, "signed", sentence, "sides_adopted")
        if acc.year is None:
            year = day_year(state, sentence)
            if year is None and not dates_itself(low[lo:hi]) and (published := article_year(state)) is not None:
                year = published[0]
            if year is not None:
                acc_year(acc, year, sentence, "sides_adopted")


def _adopting(state: State, i: int) -> int:
    """The token of "adopted" a few words before the mention at i, in its clause ("adopted an
    11-point Declaration on X", "adopted the Joint Declaration of X"), else -1."""
    d = state.doc
    low = d.low
    for k in range(i - 1, max(-1, i - _BEFORE), -1):
        if d.sent[k] != d.sent[i] or low[k] in (",", ";", "and"):
            return -1
        if low[k] == "adopted":
            return k
    return -1
