"""A named agreement's acronym written again after "a"/"an" names another text of that kind,
not the one named: after "a Just Energy Transition Partnership (JETP)" for Vietnam, "South
Africa secured an $8.5 billion JETP in 2021" is South Africa's own; after "an Extended Fund
Facility (EFF)" agreed this year, "followed in 2016 by a three-year EFF" is the earlier one.
The new record is the sentence's side's (a state's body standing for its state) with a
partner after "with", else the named text's sides when that side is one of them; its year
is the one written nearest in its sentence, its amount the one before the acronym.
(Rule: indefinite_acronym.)"""

from __future__ import annotations

from store.extract.lists import described_record
from store.extract.money import money_ending
from store.extract.officer_home import body_home
from store.extract.parties import actor_before
from store.extract.state import AgreementAcc, State
from store.records import Fact

# How far back from the acronym its determiner may stand ("an $8.5 billion JETP", "a three-year EFF").
_BACK = 7
# How far around the acronym its year may be written.
_YEARS_BEFORE, _YEARS_AFTER = 8, 12


_KEY = "indefinite_acronyms"


def another_text(state: State, acc: AgreementAcc, k: int) -> bool:
    """Whether the acronym of ``acc`` at token ``k`` is used after "a"/"an" and so names another
    text of that kind (noted for ``find_indefinite_acronyms``, once the actors are known)."""
    det = _indefinite(state, k)
    if det is None:
        return False
    pending: list[tuple[AgreementAcc, int, int]] = state.cache.setdefault(_KEY, [])  # type: ignore[assignment]
    pending.append((acc, det, k))
    state.block(det + 1, k + 1)  # no other rule reads the words as a mention of the named text
    return True


def find_indefinite_acronyms(state: State) -> None:
    """A record for each acronym used after "a"/"an" (see the module docstring)."""
    pending = state.cache.get(_KEY)
    if not pending:
        return
    d = state.doc
    for acc, det, k in pending:  # type: ignore[union-attr]
        sentence = d.sent[k]
        named = [p for p, _ in acc.parties]
        side = _side(state, det, named)
        partner = state.partner_at(k + 1)
        if side is not None and partner is not None and partner.name != side:
            parties = [side, partner.name]  # "Japan signed an RAA with Australia"
        elif side is not None and side not in named:
            parties = [side]  # "South Africa secured an $8.5 billion JETP": its own
        else:
            parties = named or ([side] if side else [])
        if not parties:
            continue
        first = next((x for x in range(det + 1, k) if d.words[x].isalpha() and d.words[x].islower() and money_ending(state, x) is None), k)
        core = d.text[d.starts[first] : d.ends[k]]
        said = d.text[d.starts[det + 1] : d.ends[k]]  # "$8.5 billion JETP": never the bare acronym, the named text's alias
        made = described_record(state, parties, core, acc.family, (first, k + 1), said, "indefinite_acronym", sentence=sentence)
        if said == d.words[k]:
            made.keywords[:] = [made.name]
        made.status_hint, made.status_sentence, made.hint_rule = "signed", sentence, "indefinite_acronym"
        if any(money_ending(state, x) is not None for x in range(det + 1, first)):
            made.value_at, made.value_rule = det + 1, "indefinite_acronym"
        year = _nearest_year(state, det, k)
        if year is not None:
            made.year = year
            made.facts.append(Fact("year", year, sentence, "indefinite_acronym"))
        state.agreements.append(made)


def _side(state: State, det: int, named: list[str]) -> str | None:
    """The country or body named last before the phrase in its sentence; a body whose name holds
    one of the named text's countries ("the Indian Air Force") or whose home is one, that country."""
    side = actor_before(state, det)
    if side is None or side in named:
        return side
    home = body_home(state, side)
    if home in named:
        return home
    inside = next((c.name for o in state.org_start.values() if o.name == side for c in state.countries if o.i <= c.i < o.j), None)
    return inside if inside in named else side


def _indefinite(state: State, k: int) -> int | None:
    """The "a"/"an" opening the acronym's phrase, past an amount, numbers and lower-case
    modifiers ("an $8.5 billion JETP", "a three-year EFF"), else None."""
    d = state.doc
    first = d.sent_first[d.sent[k]]
    for x in range(k - 1, max(first, k - _BACK) - 1, -1):
        w = d.low[x]
        if w in ("a", "an"):
            return x
        word = d.words[x]
        if not (word.islower() or word[:1].isdigit() or word in ("-", "$", ".") or not word.isalnum() and word != ","):
            return None  # a capitalised word, a name: the phrase is no indefinite one
    return None


def _nearest_year(state: State, det: int, k: int) -> int | None:
    """The year written nearest the acronym in its sentence ("in 2016", "in September 2016")."""
    d = state.doc
    sentence = d.sent[k]
    found = [
        x
        for x in range(max(0, det - _YEARS_BEFORE), min(d.n, k + _YEARS_AFTER))
        if d.sent[x] == sentence and len(d.words[x]) == 4 and d.words[x].isdigit() and 1900 < int(d.words[x]) < 2100
    ]
    return int(d.words[min(found, key=lambda x: abs(x - k))]) if found else None
