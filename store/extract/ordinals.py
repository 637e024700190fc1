"""Members of a counted plural told one by one in the next sentences by their order: "Peru
signed three memoranda of understanding with Chile. The first covers $700m in loans. The
second, worth $800m, will pay for ports. A third memorandum secures a grant." Each ordinal
opening a sentence is a text of its own, of the plural's sides, signed with it, its amount its
value. (Rule: ordinal_member.)"""

from __future__ import annotations

from store.extract.lists import described_record, sentence_countries
from store.extract.money import money_ending
from store.extract.state import State
from store.extract.triggers import positions, vocabulary

_SHORT = {"first": "1st", "second": "2nd", "third": "3rd", "fourth": "4th", "fifth": "5th", "sixth": "6th"}
_ORDINALS = frozenset(_SHORT)
# Counted plurals and the singular each member is named by.
_PLURALS = {
    "memoranda": "memorandum", "memorandums": "memorandum", "mous": "MoU", "agreements": "agreement", "deals": "deal",
    "contracts": "contract", "accords": "accord", "protocols": "protocol", "pacts": "pact",
}
_COUNTS = frozenset("two three four five six seven eight 2 3 4 5 6 7 8".split())
_SIGNING = frozenset({"signed", "inked", "sealed", "concluded", "signs", "sign"})
# How many sentences before an ordinal its plural may stand.
_REACH = 3


def find_ordinal_members(state: State) -> None:
    """A record for each sentence opened by "The first", "The second", "A third <noun>" ... after
    a counted plural of agreements (see the module docstring)."""
    vocab = vocabulary(state)
    if _ORDINALS.isdisjoint(vocab) or vocab.isdisjoint(_PLURALS):
        return  # most articles: no ordinal, or no plural of agreements
    d = state.doc
    low, sent, n = d.low, d.sent, d.n
    for k in positions(state, _ORDINALS):
        if k == 0 or k + 1 >= n or d.sent_first[sent[k]] != k - 1 or low[k - 1] not in ("the", "a"):
            continue  # the common case: an ordinal inside a sentence ("the first time")
        plural = _plural_before(state, k)
        if plural is None:
            continue
        p, singular = plural
        after = low[k + 1]
        noun_end = k + 1
        if after == singular.split()[0].casefold() or after == low[p].rstrip("s"):
            if state.blocked[k + 1]:
                continue  # "The fourth memorandum, valued at ...": a record already holds it
            noun_end = k + 2
        elif after in state.cues.family or state.blocked[k]:
            continue  # "the first free trade agreement": another text, read by the noun rules
        parties = _sides(state, p)
        if not parties:
            continue
        # "2nd memorandum": a number keeps the members apart where the store tells texts of one
        # pair by the numbers and capitals of their names
        _record(state, parties, f"{_SHORT[low[k]]} {singular}", k - 1, noun_end, p)


def _plural_before(state: State, k: int) -> tuple[int, str] | None:
    """The latest plural of agreements before token ``k`` within a few sentences, counted where
    it is first told ("signed four memoranda of understanding", "The memoranda add up to ..."),
    and the singular its members take ("memorandum of understanding")."""
    d = state.doc
    low, sent = d.low, d.sent
    near = d.sent_first[max(0, sent[k] - _REACH)]
    first = d.sent_first[max(0, sent[k] - 3 * _REACH)]
    found = None
    for x in range(k - 1, first - 1, -1):
        w = low[x]
        if w in _PLURALS and (found is not None or x >= near):
            if found is not None and w != low[found]:
                continue
            found = x  # the latest plural, near the ordinal ("The memoranda add up to ...")
            if x >= 1 and low[x - 1] in _COUNTS:
                break  # its counted mention, which says who signed them
    if found is None or not (found >= 1 and low[found - 1] in _COUNTS):
        return None
    singular = _PLURALS[low[found]]
    if low[found + 1 : found + 3] == ["of", "understanding"]:
        singular = "memorandum of understanding"
    return found, singular


def _sides(state: State, p: int) -> list[str]:
    """The plural's sides: a record's parties whose mention is the plural, else the two
    countries its sentence names."""
    for acc in state.agreements:
        if any(i <= p < j for i, j in acc.mentions) and len(acc.parties) >= 2:
            return [name for name, _ in acc.parties]
    named = sentence_countries(state, state.doc.sent[p])
    return named if len(named) == 2 else []


def _record(state: State, parties: list[str], core: str, i: int, j: int, p: int) -> None:
    """One member: the ordinal's words its mention, the first amount of its sentence its value."""
    d = state.doc
    sentence = d.sent[i]
    keyword = d.text[d.starts[i] : d.ends[j - 1]]
    acc = described_record(state, parties, core, "agreement", (i, j), keyword, "ordinal_member", sentence=sentence)
    here = d.sent[p]
    x = d.sent_first[here]
    while x < d.n and d.sent[x] == here and d.low[x] not in _SIGNING:
        x += 1
    if x < d.n and d.sent[x] == here:
        acc.status_hint, acc.status_sentence, acc.hint_rule = "signed", here, "ordinal_member"
    x = j
    while x < d.n and d.sent[x] == sentence:
        if (d.words[x][:1].isdigit() or d.low[x] in state.cues.currencies) and any(money_ending(state, e) == x for e in range(x, min(d.n, x + 6))):
            acc.value_at, acc.value_rule = x, "ordinal_member"
            break
        x += 1
    state.agreements.append(acc)
    state.block(i, j)
