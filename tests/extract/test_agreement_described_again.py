"""Rule described_again: a definite mention with a content word ("the border treaty") refers
back to the agreement called so, not to a later one of the same noun on another subject."""

from __future__ import annotations

from tests.extract_support import run


def test_the_described_mention_goes_to_the_agreement_called_so() -> None:
    ex = run(
        "Chile and Peru signed a border treaty on Friday. "
        "Chile also plans a trilateral treaty with Bolivia on fishing rights, the minister said. "
        "Critics said the border treaty came too late."
    )
    border = [g for g in ex.agreements if "border" in g.name]
    assert len(border) == 1 and set(border[0].parties) == {"Chile", "Peru"}, [g.name for g in ex.agreements]
    others = [g for g in ex.agreements if g is not border[0]]
    assert all("border treaty" not in g.keywords for g in others)
