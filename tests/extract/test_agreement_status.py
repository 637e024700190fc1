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


def test_the_furthest_stage_wins() -> None:
    ex = run(
        "Ghana and Togo signed a border agreement. The agreement was signed in Accra. "
        "The agreement entered into force on Monday."
    )
    g = next(a for a in ex.agreements if a.unnamed)
    assert g.status == "in_force"
def test_would_be_signed_is_announced() -> None:
    ex = run("Officials said the Ghana-Togo border agreement would be signed in Accra.")
    g = agreement(ex, "Ghana-Togo border agreement")
    assert g is not None and g.status == "announced"


def test_was_signed_stays_signed() -> None:
    ex = run("Officials said the Ghana-Togo border agreement was signed in Accra.")
    g = agreement(ex, "Ghana-Togo border agreement")
    assert g is not None and g.status == "signed"


def test_a_day_between_cue_and_mention() -> None:
    ex = run("Ghana and Togo are to sign on Thursday the Volta Fisheries Accord in Accra.")
    g = agreement(ex, "Volta Fisheries Accord")
    assert g is not None and g.status == "announced"


def test_a_mention_before_the_agreement_is_introduced() -> None:
    """Rule refer_ahead: a caption's "after the signing of a fisheries agreement" above the
    story names the article's one agreement of that kind."""
    text = (
        "Ministers at a press conference in Lima after the signing of a fisheries agreement. "
        "Chile and Peru have agreed on a fisheries agreement covering their shared coast."
    )
    ex = run(text, published="2020-02-02")
    g = next(a for a in ex.agreements if a.unnamed)
    assert len(g.spans) == 2 and g.status == "signed" and g.year == 2020


def test_the_pair_will_sign_names_the_two_and_is_announced() -> None:
    text = (
        "Ghana's minister flew to Lome. Togo welcomed the visit and Togo hosted talks. Ghana and "
        "Togo officials met. The minister will hold talks with his counterpart, at which the pair "
        "will sign the treaty. Photographers waited ahead of the treaty signing in Lome."
    )
    ex = run(text)
    g = next(a for a in ex.agreements if a.unnamed)
    assert set(g.parties) == {"Ghana", "Togo"} and g.status == "announced"


def test_an_old_signed_agreement_is_signed() -> None:
    """Rule aged_in_force: signed years before the article and only said to be signed: signed."""
    text = "Ghana and Togo recalled that they signed a border agreement in 2009 after long talks."
    g = next(a for a in run(text, published="2020-01-01").agreements if a.unnamed)
    assert (g.status, g.year) == ("signed", 2009)


def test_an_old_agreement_a_party_threatens_to_quit_is_in_force() -> None:
    """Rule aged_in_force: an old agreement a party is still to leave binds until it leaves."""
    text = "Ghana and Togo signed a border agreement in 2009. Togo has threatened to quit the border agreement."
    g = next(a for a in run(text, published="2020-01-01").agreements if a.unnamed)
    assert (g.status, g.year) == ("in_force", 2009)
    assert "aged_in_force" in {f.rule for f in g.facts if f.field == "status"}


def test_an_old_agreement_being_brought_into_effect_stays_signed() -> None:
    text = "Ghana and Togo agreed to bring into effect a 2009 border agreement."
    g = next(a for a in run(text, published="2020-01-01").agreements if a.unnamed)
    assert (g.status, g.year) == ("signed", 2009)


def test_a_recent_signing_stays_signed() -> None:
    text = "Ghana and Togo signed a border agreement in 2019 after long talks."
    g = next(a for a in run(text, published="2020-01-01").agreements if a.unnamed)
    assert g.status == "signed"


def test_a_described_lasting_never_overrides_a_stated_stage() -> None:
    ex = run(
        "Brazil and Uruguay on Thursday signed a lithium supply agreement in Montevideo. "
        "Officials said the agreement builds on a decade of cooperation."
    )
    g = next(a for a in ex.agreements if a.unnamed)
    assert g.status == "signed"


def test_a_described_lasting_alone_is_in_force() -> None:
    ex = run("Officials said the U.S.-Japan alliance remains strong despite tariffs.")
    g = next(a for a in ex.agreements if a.unnamed)
    assert g.status == "in_force"


def test_a_day_between_verb_and_preposition() -> None:
    ex = run("Ghana and Togo agreed on Saturday to a seven-day ceasefire along the border.")
    g = next(a for a in ex.agreements if a.unnamed)
    assert set(g.parties) == {"Ghana", "Togo"} and g.status == "signed"


def test_concluded_negotiations_is_announced() -> None:
    ex = run("Chile and Peru announced that they had concluded negotiations on a fisheries agreement.")
    g = next(a for a in ex.agreements if a.unnamed)
    assert g.status == "announced"


def test_negotiations_on_stays_under_negotiation() -> None:
    ex = run("Chile and Peru opened negotiations on a fisheries agreement in Lima.")
    g = next(a for a in ex.agreements if a.unnamed)
    assert g.status == "under_negotiation"
