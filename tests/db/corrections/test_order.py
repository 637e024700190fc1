"""Corrections applied as articles arrive give the same store as the same corrections
applied once to all the articles: the log, not the order of events, decides."""

from __future__ import annotations

import shutil
from pathlib import Path

from store.db.corrections_file import import_corrections, write_corrections
from store.db.store import Store
from store.records import Correction
from tests.db.corrections.conftest import LATER, article_of, ingest
from tests.db.corrections.test_merge_undo import snapshot

LATE = LATER + "\\nTrade Minister Chen Wei of Australia and Japan discussed the Maritime Security Pact.\\n"


def test_corrections_then_articles_equal_articles_then_corrections(
    store_at: Path, corpus: Path, tmp_path: Path
) -> None:
    with Store.open(store_at, write=True) as store:
        b = article_of(store, "b.txt")
        for c in [
            Correction("merge", ("p-amara-okafor", "p-lars-eriksen")),
            Correction("kind", ("p-chen-wei",), {"kind": "organization"}),
            Correction("remove-party", ("g-reciprocal-access-agreement", "c-japan")),
            Correction("set", ("g-reciprocal-access-agreement",), {"field": "year", "value": 2020}, "why"),
            Correction("split", ("c-japan",), {"articles": [b], "name": "Japan (b)"}),
            Correction("delete", ("g-maritime-security-pact",)),
        ]:
            store.correct(c)
        write_corrections(store, tmp_path / "fixes.json")
    (tmp_path / "later").mkdir()
    (tmp_path / "later" / "later.txt").write_text(LATE, encoding="utf-8")
    assert ingest(store_at, tmp_path / "later") == 0
    shutil.copytree(tmp_path / "later", corpus / "later")
    other = tmp_path / "other" / "store.json"
    assert ingest(other, corpus) == 0
    with Store.open(other, write=True) as store:
        made, bad = import_corrections(store, tmp_path / "fixes.json")
        assert (len(made), bad) == (6, [])
    assert snapshot(other) == snapshot(store_at)
