"""Rule acronym_spelled_otherwise: an acronym after a spelled-out name stands for the
gazetteer's organisation only when the name shares a word with that entry."""

from __future__ import annotations

from tests.extract_support import run


def _orgs(text: str) -> list[str]:
    return sorted(a.name for a in run(text).actors if a.kind == "organization")


def test_an_acronym_spelled_out_as_another_body_is_that_body() -> None:
    orgs = _orgs(
        "The Kenya Ports Authority (KPA) signed a berth agreement with Oman on Tuesday. "
        "KPA managing director Halima Said said the deal would create jobs."
    )
    assert "Korean People's Army" not in orgs
    assert "Kenya Ports Authority" in orgs


def test_an_acronym_spelled_out_as_the_gazetteers_body_is_its_entry() -> None:
    orgs = _orgs("The United Nations Interim Force (UNIFIL) patrolled the border on Monday.")
    assert orgs == ["UNIFIL"]  # the canonical name of the entry
