"""Rules other_not_folded and gerund_subject: "a separate agreement" after a named one is
another text of the pair whose parties are read, never folded into the named one; "China
signing a pact with X" has China as the subject."""

from __future__ import annotations

from tests.extract_support import run


def test_a_separate_agreement_after_a_named_one_is_another_record_of_the_pair() -> None:
    x = run(
        "Fiji and Japan signed a defence pact on Monday. The Defence Cooperation Agreement was signed by "
        "Foreign Minister Yoko Kamikawa.\n\nA separate agreement will expand fisheries patrols around Fiji."
    )
    names = sorted(g.name for g in x.agreements)
    assert "Defence Cooperation Agreement" in names and len(names) == 2
    other = next(g for g in x.agreements if g.unnamed)
    assert set(other.parties) == {"Fiji", "Japan"} and "separate agreement" in other.keywords


def test_a_described_pact_still_folds_into_the_named_one() -> None:
    x = run("Fiji and Japan signed a defence pact on Monday. The Defence Cooperation Agreement was signed in Suva.")
    assert [g.name for g in x.agreements] == ["Defence Cooperation Agreement"]


def test_the_subject_of_a_gerund_is_the_party() -> None:
    x = run(
        "Kenya and Japan signed a port deal on Monday.\n\n"
        "The deal comes after China signing a security pact with Tanzania last year."
    )
    assert {frozenset(g.parties) for g in x.agreements} == {frozenset({"Kenya", "Japan"}), frozenset({"China", "Tanzania"})}
