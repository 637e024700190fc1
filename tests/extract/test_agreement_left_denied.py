"""Rule left_denied: "no member has left the treaty" leaves nothing, so an old treaty signed
long before the article is in force; one a party has left is not. An arms sale a government
will authorize is announced (status cue "authorize")."""

from __future__ import annotations

from tests.extract_support import run


def _status(text: str) -> str | None:
    (g,) = run(text, published="2025-01-01").agreements
    return g.status


def test_a_leaving_denied_keeps_an_old_treaty_in_force() -> None:
    assert _status("Peru and Chile signed the Andes Water Treaty in 2001. No member has left the Andes Water Treaty since.") == "in_force"


def test_a_treaty_left_is_not_in_force() -> None:
    assert _status("Peru and Chile signed the Andes Water Treaty in 2001. Peru has now left the Andes Water Treaty.") == "signed"


def test_never_withdrew_is_no_withdrawal() -> None:
    assert _status("Peru and Chile signed the Andes Water Treaty in 2001. Chile never withdrew from the Andes Water Treaty.") == "in_force"


def test_a_sale_to_be_authorized_is_announced() -> None:
    (g,) = run("The United States will authorize the sale of 12 helicopters to Colombia.").agreements
    assert g.status == "announced" and set(g.parties) == {"United States", "Colombia"}
