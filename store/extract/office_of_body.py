"""An office of a named body, then its holder, in one capitalised run: "Secretary of the
Ministry of National Food Security A B", "Director General of the Port Authority C D". The
body is an organisation of its own; the office runs from its head to the body's end, and the
name follows it. (Rule: office-of-body.)"""

from __future__ import annotations

from store.extract.names import all_valid, name_words
from store.extract.offices import NameMention
from store.extract.state import State
from store.extract.tokens import Chunk

# Head words of an office a body's officer holds ("Secretary of the Ministry ...").
_HEADS = frozenset({"secretary", "director", "chairman", "chairperson", "chairwoman", "head", "chief", "president", "governor", "minister", "commissioner", "administrator", "ceo"})


def office_of_body(state: State, chunk: Chunk, cue_before) -> NameMention | None:
    """The holder named right after "<Office> of the <Body>" in one chunk, else None."""
    d = state.doc
    i, j = chunk.i, chunk.j
    i += d.low[i] == "the"  # "The Director General of ...": the article is no part of the office
    h = i
    while h < min(j, i + 3) and d.low[h] not in _HEADS:
        h += 1  # "Permanent Secretary", "Director General": up to two words before the head
    if h >= j - 3 or d.low[h] not in _HEADS:
        return None
    t = h + 1 + (d.low[h + 1] in ("general", "executive"))  # "Director General", "Chief Executive"
    if d.low[t] != "of":
        return None
    x = t + 1 + (d.low[t + 1] == "the")
    org = state.org_start.get(x)
    if org is None or not 2 <= j - org.j <= 4 or state.blocked.find(1, org.j, j) >= 0:
        return None
    words = name_words(state, org.j, j)
    if not 2 <= len(words) <= 4 or not all_valid(state, words, titled=True):
        return None
    return NameMention(org.j, j, words, chunk.sentence, d.span_text(i, org.j), i, org.j, cue_before(state, i), True, "office-of-body")
