"""Resolution: one store-wide record per actor and agreement, whatever form each article uses.

``Resolver`` keeps a name index over the stored records and answers, for a hit from one
article, which stored record it is (or ``None`` for a new one). ``store.resolve.merge``
folds a hit into that record.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from rapidfuzz import fuzz, process

from store.extract.generic import generic_name
from store.records import (
    Actor,
    ActorHit,
    Agreement,
    AgreementHit,
)
from store.text import fold

_NON_WORD = re.compile(r"[^\w]+")
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
_FUZZY_CUTOFF = 92.0


_NAMES_CACHED = 1 << 16
"""Keys are pure functions of a name, and an ingest asks for the same names over and over:
caching them made resolving an article about a quarter cheaper."""

_folded = lru_cache(maxsize=_NAMES_CACHED)(fold)


@lru_cache(maxsize=_NAMES_CACHED)
def name_key(name: str) -> str:
    """A normalised name: folded, punctuation removed, words sorted (so name order is moot)."""
    words = _NON_WORD.sub(" ", fold(name)).split()
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(sorted(words))


@lru_cache(maxsize=_NAMES_CACHED)
def _person_words(name: str) -> tuple[str, ...]:
    """A person's name words without initials and suffixes ("Lloyd J. Austin III" -> lloyd austin)."""
    words = _NON_WORD.sub(" ", fold(name)).split()
    return tuple(w for w in words if len(w) > 1 and w not in _SUFFIXES)


@lru_cache(maxsize=_NAMES_CACHED)
def _person_key(name: str) -> str:
    return " ".join(sorted(_person_words(name)))


@lru_cache(maxsize=1)
def _families() -> dict[str, str]:
    """Agreement nouns -> family ("partnership" -> alliance), from store/extract/data/cues.json."""
    try:
        data = json.loads(
            (Path(__file__).resolve().parent.parent / "extract" / "data" / "cues.json").read_text("utf-8")
        )
    except (OSError, ValueError):
        return {}
    out: dict[str, str] = {}
    for family, nouns in (data.get("noun_families") or {}).items():
        for noun in nouns:
            out.setdefault(str(noun).casefold(), str(family))
    return out


@lru_cache(maxsize=_NAMES_CACHED)
def agreement_family(name: str) -> str:
    """The noun family of an agreement's name: its last word's ("U.S.-Japan alliance" -> alliance)."""
    words = _NON_WORD.sub(" ", fold(name)).split()
    if not words:
        return ""
    fams = _families()
    if len(words) >= 2 and f"{words[-2]} {words[-1]}" in fams:
        return fams[f"{words[-2]} {words[-1]}"]
    return fams.get(words[-1], words[-1])


class Resolver:
    """The store-wide name index used to decide whether a hit is an existing record.

    Actors: countries by ISO code; persons by their name words in any order without initials
    or suffixes, a surname alone only when exactly one stored person has it, a near-spelling
    (rapidfuzz ratio >= 92, same initials, similar length); organisations and countries by
    any name or alias. Agreements: named ones by any name or alias (acronyms included), kept
    apart when both sides have different party sets; unnamed ones by party set and noun family.
    """

    def __init__(self, actors: Iterable[Actor] = (), agreements: Iterable[Agreement] = ()) -> None:
        self._actor_keys: dict[tuple[str, str], str] = {}
        self._codes: dict[str, str] = {}
        self._person_keys: dict[str, str] = {}
        self._surnames: dict[str, set[str]] = {}
        self._single: set[str] = set()  # persons known by one word only
        self._officed: set[str] = set()  # persons some article gives an office
        self._buckets: dict[tuple[str, str], dict[str, str]] = {}  # initials -> key -> id
        self._agreement_keys: dict[str, list[str]] = {}
        self._agreement_parties: dict[str, frozenset[str]] = {}
        self._unnamed: dict[tuple[frozenset[str], str], list[str]] = {}
        self._traits: dict[str, Traits] = {}  # unnamed agreement id -> year, amount, product words
        for actor in actors:
            self.add_actor(actor)
        for agreement in agreements:
            self.add_agreement(agreement)

    # --- actors ------------------------------------------------------------------------------

    def actor_id(self, hit: ActorHit) -> str | None:
        """The id of the stored actor this hit names, or None when it is a new one."""
        kind = hit.kind
        if kind == "country" and hit.code and (code := self._codes.get(hit.code.upper())):
            return code
        if kind == "person":
            return self._person_id(hit)
        keys = self._actor_keys
        found = keys.get((kind, name_key(hit.name)))
        if found or not hit.aliases:
            return found or None
        for form in hit.aliases:
            found = keys.get((kind, name_key(form)))
            if found:
                return found
        return None

    def _person_id(self, hit: ActorHit) -> str | None:
        forms = [hit.name, *hit.aliases]
        full = [f for f in forms if len(_person_words(f)) >= 2]
        for form in full:
            found = self._person_keys.get(_person_key(form))
            if found:
                return found
        if not full:
            # a surname alone: only when exactly one stored person has it
            words = _person_words(hit.name)
            if len(words) == 1:
                ids = self._surnames.get(words[0], set())
                return next(iter(ids)) if len(ids) == 1 else None
            return None
        words = _person_words(full[0])
        # a stored surname-only record of the same person ("Eisenhower" -> "Dwight Eisenhower")
        lone = self._person_keys.get(words[-1])
        if lone in self._single and len(self._surnames.get(words[-1], set())) == 1:
            return lone
        bucket = self._buckets.get((words[0][0], words[-1][0]))
        if not bucket:
            return None
        key = _person_key(full[0])
        found = process.extractOne(
            key, bucket.keys(), scorer=fuzz.ratio, score_cutoff=_FUZZY_CUTOFF
        )
        if found is None or abs(len(found[0]) - len(key)) > 3:
            return None
        return bucket[found[0]]

    def note_office(self, actor: Actor) -> None:
        """Record that some article gives this person an office (see ``known_person``)."""
        if actor.kind == "person" and actor.roles:
            self._officed.add(actor.id)

    def known_person(self, name: str) -> str | None:
        """The id of the stored person written with this full name (two words or more, in
        any order) whom some article gives an office; None otherwise."""
        words = _person_words(name)
        if len(words) < 2:
            return None
        found = self._person_keys.get(" ".join(sorted(words)))
        return found if found in self._officed else None

    def find_actor(
        self, name: str, kinds: Iterable[str] = ("country", "organization")
    ) -> str | None:
        """The id of a stored actor of one of ``kinds`` with this name or alias."""
        key = name_key(name)
        for kind in kinds:
            found = self._actor_keys.get((kind, key))
            if found:
                return found
        return None

    def add_actor(self, actor: Actor) -> None:
        """Register a new or updated actor under all its names."""
        if actor.kind == "country" and actor.code:
            self._codes.setdefault(actor.code.upper(), actor.id)
        for form in [actor.name, *actor.aliases]:
            self._actor_keys.setdefault((actor.kind, name_key(form)), actor.id)
            if actor.kind != "person":
                continue
            words = _person_words(form)
            if not words:
                continue
            self._person_keys.setdefault(" ".join(sorted(words)), actor.id)
            if len(words) >= 2:
                self._buckets.setdefault((words[0][0], words[-1][0]), {}).setdefault(
                    " ".join(sorted(words)), actor.id
                )
        if actor.kind == "person":
            if actor.roles:
                self._officed.add(actor.id)
            words = _person_words(actor.name)
            if words:
                self._surnames.setdefault(words[-1], set()).add(actor.id)
            if len(words) == 1:
                self._single.add(actor.id)
            else:
                self._single.discard(actor.id)

    # --- agreements --------------------------------------------------------------------------

    def agreement_id(self, hit: AgreementHit, party_ids: list[str]) -> str | None:
        """The id of the stored agreement this hit names, or None when it is a new one."""
        parties = frozenset(party_ids)
        if hit.unnamed and len(parties) >= 2:
            same = self._unnamed.get((parties, agreement_family(hit.name)))
            if not same:
                return None  # (most unnamed deals: no stored one of the same parties and kind)
            mine = traits(hit.name, hit.year, hit.amount)
            for gid in same:
                if not conflict(mine, self._traits.get(gid)):
                    return gid
            return None
        candidates: dict[str, frozenset[str]] = {}
        for form in [hit.name, *hit.aliases]:
            for gid in self._agreement_keys.get(name_key(form), ()):
                candidates.setdefault(gid, self._agreement_parties.get(gid, frozenset()))
        if len(parties) >= 2:
            same = [gid for gid, stored in candidates.items() if stored == parties]
            if _generic(hit.name):
                return (same or [None])[0]  # every pair of states may sign a "Memorandum of Understanding"
            fits = [gid for gid, stored in candidates.items() if self._parties_fit(parties, stored)]
            return (same or fits or [None])[0]
        if _generic(hit.name):
            return None  # a common noun phrase with no parties says nothing of which one it is
        # With one party or none, a name shared by several agreements (every pair of states
        # may have its own "Reciprocal Access Agreement") is joined only when that is unambiguous.
        holding = [gid for gid, stored in candidates.items() if parties <= stored]
        if len(holding) == 1:
            return holding[0]
        loose = [
            gid
            for gid, stored in candidates.items()
            if len(stored) < 2 and (not stored or not parties or stored == parties)
        ]
        return loose[0] if len(loose) == 1 else None

    @staticmethod
    def _parties_fit(a: frozenset[str], b: frozenset[str]) -> bool:
        return len(a) < 2 or len(b) < 2 or a <= b or b <= a

    def add_agreement(self, agreement: Agreement) -> None:
        """Register a new or updated agreement under all its names (and party set if unnamed)."""
        self._agreement_parties[agreement.id] = frozenset(agreement.parties)
        if agreement.unnamed and len(agreement.parties) >= 2:
            key = (frozenset(agreement.parties), agreement_family(agreement.name))
            ids = self._unnamed.setdefault(key, [])
            if agreement.id not in ids:
                ids.append(agreement.id)
            self._traits[agreement.id] = traits(agreement.name, agreement.year, agreement.amount)
            return
        for form in [agreement.name, *agreement.aliases]:
            ids = self._agreement_keys.setdefault(name_key(form), [])
            if agreement.id not in ids:
                ids.append(agreement.id)


Traits = tuple[int | None, float | None, frozenset[str], str | None]

# Head nouns that name a kind of text of their own (a truce is not the peace treaty after it).
_KINDS = {
    "ceasefire": "truce",
    "cease-fire": "truce",
    "truce": "truce",
    "armistice": "truce",
    "memorandum": "memorandum",
    "protocol": "protocol",  # "a protocol on the demarcation" is not the border treaty it serves
}


def traits(name: str, year: int | None, amount: float | None) -> Traits:
    """What tells two unnamed deals of the same parties apart: the year, the amount, the
    capitalised words after the party prefix ("Rafale", "F-16": what the deal is about) and
    the kind of text its head noun names."""
    return (year, amount, *_name_traits(name))


@lru_cache(maxsize=_NAMES_CACHED)
def _name_traits(name: str) -> tuple[frozenset[str], str | None]:
    """The traits a deal's name gives (its product words and kind of text)."""
    words = name.split()
    cut = next((k for k, w in enumerate(words) if "-" in w), 0)  # the "X-Y" party prefix ends here
    words = words[cut + 1 :]
    kind = _KINDS.get(words[-1].casefold()) if words else None
    return frozenset(w.casefold() for w in words if w[:1].isupper() or w[:1].isdigit()), kind


@lru_cache(maxsize=_NAMES_CACHED)
def _generic(name: str) -> bool:
    """``generic_name`` with the agreement nouns, for a name (cached like the keys above)."""
    return generic_name(name, _families())


def conflict(a: Traits, b: Traits | None) -> bool:
    """Two different deals: years more than a year apart, amounts more than 20% apart,
    disjoint product words on both sides, or different kinds of text (truce, memorandum)."""
    if b is None:
        return False
    if a[0] is not None and b[0] is not None and abs(a[0] - b[0]) > 1:
        return True
    if a[1] and b[1] and abs(a[1] - b[1]) > 0.2 * max(a[1], b[1]):
        return True
    return bool(a[2] and b[2] and not a[2] & b[2]) or a[3] != b[3]
