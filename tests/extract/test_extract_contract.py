"""The extraction contract on any input: never raises, spans inside the text, every party and
affiliation an actor of the same extraction, quotes attributed by name."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from store.extract import _extract, extract
from store.parse.article import parse_article
from tests.extract_support import article, gazetteer, run

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
WORDS = st.sampled_from(
    "Japan U.S. US the and Foreign Minister Gen Adm. Dr. Wang Yi said alliance Agreement (RAA) RAA "
    "Reciprocal Access between worth A$10 billion $ - ’s 's , . “ ” Jordan Georgia Sea China South "
    "signed in 2023 their two countries Forces Japan-Australia U.S.-Japan partnership White House".split()
)


def _check(text: str) -> None:
    ex = _extract(article(text), gazetteer())  # unguarded: a rule bug must show here
    names = {a.name for a in ex.actors}
    for a in ex.actors:
        for s in a.spans:
            assert 0 <= s.start < s.end <= len(text)
        for r in a.roles:
            assert r.affiliation is None or r.affiliation in names
    for g in ex.agreements:
        assert all(p in names for p in g.parties)
        for s in g.spans:
            assert 0 <= s.start < s.end <= len(text)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(WORDS, max_size=60))
def test_never_raises_and_keeps_the_contract(words: list[str]) -> None:
    _check(" ".join(words) + ".")


@pytest.mark.slow
@settings(max_examples=60, deadline=None)
@given(st.text(max_size=300))
def test_arbitrary_text(text: str) -> None:
    if text.strip():
        _check(text)


def test_empty_article() -> None:
    ex = extract(article(""), gazetteer())
    assert ex.actors == [] and ex.agreements == []


def test_seeds_keep_the_contract() -> None:
    for path in sorted(SEEDS.glob("*.txt")):
        art = parse_article(path.read_text(encoding="utf-8"), path.name)
        ex = _extract(art, gazetteer())
        names = {a.name for a in ex.actors}
        assert len(names) == len(ex.actors)  # each actor once
        for g in ex.agreements:
            assert set(g.parties) <= names
            assert g.status is None or g.status in (
                "signed", "in_force", "announced", "proposed", "under_negotiation", "under_review"
            )
        for a in ex.actors:
            assert len({(s.start, s.end) for s in a.spans}) == len(a.spans), a.name  # each mention once
            for s in a.spans:
                sent = art.sentences[s.sentence]
                assert sent.start <= s.start and s.end <= sent.end
                assert art.text[s.start : s.end] in (a.name, *a.aliases)


def test_quotes_attributed_by_surname() -> None:
    text = "Prime Minister Jacinda Ardern spoke. “We are ready,” Ardern said."
    ex = run(text, quotes=[("We are ready,", "Ardern")])
    assert [q.speaker for q in ex.quotes] == ["Jacinda Ardern"]
    q = ex.quotes[0]
    assert text[q.start : q.end] == "We are ready,"


@pytest.mark.parametrize(
    "text",
    [
        "Lockheed Martin won a $1.2 billion contract from the Pentagon to supply missiles.",
        "The Pentagon awarded Lockheed Martin a $1.2 billion contract.",
    ],
)
def test_a_contract_won_from_or_awarded_by_a_government_body(text: str) -> None:
    ex = run(text)
    g = next(g for g in ex.agreements if g.unnamed)
    assert set(g.parties) == {"Pentagon", "Lockheed Martin"}
    assert (g.status, g.value) == ("signed", "$1.2 billion")


def test_a_contract_awarded_by_a_ministry() -> None:
    g = next(g for g in run("BAE Systems was awarded a contract by the Ministry of Defence.").agreements)
    assert set(g.parties) == {"Ministry of Defence", "BAE Systems"} and g.status == "signed"
