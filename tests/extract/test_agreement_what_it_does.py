"""Status cues of what an agreement does now ("lets", "allows", "governs", in the cue set's
"in_force_described"): "the X Treaty, which lets boats fish in the region" is in force when
nothing else is said of it; a stated stage ("the proposed X Treaty allows ...") wins."""

from __future__ import annotations

import pytest

from tests.extract_support import run


@pytest.mark.parametrize(
    "clause", ["lets Chilean boats fish", "allows Chilean boats to fish", "permits Chilean boats to fish", "governs fishing"]
)
def test_what_an_agreement_does_now_says_it_is_in_force(clause: str) -> None:
    text = f"Chile has paid $6 million under the Andes Tuna Treaty, which {clause} in the region."
    (g,) = run(text, published="2023-05-02").agreements
    assert g.status == "in_force"


def test_a_stated_stage_outranks_what_it_would_do() -> None:
    (g,) = run("The proposed Andes Tuna Treaty allows Chilean boats to fish.", published="2023-05-02").agreements
    assert g.status == "proposed"
