"""A lender's approval told of a programme before or beside its name: "The IMF's board on Monday
approved a new four-year loan programme for Kenya worth about $2 billion ... The Extended
Credit Facility allows ...". The approved loan, bailout or programme is the article's one named
lending programme: approved by the lender, it is signed (in force when what is approved is an
arrangement or facility, a line the borrower draws on at once), worth the approved amount, made
in the year of the approval's day. An approval its sentence dates by a year ("approved the programme in
August 2022") is a past one, which says nothing of where the programme stands now.
(Rule: board_approved_programme.)"""

from __future__ import annotations

from store.extract.dated_mention import older_text
from store.extract.fact_years import holds_year, sentence_size
from store.extract.facts import acc_status, acc_value, acc_year
from store.extract.money import parse_money, value_in_clause, value_start, with_conversion
from store.extract.not_yet_signed import lending
from store.extract.phrase_value import headline_sentence
from store.extract.ratified_approval import LINES
from store.extract.state import AgreementAcc, State
from store.extract.triggers import positions, vocabulary
from store.extract.when import article_year, day_year, lede_year

_APPROVING = frozenset({"approved", "approves"})
# Head nouns of what a lender approves ("a new $3 billion loan", "a four-year bailout").
_LENT = frozenset("loan programme program bailout facility arrangement financing package".split())
# Words before the verb that leave the approval to come or deny it.
_NOT_DONE = frozenset("to will would could may might should not never".split())
# Words before the verb that say a lender acts: the lender or its board.
_LENDER_WORDS = frozenset({"board", "fund", "imf", "bank", "lender", "lenders", "directors"})
# Words that end the approved phrase before its head noun: it is not what was approved.
_BREAKS = frozenset({",", ".", ";", "to", "for", "with", "and", "that", "which", "after", "in", "on"})


def approved_programmes(state: State) -> None:
    """Rule board_approved_programme (see the module's docstring): only when the article names
    exactly one lending programme, undated, and a lender's approval of a loan phrase."""
    vocab = vocabulary(state)
    if _APPROVING.isdisjoint(vocab) or _LENT.isdisjoint(vocab):
        return  # most articles approve nothing
    # an older programme told in passing ("owes the Fund under a programme negotiated in 2018") is no candidate
    programmes = [a for a in state.agreements if a.mentions and lending(state, a) and not older_text(a)]
    if len(programmes) != 1 or _dated(state, programmes[0]):
        return
    acc = programmes[0]
    found = [hit for v in positions(state, _APPROVING) if (hit := _approved_phrase(state, acc, v)) is not None]
    if not found:
        return
    found.sort(key=lambda hit: headline_sentence(state, state.doc.sent[hit[0]]))  # the body's first
    v, head = found[0]
    d = state.doc
    sentence = d.sent[v]
    # an approved arrangement or facility, a line the borrower draws on, opens: in force, as an
    # approval said of the facility's own name is (rule facility_opened); a loan is signed
    stage = "in_force" if d.low[head] in LINES else "signed"
    if acc.status != stage and _overridable(acc):
        acc_status(acc, stage, sentence, "board_approved_programme")
    if acc.value is None:
        at = next((x for x in range(v + 1, head) if parse_money(state, d.text[d.starts[x] : d.starts[x] + 60])), None)
        if at is None and head + 1 < d.n:
            at = value_start(state, head + 1)
            at = value_in_clause(state, head + 1) if at is None else at  # "a loan for Kenya worth $2 billion"
        if at is not None:
            written = d.text[d.starts[at] : d.starts[at] + 100]
            money = parse_money(state, written)
            if money is not None:
                acc_value(acc, with_conversion(state, written, money), d.sent[at], "board_approved_programme")
    if acc.year is None:
        year = day_year(state, sentence)
        year = lede_year(state, sentence) if year is None else year
        year = lede_year(state, sentence, headline=True) if year is None else year
        if year is None and d.low[v - 1] in ("has", "have") and (published := article_year(state)) is not None:
            year = published[0]  # "the Fund has approved a new loan": the day's news
        if year is not None:
            acc_year(acc, year, sentence, "board_approved_programme")


def _overridable(acc: AgreementAcc) -> bool:
    """Whether the programme's status is unset, announced, or only a default or a cue an approval
    goes beyond ("a staff-level agreement on the facility", "the facility allows ...")."""
    if acc.status in (None, "announced"):
        return True
    rules = [f.rule for f in acc.facts if f.field == "status"]
    return acc.status == "in_force" and bool(rules) and rules[-1] in ("known_in_force", "alliance_in_force")


def _dated(state: State, acc: AgreementAcc) -> bool:
    """Whether the programme is one of the past: a year before a mention, or its year already
    given before the article's own ("Kenya's 2021 Extended Fund Facility")."""
    words = state.doc.words
    return any(i > 0 and len(words[i - 1]) == 4 and words[i - 1].isdigit() for i, _ in acc.mentions)


def _approved_phrase(state: State, acc: AgreementAcc, v: int) -> tuple[int, int] | None:
    """(verb, head noun) of "<lender> approved [a new four-year $3 billion] <loan noun>" at
    verb v, the head within twelve tokens and no other agreement's mention; else None."""
    d = state.doc
    low, sent, n = d.low, d.sent, d.n
    here = sent[v]
    first = d.sent_first[here]
    if v > first and low[v - 1] in _NOT_DONE:
        return None  # "is expected to approve", "has not approved"
    before = low[max(first, v - 12) : v]
    if _LENDER_WORDS.isdisjoint(before):
        return None  # no lender or board before the verb
    lenders = " ".join(name for name, _ in acc.parties).casefold()
    if "bank" in before and "bank" not in lenders or ("fund" in before or "imf" in before) and "fund" not in lenders:
        return None  # "The World Bank's board approved a loan" beside an IMF facility: another lender's
    if holds_year(low[first : first + sentence_size(d, first, here, 120)]):
        return None  # "approved the programme in August 2022": a past approval, not the day's news
    for x in range(v + 1, min(n, v + 13)):
        if sent[x] != here or low[x] in _BREAKS:
            return None
        if low[x] in _LENT:
            taken = any(i <= x < j for other in state.agreements if other is not acc for i, j in other.mentions)
            return None if taken else (v, x)
    return None
