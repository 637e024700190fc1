"""Rule officer-home: an officer of a national body serves the body's home country."""

from __future__ import annotations

import json

from store.extract.gazetteer import load_gazetteer
from tests.extract_support import actor, run


def _affs(ex, name: str) -> list[tuple[str | None, str]]:
    p = actor(ex, name, "person")
    assert p is not None, [a.name for a in ex.actors]
    return [(r.affiliation, r.affiliation_rule) for r in p.roles]


def test_known_company_gives_its_country() -> None:
    ex = run("Boeing chief executive Dana Whitfield said the order for forty jets would be filled by 2030.")
    assert _affs(ex, "Dana Whitfield") == [("United States", "officer-home")]


def test_country_adjective_describing_the_firm() -> None:
    ex = run(
        "Norwegian shipping group Valdsen Holdings won the tender. "
        "Valdsen Holdings chief executive Ingrid Sole said the first vessel would sail in May."
    )
    assert _affs(ex, "Ingrid Sole") == [("Norway", "officer-home")]


def test_possessive_country_before_the_firm() -> None:
    ex = run(
        "Brazil's state-owned miner Corvala Mining signed the contract. "
        "Corvala Mining chairman Tiago Ramos called it a milestone."
    )
    assert _affs(ex, "Tiago Ramos") == [("Brazil", "officer-home")]


def test_country_inside_an_unknown_body_name() -> None:
    ex = run("The Central Bank of Lesotho (CBL) kept rates on hold. CBL governor Lerato Dube said the loan would be repaid by 2031.")
    assert _affs(ex, "Lerato Dube") == [("Lesotho", "officer-home")]


def test_international_body_keeps_no_country() -> None:
    ex = run("NATO Secretary General Pieter Voss said the alliance would meet in Madrid.")
    assert ("Spain", "officer-home") not in _affs(ex, "Pieter Voss")
    assert all(rule != "officer-home" for _, rule in _affs(ex, "Pieter Voss"))


def test_firm_with_no_home_keeps_the_firm() -> None:
    ex = run("Talwin Ventures chief executive Omar Haddad said the pipeline deal would close next year.")
    assert _affs(ex, "Omar Haddad")[0][1] != "officer-home"


def test_gazetteer_country_must_be_text(tmp_path) -> None:
    bad = tmp_path / "mine.json"
    bad.write_text(json.dumps({"organizations": [{"name": "Acme", "type": "company", "country": 3}]}))
    try:
        load_gazetteer([bad])
    except Exception as err:  # the loader's one-line error names the entry
        assert "country" in str(err)
    else:
        raise AssertionError("a non-text country was accepted")


def test_a_state_body_naming_its_country_inside_serves_it() -> None:
    from tests.extract_support import actor as find_actor
    from tests.extract_support import run as run_text

    ex = run_text("Fiji and Tonga agreed to share patrol boats. Fiji Coast Guard commandant Ravi Naidu said the hotline would open in May.")
    p = find_actor(ex, "Ravi Naidu", "person")
    assert p is not None and p.roles[0].affiliation == "Fiji"


def test_a_state_body_naming_no_country_serves_the_articles_country() -> None:
    from tests.extract_support import actor as find_actor
    from tests.extract_support import run as run_text

    ex = run_text(
        "Hungary's parliament met on Monday. Hungary's lawmakers voted on the reform. Hungary will hold talks with Austria. "
        "Maria Kovacs, head of the Constitutional Court, said the vote was lawful."
    )
    p = find_actor(ex, "Maria Kovacs", "person")
    assert p is not None and p.roles[0].affiliation == "Hungary"
