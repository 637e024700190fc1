"""A loan told by its verb of lending or borrowing, with no agreement noun: "China lent Kenya $1
billion in 2014", "the bank loaned $300 million to Ghana", "Laos borrowed $480 million from
the Export-Import Bank of China" are loans of the lender and the borrower, the amount their
value; a loan done (past tense) is signed, one to come ("will lend", "agreed to lend") announced.
A borrower written "the government" is the country the article is about. (Rule: lent_money.)"""

from __future__ import annotations

from store.extract.home import dominant_country
from store.extract.lists import described_record
from store.extract.money import money_ending
from store.extract.parties import actor_before
from store.extract.state import State
from store.extract.triggers import positions, vocabulary

_LENT = frozenset({"lent", "loaned"})
_LEND = frozenset({"lend", "lends", "lending", "loan"})
_BORROWED = frozenset({"borrowed"})
_BORROW = frozenset({"borrow", "borrows", "borrowing"})
_VERBS = _LENT | _LEND | _BORROWED | _BORROW
# Words before a present-tense verb that make the loan one still to come.
_TO_COME = frozenset({"will", "would", "to", "could", "may", "might", "shall"})
# Words an amount may open with after the verb ("the other $480 million", "a further $2 billion").
_OPENERS = frozenset({"the", "other", "a", "an", "further", "another", "about", "around", "some", "nearly", "up", "to", "roughly", "almost", "more", "than", "over"})


def find_lending(state: State) -> None:
    """Each "<lender> lent <borrower> <amount>" / "lent <amount> to <borrower>" / "<borrower>
    borrowed <amount> from <lender>" (see the module docstring)."""
    if _VERBS.isdisjoint(vocabulary(state)):
        return  # most articles: no verb of lending or borrowing
    d = state.doc
    low = d.low
    for v in positions(state, _VERBS):
        if v + 3 >= d.n or state.blocked[v] or (low[v] == "loan" and (v == 0 or low[v - 1] not in _TO_COME)):
            continue  # "loan" is a verb only after "to"/"will"
        subject = actor_before(state, v) if _subject_right_before(state, v) else _coordinated_subject(state, v)
        if subject is None:
            continue
        borrowing = low[v] in _BORROWED or low[v] in _BORROW
        found = _party_after(state, _amount(state, v + 1), "from") if borrowing else _lent(state, v)  # "borrowed $480 million from X"
        if found is None:
            continue
        other, value_at, end = found
        if other == subject:
            continue
        lender, borrower = (other, subject) if borrowing else (subject, other)
        done = low[v] in _LENT or low[v] in _BORROWED
        status = "signed" if done else "announced" if low[v - 1] in _TO_COME else None
        if status is None:
            continue  # "lends", "is borrowing": a habit or a process, no one loan
        _record(state, [lender, borrower], v, end, value_at, status)


def _subject_right_before(state: State, v: int) -> bool:
    """Whether the actor before the verb stands right before it, past auxiliaries and a time
    ("China lent", "the bank has agreed to lend", "Laos in 2016 borrowed")."""
    d = state.doc
    x = v
    while x > 0 and d.low[x - 1] in ("has", "had", "have", "will", "would", "to", "agreed", "also", "already", "then", "later", "could", "may"):
        x -= 1
    return x in state.country_end or x in state.org_end


def _coordinated_subject(state: State, v: int) -> str | None:
    """The actor a sentence opens with, for a verb joined by "and" to the verb after it
    ("Vientiane paid $250 million ... and borrowed the other $480 million"), else None."""
    d = state.doc
    if d.low[v - 1] != "and":
        return None
    first = d.sent_first[d.sent[v]]
    c = state.party_start(first + (d.low[first] == "the"))
    return c.name if c is not None and all(d.low[x] != "," for x in range(c.j, v)) else None


def _lent(state: State, v: int) -> tuple[str, int, int] | None:
    """"lent Kenya $1 billion" / "lent $1 billion to Kenya": the borrower, the amount's start and
    the end of the words told."""
    d = state.doc
    at = v + 1 + (d.low[v + 1] == "the")
    c = _party(state, at)
    if c is not None:
        amount = _amount(state, c[1])
        return (c[0], amount[0], amount[1] + 1) if amount is not None else None
    return _party_after(state, _amount(state, v + 1), "to")


def _party_after(state: State, amount: tuple[int, int] | None, word: str) -> tuple[str, int, int] | None:
    """"$1 billion to Kenya", "$480 million from X": the party after the amount and ``word``, the
    amount's start and the end of the words told."""
    d = state.doc
    if amount is None or amount[1] + 2 >= d.n or d.low[amount[1] + 1] != word:
        return None
    c = _party(state, amount[1] + 2 + (d.low[amount[1] + 2] == "the"))
    return (c[0], amount[0], c[1]) if c is not None else None


def _party(state: State, at: int) -> tuple[str, int] | None:
    """The country or organisation at token ``at`` and the token after it; "government" after
    "the" is the country the article is about."""
    d = state.doc
    c = state.party_start(at)
    if c is not None:
        return c.name, c.j
    if at < d.n and d.low[at] == "government" and d.low[at - 1] == "the" and (home := dominant_country(state)) is not None:
        return home, at + 1
    return None


def _amount(state: State, start: int) -> tuple[int, int] | None:
    """The first and last tokens of the amount of money opening at ``start``, past a few words
    ("the other $480 million"), else None."""
    d = state.doc
    for s in range(start, min(d.n, start + 4)):
        if d.sent[s] != d.sent[start]:
            return None
        end = next((e for e in range(min(d.n, s + 7) - 1, s - 1, -1) if money_ending(state, e) == s), None)
        if end is not None:
            return s, end
        if d.low[s] not in _OPENERS:
            return None
    return None


def _record(state: State, parties: list[str], v: int, end: int, value_at: int, status: str) -> None:
    """One loan of the lender and the borrower, told by the words from the verb on."""
    d = state.doc
    sentence = d.sent[v]
    keyword = d.text[d.starts[v] : d.ends[end - 1]]
    acc = described_record(state, parties, "loan", "deal", (v, end), keyword, "lent_money", sentence=sentence)
    acc.status_hint, acc.status_sentence, acc.hint_rule = status, sentence, "lent_money"
    acc.value_at, acc.value_rule = value_at, "lent_money"
    state.agreements.append(acc)
    state.block(v, end)
