"""When a gazetteer acronym of an agreement means that agreement in an article: not where the
article spells it out as something else, and a short one only where agreements are spoken of."""

from __future__ import annotations

from store.extract.organizations import defined_acronyms
from store.extract.state import State


def defined_otherwise(state: State, form: str, name: str) -> bool:
    """Whether the article spells out the acronym ``form`` as something that shares no word
    with the gazetteer's ``name``: "Rapid Support Forces (RSF)" means that "RSF" is not the
    Resilience and Sustainability Facility anywhere in the article. (Rule: acronym_defined_otherwise.)"""
    if not form.isupper() or " " in form:
        return False
    spelled = defined_acronyms(state).get(form)
    if spelled is None:
        return False
    known = state.gz.agreements.get(name)
    mine = {
        w
        for form in (name, *(known.aliases if known else ()))
        if not form.isupper()
        for w in form.casefold().replace("-", " ").split()
        if len(w) > 3
    }
    return not mine.intersection(spelled.casefold().replace("-", " ").split())


# Words that show a short acronym in its sentence is an agreement ("left the NPT", "joined the BRI").
_ACRONYM_CUES = frozenset(
    "treaty treaties agreement agreements pact accord deal deals partnership initiative framework convention "
    "sign signed signing signatory signatories join joined joining ratify ratified ratification leave left "
    "withdraw withdrew withdrawal member members membership under parties accede acceded compliance "
    "violate violated violation trade nuclear arms weapons funded funding financed loans projects project "
    "investment investments infrastructure ports".split()
)


def acronym_context(state: State, i: int, name: str) -> bool:
    """Whether a short gazetteer acronym of an agreement reads as one here: its full name is
    in the article, or its sentence holds a word of agreements ("signed", "treaty", "join").
    (Rule: acronym_context.)"""
    d = state.doc
    if name in d.text:
        return True
    sentence = d.sent[i]
    k = d.sent_first[sentence]
    while k < d.n and d.sent[k] == sentence:
        if d.low[k] in _ACRONYM_CUES:
            return True
        k += 1
    return False
