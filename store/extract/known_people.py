"""Well-known office holders of one state, from the editable list ``data/people.json``:
heads of state and government and ministers whose country is not in doubt, grouped by
country, one entry per spelling. The list only tells a found person's country
(``known_homes.py``); whether a name is a person is read from the text and the store, never
from the list.
"""

from __future__ import annotations

import json
import re
import unicodedata
from functools import lru_cache
from pathlib import Path

from store.extract.state import PersonAcc

PEOPLE_FILE = Path(__file__).parent / "data" / "people.json"
_NON_WORD = re.compile(r"[\W_]+")


@lru_cache(maxsize=8192)  # the same names come back in article after article
def name_key(name: str) -> str:
    """A comparison key of a person's name: accents, case, dots and hyphens dropped."""
    plain = unicodedata.normalize("NFKD", name)
    plain = "".join(ch for ch in plain if not unicodedata.combining(ch))
    return " ".join(_NON_WORD.sub(" ", plain.casefold()).split())


@lru_cache(maxsize=2)
def known_homes(path: Path = PEOPLE_FILE) -> dict[str, str]:
    """Name key -> country of every person the list names (read once)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    return {name_key(n): country for country, names in data["people"].items() for n in names}


def home_of(p: PersonAcc) -> str | None:
    """The country the list gives the person by their full name, or None."""
    if not p.surname:
        return None
    homes = known_homes()
    found = homes.get(name_key(p.display))
    if found is None and p.suffix:  # "Ferdinand Marcos Jr."
        found = homes.get(name_key(f"{p.display} {p.suffix}"))
    if found is None and p.middle:  # "Lula" written in full, the list with the common form
        found = homes.get(name_key(f"{p.given} {p.surname}"))
    return found

