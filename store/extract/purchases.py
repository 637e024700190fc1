"""Purchases of goods told without an agreement noun: an order placed ("Lima ordered
24 Swedish Gripen jets in 2021", "its 2022 order of 42 Rafale jets") or a purchase done
("Egypt bought 24 Rafale jets from France in 2015") is a contract, signed,
between the buyer and the seller its goods or a "from" name; talks to buy ("continues talks on buying U.S.-made F-16 jets") are an
agreement under negotiation. (Rules: ordered_goods, purchase_talks.)"""

from __future__ import annotations

from store.extract.lists import described_record
from store.extract.money import value_in_clause, value_start
from store.extract.parties import actor_before
from store.extract.product_makers import maker_of, told_goods
from store.extract.shapes import COUNT_WORDS
from store.extract.state import State
from store.extract.triggers import positions, vocabulary
from store.extract.verb_subject import verb_subject, year_after
from store.records import Fact

# Goods bought by the unit that make an order a contract (never "ordered the troops").
_GOODS = frozenset(
    "jets fighters aircraft planes airplanes airliners helicopters tanks frigates submarines corvettes "
    "warships destroyers vessels ships boats drones missiles howitzers launchers rifles reactors "
    "locomotives satellites systems carriers".split()
)
# One of them: "Thailand ordered a submarine from China", "an aircraft carrier".
_ONE = frozenset(
    "jet fighter plane helicopter tank frigate submarine corvette warship destroyer vessel ship drone "
    "reactor satellite carrier".split()
)
_ORDERED = frozenset({"ordered", "bought", "purchased"})  # "Egypt bought 24 Rafale jets from France"
_ORDERS = frozenset({"order", "orders", "purchase", "purchases"})
_SIGNED_FOR = frozenset({"signed"})  # "the UAE signed for 80 of the jets", "Greece signed up for 18"
_TALKS = frozenset({"talks", "negotiations", "negotiating"})
_BUYING = frozenset(
    {"buy", "buying", "purchase", "purchasing", "acquire", "acquiring", "acquisition", "procure", "procuring", "procurement"}
)
# Words between a subject and "ordered" ("Peru has already ordered").
# Words that may open the goods before the count ("ordered up to 24", "another six").
_OPENERS = frozenset({"up", "to", "another", "a", "further", "more", "the", "some", "about", "around", "nearly"})
# Words that end a goods phrase before its noun: not one thing bought.
_ENDS = frozenset(", . ; : ( ) in on at by for under worth with as and or after to from".split())
_MADE = frozenset({"made", "built", "designed", "produced"})


def find_purchases(state: State) -> None:
    """Orders of counted goods and talks to buy goods, each a record unless an agreement of the
    same sides already tells it (then the words are its mention)."""
    vocab = vocabulary(state)
    if (_GOODS.isdisjoint(vocab) and "from" not in vocab) or (_ORDERED.isdisjoint(vocab) and _TALKS.isdisjoint(vocab) and _ORDERS.isdisjoint(vocab) and _SIGNED_FOR.isdisjoint(vocab)):
        return  # most articles: no goods bought by the unit, or no order or talks
    if not _ORDERS.isdisjoint(vocab):
        _order_nouns(state)
    d = state.doc
    low, n = d.low, d.n
    for v in positions(state, _ORDERED | _TALKS | _SIGNED_FOR):
        if state.blocked[v]:
            continue
        if low[v] in _SIGNED_FOR:
            g = v + 1 + (low[v + 1] == "up") if v + 2 < n else v
            if g == v or low[g] != "for":
                continue  # "signed a deal": the scan's; "signed for 80 of the jets", "signed up for 18" order
        if low[v] in _ORDERED or low[v] in _SIGNED_FOR:
            g = v + 1 if low[v] in _ORDERED else g + 1
            while g < n and low[g] in _OPENERS and g - v <= 3:
                g += 1
            one = v + 2 < n and low[v + 1] in ("a", "an") and (low[v + 2] in _ONE or low[v + 2] in _GOODS)
            g = v + 1 if one else g  # "ordered a submarine", "bought an aircraft carrier"
            if g >= n or not (low[g][:1].isdigit() or low[g] in COUNT_WORDS or one):
                continue  # "ordered the troops home": no count, no goods bought
            found = _goods(state, g + 1)
            buyer = verb_subject(state, v)
            rule, status = "ordered_goods", "signed"
            if g + 3 < n and low[g + 1 : g + 3] == ["of", "the"] and low[g + 3] in _GOODS:
                # "Cairo ordered 24 of the jets": the goods told before, by their designation (rule: product_maker)
                if (told := told_goods(state, g + 3, v)) is not None and buyer is not None:
                    seller = maker_of(state, told.split())
                    if seller is not None and seller != buyer:
                        _record(state, v, g, g + 1, g + 4, [buyer, seller], rule, status, what=f"{told} {low[g + 3]}")
                continue
        else:
            b, partner, partner_state = _talks_partner(state, v + 1)
            if b < n and low[b] in ("to", "on", "over", "about", "for"):
                b += 1
            if b + 2 < n and low[b] == "the" and low[b + 1] in _BUYING and low[b + 2] == "of":
                g = b + 3  # "negotiating the purchase of 24 jets", "talks over the acquisition of"
            elif b < n and low[b] in _BUYING:
                g = b + 1 + (b + 2 < n and low[b + 1] == "the" and low[b + 2] == "purchase")
                g += 1 if g < n and low[g] == "of" else 0
            elif partner is not None and low[b - 1] == "for":
                g = b  # "negotiating with Sweden for 24 Gripen jets"
            else:
                continue  # "talks on trade": no purchase
            g += 1 if g < n and low[g] in ("its", "their") else 0  # "on acquiring its used jets"
            found = _goods(state, g)
            buyer = _talks_subject(state, v)
            rule, status = "purchase_talks", "under_negotiation"
            if found is not None and partner is not None and partner != buyer and (found[2] is None or partner_state):
                found = (found[0], found[1], partner)  # the state the buyer talks with sells; a firm, a maker's state
        if found is None or buyer is None:
            continue
        first, e, seller = found
        for one in [seller, *_more_sellers(state, e)] if seller else [seller]:
            _record(state, v, g, first, e, [buyer] + ([one] if one and one != buyer else []), rule, status)


def _goods(state: State, g: int) -> tuple[int, int, str | None] | None:
    """From token ``g``: the first word naming the goods (past a seller's demonym and its
    "-made"), one past the goods noun, and the seller named in them or by "from" after them."""
    d = state.doc
    low, n, sent = d.low, d.n, d.sent
    seller: str | None = None
    first = g
    e = g
    while e < n and e - g < 9 and sent[e] == sent[g - 1] and low[e] not in _GOODS and low[e] not in _ONE and not _named_goods(state, e):
        c = state.party_start(e)
        if c is not None:
            seller = seller or c.name
            if e == first and state.country_start.get(e) is not None:
                first = c.j  # "French Rafale jets", "U.S.-made F-16 jets": the country is the seller
                if first + 1 < n and low[first] == "-" and low[first + 1] in _MADE:
                    first += 2
            e = max(c.j, e + 1)
            continue
        if low[e] in _ENDS:
            return None
        if e == first and (low[e][:1].isdigit() or low[e] in COUNT_WORDS):
            first += 1  # "six frigates": what is bought, not how many
        e += 1
    while e + 1 < n and (low[e + 1] in _GOODS or low[e + 1] in _ONE):
        e += 1  # "fighter jets", "aircraft carrier": the last noun
    if e >= n or (low[e] not in _GOODS and low[e] not in _ONE and not _named_goods(state, e)) or first > e:
        return None
    after = e + 1
    if after + 1 < n and low[after] == "from":
        c = state.party_start(after + 1 + (low[after + 1] == "the"))
        if c is not None:
            seller = c.name
    return first, after, seller or maker_of(state, d.words[first:e])  # "Gripen jets": Sweden's (rule: product_maker)


def _named_goods(state: State, e: int) -> bool:
    """Goods called by their designation in the plural ("Gripens", "F-16s", "Typhoons"): a known
    maker's designation, or a capitalised plural a "from <seller>" follows (rule: designation_plural)."""
    d = state.doc
    w = d.words[e]
    if len(w) < 4 or w[-1] != "s" or not w[:1].isupper() or w.isupper() or state.party_start(e) is not None:
        return False
    if maker_of(state, [w[:-1]]) is not None:
        return True
    return d.lower(e + 1) == "from" and state.party_start(e + 2 + (d.lower(e + 2) == "the")) is not None


def _talks_partner(state: State, b: int) -> tuple[int, str | None, bool]:
    """Past "with <side>" after a word of talks ("in talks with Sweden on buying jets"): the token
    after the side, the side, which sells what the talks buy, and whether it is a state
    (rule: purchase_talks_with)."""
    c = state.partner_at(b)
    return (c.j, c.name, state.country_start.get(c.i) is c) if c is not None else (b, None, False)


def _more_sellers(state: State, e: int) -> list[str]:
    """Further sellers listed after "from <seller>" past the goods ("to buy jets from Qatar and
    Oman"): one purchase each."""
    d = state.doc
    low = d.low
    if e >= d.n or low[e] != "from":
        return []
    c = state.party_start(e + 1 + (d.lower(e + 1) == "the"))
    out: list[str] = []
    while c is not None and c.j + 1 < d.n and low[c.j] in ("and", ","):
        c = state.party_start(c.j + 1 + (d.lower(c.j + 1) == "the"))
        if c is not None:
            out.append(c.name)
    return out


def _talks_subject(state: State, v: int) -> str | None:
    """Who is in talks: the subject before "(is in|continues|held) talks", or for "It" opening
    the sentence, the first country or body of the sentence before."""
    d = state.doc
    low = d.low
    first = d.sent_first[d.sent[v]]
    x = v
    while x > first and v - x < 4 and low[x - 1] in ("is", "are", "was", "were", "in", "continues", "continued", "held", "holds", "holding", "also", "still", "has", "had", "been", "began", "opened"):
        x -= 1
    if x > first and low[x - 1] == "and":
        x = first + 1  # "It is weighing X and continues talks on ...": the sentence's subject
        c = state.party_start(first)
        if c is not None and low[first] not in ("it", "they"):
            return c.name
    if x > first + 1 and low[x - 1] in ("it", "they") and (c := state.party_start(first + (low[first] == "the"))) is not None:
        return c.name  # "The Philippines has bought X, and it is negotiating with Y": the sentence's subject
    if x == first + 1 and low[first] in ("it", "they") and first > 0:
        prev = d.sent[first - 1]
        y = d.sent_first[prev]
        while y < first:
            c = state.party_start(y)
            if c is not None and getattr(c, "actor", True):
                return c.name
            y += 1
        return None
    return verb_subject(state, x)


def _record(state: State, v: int, g: int, first: int, e: int, parties: list[str], rule: str, status: str, year: int | None = None, what: str | None = None) -> None:
    """The purchase as a mention of the same sides' deal told before, else a record of its own
    (always its own when ``what`` names goods told before: "24 of the jets" is another order)."""
    d = state.doc
    sentence = d.sent[v]
    own = what is not None
    what = what or d.text[d.starts[first] : d.ends[e - 1]]
    said = d.text[d.starts[g] : d.ends[e - 1]]
    same = frozenset(parties)
    for acc in state.agreements if not own else ():
        sides = frozenset(p for p, _ in acc.parties)
        # the same sides, or a buyer whose seller is not told here: "closed its purchase of 24 jets"
        if acc.mentions and acc.family in ("deal", "contract") and (sides == same or len(same) == 1 and same <= sides):
            acc.mentions.append((v, e))  # "signed a deal on Rafale jets ... Jakarta ordered 42 Rafale jets"
            acc.spans.append(state.span(v, e, rule))
            return
    core = what + (" order" if rule == "ordered_goods" and state.doc.low[v] == "ordered" else " purchase")
    acc = described_record(state, parties, core, "deal", (v, e), said, rule, sentence=sentence)
    acc.status_hint, acc.status_sentence, acc.hint_rule = status, sentence, rule
    if (at := value_start(state, e)) is not None or (at := value_in_clause(state, e)) is not None:
        acc.value_at, acc.value_rule = at, "value_after_mention"  # "... jets from France for $3 billion"
    if (year := year or year_after(state.doc, e, e + 12, state.doc.sent[e - 1], (",", ";"))) is not None:  # "ordered 24 jets worth $2 billion in 2021"
        acc.year = year
        acc.facts.append(Fact("year", year, sentence, rule))
    state.agreements.append(acc)
    state.block(v, e)


def _order_nouns(state: State) -> None:
    """"its 2022 order of 42 Rafale jets", "including orders of Pantsir systems from Russia and
    short-range Chinese missiles", "India's purchase of French jets": each order of goods a
    contract of the buyer (the owner, else for an order the sentence's subject) and the seller,
    signed, of the year written before the noun. (Rule: ordered_goods.)"""
    d = state.doc
    low, n = d.low, d.n
    for k in positions(state, _ORDERS):
        if k + 2 >= n or low[k + 1] not in ("of", "for") or state.blocked[k]:
            continue  # the common case: "in order to", "order" with nothing ordered after it
        x, year = k - 1, None
        while x > d.sent_first[d.sent[k]] and k - x <= 3:
            w = d.words[x]
            if len(w) == 4 and w.isdigit():
                year = int(w)  # "its 2022 order"
            elif not (w.isalpha() and w.islower()) or w in ("its", "their", "s"):  # "s": a possessive's
                break
            x -= 1  # past "recent", "first" and the like
        # "its purchase of Russian S-400 systems": a purchase noun only with its owner before it
        buyer = _owner(state, x) or (_opening_party(state, k) if low[k][0] == "o" else None)
        g = k + 2
        while buyer is not None and g < n:
            found = _goods(state, g)
            if found is None:
                break
            first, e, seller = found
            parties = [buyer] + ([seller] if seller and seller != buyer else [])
            _record(state, k, g, first, e, parties, "ordered_goods", "signed", year)
            g = e + 2 + (low[e] == "from" and low[e + 1] == "the") if e < n and low[e] == "from" else e
            while g < n and state.party_start(g) is None and low[g] not in ("and", ",", "."):
                g += 1
            if g < n and state.party_start(g) is not None:
                g = state.party_start(g).j  # past the seller "from Russia"
            if g + 1 >= n or low[g] != "and":
                break
            g += 1  # "... from Russia and short-range Chinese missiles": a second order


def _owner(state: State, x: int) -> str | None:
    """Whose the order is: "its"/"their" (the actor before it) or a possessive ending at ``x``."""
    d = state.doc
    if d.low[x] in ("its", "their"):
        return actor_before(state, x)
    if d.low[x] == "s" and x >= 1 and d.words[x - 1] in ("'", "\u2019"):
        c = state.country_end.get(x - 1)
        return c.name if c is not None and c.actor else state.org_end.get(x - 1)
    return None


def _opening_party(state: State, k: int) -> str | None:
    """The party that opens the sentence of token ``k`` (its subject: "Belgrade has ...")."""
    d = state.doc
    first = d.sent_first[d.sent[k]]
    c = state.party_start(first + (d.low[first] == "the"))
    return c.name if c is not None and getattr(c, "actor", True) else None
