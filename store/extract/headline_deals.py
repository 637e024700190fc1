"""A headline's agreement that the story tells too is the story's agreement.

A headline writes no determiners and often no seller: "Chile Signs Frigate Deal With Spain",
"Chile to Buy Frigates in Deal Worth Up to 2 Billion Euros". The unnamed-agreement rules read
it like any sentence, and the record it makes joins the story's agreement of the same parties,
of its noun family sharing a party, or (when only its amount guessed its parties) the story's one
deal of its noun family. A headline agreement the story does not tell stays a record of its own.
"""

from __future__ import annotations

from store.extract.lists import coordinated_list, unnamed_name
from store.extract.parties import latest_list
from store.extract.state import AgreementAcc, State
from store.extract.told_pair import WEAK_PARTIES


def fold_headline_guesses(state: State, guessed: list[AgreementAcc]) -> None:
    """A headline's agreement that the story tells too is the story's: one of the story's
    agreements of the same parties (the one of its noun family first, else the first told), the
    one agreement of its noun family sharing a party with it, or, when only its amount guessed
    its parties, the one deal of its noun family the story tells. Its mentions join that one.
    (Rule: headline_refers.)"""
    heading, sent = state.doc.heading, state.doc.sent
    gone: set[int] = set()
    for acc in guessed:
        if not all(heading[sent[i]] for i, _ in acc.mentions):
            continue  # the story itself speaks of it
        mine = {p for p, _ in acc.parties}
        rest = [a for a in state.agreements if a is not acc and a.mentions and id(a) not in gone]
        same = [a for a in rest if {p for p, _ in a.parties} == mine]
        kin = [a for a in same if acc.family in a.families]
        # a deal sharing a party, unless each names another country ("Indonesia-France" is not "Australia-France")
        sharing = [a for a in rest if acc.family in a.families and mine & {p for p, _ in a.parties} and not _other_countries(state, mine, a)]
        if kin or same:
            story = min(kin or same, key=lambda a: a.first)
        elif len(sharing) == 1:
            story = sharing[0]  # "South Korea, Poland sign tank contract" over "Hyundai Rotem signed a contract with Poland"
        elif (told := _company_deal(state, acc, mine, rest)) is not None:
            story = told  # "China-Sinopec gas deal" over "Qatar and Sinopec agreed a gas deal" (rule: headline_company)
        elif acc.value_at >= 0 and len(valued := [a for a in sharing if a.value_at >= 0]) == 1:
            story = valued[0]  # "announces $1 bn deal with China" is the story's one deal of a stated amount (rule: headline_amount)
        elif acc.party_rules and set(acc.party_rules.values()) <= WEAK_PARTIES:
            family = [a for a in rest if a.unnamed and acc.family in a.families]
            if len(family) != 1:
                continue
            story = family[0]
        else:
            continue  # news of its own: the headline alone tells it
        story.mentions += acc.mentions
        story.spans += acc.spans
        story.first = min(story.first, acc.first)
        story.keywords += [kw for kw in acc.keywords if kw not in story.keywords]
        gone.add(id(acc))
    if gone:
        state.agreements[:] = [a for a in state.agreements if id(a) not in gone]


def fold_bound_headlines(state: State) -> None:
    """Once central banks and state bodies stand for their states, a headline's unnamed deal
    may now have the story's parties ("CBN, China's central bank sign swap deal" over "the
    Central Bank of Nigeria and the People's Bank of China signed a swap"): it folds as above."""
    fold_headline_guesses(state, [a for a in state.agreements if a.unnamed])


def name_by_headline(state: State) -> None:
    """A story's agreement told only by its bare noun ("the agreement was inked by ...") is
    what the headline calls it ("X, Y sign long-term power agreement"): its name takes the
    headline's words for it, of the same noun. (Rule: headline_names.)"""
    d = state.doc
    heading, sent, text = d.heading, d.sent, d.text
    if not any(heading):
        return
    for acc in state.agreements:
        core = acc.core.strip()
        if not acc.unnamed or " " in core or not core or len(acc.parties) < 2:
            continue
        for i, j in acc.mentions:
            if not heading[sent[i]] or j - i < 2 or d.low[j - 1] != core.casefold():
                continue
            x = i + (d.low[i] in ("a", "an", "the"))
            if j - x < 2 or any(w[:1].isupper() for w in d.words[x:j]):
                continue  # a headline's proper names are parties or a name, not what the text is
            acc.core = text[d.starts[x] : d.ends[j - 1]]
            acc.name = unnamed_name(state, [p for p, _ in acc.parties], acc.core)
            acc.spans.append(state.span(x, j, "headline_names"))
            break


def _other_countries(state: State, mine: set[str], other: AgreementAcc) -> bool:
    """Whether two party sets that share one differ by a country on each side: two deals of
    one partner with two countries, not one deal told twice. (Rule: partner_of_another.)"""
    theirs = {p for p, _ in other.parties}
    countries = state.gz.countries
    return any(p in countries for p in mine - theirs) and any(p in countries for p in theirs - mine)


def note_partners(state: State, sentence: int, verb: int, with_at: int) -> None:
    """"Chile and Peru signed separate accords with Brazil and the World Bank": the
    texts are several, but whoever signs them with the subject is a party of the deal they make
    up. Noted by the subject's party set; ``add_partners`` adds them. (Rule: separate_with.)"""
    subject = latest_list(state, sentence, verb)
    partners = coordinated_list(state, with_at + 1 + (state.doc.lower(with_at + 1) == "the"))
    if subject and len(subject) >= 2 and partners:
        noted = state.cache.setdefault("partners", {})
        noted.setdefault(frozenset(subject), (partners[0], sentence))  # type: ignore[union-attr]


def add_partners(state: State) -> None:
    """The partners noted for a subject's party set join the one unnamed agreement of that set."""
    noted = state.cache.get("partners")
    if not noted:
        return  # the common case
    for key, (partners, sentence) in noted.items():  # type: ignore[union-attr]
        found = [a for a in state.agreements if a.unnamed and a.mentions and frozenset(p for p, _ in a.parties) == key]
        if len(found) == 1:
            for p in partners:
                found[0].add_party(p, sentence, "separate_with")


def _company_deal(state: State, acc: AgreementAcc, mine: set[str], rest: list[AgreementAcc]) -> AgreementAcc | None:
    """The story's one deal of the headline's noun family with the headline's company as a
    party, when the headline's other party is a country no story deal has (the company's home,
    named for it): one deal told twice, not the company's deal with another country."""
    orgs = state.gz.organizations
    firms = {p for p in mine if (o := orgs.get(p)) is not None and o.type == "company"}
    if len(firms) != 1 or len(mine) != 2:
        return None
    (other,) = mine - firms
    if other not in state.gz.countries or any(other in {p for p, _ in a.parties} for a in rest):
        return None
    (firm,) = firms
    told = [a for a in rest if acc.family in a.families and len(a.parties) >= 2 and any(p == firm for p, _ in a.parties)]
    return told[0] if len(told) == 1 else None
