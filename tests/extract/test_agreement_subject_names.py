"""Rule subject_names_it: a description whose own words spell the subject of a name met a few
sentences later ("the treaty banning landmines near borders" ... "the Convention on Landmines
Near Borders") is that named treaty, and parties guessed for it from the article are dropped;
and the subject of two joined verbs ("signed and ratified") is a party (rule coordinated_verbs)."""

from __future__ import annotations

from tests.extract_support import run

_TEXT = (
    "Chile will become the first country in South America to formally leave a multilateral arms "
    "regulation agreement when it withdraws on May 2 from the international treaty banning the use "
    "of landmines near borders, citing a greater threat. Since 1990 there have been only three "
    "withdrawals from such treaties, all by Peru. Chile's disputed move comes amid tension over its "
    "neighbour Peru's border claims. Before Chile's move, no country had left the {name}. "
    "Chile signed and ratified the {name} in 2009. Peru left other pacts in 2021 and 2023. "
    "Peru denies any threat."
)


def test_the_description_folds_into_the_name_its_subject_spells() -> None:
    ex = run(_TEXT.format(name="Convention on Landmines Near Borders"))
    (g,) = ex.agreements
    assert g.name == "Convention on Landmines Near Borders"
    assert "dominant_pair" not in {f.rule for f in g.facts if f.field == "party"}
    assert any("international treaty" in k for k in g.keywords)


def test_a_name_of_another_subject_leaves_the_description_apart() -> None:
    ex = run(_TEXT.format(name="Convention on Naval Mines"))
    assert len(ex.agreements) == 2


def test_the_subject_of_two_joined_verbs_is_a_party() -> None:
    """Rule coordinated_verbs: "X signed and ratified the ..." names X as the subject reading
    of the first verb would."""
    (g,) = run("Chile signed and ratified the Convention on Naval Mines in 2009.").agreements
    assert g.parties == ["Chile"]
    (g,) = run("Chile and Peru signed and ratified the Convention on Naval Mines in 2009.").agreements
    assert set(g.parties) == {"Chile", "Peru"}


def test_a_country_after_the_joined_verbs_is_no_subject() -> None:
    (g,) = run("Officials signed and ratified the Convention on Naval Mines in Chile's capital in 2009.").agreements
    assert g.parties != ["Chile"] or "subject" not in {f.rule for f in g.facts if f.field == "party"}
