"""Rule government_and_rebels: "the government and rebels signed a peace agreement on Friday ...
The deal between the government and the X Front" is one agreement, signed (the first mention's
verb), dated by its day; with no rebels beside it, or after the record's mention, nothing joins."""

from __future__ import annotations

from tests.extract_support import run

_STORY = (
    "QUITO, June 6 - Ecuador's government and rebels signed a lasting peace agreement on Friday after "
    "months of fighting.\n\n"
    "The deal between the government and the Andean Liberation Front (ALF) came after talks in Lima."
)


def test_an_earlier_government_and_rebels_mention_gives_status_and_year() -> None:
    (g,) = run(_STORY, published="2019-06-08").agreements
    assert g.status == "signed" and g.year == 2019
    assert len(g.parties) == 2 and "Ecuador" in g.parties
    assert any(s.rule == "government_and_rebels" for s in g.spans)


def test_without_rebels_no_earlier_mention_joins() -> None:
    text = _STORY.replace("government and rebels", "government and unions")
    (g,) = run(text, published="2019-06-08").agreements
    assert g.status is None and not any(s.rule == "government_and_rebels" for s in g.spans)


def test_a_later_mention_is_not_folded() -> None:
    text = _STORY + "\n\nThe government and rebels had reached a truce in 2011, which failed."
    found = run(text.replace("signed a lasting peace agreement", "met"), published="2019-06-08").agreements
    assert not any(s.rule == "government_and_rebels" for g in found for s in g.spans)
    # the truce they had reached in 2011 is an older text of its own (rule: pluperfect_signed)
    assert [g.year for g in found if "truce" in g.name] == [2011]
