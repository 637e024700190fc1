"""Rule known-person-home: a well-known office holder of one state ("Prime Minister Anthony
Albanese") belongs to that state wherever the article tells of them, when no cue beside the
office says otherwise; the guesses from the sentence or the article's country are not asked.
A person named with no office at all gets the country alone (as "A of Nigeria" would).
The list is ``known_people.py``'s."""

from __future__ import annotations

from store.extract.affiliation import org_before, org_in_title
from store.extract.known_people import home_of
from store.extract.state import RoleAcc, State


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
