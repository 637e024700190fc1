"""A loan stated as a lender's act: "the Bank has approved a $250 million loan to help Guatemala
clean up its rivers", "the Fund granted a loan to Peru": the lender named before the verb and
the borrower after "to" or "for" are its parties."""

from __future__ import annotations

from store.extract.fact_years import holds_year, sentence_size
from store.extract.parties import actor_before
from store.extract.ratified_approval import LINES
from store.extract.state import State
from store.extract.when import article_year, day_year, full_date_year
from store.records import Fact

# Nouns of what a lender makes: "a loan", "a credit line", "a stand-by arrangement", "a bailout".
LENT_NOUNS = frozenset({"loan", "line", "arrangement", "bailout"})
# Verbs by which a lender makes a loan.
LENDING = frozenset(
    "approved approve approves granted grant grants extended extend extends gave give gives provided "
    "provide provides disbursed disburse disburses offered offer offers agreed signed".split()
)
# Lending verbs that make the loan (a board's approval binds the lender); "offered" proposes one.
_MADE = frozenset("approved granted extended gave provided disbursed signed".split())
# Words between "to" and the borrower: "a loan to help Guatemala", "to support Kenya's".
_HELPING = frozenset({"help", "support", "assist", "finance", "fund"})


def lent_to(state: State, j: int, after: int) -> tuple[list[str], str | None] | None:
    """The lender and borrower of "<lender> <lending verb> a [<amount>] loan to [help] <borrower>"
    (``j`` is the loan phrase's determiner, ``after`` the word after "loan") and the status the
    verb gives: a loan approved, granted or disbursed is made (signed; an arrangement so made, a
    line drawn on at once, is in force, unless its sentence dates something in a year before
    the article's), one offered proposed. (Rule: lent_to.)"""
    d = state.doc
    low = d.low
    v = j - 1
    if v < 1 or low[v] not in LENDING or low[after] not in ("to", "for"):
        return None
    x = after + 1 + (low[after] == "to" and d.lower(after + 1) in _HELPING)
    x += d.lower(x) == "the"
    c = state.party_start(x)
    if c is None or d.sent[x] != d.sent[j]:
        return None
    lender = _side_before(state, v, c.name)
    made = "in_force" if low[after - 1] in LINES and not _past_year(state, j) else "signed"
    return ([lender, c.name], made if low[v] in _MADE else "proposed" if low[v].startswith("offer") else None) if lender else None


def _past_year(state: State, j: int) -> bool:
    """Whether the sentence of token j dates something before the article's year ("In 2014 the
    IMF approved ..."): a past making, not the story's day."""
    d = state.doc
    here = d.sent[j]
    first = d.sent_first[here]
    words = d.low[first : first + sentence_size(d, first, here, 120)]
    if not holds_year(words):
        return False  # the common case: no year written
    published = article_year(state)
    years = [int(w) for w in words if len(w) == 4 and w.isdigit()]
    return published is None or any(y < published[0] for y in years)


# Verbs by which a borrower gets a loan, with the status each gives.
_BORROWING = {
    "secured": "signed", "secures": "signed", "received": "signed", "receives": "signed",
    "obtained": "signed", "obtains": "signed", "won": "signed", "wins": "signed", "got": "signed",
    "clinched": "signed", "took": "signed", "takes": "signed", "sought": "proposed", "seeks": "proposed", "requested": "proposed",
    "requests": "proposed",
}


def borrowed_from(state: State, j: int, after: int) -> tuple[list[str], str | None] | None:
    """The borrower and lender of "<borrower> secured a [<amount>] loan from <lender>": a loan
    secured, received or won is made (signed), one sought or requested proposed.
    (Rule: borrowed_from.)"""
    d = state.doc
    v = j - 1
    status = _BORROWING.get(d.low[v]) if v >= 1 else None
    x = after + 1 + (d.lower(after + 1) == "the")
    c = state.party_start(x)
    if status is None or c is None or d.sent[x] != d.sent[j]:
        return None
    borrower = _side_before(state, v, c.name)
    return ([borrower, c.name], status) if borrower else None


def loan_sides(state: State, j: int, after: int) -> tuple[list[str], str | None, str] | None:
    """A loan's sides and status as its lender's act ("... loan to <borrower>") or its borrower's
    ("... loan from <lender>"), with the rule that read them."""
    if state.doc.low[after] == "from":
        found, rule = borrowed_from(state, j, after), "borrowed_from"
    else:
        found, rule = lent_to(state, j, after), "lent_to"
    return (*found, rule) if found is not None else None


def _side_before(state: State, v: int, other: str) -> str | None:
    """The actor named before the verb at ``v`` (past "has"), when it is not ``other``."""
    side = actor_before(state, v - (state.doc.low[v - 1] in ("has", "have", "had")))
    return side if side and side != other else None


def date_opened_lines(state: State) -> None:
    """An arrangement a lender's act opened (in force by ``lent_to``) with no year yet takes the
    year of that act's day, as a loan it signed does ("WASHINGTON, January 30, 2023: The Board
    today approved an arrangement for X", "approved on Monday"). (Rule: opened_line_year.)"""
    for acc in state.agreements:
        if acc.year is not None or acc.status != "in_force" or acc.hint_rule != "lent_to":
            continue
        sentence = acc.status_sentence
        year = day_year(state, sentence) or full_date_year(state, sentence)
        if year is not None:
            acc.year = year
            acc.facts.append(Fact("year", year, sentence, "opened_line_year"))
