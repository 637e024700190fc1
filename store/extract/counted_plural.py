"""A counted plural whose members the text names next: "X and Y signed two security agreements
on Monday. The minister signed the Status of Forces Agreement and a maritime interdiction
agreement ..." The plural is those two, not a third agreement: its record goes, and a member
with no parties of its own takes the plural's. (Rule: counted_plural_named.)
"""

from __future__ import annotations

from store.extract.state import AgreementAcc, State

_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "2": 2, "3": 3, "4": 4, "5": 5, "6": 6}
# How many sentences after the plural its members may be named in (its own and the next two).
_REACH = 2


def fold_counted_plurals(state: State) -> None:
    """Drop each counted plural whose exact count of agreements the text names right after it."""
    if len(state.agreements) < 3:
        return  # a plural and at least two members
    d = state.doc
    low, sent = d.low, d.sent
    for acc in list(state.agreements):
        if not acc.unnamed or not acc.mentions:
            continue
        i, j = min(acc.mentions)
        count = next((_COUNTS[w] for w in low[i:j] if w in _COUNTS), 0)
        if not count or not low[j - 1].endswith("s"):
            continue  # "a security agreement", "the two sides' deal": no counted plural
        here = sent[i]
        members = [
            a
            for a in state.agreements
            if a is not acc and a.mentions and min(a.mentions)[0] >= j and sent[min(a.mentions)[0]] - here <= _REACH
        ]
        if len(members) != count:
            continue
        state.agreements.remove(acc)
        for a in members:
            _share_parties(acc, a)


def _share_parties(plural: AgreementAcc, member: AgreementAcc) -> None:
    """A member named without parties of its own is made by the plural's parties."""
    if member.parties:
        return
    for name, sentence in plural.parties:
        member.add_party(name, sentence, "counted_plural_named")
