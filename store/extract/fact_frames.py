"""How a sentence frames an agreement's mention: a transaction done "in a deal worth ...", or
another noun that repeats the agreement's subject word and so speaks of the same thing."""

from __future__ import annotations

from store.extract.state import AgreementAcc
from store.extract.tokens import Doc

_DETERMINERS = frozenset("the a an new its their this that".split())
# Past verbs of a transaction a deal frames: "bought the system from Israel in a deal worth".
_DEALT = frozenset(
    "bought sold purchased acquired ordered agreed signed leased swapped exchanged released freed handed".split()
)


def in_a_deal(d: Doc, i: int) -> bool:
    """Whether the mention at i frames a transaction the sentence reports done ("Germany bought
    the system in a deal worth ...", "sold the stake as part of a deal"): the deal was made.
    (Rule: deal_frame.)"""
    low, sent = d.low, d.sent
    k = i - 1
    if k < 1 or low[k] not in ("a", "an"):
        return False
    if low[k - 1] == "in" or low[k - 2 : k] == ["part", "of"]:
        first = d.sent_first[sent[i]]
        return any(w in _DEALT for w in low[max(first, i - 30) : k])
    return False


# Words that make a mention speak of an earlier text than the one it refers to.
_OLDER = frozenset("original previous earlier former prior older old".split())


def older(d: Doc, i: int, j: int) -> bool:
    """Whether a mention describes the agreement's earlier form ("The original 3-billion-dollar
    arrangement was approved in 2022"), a version of it ("A first version of the accord was
    announced in 2019") or a text like it ("A similar accord was signed in 2000"): said of an
    agreement introduced before, its dates and stages are not the current one's. (Rules:
    older_mention, version_mention.)"""
    low = d.low
    k = i - 1 - (i > 0 and low[i - 1] in ("the", "a", "an"))
    if "similar" in low[max(0, i - 1) : j - 1] or k >= 1 and low[k] == "of" and low[k - 1] in _VERSIONS:
        return True  # "a similar safeguards agreement", "a first version of the accord"
    if _OLDER.isdisjoint(low[i : j - 1]):
        return False  # the common case, answered in C without a loop over the words
    return any(low[x] in _OLDER and d.words[x].islower() for x in range(i, j - 1))


# Nouns of another form of a text ("a first version of the accord", "an earlier draft of").
_VERSIONS = frozenset({"version", "versions", "draft", "drafts"})


# Participles that open an aside on an agreement: ", sealed last year,".
_MADE = frozenset("signed inked sealed agreed concluded struck reached ratified finalised finalized".split())


def past_participle(d: Doc, j: int) -> int:
    """The token after the comma closing an aside that opens with a participle right after a
    mention (", sealed last year, entered into force"), or the text's length when there is no
    such aside or it does not close within sixteen words ("signed in 1994 between Chile and
    Peru and four other coastal states,"; so nothing is read after it)."""
    low, sent, n = d.low, d.sent, d.n
    if not (0 < j + 1 < n and low[j] == "," and low[j + 1] in _MADE):
        return n
    for y in range(j + 2, min(n, j + 18)):
        if sent[y] != sent[j] or low[y] in (".", ";"):
            return n
        if low[y] == ",":
            return y + 1
    return n


def same_subject(d: Doc, acc: AgreementAcc, i: int, j: int) -> bool:
    """Whether a mention by another noun repeats the subject word of the agreement's name ("a
    loan agreement ... The loan deal, signed in 2018"): the same thing, so its facts count."""
    if acc.family == "alliance" or j - i < 2:
        return False
    named = set(acc.name.lower().replace("-", " ").split())
    return any(len(w) > 3 and w in named and w not in _DETERMINERS for w in d.low[i : j - 1])


# Participles of an aside that tells when a framework or body of rules was founded.
_FOUNDED = frozenset({"established", "founded", "created", "formed", "launched", "set"})


def founded(d: Doc, j: int) -> bool:
    """Whether an aside right after a mention ending at j tells its founding (", set up in 2012,",
    ", established in 2009,"): a framework founded in a year before the article's stands, in
    force, where one only said to be signed then is signed. (Rule: founded_in_force.)"""
    low, n = d.low, d.n
    if not (j + 2 < n and low[j] == "," and low[j + 1] in _FOUNDED):
        return False
    return low[j + 1] != "set" or low[j + 2] == "up"
