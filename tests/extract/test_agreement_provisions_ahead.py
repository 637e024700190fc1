"""Rule provisions_ahead: an agreement whose only stage is a provision to come ("Under the
pact, X will ...") takes the stage and year the lede tells; one told in the past tense, one
dated before the article, or a lede telling no stage keeps the in-force reading."""

from __future__ import annotations

from tests.extract_support import run


def _pact(text: str):
    ex = run(text, published="2025-05-14")
    return next(a for a in ex.agreements if "Harbour" in a.name)


_SIGNED_LEDE = (
    "Chile and Peru on Monday signed several agreements during a visit by the Chilean president to Lima, "
    "officials from both governments told reporters.\n\n"
)
_AGREED_LEDE = (
    "Chile and Peru agreed on Monday to share port data in a joint statement released after talks "
    "between the two foreign ministers in Lima.\n\n"
)


def test_a_provision_to_come_takes_the_signing_the_lede_tells() -> None:
    g = _pact(_SIGNED_LEDE + "Under the Harbour Safety Accord, the two navies will hold joint drills every spring.")
    assert (g.status, g.year) == ("signed", 2025)
    assert "provisions_ahead" in {f.rule for f in g.facts if f.field == "status"}


def test_an_expected_provision_takes_the_agreement_the_lede_tells() -> None:
    g = _pact(_AGREED_LEDE + "Under the Harbour Safety Accord, port authorities are expected to exchange cargo lists.")
    assert (g.status, g.year) == ("announced", 2025)


def test_a_provision_in_the_past_tense_keeps_the_agreement_in_force() -> None:
    g = _pact(_SIGNED_LEDE + "Under the Harbour Safety Accord, the two navies held joint drills every spring.")
    assert "provisions_ahead" not in {f.rule for f in g.facts}


def test_an_older_agreement_keeps_its_reading() -> None:
    g = _pact(
        _SIGNED_LEDE + "Under the 2009 Harbour Safety Accord, the two navies will hold joint drills every spring."
    )
    assert "provisions_ahead" not in {f.rule for f in g.facts}


def test_a_lede_telling_no_stage_changes_nothing() -> None:
    g = _pact(
        "Fishing crews in northern Chile and southern Peru have complained for years about crowded "
        "harbours and slow inspections at the border.\n\n"
        "Under the Harbour Safety Accord, the two navies will hold joint drills every spring."
    )
    assert "provisions_ahead" not in {f.rule for f in g.facts}
