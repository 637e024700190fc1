"""The positions of the rare words a few rules key on, found once per article."""

from __future__ import annotations

from store.extract.cues import cues_for
from store.extract.state import State
from store.extract.tokens import build_doc
from store.extract.triggers import positions
from tests.extract_support import article, gazetteer


def _state(text: str) -> State:
    doc = build_doc(article(text))
    return State(doc, gazetteer(), cues_for(gazetteer()), bytearray(doc.n), bytearray(doc.n))


def test_positions_of_present_words_in_text_order() -> None:
    state = _state("Under the deal, a part of the fund goes under the framework. Part of it waits.")
    low = state.doc.low
    found = positions(state, frozenset({"under", "part"}))
    assert [low[k] for k in found] == ["under", "part", "under", "part"]
    assert found == sorted(found)


def test_absent_words_give_no_positions() -> None:
    assert positions(_state("Peru and Chile signed a deal."), frozenset({"tranche", "package"})) == []
