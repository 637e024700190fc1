"""Signed or not: an agreement the text says is not signed yet ("the deal has yet to be signed",
"It has not yet been signed.") is at most announced, whatever verb made it ("agreed a deal"):
agreed in words, no signature (rule: not_yet_signed). A lender's loan or programme approved
years ago stays signed rather than in force: it is drawn on, not in force (rule: lending_signed)."""

from __future__ import annotations

from store.extract.state import AgreementAcc, State

_AUX = frozenset({"has", "have", "had", "is", "are", "was", "were", "still", "been", "be", "so", "far"})
_SIGNED = frozenset({"signed", "inked", "sealed"})
_KEY = "unsigned_words"
# Verbs before "to be signed" that leave the signing to come ("needs to be signed", "remains to be signed").
_STILL_TO = frozenset({"needs", "need", "remains", "remain", "has", "have"})


def _unsigned_at(low: list[str], k: int, n: int) -> bool:
    """Whether the words from k say no signing yet: "[has] yet to be signed", "[has] not
    [yet] [been] signed"."""
    while k < n and low[k] in _AUX:
        k += 1
    if k + 3 < n and low[k] == "yet" and low[k + 1] == "to" and low[k + 2] == "be" and low[k + 3] in _SIGNED:
        return True
    k += k < n and low[k] in _STILL_TO  # "still needs to be signed", "remains to be signed"
    if k + 2 < n and low[k] == "to" and low[k + 1] == "be" and low[k + 2] in _SIGNED:
        return True  # "still has to be signed"
    if k < n and low[k] in ("not", "never"):
        k += 1
        while k < n and (low[k] == "yet" or low[k] in _AUX):
            k += 1
        return k < n and low[k] in _SIGNED
    return False


def not_yet_signed(state: State, acc: AgreementAcc) -> bool:
    """Whether a mention of ``acc`` is followed by words saying it is unsigned (itself or in a
    "which" clause a few words on), or the sentence after one of its mentions opens with "It"
    and says so."""
    said = state.cache.get(_KEY)
    if said is None:  # the text searched once per article, in C
        text = state.doc.text
        # a text without one of the phrases the rule reads needs no token walk
        said = state.cache[_KEY] = "to be signed" in text or "been signed" in text or "not yet signed" in text or "never signed" in text or "not signed" in text
    if not said:
        return False  # the common case
    d = state.doc
    low, n = d.low, d.n
    for i, j in acc.mentions:
        if _unsigned_at(low, j + (j < n and low[j] == ","), n):
            return True  # "The treaty still has to be signed", "The X Agreement, still has to be ..."
        if j < n and low[j] == ",":  # "The agreement, announced in Beijing, has not yet been signed"
            close = next((x for x in range(j + 1, min(j + 9, n)) if low[x] == "," and d.sent[x] == d.sent[i]), 0)
            if close and _unsigned_at(low, close + 1, n):
                return True
        for x in range(j, min(j + 12, n)):  # "agreed a deal on Monday, which has yet to be signed"
            if d.sent[x] != d.sent[i]:
                break
            if (low[x] in ("which", "that") or low[x] == "it" and low[x - 1] in ("but", "and", ",")) and _unsigned_at(low, x + 1, n):
                return True  # "a deal was reached in May, but it was never signed" (rule: but_never_signed)
        nxt = d.sent[i] + 1
        if nxt < len(d.sent_first) and low[d.sent_first[nxt]] == "it" and _unsigned_at(low, d.sent_first[nxt] + 1, n):
            return True
    return False


# Head words of a lender's loans and programmes ("Extended Fund Facility", "a $3 billion loan").
_LENDING = frozenset({"loan", "loans", "facility", "programme", "program", "credit"})


def lending(state: State, acc: AgreementAcc) -> bool:
    """Whether ``acc`` is a loan or lending programme: its head word, or the gazetteer's type."""
    head = (acc.core or acc.name).rsplit(" ", 1)[-1].casefold()
    if head in _LENDING:
        return True
    known = state.gz.agreements.get(acc.name) if acc.known else None
    return known is not None and "lending" in (known.type or "")
