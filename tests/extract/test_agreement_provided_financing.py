"""Rule lender_financing, two more shapes: a lender that "would provide a $5 billion support
package" and one that "would provide Kenya with up to $6 billion" commit money, an agreement of
lender and borrower, announced, the amount its value."""

from __future__ import annotations

from tests.extract_support import run


def test_a_provided_support_package() -> None:
    ex = run("Kenya reached a deal with the IMF. The minister said the World Bank would provide a $5 billion support package.")
    (g,) = [a for a in ex.agreements if "World Bank" in a.parties]
    assert set(g.parties) == {"World Bank", "Kenya"} and g.value == "$5 billion" and g.status == "announced"


def test_a_party_provided_with_an_amount() -> None:
    ex = run("Kenya reached a deal with the IMF. The World Bank separately said it would provide Kenya with up to $6 billion.")
    (g,) = [a for a in ex.agreements if "World Bank" in a.parties]
    assert set(g.parties) == {"World Bank", "Kenya"} and g.value == "$6 billion"


def test_provided_with_no_amount_is_no_financing() -> None:
    ex = run("Kenya reached a deal with the IMF. The World Bank said it would provide Kenya with advice.")
    assert all("World Bank" not in a.parties for a in ex.agreements)
