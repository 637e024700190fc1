"""A name with its acronym inside, before the head noun: "the Intermediate-Range Nuclear Forces
(INF) Treaty", "a formal Foreign Military Sales (FMS) agreement". The capitalised words the
acronym spells and the head noun after the parentheses are one name ("Foreign Military Sales
agreement"), the acronym its alias; a name the gazetteer knows is that agreement. Chunks stop at
the parentheses, so the name rules see neither half as a name. (Rule: acronym_inside.)
"""

from __future__ import annotations

from store.extract.named_acc import new_named
from store.extract.organizations import initials_match
from store.extract.state import State
from store.extract.triggers import positions

# Small words a name may hold between its capitalised ones ("Status of Forces").
_LINKS = frozenset({"of", "and", "on", "for"})
_OPEN = frozenset({"("})


def find_acronym_inside(state: State) -> None:
    """Every "<Capitalised Words> (<ACRONYM>) <head noun>" of the text (see the module docstring)."""
    d = state.doc
    words, low, n = d.words, d.low, d.n
    heads = state.gz.agreement_heads
    for p in positions(state, _OPEN):  # few articles hold "(" at all: no test of every token
        if p + 3 >= n or words[p + 2] != ")" or low[p + 3] not in heads or state.blocked[p + 3]:
            continue
        acro = words[p + 1]
        if not (2 <= len(acro) <= 8 and acro[:1].isupper() and sum(ch.isupper() for ch in acro) >= 2):
            continue
        start = _name_start(state, p)
        if start is None:
            continue
        name_words = d.span_text(start, p).split()
        parts = d.span_text(start, p).replace("-", " ").split()  # "Anti-Ballistic Missile" spells ABM
        head = words[p + 3]
        spelled = initials_match(name_words, acro) or initials_match(parts, acro)
        if not (spelled or initials_match([*name_words, head.capitalize()], acro)):
            continue  # "Status of Forces (SOFA) Agreement": the head's initial may be spelled too
        written = f"{d.span_text(start, p)} {head}"
        known = next((e for e in state.gz.lookup(written) if e.kind == "agreement"), None)
        entry = state.gz.agreements.get(known.name) if known is not None else None
        name = known.name if known is not None else written
        acc = new_named(state, name, start, p + 4, list(entry.parties) if entry else [], "agreement", known=entry is not None)
        for alias in (written, acro, f"{acro} {head}") if spelled else (written, acro):
            if alias != acc.name and alias not in acc.aliases:
                acc.aliases.append(alias)
        if name not in acc.keywords:
            acc.keywords.append(name)
        if acc.acronym is None:
            acc.acronym = acro


def _name_start(state: State, p: int) -> int | None:
    """Where the capitalised run ending right before token p starts (eight tokens at most,
    within the sentence, never across a country, organisation, person or another name)."""
    d = state.doc
    words, low = d.words, d.low
    first = d.sent_first[d.sent[p]]
    start = None
    k = p - 1
    while k >= first and p - k <= 8:
        w = words[k]
        if state.blocked[k] or state.person_tok[k] or state.country_start.get(k) is not None:
            break
        if w[:1].isupper() and w[:1].isalpha():
            start = k
        elif w == "-" and k > first and d.ends[k - 1] == d.starts[k] and d.ends[k] == d.starts[k + 1]:
            pass  # "Intermediate-Range": one word
        elif low[k] not in _LINKS or start is None:
            break
        k -= 1
    if start is None:
        return None
    while start < p and (low[start] in _LINKS or words[start] in ("The", "A", "An")):
        start += 1  # "The Intermediate-Range ..." opening a sentence: the article is no part of it
    return start if start < p else None
