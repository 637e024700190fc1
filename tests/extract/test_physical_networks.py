"""Rule physical_network: a network of pipes, wires, rails or roads is no agreement."""

from __future__ import annotations

from tests.extract_support import run


def _all_words(text: str) -> str:
    return " ".join(" ".join((g.name, *g.aliases)) for g in run(text).agreements).casefold()


def test_a_physical_network_is_no_agreement() -> None:
    for text in (
        "Under the swap arrangement, Azerbaijani gas will be fed into Georgia's southern network and sent on to Armenia, Georgia and Armenia said.",
        "Kenya and Uganda signed a deal to link their power networks by 2026.",
        "Nepal and China signed a framework to build the trans-Himalayan multidimensional connectivity network.",
        "Chile and Peru agreed to expand the rail network between Arica and Tacna.",
        "Ghana and Togo signed a pact to join their electricity transmission networks.",
    ):
        assert "network" not in _all_words(text), text


def test_a_network_set_up_together_stays() -> None:
    text = "The United States, Japan and Australia will create a joint air defence network, the ministers said."
    assert [g.name for g in run(text).agreements] == ["U.S.-Japan-Australia joint air defence network"]
