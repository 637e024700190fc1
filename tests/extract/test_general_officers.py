"""Offices ending in "General" (inspector, auditor, comptroller general) are whole offices:
read after a name as an apposition and in lower case before one, not as a bare "general"."""

from __future__ import annotations

from store.extract import extract
from store.parse.article import parse_article
from tests.extract_support import actor, gazetteer

_STORY = (
    "Ghana and Togo sign a border pact\n\n"
    "ACCRA, March 3 (GNA) - Ghana and Togo signed a border pact on Friday.\n\n"
    "It was signed by Major General Kwame Boateng, Inspector General of the Ghana Armed Forces, and a Togolese envoy.\n\n"
    "The accounts have been checked by Ghana's auditor general Yaw Darko since May.\n"
)


def _role(name: str) -> tuple[str, str | None]:
    ex = extract(parse_article(_STORY, "story.txt"), gazetteer())
    p = actor(ex, name, "person")
    assert p is not None and p.roles, [a.name for a in ex.actors]
    return p.roles[0].title, p.roles[0].affiliation


def test_an_inspector_general_after_a_ranked_name() -> None:
    assert _role("Kwame Boateng") == ("Inspector General of the Ghana Armed Forces", "Ghana")


def test_a_lower_case_auditor_general_before_a_name() -> None:
    assert _role("Yaw Darko") == ("auditor general", "Ghana")
