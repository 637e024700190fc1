"""Rule earlier_version: "an earlier version of the deal signed in 2021" is another text of the
same pair with its own year; the year is not the story's deal's."""

from __future__ import annotations

from tests.extract_support import run


def test_an_earlier_version_is_a_record_of_its_own_with_its_year() -> None:
    x = run("Oman signed a $5 billion energy deal with TotalEnergies on Monday. An earlier version of the deal signed in 2019 stalled.")
    by_year = {g.year: g for g in x.agreements}
    assert set(by_year) == {None, 2019}
    assert by_year[None].value == "$5 billion"
    assert set(by_year[2019].parties) == {"Oman", "TotalEnergies"}
    assert "earlier version of the deal" in by_year[2019].keywords


def test_the_deal_alone_still_refers_back() -> None:
    x = run("Oman signed a $5 billion energy deal with TotalEnergies on Monday. The deal was signed in Muscat.")
    assert len(x.agreements) == 1
