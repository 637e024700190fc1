"""Rule states_phrase_no_firms: "the two governments" are never the last list of two firms."""

from __future__ import annotations

from tests.extract_support import run


def test_the_two_governments_are_not_the_firms_listed_before() -> None:
    ex = run(
        "Kenya and Uganda agreed on the pipeline route last year. The builders are Boeing and Airbus. "
        "In May the two governments signed a memorandum of understanding on the pipeline."
    )
    for a in ex.agreements:
        assert "Boeing" not in a.parties and "Airbus" not in a.parties
