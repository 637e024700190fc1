"""Rule known-person-home: a well-known office holder of one state ("Prime Minister Anthony
Albanese") belongs to that state wherever the article tells of them, when no cue beside the
office says otherwise; the guesses from the sentence or the article's country are not asked.
A person named with no office at all gets the country alone (as "A of Nigeria" would).

The names are the editable list ``data/people.json``: heads of state and government and
ministers whose country is not in doubt, grouped by country, one entry per spelling.
"""

from __future__ import annotations

import json
import re
import unicodedata
from functools import lru_cache
from pathlib import Path

from store.extract.affiliation import org_before, org_in_title
from store.extract.state import PersonAcc, RoleAcc, State

PEOPLE_FILE = Path(__file__).parent / "data" / "people.json"
_NON_WORD = re.compile(r"[\W_]+")


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


def place_known_homes(state: State) -> None:
    """Give a known person's offices without a country theirs, and a known person named with
    no office the country alone (one guard: an office naming a body, inside it or before it
("NATO's secretary general"), is the body's)."""
    for p in state.persons:
        if p.roles and all(r.affiliation for r in p.roles):
            continue  # cheap first: every office placed by its own cue
        home = home_of(p)
        if home is None:
            continue
        if not p.roles:
            i = p.first
            p.roles.append(RoleAcc("", home, state.doc.sent[i], i, i + 1, "known-person", "known-person-home"))
            continue
        for role in p.roles:
            if role.affiliation is None and org_in_title(state, role.title) is None and org_before(state, role.title_i) is None:
                role.place(home, "known-person-home")
