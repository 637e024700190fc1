"""Which agreement a generic mention refers back to ("the treaty", "the deal", "a defence
pact" beside a named one): the latest of the same noun, then of the same family; texts of a
kind of their own (memorandum, contract, ceasefire) only to one already named so."""

from __future__ import annotations

from store.extract.state import AgreementAcc, State

# Nouns that name a kind of text of their own: never folded into a named agreement of another noun.
SPECIFIC = frozenset(
    {"memorandum", "protocol", "contract", "declaration", "charter", "convention", "truce", "ceasefire", "cease-fire", "armistice", "sale"}
)


def refer(state: State, family: str, at: int, definite: bool, noun: str = "") -> AgreementAcc | None:
    """The agreement a generic mention refers back to (the latest 64 considered): one named
    with the same noun first ("the treaty" -> the latest treaty, not a later memorandum), then
    one of the same family, the most recently mentioned."""
    before: list[AgreementAcc] = []
    same: list[AgreementAcc] = []
    for a in state.agreements[-64:]:
        if a.mentions and a.first < at:
            before.append(a)
            if family in a.families or a.family == family:
                same.append(a)
    if not before:
        return None
    if len(same) == 1:
        return same[0]  # named with the noun or not, it is the only one of the family
    exact = [a for a in same if _names_noun(a, noun)] if noun else []
    pool = exact or same or (before if definite else [])
    if len(pool) == 1:
        return pool[0]
    return max(pool, key=lambda a: _last_before(a, at), default=None)


def same_kind(acc: AgreementAcc, noun: str) -> bool:
    """Whether a mention with this noun may be that agreement: a memorandum, contract,
    ceasefire... only one already named with the noun."""
    return noun not in SPECIFIC or _names_noun(acc, noun)


def _names_noun(acc: AgreementAcc, noun: str) -> bool:
    """Whether a word of the agreement's name or keywords is the noun, plural "s" aside."""
    stem = noun.rstrip("s")
    words = " ".join((acc.name, *acc.keywords)).casefold()
    if stem not in words:
        return False  # a word equal to the stem up to trailing "s" holds the stem
    return any(w.rstrip("s") == stem for w in words.split())


def _last_before(acc: AgreementAcc, at: int) -> int:
    best = -1
    for i, _ in reversed(acc.mentions[-8:]):
        if i < at:
            return i
    for i, _ in acc.mentions:
        if best < i < at:
            best = i
    return best


def same_named(state: State, parties: list[str], family: str) -> AgreementAcc | None:
    """A named agreement of the same parties and noun family anywhere in the article: "the
    last arms control treaty between the United States and Russia" ... "New START"."""
    for acc in state.agreements[:64]:
        if not acc.unnamed and acc.family == family and {p for p, _ in acc.parties} == set(parties):
            return acc
    return None


def same_sentence_named(state: State, parties: list[str], sentence: int) -> AgreementAcc | None:
    """A named agreement of the same parties in the same sentence: "the partnership between
    the US, the UK and Australia, known as AUKUS"."""
    for acc in state.agreements[:64]:
        if acc.unnamed or {p for p, _ in acc.parties} != set(parties):
            continue
        if any(state.doc.sent[i] == sentence for i, _ in acc.mentions):
            return acc
    return None


def spelled_name(state: State, mods: list[str], at: int) -> AgreementAcc | None:
    """A named agreement whose name, head noun aside, is these modifiers: "a stand-by
    agreement" or "the high seas pact" is the "Stand-By Arrangement" or "High Seas Treaty" the
    text names anywhere. (Rule: lowercase_name.)"""
    if not mods:
        return None
    for acc in state.agreements[:64]:
        if acc.unnamed or not acc.mentions:
            continue
        words = [w for w in acc.name.replace("-", " ").replace("\u2013", " ").casefold().split() if w.isalpha()]
        if len(words) >= 2 and words[:-1] == mods:
            return acc
    return None
