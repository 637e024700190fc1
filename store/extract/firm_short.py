"""A company named in full and again without its legal or trade ending ("Kosmos Energy" ...
"a farm-in deal with Kosmos", "Critical Metals Corp." ... "Critical Metals"): the short form
is the same firm. Only a form one firm of the article gives, of a capitalised first word."""

from __future__ import annotations

from store.extract.state import ActorAcc, State


def short_forms(state: State) -> dict[str, ActorAcc]:
    """The article's organisations by their names without a company ending, each form given by
    one organisation only. (Rule: firm_short_form.)"""
    suffixes = state.gz.company_suffixes
    found: dict[str, ActorAcc | None] = {}
    for acc in state.orgs.values():
        words = acc.name.split()
        for cut in (1, 2):
            if len(words) > cut and " ".join(words[-cut:]) in suffixes:
                rest = " ".join(words[:-cut]).rstrip(",")
                if len(rest) >= 3 and rest[:1].isupper() and not rest.isupper():
                    found[rest] = None if rest in found and found[rest] is not acc else acc
                break
    return {f: a for f, a in found.items() if a is not None}
