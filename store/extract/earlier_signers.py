"""Those who signed the same kind of text earlier, listed after "after" ("the fourth country
to sign a trade pact with Japan, after Oman, Fiji and Ghana"): each made such a text with the
partner, one record per listed country. (Rule: earlier_signers.)"""

from __future__ import annotations

from store.extract.lists import coordinated_list, unnamed_name
from store.extract.state import AgreementAcc, State
from store.extract.triggers import positions

_AFTER = frozenset({"after"})
_SIGN = frozenset({"sign", "signed", "signing", "ink", "inked", "conclude", "concluded", "seal", "sealed"})


def _listed(state: State, k: int) -> list[str]:
    """The countries listed from token k: a list, or one."""
    found = coordinated_list(state, k)
    if found:
        return [p for p in found[0] if p in state.gz.countries]
    c = state.country_start.get(k)
    return [c.name] if c is not None and c.actor else []


def find_earlier_signers(state: State) -> None:
    """One record per country listed after ", after" that follows "<sign> ... with <partner>"."""
    d = state.doc
    if ", after " not in d.text:
        return  # the common case: one search of the text in C
    low = d.low
    for a in positions(state, _AFTER):
        if a < 6 or low[a - 1] != "," or a + 1 >= d.n:
            continue  # the common case: "after" opens no list of earlier signers
        sentence = d.sent[a]
        w = next((x for x in range(a - 2, max(a - 7, d.sent_first[sentence]) - 1, -1) if low[x] == "with"), -1)
        if w < 0 or (partner := state.partner_at(w)) is None or partner.j != a - 1:
            continue  # "with <partner>," right before
        verb = next((x for x in range(w - 1, max(w - 8, d.sent_first[sentence]) - 1, -1) if low[x] in _SIGN), -1)
        if verb < 0:
            continue
        named = [p for p in _listed(state, a + 1) if p != partner.name]
        if not named:
            continue
        x = verb + 1 + (low[verb + 1] in ("a", "an", "the", "such"))  # the words of the text, no determiner
        if x >= w:
            continue
        told = next((acc for acc in reversed(state.agreements) if acc.core and any(p == partner.name for p, _ in acc.parties)), None)
        core = told.core if told is not None else d.span_text(x, w)
        family = told.family if told is not None else "agreement"
        for p in named:
            acc = AgreementAcc(name=unnamed_name(state, [partner.name, p], core), unnamed=True, family=family, first=x, core=core)
            acc.families.add(family)
            acc.add_party(partner.name, sentence, "earlier_signers")
            acc.add_party(p, sentence, "earlier_signers")
            acc.spans.append(state.span(x, w, "earlier_signers"))
            acc.mentions.append((x, w))
            acc.keywords.append(d.span_text(x, w))
            acc.status_hint, acc.status_sentence, acc.hint_rule = "signed", sentence, "earlier_signers"
            state.agreements.append(acc)
