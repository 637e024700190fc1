"""Agreement years the words next to a mention leave out, read from the sentence around it.

- year_of_description_time: a name given to a description that dates it ("formed a new
  alliance last year known as AUKUS", "a pact signed in 2019, known as the X") takes that
  description's year; "last year" is the year before the article's own.
- approved_back_reference: "The board approved the programme in August 2022": a definite
  back-reference to the article's one agreement of that kind, made ("approved", "signed")
  in a dated sentence, gives that agreement its year.
- also_signed_article_year: "The two sides also signed a dozen agreements", "the leaders also
  witnessed the signing of a memorandum", "Separately, the US signed a trade agreement with
  X", "On the same day, A signed a memorandum with B" (`occasion_openers` in `cues.json`, after
  a sentence dating nothing by a year): a further act of the story's own occasion, with no
  year of its own, is of the article's year.
- then_previous_year: "Washington then approved the sale": a next step, dated by the sentence
  before (see ``then_year``).
Both only fill a year still missing.
"""

from __future__ import annotations

from store.extract.calendar_words import MONTHS as _MONTHS
from store.extract.fact_years import holds_year, sentence_size, year_word
from store.extract.facts import acc_year
from store.extract.state import AgreementAcc, State
from store.extract.then_year import then_year
from store.extract.triggers import positions, vocabulary
from store.extract.when import article_year

_NAMING = frozenset({"called", "dubbed", "named"})
# Verbs that make an agreement (its year is the one it was signed or approved).
_MAKING = frozenset({"approved", "signed", "sealed", "concluded", "inked", "struck", "ratified"})
# Words one of which a sentence telling a further act of the story's occasion holds ("also",
# "Separately,", the opener "On the same day,", "Alongside it,").
_OCCASION_WORDS = frozenset({"also", "separately", "same", "alongside"})
# Verbs of a further act of the same occasion after "also" ("also signed", "also agreed").
_ALSO_MADE = _MAKING | {"agreed", "reached"}
# The words a name is given with: "known (as)", "called", "dubbed", "named".
_NAMING_WORDS = frozenset({"known", "called", "dubbed", "named"})
# Determiners of a back-reference ("the programme", "its deal", "the country's loan").
_DEFINITE = frozenset({"the", "its", "their", "this", "that", "s"})
# Words before a making verb that leave the making to come.
_NOT_DONE = frozenset({"to", "will", "would", "could", "may", "might", "should", "must", "not", "never"})


def fill_context_years(state: State) -> None:
    """Give agreements still without a year the one their description or a dated back-reference states."""
    missing = [acc for acc in state.agreements if acc.year is None]
    if not missing:
        return
    vocab = vocabulary(state)
    for acc in missing if not _NAMING_WORDS.isdisjoint(vocab) else ():  # most articles name nothing so
        for i, _ in acc.mentions:
            year = _description_year(state, i)
            if year is not None:
                acc_year(acc, year, state.doc.sent[i], "year_of_description_time")
                break
    missing = [acc for acc in missing if acc.year is None]
    if missing and holds_year(vocab) and not _MAKING.isdisjoint(vocab):  # a dated approval needs both
        _approved_back_references(state, missing)
    for acc in missing if "then" in vocab else ():
        if acc.year is None and acc.status in ("signed", "announced") and (found := then_year(state, acc)) is not None:
            acc_year(acc, found[0], found[1], "then_previous_year")  # "Ankara agreed in January. Washington then approved the sale"
    for acc in missing:
        if acc.year is None and acc.status == "signed" and not _OCCASION_WORDS.isdisjoint(vocab):
            sentence = _also_made(state, acc)
            published = article_year(state) if sentence is not None else None
            if published is not None:
                acc_year(acc, published[0], sentence, "also_signed_article_year")  # type: ignore[arg-type]


def _also_made(state: State, acc: AgreementAcc) -> int | None:
    """The sentence of a mention made "also" (or "Separately,") in the simple past with no year
    of its own ("The two sides also signed a dozen agreements", "also witnessed the signing of
    a memorandum"): a further act of the story's own occasion,
    in the article's year (not "had also signed": an earlier one)."""
    d = state.doc
    low = d.low
    openers = _occasion_openers(state)
    for i, _ in acc.mentions:
        first = d.sent_first[d.sent[i]]
        separately = low[first] == "separately"  # "Separately, the US signed a pact with X"
        if not separately and low[first] in openers:
            separately = _same_occasion(state, first, openers[low[first]])  # "On the same day, X signed"
        for k in range(max(first + 1, i - 8), i):
            witnessed = low[k] in _WITNESSING and "signing" in low[k + 1 : i]  # "also witnessed the signing of"
            if (low[k] in _ALSO_MADE or witnessed) and (low[k - 1] == "also" or separately):
                if low[k - 1] in _PERFECT or (k >= 2 and low[k - 2] in _PERFECT) or not _no_year_in_sentence(state, d.sent[i]):
                    break
                return d.sent[i]
    return None


def _occasion_openers(state: State) -> dict[str, tuple[tuple[str, ...], ...]]:
    """The phrases opening a sentence that tie it to the story's own occasion ("On the same
    day,", "Alongside it,"; `occasion_openers` in `cues.json`), by their first word."""
    table = state.cues.derived.get("occasion_openers")
    if table is None:
        table = {}
        for phrase in (state.gz.cues or {}).get("occasion_openers") or ():
            words = tuple(str(phrase).casefold().split())
            table.setdefault(words[0], []).append(words)
        table = state.cues.derived["occasion_openers"] = {w: tuple(ps) for w, ps in table.items()}
    return table


def _same_occasion(state: State, first: int, phrases: tuple[tuple[str, ...], ...]) -> bool:
    """Whether the sentence opening at ``first`` opens with one of ``phrases`` and the sentence
    before it dates nothing by a year (else "the same day" may be that year's); read as
    "also" is (rule: also_signed_article_year)."""
    d = state.doc
    low = d.low
    if not any(tuple(low[first : first + len(p)]) == p for p in phrases):
        return False
    here = d.sent[first]
    return here == 0 or _no_year_in_sentence(state, here - 1)


# Verbs of being present at a signing ("also witnessed the signing of a memorandum").
_WITNESSING = frozenset({"witnessed", "attended", "oversaw", "watched"})
# Auxiliaries of an earlier time ("had also signed"), or of one to come ("will also sign").
_PERFECT = frozenset({"had", "will", "would", "to", "could", "may", "might"})


def _no_year_in_sentence(state: State, sentence: int) -> bool:
    d = state.doc
    lo = d.sent_first[sentence]
    return not holds_year(d.low[lo : lo + sentence_size(d, lo, sentence, 120)])


def _description_year(state: State, i: int) -> int | None:
    """The year a description dates when the mention at i is the name it is "known as"."""
    d = state.doc
    low = d.low
    k = i - 1 - (i > 0 and low[i - 1] == "the")
    if k >= 1 and low[k] == "as" and low[k - 1] == "known":
        k -= 2
    elif k >= 0 and low[k] in _NAMING:
        k -= 1
    else:
        return None  # the common case: no naming words before the mention
    k -= k >= 0 and low[k] in ("formally", "officially", "also", "commonly", "widely", "now")
    k -= k >= 0 and low[k] == ","
    family = state.cues.family
    here = d.sent[i]
    noun = False
    for x in range(k, max(-1, k - 10), -1):
        if d.sent[x] != here or low[x] in (".", ";", ","):
            return None
        w = low[x]
        if w == "year" and x >= 1 and low[x - 1] in ("last", "this"):
            if not noun and not any(low[y] in family for y in range(max(0, x - 6), x)):
                return None  # "last year" must date a description of an agreement
            published = article_year(state)
            return None if published is None else published[0] - (low[x - 1] == "last")
        if (year := year_word(d.words[x])) is not None:
            before = low[x - 1] if x >= 1 else ""
            if before == "in" or (before in _MONTHS and x >= 2 and low[x - 2] == "in"):
                return year if noun or any(low[y] in family for y in range(max(0, x - 8), x)) else None
            return None
        noun = noun or w in family
    return None


def _approved_back_references(state: State, missing: list[AgreementAcc]) -> None:
    """Rule approved_back_reference (see the module's docstring). Only the making verbs'
    positions are read (found from the article's word set), in sentences that write a year."""
    d = state.doc
    low, n = d.low, d.n
    family = state.cues.family
    done: set[int] = set()
    owners: dict[str, list[AgreementAcc]] = {}  # noun family -> the article's agreements of it
    wanted = {id(acc) for acc in missing}
    for v in positions(state, _MAKING):
        s = d.sent[v]
        first = d.sent_first[s]
        if s in done or (v > first and low[v - 1] in _NOT_DONE):
            continue  # "will sign the deal in 2026": not made yet
        end = min(n, v + 24)
        if not holds_year(d.low[v:end]):
            continue  # no year after the verb: most sentences
        for x in range(v + 1, min(end, v + 12)):
            if d.sent[x] != s or low[x] == "to":
                break  # "agreed to revisit the deal in 2026": another act's date
            fam = family.get(low[x])
            if fam is None:
                continue
            if not any(low[y] in _DEFINITE for y in range(max(v + 1, x - 4), x)):
                break  # "approved a new loan": another agreement, not a back-reference
            year = _dated_after(d, x + 1, end)
            if year is not None:
                if fam not in owners:
                    owners[fam] = [a for a in state.agreements if a.family == fam or fam in a.families]
                found = owners[fam]
                if len(found) == 1 and found[0].year is None and id(found[0]) in wanted:
                    acc_year(found[0], year, s, "approved_back_reference")
                    done.add(s)
            break


def _dated_after(d, k: int, end: int) -> int | None:
    """The year of "in 2022", "in August 2022", "on 3 August 2022" starting at k."""
    low, words, sent = d.low, d.words, d.sent
    if k >= end or low[k] not in ("in", "on") or sent[k] != sent[k - 1]:
        return None
    here = sent[k]
    k += 1
    if k < end and words[k].isdigit() and len(words[k]) <= 2:
        k += 1
    if k < end and low[k] in _MONTHS:
        k += 1
        if k < end and words[k].isdigit() and len(words[k]) <= 2:
            k += 1
        k += k < end and words[k] == ","
    return year_word(words[k]) if k < end and sent[k] == here else None
