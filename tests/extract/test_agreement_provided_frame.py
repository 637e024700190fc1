"""Rule provided_framework: a framework a verb of providing takes is no agreement of its own."""

from __future__ import annotations

from tests.extract_support import run


def _names(text: str) -> list[str]:
    return sorted(g.name for g in run(text, published="2025-02-16").agreements)


def test_a_provided_framework_is_no_agreement() -> None:
    text = "The minister said the plan provided a structured framework for engagement between Fiji and Tonga in trade."
    assert _names(text) == []


def test_an_offered_framework_with_one_modifier_is_no_agreement() -> None:
    assert _names("The memorandum offers a new framework for cooperation between Fiji and Tonga.") == []


def test_an_agreed_framework_stays_an_agreement() -> None:
    assert _names("Fiji and Tonga agreed a framework for trade talks on Monday.") == ["Fiji-Tonga framework"]
