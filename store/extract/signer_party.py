"""The country of the official who signs a named agreement with a partner: "Peruvian Foreign
Minister Ana Ruiz signed the X Agreement with Chilean Ambassador Luis Vera" binds Peru as well
as the partner's country, though only the partner stands beside the name as a party. So does
the official whose verbs are joined, the signing the second: "Ghana's Prime Minister A
travelled to Beijing and signed the X Agreement with China" binds Ghana. (Rule: signer_country.)
"""

from __future__ import annotations

from store.extract.state import AgreementAcc, State
from store.extract.status_cues import BEFORE_MENTION
from store.extract.tokens import Doc

_SIGNING = frozenset({"signed", "inked", "sealed", "concluded", "signs", "inks"})


def fill_signer_parties(state: State) -> None:
    """Add the signer's country to each named agreement whose one party is the partner it was
    signed with."""
    for acc in state.agreements:
        if acc.unnamed or len(acc.parties) != 1 or acc.party_rules.get(acc.parties[0][0]) != "with_partner":
            continue
        _add_signer(state, acc)


def _add_signer(state: State, acc: AgreementAcc) -> None:
    d, gz = state.doc, state.gz
    low = d.low
    partner = acc.parties[0][0]
    for i, _j in sorted(acc.mentions):
        subject = _subject_under(state, i)
        if subject is not None and subject != partner:
            acc.add_party(subject, d.sent[i], "under_subject")
            return
        k = i - 1
        while k >= 0 and low[k] in BEFORE_MENTION:
            k -= 1
        if k < 1 or low[k] not in _SIGNING:
            continue
        sentence = d.sent[i]
        for person in state.persons:
            for role in person.roles:
                # the office read right before the verb: "Foreign Minister Ana Ruiz signed"
                if role.sentence != sentence or role.affiliation not in gz.countries or role.affiliation == partner:
                    continue
                if 0 <= k - role.name_j <= 1 or _joined(d, role.name_j, k):
                    acc.add_party(role.affiliation, sentence, "signer_country")
                    return


def _subject_under(state: State, i: int) -> str | None:
    """The country that opens the sentence of a mention read after "under [a/the/its]" ("The
    Philippines has long hosted U.S. troops under a Visiting Forces Agreement signed with
    Washington"): who acts under an agreement with a partner is its other side. (Rule: under_subject.)"""
    d = state.doc
    k = i - 1
    while k >= 0 and d.low[k] in _UNDER_DETS:
        k -= 1
    if k < 1 or d.low[k] != "under" or d.sent[k] != d.sent[i]:
        return None
    first = d.sent_first[d.sent[i]]
    first += d.low[first] == "the"
    c = state.country_start.get(first)
    return c.name if c is not None and c.j < k else None


_UNDER_DETS = frozenset({"a", "an", "the", "its", "their"})


# The most words a first predicate joined to the signing may have ("travelled to Beijing").
_JOINED_MAX = 8


def _joined(d: Doc, name_j: int, k: int) -> bool:
    """Whether the signing verb at k is the second of two predicates of the name ending at
    ``name_j``, joined by "and" ("A travelled to Beijing and signed"): the first opens in lower
    case right after the name, and no comma or other "and" stands between."""
    low, sent = d.low, d.sent
    first = name_j + 1
    if not (first < k - 1 and k - 1 - first <= _JOINED_MAX and low[k - 1] == "and" and d.words[first][:1].islower()):
        return False
    return sent[first] == sent[k] and all(low[x] not in (",", "and", ";", "which", "who") for x in range(first, k - 1))
