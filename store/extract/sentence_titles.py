"""A formal title written in sentence case, as official releases write them: "signed the
Agreement on the demarcation of the state border, completing ...". A capitalised head noun
that does not open its sentence, followed by a link word ("on", "of", "between", ...) and
words in lower case, names a text; the name runs to the clause's end: a comma, semicolon or
full stop, a time ("in February 2023"), a relative or a finite verb. (Rule: sentence_title.)"""

from __future__ import annotations

from itertools import compress, islice

from store.extract.calendar_words import MONTHS, WEEKDAYS
from store.extract.money import NUMBER_WORDS
from store.extract.named_acc import new_named
from store.extract.state import State

RULE = "sentence_title"
# Marks that close the clause a title runs to.
_CLOSING = frozenset({",", ";", ".", ":", "(", ")", '"', "“", "”", "!", "?"})
# Marks that open a listed line ("– Agreement on ...").
_BULLETS = frozenset({"-", "–", "—", "•", "*", "·"})
# Words after the link that refer back or count, not a subject: "the Agreement of the two sides".
_NOT_SUBJECT = frozenset({"the two", "both", "its", "their", "his", "her", "our", "this", "that", "these", "those", "them", "it"})
# Words that bring a time when a date or year follows: "in February 2023".
_TIME_LINKS = frozenset({"in", "on", "at", "since", "from", "until", "last", "this", "next", "earlier"})
# The most tokens a title holds after its head.
_REACH = 24


def _table(state: State) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The heads, links and stop words of the `sentence_titles` list."""
    table = state.cues.derived.get("sentence_titles")
    if not isinstance(table, tuple):
        raw = (state.gz.cues or {}).get("sentence_titles") or {}
        table = state.cues.derived["sentence_titles"] = (
            frozenset(str(w) for w in raw.get("heads", ())),
            frozenset(str(w) for w in raw.get("links", ())),
            frozenset(str(w).casefold() for w in raw.get("stops", ())),
        )
    return table


def find_sentence_titles(state: State) -> None:
    """Make a named agreement of each free head noun that starts a title in sentence case."""
    heads, links, stops = _table(state)
    d = state.doc
    words, blocked = d.words, state.blocked
    # the head nouns' positions picked in C: most articles write none, or a few
    for k in compress(range(1, d.n - 2), map(heads.__contains__, islice(words, 1, None))):
        if blocked[k] or words[k + 1] not in links:
            continue
        if not _placed(state, k):
            continue
        end = _end(state, k + 2, stops)
        if end is None:
            continue
        acc = new_named(state, d.span_text(k, end), k, end, [], "agreement")
        acc.spans[-1].rule = RULE


def _placed(state: State, k: int) -> bool:
    """Whether the head at k stands inside its sentence after a lower-case word ("signed the
    Agreement"), or opens a listed line (after its bullet, or after the line before ends with
    a colon or semicolon)."""
    d = state.doc
    first = d.sent_first[d.sent[k]]
    if first == k:  # opening the sentence: any head is capitalised there, but in a listed line
        return k > 0 and d.low[k - 1] in (":", ";")  # "were signed:" / "...;" then "Agreement on ..."
    before = d.words[k - 1]
    if before in _BULLETS:
        return k - 1 == first or k > 1 and "\n" in d.text[d.ends[k - 2] : d.starts[k - 1]]
    return before.isalpha() and before.islower()


def _end(state: State, j: int, stops: frozenset[str]) -> int | None:
    """Where a title whose words start at j ends, when they are in sentence case and the
    clause closes within reach; else None."""
    d = state.doc
    here = d.sent[j - 1]
    words, low = d.words, d.low
    if j >= d.n or d.sent[j] != here or not words[j].isalpha() or not words[j].islower():
        return None  # "the Treaty of Versailles": title case is another rule's
    if low[j] in _NOT_SUBJECT or " ".join(low[j : j + 2]) in _NOT_SUBJECT or low[j] in NUMBER_WORDS:
        return None  # "the Agreement of the two sides", "the Agreement for three years"
    lower = False
    k = j
    while k < d.n and k - j <= _REACH:
        w = low[k]
        if d.sent[k] != here or words[k] in _CLOSING or w in stops or w in MONTHS or w in WEEKDAYS:
            break
        if w in _TIME_LINKS and k + 1 < d.n and (low[k + 1] in MONTHS or low[k + 1][:1].isdigit()):
            break  # "in February 2023", "on 27 February"
        if w.isdigit() and len(w) == 4 and k > j and low[k - 1] not in ("for", "-", "–"):
            break  # a year, unless the title's span of years ("for 2023-2025")
        if words[k].isalpha() and words[k].islower() and len(w) > 3:
            lower = True
        k += 1
    else:
        return None  # no clause end within reach
    while k > j and low[k - 1] in ("the", "a", "an", "and", "of", "on", "in", "for", "to", "-", "–"):
        k -= 1
    return k if lower and k - j >= 1 else None
