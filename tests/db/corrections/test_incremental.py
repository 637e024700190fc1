"""A correction is made on the records it touches, and an undo puts them back from an image:
each must give exactly what the reference gives, a rebuild from extraction with the log."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import pytest

from store.db.store import Store
from store.errors import CorrectionError
from store.records import Correction
from tests.db.corrections.conftest import LATER, article_of, ingest
from tests.db.corrections.test_merge_undo import snapshot
from tests.db.corrections.test_undo_every import CASES, ERIKSEN, OKAFOR, RAA

IDS = [f"{c[0]}-{c[1][0]}" for c in CASES]


def _correct(store: Store, op: str, targets: tuple[str, ...], args: dict[str, Any]) -> None:
    if "articles" in args:
        args = {**args, "articles": [article_of(store, a) for a in args["articles"]]}
    store.correct(Correction(op, targets, args, note="why"))


@pytest.mark.parametrize(("op", "targets", "args"), CASES, ids=IDS)
def test_a_correction_equals_the_rebuild_with_it(
    store_at: Path, op: str, targets: tuple[str, ...], args: dict[str, Any]
) -> None:
    with Store.open(store_at, write=True) as store:
        _correct(store, op, targets, args)
    made = snapshot(store_at)
    with Store.open(store_at, write=True) as store:
        store.rebuild()
    assert snapshot(store_at) == made


@pytest.mark.parametrize(("op", "targets", "args"), CASES, ids=IDS)
def test_an_undo_puts_back_exactly_what_was_there(
    store_at: Path, op: str, targets: tuple[str, ...], args: dict[str, Any]
) -> None:
    before = snapshot(store_at)
    with Store.open(store_at, write=True) as store:
        _correct(store, op, targets, args)
    with Store.open(store_at, write=True) as store:
        store.undo()
        assert store.last_undo == "image"
    assert snapshot(store_at) == before
    with Store.open(store_at, write=True) as store:  # and it is what a rebuild says
        store.rebuild()
    assert snapshot(store_at) == before


AFTER_MERGE = [c for c in CASES if ERIKSEN not in c[1]]  # the merge takes him away


@pytest.mark.parametrize(
    ("op", "targets", "args"), AFTER_MERGE, ids=[f"{c[0]}-{c[1][0]}" for c in AFTER_MERGE]
)
def test_two_corrections_undone_one_after_the_other_each_by_image(
    store_at: Path, op: str, targets: tuple[str, ...], args: dict[str, Any]
) -> None:
    steps = [snapshot(store_at)]
    with Store.open(store_at, write=True) as store:
        _correct(store, "merge", (OKAFOR, ERIKSEN), {})
    steps.append(snapshot(store_at))
    with Store.open(store_at, write=True) as store:
        _correct(store, op, targets, args)
    for expected in reversed(steps):
        with Store.open(store_at, write=True) as store:
            store.undo()
            assert store.last_undo == "image"
        assert snapshot(store_at) == expected


def test_an_ingest_naming_what_a_correction_changed_makes_the_undo_rebuild(
    store_at: Path, tmp_path: Path
) -> None:
    with Store.open(store_at, write=True) as store:
        store.correct(Correction("rename", (ERIKSEN,), {"name": "L. Eriksen"}))
    later = tmp_path / "later.txt"
    later.write_text(LATER, encoding="utf-8")  # names Eriksen: his record changes again
    assert ingest(store_at, later) == 0
    with Store.open(store_at, write=True) as store:
        store.undo()
        assert store.last_undo == "rebuild"
        assert store.actor(ERIKSEN).name == "Lars Eriksen"  # type: ignore[union-attr]
    undone = snapshot(store_at)
    with Store.open(store_at, write=True) as store:
        store.rebuild()
    assert snapshot(store_at) == undone


ELSEWHERE = """Brazil and Argentina open river talks

BRASILIA, May 9 (Reuters) - Brazil and Argentina opened talks on the Parana Waterway Accord on Friday.
"""


@pytest.mark.parametrize(("op", "targets", "args"), CASES, ids=IDS)
def test_an_ingest_naming_none_of_it_still_undoes_by_image(
    store_at: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    op: str,
    targets: tuple[str, ...],
    args: dict[str, Any],
) -> None:
    """While the journal holds the commits since (a store this small compacts at every
    commit otherwise), they show the ingest wrote none of the records the undo puts back."""
    monkeypatch.setattr("store.db.catalog.COMPACT_MIN", 1 << 40)
    with Store.open(store_at, write=True) as store:
        _correct(store, op, targets, args)
    other = tmp_path / "other.txt"
    other.write_text(ELSEWHERE, encoding="utf-8")
    assert ingest(store_at, other) == 0
    with Store.open(store_at, write=True) as store:
        store.undo()
        how = store.last_undo
    undone = snapshot(store_at)
    with Store.open(store_at, write=True) as store:
        store.rebuild()
    assert snapshot(store_at) == undone  # by image or not, exactly what the rebuild gives
    assert how == "image"


def test_redo_then_undo_is_by_image_again(store_at: Path) -> None:
    before = snapshot(store_at)
    with Store.open(store_at, write=True) as store:
        store.correct(Correction("set", (RAA,), {"field": "year", "value": 1999}, note="text"))
        store.undo()
        store.redo()
        store.undo()
        assert store.last_undo == "image"
    assert snapshot(store_at) == before


@pytest.mark.parametrize("seed", range(8))
def test_random_runs_of_corrections_equal_the_rebuild_and_undo_to_the_start(
    store_at: Path, seed: int
) -> None:
    """Property-style: a few corrections drawn at random (those that no longer apply are
    refused and change nothing), in one session; then the rebuild, then every undo."""
    rng = random.Random(seed)
    start = snapshot(store_at)
    made = 0
    with Store.open(store_at, write=True) as store:
        for op, targets, args in rng.sample(CASES, 4):
            try:
                _correct(store, op, targets, args)
                made += 1
            except CorrectionError:
                continue
    assert made
    corrected = snapshot(store_at)
    with Store.open(store_at, write=True) as store:
        store.rebuild()
    assert snapshot(store_at) == corrected
    with Store.open(store_at, write=True) as store:
        while store.undo() is not None:
            pass
    assert snapshot(store_at) == start


def test_an_ingest_journaled_as_patches_still_makes_the_undo_rebuild(
    store_at: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from store.db import catalog as catalog_module

    monkeypatch.setattr(catalog_module, "COMPACT_SHARE", 1e9)  # as in a large store
    with Store.open(store_at, write=True) as store:
        store.correct(Correction("rename", (ERIKSEN,), {"name": "L. Eriksen"}))
    later = tmp_path / "later.txt"
    later.write_text(LATER, encoding="utf-8")  # his record changes again: a patch line
    assert ingest(store_at, later) == 0
    with Store.open(store_at, write=True) as store:
        store.undo()
        assert store.last_undo == "rebuild"
        eriksen = store.actor(ERIKSEN)
        assert eriksen is not None and len(eriksen.articles) == 3  # the later article kept
