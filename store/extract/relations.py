"""Agreements to restore or establish relations, which news words as a verb phrase rather than
a noun: "Iran and Saudi Arabia have agreed to restore diplomatic relations". The subject's
countries are its parties; it is announced (the restoring is still to come). Later mentions
("the agreement", "the restoration of ties") refer back to it as to any agreement.
"""

from __future__ import annotations

from store.extract.lists import unnamed_name
from store.extract.parties import latest_list, subject_countries
from store.extract.state import AgreementAcc, State
from store.extract.triggers import positions, vocabulary

_AGREE = frozenset({"agreed", "agree", "agrees", "agreeing"})
_RESTORE = frozenset(
    "restore resume normalise normalize establish re-establish reestablish reinstate".split()
)
_RELATIONS = frozenset({"relations", "ties"})
_BETWEEN = frozenset({"full", "diplomatic", "formal", "bilateral"})


def find_relations(state: State) -> None:
    """One agreement per party pair for each "agreed to restore (diplomatic) relations".
    (Rule: agreed_to_restore_relations.)"""
    vocab = vocabulary(state)
    if _RESTORE.isdisjoint(vocab) or _RELATIONS.isdisjoint(vocab):
        return  # no verb of restoring or no "relations" written: most articles (two set tests)
    d = state.doc
    low, n = d.low, d.n
    for k in positions(state, _AGREE):  # the article's few "agreed": no test of every token
        if k >= n - 3 or low[k + 1] != "to" or low[k + 2] not in _RESTORE:
            continue
        x = k + 3
        while x < n and x - k < 6 and low[x] in _BETWEEN:
            x += 1
        if x >= n or low[x] not in _RELATIONS or state.blocked.find(1, k, x + 1) >= 0:
            continue
        sentence = d.sent[k]
        parties = latest_list(state, sentence, k) or subject_countries(state, sentence, k)
        if not parties or len(parties) < 2:
            continue
        core = "agreement to " + d.span_text(k + 2, x + 1).casefold()
        acc = AgreementAcc(name=unnamed_name(state, parties, core), unnamed=True, family="agreement", first=k, core=core)
        acc.families.add("agreement")
        for p in parties:
            acc.add_party(p, sentence, "agreed_to_restore_relations")
        acc.status_hint, acc.status_sentence, acc.hint_rule = "announced", sentence, "agreed_to_restore_relations"
        acc.keywords.append(d.span_text(k + 2, x + 1))
        acc.spans.append(state.span(k, x + 1))
        acc.mentions.append((k, x + 1))
        state.agreements.append(acc)
        state.blocked[k : x + 1] = b"\x01" * (x + 1 - k)
