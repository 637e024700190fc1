"""in_principle: an agreement reached in principle is announced, not signed."""

from __future__ import annotations

import pytest

from tests.extract_support import run


@pytest.mark.parametrize(
    "text",
    [
        "Ghana and Togo reached an in-principle agreement on a joint power line on Tuesday.",
        "Ghana and Togo reached an agreement in principle on a joint power line on Tuesday.",
        "Ghana and Togo have reached a fisheries deal in principle, officials said.",
    ],
)
def test_in_principle_is_announced(text: str) -> None:
    (g,) = run(text, published="2023-04-05").agreements
    assert g.status == "announced"
    assert any(f.rule == "in_principle" for f in g.facts)


def test_a_signed_in_principle_deal_stays_signed() -> None:
    ex = run(
        "Ghana and Togo reached an in-principle agreement on a power line, which they signed in Accra on Friday.",
        published="2023-04-05",
    )
    assert [a.status for a in ex.agreements] == ["signed"]


def test_principles_are_no_principle() -> None:
    ex = run("Ghana and Togo signed an agreement on principles of trade on Friday.", published="2023-04-05")
    assert [a.status for a in ex.agreements] == ["signed"]


def test_in_principle_with_no_status_cue_is_announced() -> None:
    (g,) = run("An in-principle agreement between Ghana and Togo was reached last week, officials said.", published="2023-04-05").agreements
    assert g.status == "announced"
    assert any(f.rule == "in_principle" for f in g.facts)
