"""The countries of the officials who, joined by "and", sign a named agreement: "Chilean
President Gabriel Boric and Peruvian President Dina Boluarte signed the X Treaty", "Gabriel Boric
of Chile and Dina Boluarte of Peru signed", "South Korean President Yoon and US President Biden
adopted the X Declaration": each official's country in the subject is a party. (Rule:
signers_subject.)"""

from __future__ import annotations

from store.extract.lists import subject_end
from store.extract.parties import LINK_VERBS
from store.extract.state import State
from store.extract.tokens import APOSTROPHES

# Lower-case words an official's description may hold ("his Peruvian counterpart", "Chile's").
_DESCRIBING = frozenset("and of the his her their its counterpart counterparts s -".split())
# Adverbs and auxiliaries between the subject and its verb ("on Monday formally signed").
_BEFORE_VERB = frozenset(
    "also formally finally officially jointly recently already then has have had will would on monday "
    "tuesday wednesday thursday friday saturday sunday".split()
)
_ADOPTING = frozenset({"adopted", "adopt", "adopts", "endorsed"})
_DETERMINERS = frozenset({"the", "a", "an", "new", "landmark", "historic"})


def signers_subject(state: State, i: int) -> list[str]:
    """The countries (two or more) named in a subject of officials joined by "and" before the
    verb that signs or adopts the mention at i, else []."""
    d = state.doc
    low, words = d.low, d.words
    k = i - 1
    while k >= 0 and (low[k] in _DETERMINERS or len(low[k]) == 4 and low[k].isdigit()):
        k -= 1
    if k < 2 or low[k] not in LINK_VERBS and low[k] not in _ADOPTING:
        return []
    end = subject_end(state, k, _BEFORE_VERB)
    first = d.sent_first[d.sent[k]]
    x = end
    while x > first and (words[x - 1][:1].isupper() or low[x - 1] in _DESCRIBING or words[x - 1] in APOSTROPHES or state.person_tok[x - 1]):
        x -= 1
    if "and" not in low[x:end]:
        return []
    if not any(state.person_tok[x:end]):
        return []  # no official named: "Chile and Peru signed" is the country list's
    found = [c.name for y in range(x, end) if (c := state.country_start.get(y)) is not None]
    names = list(dict.fromkeys(found))
    return names if len(names) >= 2 else []
