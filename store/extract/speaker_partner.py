"""A person a quote's speaker names as their partner ("Together with A, I signed the accord
between Romania and Moldova") is the other side, not the speaker's: of a two-country
sentence, the country that is not the speaker's; else none is guessed. (Rule:
quote-speaker-partner.)"""

from __future__ import annotations

from store.extract.state import PersonAcc, RoleAcc, State

_PARTNER = frozenset({"with"})


def speakers_partner(state: State, p: PersonAcc, role: RoleAcc) -> bool:
    """Whether the name the office was read with stands right after "with" ("together with
    A, Minister of Energy,"; "with my counterpart A" is read by the counterpart rule)."""
    d = state.doc
    k = role.name_j - 1
    while k > 0 and role.name_j - k < 6 and d.is_cap(k - 1) and d.sent[k - 1] == role.sentence:
        k -= 1  # back to the name's first word
    return k >= 1 and d.low[k - 1] in _PARTNER


def other_side(state: State, sentence: int, speaker_country: str) -> str | None:
    """The one country of a sentence naming two as actors, one of them the speaker's."""
    named = {c.name for c in state.countries if c.sentence == sentence and c.actor and c.form != "capital"}
    if len(named) != 2 or speaker_country not in named:
        return None
    named.discard(speaker_country)
    return named.pop()
