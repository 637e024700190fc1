"""Agreements listed by their years ("Sri Lanka's 2016 and 2020 programmes with the IMF", "its
2009, 2013 and 2019 loans from the World Bank", "X and Y renewed the 1979 and 1994 treaties",
"peace accords signed in 2007 and 2008"): one record per year, each between the owner and its
partner (or the subject's parties, or the sides of the agreement told before), each of that
year. (Rule: dated_plural.)"""

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


def _signed_in(text: str, words: set[str]) -> bool:
    """Whether some plural of ``words`` is written before "<signed> in " ("accords signed in")."""
    return any(f"{w} {v} in " in text for w in words for v in _PAST)


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
    keys = _KEYS & vocabulary(state)
    before = _digit_before(d.text, keys)
    after = not before and not _PAST.isdisjoint(vocabulary(state)) and _signed_in(d.text, keys)
    if not before and not after:
        return  # the common case: no number right before such a plural, no "signed in" after it
    low = d.low
    for k in positions(state, _KEYS):
        if k < 3 or state.blocked[k]:
            continue
        if _year(low[k - 1]) is None:
            years_after(state, k)  # "peace accords signed in 2007 and 2008"
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
        _add(state, years, parties, first, k)
        state.block(first, k + 1)


def _add(state: State, years: list[tuple[int, int]], parties: list[str], first: int, k: int, end: int | None = None) -> None:
    """One record per listed year of the plural at ``k``, the list's words from ``first`` to
    ``end`` (the plural's end when the years stand before it)."""
    d = state.doc
    singular = _PLURALS[d.low[k]]
    family = state.cues.family.get(singular) or state.cues.family.get("deal", "deal")
    sentence = d.sent[k]
    stop = k + 1 if end is None else end
    for x, year in years:
        core = f"{year} {singular}"
        acc = AgreementAcc(name=unnamed_name(state, parties, core), unnamed=True, family=family, first=min(x, k), core=core)
        acc.families.add(family)
        for p in parties:
            acc.add_party(p, sentence, "dated_plural")
        acc.spans.append(state.span(min(x, first), max(x + 1, k + 1), "dated_plural"))
        acc.mentions.append((first, stop))  # the whole list: its status cue is every one's
        acc.keywords.append(f"{d.words[x]} {singular}")
        acc.year = year
        acc.facts.append(Fact("year", year, sentence, "dated_plural"))
        state.agreements.append(acc)


_PAST = frozenset({"signed", "reached", "agreed", "concluded", "struck"})


def years_after(state: State, k: int) -> None:
    """"peace accords signed in 2007 and 2008": one record per year, between the sides the
    sentence lists before it, else those of the latest two-sided agreement told before."""
    d = state.doc
    low, n = d.low, d.n
    if k + 4 >= n or low[k + 1] not in _PAST or low[k + 2] != "in" or _year(low[k + 3]) is None:
        return  # the common case: no "signed in <year>" after the plural
    years: list[tuple[int, int]] = []
    x = k + 3
    while x < n and (y := _year(low[x])) is not None:
        years.append((x, y))
        if x + 2 < n and low[x + 1] in ("and", ",") and _year(low[x + 2]) is not None:
            x += 2
            continue
        break
    if len(years) < 2:
        return
    first = k
    while first > 0 and d.sent[first - 1] == d.sent[k] and k - first < 3 and d.words[first - 1].isalpha() and d.words[first - 1].islower() and low[first - 1] not in ("the", "a", "of", "to", "honour", "honor"):
        first -= 1  # "peace accords": the modifiers are the plural's
    parties = latest_list(state, d.sent[k], first)
    if not parties:
        told = [a for a in state.agreements if a.mentions and a.first < first and len(a.parties) >= 2]
        parties = [p for p, _ in max(told, key=lambda a: a.first).parties] if told else None
    if not parties:
        return
    told = len(state.agreements)
    _add(state, years, parties, first, k, years[-1][0] + 1)
    for acc in state.agreements[told:]:
        acc.status_hint, acc.status_sentence, acc.hint_rule = "signed", d.sent[k], "dated_plural"
    state.block(first, years[-1][0] + 1)


def _from_party(state: State, at: int) -> str | None:
    """The party right after "from [the]" at token ``at``."""
    k = at + 1 + (state.doc.lower(at + 1) == "the")
    c = state.party_start(k)
    return c.name if c is not None else None
