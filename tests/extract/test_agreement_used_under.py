"""Rule used_under: an agreement signed two years or more before the article that something is
done under now is in force; one done under in time to come, or one only said signed, stays
signed, and a recent one is not aged."""

from __future__ import annotations

from tests.extract_support import run


def _status(text: str, published: str = "2024-03-10") -> str | None:
    (g,) = [g for g in run(text, published=published).agreements if not g.unnamed]
    return g.status


def test_troops_hosted_under_an_old_agreement() -> None:
    assert _status("Ghana has long hosted Togolese troops under the Volta Forces Agreement signed with Togo in 1998.") == "in_force"


def test_what_will_be_done_under_it_is_to_come() -> None:
    assert _status("Ghana will host Togolese troops under the Volta Forces Agreement signed with Togo in 1998.") == "signed"


def test_an_old_agreement_only_said_signed_stays_signed() -> None:
    assert _status("Ghana and Togo signed the Volta Forces Agreement in 1998.") == "signed"


def test_a_recent_agreement_is_not_aged() -> None:
    text = "Ghana has hosted Togolese troops under the Volta Forces Agreement signed with Togo in 2023."
    assert _status(text) == "signed"
