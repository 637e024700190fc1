"""Rule also_signed_article_year, its further shapes: a signing the leaders "also witnessed",
or one a sentence opening "Separately," reports in the simple past, is a further act of the
story's own occasion, of the article's year; a past perfect one is earlier."""

from __future__ import annotations

from tests.extract_support import run

_LEAD = (
    "Ghana and Togo signed a border agreement on Monday in the coastal city of Lome after years of talks.\n\n"
    "The deal ends a long dispute over the coast that has troubled fishermen on both sides for decades.\n\n"
    "Fishermen on both sides have long complained of patrols. Traders hope for calmer seas.\n\n"
)


def _years(text: str) -> dict[str, tuple[int | None, str]]:
    out = {}
    for g in run(_LEAD + text, published="2024-03-10").agreements:
        rules = [f.rule for f in g.facts if f.field == "year"]
        out[g.name] = (g.year, rules[0] if rules else "")
    return out


def test_a_separately_reported_signing_is_of_the_articles_year() -> None:
    years = _years("Separately, Ghana signed a trade agreement with Benin.")
    assert years["Ghana-Benin trade agreement"] == (2024, "also_signed_article_year")


def test_a_separately_reported_earlier_signing_is_not() -> None:
    years = _years("Separately, Ghana had signed a trade agreement with Benin.")
    assert years["Ghana-Benin trade agreement"][0] is None


def test_a_signing_also_witnessed_is_of_the_articles_year() -> None:
    years = _years("The two presidents also witnessed the signing of a fisheries agreement between Ghana and Benin.")
    (found,) = [v for k, v in years.items() if "fisheries" in k]
    assert found == (2024, "also_signed_article_year")


def test_a_witnessed_signing_without_also_is_not_dated_so() -> None:
    years = _years("The two presidents witnessed the signing of a fisheries agreement between Ghana and Benin.")
    (found,) = [v for k, v in years.items() if "fisheries" in k]
    assert found[1] != "also_signed_article_year"
