"""An agreement whose sides are told by the clause after its noun: "a memorandum of
understanding that Nairobi signed with Ethiopia" is the two sides' text; "similar agreements
Japan has signed with Samoa, Tonga and Palau" are one text per partner; a time or place the
clause gives between the verb and "with" ("that Nairobi signed on Jan. 1 with Ethiopia", "signed
in Kampala last year with") is passed over. A clause whose subject lists both sides needs no
"with": "the trade pact (that) Peru and Chile signed in 2015", "the strategic partnership that
the Philippines and Vietnam established", "a memorandum of understanding Bangkok and Beijing
signed" (rule: pair_clause), or names them as a pair ("the boundary agreement the two neighbours
signed in 2003": the pair the story tells; rule: pair_phrase_clause). (Rule: signed_clause.)"""

from __future__ import annotations

from store.extract.lists import coordinated_list, described_record
from store.extract.parties import party_phrase, phrase_parties
from store.extract.state import State
from store.extract.triggers import positions, vocabulary
from store.records import Fact

_VERBS = frozenset({"signed", "concluded", "struck", "inked", "agreed", "reached", "sealed"})
# Verbs of a text its listed sides made, in a clause after its noun.
_PAIR_VERBS = _VERBS | {"established", "forged", "ratified"}
_AUX = frozenset({"has", "have", "had", "already", "also", "previously", "recently"})
_RELATIVE = frozenset({"that", "which"})
# Words of a noun phrase the walk back from the noun passes over ("similar security agreements").
_DETS = frozenset({"a", "an", "the", "its", "their", "similar", "earlier", "separate"})
# Words opening a time or place adjunct between the verb and "with" ("on Jan. 1", "in 2019",
# "last year", "earlier this month"), and the words such an adjunct is made of.
_ADJUNCT_OPENERS = frozenset({"on", "in", "last", "earlier", "this"})
_TIME_WORDS = frozenset(
    "jan feb mar apr jun jul aug sep sept oct nov dec january february march april may june july august "
    "september october november december monday tuesday wednesday thursday friday saturday sunday "
    "last earlier this year month week day weekend".split()
)


def find_clause_signed(state: State) -> None:
    """Each "<agreement noun> [that|which] <side> [has] signed with <partners>" whose noun no
    record holds: a record per partner, signed, of the side and that partner."""
    if _PAIR_VERBS.isdisjoint(vocabulary(state)):
        return
    d = state.doc
    low, n = d.low, d.n
    fam = state.cues.family
    for v in positions(state, _PAIR_VERBS):
        w = _with_after(state, v) if low[v] in _VERBS else None
        if w is None and v >= 5:
            _pair_clause(state, v)
        if w is None or w + 1 >= n or v < 3:
            continue  # the common case: the verb is not followed by "with"
        x = v
        while x > 0 and low[x - 1] in _AUX:
            x -= 1
        side = state.country_end.get(x)
        start = side.i if side is not None and side.actor else None
        name = side.name if start is not None else None
        if name is None and x in state.org_end:
            name = state.org_end[x]
            start = next((i for i in range(max(0, x - 8), x) if (o := state.org_start.get(i)) is not None and o.j == x), None)
        if name is None or start is None or start < 2:
            continue
        k = last = start - 1 - (low[start - 1] in _RELATIVE)
        noun = low[k]
        plural = noun.endswith("s") and noun[:-1] in fam
        if noun == "understanding" and k >= 2 and low[k - 1] == "of" and low[k - 2] in ("memorandum", "memoranda"):
            k -= 2
            noun = low[k]
        if (noun not in fam and not plural) or state.blocked[k] or d.sent[k] != d.sent[v]:
            continue  # no agreement noun before the clause, or one a record already holds
        partners = _partners(state, w + 1)
        if not partners or name in partners:
            continue
        first = k
        while first > 0 and d.sent[first - 1] == d.sent[k] and k - first < 4 and low[first - 1].isalpha() and low[first - 1] not in _DETS and d.words[first - 1].islower():
            first -= 1  # "security agreements": the modifiers are the core
        core = d.text[d.starts[first] : d.ends[last]]
        if plural:
            core = core[:-1] if core.endswith("s") else core
        family = fam.get(noun[:-1] if plural else noun) or fam.get("agreement", "agreement")
        for partner in partners if plural else partners[:1]:
            _record(state, [name, partner], core, family, first, last + 1, d.sent[v])
        state.block(first, last + 1)


def _with_after(state: State, v: int) -> int | None:
    """The "with" right after the verb at ``v``, or after a short time or place adjunct of the
    same sentence ("signed on Jan. 1 with", "signed in Kampala in 2019 with"); None otherwise."""
    d = state.doc
    low, n = d.low, d.n
    if v + 1 < n and low[v + 1] == "with":
        return v + 1
    if v + 2 >= n or low[v + 1] not in _ADJUNCT_OPENERS:
        return None
    for x in range(v + 2, min(n, v + 8)):
        if d.sent[x] != d.sent[v]:
            return None
        w = low[x]
        if w == "with":
            return x if x > v + 2 or low[v + 1] == "last" else None
        # the adjunct: time words, numbers, "." of an abbreviated month, a capitalised place, "in"/"on"
        if not (w in _TIME_WORDS or w.isdigit() or w in (".", "in", "on") or d.words[x][:1].isupper()):
            return None
    return None


def _partners(state: State, at: int) -> list[str]:
    """The party or list of parties from token ``at`` ("Samoa, Tonga and Palau")."""
    listed = coordinated_list(state, at)
    if listed is not None:
        return listed[0]
    d = state.doc
    x = at + (d.lower(at) == "the")
    c = state.party_start(x)
    if c is None:  # "with the breakaway region of Somaliland", "with the government of Chad"
        y = x
        while y < d.n and y - x < 3 and d.words[y].isalpha() and d.words[y].islower() and d.low[y] != "of":
            y += 1
        c = state.party_start(y + 1) if y > x and d.lower(y) == "of" else None
    return [c.name] if c is not None else []


def _record(state: State, parties: list[str], core: str, family: str, i: int, j: int, sentence: int) -> None:
    """One signed text of the two sides, its noun phrase its mention."""
    keyword = state.doc.text[state.doc.starts[i] : state.doc.ends[j - 1]]
    acc = described_record(state, parties, core, family, (i, j), keyword, "signed_clause", sentence=sentence)
    acc.status_hint, acc.status_sentence, acc.hint_rule = "signed", sentence, "signed_clause"
    state.agreements.append(acc)


def _phrase_ends(state: State) -> frozenset[str]:
    """The last words of the phrases that name the sides as a pair ("countries", "sides"),
    built once per cue set."""
    cues = state.cues
    found = cues.derived.get("pair_phrase_ends")
    if found is None:
        found = cues.derived["pair_phrase_ends"] = frozenset(phrase[-1] for phrase in cues.party_phrases if phrase)
    return found  # type: ignore[no-any-return]


def _phrase_at(state: State, lo: int, x: int) -> tuple[int, int] | None:
    """"the two neighbours" ending at token ``x`` (the clause's subject, from ``lo`` on): where it
    opens (past "the") and how many sides it names, else None."""
    if x < 2 or state.doc.low[x - 1] not in _phrase_ends(state):
        return None  # the common case: the subject ends in no word of a pair ("countries", "sides")
    for s0 in range(lo, x - 1):
        found = party_phrase(state, s0)
        if found is not None and found[1] == x:
            return s0 + (state.doc.low[s0] == "the"), found[0]
    return None


def _pair_clause(state: State, v: int) -> None:
    """"the trade pact (that) Peru and Chile signed": a definite agreement noun right before a
    clause whose subject lists its sides, the verb no "with" follows; one signed text of them."""
    d = state.doc
    low = d.low
    x = v
    while x > 0 and low[x - 1] in _AUX:
        x -= 1
    first_tok = d.sent_first[d.sent[v]]
    found = next(((s0, f[0]) for s0 in range(max(first_tok, x - 12), x - 2) if (f := coordinated_list(state, s0)) is not None and f[1] == x), None)
    count = 0
    if found is None and (opened := _phrase_at(state, max(first_tok, x - 5), x)) is not None:
        found, count = (opened[0], []), opened[1]  # "the pact the two neighbours signed" (rule: pair_phrase_clause)
    if found is None or len(found[1]) < 2 and not count:
        return
    s0, sides = found
    phrase_at = s0
    s0 -= s0 > 0 and low[s0 - 1] == "the"
    last = s0 - 1 - (s0 > 0 and low[s0 - 1] in _RELATIVE)
    fam = state.cues.family
    noun = last - 2 if last >= 3 and low[last - 1 : last + 1] == ["of", "understanding"] else last  # "a memorandum of understanding"
    if noun < 1 or low[noun] not in fam or state.blocked[noun] or d.sent[noun] != d.sent[v]:
        return
    if count and len(sides := phrase_parties(state, count, d.sent[x], phrase_at)) < 2:
        return  # the pair the story tells: asked only once the clause is on an agreement noun
    first = noun
    while first > 0 and noun - first < 4 and low[first - 1].isalpha() and low[first - 1] not in _DETS and d.words[first - 1].islower():
        first -= 1
    if first < 1 or low[first - 1] not in ("the", "a", "an"):
        return  # "signed a deal Peru and Chile ...": no noun phrase the clause describes
    core = d.text[d.starts[first] : d.ends[last]]
    _record(state, sides, core, fam.get(low[noun]) or fam.get("agreement", "agreement"), first, last + 1, d.sent[v])
    state.block(first, last + 1)
    year = None
    if low[v + 1 : v + 2] == ["in"]:
        year = next((low[x] for x in range(v + 2, min(d.n, v + 7)) if d.sent[x] == d.sent[v] and len(low[x]) == 4 and low[x].isdigit()), None)
    if year is not None:  # "signed in 2015", "established in May 2015", "signed in Astana in August 2015"
        acc = state.agreements[-1]
        acc.year = int(year)
        acc.facts.append(Fact("year", acc.year, d.sent[v], "pair_clause"))
