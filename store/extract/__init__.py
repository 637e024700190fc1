"""Extraction: who agreed what with whom in one article.

``extract(article, gazetteer) -> Extraction`` runs the rule modules in order over one
tokenisation of the body: named agreements and organisations first (their names hide the
countries inside them), then countries, persons and their roles, then unnamed agreements and
the facts (status, year, value) stated next to each agreement mention, then quotes.
It never raises: an unexpected failure yields an empty extraction and a warning on the article.
May import ``store.records`` and ``store.text`` only: nothing of resolution, the database,
search or the UI (its name lists are its own, in ``gazetteer`` and ``data/*.json``).
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from store.extract.pipeline import extract

__all__ = ["extract"]


def __getattr__(name: str) -> Any:
    """``extract`` (and the pipeline's names) load with the pipeline on first use.

    Modules that need only a part of extraction (office keys, the gazetteer) import it
    without loading every rule: the explorer starts without them.
    """
    if name.startswith("__"):  # dunder lookups (pickle, copy, inspection) are not names of ours
        raise AttributeError(name)
    pipeline = import_module("store.extract.pipeline")
    try:
        return getattr(pipeline, name)
    except AttributeError:
        raise AttributeError(f"module 'store.extract' has no attribute {name!r}") from None
