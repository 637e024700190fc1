"""Rule its-office: "Guinea's transition council must approve it, its spokesman A said": an
office after "its" belongs to the body or country the sentence opens with (its subject): the
country owning the body when the body is named with it ("Guinea's council"), else the body or
the country itself."""

from __future__ import annotations

from store.extract.state import RoleAcc, State
from store.extract.tokens import APOSTROPHES


def its_owner(state: State, role: RoleAcc) -> str | None:
    """The owner of an office written "its <office>", or None when it is not written so."""
    d, ti = state.doc, role.title_i
    if ti < 2 or d.low[ti - 1] != "its":
        return None  # cheap test first
    first = d.sent_first[d.sent[ti]]
    for x in range(first, min(ti - 1, first + 12)):
        c = state.country_start.get(x)
        if c is not None:
            if not c.actor and c.form == "demonym":
                return None  # "Ghanaian officials ...": no subject of the kind
            return c.name  # "Guinea's council ..., its spokesman": the council's country
        o = state.org_start.get(x)
        if o is not None:
            return o.name
        if d.words[x] in APOSTROPHES or d.low[x] in (",", "which", "who", "that"):
            return None  # the sentence does not open with a named body
    return None
