"""Rules signing_to_come and signing_today: a present-tense signing in a clause of time or
condition ("before the treaty is signed", "once the deal is agreed") is still ahead, so the
agreement is announced; a speaker's "Today we sign the ... Treaty" is a signing now."""

from __future__ import annotations

from store.records import AgreementHit
from tests.extract_support import run


def _one(text: str) -> AgreementHit:
    (g,) = run(text, published="2025-02-01").agreements
    return g


def test_a_signing_in_a_before_clause_is_announced() -> None:
    g = _one("Suva wants Samoa to change its law before the Kauri Treaty is signed.")
    assert g.status == "announced"
    assert {f.rule for f in g.facts if f.field == "status"} == {"signing_to_come"}


def test_a_signing_in_a_once_clause_is_announced() -> None:
    assert _one("Trade will grow once the Kauri Treaty is signed by both sides.").status == "announced"


def test_a_past_signing_after_an_opener_stays_signed() -> None:
    assert _one("Trade grew after the Kauri Treaty was signed by both sides.").status == "signed"


def test_a_plain_passive_signing_stays_signed() -> None:
    assert _one("The Kauri Treaty is signed by both leaders in the capital.").status == "signed"


def test_today_we_sign_is_a_signing_now() -> None:
    g = _one("Today we sign the Kauri Treaty, the Fiji-Samoa Mutual Defence Treaty.")
    assert g.status == "signed"
    assert {f.rule for f in g.facts if f.field == "status"} == {"signing_today"}


def test_when_we_sign_is_still_to_come() -> None:
    assert _one("When we sign the Kauri Treaty, Fiji and Samoa will be allies.").status == "announced"
