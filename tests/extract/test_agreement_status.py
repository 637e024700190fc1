"""Status rules: the longest cue phrase says most ("set to sign" is announced, not signed),
and a modifier in quotes stays part of the noun phrase ("a 'reciprocal' accord")."""

from __future__ import annotations

from tests.extract_support import agreement, run


def test_quoted_modifier_keeps_the_verb_before_it() -> None:
    ex = run('Ghana and Togo on Friday signed a "reciprocal" accord on border patrols.')
    g = next(a for a in ex.agreements if a.unnamed)
    assert set(g.parties) == {"Ghana", "Togo"} and g.status == "signed"


def test_set_to_sign_is_announced() -> None:
    ex = run("Ghana and Togo are set to sign a border agreement next month.")
    g = agreement(ex, "Ghana-Togo border agreement")
    assert g is not None and g.status == "announced"


def test_expected_to_sign_is_announced() -> None:
    ex = run("Ghana and Togo are expected to sign a border agreement in Accra.")
    g = agreement(ex, "Ghana-Togo border agreement")
    assert g is not None and g.status == "announced"


def test_plain_sign_stays_signed() -> None:
    ex = run("Ghana and Togo sign a border agreement in Accra.")
    g = agreement(ex, "Ghana-Togo border agreement")
    assert g is not None and g.status == "signed"


def test_signatures_to_is_signed() -> None:
    ex = run("Ghana and Togo have put their signatures to a Border Patrol Agreement (BPA) in Lome.")
    g = agreement(ex, "Border Patrol Agreement")
    assert g is not None and g.status == "signed"


def test_signing_the_agreement_is_signed() -> None:
    ex = run("Ghana and Togo met in Lome. The ministers were pictured signing the Lome Fisheries Accord.")
    g = agreement(ex, "Lome Fisheries Accord")
    assert g is not None and g.status == "signed"


def test_equal_statuses_take_the_furthest_stage() -> None:
    ex = run("Ghana and Togo unveiled a border ceasefire on Friday. The ceasefire was clinched in Accra.")
    g = next(a for a in ex.agreements if a.unnamed)
    assert g.status == "signed"


def test_more_often_stated_status_wins() -> None:
    ex = run(
        "Ghana and Togo proposed a border agreement. Officials proposed the agreement again. "
        "Ghana said it had signed the agreement."
    )
    g = next(a for a in ex.agreements if a.unnamed)
    assert g.status == "proposed"


def test_would_be_signed_is_announced() -> None:
    ex = run("Officials said the Ghana-Togo border agreement would be signed in Accra.")
    g = agreement(ex, "Ghana-Togo agreement")
    assert g is not None and g.status == "announced"


def test_was_signed_stays_signed() -> None:
    ex = run("Officials said the Ghana-Togo border agreement was signed in Accra.")
    g = agreement(ex, "Ghana-Togo agreement")
    assert g is not None and g.status == "signed"


def test_a_day_between_cue_and_mention() -> None:
    ex = run("Ghana and Togo are to sign on Thursday the Volta Fisheries Accord in Accra.")
    g = agreement(ex, "Volta Fisheries Accord")
    assert g is not None and g.status == "announced"
