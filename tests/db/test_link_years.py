"""Rule year_apart: an unnamed agreement an article dates to another year than the deal it
tells beside it, of the same parties, is a stored record of its own."""

from __future__ import annotations

from pathlib import Path

from store.db.export import export_data
from store.db.store import Store
from store.extract import extract
from store.extract.gazetteer import load_gazetteer
from tests.conftest import build_article

_TEXT = [
    "Chile and Peru on Tuesday signed an agreement on the sale of gas from the offshore field, the two governments said.",
    "The two countries first agreed to develop the field jointly under an intergovernmental cooperation agreement signed in 2018.",
]


def test_an_older_dated_agreement_of_the_same_pair_stays_its_own(db_path: Path) -> None:
    article = build_article(_TEXT)  # no date of its own: this year's deal has no year
    ex = extract(article, load_gazetteer())
    assert len(ex.agreements) == 2
    with Store.open(db_path, write=True) as store:
        store.add(article, ex)
        store.commit()
    with Store.open(db_path) as store:
        data = export_data(store)
    assert sorted(g["year"] or 0 for g in data["agreements"]) == [0, 2018]
