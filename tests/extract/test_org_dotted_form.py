"""Rule org_dotted_form: an organisation named with and without the dots of an abbreviation
("U.S. Steel", "US Steel") is one organisation."""

from __future__ import annotations

from tests.extract_support import run


def _orgs(ex) -> dict[str, list[str]]:
    return {a.name: list(a.aliases) for a in ex.actors if a.kind == "organization"}


def test_dotted_then_bare() -> None:
    ex = run("U.S. Metals said on Monday that US Metals would keep its head office in Ohio.")
    assert _orgs(ex) == {"U.S. Metals": ["US Metals"]}


def test_bare_then_dotted() -> None:
    ex = run("US Metals said on Monday that U.S. Metals would keep its head office in Ohio.")
    assert _orgs(ex) == {"US Metals": ["U.S. Metals"]}


def test_other_names_stay_apart() -> None:
    ex = run("U.S. Metals said on Monday that UK Metals would keep its head office in Leeds.")
    assert set(_orgs(ex)) == {"U.S. Metals", "UK Metals"}
