"""Who the parties of a described deal are, from the words around its noun.

A purchase names a buyer and a seller ("a contract to buy 42 jets from France", "a deal for
Hungary to acquire Swedish-made jets", "a sale of F-16 jets to Turkey" after the seller);
a deal inside a package "between X and Y" takes X and Y; a dated treaty "with" a partner
belongs to the article's main country; a contract is won from, or awarded by, its giver; a
deal "signed by" officials belongs to their countries. Every look-around is bounded (linear time).
"""

from __future__ import annotations

from store.extract.lists import coordinated_list
from store.extract.parties import actor_before, body_at, principal
from store.extract.roles import country_in
from store.extract.shapes import COUNT_WORDS
from store.extract.state import State


def between_before(state: State, sentence: int, start: int) -> list[str] | None:
    """The parties of a "between X and Y" earlier in the sentence (30 tokens at most)."""
    d = state.doc
    lo = max(d.sent_first[sentence], start - 30)
    if "between" not in d.low[lo:start]:
        return None  # the common case: one look in C
    for x in range(lo, start):
        if d.low[x] == "between":
            found = coordinated_list(state, x + 1)
            if found and found[1] <= start and len(found[0]) >= 2:
                return found[0]
    return None


def home_country(state: State, partner: str) -> str | None:
    """The country an article is about, seen from a partner: the first named of its two main
    countries (the other one when that is the partner), else its most mentioned one."""
    pair = principal(state, 2)
    if pair:
        return pair[1] if pair[0] == partner else pair[0]
    top = principal(state, 1)
    return top[0] if top and top[0] != partner else None


def sale_parties(state: State, start: int, of: int) -> list[str] | None:
    """"X approved a sale of jets to Y" (or "the sale to Y of jets"): the seller named before (a
    country, or the country inside an organisation such as "US State Department") and the buyer after "to"."""
    d = state.doc
    sentence = d.sent[of]
    buyer = None
    for x in range(of, min(of + 12, d.n)):
        if d.sent[x] != sentence:
            break
        if d.low[x] == "to" and d.low[x - 1] != "up":  # not "up to 36 jets"
            k = x + 1 + (d.lower(x + 1) == "the")
            c = state.country_start.get(k) or state.org_start.get(k)
            buyer = c.name if c is not None and (x > of or d.lower(c.j) == "of") else None  # "the sale to Y of jets"
            break
    first = d.sent_first[sentence]
    seller = None
    for x in range(start - 1, max(first, start - 30) - 1, -1):
        c = state.country_end.get(x + 1)
        if c is not None and c.actor:
            seller = c.name
            break
        org = state.org_start.get(x)
        if org is not None:
            seller = country_in(state, org.i, org.j) or org.name
            break
    return [seller, buyer] if seller and buyer and seller != buyer else None


PARTICIPLES = frozenset("signed agreed reached struck concluded inked sealed initialled initialed ratified".split())
_BUY = frozenset({"buy", "purchase", "acquire", "procure", "import"})


# Verbs by which a party acts on an agreement it holds: its subject is a party ("Australia
# cancelled a submarine deal with Paris"); verbs of leaving one are read by their own rule.
ACTING = frozenset(
    "cancelled canceled cancels cancel ditched ditches ditch axed axes renewed renews extended extends "
    "revived revives honoured honored breached violated rejected rejects revoked revokes revoke rescinded".split()
)


# Verbs of holding an agreement: "Japan has a swap arrangement with India" (one in force).
HOLDING = frozenset({"has", "have", "had", "holds", "hold"})


def purchase(state: State, j: int) -> list[str] | None:
    """"for X to buy ... from Y" / "for X to acquire Y-made jets": buyer X and seller Y; also
    "for X to supply crude to Y": seller X and buyer Y, X a country or a firm (rule: purchase_for)."""
    d = state.doc
    if d.lower(j) != "for":
        return None
    c = state.country_start.get(j + 1) or state.org_start.get(j + 1)
    if c is None:
        return _goods_of_maker(state, j)
    if d.lower(c.j) != "to":
        return None
    other = seller_after(state, c.j) or buyer_after(state, c.j)
    return [c.name, other] if other and other != c.name else None


def _goods_of_maker(state: State, j: int) -> list[str] | None:
    """"Chile signs deal for 18 Swedish Gripen jets": the subject buys what the
    country of a demonym (or "French-built") makes, the count before it. (Rule: deal_for_goods.)"""
    d = state.doc
    counted = j + 1 < d.n and (d.words[j + 1].isdigit() or d.lower(j + 1) in COUNT_WORDS)
    c = state.country_start.get(j + 1 + counted)
    if c is None or c.form != "demonym":
        return None
    if not counted and not (d.lower(c.j) == "-" and d.lower(c.j + 1) in ("built", "made")):
        return None  # "a deal for Chinese investors": no goods of a maker
    buyer = actor_before(state, j - 1)
    return [buyer, c.name] if buyer and buyer != c.name else None


_SELL = frozenset({"sell", "supply", "deliver", "export", "provide", "send"})


def buyer_after(state: State, j: int) -> str | None:
    """"a deal to sell tanks and howitzers to Poland": the buyer named after the goods' "to"
    (12 tokens at most). (Rule: sale_to_buyer.)"""
    return _named_after(state, j, _SELL, "to")


def seller_after(state: State, j: int) -> str | None:
    """"a contract to buy 42 jets from France": the seller named after "from" (12 tokens at
    most), or the maker of "Swedish-made Gripen jets"."""
    return _named_after(state, j, _BUY, "from")


def _named_after(state: State, j: int, verbs: frozenset[str], prep: str) -> str | None:
    """The country or body after ``prep`` in "to <verb> <goods> <prep> X" at token j, within
    12 tokens of the sentence; a maker ("Swedish-made") names the seller of what is bought."""
    d = state.doc
    if d.lower(j) != "to" or d.lower(j + 1) not in verbs:
        return None
    sentence = d.sent[j]
    for x in range(j + 2, min(j + 14, len(d.low))):
        if d.sent[x] != sentence:
            return None
        if d.low[x] == prep and not (prep == "to" and d.low[x - 1] == "up"):  # "up to 40 jets"
            k = x + 1 + (d.lower(x + 1) == "the")
            c = state.country_start.get(k) or state.org_start.get(k)
            return c.name if c is not None else None
        if prep == "from":
            c = state.country_start.get(x)
            if c is not None and d.word(c.j) == "-" and d.lower(c.j + 1) in ("made", "built"):
                return c.name
    return None


AWARDED = frozenset({"contract", "contracts", "deal"})
_WIN = frozenset("won wins win secured secures secure landed lands bagged received receives got gets".split())
# Verbs of giving a text to the side named right after them ("Y handed X a 30-year deal"; rule: handed_deal).
_GIVING = frozenset("awarded awards handed hands gave gives".split())


def award_parties(state: State, det: int, after: int) -> list[str] | None:
    """Who awards a contract and who wins it: "X won a contract from Y", "X was awarded a
    contract by Y", "Y awarded X a contract", "Y handed X a 30-year deal" (a deal only so).
    ``det`` is the determiner, ``after`` the token after the noun."""
    d = state.doc
    low, v = d.low, det - 1
    if low[after - 1] == "deal" and not any(w in _GIVING for w in low[max(0, det - 8) : det]):
        return None  # a deal is awarded only by a verb of giving: "won a deal" is another reading
    if low[after - 1] == "deal" and (low[v] in _WIN or low[v] == "awarded"):
        return None
    if low[v] in _WIN or (low[v] == "awarded" and v >= 1 and low[v - 1] in ("was", "were", "been")):
        winner = body_before(state, v - (low[v] == "awarded"))
        giver = None
        if low[after] in ("from", "by", "with"):
            giver = body_at(state, after + 1 + (d.lower(after + 1) == "the"))
    elif low[v] == "awarded" and (to := _to_after(d, after)) is not None:
        # "The navy awarded a $50 million contract to Hanwha Ocean": the giver before, the winner
        # after "to"; a body named after its country is the country (rule: award_to)
        c = state.party_start(to)
        winner = c.name if c is not None else None
        giver = _giver(state, v)
    else:
        c = state.country_end.get(det)
        winner = state.org_end.get(det) or (c.name if c is not None and c.actor else None)
        x = det - 1  # "Y awarded X a contract": X ends at the determiner
        while x > 0 and d.sent[x] == d.sent[det] and low[x] not in _GIVING and det - x <= 8:
            x -= 1
        if winner is None or low[x] not in _GIVING:
            return None
        giver = body_before(state, x)
    if winner and giver and winner != giver:
        return [giver, winner]
    return None


def _to_after(d, after: int) -> int | None:
    """The token after "to [the]" right after a contract noun, or after "for ..." up to six
    words before it; None when no "to" follows."""
    for x in range(after, min(d.n, after + 7)):
        if d.low[x] == "to":
            return x + 1 + (d.lower(x + 1) == "the")
        if d.low[x] in (".", ",", ";"):
            return None
    return None


def _giver(state: State, v: int) -> str | None:
    """Who awards: the body named last before the verb at v, a body named after its country
    ("the Philippine Navy") being that country."""
    d = state.doc
    first = d.sent_first[d.sent[v]]
    for x in range(v - 1, max(first, v - 12) - 1, -1):
        org = state.org_start.get(x)
        if org is not None and org.j <= v:
            return country_in(state, org.i, org.j) or org.name
        c = state.country_end.get(x + 1)
        if c is not None and c.actor:
            return c.name
    return body_before(state, v)


def awarded_passive(state: State, after: int) -> list[str] | None:
    """Rule award_passive: "The contract[, worth $2.5 billion,] was awarded to X by Y": the
    giver after "by" (a body named after its country being the country) and the winner."""
    d = state.doc
    low, n = d.low, d.n
    x = after
    if x < n and low[x] == ",":  # past an aside closed by its own comma
        x = next((y + 1 for y in range(x + 1, min(n, x + 12)) if low[y] == ","), n)
    while x < n and low[x] in ("was", "were", "has", "have", "had", "been", "later", "also"):
        x += 1
    if x + 2 >= n or low[x] != "awarded" or low[x - 1] not in ("was", "were", "been") or low[x + 1] != "to":
        return None
    won = state.party_start(x + 2 + (low[x + 2] == "the"))
    if won is None:
        return None
    by = next((y for y in range(won.j, min(n, won.j + 4)) if low[y] == "by"), None)
    if by is None:
        return None
    y = by + 1 + (d.lower(by + 1) == "the")
    org = state.org_start.get(y)
    giver = (country_in(state, org.i, org.j) or org.name) if org is not None else None
    c = state.party_start(y)
    giver = giver or (c.name if c is not None else None)
    return [giver, won.name] if giver and giver != won.name else None


def body_before(state: State, k: int) -> str | None:
    """The country or organisation named last before token k in its sentence, a seat of
    government included."""
    found = actor_before(state, k)
    if found is not None:
        return found
    d = state.doc
    first = d.sent_first[d.sent[k]]
    for x in range(k - 1, max(first, k - 12) - 1, -1):
        m = d.match_at.get(x)
        e = m.first("organization") if m is not None else None
        if e is not None and m.j <= k:
            return e.name
    return None


def signed_by(state: State, j: int) -> list[str] | None:
    """The countries of those who signed it, from "[,] [was] signed by <...> [,]" after token j-1:
    "The deal, signed by Japanese Prime Minister A and Australian Prime Minister B", "The
    port memorandum was signed by the Peruvian and Chilean ministers"."""
    d = state.doc
    if j < 0 or ("by" not in d.low[j + 1 : j + 5] and "behalf" not in d.low[j + 1 : j + 6]):
        return None  # "by" (or "on behalf of") ends the cue within a few words or there is none: most mentions
    k = j + (d.word(j) == ",")
    if d.lower(k) in ("has", "have", "had") and d.lower(k + 1) == "been":
        k += 1  # "The memorandum had been signed by ..."
    k += d.lower(k) in ("was", "were", "been")  # "The coast guard memorandum was signed by ..."
    behalf = d.low[k + 1 : k + 4] == ["on", "behalf", "of"]  # "signed on behalf of Uruguay by ..."
    if d.lower(k) not in PARTICIPLES or (d.lower(k + 1) != "by" and not behalf):
        return None
    k += 4 if behalf else 2
    sentence, names = d.sent[j], []
    end = min(len(d), k + 30)
    while k < end and d.sent[k] == sentence and d.words[k] not in (";", ".") and not (d.words[k] == "," and d.lower(k + 1) in _CLAUSE):
        # "by the Minister of Energy of Ghana, John Jinapor, and the Minister of Mines of Zambia":
        # the signatories' commas go on; one opening another clause ends them (rule: signatories_offices)
        c = state.country_start.get(k)
        if c is not None and c.form != "place":
            if c.name not in names:
                names.append(c.name)
            k = c.j
            continue
        home = _named_body_country(state, k) if k not in state.country_start else None
        if home is not None and home not in names:
            names.append(home)  # "signed by Philippine Coast Guard commandant A": a body of that country
        k += 1
    return names if 2 <= len(names) <= 3 else None


# Words after a comma that open another clause than the signatories' list (", with US President
# A signing as a witness", ", in the presence of B": onlookers, no signers).
_CLAUSE = frozenset("who which that said says adding while when as after before but where with in witnessed watched".split())


def _named_body_country(state: State, k: int) -> str | None:
    """The country of a capitalised demonym or country name opening a longer name at token k
    ("Japan Coast Guard", "Philippine Coast Guard"), which the name hides from the country list."""
    d = state.doc
    if not d.words[k][:1].isupper() or k + 1 >= d.n or not d.words[k + 1][:1].isupper():
        return None
    found = {e.name for e in state.gz.lookup(d.words[k]) if e.kind == "country" and e.form in ("demonym", "name")}
    return found.pop() if len(found) == 1 else None


_SUPPLY_VERBS = frozenset(
    "provide provides provided providing supply supplies supplied supplying sell sells sold selling "
    "deliver delivers delivered delivering ship ships shipped shipping send sends sent".split()
)


def supply_through(state: State, det: int) -> list[str] | None:
    """"Qatar will provide Germany with gas through a 15-year deal": the supplier (the verb's
    subject) and the receiver (its object) of goods that flow "through" or "under" the deal at
    ``det``. (Rule: supply_through_deal.)"""
    d = state.doc
    if det < 2 or d.low[det - 1] not in ("through", "under", "via"):
        return None
    first = d.sent_first[d.sent[det]]
    for v in range(det - 2, max(first, det - 16) - 1, -1):
        if d.low[v] in _SUPPLY_VERBS:
            k = v + 1 + (d.lower(v + 1) == "the")
            receiver = state.country_start.get(k)
            supplier = actor_before(state, v)
            if receiver is not None and supplier and supplier != receiver.name:
                return [supplier, receiver.name]
            return None
    return None



_BUY_VERBS = frozenset(
    "buy buys bought buying purchase purchases purchased purchasing order orders ordered ordering "
    "acquire acquires acquired acquiring procure procures procured procuring".split()
)
_SELL_VERBS = frozenset(
    "sell sells sold selling supply supplies supplied supplying deliver delivers delivered "
    "delivering export exports exported exporting".split()
)
_FRAME_LINKS = frozenset({"in", "under", "through", "via"})


def goods_frame(state: State, det: int) -> tuple[list[str], str | None] | None:
    """"Chile will buy six frigates from Navantia in a deal worth ...": the buyer (the verb's
    subject) and the seller after "from"; "Spain will sell six frigates to Chile under a
    contract ...": the seller and the buyer after "to". The deal at ``det`` follows "in",
    "under" or "through" in the clause of the verb (24 tokens back at most). With the parties,
    the status the verb's tense gives: "will buy" is announced, "bought" / "has ordered"
    signed. (Rule: goods_frame.)"""
    d = state.doc
    low = d.low
    if det < 3 or low[det - 1] not in _FRAME_LINKS:
        return None
    first = d.sent_first[d.sent[det]]
    lo = max(first, det - 24)
    window = low[lo : det - 1]
    if _BUY_VERBS.isdisjoint(window) and _SELL_VERBS.isdisjoint(window):
        return None  # the common case: no verb of trade in the clause, one look in C
    for v in range(det - 2, lo - 1, -1):
        w = low[v]
        if w == ";" or (w == "," and v + 1 < det and low[v + 1] in ("which", "who", "while")):
            return None
        prep = "from" if w in _BUY_VERBS else "to" if w in _SELL_VERBS else None
        if prep is None:
            continue
        subject = actor_before(state, v)
        other = None
        for x in range(v + 1, det - 1):
            if low[x] == prep and not (prep == "to" and low[x - 1] == "up"):  # "up to 40 jets"
                c = state.party_start(x + 1 + (d.lower(x + 1) == "the"))
                other = c.name if c is not None else None
                break
        if subject and other and subject != other:
            return [subject, other], _trade_tense(low, v)
        return None
    return None


_PAST_TRADE = frozenset(
    "bought purchased ordered acquired procured sold supplied exported".split()
)


def _trade_tense(low: list[str], v: int) -> str | None:
    """The status a trade verb's tense gives: a purchase to come ("will buy", "plans to sell")
    is announced, one made ("bought", "has ordered") signed; the present says neither."""
    before = low[v - 1] if v >= 1 else ""
    if before in ("will", "would", "to"):
        return "announced"
    return "signed" if low[v] in _PAST_TRADE and before not in ("be", "been", "being") else None
