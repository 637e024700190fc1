"""The shortcuts the actor rules take before their full reading: each must answer exactly as
the full reading would (the runs an organisation pattern reads, a country's known body)."""

from __future__ import annotations

import pytest

from store.extract.bodies import _lookup_body, known_body
from store.extract.cues import cues_for
from store.extract.gazetteer_scan import scan_gazetteer
from store.extract.org_checks import trailer_cut
from store.extract.organizations import _pattern_name
from store.extract.pattern_chunks import pattern_chunks
from store.extract.state import State
from store.extract.tokens import build_doc, find_chunks
from tests.extract_support import article, gazetteer


def _state(text: str) -> State:
    gz = gazetteer()
    doc = build_doc(article(text))
    scan_gazetteer(doc, gz)
    find_chunks(doc)
    return State(doc, gz, cues_for(gz), bytearray(doc.n), bytearray(doc.n))


_TEXTS = [
    "Officials of the Lagos State Ministry of Works met Harbour Point Holdings Ltd on Monday.",
    "The Northern Fisheries Council and Wexley Brothers Co. signed nothing.",
    "Grand Meridian Insurance Inc said Maria Lopez Garcia would lead the Tallinn Port Authority.",
    "Dana Whitfield of Blue Heron Partners spoke to the Kestrel Times (@kestreltimes) on Friday.",
    "The Coastal Shipping Company Limited (CSCL) and Polar Star Group were named.",
    "Kenya Ports Authority Director General Jane Wanjiru visited the Ministry of Mines and Energy.",
    "Prime Minister Anna Berg met President Luis Ortega in Santiago.",
    "",
]


@pytest.mark.parametrize("text", _TEXTS)
def test_pattern_chunks_keep_every_run_a_pattern_reads(text: str) -> None:
    state = _state(text)
    d = state.doc
    picked = {c.i for c in pattern_chunks(state)}
    read = [c for c in d.chunks if c.j - c.i > 1 or c.j < d.n and d.words[c.j] == "("]
    for chunk in read:
        if chunk.i in picked:
            continue
        assert chunk.j - chunk.i > 1  # a one-token chunk before a bracket is always read
        assert not (chunk.j < d.n and d.words[chunk.j] in ("(", "and"))
        assert _pattern_name(state, chunk) is None
        assert _pattern_name(state, trailer_cut(state, chunk)) is None
    # and in text order, each once
    order = [c.i for c in pattern_chunks(state)]
    assert order == sorted(set(order))


def test_pattern_chunks_pick_the_runs_with_a_head_word_or_a_bracket() -> None:
    state = _state("Prime Minister Anna Berg met the Tallinn Port Authority and Polar Star (PS) in Tartu.")
    texts = [c.text for c in pattern_chunks(state)]
    assert "Tallinn Port Authority" in texts  # a head word
    assert "Polar Star" in texts  # a bracket after it
    assert "Prime Minister Anna Berg" not in texts  # no head word, nothing after it


def test_a_one_word_chunk_before_a_bracket_is_picked() -> None:
    state = _state("Reporters at Meridian (@meridiannews) wrote it.")
    assert "Meridian" in [c.text for c in pattern_chunks(state)]


@pytest.mark.parametrize(("country", "body"), [("Philippines", ("coast", "guard")), ("United States", ("navy",)), ("Iran", ("parliament",))])
def test_known_body_answers_as_the_lookup(country: str, body: tuple[str, ...]) -> None:
    state = _state("x.")
    found = state.gz.countries.get(country)
    assert found is not None
    first = known_body(state, found, body)
    assert first == _lookup_body(state, found, body)
    assert known_body(state, found, body) == first  # the kept answer
