"""A name the text introduces with "so-called", even in lower case: "the two ministers will review the
so-called fisheries and coastal protection partnership" names the Fisheries and Coastal
Protection Partnership, an agreement of its own. (Rule: so_called_name.)"""

from __future__ import annotations

from store.extract.state import AgreementAcc, State
from store.extract.triggers import positions, vocabulary

# Words a name may hold between its other words ("partnership for growth and jobs").
_JOINS = frozenset({"and", "of", "for", "on", "the"})
_QUOTES = frozenset("\"'\u201c\u201d\u2018\u2019")
_CALLED = frozenset({"called"})


def _titled(word: str) -> str:
    """A word of a name as a title writes it: "economic" -> "Economic", "and" as it is."""
    return word if word[:1].isupper() or word in _JOINS else word.capitalize()


def find_so_called(state: State) -> None:
    """Every "so-called <words> <agreement noun>" of two words or more, as a named agreement."""
    d = state.doc
    if _CALLED.isdisjoint(vocabulary(state)) or "-called" not in d.text and "-Called" not in d.text:
        return  # no "called", or none after a hyphen: most articles (a set test, two substring searches)
    low, words, sent, n = d.low, d.words, d.sent, d.n
    family = state.cues.family
    for k in positions(state, _CALLED):
        if k < 2 or low[k - 1] != "-" or low[k - 2] != "so":
            continue
        i = k + 1 + (k + 1 < n and words[k + 1] in _QUOTES)
        j = i
        while j < n and j - i < 8 and sent[j] == sent[k] and words[j].isalpha() and not state.blocked[j]:
            if low[j] in family and not (j + 1 < n and low[j + 1] in family):
                break
            j += 1
        else:
            continue
        if j - i < 1 or low[j] not in family or low[i] in _JOINS or state.blocked[j]:
            continue
        name = " ".join(_titled(words[x]) for x in range(i, j + 1))
        acc = next(iter(state.named_index.get(name.casefold(), ())), None)
        if acc is None:
            acc = AgreementAcc(name=name, unnamed=False, family=family[low[j]], first=i, core=name)
            state.agreements.append(acc)
            state.named_index.setdefault(name.casefold(), []).append(acc)
        acc.spans.append(state.span(i, j + 1, "so_called_name"))
        acc.mentions.append((i, j + 1))
        acc.first = min(acc.first, i)
        state.blocked[i : j + 1] = b"\x01" * (j + 1 - i)


_OPENING = frozenset("\"'\u201c\u2018")
_CLOSING = frozenset("\"'\u201d\u2019")


def find_quoted_names(state: State) -> None:
    """A name in quotes right before an agreement noun, after "the": "the \u201cPukpuk\u201d defence
    treaty" is the Pukpuk defence treaty (also "the Pukpuk treaty"), an agreement of its own
    rather than a description built from its parties. The quoted words are one to four
    capitalised words; up to two lower-case modifiers may stand between them and the noun.
    (Rule: quoted_name.)"""
    d = state.doc
    text = d.text
    marks = _OPENING & vocabulary(state)  # the opening marks the article writes (each is a token)
    if not any(f"he {q}" in text for q in marks):
        return  # no quote opens after "the": most articles (a substring search per mark written)
    low, words, sent, n = d.low, d.words, d.sent, d.n
    family, blocked = state.cues.family, state.blocked
    for o in positions(state, marks):  # in text order
        if o < 1 or low[o - 1] != "the" or o + 1 >= n or not words[o + 1][:1].isupper():
            continue
        q = o + 1
        while q < n and q - o <= 4 and words[q].isalpha() and words[q][:1].isupper() and not blocked[q]:
            q += 1
        if q >= n or q == o + 1 or words[q] not in _CLOSING or sent[q] != sent[o]:
            continue
        k = q + 1
        while k < n and k - q <= 3 and words[k].isalpha() and words[k].islower() and low[k] not in family:
            k += 1
        if k >= n or low[k] not in family or sent[k] != sent[o] or blocked[k] or (k + 1 < n and low[k + 1] in family):
            continue
        quoted = " ".join(words[o + 1 : q])
        name = " ".join([quoted, *words[q + 1 : k + 1]])
        acc = next(iter(state.named_index.get(name.casefold(), ())), None)
        if acc is None:
            acc = AgreementAcc(name=name, unnamed=False, family=family[low[k]], first=o + 1, core=name)
            state.agreements.append(acc)
            state.named_index.setdefault(name.casefold(), []).append(acc)
            if k > q + 1:
                short = f"{quoted} {words[k]}"  # "the Pukpuk treaty", as a reader says it after
                acc.aliases.append(short)
                state.named_index.setdefault(short.casefold(), []).append(acc)
        acc.spans.append(state.span(o + 1, k + 1, "quoted_name"))
        acc.mentions.append((o + 1, k + 1))
        acc.first = min(acc.first, o + 1)
        state.blocked[o : k + 1] = b"\x01" * (k + 1 - o)
