"""Rule place_or_count_run: a run after "the" or a preposition of place, or opened by a number
word, is no person though its last word stands alone elsewhere; a surname used alone still
makes a person of a run written otherwise."""

from __future__ import annotations

from tests.extract_support import run


def _persons(text: str) -> list[str]:
    return [a.name for a in run(text).actors if a.kind == "person"]


def test_a_place_after_in_the_is_no_person() -> None:
    assert _persons("The firms will mine lithium in the Salar de Punta, the richest deposit. Output from Punta will double.") == []
    assert _persons("The region will replace the old one in Muslim Kalangan. Buses arrived from Kalangan on Monday.") == []


def test_a_count_is_no_person() -> None:
    assert _persons("Six Scorpa submarines were built at the yard. Three more Scorpa submarines are planned.") == []


def test_a_surname_used_alone_still_makes_a_person() -> None:
    assert _persons("Talks were held with Quorvin Baddal on Monday. The deal was close, Baddal told reporters.") == ["Quorvin Baddal"]
