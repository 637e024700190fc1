"""Rule earlier_signers: "the third country to sign a trade deal with Japan, after Chile and
Peru" tells that each listed country signed such a deal with the partner: one record each."""

from __future__ import annotations

from tests.extract_support import run


def test_each_earlier_signer_has_a_record_with_the_partner() -> None:
    x = run(
        "Kenya signed a trade deal with Japan on Monday. Kenya is the third African country to sign "
        "a trade deal with Japan, after Ghana and Morocco."
    )
    deals = {frozenset(g.parties): g for g in x.agreements}
    assert set(deals) == {frozenset({"Kenya", "Japan"}), frozenset({"Japan", "Ghana"}), frozenset({"Japan", "Morocco"})}
    ghana = deals[frozenset({"Japan", "Ghana"})]
    assert ghana.status == "signed" and "trade deal" in ghana.name
    assert {f.rule for f in ghana.facts if f.field == "party"} == {"earlier_signers"}


def test_after_with_no_signing_makes_nothing() -> None:
    x = run("Kenya signed a trade deal with Japan on Monday. Talks with Japan, after Ghana and Morocco, were short.")
    assert len(x.agreements) == 1
