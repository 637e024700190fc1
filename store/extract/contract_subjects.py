"""Contracts told by what they buy: "The first contract with Nordwerk relates to the purchase
of the 'Skyguard' radar system worth $40 million", "two deals signed with Nordwerk for the
supply of Falcon Radars and 60 KX-9 Jammers". Each thing bought names one contract ("Skyguard
contract"), between the supplier the "with" names and the buyer (the one other country of the
sentence, else the country the article speaks from); a counted plural gives one contract for
each thing its "and" lists. (Rule: contract_subject.)"""

from __future__ import annotations

from store.extract.lists import short_form
from store.extract.money import money_ending
from store.extract.organizations import defined_acronyms
from store.extract.state import AgreementAcc, State
from store.extract.triggers import positions, vocabulary

_NOUNS = {"contract": "contract", "contracts": "contract", "deal": "deal", "deals": "deal"}
# The nouns of buying whose "of" opens the thing bought.
_BUYING = frozenset({"procurement", "acquisition", "supply", "purchase", "delivery"})
_COUNTS = {"two": 2, "three": 3, "four": 4, "2": 2, "3": 3, "4": 4}
_SIGNING = frozenset({"signed", "inked", "sealed", "concluded", "signs", "sign"})
# Words that end the thing bought: its price, its user, a clause.
_ENDS = frozenset("worth at for from to which that who ; . valued costing under by".split())
_OPENERS = frozenset("the a an its their".split())
_QUOTES = frozenset({"'", '"', "\u2018", "\u2019", "\u201c", "\u201d"})
# Last words of a state's own bodies that buy for it.
_FORCES = frozenset({"army", "navy", "force", "forces", "ministry", "guard", "marines", "government"})
# How far (tokens) the "with" partner and the buying noun may stand after the contract noun.
_REACH = 26
# How many sentences back a signing of contracts counts for a member told later.
_BACK = 8


def find_contract_subjects(state: State) -> None:
    """A record for each thing a contract with a named supplier is told to buy (see the module
    docstring)."""
    vocab = vocabulary(state)
    if vocab.isdisjoint(_NOUNS) or vocab.isdisjoint(_BUYING) or "with" not in vocab:
        return  # most articles: no contract, or nothing bought through one
    low, sent = state.doc.low, state.doc.sent
    for k in positions(state, frozenset(_NOUNS)):
        if state.blocked[k]:
            continue  # a record already holds these words
        here = sent[k]
        found = _partner_and_goods(state, k)
        if found is None:
            continue
        supplier, g = found
        plural = low[k].endswith("s")
        count = _COUNTS.get(low[k - 1], 0) if plural and k else 1
        if count == 0:
            continue  # "the contracts cover ...": members told elsewhere
        items = _items(state, g, count)
        if len(items) != count:
            continue
        buyer = _buyer(state, here, supplier)
        if buyer is None:
            continue
        signed = _signed(state, here)
        for s, e, core in items:
            _record(state, [buyer, supplier], f"{core} {_NOUNS[low[k]]}", s, e, signed, k if count == 1 else -1)
        state.block(k, k + 1)


def _partner_and_goods(state: State, k: int) -> tuple[str, int] | None:
    """The supplier "with" names after contract noun ``k`` and the first token of what its
    buying noun's "of" opens, both in the noun's sentence and near it."""
    d = state.doc
    low, sent, n = d.low, d.sent, d.n
    supplier = None
    for x in range(k + 1, min(n, k + _REACH)):
        if sent[x] != sent[k] or (low[x] in _NOUNS and x > k + 1):
            return None
        if low[x] == "with" and supplier is None:
            supplier = _supplier(state, x)
            if supplier is None:
                return None
        elif low[x] in _BUYING and x + 1 < n and low[x + 1] == "of":
            return (supplier, x + 2) if supplier is not None else None
    return None


def _supplier(state: State, w: int) -> str | None:
    """The party "with" at token ``w`` names; an acronym the article spelled out for a body it
    found ("Nordwerk Systems Limited (NSL)") names that body."""
    p = state.partner_at(w)
    if p is not None:
        return p.name
    d = state.doc
    x = w + 1 + (d.lower(w + 1) == "the")
    if x >= d.n or not d.words[x].isupper():
        return None
    spelled = defined_acronyms(state).get(d.words[x])
    if spelled is None:
        return None
    for name in state.orgs:
        if name == spelled or spelled.startswith(name + " "):
            return name
    return None


def _items(state: State, g: int, count: int) -> list[tuple[int, int, str]]:
    """The things bought from token ``g`` to the end of the phrase, each (start, end, name);
    ``count`` > 1 splits them at "and" and commas. A thing without a capitalised name is no item."""
    d = state.doc
    low, sent, n = d.low, d.sent, d.n
    end = g
    while end < n and sent[end] == sent[g] and low[end] not in _ENDS and end - g < 24:
        end += 1
    cuts = [g]
    if count > 1:
        cuts += [x + 1 for x in range(g, end) if low[x] in ("and", ",")]
    cuts.append(end + 1)
    out = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        named = _name(state, a, b - 1)
        if named is not None:
            out.append(named)
    return out


def _name(state: State, a: int, b: int) -> tuple[int, int, str] | None:
    """The name of one thing bought in tokens [a, b): a quoted name, else its first run of
    capitalised words and numbers (with the plain noun right after it: "Falcon radars")."""
    d = state.doc
    words, low = d.words, d.low
    q = [x for x in range(a, b) if words[x] in _QUOTES]
    if len(q) >= 2 and 0 < q[1] - q[0] - 1 <= 4:
        s, e = q[0] + 1, q[1]
        return s, e, d.text[d.starts[s] : d.ends[e - 1]]
    x = a
    while x < b and not d.is_cap(x):
        x += 1
    if x >= b or low[x] in _OPENERS:
        return None
    s = x
    while x < b and (d.is_cap(x) or (x > s and (words[x][:1].isdigit() or words[x] == "-"))):
        x += 1
    if x < b and words[x].isalpha() and words[x].islower() and low[x] not in ("and", "of", "along"):
        x += 1  # the plain noun naming the kind: "systems", "radars"
    return s, x, d.text[d.starts[s] : d.ends[x - 1]]


def _buyer(state: State, here: int, supplier: str) -> str | None:
    """The buyer: the one country of the sentence that is not the supplier, else the one whose
    forces or ministry it names ("for the Peruvian Army"), else the country the article speaks from."""
    others = {c for c in state.by_sentence.get(here, ()) if c != supplier}
    if not others:
        others = {c for c in (_state_of_force(state, here), _state_of_force(state, here - 1)) if c and c != supplier}
    if len(others) == 1:
        return others.pop()
    if others:
        return None  # two countries besides the supplier: the buyer is not told here
    return state.home if state.home != supplier else None


def _state_of_force(state: State, sentence: int) -> str | None:
    """The one country whose armed force or ministry a sentence names by its demonym ("the
    Peruvian Navy", "India's Defence Ministry"), or None."""
    d = state.doc
    if sentence < 0:
        return None
    found = set()
    for i, o in state.org_start.items():
        if d.sent[i] != sentence or d.low[o.j - 1] not in _FORCES:
            continue
        c = state.country_start.get(i)
        if c is not None and c.form != "capital":
            found.add(c.name)
    return found.pop() if len(found) == 1 else None


def _signed(state: State, here: int) -> int:
    """The sentence that tells the contract signed: its own, else an earlier one near it that
    signs contracts; -1 when none does."""
    d = state.doc
    low, sent = d.low, d.sent
    for s in range(here, max(-1, here - _BACK), -1):
        x = d.sent_first[s]
        words = set()
        while x < d.n and sent[x] == s:
            words.add(low[x])
            x += 1
        if not words.isdisjoint(_SIGNING) and (s == here or not words.isdisjoint(_NOUNS)):
            return s
    return -1


def _short(state: State, party: str) -> str:
    """A party's short form in a name; a supplier the article abbreviates by its acronym, so
    the name's party prefix stays one hyphenated word and the thing bought tells it apart."""
    short = short_form(state, party)
    if " " in short:
        for acronym, spelled in defined_acronyms(state).items():
            if spelled == party or spelled.startswith(party + " "):
                return acronym
    return short


def _record(state: State, parties: list[str], core: str, i: int, j: int, signed: int, k: int) -> None:
    """One contract: the thing bought its mention, the first amount after it in its sentence its value."""
    d = state.doc
    sentence = d.sent[i]
    name = "-".join(_short(state, p) for p in parties) + " " + core
    acc = AgreementAcc(name=name, unnamed=True, family="agreement", first=i, core=core)
    acc.families.add("agreement")
    for p in parties:
        acc.add_party(p, sentence, "contract_subject")
    acc.spans.append(state.span(i, j, "contract_subject"))
    acc.mentions.append((i, j))
    acc.keywords.append(d.text[d.starts[i] : d.ends[j - 1]])
    if signed >= 0:
        acc.status_hint, acc.status_sentence, acc.hint_rule = "signed", signed, "contract_subject"
    x = j
    while k >= 0 and x < d.n and d.sent[x] == sentence and d.low[x] not in _NOUNS:
        s = money_ending(state, x) if d.words[x][:1].isalnum() else None
        if s is not None and s >= j:
            acc.value_at, acc.value_rule = s, "contract_subject"
            break
        x += 1
    state.agreements.append(acc)
    state.block(i, j)
