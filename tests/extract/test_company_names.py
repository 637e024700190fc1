"""Companies a text names: a known firm written in full (rule known_company_full_name), a name
after a describing company noun (rule company-noun-before), and the bundled firms' forms."""

from __future__ import annotations

from tests.extract_support import actor, run


def _orgs(ex) -> dict[str, list[str]]:
    return {a.name: list(a.aliases) for a in ex.actors if a.kind == "organization"}


def test_known_firm_written_with_its_suffix_is_one_firm() -> None:
    orgs = _orgs(run("Lima signed a port contract with Japan's Marubeni Corporation on Monday."))
    assert orgs == {"Marubeni": ["Marubeni Corporation"]}


def test_known_firm_with_more_words_and_a_suffix() -> None:
    orgs = _orgs(run("The order went to Siemens Energy Global Holdings after a long tender."))
    assert list(orgs) == ["Siemens Energy"] and orgs["Siemens Energy"] == ["Siemens Energy Global Holdings"]


def test_known_firm_before_an_office_stays_itself() -> None:
    ex = run("Boeing Chief Executive Dana Whitfield said the order was firm.")
    assert "Boeing" in _orgs(ex)


def test_utility_giant_and_steelmaker_describe_a_firm() -> None:
    ex = run("The state utility Brenvik will build the plant with dairy giant Korlund and the steelmaker Arvena.")
    assert set(_orgs(ex)) == {"Brenvik", "Korlund", "Arvena"}
    assert actor(ex, "Brenvik", "person") is None


def test_a_giant_that_is_a_country_stays_a_country() -> None:
    ex = run("The Asian giant India and the miner Tavrio signed a supply deal.")
    assert set(_orgs(ex)) == {"Tavrio"}
    assert actor(ex, "India", "country") is not None


def test_opec_in_title_case() -> None:
    assert "OPEC" in _orgs(run("Iraq is Opec's second-largest crude producer, officials said."))


def test_firm_name_joined_by_an_ampersand_is_one_firm() -> None:
    orgs = _orgs(run("Brenvik Oil & Gas Company signed the supply deal on Monday."))
    assert list(orgs) == ["Brenvik Oil & Gas Company"]


def test_ampersand_without_a_suffix_after_it_joins_nothing() -> None:
    orgs = _orgs(run("Halden Energy signed with Tarr & Moss on Monday."))
    assert "Halden Energy" in orgs and not any("&" in name for name in orgs)


def test_a_firm_named_with_and_without_its_group_word_is_one() -> None:
    orgs = _orgs(run("Kestrel Airways Group ordered forty jets. Kestrel Airways said the order was its largest."))
    assert orgs == {"Kestrel Airways": ["Kestrel Airways Group"]}


def test_a_group_word_alone_joins_nothing() -> None:
    orgs = _orgs(run("Kestrel Airways Group ordered forty jets from Boeing on Monday."))
    assert "Kestrel Airways Group" in orgs and "Boeing" in orgs


def test_a_known_name_ending_a_longer_name_is_its_tail() -> None:
    orgs = _orgs(run("Lima signed a loan with the Agricultural Bank of China on Monday."))
    assert "Agricultural Bank of China" in orgs and "Bank of China" not in orgs
    orgs = _orgs(run("Lima signed a loan with the Export-Import Bank of Korea on Monday."))
    assert "Export-Import Bank of Korea" in orgs and "Bank of Korea" not in orgs


def test_a_known_name_after_the_or_a_sentence_word_is_itself() -> None:
    assert "Bank of Korea" in _orgs(run("Rates held. The Bank of Korea said so on Monday."))
    assert "Bank of Korea" in _orgs(run("Rates held. Yesterday Bank of Korea officials met."))
    assert "Bank of Korea" in _orgs(run("Rates held. Once Bank of Korea officials meet, they will vote."))
