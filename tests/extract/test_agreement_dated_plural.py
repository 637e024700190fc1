"""Rule dated_plural: texts listed by their years ("Ghana's 2009, 2015 and 2023 programmes with
the IMF") are one record per year, each between the owner and the partner, of its year."""

from __future__ import annotations

from tests.extract_support import run


def _by_year(text: str) -> dict[int | None, object]:
    return {g.year: g for g in run(text, published="2025-01-01").agreements}


def test_an_owners_programmes_by_year_with_a_lender() -> None:
    deals = _by_year("Ghana's 2009, 2015 and 2023 programmes with the International Monetary Fund all ended early.")
    assert set(deals) == {2009, 2015, 2023}
    for g in deals.values():
        assert set(g.parties) == {"Ghana", "International Monetary Fund"} and g.status == "signed"
        assert any(f.rule == "dated_plural" for f in g.facts if f.field == "year")


def test_its_loans_from_a_lender() -> None:
    deals = _by_year("Pakistan said its 2013 and 2019 loans from the World Bank were repaid.")
    assert set(deals) == {2013, 2019}
    assert set(deals[2013].parties) == {"Pakistan", "World Bank"}


def test_a_subject_list_renewing_dated_treaties() -> None:
    deals = _by_year("Egypt and Jordan renewed the 1999 and 2004 treaties.")
    assert set(deals) == {1999, 2004} and {g.status for g in deals.values()} == {"in_force"}


def test_years_without_parties_make_nothing() -> None:
    assert run("The 2016 and 2020 deals were popular.").agreements == []
