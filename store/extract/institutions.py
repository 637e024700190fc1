"""Institutions named inside an office: "European Commission President A" names the
European Commission, though the office belongs to the body it is part of (the European
Union, from ``parent_bodies`` in ``cues.json``). Run after the fallback affiliations."""

from __future__ import annotations

from store.extract.affiliation import org_in_title
from store.extract.state import ActorAcc, State
from store.records import Span


def name_institutions(state: State) -> None:
    """Rule institution-in-office: an institution of a larger body named at the head of an
    office ("Commission President", "Council President") is an organisation of the article."""
    parents = state.cues.parents
    if not parents:
        return
    d = state.doc
    for p in state.persons:
        for role in p.roles:
            if not role.affiliation or role.affiliation_rule != "body-in-office":
                continue
            body = org_in_title(state, role.title)
            if body is None or parents.get(body) != role.affiliation:
                continue
            n = len(body.split())
            i = role.title_i
            for k in range(i, min(i + 4, d.n - n + 1)):  # the body's words where the office opens
                if d.span_text(k, k + n).casefold() == body.casefold():
                    _add(state, body, k, k + n)
                    break


def _add(state: State, name: str, i: int, j: int) -> None:
    acc = state.orgs.get(name)
    if acc is None:
        acc = state.orgs[name] = ActorAcc("organization", name)
    acc.first = min(acc.first, i)
    d = state.doc
    span = Span(d.sent[i], d.starts[i], d.ends[j - 1], "institution-in-office")
    if all((s.start, s.end) != (span.start, span.end) for s in acc.spans):
        acc.spans.append(span)
