"""Rule dated_plural: texts listed by their years ("Ghana's 2009, 2015 and 2023 programmes with
the IMF", "accords signed in 2007 and 2008") are one record per year, each between the owner and
the partner (or the sides told before), of its year."""

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


def test_years_after_signed_in_are_one_record_each_of_the_pair_told_before() -> None:
    deals = _by_year(
        "Chad and Sudan signed a ceasefire deal on Friday. The rebels accuse the government of "
        "failing to honour peace accords signed in 2007 and 2008."
    )
    assert {2007, 2008} <= set(deals)
    assert set(deals[2007].parties) == {"Chad", "Sudan"} and "2008" in deals[2008].name


def test_years_after_with_the_sides_listed_in_the_sentence() -> None:
    deals = _by_year("Peru and Chile honour fishing accords signed in 1998, 2004 and 2011.")
    assert {1998, 2004, 2011} <= set(deals) and set(deals[2004].parties) == {"Peru", "Chile"}


def test_one_year_after_signed_in_is_no_list() -> None:
    deals = _by_year("Chad and Sudan signed a ceasefire deal on Friday. Accords signed in 2007 failed.")
    assert set(deals) == {2025}  # a single year: the plural is no list of dated texts
