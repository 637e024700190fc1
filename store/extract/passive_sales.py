"""An asset or firm told as bought in the passive ("The X deposit is being acquired from its
owner, A, by B, which expects to close the deal in 2024"; "Y was bought by B") is a deal of the
buyer and the seller "from" names, or of the buyer and the firm bought when no seller is named:
announced while it is being done or still to be, signed once done. An owner named only in that
"from its owner, A," is a firm. (Rule: acquired_by.)"""

from __future__ import annotations

from store.extract.lists import unnamed_name
from store.extract.organizations import _add as add_org
from store.extract.parties import actor_before
from store.extract.state import AgreementAcc, CountryMention, State
from store.extract.triggers import positions

_BOUGHT = frozenset({"acquired", "bought", "purchased", "taken"})
# Auxiliaries before the participle, and which say the purchase is not done yet.
_AUX = frozenset({"is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "to"})
_PENDING = frozenset({"being", "will", "to"})


def find_passive_sales(state: State) -> None:
    """Read the purchases told in the passive (see the module docstring)."""
    d = state.doc
    low, n = d.low, d.n
    for v in positions(state, _BOUGHT):
        if v < 2 or low[v - 1] not in _AUX or state.blocked[v] or (low[v] == "taken" and low[v + 1 : v + 2] != ["over"]):
            continue
        x = v + 1 + (low[v] == "taken")
        sentence = d.sent[v]
        seller = None
        if x < n and low[x] == "from":
            seller, x = _owner(state, x + 1)
            if seller is None:
                continue
        if x >= n or low[x] != "by":
            continue
        buyer = _buyer(state, x + 1 + (x + 1 < n and low[x + 1] == "the"))
        if buyer is None:
            continue
        bought = actor_before(state, v - 1) if seller is None else None
        other = seller or bought
        if not other or other == buyer.name:
            continue
        a = v - 1
        while a > 0 and low[a - 1] in _AUX:
            a -= 1
        pending = not _PENDING.isdisjoint(low[a:v])
        core = f"{thing} acquisition" if (thing := _named_thing(state, a)) else "acquisition"
        acc = AgreementAcc(name=unnamed_name(state, [buyer.name, other], core), unnamed=True, family="deal", first=a, core=core)
        acc.families.add("deal")
        for p in (buyer.name, other):
            acc.add_party(p, sentence, "acquired_by")
        acc.mentions.append((a, v + 1))
        acc.spans.append(state.span(a, v + 1, "acquired_by"))
        acc.keywords.append(d.span_text(a, v + 1))
        acc.status_hint, acc.status_sentence, acc.hint_rule = "announced" if pending else "signed", sentence, "acquired_by"
        state.agreements.append(acc)


def _buyer(state: State, y: int) -> CountryMention | None:
    """The buyer named from token y past its description ("the Nasdaq-listed X", "US-based X",
    "state-owned X"), else None."""
    d = state.doc
    words, n = d.words, d.n
    for _ in range(3):
        x = y
        while y < n and y - x < 4 and (words[y] == "-" or words[y].isalpha() and words[y].islower()):
            y += 1
        found = state.party_start(y)
        if found is not None and found.j + 1 < n and words[found.j] == "-" and words[found.j + 1].islower():
            y = found.j + 2  # "Nasdaq-listed": a place of the description, not the buyer
            continue
        return found
    return None


def _owner(state: State, k: int) -> tuple[str | None, int]:
    """The seller after "from" at token k ("from Rimbal", "from its Australian owner, Rimbal,")
    and the token after it; an owner's name the text gives only there becomes a firm."""
    d = state.doc
    low, words, n = d.low, d.words, d.n
    found = state.party_start(k)
    if found is not None:
        return found.name, found.j + (found.j < n and low[found.j] == ",")
    if k < n and low[k] in ("its", "their", "the"):
        y = k + 1
        while y < n and y - k < 4 and low[y] not in ("owner", "owners", ","):
            y += 1
        if y + 2 < n and low[y] in ("owner", "owners") and low[y + 1] == ",":
            z = y + 2
            found = state.party_start(z)
            if found is not None:
                return found.name, found.j + (found.j < n and low[found.j] == ",")
            e = z
            while e < n and e - z < 4 and words[e][:1].isupper() and words[e].isalpha():
                e += 1
            if e > z and e < n and low[e] == "," and not state.blocked[z]:
                name = d.span_text(z, e)
                add_org(state, name, z, e, "owner_named")
                return name, e + 1
    return None, k


def _named_thing(state: State, a: int) -> str | None:
    """The proper name that opens the subject of the sentence's passive at ``a`` ("The Tanbreez
    rare earths deposit ... is being acquired": Tanbreez), else None."""
    d = state.doc
    f = d.sent_first[d.sent[a]]
    x = f + (d.low[f] == "the")
    e = x
    while e < a and d.words[e][:1].isupper() and d.words[e].isalpha() and not state.blocked[e]:
        e += 1
    return d.span_text(x, e) if e > x and e < a and d.words[e].islower() else None
