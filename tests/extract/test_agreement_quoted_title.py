"""Rules quoted_title and descriptions_of_one_name: a formal title in quotes is one name with
the states it names as parties, and the descriptions of those states before it are that name."""

from __future__ import annotations

from tests.extract_support import run

_TITLE = (
    "Agreement between the Government of the Lao People's Democratic Republic and the Government of "
    "the Socialist Republic of Vietnam on Mutual Visa Exemption for Holders of Ordinary Passports"
)


def test_a_quoted_title_is_one_name_with_its_states() -> None:
    text = f'The "{_TITLE}" was signed in Vientiane on Monday by the two foreign ministers.'
    found = run(text, published="2024-03-01").agreements
    assert [g.name for g in found] == [_TITLE]
    assert sorted(found[0].parties) == ["Laos", "Vietnam"]
    assert found[0].status == "signed"


def test_two_descriptions_of_its_states_before_it_are_the_name() -> None:
    text = (
        "The two ministers shake hands after signing the mutual visa-free agreement between Laos and Vietnam.\n\n"
        "A reciprocal visa-waiver agreement between Laos and Vietnam came into force on Friday.\n\n"
        f'The "{_TITLE}" was signed in Vientiane in January.'
    )
    found = run(text, published="2024-03-01").agreements
    assert [g.name for g in found] == [_TITLE]
    assert found[0].status == "in_force"


def test_a_short_quote_is_no_title() -> None:
    text = 'Laos called it "Agreement of friends" when it signed a trade deal with Vietnam.'
    names = [g.name for g in run(text, published="2024-03-01").agreements]
    assert "Agreement of friends" not in names
