"""Values said of an agreement in a later sentence: by a pronoun or a definite deal noun opening
the sentence right after it ("Poland signed the contract on Monday. It is worth $2 billion, the
ministry said.", "The package is worth ...", only when it was the one agreement of the sentence
before and the next names no other), or by the project it sets going ("... the project would
bring $35 billion of investment", rule value_of_works)."""

from __future__ import annotations

from store.extract.money import parse_money, value_start
from store.extract.state import AgreementAcc, State
from store.extract.triggers import positions, vocabulary

_KEY = "agreements_by_sentence"


def agreements_by_sentence(state: State) -> dict[int, set[int]]:
    """The agreements (by index) mentioned in each sentence (built once per article)."""
    cached = state.cache.get(_KEY)
    if cached is None:
        sent = state.doc.sent
        built: dict[int, set[int]] = {}
        for x, acc in enumerate(state.agreements):
            for i, _ in acc.mentions:
                here = built.get(sent[i])
                if here is None:
                    built[sent[i]] = {x}  # no empty set made for each mention
                else:
                    here.add(x)
        state.cache[_KEY] = cached = built
    return cached  # type: ignore[return-value]


_OPENERS = "valued_openers"


def _valued_openers(state: State) -> dict[int, tuple[int, bool]]:
    """The sentences (after the first) opening "It is/was/has/had" or "The <deal noun>" with a
    value cue and an amount: sentence -> (the amount's first token, whether "The" opens it);
    found once per article, so each agreement only looks its sentences up."""
    cached = state.cache.get(_OPENERS)
    if cached is None:
        d = state.doc
        words, low, n = d.words, d.low, d.n
        cached = {}
        if "It" in d.text or "The " in d.text:  # neither written: no sentence read (substring searches)
            for s, f in enumerate(d.sent_first):
                if s == 0 or f < 0 or f + 2 >= n:
                    continue
                if words[f] == "It" and low[f + 1] in _VERBS:
                    found, the = value_start(state, f + 1), False
                elif words[f] == "The" and low[f + 1] in _BACK_NOUNS:
                    found, the = value_start(state, f + 2), True  # "The deal is worth $2 billion"
                else:
                    continue
                if found is not None:
                    cached[s] = (found, the)
        state.cache[_OPENERS] = cached
    return cached  # type: ignore[return-value]


_VERBS = ("is", "was", "has", "had")
# Nouns of a definite back-reference opening the next sentence ("The deal is worth $2 billion").
_BACK_NOUNS = frozenset("deal agreement accord pact contract treaty package programme program loan partnership".split())


def value_in_next_sentence(state: State, acc: AgreementAcc) -> int | None:
    """The first token of the amount "It is worth ..." / "It was valued at ..." / "The deal is
    worth ..." gives at the start of the sentence after one that mentions this agreement and no
    other (and, for "The deal", a sentence naming no other), or None. (Rule: value_in_next_sentence.)"""
    valued = _valued_openers(state)
    if not valued:
        return None  # no sentence opens so with an amount: most articles
    d = state.doc
    near = sorted(s for s in {d.sent[i] for i, _ in acc.mentions} if s + 1 in valued)
    if not near:
        return None
    by_sentence = agreements_by_sentence(state)
    me = next(x for x, a in enumerate(state.agreements) if a is acc)  # by identity: no field compares
    for s in near:
        found, the = valued[s + 1]
        if by_sentence.get(s) == {me} and (not the or by_sentence.get(s + 1, {me}) == {me}):
            return found
    return None


# What an agreement sets going, after "the": "the project would bring $35 billion of investment".
_WORKS = frozenset({"project", "programme", "program", "scheme", "development"})
# Modals before a value verb of the works' clause ("... and would bring", "is expected to bring").
_MODALS = frozenset({"would", "will", "could", "to"})
_GAP = 2  # sentences between the agreement's mention and the works' sentence


def _works_at(state: State) -> list[int]:
    """Tokens of "the project" / "the programme" ... (the noun's), found once per article by
    C-level searches: a substring test of the text, then ``list.index`` over the words."""
    cached = state.cache.get("works_at")
    if cached is None:
        d = state.doc
        low, text = d.low, d.text
        cached = []
        for w in _WORKS & vocabulary(state):  # most articles write none of the nouns
            if f"he {w}" not in text:
                continue  # neither "the project" nor "The project": one substring test in C
            cached += [k for k in positions(state, {w}) if k and low[k - 1] == "the"]  # in text order
        state.cache["works_at"] = cached
    return cached  # type: ignore[return-value]


def value_of_works(state: State, acc: AgreementAcc) -> tuple[int, str] | None:
    """The amount "the project ... would bring" gives in a sentence up to two after one that
    mentions this agreement, when no other agreement is mentioned in those sentences: what the
    deal sets going is what it is worth (rule value_of_works); else what such a sentence says it
    costs (rule cost_of_works)."""
    works = _works_at(state)
    if not works:
        return _cost_of_works(state, acc)  # no "the project": most articles
    d = state.doc
    sent, low, firsts, n = d.sent, d.low, d.sent_first, d.n
    mentioned = {sent[i] for i, _ in acc.mentions}
    by_sentence: dict[int, set[int]] = {}
    me = -1
    for k in sorted(works):
        s = sent[k]
        if not (s in mentioned or s - 1 in mentioned or s - 2 in mentioned):
            continue
        if me < 0:
            by_sentence = agreements_by_sentence(state)  # only once works stand near a mention
            me = next(x for x, a in enumerate(state.agreements) if a is acc)
        if any(by_sentence.get(t, {me}) - {me} for t in range(s - _GAP, s + 1)):
            continue  # another agreement near: which one the works belong to is not clear
        end = firsts[s + 1] if s + 1 < len(firsts) else n
        for x in range(k + 1, min(end - 1, k + 30)):
            if low[x] in _MODALS and (found := value_start(state, x)) is not None:
                return found, "value_of_works"
    return _cost_of_works(state, acc)


# Words before the cost noun of a sentence opening with what the works cost ("The total project cost").
_COST_LEADS = frozenset("total estimated overall projected combined initial project's project programme construction".split())
_COSTS = frozenset({"cost", "costs", "price", "value"})
# Words between the cost and its amount ("is estimated at about", "will be more than").
_SAID = frozenset("is was will would be stands stood estimated put at about around nearly some roughly more than over up to an expected".split())


def _cost_of_works(state: State, acc: AgreementAcc) -> tuple[int, str] | None:
    """The amount of a sentence up to two after one that mentions this agreement (and no other
    near) opening with the cost of what it sets going ("The estimated cost of the programme is
    €900 million", "The overall project cost is estimated at $2.2 billion"). (Rule: cost_of_works.)"""
    d = state.doc
    words, low, firsts, n = d.words, d.low, d.sent_first, d.n
    mentioned = sorted({d.sent[i] for i, _ in acc.mentions})
    by_sentence: dict[int, set[int]] | None = None
    for s in sorted({t for m in mentioned for t in range(m + 1, m + 1 + _GAP)}):
        if s >= len(firsts) or words[firsts[s]] != "The":
            continue
        x = firsts[s] + 1
        while x < n and x - firsts[s] <= 3 and low[x] in _COST_LEADS:
            x += 1
        if x >= n or low[x] not in _COSTS or not (x > firsts[s] + 1 or low[x + 1 : x + 2] == ["of"]):
            continue
        x += 1
        if low[x : x + 2] in (["of", "the"], ["of", "this"]) and x + 2 < n and (low[x + 2] in _WORKS or low[x + 2] in _BACK_NOUNS):
            x += 3  # "The estimated cost of the project"
        while x < n and d.sent[x] == s and low[x] in _SAID:
            x += 1
        if x >= n or d.sent[x] != s or not _amount(state, x):
            continue
        if by_sentence is None:
            by_sentence = agreements_by_sentence(state)
        me = next(y for y, a in enumerate(state.agreements) if a is acc)
        if any(by_sentence.get(t, {me}) - {me} for t in range(s - _GAP, s + 1)):
            continue  # another agreement near: which one the cost belongs to is not clear
        return x, "cost_of_works"
    return None


def _amount(state: State, k: int) -> bool:
    d = state.doc
    return parse_money(state, d.text[d.starts[k] : d.starts[k] + 60]) is not None
