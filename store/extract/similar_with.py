"""A plural signed with several named partners ("China has signed similar agreements with
Fiji, Kiribati and Samoa"): one text per partner, each between the one subject and that
partner. Only named partners make records; "other agreements" with no one named make none.
(Rule: plural_with_partners.)"""

from __future__ import annotations

from store.extract.lists import coordinated_list, subject_end, unnamed_name
from store.extract.shapes import COUNTED
from store.extract.state import AgreementAcc, State

# Words between a subject and its verb ("China has also signed").
_BEFORE_VERB = frozenset("also has have had already previously since then recently".split())
# Modifiers that say the texts are like one told before: they take that one's description.
_LIKE = frozenset({"similar", "comparable", "such", "identical", "parallel"})
# Modifiers that only say there are several texts.
_SEVERAL = frozenset({"separate", "individual", "bilateral", "own"})
_SINGULAR = {"memoranda": "memorandum", "memorandums": "memorandum", "mous": "MoU"}


def _lone_subject(state: State, verb: int) -> str | None:
    """The one country or organisation written right before the verb, past auxiliaries."""
    d = state.doc
    first = d.sent_first[d.sent[verb]]
    k = subject_end(state, verb, _BEFORE_VERB)
    c = state.country_end.get(k)
    if c is not None and c.actor:
        if c.i > first and (d.low[c.i - 1] == "and" or d.words[c.i - 1] == ","):
            return None  # "A and B signed ...": a list subject, read by another rule
        return c.name
    return state.org_end.get(k)


def _partners(state: State, with_at: int) -> list[str] | None:
    """The named partners after "with": a list, or one party."""
    k = with_at + 1 + (state.doc.lower(with_at + 1) == "the")
    found = coordinated_list(state, k)
    if found:
        return found[0]
    c = state.party_start(k)
    return [c.name] if c is not None else None


def similar_with(state: State, k: int, verb: int, start: int, mods: list[str], held: str | None = None) -> list[AgreementAcc]:
    """Records for the plural noun at token k signed at ``verb`` with the partners after it;
    none when the subject or the partners are not named. ``held`` is the status a verb of
    having gives ("has pacts with A and B": in force); such a verb needs two partners or more,
    one partner being the pair's one record another rule reads."""
    d = state.doc
    subject = _lone_subject(state, verb)
    partners = _partners(state, k + 1) if subject is not None else None
    if not partners or subject in partners or held and len(partners) < 2:
        return []
    w = d.low[k]
    singular = _SINGULAR.get(w) or (w[:-3] + "y" if w.endswith("ies") else w[:-1])
    own = [m for m in mods if m not in _LIKE and m not in _SEVERAL]
    core = " ".join([*own, singular])
    if not own and not _LIKE.isdisjoint(mods):
        like = next((a for a in reversed(state.agreements) if a.unnamed and a.first < start and any(p == subject for p, _ in a.parties)), None)
        core = like.core if like is not None and like.core else core
    sentence = d.sent[k]
    family = state.cues.family.get(COUNTED.get(w, singular), "agreement")
    made = []
    for partner in partners:
        acc = AgreementAcc(name=unnamed_name(state, [subject, partner], core), unnamed=True, family=family, first=start, core=core)
        acc.families.add(acc.family)
        acc.add_party(subject, sentence, "plural_with_partners")
        acc.add_party(partner, sentence, "plural_with_partners")
        acc.spans.append(state.span(start, k + 1, "plural_with_partners"))
        acc.mentions.append((start, k + 1))
        acc.keywords.append(d.text[d.starts[start] : d.ends[k]])
        if held:
            acc.status_hint, acc.status_sentence, acc.hint_rule = held, sentence, "plural_with_partners"
        state.agreements.append(acc)
        made.append(acc)
    return made
