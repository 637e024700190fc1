"""Reading a stored value as written ("A$10 billion") into its amount and currency.

The agreement story compares the values articles give; it reads them with the extraction's
own money rule and the same gazetteer (bundled lists plus the user's files), so a value
reads the same here as when it was found. The gazetteer is loaded once, on first use.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import cast

from store.extract.cues import Cues, cues_for
from store.extract.gazetteer import GazetteerError, default_gazetteer, load_gazetteer
from store.extract.money import parse_money
from store.extract.state import State


@dataclass(slots=True)
class _CuesOnly:
    """What ``parse_money`` reads of an extraction state: its cues."""

    cues: Cues


@lru_cache(maxsize=1)
def _reader() -> _CuesOnly:
    try:
        gazetteer = default_gazetteer()
    except GazetteerError:  # a broken user file stops ingest with its own message
        gazetteer = load_gazetteer()
    return _CuesOnly(cues_for(gazetteer))


def read_money(written: str) -> tuple[float, str | None] | None:
    """The amount and ISO currency of a value as written, or None when it is not money."""
    found = parse_money(cast(State, _reader()), written.strip())
    if found is None or len(found[0]) < len(written.strip()) // 2:
        return None  # money only in passing: the text is compared as written
    return found[1], found[2]
