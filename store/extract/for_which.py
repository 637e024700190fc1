"""A text made for a deal told before, written as "the operation, for which a memorandum of
understanding had been announced in March": the deal's first text, between the deal's parties.
The deal is the one the noun before "for which" mentions, else the latest deal of two parties
told before that sentence. (Rule: for_which_text.)"""

from __future__ import annotations

from store.extract.lists import unnamed_name
from store.extract.state import AgreementAcc, State
from store.extract.triggers import positions

# Nouns a story calls a deal by once told ("the operation", "the transaction").
_DEAL_WORDS = frozenset("operation transaction sale purchase acquisition deal merger takeover".split())


def find_for_which_texts(state: State) -> None:
    """Read the texts made for a deal told before (see the module docstring)."""
    d = state.doc
    low, n, fam = d.low, d.n, state.cues.family
    for w in positions(state, frozenset({"which"})):
        if w < 4 or low[w - 1] != "for" or low[w - 2] != "," or low[w - 3] not in _DEAL_WORDS or w + 2 >= n:
            continue
        if low[w + 1] not in ("a", "an") or (k := w + 2) >= n or state.blocked[k]:
            continue
        e = k + 1 + (2 if low[k] == "memorandum" and low[k + 1 : k + 3] == ["of", "understanding"] else 0)
        family = fam.get(low[k])
        if family is None:
            continue
        deal = _deal_before(state, w - 3)
        if deal is None:
            continue
        sentence = d.sent[k]
        parties = [p for p, _ in deal.parties]
        core = d.span_text(k, e).lower() if not low[k].isupper() else d.span_text(k, e)
        acc = AgreementAcc(name=unnamed_name(state, parties, core), unnamed=True, family=family, first=k, core=core)
        acc.families.add(family)
        for p in parties:
            acc.add_party(p, sentence, "for_which_text")
        acc.mentions.append((k, e))
        acc.spans.append(state.span(k, e, "for_which_text"))
        acc.keywords.append(d.span_text(k, e))
        state.blocked[k:e] = b"\x01" * (e - k)
        state.agreements.append(acc)


def _deal_before(state: State, noun: int) -> AgreementAcc | None:
    """The deal the noun at ``noun`` mentions, else the latest unnamed deal of two or more
    parties told before its sentence."""
    first = state.doc.sent_first[state.doc.sent[noun]]
    told = [a for a in state.agreements if len(a.parties) >= 2 and a.mentions]
    for a in told:
        if any(i <= noun < j for i, j in a.mentions):
            return a
    before = [a for a in told if a.unnamed and not a.families.isdisjoint(("deal", "agreement")) and min(i for i, _ in a.mentions) < first]
    return max(before, key=lambda a: max(i for i, _ in a.mentions if i < first), default=None)
