"""An indefinite agreement whose sentence names only the partner it was made with: "A contract
for the jets was signed with Dassault Aviation on Monday", "A $90 million loan agreement was
concluded last week with the Export-Import Bank of China", "a deal was awarded to Hyundai"
(rule: passive_with); or one a side acts under or in, its partner right after it: "the frigates
were ordered under a £4.2 billion contract with BAE Systems", "Iran freed five Americans in a
prisoner swap with the United States" (rule: under_with), or one a verb right before it makes or
negotiates with the partner while the sentence names its subject only by a pronoun or "the
government" ("it expected to finalise a new agreement with X"; rule: made_with, its status the
verb's own). The partner is one side; the other is the actor the sentence opens with, else the
country the article is about, else, for a firm's contract, the side of the story's pair that is
not the firm's home ("a contract was signed with Dassault Aviation" in a story of India and
France: India's)."""

from __future__ import annotations

from store.extract.home import dominant_country
from store.extract.officer_home import body_home
from store.extract.parties import dominant_pair
from store.extract.state import State

# Participles of a passive that tells the text made ("was signed", "were concluded").
_MADE = frozenset("signed concluded inked sealed struck agreed reached finalised finalized awarded".split())
# Participles whose partner follows "to" ("a contract was awarded to X").
_GIVEN = frozenset({"awarded"})
# Words allowed between "was/were" and the participle ("was also signed", "were later concluded").
_ADVERBS = frozenset("also later then subsequently formally finally eventually separately quietly".split())
# Words that end the phrase a passive is looked for in: a clause or another verb of its own.
_STOPS = frozenset({";", ":", "which", "who", "that", "while", "but", "after", "before", "said", "says"})
# Words that end the adverbials after the participle before its partner.
_ENDS = _STOPS | {",", "and", "by"}
# Prepositions of an act done under or in a text, whose partner follows it ("under a contract
# with X", "freed five prisoners in a swap with X").
_ACTED = frozenset({"under", "in"})
# Verbs that make or negotiate the text right after them, whose subject the sentence may name
# only by a pronoun or "the government" ("it expected to finalise a new agreement with X").
_MAKING = frozenset(
    "sign signing finalise finalize finalising finalizing negotiate negotiating conclude concluding "
    "seal sealing ink inking strike striking".split()
)
# How far the passive may stand from the noun, and the partner from the participle.
_REACH = 18
_AFTER = 9


def partner_sides(state: State, j: int, k: int) -> tuple[list[str], str] | None:
    """The two sides of the indefinite agreement (noun at ``k``, its determiner at ``j``) read
    from a partner after its passive verb of making or, after "under"/"in" or a verb of making,
    right after it; else None (with the rule that read them)."""
    d = state.doc
    low = d.low
    sentence = d.sent[k]
    if j >= 1 and (low[j - 1] in _ACTED or low[j - 1] in _MAKING):
        at = k + 1 + (low[k + 1 : k + 3] == ["of", "understanding"]) * 2
        partner = state.partner_at(at) if at < d.n and d.sent[at] == sentence else None
        if partner is None:
            return None
        opening = _opening_actor(state, sentence, j)
        how = "under_with" if low[j - 1] in _ACTED else "made_with"
        return _pair(opening.name if opening is not None else _home(state, partner.name), partner.name, how)
    verb = _passive_at(state, k)
    if verb is None or d.sent_first[sentence] < j - 1:
        return None  # only a phrase opening its sentence: "A contract ... was signed with X"
    word = "to" if low[verb] in _GIVEN else "with"
    for x in range(verb + 1, min(d.n, verb + 1 + _AFTER)):
        if d.sent[x] != sentence or low[x] in _ENDS:
            return None
        if low[x] == word:
            found = state.partner_at(x) if word == "with" else _after_to(state, x)
            return _pair(_home(state, found.name), found.name, "passive_with") if found is not None else None
    return None


def _passive_at(state: State, k: int) -> int | None:
    """The participle of "was/were <made>" after the noun at ``k`` in its clause, else None."""
    d = state.doc
    low = d.low
    for x in range(k + 1, min(d.n - 1, k + _REACH)):
        if d.sent[x] != d.sent[k] or low[x] in _STOPS:
            return None
        if low[x] in ("was", "were"):
            y = x + 1
            while y < d.n and low[y] in _ADVERBS:
                y += 1
            return y if y < d.n and low[y] in _MADE else None
    return None


def _home(state: State, partner: str) -> str | None:
    """The country the article is about, else the side of its principal pair that is not the
    partner's home (a firm's country), else None."""
    found = dominant_country(state)
    if found is not None:
        return found
    pair = dominant_pair(state)
    home = body_home(state, partner) if partner not in pair else None
    return next((p for p in pair if p != home), None) if len(pair) == 2 and home in pair else None


def _after_to(state: State, x: int):
    """The country or organisation right after "to [the]" at token ``x``."""
    return state.party_start(x + 1 + (state.doc.lower(x + 1) == "the"))


def _opening_actor(state: State, sentence: int, before: int):
    """The country or organisation the sentence opens with (past "The"), if it does before ``before``."""
    d = state.doc
    first = d.sent_first[sentence]
    at = first + (d.low[first] == "the")
    return state.party_start(at) if at < before else None


def _pair(other: str | None, partner: str, how: str) -> tuple[list[str], str] | None:
    """The two sides, or None when the other side is unknown or the partner itself."""
    if other is None or other == partner:
        return None
    return [other, partner], how
