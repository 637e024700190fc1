"""One body named with and without its country in front ("the Philippine Department of National
Defense ... the Department of National Defense"): when both forms are organisations of the
article, the shorter is that same body again, an alias of the qualified name, not a second
organisation. (Rule: country_qualified_org.)"""

from __future__ import annotations

from store.extract.state import State

_COUNTRY_FORMS = frozenset({"name", "alias", "abbreviation", "demonym"})


def _country_words(state: State, words: list[str]) -> int:
    """How many of the leading words (up to three) are a country's form, else 0."""
    for n in (3, 2, 1):
        if len(words) > n:
            form = " ".join(words[:n])
            entries = state.gz.exact.get(form) or state.gz.folded.get(form.casefold(), ())
            if any(e.kind == "country" and e.form in _COUNTRY_FORMS for e in entries):
                return n
    return 0


def fold_qualified_orgs(state: State) -> None:
    """Fold "<Body>" into "<Country> <Body>" when the article names both as organisations."""
    orgs = state.orgs
    if len(orgs) < 2:
        return
    for name in list(orgs):
        acc = orgs.get(name)
        words = name.split()
        n = _country_words(state, words) if acc is not None and len(words) >= 3 else 0
        short = " ".join(words[n:]) if n else ""
        other = orgs.get(short) if short else None
        if other is None or other is acc or len(short.split()) < 2:
            continue
        acc.spans.extend(other.spans)
        acc.first = min(acc.first, other.first)
        for form in (short, *other.aliases):
            if form != acc.name and form not in acc.aliases:
                acc.aliases.append(form)
        del orgs[short]
        for m in state.org_start.values():
            if m.name == short:
                m.name = name
        for j, end_name in list(state.org_end.items()):
            if end_name == short:
                state.org_end[j] = name
