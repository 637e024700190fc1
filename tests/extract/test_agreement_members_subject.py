"""The body whose members sign or adopt an agreement is its party (rule members_subject), past
"the world's first" before the name."""

from __future__ import annotations

import pytest

from tests.extract_support import run


@pytest.mark.parametrize(
    "text",
    [
        "Member states of the World Health Organization on Tuesday formally adopted the world's first Pandemic Agreement.",
        "Member states of the World Health Organization adopted the Pandemic Agreement.",
    ],
)
def test_members_of_a_body_adopting_make_the_body_a_party(text: str) -> None:
    (g,) = run(text).agreements
    assert g.parties == ["World Health Organization"]


def test_a_body_with_members_signing() -> None:
    (g,) = run("NATO members signed the Convention on Naval Mines.").agreements
    assert g.parties == ["NATO"]


def test_critics_of_a_body_are_no_members() -> None:
    (g,) = run("Critics of the World Health Organization adopted the Pandemic Agreement.").agreements
    assert g.parties == []


def test_the_worlds_first_is_read_past() -> None:
    (g,) = run("Chile signed the world's first Convention on Naval Mines.").agreements
    assert g.parties == ["Chile"]
