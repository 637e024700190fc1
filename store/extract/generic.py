"""Names made only of common words ("Memorandum of Understanding", "Peace Agreement",
"Declaration of Principles"): capitalised, yet no proper name of one agreement, so every pair
of states may have its own. Extraction gives them the article's parties; resolution joins
them across articles only with the same parties."""

from __future__ import annotations

import re
from collections.abc import Container

from store.text import fold

_NON_WORD = re.compile(r"[^\w]+")
GENERIC_WORDS = frozenset(
    "of on the and for a an joint peace cooperation understanding principles intent defence defense "
    "security trade free economic strategic comprehensive framework bilateral mutual memorandum mou".split()
)


def generic_name(name: str, nouns: Container[str]) -> bool:
    """Whether every word of the name is a common word or an agreement noun of ``nouns``.
    (Rule: generic_name.)"""
    words = _NON_WORD.sub(" ", fold(name)).split()
    return bool(words) and all(w in GENERIC_WORDS or w in nouns for w in words)


# Words that open a formal name's subject: "Agreement on Cooperation in the Field of Water".
_SUBJECT = re.compile(r"\s(?:on|concerning|regarding|relating to)\s", re.IGNORECASE)


def generic_kind(name: str, nouns: Container[str]) -> bool:
    """Whether the words of a name before its subject ("on", "concerning") are all common words
    and agreement nouns: "Framework Agreement on Cooperation in the Field of Water" is a kind of
    text, so it is the text of the article's parties. (Rule: generic_kind.)"""
    head = _SUBJECT.split(name, maxsplit=1)[0]
    return head != name and generic_name(head, nouns)
