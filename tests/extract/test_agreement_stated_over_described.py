"""Rule stated_over_described: a mention a describing verb comes before ("builds on", "relies
on") still reads the verb after it, and a stage stated there ("signed in 2015") is its status;
with none after it the description keeps it in force."""

from __future__ import annotations

from tests.extract_support import run


def _by_name(text: str) -> dict[str, tuple[str | None, int | None]]:
    return {g.name: (g.status, g.year) for g in run(text, published="2024-03-10").agreements}


def test_a_signing_after_the_described_mention_is_its_status() -> None:
    text = "The new treaty between Ghana and Togo builds on the Volta Water Agreement, which both sides ratified in 2019."
    assert _by_name(text)["Volta Water Agreement"] == ("signed", 2019)


def test_a_participle_after_the_described_mention_is_its_status() -> None:
    text = "The new treaty between Ghana and Togo relies on a border accord concluded by the two countries in 2015."
    (status,) = {s for name, (s, _) in _by_name(text).items() if "border" in name}
    assert status == "signed"


def test_the_description_alone_keeps_it_in_force() -> None:
    text = "The new treaty between Ghana and Togo builds on the Volta Water Agreement."
    assert _by_name(text)["Volta Water Agreement"][0] == "in_force"
