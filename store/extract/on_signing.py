"""An agreement that takes effect on its signing and was signed is in force: "the statement says
relations open with effect from the day of signing", "it enters into force upon signature".

The sentence saying so may speak of the agreement by another word ("the statement", "the
text"); it belongs to the agreement it mentions, else to the one mentioned last in the two
sentences before it. Only a signed agreement moves on: one still to be signed stays announced.
(Rule: in_force_on_signing.)
"""

from __future__ import annotations

from store.extract.facts import acc_status
from store.extract.state import AgreementAcc, State
from store.extract.triggers import positions

_SIGNING = frozenset({"signing", "signature", "being"})
# Words of the phrase before the signing: "with effect from the day of", "into force upon".
_EFFECT = frozenset({"effect", "force", "effective", "operative"})
_FROM = frozenset({"from", "upon", "on", "at"})
_BETWEEN = frozenset({"the", "day", "date", "of", "its", "their"})


def in_force_on_signing(state: State) -> None:
    """Move a signed agreement to in force where the text says it took effect on signing."""
    d = state.doc
    low, sent = d.low, d.sent
    if not state.agreements:
        return
    for k in positions(state, _SIGNING):
        if low[k] == "being":  # "upon being signed"
            if d.lower(k + 1) != "signed":
                continue
            k, x = k + 1, k - 1
        else:
            x = k - 1
        while x > 0 and k - x <= 4 and low[x] in _BETWEEN:
            x -= 1  # back over "the day of", "its"
        if x < 1 or low[x] not in _FROM or not (low[x - 1] in _EFFECT or low[x - 1] == "immediately" and low[x - 2] in _EFFECT):
            continue
        acc = _spoken_of(state, sent[k])
        if acc is not None and acc.status == "signed":
            acc_status(acc, "in_force", sent[k], "in_force_on_signing")


def _spoken_of(state: State, sentence: int) -> AgreementAcc | None:
    """The agreement the sentence mentions, else the one mentioned last in the two before it."""
    d = state.doc
    best: tuple[int, AgreementAcc] | None = None
    for acc in state.agreements:
        for i, _ in acc.mentions:
            s = d.sent[i]
            if s == sentence:
                return acc
            if sentence - 2 <= s < sentence and (best is None or i > best[0]):
                best = (i, acc)
    return best[1] if best is not None else None
