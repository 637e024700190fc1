"""Rule own_programme: a known entry of a kind that is one state's own programme others take
part in (`programme_types` in `cues.json`: "the Belt and Road Initiative") is no text between
parties: named alone it makes no agreement, and inside a longer title ("Framework for Belt and
Road Cooperation") it leaves the title to the scan of names; a text it names right before
its noun ("a Belt and Road memorandum") is still read. Asked by ``agreements._known``."""

from __future__ import annotations

from store.extract.state import State
from store.extract.tokens import Doc


def own_programme(state: State, kind: str) -> bool:
    """Whether a known entry of this kind is a state's own programme, not an agreement."""
    table = state.cues.derived.get("programme_types")
    if not isinstance(table, frozenset):
        raw = (state.gz.cues or {}).get("programme_types") or ()
        table = state.cues.derived["programme_types"] = frozenset(str(w) for w in raw)
    return kind in table


def titled(d: Doc, i: int, j: int) -> bool:
    """Whether the programme's name at i:j is part of a longer title ("Framework for Belt and
    Road Cooperation"), which the scan of names reads whole."""
    if j < d.n and d.words[j][:1].isupper():
        return True
    return i >= 2 and d.low[i - 1] in ("for", "of", "on") and d.words[i - 2][:1].isupper()
