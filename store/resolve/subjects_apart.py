"""Two unnamed memoranda of one article named for different subjects are two texts: a
memorandum of understanding is named by what it is on ("the memorandum on railway maintenance",
"the memorandum on dairy exports"), so two of the same parties whose subject words neither hold the
other's ("railway maintenance" / "dairy export maintenance") are not one, whatever their stages.
One whose subject words hold the other's ("defence memorandum" / "memorandum") may be the same.
(Rule: subject_apart.)"""

from __future__ import annotations

_HEADS = frozenset({"memorandum", "mou"})


def subjects_apart(name: str, other: str) -> bool:
    """Whether two unnamed memoranda's names give subjects that tell them apart."""
    mine, theirs = _subject(name), _subject(other)
    if not mine or not theirs:
        return False
    return not (mine <= theirs or theirs <= mine)


def _subject(name: str) -> frozenset[str]:
    """The subject words of a memorandum's name: past the "A-B" party prefix, before the head."""
    words = name.casefold().split()
    if not words or words[-1] not in _HEADS:
        return frozenset()
    cut = next((k + 1 for k, w in enumerate(words) if "-" in w), 0)
    return frozenset(words[cut:-1])
