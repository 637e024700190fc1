"""A post written after a name in lower case and tied to a named body or principal by a
preposition (rule post-after-name), and compound portfolio offices before a name."""

from __future__ import annotations

import pytest

from tests.extract_support import actor, run


def _titles(text: str, name: str) -> list[tuple[str, str | None]]:
    ex = run(text)
    p = actor(ex, name, "person")
    assert p is not None, [a.name for a in ex.actors]
    return [(r.title, r.affiliation) for r in p.roles]


POSTS = [
    ("Tomas Walde, a senior fellow at Carnegie Europe, said the truce was fragile.", "Tomas Walde", "senior fellow at Carnegie Europe"),
    ("Lena Okafor, an analyst at the Lowy Institute, said the pact would last.", "Lena Okafor", "analyst at the Lowy Institute"),
    ("Kim Do-hyun, a senior official at the Foreign Ministry, told reporters the talks went well.", "Kim Do-hyun", "senior official at the Foreign Ministry"),
    ("Rashad Aliyev, foreign policy adviser to the President, said the border talks would resume.", "Rashad Aliyev", "foreign policy adviser to the President"),
    ("The meeting was attended by Pavel Orlov, adviser to the director of the FSB.", "Pavel Orlov", "adviser to the director of the FSB"),
    ("Maria Lopez, a researcher with Human Rights Watch, said abuses went on.", "Maria Lopez", "researcher with Human Rights Watch"),
    ("The loan was backed by Ana Pires, a senior adviser at the Ministry of Finance of Ghana.", "Ana Pires", "senior adviser at the Ministry of Finance of Ghana"),
    ("Hugo Brandt, the IMF's senior mission chief for Ecuador, said the review was complete.", "Hugo Brandt", "senior mission chief for Ecuador"),
]


@pytest.mark.parametrize(("text", "name", "title"), POSTS)
def test_a_post_after_a_name_is_the_persons_office(text: str, name: str, title: str) -> None:
    assert any(title.casefold() in t.casefold() for t, _ in _titles(text, name))


def test_a_country_inside_the_body_is_the_posts_country() -> None:
    assert ("senior adviser at the Ministry of Finance of Ghana", "Ghana") in _titles(POSTS[6][0], "Ana Pires")


def test_a_lenders_post_for_a_country_is_not_that_countrys() -> None:
    assert all(a != "Ecuador" for _, a in _titles(POSTS[7][0], "Hugo Brandt"))


def test_the_country_a_post_serves_is_not_the_holders() -> None:
    assert all(a != "Brazil" for _, a in _titles("Tom Zulu, economic adviser to Brazil, agreed.", "Tom Zulu"))


def test_a_post_with_no_named_body_is_none() -> None:
    ex = run("Ruth Abebe, a senior fellow at a small institute, said little.")
    p = actor(ex, "Ruth Abebe", "person")
    assert p is None or not any("fellow" in r.title for r in p.roles)


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("National Security Minister Avi Dahan opposed the truce.", "Avi Dahan", "National Security Minister"),
        ("Energy and Natural Resources Minister Kemal Aksoy signed the gas deal.", "Kemal Aksoy", "Energy and Natural Resources Minister"),
        ("Turkey's National Defence Minister Kemal Aksoy met his counterpart.", "Kemal Aksoy", "National Defence Minister"),
        ("Parliament Speaker Olena Marchuk signed the ratification law.", "Olena Marchuk", "Parliament Speaker"),
        ("Nigeria's Central Bank Governor Musa Bello signed the swap line.", "Musa Bello", "Central Bank Governor"),
        ("Minister without Portfolio Chen Wei led the delegation.", "Chen Wei", "Minister without Portfolio"),
        ("Fiji's Attorney-General Sam Leung said the treaty was lawful.", "Sam Leung", "Attorney-General"),
    ],
)
def test_a_compound_office_before_a_name_is_read_whole(text: str, name: str, title: str) -> None:
    assert any(t == title for t, _ in _titles(text, name))


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("Natural Resources and Environment Minister Le Van Thanh said the plan was ready.", "Le Van Thanh", "Natural Resources and Environment Minister"),
        ("Chile's Mineral Resources and Energy Minister Diego Pardow spoke first.", "Diego Pardow", "Mineral Resources and Energy Minister"),
        ("On Monday Trade and Industry Minister Ana Pires spoke.", "Ana Pires", "Trade and Industry Minister"),
    ],
)
def test_an_adjective_of_the_first_portfolio_stays_with_the_office(text: str, name: str, title: str) -> None:
    assert any(t == title for t, _ in _titles(text, name))


def test_the_first_portfolio_of_a_fronted_office_is_no_body() -> None:
    ex = run("The plan was ready in May. Natural Resources and Environment Minister Le Van Thanh signed it.")
    assert all(a.kind != "organization" for a in ex.actors), [a.name for a in ex.actors]


def test_a_post_serving_a_principal_in_lower_case() -> None:
    text = "Mira Sen, a foreign affairs adviser to the prime minister, said the talks went well."
    assert any(t == "foreign affairs adviser to the prime minister" for t, _ in _titles(text, "Mira Sen"))


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("The vote passed, lawmaker Petro Kovalenko of the Labour Party reported.", "Petro Kovalenko", "lawmaker"),
        ("Opposition lawmaker Ivan Petrenko of the Holos party said the vote was rigged.", "Ivan Petrenko", "Opposition lawmaker"),
        ("The revolution toppled dictator Omar Bashaar Ali in 2011.", "Omar Bashaar Ali", "dictator"),
        ("The port is owned by billionaire Rafael Montero.", "Rafael Montero", "billionaire"),
    ],
)
def test_a_lower_case_occupation_before_a_name(text: str, name: str, title: str) -> None:
    assert any(t == title for t, _ in _titles(text, name))


def test_a_name_of_two_words_before_the_body_it_belongs_to() -> None:
    ex = run("Anna Berg of the Lowy Institute said the pact was weak.")
    assert actor(ex, "Anna Berg", "person") is not None
    assert actor(ex, "Lowy Institute", "organization") is not None
