"""Leaders of groups named without an office: evidence that a bare name is a person.

Rule name_of_body: "A B of the Northern Freedom Front", "C D of a faction of the Lake Army":
a name followed by "of" and a named organisation (directly or through a faction, wing or
branch of it) is someone who belongs to that body. Rule led_by_name: "a movement led by A B",
"the wing headed by C D": the one a group is led by is a person unless the gazetteer names
the words as something else (checked by the caller).
"""

from __future__ import annotations

from store.extract.state import State

_PARTS = frozenset({"faction", "wing", "branch", "splinter", "arm", "section", "chapter"})
_DETS = frozenset({"the", "a", "an", "its", "one", "another"})
_LEADS = frozenset({"led", "headed", "commanded", "chaired"})


def name_of_body(state: State, j: int) -> bool:
    """True when "of [the] <Organisation>" or "of a faction of [the] <Organisation>" follows the name ending at j."""
    d = state.doc
    if d.lower(j) != "of":
        return False
    k = j + 1
    if d.lower(k) in _DETS:
        k += 1
    if d.lower(k) in _PARTS and d.lower(k + 1) == "of":
        k += 2
        if d.lower(k) in _DETS:
            k += 1
    return k < d.n and d.is_cap(k) and state.blocked[k] == 1 and not state.blocked[k - 1]


def led_by_name(state: State, i: int, j: int) -> bool:
    """True when "led by" (or headed, commanded, chaired by) comes right before the name [i, j)
    and the name ends its phrase (a stop, comma, "and", bracket or lower-case word follows)."""
    d = state.doc
    if i < 2 or d.lower(i - 1) != "by" or d.lower(i - 2) not in _LEADS:
        return False
    return j >= d.n or not d.is_cap(j) and d.lower(j) != "of"
