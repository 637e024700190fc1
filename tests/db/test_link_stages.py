"""Rule stage_apart: two unnamed agreements of the same parties that one article tells apart by
name and stage (one signed, one only proposed) are two stored records, not one."""

from __future__ import annotations

from pathlib import Path

from store.db.export import export_data
from store.db.store import Store
from store.extract import extract
from store.extract.gazetteer import load_gazetteer
from tests.conftest import build_article

_TEXT = [
    "Norway signed an agreement on Tuesday to sell patrol boats to Ghana, officials in Accra said.",
    "Ghana's navy chief said the boats would arrive next year.",
    "Diplomats also spoke of a possible fisheries protection agreement between the two countries.",
]


def test_a_signed_and_a_proposed_agreement_of_one_pair_stay_two(db_path: Path) -> None:
    article = build_article(_TEXT, published="2025-03-05")
    ex = extract(article, load_gazetteer())
    assert sorted(g.status for g in ex.agreements) == ["proposed", "signed"]
    with Store.open(db_path, write=True) as store:
        store.add(article, ex)
        store.commit()
    with Store.open(db_path) as store:
        data = export_data(store)
    assert sorted(g["status"] for g in data["agreements"]) == ["proposed", "signed"]
