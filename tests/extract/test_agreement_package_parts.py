"""Rule package_parts: a package told as made of listed texts ("the package consists of three
contracts: the A, a B and a C") is a record, and so is each listed text, part of the package and
signed when and as the earlier sentence signed the package."""

from __future__ import annotations

from tests.extract_support import run

_SIGNED = (
    "Chile and Argentina on Monday signed a package of contracts for a gas pipeline across the Andes, "
    "during a visit of the Argentine president to Santiago.\n\n"
)
_PARTS = (
    "The package consists of three contracts: the general contract for the construction of the pipeline, "
    "a contract for the supply of gas to the northern provinces, and a contract for the maintenance of the "
    "pumping stations."
)


def test_the_package_and_each_listed_contract_are_records() -> None:
    ex = run(_SIGNED + _PARTS, published="2024-05-06")
    names = [g.name for g in ex.agreements]
    assert len(names) == 4, names
    (whole,) = [g for g in ex.agreements if "package" in g.name]
    parts = [g for g in ex.agreements if g is not whole]
    assert any("supply of gas" in g.name for g in parts) and any("pumping stations" in g.name for g in parts)
    for g in ex.agreements:
        assert set(g.parties) == {"Chile", "Argentina"} and (g.status, g.year) == ("signed", 2024), g
    assert all(g.part_of == whole.name for g in parts)


def test_a_package_to_be_signed_leaves_its_parts_without_status() -> None:
    text = _SIGNED.replace("on Monday signed", "are expected to sign") + _PARTS
    ex = run(text, published="2024-05-06")
    assert all(g.status != "signed" for g in ex.agreements), [(g.name, g.status) for g in ex.agreements]


def test_a_colon_list_of_something_else_makes_no_package() -> None:
    text = _SIGNED + "The pipeline consists of three parts: the northern section, a mountain tunnel, and a pumping station."
    ex = run(text, published="2024-05-06")
    assert [g.name for g in ex.agreements if "package" not in g.name] == []


def test_a_deal_told_before_is_the_whole_of_its_listed_agreements() -> None:
    text = (
        "Chile and Argentina signed a trade deal on Monday in Santiago.\n\n"
        "The deal comprises three agreements: an agreement on tariffs, an agreement on customs cooperation "
        "and a protocol on food standards."
    )
    ex = run(text, published="2024-05-06")
    (whole,) = [g for g in ex.agreements if "deal" in g.name]
    parts = [g for g in ex.agreements if g is not whole]
    assert len(parts) == 3 and any("food standards" in g.name for g in parts), [g.name for g in parts]
    for g in parts:
        assert (g.part_of, g.status, g.year) == (whole.name, "signed", 2024), g


def test_a_part_named_with_commas_keeps_its_whole_object() -> None:
    text = _SIGNED + _PARTS.replace("the construction of the pipeline", "the design, construction and testing of the pipeline")
    names = [g.name for g in run(text, published="2024-05-06").agreements]
    assert any(n.endswith("general contract for the design, construction and testing of the pipeline") for n in names), names
