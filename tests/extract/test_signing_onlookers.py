"""Rule signatories_offices: those a passive signing names after "by" are its signers; a comma
opening "with", "in the presence of" or "witnessed by" names onlookers, who are no side, so
the mention stays the agreement told before."""

from __future__ import annotations

from tests.extract_support import run


def test_an_onlooker_after_the_signers_is_no_side() -> None:
    for text, pair in (
        (
            "The leaders of Chile and Bolivia signed a joint declaration in Brasilia on Tuesday. The declaration was signed by "
            "Chilean President Gabriel Boric and Bolivian President Luis Arce, with Brazilian President Lula da Silva signing as a witness.",
            {"Chile", "Bolivia"},
        ),
        (
            "Kenya and Ethiopia signed a border pact on Monday. The pact was signed by Kenyan President William Ruto and "
            "Ethiopian Prime Minister Abiy Ahmed, in the presence of Qatar's emir.",
            {"Kenya", "Ethiopia"},
        ),
        (
            "Ghana and Togo signed a power deal on Friday. The deal was signed by the Ghanaian and Togolese energy ministers, "
            "witnessed by the French ambassador.",
            {"Ghana", "Togo"},
        ),
    ):
        found = run(text).agreements
        assert [set(g.parties) for g in found] == [pair], text


def test_signers_listed_with_their_offices_stay_signers() -> None:
    text = "The memorandum was signed by the Minister of Energy of Ghana, John Jinapor, and the Minister of Mines of Zambia, Paul Kabuswe."
    assert [set(g.parties) for g in run(text).agreements] == [{"Ghana", "Zambia"}]
