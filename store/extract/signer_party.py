"""The country of the official who signs a named agreement with a partner: "Peruvian Foreign
Minister Ana Ruiz signed the X Agreement with Chilean Ambassador Luis Vera" binds Peru as well
as the partner's country, though only the partner stands beside the name as a party.
(Rule: signer_country.)
"""

from __future__ import annotations

from store.extract.state import AgreementAcc, State
from store.extract.status_cues import BEFORE_MENTION

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
        k = i - 1
        while k >= 0 and low[k] in BEFORE_MENTION:
            k -= 1
        if k < 1 or low[k] not in _SIGNING:
            continue
        sentence = d.sent[i]
        for person in state.persons:
            for role in person.roles:
                # the office read right before the verb: "Foreign Minister Ana Ruiz signed"
                if role.sentence == sentence and 0 <= k - role.name_j <= 1 and role.affiliation in gz.countries:
                    if role.affiliation != partner:
                        acc.add_party(role.affiliation, sentence, "signer_country")
                        return
