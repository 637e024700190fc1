"""A sale or purchase stated only as an event: "Germany agreed to supply four frigates to Egypt",
"Chile agreed to buy 12 jets from Sweden", "Egypt agreed with Russia to buy 24 jets" (the
partner after "with" the other side). With no deal noun in the sentence, the agreement
is the text's own words: seller and buyer, agreed (signed), named by what is traded. A group of
buyers stands for its members ("to a consortium led by X", "made up of X, Y and Z"). A sale
only intended ("Poland plans to buy 32 jets from the United States", "is set to sell", "wants
to acquire", a headline's "Egypt to buy 24 jets from France") is proposed, when the goods are
counted and the other side named; a record of the same two sides told already takes it as its
mention (rule: intended_sale)."""

from __future__ import annotations

from store.extract.calendar_words import WEEKDAYS
from store.extract.lists import coordinated_list, described_record
from store.extract.parties import actor_before
from store.extract.shapes import COUNT_WORDS
from store.extract.state import State
from store.extract.triggers import positions, vocabulary

_AGREED = frozenset({"agreed", "agrees"})
# Words of an intention before "to <buy/sell>": the sale is only proposed.
_INTENT = frozenset(
    "plans planned planning intends intended intending wants wanted hopes hoped aims aimed seeks sought set poised expected looking decided".split()
)
_SELL = frozenset({"sell", "supply", "deliver", "export"})
_BUY = frozenset({"buy", "purchase", "acquire", "procure"})
# Words that end what is traded: where, when or on what terms.
_ENDS = frozenset(", . ; : ( ) in on at by for under worth over with as".split())


_VERBS = _SELL | _BUY
# Words before what is traded that say only whose it is or how much of it.
_OWNED = frozenset({"its", "their", "his", "her", "the", "most", "all", "part", "of", "entire", "some"})
# A group of buyers, and the words that name its members after it (rule: consortium_members).
_GROUPS = frozenset({"consortium", "group", "grouping"})
_MEMBERS = (("led", "by"), ("made", "up", "of"), ("comprising",), ("including",), ("of",))


def _members(state: State, k: int) -> list[str]:
    """The members a group of buyers at token k names ("a consortium led by X", "a consortium
    made up of X, Y and Z"): the parties named, or none."""
    low, n = state.doc.low, state.doc.n
    x = k + (k < n and low[k] in ("a", "an", "the"))
    while x < n and x - k < 5 and low[x] not in _GROUPS:
        c = state.country_start.get(x)  # "a US-backed consortium": its backer's place is no member
        if c is None and not (state.doc.words[x].islower() or state.doc.words[x] == "-"):
            break
        x = c.j if c is not None else x + 1
    if x >= n or low[x] not in _GROUPS:
        return []
    x += 1
    for words in _MEMBERS:
        if tuple(low[x : x + len(words)]) == words:
            y = x + len(words)
            listed = coordinated_list(state, y)
            if listed is not None:
                return listed[0]
            c = state.party_start(y)
            return [c.name] if c is not None else []
    return []


def _traded(text: str, headed: bool) -> bool:
    """Whether "agreed to" / "agrees to" (or a word of intention and "to") stands before a verb
    of trade anywhere in the text, or "agreed with" (or a headline, ``headed``) in a text writing
    "to" before such a verb."""
    if any(f" to {verb} " in text for verb in _VERBS) and ("agreed with " in text or "agrees with " in text or headed):
        return True  # "agreed with X to buy", or a headline's "X to buy"
    for cue in ("agreed to ", "agrees to ", *(f"{w} to " for w in _INTENT)):
        at = text.find(cue)
        while at >= 0:
            start = at + len(cue)
            if text[start : text.find(" ", start)] in _VERBS:
                return True
            at = text.find(cue, start)
    return False


def find_agreed_sales(state: State) -> None:
    """Each "<seller> agreed to sell <goods> to <buyer>" / "<buyer> agreed to buy <goods> from
    <seller>" in a sentence with no agreement mention of its own. (Rule: agreed_sale.)"""
    d = state.doc
    if _VERBS.isdisjoint(vocabulary(state)) or not _traded(d.text, any(d.heading)):
        return  # most articles: no verb of trade written, or none after "agreed to" (a few substring searches)
    low, words, sent, n = d.low, d.words, d.sent, d.n
    told: set[int] | None = None
    for v in positions(state, _AGREED | _INTENT | {"to"}):
        if low[v] == "to" and not (d.heading[sent[v]] and (v in state.country_end or v in state.org_end)):
            continue  # a headline's "Egypt to buy 24 jets from France": a sale intended
        intent = low[v] in _INTENT or low[v] == "to"
        partner = None if intent else state.partner_at(v + 1)  # "Egypt agreed with Russia to buy 24 jets" (rule: agreed_with_sale)
        a = v if low[v] == "to" else partner.j if partner is not None else v + 1
        a += 2 if a + 1 < n and low[a] == "on" and low[a + 1] in WEEKDAYS else 0  # "agreed on Monday to buy"
        if a + 2 >= n or low[a] != "to" or state.blocked[a + 1]:
            continue
        if told is None:
            told = {sent[i] for acc in state.agreements for i, _ in acc.mentions}
        if sent[v] in told:
            continue
        verb = low[a + 1]
        prep = "to" if verb in _SELL else "from" if verb in _BUY else None
        if prep is None:
            continue
        g = a + 2
        e = g
        while e < n and e - g < 8 and sent[e] == sent[v] and low[e] != prep and low[e] not in _ENDS:
            e += 1
        if e == g or e >= n or low[e] != prep and partner is None:
            continue
        c = state.party_start(e + 1 + (d.lower(e + 1) == "the")) if low[e] == prep else None
        others = [c.name] if c is not None else [partner.name] if partner is not None else _members(state, e + 1)
        subject = actor_before(state, v)
        if not others or not subject or subject in others:
            continue
        while g < e and low[g] in _OWNED:
            g += 1  # "its ports business": the business, not whose
        counted = g < e and (words[g].isdigit() or low[g] in COUNT_WORDS)
        if low[e] != prep and not counted or intent and not (counted and low[e] == prep):
            continue  # "agreed with Russia to buy time": no goods counted, no seller named
        g += counted  # "24 Su-35 jets": what is bought, not how many
        goods = words[g:e]
        if not goods:
            continue
        parties = [subject, *others]  # the seller and buyer, or the buyer and seller
        if intent and _told_pair(state, parties, v, e, low[v] == "to"):
            told.add(sent[v])
            continue
        core = d.text[d.starts[g] : d.ends[e - 1]] + " deal"
        keyword = d.text[d.starts[g] : d.ends[e - 1]]
        acc = described_record(state, parties, core, "deal", (v, e), keyword, "agreed_sale", sentence=sent[v])
        acc.status_hint, acc.status_sentence, acc.hint_rule = ("proposed", sent[v], "intended_sale") if intent else ("signed", sent[v], "agreed_sale")
        state.agreements.append(acc)
        told.add(sent[v])  # one sale per sentence


def _told_pair(state: State, parties: list[str], v: int, e: int, headline: bool = False) -> bool:
    """Whether a record of the same two sides was told already (for a headline, one of either
    side: the story tells its deal in its own words); it takes the words at v:e as a mention
    (the plan is the deal's, not a text of its own)."""
    pair = set(parties)
    for acc in state.agreements:
        if {p for p, _ in acc.parties} == pair or headline and not pair.isdisjoint(p for p, _ in acc.parties):
            acc.mentions.append((v, e))
            return True
    return False
