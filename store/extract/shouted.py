"""Words written in capitals for emphasis, as social posts quoted in news do: "India and Pakistan
have agreed to a FULL AND IMMEDIATE CEASEFIRE". A run of capitalised words that holds a small
word of the language ("AND", "THE", "TO"), or of two long words the gazetteer does not know, is
shouting, not a name: its words the gazetteer does not know are read in lower case, so the
phrase is read as it would be written plainly; a known name in it ("CHINA", "NATO") stays.
Headlines, lines wholly in capitals (a subheading) and a speaker's label in capitals before a
colon are left alone. (Rule: shouted_words.)"""

from __future__ import annotations

from store.extract.gazetteer import Gazetteer
from store.extract.tokens import Doc

# Small words that no name is made of alone: a capitalised run holding one is a phrase.
_SMALL = frozenset("and the to of a an in on for with is are will be have has we i not this that all our very".split())


def _shouted(word: str) -> bool:
    """Whether a token is a word written all in capitals."""
    return word.isalpha() and word.isupper() and (len(word) > 1 or word in ("A", "I"))


def _label(doc: Doc, first: int, k: int) -> bool:
    """Whether token k lies in a label in capitals opening its sentence and closed by a colon
    ("INGRID SOLBERG, PRIME MINISTER OF NORWAY: Good morning"): a speaker, left as written."""
    words = doc.words
    x = first
    while x < doc.n and doc.sent[x] == doc.sent[first] and x - first < 16:
        if words[x] == ":":
            return x > k
        if words[x].isalpha() and not words[x].isupper():
            return False
        x += 1
    return False


def quiet_shouting(doc: Doc, gz: Gazetteer) -> None:
    """Read each shouted run's unknown words in lower case (the tokens the other rules read)."""
    words, low, sent = doc.words, doc.low, doc.sent
    if not any(len(w) > 3 and w.isupper() and w.isalpha() for w in words):
        return  # the common case: no long word in capitals
    n = doc.n
    changed = False
    k = 0
    while k < n:
        if not _shouted(words[k]) or doc.heading[sent[k]]:
            k += 1
            continue
        e = k + 1
        while e < n and sent[e] == sent[k] and _shouted(words[e]):
            e += 1
        first, last = doc.sent_first[sent[k]], e
        while last < n and sent[last] == sent[k] and not words[last].isalpha():
            last += 1
        if k == first and (last >= n or sent[last] != sent[k]) or _label(doc, first, k):
            k = e
            continue  # the whole line in capitals ("WHO ARE THE SIGNATORIES?"): a heading, left as it is
        unknown = [x for x in range(k, e) if not gz.lookup(words[x])]
        small = any(low[x] in _SMALL for x in range(k, e))
        if e - k >= 2 and (small and len(unknown) >= 2 or sum(len(words[x]) > 3 for x in unknown) >= 2):
            for x in unknown:
                words[x] = low[x]
            changed = True
        k = e
    if changed:
        doc.caps = [i for i, w in enumerate(words) if w[:1].isupper()]
