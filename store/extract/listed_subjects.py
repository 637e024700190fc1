"""A plural of agreements whose subjects are listed each with its own "on": "signed a dozen
agreements on roads, on the supply of gas, and on a possible nuclear programme" are several
texts, one record each. The plural's record keeps the first subject; each further subject is a
record of the same parties, and shares the plural's status and year."""

from __future__ import annotations

from store.extract.lists import unnamed_name
from store.extract.shapes import COUNTED
from store.extract.state import AgreementAcc, State
from store.records import Fact

_KEY = "listed_subjects"
_ENDS = frozenset({",", ";", ".", ")", ":"})
# Words that end a subject and open what is said of the signing: "on ports on Monday", "in 2024".
_AFTER = frozenset("on in at by during after before last this next which that who while as".split())
_DETS = frozenset({"the", "a", "an"})
# Verbs right before a plural that sign each text it lists.
_SIGNED = frozenset({"signed", "inked", "sealed", "initialled", "initialed"})


def further_subjects(state: State, end: int) -> list[tuple[int, int]]:
    """The (first, stop) tokens of each further subject after a plural's first one, which ends
    at ``end``: ", on X", ", and on Y", "and on Z", each opened by its own "on", in the sentence.
    Subjects under one "on" ("cooperation documents on trade, energy and health") are one
    package's subject."""
    d = state.doc
    low, sent, n = d.low, d.sent, d.n
    out: list[tuple[int, int]] = []
    if end >= n or low[end] not in (",", "and"):
        return out  # the common case: the subject is the plural's only one
    sentence = sent[end - 1]
    x = end
    while x < n and len(out) < 8 and low[x] in (",", "and"):  # "on ports on Monday": no further subject
        y = x + (low[x] == ",")
        y += y < n and low[y] == "and"
        if y + 1 >= n or low[y] != "on" or sent[y] != sentence:
            break
        s = y + 1 + (low[y + 1] in _DETS)
        e = s
        while e < n and sent[e] == sentence and e - s < 9 and low[e] not in _ENDS and low[e] not in _AFTER and not (low[e] == "and" and e + 1 < n and low[e + 1] == "on"):
            e += 1
        if e == s:
            break
        out.append((s, e))
        x = e
    return out


_ORDINALS = frozenset("first second third fourth fifth sixth seventh eighth ninth tenth last final".split())


def colon_items(state: State, k: int) -> list[tuple[int, int]]:
    """The subjects of a plural's members listed after a colon: "signed three MoUs: one on
    trade, a second on energy and a third on health" (rule: listed_members)."""
    d = state.doc
    low, sent, n = d.low, d.sent, d.n
    out: list[tuple[int, int]] = []
    x = k + 2  # past the colon
    while x < n and len(out) < 8 and sent[x] == sent[k]:
        x += low[x] in (",", "and") and x > k + 2
        x += low[x] == "and"
        if low[x] in ("one", "another"):
            x += 1
        elif low[x] in ("a", "the") and x + 1 < n and low[x + 1] in _ORDINALS:
            x += 2
        else:
            break
        x += x < n and low[x] in ("document", "memorandum", "agreement", "mou", "one")  # "a third document on"
        if x + 1 >= n or low[x] != "on":
            break
        s = x + 1 + (low[x + 1] in _DETS)
        e = s
        while e < n and sent[e] == sent[k] and e - s < 9 and low[e] not in _ENDS and low[e] not in _AFTER and low[e] != "and":
            e += 1
        if e == s:
            break
        out.append((s, e))
        x = e
    return out


def add_listed(state: State, plural: AgreementAcc, plural_noun: str, items: list[tuple[int, int]], family: str) -> None:
    """One record of the plural's parties for each further subject, named by the plural's noun
    ("MoUs" -> "MoU on health"). (Rule: listed_subjects.)"""
    d = state.doc
    noun = "MoU" if plural_noun in ("mous", "memoranda") else COUNTED.get(plural_noun, "agreement")
    parties = [p for p, _ in plural.parties]
    noted: list[tuple[AgreementAcc, AgreementAcc]] = state.cache.setdefault(_KEY, [])  # type: ignore[assignment]
    for s, e in items:
        subject = d.text[d.starts[s] : d.ends[e - 1]]
        core = f"{noun} on {subject}"
        acc = AgreementAcc(name=unnamed_name(state, parties, core), unnamed=True, family=family, first=s, core=core)
        acc.families.add(family)
        for p, sentence in plural.parties:
            acc.add_party(p, sentence, "listed_subjects")
        acc.spans.append(state.span(s, e, "listed_subjects"))
        acc.mentions.append((s, e))
        acc.keywords.append(subject)
        if plural.first >= 1 and d.low[plural.first - 1] in _SIGNED:
            acc.status_hint, acc.status_sentence, acc.hint_rule = "signed", d.sent[s], "listed_subjects"
        state.blocked[s:e] = b"\x01" * (e - s)
        state.agreements.append(acc)
        noted.append((acc, plural))


def share_listed_facts(state: State) -> None:
    """Each listed subject's record takes the plural's status and year when it has none."""
    noted = state.cache.get(_KEY)
    if not noted:
        return
    for acc, plural in noted:  # type: ignore[union-attr]
        if acc.status is None and plural.status is not None:
            acc.status = plural.status
            acc.facts.append(Fact("status", plural.status, acc.spans[0].sentence, "listed_subjects"))
        if acc.year is None and plural.year is not None:
            acc.year = plural.year
            acc.facts.append(Fact("year", plural.year, acc.spans[0].sentence, "listed_subjects"))
