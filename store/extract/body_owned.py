"""An agreement a body's name stands before, with its subject after it: "the WHO agreement on
pandemic management that member states are negotiating" is the body's text (and a partner's
after "with"), under negotiation when its sentence says it is negotiated; one of a body that an
agreement told before already binds is that one. (Rule: body_owned.)"""

from __future__ import annotations

from store.extract.lists import unnamed_name
from store.extract.shapes import subject_after
from store.extract.state import AgreementAcc, State
from store.extract.triggers import positions

_ON = frozenset({"on"})
_NEGOTIATED = frozenset({"negotiating", "negotiated", "negotiate", "negotiation", "negotiations", "drafting", "talks"})


def find_body_owned(state: State) -> None:
    """Each "the <body> <agreement noun> on <subject>" no record holds (see the module docstring)."""
    if " agreement on " not in state.doc.text and " treaty on " not in state.doc.text and " accord on " not in state.doc.text:
        return  # the common case: no described text with its subject
    d = state.doc
    low, n = d.low, d.n
    fam = state.cues.family
    for on in positions(state, _ON):
        k = on - 1
        if k < 1 or on + 1 >= n or low[k] not in fam or state.blocked[k] or k not in state.org_end:
            continue
        body = state.org_end[k]
        start = next((i for i in range(max(0, k - 8), k) if (o := state.org_start.get(i)) is not None and o.j == k), None)
        if start is None or start == 0 or low[start - 1] != "the" or body not in state.gz.organizations:
            continue  # "the WHO agreement": a known body right after "the"
        if any(body in (p for p, _ in acc.parties) for acc in state.agreements if acc.mentions and acc.first < k):
            continue  # "the IMF loan ... the IMF agreement on the loan": the one told before
        end = subject_after(d, k)
        if end <= k + 2:
            continue
        parties = [body]
        if end + 1 < n and low[end] == "with":
            c = state.party_start(end + 1 + (low[end + 1] == "the"))
            if c is not None and c.name != body:
                parties.append(c.name)
        _record(state, parties, k, end)


def _record(state: State, parties: list[str], k: int, end: int) -> None:
    d = state.doc
    sentence = d.sent[k]
    core = d.text[d.starts[k] : d.ends[end - 1]]
    acc = AgreementAcc(name=unnamed_name(state, parties, core), unnamed=True, family=state.cues.family[d.low[k]], first=k, core=core)
    acc.families.add(acc.family)
    for p in parties:
        acc.add_party(p, sentence, "body_owned")
    acc.spans.append(state.span(k, end, "body_owned"))
    acc.mentions.append((k, end))
    acc.keywords.append(core)
    x = end
    while x < d.n and d.sent[x] == sentence:
        if d.low[x] in _NEGOTIATED:
            acc.status_hint, acc.status_sentence, acc.hint_rule = "under_negotiation", sentence, "body_owned"
            break
        x += 1
    state.agreements.append(acc)
    state.block(k, end)
