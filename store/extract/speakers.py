"""Quotes: the parser's speaker names attributed to the article's person hits."""

from __future__ import annotations

from store.extract.state import PersonAcc, State
from store.records import QuoteHit
from store.text import fold


def attribute_quotes(state: State, names: dict[int, str]) -> list[QuoteHit]:
    """A QuoteHit per quote whose speaker is one of the persons (full name, a form, or surname)."""
    if not any(q.speaker for q in state.quotes):
        return []  # no quote names its speaker: nothing to look up
    by_form: dict[str, PersonAcc] = {}
    by_surname: dict[str, list[PersonAcc]] = {}
    for p in state.persons:
        for form in (p.display, *p.forms):
            by_form.setdefault(fold(form), p)
        by_surname.setdefault(fold(p.surname), []).append(p)
    out: list[QuoteHit] = []
    for q in state.quotes:
        if not q.speaker:
            continue
        key = fold(" ".join(q.speaker.split()))
        person = by_form.get(key)
        if person is None:
            cands = by_surname.get(key.split()[-1] if key.split() else "", [])
            if len(cands) == 1 or (cands and key.split()[-1] == key):
                person = min(cands, key=lambda p: p.first)
        if person is not None and id(person) in names:
            out.append(QuoteHit(names[id(person)], q.sentence, q.start, q.end))
    return out
