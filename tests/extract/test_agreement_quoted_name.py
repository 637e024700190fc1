"""Rule quoted_name: a capitalised name in quotes right before an agreement noun ('the
"Northstar" security treaty') is the agreement's own name, not a description built from its
parties; like a name of common words it takes in the one described agreement of its parties
(rule generic_fold), also one called an alliance when the text calls it a treaty too
(rule alliance_called_text)."""

from __future__ import annotations

from tests.extract_support import run


def test_a_quoted_name_before_the_noun_names_the_treaty() -> None:
    ex = run("Canada and Norway have signed the \u201cNorthstar\u201d security treaty in Oslo.")
    (g,) = ex.agreements
    assert g.name == "Northstar security treaty" and not g.unnamed
    assert "Northstar treaty" in g.aliases
    assert set(g.parties) == {"Canada", "Norway"} and g.status == "signed"
    assert any(s.rule == "quoted_name" for s in g.spans)


def test_the_described_alliance_of_the_same_pair_is_the_named_treaty() -> None:
    ex = run(
        "Canada and Norway sign historic alliance to defend each other.\n\n"
        "Canada and Norway have pledged mutual defence under a landmark treaty. "
        'Canada and Norway have formally signed the "Northstar" security treaty on Friday.',
        headings=(0,),
    )
    (g,) = ex.agreements
    assert g.name == "Northstar security treaty" and set(g.parties) == {"Canada", "Norway"}


def test_quoted_words_in_lower_case_name_nothing() -> None:
    ex = run('Canada and Norway signed the "historic" security treaty on Friday.')
    assert all(g.unnamed for g in ex.agreements)


def test_a_quote_of_speech_before_a_noun_is_no_name() -> None:
    ex = run('"Today," he said, "Canada and Norway sign a security pact."')
    assert all(g.unnamed for g in ex.agreements)
