"""Rule described_partner: a partner after "with" described in lower case before its name
("with state-run X", "with state-owned aircraft maker X", "with Indonesian shipyard X") is the
firm named, not its country nor no one."""

from __future__ import annotations

from tests.extract_support import run


def _parties(text: str) -> set[str]:
    (g,) = run(text).agreements
    return set(g.parties)


def test_state_run_partner() -> None:
    assert _parties("Boeing signed a memorandum of understanding with state-run Bharat Electronics on radars.") == {"Boeing", "Bharat Electronics"}


def test_owned_maker_partner() -> None:
    assert _parties("Airbus signed a memorandum of understanding with state-owned aircraft maker Bharat Electronics.") == {"Airbus", "Bharat Electronics"}


def test_demonym_shipyard_partner() -> None:
    assert _parties("Naval Group signed a deal with Indonesian shipyard PT PAL for two submarines.") == {"Naval Group", "PT PAL"}
