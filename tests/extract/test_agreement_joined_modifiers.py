"""Rule joined_modifiers: two lower-case modifiers joined by "and" or "or" before an agreement
noun ("a trade and investment pact", "a security and military cooperation memorandum", "an
immediate and unconditional ceasefire") are one phrase, so its determiner, verb and parties are
read; an evaluative half drops out of the name with its joining word."""

from __future__ import annotations

import pytest

from tests.extract_support import run


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Laos and Vietnam signed a trade and investment pact on Monday.", "trade and investment pact"),
        ("Laos signed a security and military cooperation memorandum with Vietnam in 2019.", "security and military cooperation memorandum"),
        ("Laos and Vietnam agreed on an immediate and unconditional ceasefire on Monday.", "immediate and unconditional ceasefire"),
        ('Laos and Vietnam agreed on an "immediate and unconditional" ceasefire on Monday.', "immediate and unconditional ceasefire"),
        ("Laos and Vietnam signed a road or rail transit deal in 2021.", "road or rail transit deal"),
        ("Laos and Vietnam signed a comprehensive and lasting peace deal on Monday.", "lasting peace deal"),
    ],
)
def test_joined_modifiers_keep_the_agreement(text: str, words: str) -> None:
    (g,) = run(text).agreements
    assert set(g.parties) == {"Laos", "Vietnam"} and g.status == "signed" and g.name.endswith(words)
    assert " and lasting" not in g.name


def test_two_parties_joined_are_no_modifier() -> None:
    ex = run("Officials praised the Laos and Vietnam pact signed in 2021.")
    assert not any("and vietnam" in g.name.lower() for g in ex.agreements)
