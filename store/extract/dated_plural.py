"""Agreements listed by their years ("Sri Lanka's 2016 and 2020 programmes with the IMF", "its
2009, 2013 and 2019 loans from the World Bank", "X and Y renewed the 1979 and 1994 treaties"):
one record per year, each between the owner and its partner (or the subject's parties), each
of that year. (Rule: dated_plural.)"""

from __future__ import annotations

from store.extract.lists import unnamed_name
from store.extract.parties import actor_before, latest_list, with_party
from store.extract.state import AgreementAcc, State
from store.extract.tokens import APOSTROPHES
from store.extract.triggers import positions, vocabulary
from store.records import Fact

# Plural agreement nouns a run of years may stand before, and the singular each record takes.
_PLURALS = {
    "programmes": "programme", "programs": "program", "agreements": "agreement", "deals": "deal",
    "loans": "loan", "treaties": "treaty", "accords": "accord", "pacts": "pact", "bailouts": "bailout",
}
_KEYS = frozenset(_PLURALS)
_PARTNER_LINKS = frozenset({"with", "from"})


def _digit_before(text: str, words: set[str]) -> bool:
    """Whether some word of ``words`` is written right after a digit and a space ("2020 loans"),
    by the text's own search."""
    for w in words:
        at = text.find(" " + w)
        while at > 0:
            if text[at - 1].isdigit():
                return True
            at = text.find(" " + w, at + 1)
    return False


def _year(w: str) -> int | None:
    return int(w) if len(w) == 4 and w.isdigit() and w[:2] in ("19", "20") else None


def _years_before(low: list[str], k: int) -> tuple[list[tuple[int, int]], int]:
    """The years (token, year) written as a list right before token k ("2016 and 2020",
    "2009, 2013 and 2019"), and the first token of the list; no list, no years."""
    found: list[tuple[int, int]] = []
    x = k - 1
    while x >= 0 and (y := _year(low[x])) is not None:
        found.append((x, y))
        if x >= 1 and low[x - 1] in ("and", ",") and (x < 2 or low[x - 2] != ","):
            x -= 2
            continue
        break
    return (found[::-1], found[-1][0]) if len(found) >= 2 else ([], k)


def _owner(state: State, first: int) -> str | None:
    """Whose the listed texts are: a possessive right before ("Sri Lanka's"), or "its" / "their"
    and the actor named before it in the sentence."""
    d = state.doc
    low, words = d.low, d.words
    if first >= 1 and low[first - 1] in ("its", "their"):
        return actor_before(state, first - 1)
    if first >= 2 and low[first - 1] == "s" and words[first - 2] in APOSTROPHES:
        c = state.country_end.get(first - 2)
        if c is not None:
            return c.name
        return state.org_end.get(first - 2)
    return None


def find_dated_plurals(state: State) -> None:
    """Records for each year of a dated plural whose owner and partner are named."""
    d = state.doc
    if not _digit_before(d.text, _KEYS & vocabulary(state)):
        return  # the common case: no number right before such a plural
    low = d.low
    for k in positions(state, _KEYS):
        if k < 3 or _year(low[k - 1]) is None or state.blocked[k]:
            continue  # the common case: no year right before the plural
        years, first = _years_before(low, k)
        if not years:
            continue
        owner = _owner(state, first)
        partner = None
        if k + 1 < d.n and low[k + 1] in _PARTNER_LINKS:
            partner = with_party(state, k + 1) if low[k + 1] == "with" else _from_party(state, k + 1)
        parties = [owner, partner] if owner is not None and partner is not None and owner != partner else None
        if parties is None and owner is None and low[first - 1] == "the":
            parties = latest_list(state, d.sent[k], first)  # "Egypt and Israel renewed the 1979 and 1994 treaties"
        if not parties:
            continue
        singular = _PLURALS[low[k]]
        family = state.cues.family.get(singular) or state.cues.family.get("deal", "deal")
        sentence = d.sent[k]
        for x, year in years:
            core = f"{year} {singular}"
            acc = AgreementAcc(name=unnamed_name(state, parties, core), unnamed=True, family=family, first=x, core=core)
            acc.families.add(family)
            for p in parties:
                acc.add_party(p, sentence, "dated_plural")
            acc.spans.append(state.span(x, k + 1, "dated_plural"))
            acc.mentions.append((first, k + 1))  # the whole list: its status cue is every one's
            acc.keywords.append(f"{d.words[x]} {singular}")
            acc.year = year
            acc.facts.append(Fact("year", year, sentence, "dated_plural"))
            state.agreements.append(acc)
        state.block(first, k + 1)


def _from_party(state: State, at: int) -> str | None:
    """The party right after "from [the]" at token ``at``."""
    k = at + 1 + (state.doc.lower(at + 1) == "the")
    c = state.party_start(k)
    return c.name if c is not None else None
