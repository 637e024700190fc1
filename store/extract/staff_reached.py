"""Rule staff_reached: a lender's staff that "reached agreement with" a borrower (the noun
bare, with no determiner) made a staff-level agreement: announced, awaiting the lender's
board, worth the amount its clause gives. (Rule: facility_kinds.) The lending facilities a
new arrangement is then said to be made "under" ("a new arrangement under the X Facility and
the Y Facility") are the kinds of loan it groups, no records of their own."""

from __future__ import annotations

from store.extract.lists import unnamed_name
from store.extract.money import value_in_clause
from store.extract.state import AgreementAcc, State
from store.extract.tokens import Doc
from store.extract.triggers import positions

_REACH = frozenset({"reached", "reach", "reaches", "reaching"})
_CORE = "staff-level agreement"


def _sides(state: State, k: int) -> tuple[str, str] | None:
    """The borrower after "with" and the lender named before "staff" for the noun at k."""
    d = state.doc
    low = d.low
    if k + 2 >= d.n or low[k + 1] != "with":
        return None
    c = state.country_start.get(k + 2)
    if c is None:
        return None
    staff = next((x for x in range(k - 2, max(-1, k - 6), -1) if low[x] == "staff"), None)
    if staff is None or d.sent[staff] != d.sent[k]:
        return None
    for x in range(staff - 1, max(d.sent_first[d.sent[k]] - 1, staff - 8), -1):
        o = state.org_start.get(x)
        if o is not None and o.j <= staff:
            return c.name, o.name
    return None


_AGREEMENT = frozenset({"agreement"})


def find_staff_reached(state: State) -> None:
    """Make the staff-level agreement of each "<lender> staff reached agreement with <borrower>"."""
    d = state.doc
    low = d.low
    made: list[AgreementAcc] = []
    for k in positions(state, _AGREEMENT):  # from the article's word index, not a search of every token
        if k < 3 or low[k - 1] not in _REACH or state.blocked[k]:
            continue  # the common case: a determiner or a modifier before the noun
        sides = _sides(state, k)
        if sides is None:
            continue
        acc = AgreementAcc(name=unnamed_name(state, list(sides), _CORE), unnamed=True, family="agreement", first=k, core=_CORE)
        acc.families.add("agreement")
        sentence = d.sent[k]
        for p in sides:
            acc.add_party(p, sentence, "staff_reached")
        acc.spans.append(state.span(k, k + 1))
        acc.mentions.append((k, k + 1))
        acc.keywords.append("agreement")
        acc.referring.add(k)  # "reached" is no signing here: the board is still to approve
        acc.status_hint, acc.status_sentence, acc.hint_rule = "announced", sentence, "staff_reached"
        if (value := value_in_clause(state, k + 1)) is not None:
            acc.value_at, acc.value_rule = value, "staff_reached"
        state.blocked[k] = 1
        state.agreements.append(acc)
        made.append(acc)
    if len(made) == 1:
        _fold_kinds(state, made[0])


def _fold_kinds(state: State, staff: AgreementAcc) -> None:
    """Fold the known lending facilities named only "under the" ones after the agreement, in an
    undated sentence, into it as words that identify it."""
    d = state.doc
    low = d.low
    known = state.gz.agreements
    gone: set[int] = set()
    for acc in state.agreements:
        if acc is staff or not acc.known or acc.name not in known or "lending" not in known[acc.name].type:
            continue
        if not acc.mentions or any(not _under(low, i) or i < staff.first for i, _ in acc.mentions):
            continue
        if any(_dated(d, i) for i, _ in acc.mentions):
            continue  # a dated facility is an older programme of its own
        if acc.name not in staff.keywords:
            staff.keywords.append(acc.name)
        gone.add(id(acc))
    if gone:
        state.agreements[:] = [a for a in state.agreements if id(a) not in gone]


def _dated(d: Doc, i: int) -> bool:
    """Whether the sentence of token i holds a year."""
    lo = d.sent_first[d.sent[i]]
    here = d.sent[i]
    return any(len(w) == 4 and w.isdigit() for w, s in zip(d.words[lo : lo + 80], d.sent[lo : lo + 80], strict=True) if s == here)


def _under(low: list[str], i: int) -> bool:
    """Whether the mention at i follows "under the" (or "and" after such a name, "under the X
    Facility and Y Facility"), within eight words."""
    for x in range(i - 1, max(-1, i - 9), -1):
        if low[x] == "under":
            return low[x + 1] == "the"
        if low[x] in (".", ",", ";"):
            return False
    return False
