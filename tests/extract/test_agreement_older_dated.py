"""Rule older_dated: an agreement introduced as older ("the two sides had already reached a
truce agreement in 2011") is not the news a mention made before any record tells; the lede's
"signed a truce agreement" belongs to the story's own agreement (rules refer_ahead,
government_and_rebels)."""

from __future__ import annotations

from tests.extract_support import run

_TEXT = (
    "Burundi hopes for peace. Burundi signed it. The government and the rebels have signed a lasting "
    "truce agreement after weeks of fighting. The deal between the government and the National "
    "Liberation Forces (FNL) came after clashes. The two sides had already reached a truce agreement "
    "in 2011, but it collapsed."
)


def test_the_ledes_mention_is_the_storys_agreement_not_the_older_one() -> None:
    ex = run(_TEXT, published="2024-03-05")
    story = next(g for g in ex.agreements if "deal" in g.name)
    older = next(g for g in ex.agreements if g is not story)
    assert "lasting truce agreement" in story.keywords and story.status == "signed"
    assert older.year == 2011 and "lasting truce agreement" not in older.keywords


def test_without_a_date_had_already_marks_the_older_one() -> None:
    ex = run(_TEXT)
    story = next(g for g in ex.agreements if "deal" in g.name)
    assert "lasting truce agreement" in story.keywords
