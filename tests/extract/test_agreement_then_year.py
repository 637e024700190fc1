"""Rule then_previous_year: an agreement a sentence's subject "then" makes, with no year of its
own, takes the year of the sentence before; "since then" or "then-president" are no next step."""

from __future__ import annotations

from tests.extract_support import run

_LEAD = "Ghana and Togo have argued over trade for decades, with exporters on both sides caught in the dispute.\n\n"


def _fact(text: str) -> tuple[int | None, str]:
    (g,) = run(_LEAD + text, published="2024-03-10").agreements
    rules = [f.rule for f in g.facts if f.field == "year"]
    return g.year, rules[0] if rules else ""


def test_a_next_step_takes_the_month_of_the_sentence_before() -> None:
    text = "Ghana finally gave its green light in January, after talks in Accra. Togo then signed a trade agreement with Ghana."
    assert _fact(text) == (2024, "then_previous_year")


def test_a_next_step_takes_the_one_year_of_the_sentence_before() -> None:
    text = "Ghana finally gave its green light in 2019, after talks in Accra. Togo then signed a trade agreement with Ghana."
    assert _fact(text) == (2019, "then_previous_year")


def test_since_then_points_back_without_sharing_the_time() -> None:
    text = "Ghana finally gave its green light in 2019, after talks in Accra. Since then Togo signed a trade agreement with Ghana."
    assert _fact(text)[1] != "then_previous_year"


def test_a_then_president_is_no_next_step() -> None:
    text = "Ghana finally gave its green light in 2019, after talks in Accra. The then-president of Togo signed a trade agreement with Ghana."
    assert _fact(text)[1] != "then_previous_year"
