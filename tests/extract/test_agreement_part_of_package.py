"""Rule part_of_package: an agreement "part of a wider $9 billion financing package" belongs to
a package that is a record of its own, of the same sides, its amount the package's value."""

from __future__ import annotations

from tests.extract_support import run


def test_a_loan_part_of_a_wider_package_gives_the_package_its_own_record() -> None:
    ex = run(
        "Ghana agreed a $3 billion loan with the IMF. The minister said the IMF loan was part of "
        "a wider $9 billion financing package.",
        published="2023-05-02",
    )
    loan = next(g for g in ex.agreements if "loan" in g.name)
    package = next(g for g in ex.agreements if "package" in g.name)
    assert package.value == "$9 billion" and loan.value == "$3 billion"
    assert set(package.parties) == {"Ghana", "International Monetary Fund"}
    assert "billion" not in package.name
    assert loan.part_of == package.name and package.status == "announced"


def test_a_sale_forming_part_of_an_arms_package_worth_an_amount() -> None:
    ex = run(
        "France agreed to sell 24 Rafale jets to Qatar. The Rafale sale forms part of a ten-year "
        "arms package for the emirate, worth $40 billion.",
        published="2023-05-02",
    )
    package = next(g for g in ex.agreements if "package" in g.name)
    assert set(package.parties) == {"France", "Qatar"} and package.value == "$40 billion"


def test_a_package_alone_is_no_part() -> None:
    ex = run("Ghana agreed a $3 billion loan with the IMF. The package was welcomed.", published="2023-05-02")
    assert len(ex.agreements) == 1
