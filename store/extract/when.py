"""The year an event of the article's own time happened in, read off the article's date.

News dates fresh events by the day, not the year ("signed on Friday", "Friday's pact",
"announced on Saturday (August 27)", "earlier this week", "signed in March", "to sign next week", "at the end of the month"): such an event happened in the year
the article was published. "last year" is the year before it. A sentence that writes a year
of its own keeps it (the facts rules read that one).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import compress
from operator import itemgetter

from store.extract.calendar_words import MONTHS as _MONTHS
from store.extract.calendar_words import WEEKDAYS as _WEEKDAYS
from store.extract.day_forms import is_day
from store.extract.fact_years import holds_year, sentence_size
from store.extract.state import State
from store.extract.triggers import positions, vocabulary

_MONTH_NUMBER = {
    **{m: i + 1 for i, m in enumerate("january february march april may june july august september october november december".split())},
    **{m: i + 1 for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split())},
    "sept": 9,
}
# Words that place an event in the article's own days.
_TODAY = frozenset({"today", "yesterday", "tonight", "tomorrow"})
# "this week", "last month": the noun after "this"/"last"/"earlier this"; the year offset.
_RELATIVE = {"week": 0, "month": 0, "weekend": 0, "year": 0}
_YEAR = re.compile(r"(?:19|20)\d\d")
_PUBLISHED = re.compile(r"((?:19|20)\d\d)-(\d\d)")


# Words before a year that make it a deadline or target ("to double imports by 2027").
_TARGET = frozenset({"by", "until", "till", "through", "beyond"})


def dates_itself(lows: list[str]) -> bool:
    """Whether the (lower-cased) words of a sentence write a year that dates something: a year
    after "by", "until" or "through" is a deadline or target ("signed a deal on Monday to double
    imports by 2027"), which dates nothing done, so the sentence is still the day's news.
    (Rule: target_year.) A period a name or plan covers ("Action Plan 2025-2030") dates
    nothing done either. (Rule: period_range.)"""
    if not holds_year(lows):
        return False  # the common case, answered in C
    return any(len(w) == 4 and w.isdigit() and not (x and lows[x - 1] in _TARGET) and not _in_range(lows, x) for x, w in enumerate(lows))


# The joints of a period's two years: a dash, or "to" / "through" in words.
_RANGE_JOINTS = frozenset({"-", "\u2013", "to", "through"})


def _in_range(lows: list[str], x: int) -> bool:
    """Whether the year at x opens or closes a period: "YYYY-YYYY", or in words "YYYY to
    YYYY" ("covering 2025 to 2030")."""
    after = lows[x + 2] if x + 2 < len(lows) and lows[x + 1] in _RANGE_JOINTS else ""
    before = lows[x - 2] if x >= 2 and lows[x - 1] in _RANGE_JOINTS else ""
    return any(len(w) == 4 and w.isdigit() for w in (after, before))


def article_year(state: State) -> tuple[int, int] | None:
    """The article's publication year and month, when its date is known; for an undated
    article, the latest full date it writes (a caption's "on October 24, 2022", a stamp)."""
    cache = state.cache
    if "article_year" not in cache:  # asked once per mention and sentence: found once
        m = _PUBLISHED.match(state.published or "")
        cache["article_year"] = (int(m.group(1)), int(m.group(2))) if m else _latest_date(state)
    return cache["article_year"]  # type: ignore[return-value]


def _latest_date(state: State) -> tuple[int, int] | None:
    """The latest "<Month> <day>, <year>" or "<day> <Month> <year>" of the text. (Rule:
    text_date.) Only the month words are read, found from the article's word set."""
    if _MONTH_WORDS.isdisjoint(vocabulary(state)):
        return None  # no month named: no full date
    low = state.doc.low
    # a deadline is no time of the story: "would remain in force until Feb. 5, 2026" (rule: text_date_deadline)
    months = [k for k in positions(state, _MONTH_WORDS) if not (k >= 1 and low[k - 1] in _TARGET or k >= 2 and low[k - 2] in _TARGET)]
    dates = _full_dates(state, months, state.doc.n)
    return max(dates) if dates else None


_MONTH_WORDS = frozenset(_MONTH_NUMBER)


def _full_dates(state: State, months: Iterable[int], n: int) -> list[tuple[int, int]]:
    """The full dates written around the month tokens ``months`` (in order, each before ``n``,
    the end of the tokens read), as (year, month)."""
    d = state.doc
    low, words = d.low, d.words
    out: list[tuple[int, int]] = []
    for k in months:
        x = k + 1 if k + 1 < n and words[k + 1] == "." else k  # "Sept. 10, 2023"
        if x + 1 < n and is_day(words[x + 1]):
            y = x + 2 + (x + 2 < n and words[x + 2] == ",")  # "October 24, 2022"
        elif k >= 1 and is_day(words[k - 1]):
            y = x + 1 + (x + 1 < n and words[x + 1] == ",")  # "25 April, 2025"
        else:
            continue
        if y < n and len(words[y]) == 4 and _YEAR.fullmatch(words[y]):
            out.append((int(words[y]), _MONTH_NUMBER[low[k]]))
    return out


def full_date_year(state: State, sentence: int) -> int | None:
    """The year of the one full date a sentence writes, when it writes no other year: "on
    Wednesday, April 26, 2023, announced the Washington Declaration". (Rule: full_date_year.)"""
    d = state.doc
    if sentence >= len(d.sent_first) or d.sent_first[sentence] < 0:
        return None
    lo = d.sent_first[sentence]
    hi = lo + sentence_size(d, lo, sentence, 80)
    if _MONTH_NUMBER.keys().isdisjoint(d.low[lo:hi]):
        return None  # no month: no full date
    n = min(hi, d.n)
    dates = _full_dates(state, compress(range(lo, n), map(_MONTH_NUMBER.__contains__, d.low[lo:n])), n)
    years = {w for w in d.words[lo:hi] if len(w) == 4 and _YEAR.fullmatch(w)}
    return dates[0][0] if len(dates) == 1 and len(years) == 1 else None


def day_year(state: State, sentence: int) -> int | None:
    """The year of an event the sentence dates by the day or by "this/last week/month/year",
    from the article's own date; None when the sentence writes a year itself or the article's
    date is unknown. (Rule: day_article_year.) Each sentence is read once per article: every
    agreement it mentions asks again."""
    memo: dict[int, int | None] | None = state.cache.get("day_year")  # type: ignore[assignment]
    if memo is None:
        memo = state.cache["day_year"] = {}
    if sentence not in memo:
        memo[sentence] = _day_year(state, sentence)
    return memo[sentence]


def _day_year(state: State, sentence: int) -> int | None:
    published = article_year(state)
    if published is None:
        return None
    d = state.doc
    first = d.sent_first[sentence] if sentence < len(d.sent_first) else d.n
    end = d.sent_first[sentence + 1] if sentence + 1 < len(d.sent_first) else d.n
    low, words = d.low, d.words
    hi = min(end, first + 80)
    lows = low[first:hi]
    if _DATING.isdisjoint(lows) or dates_itself(lows):
        return None  # nothing dates an event by the day, or the sentence names its year
    # only the dating words are read, in order, until one dates the event
    found: int | None = None
    for k in compress(range(first, hi), map(_DATING.__contains__, lows)):
        if found is not None:
            break
        w = low[k]
        if w in _WEEKDAYS or w in _TODAY:
            found = published[0]
        elif w in _MONTH_NUMBER and _day_of_month(words, k, first, end):
            found = published[0]  # "on August 26", "on 26 August", "on Sept. 26": a day with no year
            if _day_last_year(low, k, end):
                found -= 1  # "on 6 November last year" (rule: day_last_year)
        elif w in _MONTHS and k > first and low[k - 1] in ("in", "since", "last", "early", "late", "mid"):
            # "signed in March": the latest such month, this year's or, when still to come, last year's
            found = published[0] - (_MONTH_NUMBER[w] > published[1] and low[k - 1] != "mid")
            if _to_come(low, first, k):
                found = published[0]  # "will sign in December": told this year, not last (rule: month_to_come)
            if low[k + 1 : k + 3] == ["last", "year"] and k + 2 < end:
                found = published[0] - 1  # "in September last year" (rule: month_last_year)
        elif w == "ago" and k - 2 >= first:
            found = _ago(low[k - 2], low[k - 1], published)
        elif w in _RELATIVE and k - 3 >= first and low[k - 3 : k] in _OF_THE and w != "weekend":
            found = published[0]  # "at the end of the month", "by the middle of the year" (rule: part_of_the_month)
        elif w in _RELATIVE and k > first and low[k - 1] in ("this", "last", "earlier", "next"):
            if low[k - 1] == "last":
                back = 1 if w == "year" else int(w == "month" and published[1] == 1)
                found = published[0] - back
            else:
                found = published[0]
    return found


# Words that put the event a sentence dates by a month still to come ("will sign in March").
_WILL = frozenset({"will", "shall", "scheduled", "planned", "plans", "plan", "intends", "aims", "'ll"})
_TO = frozenset({"set", "expected", "due", "going", "hope", "hopes", "plan", "plans", "aim", "aims"})


def _to_come(low: list[str], first: int, k: int) -> bool:
    """Whether the words of the sentence before the month at k put the event to come ("will
    sign in March", "are set to sign in December", "is expected to take effect in May")."""
    for x in range(first, k):
        if low[x] in _WILL or low[x] in _TO and x + 1 < k and low[x + 1] == "to":
            return True
    return False


# "the end of the", "the start of the": a part of the article's own month or year.
_OF_THE = [[part, "of", "the"] for part in ("end", "start", "beginning", "middle", "rest", "close")]
# Every word ``_day_year`` can date by: with none in a sentence it answers None without a loop.
_DATING = _WEEKDAYS | _TODAY | frozenset(_MONTH_NUMBER) | frozenset(_RELATIVE) | {"ago"}
_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}


def _ago(count: str, unit: str, published: tuple[int, int]) -> int | None:
    """The year of "two years ago", "a year ago", "three months ago", counted
    back from the article's date; None for another shape ("long ago"). (Rule: years_ago.)"""
    n = _COUNTS.get(count) or (int(count) if count.isdigit() and len(count) <= 2 else 0)
    if not n:
        return None
    if unit in ("year", "years"):
        return published[0] - n
    if unit in ("decade", "decades"):
        return published[0] - 10 * n  # "a decade ago"
    if unit in ("month", "months"):
        return (published[0] * 12 + published[1] - 1 - n) // 12  # "three months ago" in February: last year
    return published[0] if unit in ("day", "days", "week", "weeks") else None


def _day_last_year(low: list[str], k: int, end: int) -> bool:
    """Whether "last year" closes the day-and-month date whose month is at k ("on 6 November
    last year", "on Nov. 6 last year")."""
    x = k + 1 + (k + 1 < end and low[k + 1] == ".")
    x += x < end and is_day(low[x])
    x += x < end and low[x] == ","
    return x + 1 < end and low[x] == "last" and low[x + 1] == "year"


def _day_of_month(words: list[str], k: int, first: int, end: int) -> bool:
    """Whether the month at k is dated by a day: "August 26", "Aug. 26", "26 August"."""
    x = k + 1 + (k + 1 < end and words[k + 1] == ".")
    if x < end and is_day(words[x]):
        return True
    if k > first + 1 and words[k - 1] == "of":
        k -= 1  # "the 3rd of March" (rule: ordinal_day)
    return k > first and is_day(words[k - 1])


_OPENING = itemgetter(slice(0, 1))  # a word's first character, read in C


def _lede(state: State) -> frozenset[int]:
    """The article's lede: its first two sentences of twelve words or more (captions, credits
    and stamp lines before it are shorter)."""
    cached = state.cache.get("lede")
    if cached is None:
        d = state.doc
        found: list[int] = []
        bounds = [*d.sent_first, d.n]
        for s in range(len(d.sent_first)):
            lo, hi = bounds[s], next((b for b in bounds[s + 1 :] if b >= 0), d.n)
            if lo >= 0 and sum(map(str.isalpha, map(_OPENING, d.words[lo : min(hi, lo + 40)]))) >= 12:
                found.append(s)
                if len(found) == 2:
                    break
        cached = state.cache["lede"] = frozenset(found)
    return cached  # type: ignore[return-value]


def lede_sentences(state: State) -> frozenset[int]:
    """The sentences of the article's lede (see ``_lede``), for rules that read the day's news."""
    return _lede(state)


def lede_year(state: State, sentence: int, *, headline: bool = False) -> int | None:
    """The article's year for an agreement the lede (or, with headline=True, the headline)
    reports signed or announced without a year: a lede or headline tells the day's news.
    (Rules: lede_article_year, headline_article_year.)"""
    published = article_year(state)
    if published is None:
        return None
    if headline:
        if not (sentence < len(state.doc.heading) and state.doc.heading[sentence]):
            return None
    elif sentence not in _lede(state):
        return None
    d = state.doc
    lo = d.sent_first[sentence]
    if lo >= 0 and dates_itself(d.low[lo : lo + sentence_size(d, lo, sentence, 80)]):
        return None  # the sentence (its first 80 tokens) dates something itself
    return published[0]


# Verbs of making an agreement that a present perfect ("has signed") reports as the day's news.
_MADE_NOW = frozenset({"signed", "inked", "sealed", "concluded", "struck", "clinched", "agreed", "reached"})
# Adverbs between the auxiliary and the verb ("have now signed", "has formally agreed").
_NOW_ADVERBS = frozenset({"just", "now", "also", "formally", "officially", "finally", "jointly"})


def perfect_year(state: State, i: int, j: int) -> int | None:
    """The article's year for a mention the present perfect reports made ("Chile and Peru have
    signed a fisheries pact", "the accord has been signed"), when its sentence writes no year:
    news tells a fresh act so. (Rule: perfect_article_year.)"""
    published = article_year(state)
    if published is None:
        return None
    d = state.doc
    low, n, here = d.low, d.n, d.sent[i]
    last = d.words[j - 1]
    if last[-1:] == "s" and last[:1].islower():
        return None  # "has signed trade agreements with ...": a record of past deals, not the day's
    if j < n and low[j] in ("between", "with"):  # "the accord between Mali and Niger has been signed"
        j = next((x for x in range(j + 1, min(n, j + 9)) if low[x] in ("has", "have", ",", ".")), j)
    if j + 2 < n and low[j] in ("has", "have") and low[j + 1] == "been" and low[j + 2] in _MADE_NOW:
        found = True  # "the accord has been signed"
    else:
        found = False
        for k in range(i - 1, max(-1, i - 6), -1):
            if d.sent[k] != here or low[k] in (",", ".", ";", "and", "or", "that", "which"):
                break
            if low[k] in _MADE_NOW:
                a = k - 1 - (k > 0 and low[k - 1] in _NOW_ADVERBS)
                found = a >= 0 and low[a] in ("has", "have") and d.sent[a] == here
                break
    if not found:
        return None
    lo = d.sent_first[here]
    size = sentence_size(d, lo, here, 120)
    return None if size == 120 or dates_itself(d.low[lo : lo + size]) else published[0]
