"""Offices whose owner or post is written around them: a firm's or a person's possessive
before an office after a name, an envoy's host country, a seat of government before an office,
a portfolio or "presidential" before a lower-case office, and "then" before an office."""

from __future__ import annotations

from tests.extract_support import actor, run


def _roles(ex, name: str) -> list[tuple[str, str | None]]:
    p = actor(ex, name, "person")
    assert p is not None, [a.name for a in ex.actors]
    return [(r.title, r.affiliation) for r in p.roles]


def test_firm_possessive_owns_the_office_after_the_name() -> None:
    ex = run('"The mine is safe," said Lena Hovik, Rio Tinto\'s chief executive.')
    assert _roles(ex, "Lena Hovik") == [("chief executive of Rio Tinto", "Rio Tinto")]  # a miner of two countries: the firm


def test_firm_possessive_gives_the_firms_country() -> None:
    ex = run('"Orders are up," said Lena Hovik, Boeing\'s chief executive.')
    assert _roles(ex, "Lena Hovik") == [("chief executive of Boeing", "United States")]


def test_person_possessive_serves_that_persons_country() -> None:
    ex = run("President Donald Trump praised the deal. Halvor Brenne, Trump's special envoy, joined the talks.")
    assert _roles(ex, "Halvor Brenne") == [("special envoy", "United States")]


def test_envoy_posted_to_a_country_keeps_the_host_in_the_office() -> None:
    ex = run('"The loan helps," said Kenji Arata, Japan\'s ambassador to Sri Lanka.')
    assert _roles(ex, "Kenji Arata") == [("ambassador to Sri Lanka", "Japan")]


def test_host_country_is_not_the_envoys_own() -> None:
    ex = run("Kenji Arata, the ambassador to Chile, said the loan would help.")
    assert _roles(ex, "Kenji Arata") == [("ambassador to Chile", None)]


def test_seat_of_government_is_part_of_the_office() -> None:
    ex = run("White House spokesman Kel Doran said the sale would go ahead.")
    assert _roles(ex, "Kel Doran") == [("White House spokesman", "United States")]


def test_portfolio_and_presidential_words_before_an_office() -> None:
    ex = run("Syrian oil minister Hayan Qadri said the field would reopen.")
    assert _roles(ex, "Hayan Qadri") == [("oil minister", "Syria")]
    ex = run('"No," presidential spokesperson Manuel Arrieta told a news conference in Lima.')
    assert _roles(ex, "Manuel Arrieta")[0][0] == "presidential spokesperson"


def test_then_before_an_office_after_a_name() -> None:
    ex = run("Halvor Brenne, then deputy governor of the central bank, signed the letter.")
    assert _roles(ex, "Halvor Brenne")[0][0].startswith("then deputy governor")


def test_hyphened_general_office_after_a_name() -> None:
    ex = run("Halvor Brenne, director-general of the Defence Ministry, said it was done.")
    assert _roles(ex, "Halvor Brenne")[0][0] == "director-general of the Defence Ministry"


def test_two_offices_joined_before_a_name_are_one_holders() -> None:
    ex = run('"Come and invest," said TotalEnergies chairman and chief executive Ola Berg on Monday.')
    assert _roles(ex, "Ola Berg") == [("TotalEnergies chairman and chief executive", "France")]


def test_office_of_several_portfolio_words_after_a_name() -> None:
    ex = run("Ravi Menon, Singapore's economic affairs secretary, said the plan would hold.")
    assert _roles(ex, "Ravi Menon") == [("economic affairs secretary", "Singapore")]


def test_an_initial_is_not_the_article_a() -> None:
    ex = run("The ceremony was attended by B. Orlov, the deputy chairman of Rostekhnadzor.")
    assert _roles(ex, "B. Orlov")[0][0] == "deputy chairman of Rostekhnadzor"
    ex = run("A. The talks went well on Monday.")
    assert [a for a in ex.actors if a.kind == "person"] == []


def test_office_of_a_body_the_common_owner_names() -> None:
    ex = run("In a post, Karim Saleh, head of the group's Supreme Revolutionary Council, said the halt was welcome.")
    assert _roles(ex, "Karim Saleh")[0][0].endswith("Supreme Revolutionary Council")


def test_capitalised_ambassador_to_a_country_before_the_name() -> None:
    ex = run("Chilean Ambassador to Peru Ana Soto said the loan would help.")
    assert _roles(ex, "Ana Soto") == [("Ambassador to Peru", "Chile")]


def test_body_opening_a_lower_case_office_after_a_name() -> None:
    ex = run('"It works," said Ana Soto, the IMF mission chief for Chile, adding that talks went well.')
    assert _roles(ex, "Ana Soto") == [("IMF mission chief for Chile", "International Monetary Fund")]
    ex = run("Ana Soto, the Boeing chief executive, said the order was firm.")
    assert _roles(ex, "Ana Soto") == [("chief executive of Boeing", "United States")]  # rule firm_title


def test_office_of_a_body_described_before_its_name() -> None:
    ex = run("The roadmap was signed by Ivan Orlov, director general of the Russian state nuclear corporation Rosatom, and others.")
    assert _roles(ex, "Ivan Orlov") == [("director general of Rosatom", "Russia")]


def test_lower_case_portfolio_goes_on_over_and() -> None:
    ex = run("The deal was signed by Rafiq Alam, Bangladesh's minister of science and technology.")
    assert _roles(ex, "Rafiq Alam") == [("minister of science and technology", "Bangladesh")]
    ex = run("Ana Soto, minister of science and Tom Berg said so.")
    assert _roles(ex, "Ana Soto")[0][0] == "minister of science"


def test_a_bodys_official_set_off_after_the_name() -> None:
    ex = run("Jorge Salas, the Trade Ministry official who led the talks, said the text was final.")
    p = actor(ex, "Jorge Salas", "person")
    assert p is not None and p.roles[0].title == "Trade Ministry official"
