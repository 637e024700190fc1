"""The country an article speaks from: a release by a state's office-holder and a city named
for its country in the dateline; a newspaper named for a country is not its government."""

from __future__ import annotations

from store.extract.home import home_country
from tests.extract_support import gazetteer


def test_a_release_by_a_head_of_government() -> None:
    assert home_country(gazetteer(), None, None, "Office of the Prime Minister of Ghana") == "Ghana"
    assert home_country(gazetteer(), None, None, "President of Ghana") == "Ghana"


def test_a_city_named_for_its_country() -> None:
    assert home_country(gazetteer(), "Belize City", None, None) == "Belize"


def test_a_newspaper_named_for_a_country_is_no_release() -> None:
    assert home_country(gazetteer(), None, "Kofi Mensah", "Ghana Weekly Times") is None
    assert home_country(gazetteer(), "Lome", None, "Ghana Weekly Times") == "Togo"
