"""The sides a relative clause on a named agreement tells made it: "the Treaty of Friendship it
signed with Spain in 2002", "the Andes Treaty, which Peru concluded with Chile", "the accord that
they negotiated with Kyiv": the clause's subject (a pronoun standing for the actor named last
before the mention) and the partner after "with" (a list too) are its parties. (Rule:
clause_partner.)"""

from __future__ import annotations

from store.extract.deals import PARTICIPLES
from store.extract.lists import with_list
from store.extract.parties import actor_before, principal, with_party
from store.extract.state import State

# Verbs of making a text, besides the participles of signing ("negotiated", "brokered").
_MAKING = PARTICIPLES | frozenset({"negotiated", "brokered", "made", "struck", "forged"})
_PRONOUNS = frozenset({"it", "they"})
_AUX = frozenset({"had", "has", "have", "jointly", "also", "first"})


def clause_parties(state: State, i: int, j: int) -> list[str]:
    """The subject and the partner of a making clause right after the mention from i to j, or
    [] when the words after it are not "[, which | that] <subject> <verb> with <partner>"."""
    d = state.doc
    low, n = d.low, d.n
    k = j + (j < n and low[j] == ",")
    k += k < n and low[k] in ("which", "that")
    if k >= n or d.sent[k] != d.sent[i]:
        return []
    if low[k] in _PRONOUNS:
        subject, k = actor_before(state, i), k + 1  # "... the treaty it signed with Spain": the actor before
    else:
        c = state.party_start(k)
        if c is None:
            return []
        subject, k = c.name, c.j
    while k < n and low[k] in _AUX:
        k += 1
    if k + 1 >= n or low[k] not in _MAKING or low[k + 1] != "with" or subject is None:
        return []
    listed = with_list(state, k + 1)
    partners = listed[0] if listed else [p] if (p := with_party(state, k + 1)) else []
    return [subject, *partners] if partners and subject not in partners else []


# Adverbs, auxiliaries and day words between a subject and its signing verb ("on Monday formally signed").
_BEFORE_VERB = frozenset(
    "also formally finally officially jointly recently already then has have had will would on monday "
    "tuesday wednesday thursday friday saturday sunday".split()
)
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "new", "landmark", "historic"})


def signing_subject(state: State, i: int) -> str | None:
    """The country or body named right before the verb that signs the mention at i ("The EU
    signed a Digital Trade Agreement with Peru", "Colombia's government signed the X
    with the FARC"; "the government": the country the article names most), else None; a
    legislature ("the Senate ratified") is no side. (Rule: signing_subject.)"""
    d = state.doc
    low = d.low
    k = i - 1
    while k >= 0 and i - k <= 6 and (low[k] in _DETERMINERS or low[k][:1].isdigit() or low[k] == "-" or d.words[k].islower() and low[k] not in PARTICIPLES):
        k -= 1  # past "a new", "the 2019", "a 10-year", "a ground-breaking defence"
    if k < 1 or low[k] not in PARTICIPLES and low[k] not in _SIGNS:
        return None
    first = d.sent_first[d.sent[k]]
    end = k
    while end > first and low[end - 1] in _BEFORE_VERB:
        end -= 1
    if end - 1 > first and low[end - 1] == "government" and low[end - 2] == "s" and (c := state.country_end.get(end - 3)) is not None:
        return c.name  # "Colombia's government signed ..."
    if end - 1 > first and low[end - 1] == "government" and low[end - 2] == "the" and (top := principal(state, 1)):
        return top[0]  # "the government has signed the X with TNC": the country the article is about
    c = state.country_end.get(end) or state.org_end.get(end)
    if c is None:
        return None
    name = c if isinstance(c, str) else c.name
    if name.rsplit(" ", 1)[-1].casefold() in _legislatures(state):
        return None
    return name


_SIGNS = frozenset({"signs", "sign", "inks", "seals"})


def _legislatures(state: State) -> frozenset[str]:
    table = state.cues.derived.get("legislature_words")
    if table is None:
        raw = (state.gz.cues or {}).get("legislature_words") or ()
        table = state.cues.derived["legislature_words"] = frozenset(str(w).casefold() for w in raw)
    return table  # type: ignore[return-value]
