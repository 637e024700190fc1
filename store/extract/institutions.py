"""Bodies named around other names: an institution inside an office ("European Commission
President A" names the European Commission, though the office belongs to the body it is
part of, from ``parent_bodies`` in ``cues.json``; run after the fallback affiliations), and a
known company's national arm ("BAE Systems Australia"; run right after the organisations)."""

from __future__ import annotations

from store.extract.affiliation import org_in_title
from store.extract.bodies import known_body
from store.extract.state import ActorAcc, CountryMention, State
from store.records import Span


def name_institutions(state: State) -> None:
    """Rule institution-in-office: an institution of a larger body named at the head of an
    office ("Commission President", "Council President") is an organisation of the article."""
    _name_office_bodies(state)
    parents = state.cues.parents
    d = state.doc
    for p in state.persons:
        for role in p.roles:
            if not role.affiliation or role.affiliation_rule != "body-in-office":
                continue
            body = org_in_title(state, role.title)
            if body is None or (parents.get(body) != role.affiliation and body != role.affiliation):
                continue  # (rule body_named_in_office: "NATO Secretary General A" names NATO itself)
            n = len(body.split())
            i = role.title_i
            for k in range(i, min(i + 4, d.n)):  # the body's words where the office opens
                if k + n <= d.n and d.span_text(k, k + n).casefold() == body.casefold():
                    _add(state, body, k, k + n)
                    break
                if d.is_cap(k) and any(e.kind == "organization" and e.name == body for e in state.gz.lookup(d.words[k])):
                    _add(state, body, k, k + 1)  # rule body_short_in_office: "UN Secretary-General A" names the United Nations
                    break


# Heads of an office whose first word may name the holder's body ("Treasury Secretary").
_BODY_OFFICE_HEADS = frozenset({"secretary", "minister", "chief", "spokesperson", "spokesman", "spokeswoman"})


def _name_office_bodies(state: State) -> None:
    """Rule body_in_office: a one-word body opening a holder's office ("Treasury Secretary A")
    is an organisation of the article when the gazetteer knows it as that office's country's
    body ("U.S. Treasury"); the text's word is its form here. Not after the country's own name
    ("U.S. Treasury Secretary A"): the words then read as the state's office."""
    d, countries = state.doc, state.gz.countries
    for p in state.persons:
        for role in p.roles:
            i = role.title_i
            if not role.affiliation or i + 1 >= d.n or d.low[i + 1] not in _BODY_OFFICE_HEADS or not d.is_cap(i):
                continue
            if (c := state.country_end.get(i)) is not None and c.j == i:
                continue  # rule country_office_no_body: "U.S. Treasury Secretary A" is the state's office
            country = countries.get(role.affiliation)
            name = known_body(state, country, (d.low[i],)) if country is not None and d.words[i].isalpha() else None
            if name is not None:
                _add(state, name, i, i + 1, "body-in-office")


def _add(state: State, name: str, i: int, j: int, rule: str = "institution-in-office") -> None:
    acc = state.orgs.get(name)
    if acc is None:
        acc = state.orgs[name] = ActorAcc("organization", name)
    acc.first = min(acc.first, i)
    d = state.doc
    span = Span(d.sent[i], d.starts[i], d.ends[j - 1], rule)
    if all((s.start, s.end) != (span.start, span.end) for s in acc.spans):
        acc.spans.append(span)
    surface = d.text[span.start : span.end]
    if surface != name and surface not in acc.aliases:
        acc.aliases.append(surface)  # "Treasury" for the U.S. Treasury: the form the text uses


def name_subsidiaries(state: State) -> None:
    """Rule company-country: a company the gazetteer knows followed straight by a country's
    name ("BAE Systems Australia", "Airbus India") is that company's national arm, one body,
    and the country there is part of its name, not an actor."""
    d, gz = state.doc, state.gz
    for i, m in list(state.org_start.items()):
        j = m.j
        known = gz.organizations.get(m.name)
        if known is None or known.type != "company" or j >= d.n or d.gap(j) != " ":
            continue
        c = state.country_start.get(j)
        if c is None or c.form != "name" or (c.j < d.n and d.words[c.j][:1].isupper()):
            continue  # "BAE Systems Australia Pty" aside: only a name that ends with the country
        acc = state.orgs.get(m.name)
        if acc is None:
            continue
        start, end = d.starts[i], d.ends[c.j - 1]
        acc.spans = [s for s in acc.spans if s.start != d.starts[i]]
        if not acc.spans:
            del state.orgs[m.name]
        name = d.text[start:end]
        sub = state.orgs.get(name)
        if sub is None:
            sub = state.orgs[name] = ActorAcc("organization", name)
        sub.first = min(sub.first, i)
        sub.spans.append(Span(d.sent[i], start, end, "company-country"))
        state.blocked[i : c.j] = b"\x01" * (c.j - i)
        state.org_start[i] = CountryMention(i, c.j, name, "org", name, d.sent[i])
        state.org_end.pop(j, None)
        state.org_end[c.j] = name
