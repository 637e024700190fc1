"""The shape of a capitalised phrase that may name an agreement: whether its sentence reads
as a headline (every word capitalised, no closing mark) and whether a phrase of generic words
is still capitalised mid-sentence, as a proper name is ("a Defence Cooperation Agreement")."""

from __future__ import annotations

from store.extract.state import State
from store.extract.tokens import Chunk

_TAIL_LINKS = frozenset({"on", "of", "for"})


def heading_like(state: State, chunk: Chunk) -> bool:
    """Whether the chunk's sentence reads as a headline: no closing mark, and most of its
    longer words (the chunk's aside) capitalised."""
    d = state.doc
    sentence = chunk.sentence
    if d.heading[sentence]:
        return True
    sent, words, n = d.sent, d.words, d.n
    first = d.sent_first[sentence]
    # the sentence's tokens run from its first to the next sentence's first: checked with one
    # C-level count rather than walked
    nxt = sentence + 1
    end = d.sent_first[nxt] if nxt < len(d.sent_first) else n
    if first < end <= n and (end == n or sent[end] != sentence) and sent[first:end].count(sentence) == end - first:
        last = end - 1
    else:
        last = first
        while last + 1 < n and sent[last + 1] == sentence:
            last += 1
    if words[last] in (".", "!", "?", "\u201d", '"', ":"):
        return False  # a sentence, not a headline
    longer = capitalised = 0
    for k in range(first + 1, min(n, first + 40)):
        if sent[k] == sentence and not chunk.i <= k < chunk.j:
            w = words[k]
            if len(w) > 3 and w[:1].isalpha():
                longer += 1
                capitalised += w[:1].isupper()
    if longer < 2:
        return longer == 0 and chunk.i == first
    return capitalised / longer > 0.6


def capitalised_mid_sentence(state: State, i: int, j: int) -> bool:
    """Whether every word of tokens ``i:j`` is capitalised and none opens the sentence: a
    name made only of generic words ("Defence Cooperation Agreement") is still a proper name
    when the writer capitalises it mid-sentence. (With a party prefix, "U.S.-Japan Security
    Alliance", such words describe the parties' alliance instead.)"""
    d = state.doc
    if i == d.sent_first[d.sent[i]]:
        return False
    return all(
        d.words[k][:1].isupper() or d.low[k] in _TAIL_LINKS or d.low[k] in ("the", "and")
        for k in range(i, j)
        if d.words[k][:1].isalpha()
    )


def apposed_to_name(state: State, lead: int) -> bool:
    """Whether the name at token ``lead`` stands in apposition right after a name found before
    ("the Kauri Treaty, the Fiji-Samoa Mutual Defence Treaty"): another form of that one, so a
    name of common words after its parties is not read as a text of its own there."""
    low = state.doc.low
    comma = lead - 1 - (lead >= 1 and low[lead - 1] == "the")
    return comma >= 1 and low[comma] == "," and any(y == comma for acc in state.agreements for _, y in acc.mentions)
