"""Later forms of the article's organisations: a found name or alias used again ("USFJ",
"the Fiscal Council"), each use a mention of that organisation (rule org-again)."""

from __future__ import annotations

from itertools import compress
from operator import attrgetter, or_

from store.extract.firm_short import short_forms
from store.extract.state import ActorAcc, CountryMention, State

DETERMINERS = frozenset({"The", "A", "An"})
_TEXT, _I = attrgetter("text"), attrgetter("i")


def later_forms(state: State) -> None:
    """Acronyms and names of found organisations used again ("USFJ")."""
    d = state.doc
    forms: dict[str, ActorAcc] = {}
    for acc in state.orgs.values():
        for f in (acc.name, *acc.aliases):
            if not f.startswith("@"):
                forms[f] = acc
    if not forms:
        return
    short = {f: a for f, a in short_forms(state).items() if f not in forms}  # "Kosmos" after "Kosmos Energy"
    words = d.words
    # only a chunk whose text is a form, or that a determiner opens, can be one (picked in C)
    keys = forms.keys() | short.keys()
    wanted = map(or_, map(keys.__contains__, map(_TEXT, d.chunks)), map(DETERMINERS.__contains__, map(words.__getitem__, map(_I, d.chunks))))
    for chunk in compress(d.chunks, wanted):
        # the form first, then whether the chunk is free: chunks do not overlap, so an earlier
        # chunk's blocking never reaches this one
        i = chunk.i
        text = chunk.text
        if words[i] in DETERMINERS and chunk.j - i > 1:
            text = d.span_text(i + 1, chunk.j)
            i += 1
        acc = forms.get(text)
        if acc is None and (acc := short.get(text)) is not None and (i in state.country_start or i in d.match_at):
            continue  # a short form the gazetteer or a country reads otherwise ("Qatar" of "Qatar Energy")
        if acc is None or not state.free(chunk.i, chunk.j):
            continue
        acc.spans.append(state.span(i, chunk.j, "org-again"))
        state.block(i, chunk.j)
        state.org_start[i] = CountryMention(i, chunk.j, acc.name, "org", text, d.sent[i])
        state.org_end[chunk.j] = acc.name
