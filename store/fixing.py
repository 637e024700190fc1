"""One correction, undo or redo written to a store, and the search index brought up to it.

The write path the command line (``pactscope fix``) and the explorer's correction worker
share: the store opened for writing (waiting for another writer), the change made in one
commit, then ``PATH.index/`` refreshed to the new generation, so a renamed or merged record is
found by its new names at once, by whoever searches next. A store layer below the index could
not do the last step; the UI must not know how.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from store.db.store import Store
from store.errors import StoreError
from store.records import Correction
from store.search.upkeep import ensure_index

STEPS = ("correct", "undo", "redo")


@dataclass(frozen=True, slots=True)
class Fixed:
    """What a fix did: ``Store.correct``'s ``Corrected``, or the entry undone or redone (None:
    there was none); the log's problem lines now; a one-line warning when the index could
    not be refreshed (the correction is stored all the same)."""

    result: Any
    problems: list[str]
    index_warning: str | None = None


def refresh_index(store: Store) -> str | None:
    """Bring the search index to the store's generation; a one-line warning when it cannot be
    (a stale index is rebuilt by the next reader instead)."""
    try:
        ensure_index(store, load_back=False)  # the explorer opens the saved index itself
    except (StoreError, OSError) as exc:
        return f"search index not refreshed: {' '.join(str(exc).split())}"
    except Exception as exc:  # noqa: BLE001 - the correction is committed: never lost to the index
        return f"search index not refreshed: {type(exc).__name__}: {' '.join(str(exc).split())}"
    return None


def make(store: Store, step: str, correction: Correction | None = None) -> Any:
    """One step on an open writable store: ``correct`` (``correction``), ``undo`` or ``redo``."""
    if step == "correct":
        if correction is None:
            raise ValueError("correct needs a correction")
        return store.correct(correction)
    if step == "undo":
        return store.undo()
    if step == "redo":
        return store.redo()
    raise ValueError(f"unknown step {step!r} (one of {', '.join(STEPS)})")


def write_fix(
    path: Path, step: str, correction: Correction | None = None, *, wait: float = 10.0
) -> Fixed:
    """Open the store at ``path`` for writing, make ``step``, refresh the index, close.

    CorrectionError when the correction cannot be made, StoreLocked when another writer keeps
    the store longer than ``wait`` seconds; nothing is changed then."""
    with Store.open(path, write=True, wait=wait) as store:
        result = make(store, step, correction)
        warning = refresh_index(store) if result is not None else None
        return Fixed(result, list(store.correction_problems), warning)
