"""The words of an agreement noun phrase, read by the unnamed-agreement rules: its modifiers
(a number kept with the word it is hyphenated to), the core its name is built from, a product
designation ("F-16", "Block 15"), the hedges that make it a text still to be made, and whether
a plural's items follow it."""

from __future__ import annotations

from store.extract.shapes import COUNT_WORDS
from store.extract.state import State
from store.extract.tokens import Doc

# Modifiers that open a description of an agreement still to be made: another text than those made.
MAYBE = frozenset({"possible", "potential", "prospective", "eventual"})


def listed_after(low: list[str], k: int, n: int) -> bool:
    """Whether a plural's items follow it ("five agreements, including a port pact"): they are
    the records, not the package."""
    x = k + 1 + (k + 1 < n and low[k + 1] == ",")
    return x < n and low[x] in ("including", "includes", "include", "such", "among")


def designation(words: list[str], j: int, k: int) -> bool:
    """Whether word j names a model or lot of what a deal buys: a count or a code with a
    digit ("24", "F-16", "K2"), or a capitalised word right before a number ("Block 15").
    (Rule: product_designation.)"""
    w = words[j]
    if any(map(str.isdigit, w)):
        return not (len(w) == 4 and w.isdigit())  # a year is read by its own rule
    return w[:1].isupper() and j + 1 < k and words[j + 1][:1].isdigit()


def named_modifier(state: State, j: int, k: int) -> bool:
    """Whether word j, before the noun at k, is a word telling what a deal is about though not
    a lower-case one: a designation (``designation``) or an acronym of a commodity or a kind of
    work ("an LNG deal", "an EPC contract", "an AI pact"); never a word of a party's or a body's
    name, nor a product's name, which ``goods_named`` reads. (Rule: named_modifier.)"""
    w = state.doc.words[j]
    if designation(state.doc.words, j, k):
        return True
    if j in state.org_start or j + 1 in state.org_end or state.blocked[j]:
        return False
    return 2 <= len(w) <= 5 and w.isalpha() and w.isupper() and state.doc.match_at.get(j) is None  # not "IMF", "EU"


_LED = frozenset({"led", "backed", "brokered", "sponsored", "mediated", "funded", "financed"})


def modifiers(d: Doc, start: int, k: int) -> list[str]:
    """The folded words of tokens [start, k), a number kept with the word it is hyphenated to
    ("100-year", "10-year"): alone, "year partnership agreement" lost its meaning."""
    words, fold, starts, ends = d.words, d.fold, d.starts, d.ends
    out = []
    for x in range(start, k):
        if not words[x][:1].isalpha():
            continue
        if (fold[x] in _LED and x >= 2 and words[x - 1] == "-") or (x + 2 < k and words[x + 1] == "-" and fold[x + 2] in _LED):
            continue  # "the Moscow-led alliance": who leads it, not what it is (rule: led_modifier)
        if x >= 2 and words[x - 1] == "-" and words[x - 2].isdigit() and ends[x - 2] == starts[x - 1] and ends[x - 1] == starts[x]:
            out.append(f"{words[x - 2]}-{fold[x]}")
        elif x >= 2 and words[x - 1] == "-" and fold[x - 2] in COUNT_WORDS and out and out[-1] == fold[x - 2] and ends[x - 1] == starts[x]:
            out[-1] = f"{fold[x - 2]}-{fold[x]}"  # "seven-day": one modifier, not a count
        else:
            out.append(fold[x])
    return out


def core(mods: list[str], noun: str, evaluative: frozenset[str], multipliers: dict[str, float]) -> str:
    """An unnamed agreement's noun phrase: its modifiers but evaluative ones, multipliers and
    the first half of "long-awaited", then the noun."""
    last = len(mods) - 1
    kept = [
        m not in evaluative and m not in multipliers and m not in COUNT_WORDS and m not in MAYBE and not (x < last and mods[x + 1] in ("awaited", "anticipated"))
        for x, m in enumerate(mods)
    ]
    # a joining word stays only between two kept modifiers ("comprehensive and lasting": "lasting")
    words = [m for x, m in enumerate(mods) if kept[x] and (m not in ("and", "or") or 0 < x < last and kept[x - 1] and kept[x + 1])]
    return " ".join([*words, SPELLED_NOUNS.get(noun, noun)])


# Nouns an unnamed agreement's name spells out: "an MoU on ports" is a "ports memorandum".
SPELLED_NOUNS = {"mou": "memorandum", "mous": "memoranda"}




def staff_level(mods: list[str]) -> bool:
    """Whether the modifiers say "staff-level": the first stage of a lender's programme, which
    its board has still to approve. (Rule: staff_level_stage.)"""
    return "staff" in mods and any(mods[x] == "staff" and mods[x + 1] == "level" for x in range(len(mods) - 1))
