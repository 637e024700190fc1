"""Rule acted_under: an agreement whose stage the text never states but that something is done
under mid-sentence is in force; done under it only to come tells no stage, and a stated stage
stays."""

from __future__ import annotations

import pytest

from tests.extract_support import run


def _status(text: str, word: str) -> str | None:
    found = run(text, published="2024-05-02").agreements
    return next(g for g in found if word in g.name).status


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Kenya has drawn $400 million under its IMF programme so far this year.", "IMF"),
        ("Malawi wants relief on its bilateral loans under the Group of 20's Common Framework.", "Common Framework"),
        ("Fishing boats from Fiji operate in the zone under the Pacific Fisheries Access Accord.", "Pacific"),
        ("Peruvian troops trained in Chile last month under a defence cooperation pact between the two countries.", "defence"),
        ("Labour ministers said thousands of workers from Nepal have moved to Qatar under a labour mobility agreement between the two countries.", "labour"),
        ("Mongolia sells copper to China under a long-term supply contract with Beijing.", "supply"),
        ("Rwanda is seeking to settle its arrears under the Kigali Debt Framework.", "Kigali"),
        ("Colombian officers, who trained under the Andean Defence Accord, returned home.", "Andean"),
    ],
)
def test_done_under_it_is_in_force(text: str, word: str) -> None:
    assert _status(text, word) == "in_force"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Ghana would receive $600 million under the Volta Credit Agreement, subject to approval.", "Volta"),
        ("Exports to Japan will rise under the planned Mekong Trade Pact.", "Mekong"),
    ],
)
def test_done_under_it_only_to_come_tells_no_stage(text: str, word: str) -> None:
    assert _status(text, word) is None


def test_a_stated_stage_stays() -> None:
    text = "The two navies will patrol together under a new pact that Chile and Peru signed on Monday."
    assert _status(text, "pact") == "signed"


def test_an_opening_under_is_read_by_its_own_rule() -> None:
    text = "Under the Andean Port Accord, ships from Bolivia pay no fees."
    assert _status(text, "Andean") == "in_force"


@pytest.mark.parametrize(
    ("text", "word", "status"),
    [
        ("The autonomous region was set up under the 1996 Andean Peace Agreement with the rebel front.", "Andean", "signed"),
        (
            "The country hosts a fuel bank in Almaty, set up under a host state agreement that Kazakhstan and the IAEA signed in Astana in August 2015.",
            "host state",
            "signed",
        ),
        ("The joint commission was established under a 2004 border treaty between Chile and Peru.", "border", "signed"),
        ("The fund was created under the Kigali Debt Framework.", "Kigali", None),
        ("The Philippines has long hosted U.S. troops under a Visiting Forces Agreement signed with Washington in 1998.", "Visiting", "in_force"),
        ("The pipeline has operated under an agreement Iraq and Turkey concluded in 1973.", "Iraq", "in_force"),
    ],
)
def test_a_founding_under_it_tells_a_past_making(text: str, word: str, status: str | None) -> None:
    assert _status(text, word) == status
