"""An agreement the parties "rely on" is in force (an in_force_described cue), and a year
between a status cue and the name is read past (rule dated_name_cue)."""

from __future__ import annotations

import pytest

from tests.extract_support import run


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Peru and Chile rely on the 1952 Coastal Waters Agreement, which Bolivia does not recognise.", "in_force"),
        ("Peru still relies on the Coastal Waters Agreement.", "in_force"),
        ("Peru and Chile called for a revision of the 1952 Coastal Waters Agreement.", "under_review"),
        ("Peru and Chile signed the 1952 Coastal Waters Agreement.", "signed"),
    ],
)
def test_cues_before_a_dated_name(text: str, status: str) -> None:
    (g,) = run(text).agreements
    assert g.status == status


def test_a_year_after_another_word_is_no_dated_name() -> None:
    (g,) = run("Peru relied on aid in 1952 Coastal Waters Agreement talks.").agreements
    assert g.status != "in_force"
