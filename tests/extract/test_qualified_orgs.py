"""Rule country_qualified_org: a body named with and without its country in front is one
organisation, the qualified name kept and the bare one its alias."""

from __future__ import annotations

from tests.extract_support import actor, run


def test_a_body_named_again_without_its_country_is_the_same_body() -> None:
    ex = run(
        "In 2021 the Peruvian Department of Maritime Affairs signed a contract with a shipyard. "
        "The Department of Maritime Affairs later posted a statement."
    )
    orgs = [a for a in ex.actors if a.kind == "organization"]
    dept = actor(ex, "Peruvian Department of Maritime Affairs", "organization")
    assert dept is not None, [a.name for a in orgs]
    assert "Department of Maritime Affairs" in dept.aliases and len(dept.spans) == 2
    assert actor(ex, "Department of Maritime Affairs", "organization") is None


def test_a_body_named_only_bare_keeps_its_name() -> None:
    ex = run("The Department of Maritime Affairs posted a statement on Monday.")
    assert actor(ex, "Department of Maritime Affairs", "organization") is not None
