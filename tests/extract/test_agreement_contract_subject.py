"""Rule contract_subject: a contract with a named supplier told by what it buys ("The first
contract with X relates to the purchase of the 'Skyguard' radar system") is a record of its
own, named by the thing bought, between the buyer and the supplier; a counted plural of deals
"for the supply of A and B" gives one record each; nothing is made without a named thing, a
named supplier or a count."""

from __future__ import annotations

from tests.extract_support import run

_TEXT = (
    "Peru's defence ministry on Tuesday signed two contracts worth $90 million with Nordwerk "
    "Systems Limited (NSL). The first contract with NSL relates to the purchase of the "
    "'Skyguard' air defence system worth $40 million for the Peruvian Army. The second contract "
    "with NSL covers the acquisition of Condor Maritime Patrol drones at a cost of $50 million "
    "for the Peruvian Navy. The contracts follow three deals that the Peruvian ministry signed "
    "with NSL in May for the supply of Falcon radars, 40 KX-9 jammers and Orca sonars."
)


def _by_subject(text: str) -> dict[str, object]:
    deals = run(text, published="2025-03-12").agreements
    return {g.name: g for g in deals}


def test_each_contract_is_named_by_what_it_buys() -> None:
    deals = _by_subject(_TEXT)
    sky = next(g for name, g in deals.items() if "Skyguard" in name)
    condor = next(g for name, g in deals.items() if "Condor" in name)
    assert set(sky.parties) == set(condor.parties) == {"Peru", "Nordwerk Systems Limited"}
    assert (sky.value, condor.value) == ("$40 million", "$50 million")
    assert sky.status == condor.status == "signed"


def test_a_counted_plural_gives_one_contract_per_thing_listed() -> None:
    deals = _by_subject(_TEXT)
    for thing in ("Falcon", "KX-9", "Orca"):
        found = [g for name, g in deals.items() if thing in name]
        assert len(found) == 1 and set(found[0].parties) == {"Peru", "Nordwerk Systems Limited"}


def test_a_thing_without_a_name_makes_nothing() -> None:
    deals = run(
        "Chile signed a contract with Airbus on Monday. The contract with Airbus covers the supply "
        "of spare parts for three years.",
        published="2025-03-12",
    ).agreements
    assert len(deals) == 1


def test_a_plural_without_a_count_makes_nothing() -> None:
    deals = run(
        "Chile signed contracts with Airbus on Monday for the supply of Tiger helicopters and "
        "Puma helicopters.",
        published="2025-03-12",
    ).agreements
    assert not any("Tiger" in g.name or "Puma" in g.name for g in deals)
