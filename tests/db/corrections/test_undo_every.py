"""Undo and redo of every correction: undo leaves the store exactly as before it (records,
links, every mention), redo exactly as after it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from store.db.store import Store
from store.records import Correction
from tests.db.corrections.conftest import article_of
from tests.db.corrections.test_merge_undo import snapshot

OKAFOR, ERIKSEN, CHEN = "p-amara-okafor", "p-lars-eriksen", "p-chen-wei"
JAPAN, AUSTRALIA = "c-japan", "c-australia"
RAA, MSP = "g-reciprocal-access-agreement", "g-maritime-security-pact"

CASES: list[tuple[str, tuple[str, ...], dict[str, Any]]] = [
    ("merge", (OKAFOR, ERIKSEN), {}),
    ("merge", (RAA, MSP), {}),
    ("split", (OKAFOR,), {"articles": ["b.txt"], "name": "A. Okafor"}),
    ("split", (RAA,), {"articles": ["b.txt"]}),
    ("rename", (CHEN,), {"name": "Wei Chen"}),
    ("rename", (MSP,), {"name": "Maritime Pact"}),
    ("kind", (ERIKSEN,), {"kind": "organization"}),
    ("delete", (JAPAN,), {}),
    ("delete", (RAA,), {}),
    ("add-party", (MSP, CHEN), {}),
    ("remove-party", (RAA, JAPAN), {}),
    ("set", (RAA,), {"field": "status", "value": "proposed"}),
    ("set", (RAA,), {"field": "year", "value": 1999}),
    ("set", (MSP,), {"field": "value", "value": "EUR 5 million"}),
    ("dismiss", (OKAFOR, ERIKSEN), {}),
]


@pytest.mark.parametrize(("op", "targets", "args"), CASES, ids=[f"{c[0]}-{c[1][0]}" for c in CASES])
def test_undo_and_redo(store_at: Path, op: str, targets: tuple[str, ...], args: dict[str, Any]) -> None:
    before = snapshot(store_at)
    with Store.open(store_at, write=True) as store:
        if "articles" in args:
            args = {**args, "articles": [article_of(store, a) for a in args["articles"]]}
        store.correct(Correction(op, targets, args, note="why"))
    after = snapshot(store_at)
    assert (after != before) == (op != "dismiss")
    with Store.open(store_at, write=True) as store:
        assert store.undo() is not None
    assert snapshot(store_at) == before
    with Store.open(store_at, write=True) as store:
        assert store.redo() is not None
    assert snapshot(store_at) == after
