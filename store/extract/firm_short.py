"""A company named in full and again without its legal or trade ending ("Kosmos Energy" ...
"a farm-in deal with Kosmos", "Critical Metals Corp." ... "Critical Metals"): the short form
is the same firm. Only a form one firm of the article gives, of a capitalised first word."""

from __future__ import annotations

from store.extract.state import ActorAcc, State


def company_ending(words: list[str], suffixes: frozenset[str] | set[str]) -> int:
    """How many of a name's last words, after at least one other, are its company ending
    ("Kosmos Energy", "Samsung Co., Ltd."): 1, 2 or 0, the shorter ending first."""
    if len(words) > 1 and words[-1] in suffixes:
        return 1
    return 2 if len(words) > 2 and " ".join(words[-2:]) in suffixes else 0


def short_forms(state: State) -> dict[str, ActorAcc]:
    """The article's organisations by their names without a company ending, each form given by
    one organisation only. (Rule: firm_short_form.)"""
    suffixes = state.gz.company_suffixes
    found: dict[str, ActorAcc | None] = {}
    for acc in state.orgs.values():
        words = acc.name.split()
        cut = company_ending(words, suffixes)
        if cut:
            rest = " ".join(words[:-cut]).rstrip(",")
            if len(rest) >= 3 and rest[:1].isupper() and not rest.isupper():
                found[rest] = None if rest in found and found[rest] is not acc else acc
    return {f: a for f, a in found.items() if a is not None}
