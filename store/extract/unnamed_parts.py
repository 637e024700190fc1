"""The pieces the unnamed-agreement scan is built from: which words may be an agreement noun,
where hyphenated party lists end, a mention attached to its record, and whether a sentence names
one side of the article's pair alone."""

from __future__ import annotations

from store.extract.lists import LIST_JOINS, hyphen_list
from store.extract.money import money_ending
from store.extract.shapes import COUNTED
from store.extract.state import AgreementAcc, State
from store.extract.triggers import vocabulary


def nouns(cues) -> frozenset[str]:
    """The family nouns as a set, with the plurals a count may come before ("15 cooperation
    agreements"): a set answers "is this word one?" faster than the dict (built once per cue set)."""
    cached = cues.derived.get("family_nouns")
    if cached is None:
        ends = {key.rsplit(" ", 1)[1] for key in cues.family if " " in key}  # "line" of "credit line"
        cached = cues.derived["family_nouns"] = frozenset(cues.family) | frozenset(COUNTED) | {"cessation"} | ends
    return cached


def second_words(cues) -> frozenset[str]:
    """Last words of the two-word family phrases ("security pact"): only these can end one
    (built once per cue set)."""
    cached = cues.derived.get("family_seconds")
    if cached is None:
        cached = frozenset(key.rsplit(" ", 1)[1] for key in cues.family if key.count(" ") == 1)
        cues.derived["family_seconds"] = cached
    return cached


def hyphen_list_ends(state: State) -> dict[int, tuple[list[str], int]]:
    """Hyphen lists ("U.S.-Japan") by end token: parties and first token. Only a chain's head
    (a party followed by "-", "–" or "/" that no such party precedes) starts one."""
    found_at: dict[int, tuple[list[str], int]] = {}
    if LIST_JOINS.isdisjoint(vocabulary(state)):
        return found_at  # no "-", "\u2013" or "/" written: no list, and no mention is read
    d = state.doc
    words, n = d.words, d.n
    continuing: set[int] = set()
    countries = state.country_start  # a country wins over an organisation starting with it
    joined = [(b, c.j) for b, c in countries.items() if c.j < n and words[c.j] in LIST_JOINS]
    joined += [(b, o.j) for b, o in state.org_start.items() if o.j < n and words[o.j] in LIST_JOINS and b not in countries]
    joined.sort()
    for b, j in joined:
        continuing.add(j + 1)
        if b in continuing:
            continue
        found = hyphen_list(state, b)
        if found and found[1] not in found_at:
            found_at[found[1]] = (found[0], b)
    return found_at


# Nouns of a relationship an agreement is said to restart or serve ("a restart of our
# relationship"): never its name (restored ties name their own record: see ties.py).
_BOND_NOUNS = frozenset({"relationship", "relationships"})


def attach(state: State, acc: AgreementAcc, i: int, j: int, keyword: str, family: str) -> None:
    acc.spans.append(state.span(i, j))
    acc.mentions.append((i, j))
    acc.first = min(acc.first, i)
    if family != acc.family and family not in acc.families:
        acc.referring.add(i)
    acc.families.add(family)
    if keyword and keyword not in acc.keywords and keyword.casefold() != acc.name.casefold():
        acc.keywords.append(keyword)
    if acc.unnamed and i >= 1 and (at := money_ending(state, i - 1)) is not None:
        # "a A$600 million deal": the amount it is called by too (rule: amount_named)
        led = state.doc.text[state.doc.starts[at] : state.doc.ends[j - 1]]
        if led not in acc.keywords:
            acc.keywords.append(led)
    if acc.unnamed and family == "alliance" and acc.family == "agreement" and keyword.split()[-1].casefold() not in _BOND_NOUNS:
        # "the military agreement ... their alliance": name it by the relationship noun
        prefix = acc.name[: len(acc.name) - len(acc.core)]
        acc.family, acc.core = family, keyword.split()[-1].casefold()
        acc.name = prefix + acc.core
    state.blocked[i:j] = b"\x01" * (j - i)


def lone_side_after(state: State, pair: list[str], sentence: int, start: int) -> bool:
    """Whether the sentence names one side of the article's main pair alone, and only after the
    mention at ``start``: "Welcoming the agreement on X, ... deny Peru access" says nothing of
    whose agreement it is, while a side named before it ("Peru left the treaty") is its subject."""
    named = set(state.by_sentence.get(sentence, ())) & set(pair)
    if len(named) != 1:
        return False
    country_start = state.country_start
    for x in range(state.doc.sent_first[sentence], start):
        c = country_start.get(x)
        if c is not None and c.name in named:
            return False
    return True



def attributive_owner(state: State, j: int, k: int) -> str | None:
    """The party whose name, ending at token ``j``, stands as a modifier of the agreement noun at
    ``k`` right after "the" when the partner follows "with" ("the Moldovagaz contract with
    Gazprom", "the Moldova contract with Russia"): it is one side, the partner the other.
    (Rule: attributive_owner.)"""
    d = state.doc
    c = state.country_end.get(j + 1) or next((o for o in state.org_start.values() if o.j == j + 1), None)
    if c is None or c.i < 1 or d.low[c.i - 1] != "the" or k + 1 >= d.n or d.low[k + 1] != "with":
        return None
    partner = state.partner_at(k + 1)
    return c.name if partner is not None and partner.name != c.name else None
