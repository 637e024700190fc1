"""A person a quote's speaker names as their partner ("Together with A, I signed the accord
between Romania and Moldova") is the other side, not the speaker's: of a two-country
sentence, the country that is not the speaker's; else none is guessed. (Rule:
quote-speaker-partner.)"""

from __future__ import annotations

from bisect import bisect_left

from store.extract.state import PersonAcc, RoleAcc, State

_PARTNER = frozenset({"with"})


def speakers_partner(state: State, p: PersonAcc, role: RoleAcc) -> bool:
    """Whether the person is named, in the role's sentence, right after "with" ("together
    with A", "with my counterpart A" is read by the counterpart rule)."""
    d = state.doc
    for span in p.spans:
        if span.sentence == role.sentence:
            k = bisect_left(d.starts, span.start)
            if k >= 1 and d.low[k - 1] in _PARTNER:
                return True
    return False


def other_side(state: State, sentence: int, speaker_country: str) -> str | None:
    """The one country of a sentence naming two as actors, one of them the speaker's."""
    named = {c.name for c in state.countries if c.sentence == sentence and c.actor and c.form != "capital"}
    if len(named) != 2 or speaker_country not in named:
        return None
    named.discard(speaker_country)
    return named.pop()
