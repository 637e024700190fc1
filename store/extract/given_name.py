"""Rule given-name: a capitalised run of two to four name-shaped words whose first word is a
listed given name ("Marit Haugen", "Viktor Bout", "Wong Kwok-leung") names a person, as any
reader takes it, though no office, speech verb or initial marks it. The names are in the
editable ``data/given_names.json``; the run must not be a place, building or event ("Victoria
Falls", "Georgia Tech": its last word says so), a headline fragment, or a credit."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from store.extract.credits import is_credit
from store.extract.offices import NameMention
from store.extract.state import State
from store.extract.tokens import Chunk

GIVEN_FILE = Path(__file__).parent / "data" / "given_names.json"


@lru_cache(maxsize=2)
def given_lists(path: Path = GIVEN_FILE) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The given names, the last words that make a run no person's name and the verbs of a
    credit before "by" (read once)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    return frozenset(data["given_names"]), frozenset(data["not_name_ends"]), frozenset(data["credit_verbs"])


def given_first(word: str) -> bool:
    """Whether a name's first word is a listed given name ("Frank-Walter" whole, or "Jae-in"'s head)."""
    names = given_lists()[0]
    return word in names or ("-" in word and word.partition("-")[0] in names)


def given_name_start(state: State, chunk: Chunk) -> Chunk:
    """Where a name opening with a given name starts inside a longer run: after a stop word
    opening the sentence ("But Marit Haugen") or after a region or a named body or country
    that the run starts with ("envoy to the Middle East Ana Lima"); other runs unchanged."""
    d = state.doc
    i, j = chunk.i, chunk.j
    if j - i < 3:
        return chunk
    stop, words, match_at = state.cues.stop, d.words, d.match_at
    if d.sent_first[chunk.sentence] == i and words[i] in stop and given_first(words[i + 1]):
        k = i + 1
    else:
        k = next((x for x in range(max(i + 1, j - 3), j - 1) if _ends_a_place(words, match_at, stop, i, x)), -1)
        if k < 0:
            return chunk
    return Chunk(k, j, d.starts[k], chunk.end, d.span_text(k, j), chunk.sentence, chunk.possessive)


def _ends_a_place(words: list[str], match_at: dict, stop: frozenset[str], i: int, k: int) -> bool:
    """Whether a given name at token k follows a region word, a country or a body that the run
    from token i ends with right before it."""
    if not given_first(words[k]):
        return False
    if words[k - 1] in stop and words[k - 1][:1].isupper():
        return True  # "the Horn of Africa Ana Lima", "the Middle East Ana Lima"
    for x in range(i, k):  # a country or a body, never a style or an office ("Datuk Seri A B")
        if (m := match_at.get(x)) is not None and m.j == k:
            return any(e.kind in ("country", "organization") for e in m.entries)
    return False


def given_name_rule(state: State, i: int, j: int, words: list[str]) -> bool:
    """Whether the name-shaped words of tokens [i, j) are a person by their given name."""
    if not given_first(words[0]) or state.doc.heading[state.doc.sent[i]]:
        return False  # a title-cased headline: "Maria Wins Cup" is no name
    _, ends, credit_verbs = given_lists()
    if any(w in ends for w in words[1:]):
        return False  # "Victoria Falls", "Georgia Tech", "Santa Cruz Airport"
    low = state.doc.low
    if i >= 1 and low[i - 1] == "the" and state.doc.word(j).islower() and state.doc.word(j).capitalize() in ends:
        return False  # rule named_facility: "the Shahid Beheshti terminal": a work named after someone
    if i >= 2 and low[i - 1] == "by" and low[i - 2] in credit_verbs:
        return False  # "[Edited by Ana Lima]", "Photographed by Tom Hale": a credit
    return not is_credit(state.doc, i, j, False)  # "Photo: Ana Lima/Reuters", "By Tom Hale"


def fold_misspelled(groups: dict[frozenset[str], list[NameMention]]) -> None:
    """Rule given_name_misspelled: a name read only by its given name whose surname is one
    letter away from the surname of another person of the same given name ("Ana Lima" and
    "Ana Lim" in one article) is a misspelling of that name: one person."""
    weak = [k for k, ms in groups.items() if all(m.rule == "given-name" for m in ms)]
    if not weak or len(groups) < 2:
        return
    for key in weak:
        words = groups[key][0].words
        for other, ms in groups.items():
            if other != key and ms[0].words[0] == words[0] and _one_letter_apart(ms[0].words[-1], words[-1]):
                ms.extend(groups.pop(key))
                break


def _one_letter_apart(a: str, b: str) -> bool:
    """Whether two words of five letters or more differ by one letter added, dropped or changed."""
    if a == b or min(len(a), len(b)) < 5 or abs(len(a) - len(b)) > 1:
        return False
    k = 0
    while k < min(len(a), len(b)) and a[k] == b[k]:
        k += 1
    if len(a) == len(b):
        return a[k + 1 :] == b[k + 1 :]
    return a[k + 1 :] == b[k:] if len(a) > len(b) else a[k:] == b[k + 1 :]
