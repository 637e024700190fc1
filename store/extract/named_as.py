"""Rule named_as: a description that the clause right after it names ("the truce, which the
rebels refer to as the Salween Agreement", "the ceasefire, known as the Salween Accord") is
that named agreement, whatever the two nouns: one record under the name, with the
description's sides when the name has none. (Rule: also_known_as.) A name the clause right
after another name gives ("the Pattani Declaration, also known as the Hat Yai Declaration") is
an alias of that agreement, not a second one. "The text" or "the document" a title is given
to ("The text, formally titled the X Agreement, was renegotiated") is the agreement told just
before (rule: text_titled)."""

from __future__ import annotations

from store.extract.apposed_after import FORMALLY
from store.extract.named_after import fold_description
from store.extract.prefixed_named import fold_record
from store.extract.state import AgreementAcc, State

# Words a name is given with, right before it (past "the").
_NAMING = frozenset({"as", "called", "dubbed", "named", "titled"})
# Nouns a text is referred back to by, not agreement nouns: "The text, formally titled the X".
_TEXT_NOUNS = frozenset({"text", "document"})
# How many tokens from the description's end to the name.
_REACH = 12


def _named_at(state: State, i: int) -> bool:
    """Whether the name's mention at i is given by a naming word ("refers to as the X")."""
    low = state.doc.low
    x = i - (i > 0 and low[i - 1] == "the")
    return x >= 1 and low[x - 1] in _NAMING and (low[x - 1] != "as" or x >= 2 and low[x - 2] in ("known", "to", "it", "them", "refer", "refers"))


def fold_named_as(state: State) -> None:
    """Fold each description into the name its next clause gives it (see the module docstring)."""
    named = [a for a in state.agreements if not a.unnamed and a.mentions]
    if not named:
        return  # most articles: no named agreement
    d = state.doc
    ends: dict[int, AgreementAcc] = {j: u for u in state.agreements if u.unnamed for _i, j in u.mentions}
    if not ends:
        return
    gone: set[int] = set()
    for n in named:
        for i, _j in n.mentions:
            if not _named_at(state, i):
                continue
            u = next((ends[j] for j in range(i - 1, max(0, i - _REACH), -1) if j in ends and d.sent[j - 1] == d.sent[i]), None)
            if u is None and _text_titled(state, i):
                u = _latest_before(state, i)  # "The text, formally titled the X": the text told before
            elif u is not None and d.low[_end_before(u, i) : i].count(",") != 1:
                continue
            if u is None or id(u) in gone:
                continue
            fold_description(u, n)
            gone.add(id(u))
            break
    if gone:
        state.agreements[:] = [a for a in state.agreements if id(a) not in gone]


def _text_titled(state: State, i: int) -> bool:
    """Whether the name at i is given to "the text" or "the document" opening its clause:
    "The text, formally titled the X Agreement, ..." (rule: text_titled)."""
    low = state.doc.low
    x = i - (i > 0 and low[i - 1] == "the") - 1  # the naming word
    x -= x >= 1 and low[x] == "as" and low[x - 1] == "known"
    x -= x >= 1 and low[x - 1] in FORMALLY
    return x >= 3 and low[x - 1] == "," and low[x - 2] in _TEXT_NOUNS and low[x - 3] == "the"


def _latest_before(state: State, i: int) -> AgreementAcc | None:
    """The unnamed agreement whose latest mention before token i comes last."""
    best, at = None, -1
    for u in state.agreements:
        if u.unnamed:
            last = max((j for _k, j in u.mentions if j <= i), default=-1)
            if last > at:
                best, at = u, last
    return best


def _end_before(u: AgreementAcc, i: int) -> int:
    """The end of the description's last mention before token i."""
    return max(j for _k, j in u.mentions if j <= i)


def fold_also_known(state: State) -> None:
    """Fold a name given right after another name with "known as" into that other's record."""
    named = [a for a in state.agreements if not a.unnamed and a.mentions]
    if len(named) < 2:
        return  # the common case: one name at most
    d = state.doc
    low = d.low
    ends = {j: n for n in named for _i, j in n.mentions}
    gone: set[int] = set()
    for n in named:
        for i, _j in n.mentions:
            x = i - (i > 0 and low[i - 1] == "the")
            if x < 3 or low[x - 1] != "as" or low[x - 2] != "known":
                continue
            y = x - 2 - (low[x - 3] == "also")  # ", also known as the"
            first = ends.get(y - 1) if low[y - 1] == "," else None
            if first is None or first is n or id(first) in gone or id(n) in gone:
                continue
            fold_record(first, n)
            gone.add(id(n))
            break
    if gone:
        state.agreements[:] = [a for a in state.agreements if id(a) not in gone]
