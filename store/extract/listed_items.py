"""Documents listed one a line under a line that signs or exchanges them ("a number of
agreements and memoranda were exchanged between government bodies of the two countries,
including:" then "A memorandum of understanding on energy ..." on a line of its own): each
listed document was signed with them, in the year that line's signing has (else the story's),
by the story's pair when the line names no party of its own. (Rule: listed_items.)"""

from __future__ import annotations

from store.extract.facts import acc_status, acc_year
from store.extract.state import AgreementAcc, State
from store.extract.triggers import vocabulary
from store.extract.when import article_year, dates_itself, day_year, full_date_year, lede_year

_RULE = "listed_items"
# Words of an introducing line that make the documents it lists.
_MAKING = frozenset({"signed", "exchanged", "inked", "concluded", "sealed", "initialled", "initialed", "signing"})
# Words that leave the making to come.
_NOT_DONE = frozenset({"will", "would", "to", "could", "may", "might", "expected", "plan", "plans"})
# The most items a list is read back over.
_MAX_ITEMS = 12


def share_listed_signing(state: State) -> None:
    """Give each agreement with no status whose first mention is a listed item the signing of
    the line that introduces the list."""
    d = state.doc
    if ":" not in vocabulary(state):
        return  # no line ends with a colon: most articles (the article's word set, not a scan)
    for acc in state.agreements:
        if acc.status is not None or not acc.mentions:
            continue
        intro = _introduction(state, d.sent[min(acc.mentions)[0]])
        if intro is None:
            continue
        acc_status(acc, "signed", intro, _RULE)
        if acc.year is None and (year := _year(state, acc, intro)) is not None:
            acc_year(acc, year, intro, _RULE)
        if not acc.parties:
            for p in _story_pair(state):
                acc.add_party(p, intro, _RULE)


def _story_pair(state: State) -> list[str]:
    """The parties of the story's first agreement signed by two or more: those who sign the
    documents a release lists."""
    for acc in sorted(state.agreements, key=lambda a: a.first):
        if acc.status in ("signed", "in_force") and len(acc.parties) >= 2:
            return [p for p, _ in acc.parties]
    return []


def _line_start(state: State, sentence: int) -> bool:
    """Whether the sentence opens a line of its own (past the last one: the text has ended)."""
    d = state.doc
    if sentence >= len(d.sent_first):
        return True
    first = d.sent_first[sentence] if sentence >= 0 else -1
    return first == 0 or first > 0 and "\n" in d.text[d.ends[first - 1] : d.starts[first]]


def _introduction(state: State, sentence: int) -> int | None:
    """The sentence ending with a colon that the listed item ``sentence`` (each item a line of
    one sentence) stands under, when it makes documents in the past; else None."""
    d = state.doc
    low = d.low
    s = sentence
    while s > 0 and sentence - s < _MAX_ITEMS and _line_start(state, s) and _line_start(state, s + 1):
        first = d.sent_first[s - 1]
        if first < 0:
            return None
        last = d.sent_first[s] - 1
        if low[last] == ":":
            words = low[first:last]
            if _MAKING.isdisjoint(words) or not _NOT_DONE.isdisjoint(words):
                return None
            return s - 1
        s -= 1  # the sentence before is another item of the list
    return None


def _year(state: State, acc: AgreementAcc, intro: int) -> int | None:
    """The year of the introducing line's signing: the day it writes, its one full date, that
    of another agreement it names as signed, else the lede's; a line that dates nothing itself
    tells the story's day."""
    year = day_year(state, intro) or full_date_year(state, intro)
    if year is not None:
        return year
    d = state.doc
    for other in state.agreements:
        if other is not acc and other.year is not None and other.status in ("signed", "in_force"):
            if any(d.sent[i] == intro for i, _ in other.mentions):
                return other.year  # "Following the signing of the partnership, ... were exchanged"
    year = lede_year(state, intro)
    if year is not None or dates_itself(d.low[d.sent_first[intro] : d.sent_first[intro + 1]]):
        return year
    published = article_year(state)  # a line of the day's signing that dates nothing itself
    return published[0] if published else None
