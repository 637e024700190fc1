"""An office "of" a state's formal name ("the President of the Republic of Kazakhstan") ends at
the state, and the name after it is the holder's, however the name is written (rule
office_of_country_name); an article whose last words are a name, a comma and a country is read
to its end."""

from __future__ import annotations

import pytest

from tests.extract_support import actor, run

CASES = [
    ("The President of the Republic of Kazakhstan Kassym-Jomart Tokayev signed the treaty.", "Kassym-Jomart Tokayev", "Kazakhstan"),
    ("The Prime Minister of the Republic of Senegal Jean-Marc Diouf arrived on Monday.", "Jean-Marc Diouf", "Senegal"),
    ("Talks were led by the President of the Republic of Korea Yoon Suk Yeol.", "Yoon Suk Yeol", "South Korea"),
    ("The Minister of Foreign Affairs of the Republic of Kenya Musalia Mudavadi spoke first.", "Musalia Mudavadi", "Kenya"),
    ("The President of the Kyrgyz Republic Sadyr Japarov hosted the summit.", "Sadyr Japarov", "Kyrgyzstan"),
    ("The President of the Democratic Republic of the Congo Felix Tshisekedi attended.", "Felix Tshisekedi", "Democratic Republic of the Congo"),
]


@pytest.mark.parametrize(("text", "name", "country"), CASES)
def test_office_of_a_formal_state_name_then_the_holder(text: str, name: str, country: str | None) -> None:
    ex = run(text)
    p = actor(ex, name, "person")
    assert p is not None, [a.name for a in ex.actors]
    assert p.roles and p.roles[0].title.split()[-1] in ("President", "Minister", "Affairs") or "Republic" in p.roles[0].title
    if country is not None:
        assert any(r.affiliation == country for r in p.roles)


@pytest.mark.parametrize(
    "text",
    [
        "Laos opened its railway on Friday, and President Thongloun Sisoulith spoke.\n\nStory by Anna Berg, Laos",
        "The ceasefire held, Egypt's Foreign Minister Sameh Shoukry said.\n\nStory by Omar Haddad, Egypt",
        "Leaders met in Lima.\n\nWritten by Maria Soto, Peru",
    ],
)
def test_an_article_ending_in_a_name_and_a_country_is_read_to_its_end(text: str) -> None:
    ex = run(text)
    assert ex.actors, "the extraction stopped"
