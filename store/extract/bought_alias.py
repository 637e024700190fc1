"""What a deal buys, as one of its names: "signed a deal with Peru to buy 24 Rafale fighter
jets" is the Rafale fighter jets deal, the words a reader uses for it when the text gives it
no name of its own."""

from __future__ import annotations

from store.extract.calendar_words import WEEKDAYS as _WEEKDAYS
from store.extract.state import State

# Verbs of a deal's purchase or supply after "to": what follows is what it buys.
_BUY = frozenset("buy purchase procure acquire supply deliver sell assemble produce manufacture build".split())
# Words read past before the goods: articles, counts and their hedges.
_LEAD = frozenset("a an the some up to about around nearly almost more than over additional new".split())
# Plurals without an "s".
_INVARIANT = frozenset({"aircraft", "spacecraft", "helicopters"})
# Marks a partner's name may hold: "U.S.", "Abu Dhabi-based", "Turkey's TAIS Shipyard".
_PARTNER_MARKS = frozenset({".", "-", "'", "\u2019"})
# Words that end the goods' phrase.
_STOP = frozenset(
    "from for at worth with in under to by and or of that which who as over on valued during before after until within through the".split()
)
# Deal nouns such a phrase names.
_DEAL_NOUNS = frozenset("deal deals contract contracts agreement order purchase sale".split())


def goods_after(state: State, j: int) -> tuple[int, int] | None:
    """The goods a deal noun ending before token ``j`` buys: the tokens after "to buy" or
    "for" (past "with <partner>", a weekday, an amount and a count), up to eight words ending in
    a plural noun or a designation ("Predator drones", "Lockheed Martin Black Hawk helicopters").
    (Rule: bought_goods.)"""
    d = state.doc
    low, words, n = d.low, d.words, d.n
    if j >= n:
        return None
    sentence = d.sent[j - 1]
    x = j
    if low[x] == "with":  # "a deal with the US to procure ..."
        y = x + 1
        while y < n and y - x < 8 and d.sent[y] == sentence and (low[y] == "the" or words[y][:1].isupper() or words[y] in _PARTNER_MARKS or low[y] == "s" and words[y - 1] in _PARTNER_MARKS):
            y += 1
        x = y
    if x + 1 < n and low[x] == "on" and low[x + 1] in _WEEKDAYS:
        x += 2  # "signed an agreement on Wednesday to buy ..."
    if x < n and low[x] in ("worth", "valued"):  # "a deal worth $6 billion to assemble ..."
        y = x + 1
        while y < n and y - x < 7 and low[y] != "to" and d.sent[y] == sentence and low[y] not in _STOP:
            y += 1
        x = y if y < n and low[y] == "to" else x
    if x + 1 < n and low[x] == "to" and low[x + 1] in _BUY:
        x += 2
    elif x < n and low[x] == "for":
        x += 1
    else:
        return None
    while x < n and d.sent[x] == sentence and low[x] in _LEAD:
        x += 1
    a = x  # the count stays: "210 aircraft" is how a reader tells the order
    while x < n and x - a < 8 and d.sent[x] == sentence and low[x] not in _STOP and (words[x].isalnum() or words[x] == "-"):
        if state.person_tok[x]:
            return None  # "a deal for Mr A": no goods (a party's name is goods only before its plural: "Airbus jets")
        x += 1
    if x == a or words[x - 1] == "-" or words[a] == "-" or words[x - 1].isdigit():
        return None
    last = words[x - 1]
    plural = last.islower() and (last.endswith("s") and not last.endswith("ss") and len(last) > 3 or last in _INVARIANT)
    if not (plural or any(map(str.isdigit, last))):
        return None  # "a deal for the construction": no goods named
    return a, x


# Verbs of what an agreement sets up: "an agreement to establish the X Economic Zone".
_FOUND = frozenset("establish create launch form build develop".split())


def founded_after(state: State, j: int) -> tuple[int, int] | None:
    """The capitalised name of what an agreement noun ending before token ``j`` sets up ("an
    agreement to establish the Kedah-Thailand Border Economic Zone"): its tokens, or None. The
    name is more than one country's. (Rule: founded_name.)"""
    d = state.doc
    low, words, n = d.low, d.words, d.n
    if j + 2 >= n or low[j] != "to" or not (low[j + 1] in _FOUND or low[j + 1] == "set" and low[j + 2] == "up"):
        return None  # the common case: one look
    x = j + 2 + (low[j + 1] == "set")
    x += x < n and low[x] in ("the", "a", "an")
    a, sentence = x, d.sent[j]
    while x < n and x - a < 10 and d.sent[x] == sentence and (words[x][:1].isupper() or words[x] in ("-", "\u2013") and x > a):
        x += 1
    if words[x - 1] in ("-", "\u2013"):
        x -= 1
    if x - a < 2 or state.person_tok[a]:
        return None
    c = state.country_start.get(a)
    if c is not None and c.j >= x:
        return None  # "to establish a Palestinian ...": a country, no name
    return a, x


# Verbs of a supply an agreement makes one party give another: "for X to supply crude to Y".
_SUPPLY = frozenset("supply deliver export sell ship provide".split())


def supplied_after(state: State, j: int) -> int | None:
    """What an agreement noun ending before token ``j`` has one party supply another ("a 20-year
    agreement for X to supply 480,000 barrels a day of crude to Y"): the token of the one
    singular word of goods right before the buyer's "to", or None. (Rule: supplied_goods.)"""
    d = state.doc
    low, words, n = d.low, d.words, d.n
    if j + 3 >= n or low[j] != "for" or (c := state.party_start(j + 1)) is None or c.j + 2 >= n:
        return None  # the common case: one look
    if low[c.j] != "to" or low[c.j + 1] not in _SUPPLY:
        return None
    sentence = d.sent[j]
    for x in range(c.j + 2, min(c.j + 14, n)):
        if d.sent[x] != sentence or low[x] in ("from", "for", "with", "by"):
            return None
        if low[x] == "to" and x > c.j + 2 and (state.party_start(x + 1) or state.party_start(x + 2)):
            w = words[x - 1]
            plural = w.endswith("s") and not w.endswith(("ss", "us", "is", "as"))
            return x - 1 if w.isalpha() and not plural and not w[:1].isupper() or w.isupper() and len(w) > 1 else None
    return None


def name_bought_goods(state: State) -> None:
    """Give an unnamed deal the name of what it buys ("Rafale fighter jets deal") when a
    mention is followed by "to buy N ..." or "for N ...", or of what it sets up ("an
    agreement to establish the X Economic Zone": the X Economic Zone agreement). (Rules:
    bought_goods, founded_name.)"""
    d = state.doc
    for acc in state.agreements:
        if not acc.unnamed:
            continue
        for _i, j in acc.mentions:
            noun = d.low[j - 1]
            if noun not in _DEAL_NOUNS and noun not in state.cues.family:
                continue
            found = goods_after(state, j) or founded_after(state, j)  # "an MoU with X to buy two frigates" too
            said = d.words[j - 1]
            said = said if any(c.isupper() for c in said[1:]) else noun  # "MoU" as written
            if found is None and (g := supplied_after(state, j)) is not None:
                found, said = (g, g + 1), f"supply {said}"  # "for X to supply crude to Y": the crude supply agreement
            if found is None:
                continue
            a, b = found
            alias = f"{d.text[d.starts[a] : d.ends[b - 1]]} {said}"
            if alias not in acc.keywords:
                acc.keywords.append(alias)
            break
