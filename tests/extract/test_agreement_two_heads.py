"""Party phrases of heads of government: "the two premiers", "the two prime ministers" and "the
two heads of state" stand for the pair the story tells, as "the two leaders" does."""

from __future__ import annotations

import pytest

from tests.extract_support import run


@pytest.mark.parametrize("heads", ["two premiers", "two prime ministers", "two heads of state"])
def test_the_two_heads_signing_are_the_pair_told(heads: str) -> None:
    found = run(
        "Hungary's prime minister hosted his Swedish counterpart in Budapest on Friday, ending a long row "
        f"between Hungary and Sweden over NATO.\n\nThat visit took place on Friday, when the {heads} also "
        "sealed a defence deal."
    ).agreements
    assert [set(g.parties) for g in found] == [{"Hungary", "Sweden"}], [g.name for g in found]
    assert found[0].status == "signed"
