"""Rule venue_not_side: a country named before an agreement's verb only as where its makers
met ("said in Nairobi", "in the Kenyan capital", a dateline's city) is no side of it; one also
named as a subject stays a side."""

from __future__ import annotations

from tests.extract_support import run


def _parties(text: str) -> set[str]:
    found = run(text, published="2024-12-06").agreements
    return set(next(g for g in found if "trade" in g.name).parties)


def test_a_capital_after_in_is_the_venue() -> None:
    text = (
        "The African Union and the member states of the East African Community announced on Tuesday "
        "in Nairobi that their envoys concluded talks on a free trade agreement."
    )
    assert "Kenya" not in _parties(text)


def test_a_demonym_capital_after_in_is_the_venue() -> None:
    text = (
        "The African Union and the member states of the East African Community announced on Tuesday "
        "in the Kenyan capital that their envoys concluded talks on a free trade agreement."
    )
    assert "Kenya" not in _parties(text)


def test_a_dateline_city_is_the_venue() -> None:
    text = (
        "Nairobi, 3 Dec (Wire) - The African Union and the member states of the East African "
        "Community announced on Tuesday their envoys concluded talks on a free trade agreement."
    )
    assert "Kenya" not in _parties(text)


def test_a_country_also_named_as_subject_stays_a_side() -> None:
    text = "Kenya and Uganda met in Nairobi on Friday and concluded negotiations on a trade agreement."
    assert {"Kenya", "Uganda"} <= _parties(text)
