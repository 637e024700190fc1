"""A memorandum named only "Memorandum of Understanding" is described by what it is on: "signed
a defence Memorandum of Understanding" is the A-B defence MoU, "signed a Memorandum of
Understanding on rice research" the A-B rice research MoU. The generic name stays among its
phrases; a memorandum the text says nothing more of keeps its name."""

from __future__ import annotations

from store.extract.generic import generic_name
from store.extract.lists import unnamed_name
from store.extract.shapes import CLOSED
from store.extract.state import AgreementAcc, State
from store.records import Span
from store.text import fold

_MEMO = frozenset({"memorandum", "memoranda", "memorandums", "mou", "mous"})
_DETS = frozenset({"a", "an", "the"})
# Modifiers that say nothing of what a memorandum is on.
_PLAIN = frozenset("new bilateral joint landmark historic first major broad broader wide-ranging".split())
# Words that end a subject read after "on": where, when or under what it was signed.
_STOPS = frozenset(", . ; : ( ) on at by during which that under with from between".split())
_DAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
# Words a subject may hold when a lower-case word follows ("cooperation in energy security").
_JOINS = frozenset({"in", "of", "and", "for"})


def _before(state: State, i: int) -> tuple[int, list[str]]:
    """Lower-case modifiers between a determiner and the name at i ("a defence Memorandum"):
    the new first token and the content words."""
    d = state.doc
    x = i - 1
    while x >= 0 and i - x <= 3 and d.words[x].isalpha() and d.words[x].islower() and d.low[x] not in _DETS and d.low[x] not in CLOSED:
        x -= 1
    if x < 0 or x == i - 1 or d.low[x] not in _DETS or d.sent[x] != d.sent[i]:
        return i, []
    words = [w for w in d.low[x + 1 : i] if w not in _PLAIN and w not in state.cues.evaluative]
    return (x + 1, words) if words else (i, [])


def subject_words(state: State, j: int) -> list[str]:
    """The subject "on ..." right after the name ending at j, past "(MoU)" and "with <party>"."""
    d = state.doc
    low, n = d.low, d.n
    x = j + 3 if j + 2 < n and d.words[j] == "(" and d.words[j + 2] == ")" else j
    if x < n and low[x] == "with" and (c := state.partner_at(x)) is not None:
        x = c.j
    if x + 1 >= n or low[x] != "on" or d.sent[x] != d.sent[j - 1]:
        return []
    s = x + 1 + (low[x + 1] in _DETS)
    if low[s] in _DAYS:
        return []  # "signed on Monday": when, not what it is on
    e = s
    while e < n and e - s < 5 and d.sent[e] == d.sent[x] and d.words[e][:1].isalnum():
        if low[e] in _STOPS or low[e] in _JOINS and not (e + 1 < n and d.words[e + 1].isalpha() and d.words[e + 1].islower()):
            break  # "cooperation in energy security" reads on; "ports in Lima" ends at "in"
        e += 1
    return d.words[s:e]


def _describe(state: State, acc: AgreementAcc) -> str | None:
    """The subject of the memorandum from its first mention that tells one; a mention with
    modifiers before it is widened to them, so its verb is read as the memorandum's."""
    d = state.doc
    for x, (i, j) in enumerate(sorted(acc.mentions)):
        first, words = _before(state, i)
        if words:
            acc.mentions[acc.mentions.index((i, j))] = (first, j)
            acc.spans.append(Span(d.sent[first], d.starts[first], d.ends[j - 1], "memorandum_subject"))
            return " ".join(d.words[first:i])
        words = subject_words(state, j)
        if words:
            return " ".join(words)
        if x >= 3:
            break
    return None


def describe_memoranda(state: State) -> None:
    """Each memorandum of a generic name and two or more parties, named by its subject when the
    text tells one. (Rule: memorandum_subject.)"""
    nouns = state.cues.family
    for acc in state.agreements:
        if acc.unnamed or acc.known or len(acc.parties) < 2 or not acc.mentions:
            continue
        if _MEMO.isdisjoint(fold(acc.name).split()) or not generic_name(acc.name, nouns):
            continue
        subject = _describe(state, acc)
        if subject is None:
            continue
        old = acc.name
        acc.core = f"{subject} MoU"
        acc.name = unnamed_name(state, [p for p, _ in acc.parties], acc.core)
        acc.unnamed = True
        for phrase in (old, *acc.aliases):
            if phrase not in acc.keywords:
                acc.keywords.append(phrase)
