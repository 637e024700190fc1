"""Rule subject_apart: two unnamed memoranda of the same parties that one article names for
different subjects are two stored records; a memorandum and one whose subject holds its
subject may be one."""

from __future__ import annotations

from pathlib import Path

from store.db.export import export_data
from store.db.store import Store
from store.extract import extract
from store.extract.gazetteer import load_gazetteer
from store.resolve.subjects_apart import subjects_apart
from tests.conftest import build_article

_TEXT = [
    "Kenya and Uganda on Monday signed a memorandum of understanding on railway maintenance in Nairobi, officials said.",
    "The two ministers also signed a memorandum of understanding on dairy exports, which was welcomed by farmers.",
]


def test_two_memoranda_on_different_subjects_stay_two(db_path: Path) -> None:
    article = build_article(_TEXT, published="2025-03-05")
    ex = extract(article, load_gazetteer())
    with Store.open(db_path, write=True) as store:
        store.add(article, ex)
        store.commit()
    with Store.open(db_path) as store:
        data = export_data(store)
    names = sorted(g["name"] for g in data["agreements"])
    assert any("railway" in n for n in names) and any("dairy" in n for n in names)


def test_subjects_that_hold_one_another_may_be_one() -> None:
    assert not subjects_apart("Kenya-Uganda defence memorandum", "Kenya-Uganda memorandum")
    assert not subjects_apart("Kenya-Uganda rail memorandum", "Kenya-Uganda rail freight memorandum")
    assert subjects_apart("Kenya-Uganda rail memorandum", "Kenya-Uganda dairy export memorandum")


def test_other_kinds_of_text_are_left_to_the_other_rules() -> None:
    assert not subjects_apart("Kenya-Uganda rail agreement", "Kenya-Uganda dairy agreement")
