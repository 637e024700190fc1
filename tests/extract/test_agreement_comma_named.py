"""Rule comma_listed_name: a treaty name listing its subjects with a comma and "and" is one
name ("Treaty of Friendship, Good Neighbourliness and Cooperation")."""

from __future__ import annotations

from tests.extract_support import run


def _names(text: str) -> list[str]:
    return sorted(g.name for g in run(text, published="2020-02-11").agreements)


def test_the_listed_subjects_belong_to_the_name() -> None:
    text = "Peru suspended the Treaty of Friendship, Good Neighbourliness and Cooperation with Chile."
    assert _names(text) == ["Treaty of Friendship, Good Neighbourliness and Cooperation"]


def test_a_lone_agreement_noun_is_a_listed_subject() -> None:
    text = "Bolivia and Peru renewed the Treaty on Friendship, Cooperation and Partnership on Monday."
    assert _names(text) == ["Treaty on Friendship, Cooperation and Partnership"]


def test_a_country_after_the_comma_ends_the_name() -> None:
    text = "Peru signed the Treaty of Amity, and Chile and Bolivia followed."
    assert _names(text) == ["Treaty of Amity"]


def test_another_named_agreement_after_the_comma_ends_the_name() -> None:
    text = "Peru cited the Treaty of Lima, the Quito Fisheries Accord and Andean Trade Protocol."
    assert "Treaty of Lima" in _names(text)


def test_a_longer_list_with_an_of_tail_is_one_name() -> None:
    """Rule comma_listed_name: several runs between commas, the last with what they are "of"."""
    for text, name, year in (
        (
            "Fiji and Tonga signed the Convention on the Protection, Conservation and Management of Coastal Fish Stocks in 2019.",
            "Convention on the Protection, Conservation and Management of Coastal Fish Stocks",
            2019,
        ),
        (
            "Kenya ratified the Treaty on the Use, Sharing and Protection of the Nile Waters in 2021.",
            "Treaty on the Use, Sharing and Protection of the Nile Waters",
            2021,
        ),
        (
            "Chile signed the Agreement on the Prohibition of the Import, Sale and Transfer of Toxic Waste in 2001.",
            "Agreement on the Prohibition of the Import, Sale and Transfer of Toxic Waste",
            2001,
        ),
        (
            "Peru joined the Convention on the Prohibition of the Development, Production, Stockpiling and Use of Jungle Toxins in 1995.",
            "Convention on the Prohibition of the Development, Production, Stockpiling and Use of Jungle Toxins",
            1995,
        ),
    ):
        found = run(text).agreements
        assert [(g.name, g.year) for g in found] == [(name, year)], text


def test_a_list_of_names_stays_several() -> None:
    names = [g.name for g in run("Kenya signed the Paris Agreement, the Kyoto Protocol and the Montreal Protocol.").agreements]
    assert names == ["Paris Agreement", "Kyoto Protocol", "Montreal Protocol"]
    names = [g.name for g in run("Chile and Peru signed the Treaty of Amity, Commerce and Navigation in 1890.").agreements]
    assert names == ["Treaty of Amity, Commerce and Navigation"]


def test_the_ottawa_convention_is_the_mine_ban_treaty() -> None:
    text = (
        "Poland said it will withdraw from the Ottawa Convention. The Convention on the Prohibition of the Use, Stockpiling, "
        "Production and Transfer of Anti-Personnel Mines and on their Destruction was signed in 1997."
    )
    assert [g.name for g in run(text).agreements] == ["Ottawa Treaty"]
