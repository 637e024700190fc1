"""Rule subject_past_partner: the subject an agreement noun is "on" may follow its partner
("the agreement with Romania on a joint energy fund", "a memorandum with
Australia on police training"): the text is named by that subject as when it comes first
("an agreement on a joint energy fund with Romania"). Asked by ``unnamed``."""

from __future__ import annotations

from store.extract.shapes import subject_after
from store.extract.state import State


def subject_past_partner(state: State, k: int) -> tuple[int, int] | None:
    """(the token before the subject's link word, the subject's end) when "with <partner> on
    <subject>" follows the noun at k; None otherwise."""
    d = state.doc
    x = k + 2
    if x >= d.n or d.low[k + 1] != "with":
        return None
    x += d.low[x] == "the"
    found = state.country_start.get(x) or state.org_start.get(x)
    if found is None or found.j >= d.n or d.low[found.j] != "on":
        return None
    end = subject_after(d, found.j - 1)
    return (found.j - 1, end) if end > found.j else None


def subject_end(state: State, k: int, linked: bool) -> tuple[int, int]:
    """(the token the subject is read after, the subject's end) of the noun at k: its own "on"
    subject when a link word follows it, else one past its partner, else (k, k + 1)."""
    if linked:
        return k, subject_after(state.doc, k)
    return subject_past_partner(state, k) or (k, k + 1)
