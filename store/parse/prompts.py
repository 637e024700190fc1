"""Prompts and players among a story's lines, told by editable word lists (``data/furniture.json``):
a video or audio player's message, a subscription or newsletter prompt that speaks to the reader,
and the outlet names no outlet word gives away.

Kept apart from ``boilerplate`` (whole-line patterns): these lines are found by the words they
hold, wherever they stand in the line.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

# Only lines this short are furniture: furniture is never a long paragraph.
MAX_BOILERPLATE_LINE = 400

def _load_furniture() -> dict[str, tuple[str, ...]]:
    """The editable word lists of ``data/furniture.json`` (markers that shapes do not give)."""
    raw = json.loads((Path(__file__).parent / "data" / "furniture.json").read_text(encoding="utf-8"))
    return {k: tuple(v) for k, v in raw.items() if isinstance(v, list)}


_FURNITURE = _load_furniture()
PLAYER_MARKERS: tuple[str, ...] = _FURNITURE["player_markers"]
PLAYER_WORDS: tuple[str, ...] = _FURNITURE["player_words"]
SUBSCRIPTION_WORDS: tuple[str, ...] = _FURNITURE["subscription_words"]
# News outlets whose name no outlet word gives away ("Al Jazeera", "ETV Bharat"), lower case.
OUTLET_NAMES: frozenset[str] = frozenset(_FURNITURE["outlet_names"])
# Last words of a news outlet's name ("Arab News", "Gulf Times", "Daily Monitor"), lower case.
OUTLET_WORDS: frozenset[str] = frozenset(_FURNITURE["outlet_words"])
# A reporter's post written between "By" and the name ("By Pacific affairs reporter Jane Doe"): its last word, lower case.
BYLINE_ROLES: frozenset[str] = frozenset(_FURNITURE["byline_roles"])
# Words of a public office ("Prime Minister"): a line named by them is a portfolio, not a byline.
OFFICE_TITLES: frozenset[str] = frozenset(_FURNITURE["office_titles"])
# A site's top sections ("News", "Newsroom"): second in a trail opening the page, after the site's name.
TRAIL_SECTIONS: frozenset[str] = frozenset(_FURNITURE["trail_sections"])
# What a "Source:" line may name that is no publisher ("Agencies", "Social media"), lower case.
GENERIC_SOURCES: frozenset[str] = frozenset(_FURNITURE["generic_sources"])
_READER = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in _FURNITURE["reader_words"]) + r")\b")
# The reader words holding no other one ("you" for "your" and "you've"): a line the pattern
# finds holds one of them.
_READER_CORES: tuple[str, ...] = tuple(
    w for w in _FURNITURE["reader_words"] if not any(v != w and v in w for v in _FURNITURE["reader_words"])
)
# Prompts and player chrome are short: a line longer than this is prose about them.
MAX_PROMPT_PARAGRAPH = 260
# A prompt line holds at most this many sentences ("Get easier access ... Take out a subscription.").
MAX_PROMPT_SENTENCES = 5
_SENTENCE_END_RX = re.compile(r"[.!?](?:\s|$)")


def _holds(low: str, words: tuple[str, ...]) -> bool:
    for word in words:  # a plain loop of substring tests: faster than one regex alternation
        if word in low:
            return True
    return False


def is_player_chrome(line: str, low: str | None = None) -> bool:
    """A video or audio player's message ("We're sorry, this video failed to load.");
    ``low`` is ``line.lower()`` when the caller has it."""
    if len(line) > MAX_BOILERPLATE_LINE:
        return False
    low = line.lower() if low is None else low
    return _holds(low, PLAYER_WORDS) and _holds(low, PLAYER_MARKERS)


def is_reader_prompt(line: str, low: str | None = None) -> bool:
    """A subscription or newsletter prompt: a short line that speaks to the reader ("you",
    or an imperative first word) and names a subscription, newsletter or inbox, outside quotes."""
    if len(line) > MAX_PROMPT_PARAGRAPH or line[:1] in "\"“‘'":
        return False
    low = line.lower() if low is None else low
    # whether it speaks to the reader first: its first word, then a few substring tests (fewer
    # than the subscription words) before the pattern; few lines of prose pass either
    space = low.find(" ")
    if not ((low if space < 0 else low[:space]) in _IMPERATIVES or _holds(low, _READER_CORES) and _READER.search(low)):
        return False
    if not _holds(low, SUBSCRIPTION_WORDS):
        return False
    return len(_SENTENCE_END_RX.findall(line)) <= MAX_PROMPT_SENTENCES


# First words of a prompt that tells the reader what to do.
_IMPERATIVES = frozenset(
    "get take sign subscribe join support download click tap follow register read watch listen "
    "try become enjoy unlock start claim upgrade".split()
)
