"""The extraction's result: the rules' accumulated state turned into one article's hits (actors,
agreements, quotes, candidates), each fact with its rule and every party or affiliation an actor."""

from __future__ import annotations

from operator import attrgetter, itemgetter

from store.extract.countries import country_actors
from store.extract.gazetteer import Gazetteer
from store.extract.office_forms import office_key
from store.extract.people import person_forms
from store.extract.speakers import attribute_quotes
from store.extract.state import RoleAcc, State
from store.records import ActorHit, AgreementHit, Article, Extraction, RoleHit, Span

# Sort keys read in C, not through a Python lambda per item.
_START, _FIRST, _FIRST_ITEM, _SURFACE = attrgetter("start"), attrgetter("first"), itemgetter(0), attrgetter("surface")


class _CountryRules(dict):
    """A country mention's rule by its form: one string per form, not per mention, read in C."""

    def __missing__(self, form: str) -> str:
        return self.setdefault(form, "country-" + form)


_COUNTRY_RULES = _CountryRules()


def assemble(article: Article, state: State) -> Extraction:
    """One article's hits from the state the rules left: actors in order met, agreements, quotes."""
    gz = state.gz
    d = state.doc
    sent, starts, ends = d.sent, d.starts, d.ends
    out = Extraction(article_id=article.id)
    rules = _COUNTRY_RULES
    others: set[str] = set()  # the names of the countries and organisations
    order: list[tuple[int, ActorHit]] = []
    for name, mentions in country_actors(state).items():
        country = gz.countries.get(name)
        # its other written forms, each once in the order met (deduplicated in C)
        aliases = [s for s in dict.fromkeys(map(_SURFACE, mentions)) if s != name]
        hit = ActorHit("country", name, aliases, code=country.code if country else None)
        hit.spans = [Span(sent[c.i], starts[c.i], ends[c.j - 1], rules[c.form]) for c in mentions]
        hit.rule = hit.spans[0].rule if hit.spans else ""
        others.add(name)
        order.append((mentions[0].i, hit))
    for acc in state.orgs.values():
        # the state ends here: its lists pass to the hits as they are, uncopied
        hit = ActorHit("organization", acc.name, acc.aliases, spans=acc.spans)
        hit.rule = min(acc.spans, key=_START).rule if acc.spans else ""
        others.add(acc.name)
        order.append((acc.first, hit))
    names: dict[int, str] = {}
    taken: set[str] = set()
    for p in state.persons:
        forms = person_forms(p)
        name = forms[0]
        if name in others:
            continue  # a country or organisation read as a name
        if name in taken:  # two people written the same way: keep them apart
            name = f"{name} ({len(taken)})"
        taken.add(name)
        names[id(p)] = name
        hit = ActorHit("person", name, [f for f in forms[1:] if f != name], spans=p.spans)
        hit.rule = min(p.spans, key=_START).rule if p.spans else ""
        if p.roles:
            hit.roles = _roles(p.roles)
        order.append((p.first, hit))
    order.sort(key=_FIRST_ITEM)
    out.actors = [h for _, h in order]
    for acc in sorted(state.agreements, key=_FIRST):
        if not acc.mentions:
            continue
        hit = AgreementHit(
            name=acc.name,
            unnamed=acc.unnamed,
            aliases=_aliases(acc),
            keywords=list(acc.keywords),
            parties=[p for p, _ in acc.parties],
            year=acc.year,
            status=acc.status,
            value=acc.value,
            amount=acc.amount,
            currency=acc.currency,
            facts=list(acc.facts),
            spans=sorted(acc.spans, key=_START),
            part_of=acc.part_of,
        )
        out.agreements.append(hit)
    present = _ensure_referenced(out, others | taken, gz)  # the actors' names: countries, bodies, persons
    out.quotes = attribute_quotes(state, names)
    out.candidates = _candidates(state, present)
    return out


def _candidates(state: State, taken: set[str]) -> list[ActorHit]:
    """Names without evidence, one hit per name with all its spans (none already an actor)."""
    if not state.candidates:
        return []
    text = state.doc.text
    found: dict[str, ActorHit] = {}
    for span in state.candidates:
        name = " ".join(text[span.start : span.end].split())
        if name in taken:
            continue
        hit = found.get(name)
        if hit is None:
            hit = found[name] = ActorHit("person", name, rule=span.rule)
        hit.spans.append(span)
    return list(found.values())


def _aliases(acc) -> list[str]:
    """An agreement's other forms; an unnamed one's also the text's own phrases for it ("the
    15-year deal", "the asylum treaty"), each once."""
    out = [a for a in acc.aliases if a != acc.name]
    if acc.unnamed:
        seen = {a.casefold() for a in out} | {acc.name.casefold()}
        for k in acc.keywords:
            if k.casefold() not in seen:
                seen.add(k.casefold())
                out.append(k)
    return out


def _roles(roles: list[RoleAcc]) -> list[RoleHit]:
    """A person's offices, each once: a bare title yields to a longer one that holds it, and
    an office without a country takes the person's most frequent one."""
    if len(roles) == 1:  # most persons: one office, nothing to weigh it against
        r = roles[0]
        return [RoleHit(r.title, r.affiliation, r.sentence, r.rule, r.affiliation_rule)]
    titles = [r.title.casefold() for r in roles]  # folded once, not once per pair
    distinct = set(titles)  # a person named 2,000 times has a handful of titles: not n^2 pairs
    counts: dict[str, int] = {}
    for r in roles:
        if r.affiliation:
            counts[r.affiliation] = counts.get(r.affiliation, 0) + 1
    # one person, one country: the most frequent, the first met on ties (dicts keep order)
    own = max(counts, key=counts.__getitem__) if counts else None
    placed = {t for t, r in zip(titles, roles, strict=True) if r.affiliation} if counts else ()
    pairs = {(t, r.affiliation) for t, r in zip(titles, roles, strict=True)}  # a handful, as above
    held: dict[str, bool] = {}
    seen = set()
    out: list[RoleHit] = []
    for folded, r in zip(titles, roles, strict=True):
        aff, aff_rule = r.affiliation, r.affiliation_rule
        if aff is not None and " " not in folded and any(folded != t and folded in t and a == aff for t, a in pairs):
            continue  # a bare "Minister, Japan" beside "Minister of Defense, Japan": the longer says it
        if aff is None:
            inside = held.get(folded)
            if inside is None:
                inside = held[folded] = any(folded != t and folded in t for t in distinct)
            if inside:
                continue  # "Minister" beside "Minister of Defense"
            if own is not None:
                aff, aff_rule = own, "person-country"
        if aff is None and folded in placed:
            continue
        key = (office_key(r.title), aff)  # "Defence Minister" = "Minister of Defense"
        if key not in seen:
            seen.add(key)
            out.append(RoleHit(r.title, aff, r.sentence, r.rule, aff_rule))
    if len(out) > 1 and any(not h.title for h in out):
        out = [
            h for h in out if h.title
        ]  # a country alone ("A of Nigeria") beside an office adds nothing
    return out


def _ensure_referenced(out: Extraction, present: set[str], gz: Gazetteer) -> set[str]:
    """Every role affiliation and agreement party is an actor hit (spans == [] if unmentioned);
    ``present``, the names of the actors so far, gains theirs and is returned."""
    wanted: list[str] = []
    for h in out.actors:
        if h.roles:  # only persons have any
            wanted += [r.affiliation for r in h.roles if r.affiliation]
    for a in out.agreements:
        wanted += a.parties
    for name in wanted:
        if name in present:
            continue
        country = gz.countries.get(name)
        if country is not None:
            out.actors.append(
                ActorHit("country", name, code=country.code, rule="named-by-role-or-party")
            )
        else:
            out.actors.append(ActorHit("organization", name, rule="named-by-role-or-party"))
        present.add(name)
    return present
