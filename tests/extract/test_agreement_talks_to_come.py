"""Talks still to open on an agreement make it proposed ("will open talks on", "plan to begin
negotiations on"); talks opened make it under negotiation. "bilateral" between the cue and the
name is read past as other adjectives are. (Rule: status_cue_before.)"""

from __future__ import annotations

import pytest

from tests.extract_support import run


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Peru and Chile will soon open talks on a bilateral Coastal Trade Partnership Agreement.", "proposed"),
        ("Peru and Chile plan to begin negotiations on a Coastal Trade Partnership Agreement.", "proposed"),
        ("Peru and Chile want to launch talks on the Coastal Trade Partnership Agreement.", "proposed"),
        ("Peru and Chile began talks on a Coastal Trade Partnership Agreement.", "under_negotiation"),
        ("Peru and Chile opened talks on a bilateral Coastal Trade Partnership Agreement.", "under_negotiation"),
        ("Peru and Chile signed a bilateral Coastal Trade Partnership Agreement.", "signed"),
    ],
)
def test_talks_to_come_and_talks_begun(text: str, status: str) -> None:
    (g,) = run(text).agreements
    assert g.status == status
