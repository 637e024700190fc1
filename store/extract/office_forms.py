"""One office, many spellings: "Defence Minister", "Minister of Defense" and "Defense
Minister" are one office. ``office_key`` writes every spelling the same way, so an article's
roles and a person's stored roles fold to one line per office and country."""

from __future__ import annotations

import re
from functools import lru_cache

from store.text import fold

_NON_WORD = re.compile(r"[^\w\s]+")
# British and American spellings of the same word.
_SPELLING = {"defence": "defense", "labour": "labor", "organisation": "organization", "programme": "program"}
# Heads that name the office after "of"/"for" ("Minister of Defense" = "Defense Minister").
_HEADS = frozenset({"minister", "secretary", "ministry"})
# Words that add nothing to which office it is ("Minister for Foreign Affairs" = "Foreign Minister").
_FILLER = frozenset({"affairs", "the"})
# Nouns that end a ministry's portfolio ("... and Higher Education"), never a given name.
PORTFOLIO_WORDS = frozenset(
    """affairs agriculture aviation business climate commerce communications culture defence defense development
    economy education employment energy environment equality finance fisheries forestry health heritage housing
    industry industries infrastructure innovation integration interior investment justice labour labor lands
    livestock media mines mining planning ports research resources science security services sport sports
    technology tourism trade transport treasury water welfare works youth""".split()
)
PORTFOLIO_ADJECTIVES = frozenset(
    """Natural Mineral National Public Foreign Home Internal External Social Economic Digital Civil Rural Urban
    Regional Local Higher Human Religious Marine Maritime Petroleum Strategic Cultural""".split()
)
"""Capitalised adjectives of a portfolio written before an office's run ("Natural Resources and Environment Minister")."""
REGION_PORTFOLIOS = frozenset({"Pacific", "Indo-Pacific", "Atlantic", "Asia", "Europe", "Africa", "Arctic", "Americas"})
"""Regions a minister's portfolio may be ("Pacific Minister", "Europe Minister"), though never name words."""


@lru_cache(maxsize=4096)  # the same offices come back in article after article
def office_key(title: str) -> str:
    """The office a title names, spelled one way: folded, punctuation and "the" dropped,
    British spellings made American, "<Head> of/for <Portfolio>" turned into "<Portfolio>
    <Head>" and "Affairs" dropped from a portfolio."""
    words = [_SPELLING.get(w, w) for w in _NON_WORD.sub(" ", fold(title)).split()]
    if len(words) >= 3 and words[0] in _HEADS and words[1] in ("of", "for"):
        words = [*words[2:], words[0]]
    kept = [w for w in words if w not in _FILLER]
    return " ".join(kept or words)
