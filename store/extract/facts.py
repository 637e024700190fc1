"""Agreement facts: status, year and value, each from words right next to a mention.

Status: a cue phrase just before a mention ("the signing of", "revision of the", "will
create a", "negotiations on a new") or just after it ("was signed", ", stands as");
otherwise an alliance/partnership or a well-known agreement is taken to be in force.
Year: "in 2023" / "in July 2024" right after a mention, or "the 2015 X". Value: money after
"worth" / "valued at" ("A$10 billion" -> 1e10 AUD).
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from ..records import Fact
from .state import AgreementAcc, State

_MONTHS = frozenset("january february march april may june july august september october november december".split())
_YEAR = re.compile(r"(?:19|20)\d\d")


@lru_cache(maxsize=8)
def money_pattern(symbols: tuple[str, ...], words: tuple[str, ...], mults: tuple[str, ...]) -> re.Pattern[str]:
    """Money as written: "A$10 billion", "$6.5bn", "€2 million", "500 million yen"."""
    sym = "|".join(re.escape(s) for s in sorted(symbols, key=len, reverse=True))
    mult = "|".join(re.escape(m) for m in sorted(mults, key=len, reverse=True))
    word = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    num = r"\d{1,3}(?:,\d{3}){0,5}(?:\.\d{1,4})?|\d{1,15}(?:\.\d{1,4})?"
    return re.compile(
        rf"(?P<sym>{sym})\s?(?P<num>{num})(?:\s?(?P<mult>{mult})\b)?"
        rf"|(?P<num2>{num})\s?(?:(?P<mult2>{mult})\s)?(?P<word>{word})\b",
        re.I,
    )


def parse_money(state: State, text: str) -> tuple[str, float, str | None] | None:
    """The first amount of money at the start of ``text``: as written, amount, ISO currency."""
    cues = state.cues
    symbols = tuple(k for k in cues.currencies if not k.isalpha())
    words = tuple(k for k in cues.currencies if k.isalpha())
    pattern = money_pattern(symbols, words, tuple(cues.multipliers))
    m = pattern.match(text)
    if not m:
        return None
    num = (m.group("num") or m.group("num2") or "0").replace(",", "")
    mult = (m.group("mult") or m.group("mult2") or "").casefold()
    unit = m.group("sym") or m.group("word") or ""
    currency = cues.currencies.get(unit) or cues.currencies.get(unit.casefold()) or cues.currencies.get(unit.upper())
    try:
        amount = float(num) * cues.multipliers.get(mult, 1.0)
    except ValueError:
        return None
    return m.group(0).strip(), amount, currency


def _cue_before(state: State, i: int) -> str | None:
    d = state.doc
    lows = [d.lower(k) for k in range(max(0, i - 6), i) if d.sent[k] == d.sent[i]]
    # drop determiners and adjectives right before the mention
    while lows and lows[-1] in ("the", "a", "an", "new", "its", "their", "this", "that", "existing", "proposed", "potential", "landmark", "historic"):
        if lows[-1] in ("existing",):
            return "in_force"
        if lows[-1] in ("proposed",):
            return "proposed"
        lows.pop()
    if not lows:
        return None
    for status, phrase in _by_last(state).get(lows[-1], ()):
        n = len(phrase)
        if n <= len(lows) and tuple(lows[-n:]) == phrase:
            return status
    return None


def _by_last(state: State) -> dict[str, list[tuple[str, tuple[str, ...]]]]:
    cached = getattr(state.cues, "_by_last", None)
    if cached is None:
        cached = {}
        for status, phrases in state.cues.status.items():
            for phrase in phrases:
                cached.setdefault(phrase[-1], []).append((status, phrase))
        state.cues._by_last = cached  # type: ignore[attr-defined]
    return cached


def _by_first(state: State) -> dict[str, list[tuple[str, tuple[str, ...]]]]:
    cached = getattr(state.cues, "_by_first", None)
    if cached is None:
        cached = {}
        for status, phrases in state.cues.status.items():
            for phrase in phrases:
                cached.setdefault(phrase[0], []).append((status, phrase))
        state.cues._by_first = cached  # type: ignore[attr-defined]
    return cached


def _cue_after(state: State, j: int) -> str | None:
    d = state.doc
    k = j
    if d.word(k) == "(":
        k += 3
    lows = []
    while k < len(d) and len(lows) < 4 and d.sent[k] == d.sent[j - 1]:
        if d.words[k] not in (",",):
            lows.append(d.lower(k))
        k += 1
    while lows and lows[0] in ("was", "were", "is", "has", "have", "had", "been", "being", "be", "will", "would", "also"):
        lows.pop(0)
    if not lows:
        return None
    for status, phrase in _by_first(state).get(lows[0], ()):
        if tuple(lows[: len(phrase)]) == phrase and phrase[0] not in ("existing",):
            if status in ("signed", "in_force", "under_review", "under_negotiation", "announced"):
                return status
    return None


def _past_partner(state: State, j: int) -> int:
    """The token after "with [the] <party>" following a mention ("deal with the UAE was signed")."""
    d = state.doc
    if d.lower(j) != "with":
        return j
    k = j + 1 + (d.lower(j + 1) == "the")
    c = state.country_start.get(k) or state.org_start.get(k)
    return c.j if c is not None else j


def _year(state: State, i: int, j: int) -> int | None:
    d = state.doc
    k = j + 3 if d.word(j) == "(" else j
    if d.word(k) == ",":
        k += 1
    while d.lower(k) in ("was", "were", "is", "has", "had", "been", "signed", "agreed", "announced", "concluded", "reached", "unveiled", "inked", "ratified"):
        k += 1
    if d.lower(k) == "in":
        k += 1
        if d.lower(k) in _MONTHS:
            k += 1
            if d.word(k).isdigit() and len(d.word(k)) <= 2:
                k += 1
                if d.word(k) == ",":
                    k += 1
        if _YEAR.fullmatch(d.word(k)) and d.sent[k] == d.sent[i]:
            return int(d.word(k))
    if i > 0 and _YEAR.fullmatch(d.word(i - 1)):
        return int(d.word(i - 1))
    return None


def fill_facts(state: State) -> None:
    """Status, year, value and party facts of every agreement found."""
    d, gz = state.doc, state.gz
    for acc in state.agreements:
        statuses: list[tuple[str, int]] = []
        if acc.status_hint:
            statuses.append((acc.status_hint, acc.status_sentence))
        for i, j in sorted(acc.mentions):
            if i in acc.referring:
                continue  # "The agreement was reached ..." said of an alliance: another thing
            j = _past_partner(state, j)
            status = _cue_before(state, i) or _cue_after(state, j)
            if status:
                statuses.append((status, d.sent[i]))
            year = _year(state, i, j)
            if year and acc.year is None:
                acc_year(acc, year, d.sent[i])
            if acc.value_at < 0 and d.lower(j) in ("worth",):
                acc.value_at = j + 1
        if acc.value_at >= 0:
            k = acc.value_at
            while k < len(d) and d.words[k].isalpha() and d.lower(k) in ("at", "of", "worth", "some", "about", "around", "nearly", "almost", "up", "to", "more", "than", "over"):
                k += 1
            if k < len(d):
                found = parse_money(state, d.text[d.starts[k] : d.starts[k] + 60])
                if found:
                    acc_value(acc, found, d.sent[k])
        if statuses:
            counts = Counter(s for s, _ in statuses)
            best = max(counts, key=lambda s: (counts[s], -next(x for x, (st, _) in enumerate(statuses) if st == s)))
            acc_status(acc, best, next(sent for st, sent in statuses if st == best))
        elif acc.family == "alliance" or (acc.known and acc.name in gz.agreements):
            first = min(acc.mentions)[0] if acc.mentions else 0
            acc_status(acc, "in_force", d.sent[first] if d.words else 0)
        for name, sentence in acc.parties:
            acc.facts.append(Fact("party", name, sentence))


def acc_status(acc: AgreementAcc, status: str, sentence: int) -> None:
    acc.status = status
    acc.facts.append(Fact("status", status, sentence))


def acc_year(acc: AgreementAcc, year: int, sentence: int) -> None:
    acc.year = year
    acc.facts.append(Fact("year", year, sentence))


def acc_value(acc: AgreementAcc, found: tuple[str, float, str | None], sentence: int) -> None:
    acc.value, acc.amount, acc.currency = found
    acc.facts.append(Fact("value", found[0], sentence))
