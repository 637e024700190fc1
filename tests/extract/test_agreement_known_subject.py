"""A known (gazetteer) treaty takes the subject of the verb right before it as a party (rule
known_subject), a single leaver included (rule lone_leaver), but never the article's main pair."""

from __future__ import annotations

import pytest

from tests.extract_support import run


@pytest.mark.parametrize(
    "text",
    [
        "Chile signed and ratified the Convention on Cluster Munitions in 2011.",
        "In May, Chile formally withdrew from the Convention on Cluster Munitions.",
    ],
)
def test_the_subject_is_a_party_of_a_known_treaty(text: str) -> None:
    (g,) = run(text).agreements
    assert g.parties == ["Chile"]


def test_a_lone_leaver_of_an_unknown_treaty() -> None:
    (g,) = run("In May, Chile formally withdrew from the Convention on Naval Mines.").agreements
    assert g.parties == ["Chile"]


def test_a_known_treaty_gets_no_guessed_pair() -> None:
    text = (
        "Chile and Peru met in Lima. Chile sells copper to Peru. Peru sells fish to Chile. "
        "Chile and Peru expect more trade. Chile signed the Convention on Cluster Munitions in 2008."
    )
    (g,) = [a for a in run(text).agreements if a.name == "Convention on Cluster Munitions"]
    assert g.parties == ["Chile"]


def test_a_mention_with_no_subject_gives_no_party() -> None:
    (g,) = run("Critics of the Convention on Cluster Munitions met in Oslo.").agreements
    assert g.parties == []
