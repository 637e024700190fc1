"""Rule apposed_body: a name ending in an agreement noun set beside a body's noun is that
body, not a text: after it ("a broader coalition, the Permanent Framework for Peace", "the
rebels' umbrella group, the X Accord") or before it ("the X Pact, a coalition of armed
groups", "the X Declaration, an alliance of opposition parties"). Asked by
``alliance_bodies``."""

from __future__ import annotations

from store.extract.state import State

# Nouns of a body of members a name may be set beside.
_BODY_NOUNS = frozenset(
    "coalition alliance group movement party organisation organization bloc platform federation "
    "front umbrella network grouping".split()
)
# Words that end the noun phrase after a name's comma ("a coalition of ...", "a group that ...").
_PHRASE_ENDS = frozenset({"of", "for", "that", "which", "with", "in", "whose", "to", ",", "."})
_DETS = frozenset({"a", "an", "the"})


def apposed_body(state: State, i: int, j: int) -> bool:
    """Whether the name's mention at i:j is set beside a body's noun, before or after it."""
    low = state.doc.low
    x = i - (i > 0 and low[i - 1] == "the")
    if x >= 2 and low[x - 1] == "," and low[x - 2] in _BODY_NOUNS:
        return True  # "a broader coalition, the X"
    if j + 2 >= len(low) or low[j] != "," or low[j + 1] not in _DETS:
        return False
    words = state.doc.words
    head, k, stop = "", j + 2, min(len(low), j + 8)
    while k < stop:
        if low[k] in ("'", "\u2019") and k + 1 < stop and low[k + 1] == "s":
            head, k = "", k + 2  # "the group's founding charter": the group is its owner
            continue
        if low[k] in _PHRASE_ENDS or not words[k][:1].islower():
            break
        head, k = low[k], k + 1
    return head in _BODY_NOUNS  # "the X, a coalition of armed groups"
