"""Rule bloc_not_agreement: a name with an agreement noun used for a grouping of states ("the
Warsaw Pact countries") is no agreement; the same name alone still is."""

from __future__ import annotations

from tests.extract_support import run


def test_a_pact_named_as_a_bloc_of_countries_is_no_agreement() -> None:
    x = run("Hungary and Romania were once among the Warsaw Pact countries of eastern Europe.")
    assert x.agreements == []
    x = run("Laos and Vietnam joined the Manila Pact states in talks.")
    assert x.agreements == []


def test_the_pact_itself_is_still_an_agreement() -> None:
    x = run("Hungary left the Warsaw Pact in 1991.")
    assert [g.name for g in x.agreements] == ["Warsaw Pact"]
