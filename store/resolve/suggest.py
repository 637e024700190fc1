"""Likely duplicates among stored actors and agreements, ranked, each with a reason in words.

Extraction and resolution err on the side of keeping records apart; an analyst joins what is
one. This module proposes the pairs worth a look, best first: names that share a form
(alias), one the initials of the other ("NATO" / "North Atlantic Treaty Organization"), near
spellings, and persons with the same surname and country. Only records that share a blocking
key (a name form, an acronym, a surname, a first or rarest word, a typo-tolerant word shape)
are ever compared, never all pairs, and a key shared by too many records is dropped as saying
nothing. Pairs the analyst dismissed, or ids merged away, are left out by the caller's
``settled`` pairs.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import combinations
from typing import Literal

from rapidfuzz import fuzz

from store.records import Actor, Agreement, CorrectionEntry
from store.resolve.resolver import Traits, agreement_family, conflict, traits
from store.text import fold

_WORD = re.compile(r"[^\W_]+")
_ACRONYM = re.compile(r"^[A-Z](?:\.?[A-Z&]){1,7}\.?$")
_CAPS_WORD = re.compile(r"(?<!\w)[A-Z](?:\.?[A-Z&])+\.?(?!\w)")
MINOR_WORDS = frozenset(
    "a an and at by de del des du for in la le les of on the to und y et".split()
)
"""Words an acronym usually skips ("Organisation for Economic Co-operation and Development")."""
AGREEMENT_NOUNS = frozenset(
    "accord accords agreement alliance arrangement charter compact convention deal declaration"
    " memorandum pact partnership protocol treaty understanding".split()
)
"""Words too common in agreement names to block on."""
BLOCK_LIMIT = 40
"""A blocking key shared by more records than this says nothing and is not used."""
NEAR = 86.0
"""The least rapidfuzz ratio of two names read as near spellings."""
MIN_SCORE = 50.0
"""Pairs scoring below this are not suggested."""

Kind = Literal["actor", "agreement"]


@dataclass(frozen=True, slots=True)
class Suggestion:
    """Two records that may be one: their ids, how likely (0-100) and why, in words."""

    kind: Kind
    first: str
    second: str
    score: float
    reason: str

    @property
    def pair(self) -> frozenset[str]:
        return frozenset((self.first, self.second))


def words_of(name: str) -> list[str]:
    """A name's folded words, punctuation dropped."""
    return _WORD.findall(fold(name))


def acronym_of(name: str) -> str:
    """The initials of a name of two words or more (minor words skipped), folded; else ''.

    A hyphenated word gives one letter ("Co-operation" -> c), as acronyms write it; a name
    holding an acronym already has none."""
    if _CAPS_WORD.search(name):
        return ""  # "BNP Paribas" is not "BP"
    letters = [w[0] for w in fold(name).split() if w[:1].isalnum() and w not in MINOR_WORDS]
    return "".join(letters) if len(letters) >= 2 else ""


def as_acronym(name: str) -> str:
    """A name written as an acronym ("NATO", "U.N."), folded without dots; else ''."""
    text = name.strip()
    return fold(text.replace(".", "")) if _ACRONYM.match(text) else ""


def _shape(word: str) -> str:
    """A typo-tolerant word key: its first three and last three letters (a slip inside a
    long word keeps it)."""
    return f"{word[:3]}{word[-3:]}" if len(word) >= 6 else ""


def _forms(names: Sequence[str]) -> list[str]:
    return [n for n in dict.fromkeys(n.strip() for n in names) if n]


@dataclass(slots=True)
class _Entry:
    """What comparing a record needs, computed once."""

    id: str
    kind: str
    forms: list[str]
    keys: set[str]
    folded: list[str]
    acronyms: set[str]
    initials: set[str]
    surname: str = ""
    given: str = ""
    code: str | None = None
    countries: frozenset[str] = frozenset()
    parties: frozenset[str] = frozenset()
    year: int | None = None
    family: str = ""
    traits: Traits | None = None  # an unnamed agreement's year, amount and product words
    says: list[bool] = field(default_factory=list)  # per form: whether it is ``telling``


def telling(kind: str, form: str) -> bool:
    """Whether a name says which record it is: a person's of two words or more (a surname
    alone is shared by many), an agreement's with a word besides its kind ("the deal")."""
    return _telling(kind, words_of(form))


def _telling(kind: str, words: list[str]) -> bool:
    if kind == "person":
        return sum(len(w) > 1 for w in words) >= 2
    if kind == "agreement":
        return any(w not in AGREEMENT_NOUNS and w not in MINOR_WORDS for w in words)
    return bool(words)


def form_key(words: list[str]) -> str:
    """A name's words in any order, a leading "the" dropped (as the resolver keys names)."""
    return " ".join(sorted(words[1:] if words[:1] == ["the"] else words))


def _entry(id: str, kind: str, names: Sequence[str]) -> _Entry:
    forms = _forms(names)[:8]
    words = [words_of(f) for f in forms]
    says = [_telling(kind, w) for w in words]
    return _Entry(
        id=id,
        kind=kind,
        forms=forms,
        keys={form_key(w) for w, ok in zip(words, says, strict=True) if ok and w},
        folded=[" ".join(w) for w in words],
        acronyms={a for f in forms if (a := as_acronym(f))},
        initials={a for f in forms if (a := acronym_of(f))} if kind != "person" else set(),
        says=says,
    )


def _actor_entry(actor: Actor) -> _Entry:
    entry = _entry(actor.id, actor.kind, [actor.name, *actor.aliases])
    entry.code = actor.code
    if actor.kind == "person":
        words = [w for w in words_of(actor.name) if len(w) > 1]
        if words:
            entry.surname, entry.given = words[-1], " ".join(words[:-1])
        entry.countries = frozenset(r.affiliation for r in actor.roles if r.affiliation)
    return entry


def _blocks(entry: _Entry, common: frozenset[str], written: set[str]) -> Iterator[str]:
    """The blocking keys of a record: records sharing none are never compared. Initials are
    a key only where some record is ``written`` as that acronym."""
    for key in entry.keys:
        yield f"n:{key}"
    for acronym in entry.acronyms:
        yield f"a:{acronym}"
    if entry.kind != "person":  # a person's initials are not a name of theirs
        for acronym in entry.initials & written:
            yield f"a:{acronym}"
    else:  # a given name says little; a surname or its shape does
        if entry.surname:
            yield f"s:{entry.surname}"
            if shape := _shape(entry.surname):
                yield f"t:{shape}"
            if entry.given:  # a slip at the end of the surname keeps these
                yield f"g:{entry.given} {entry.surname[:2]}"
        return
    if entry.traits is not None:  # unnamed: its words are its parties' names, keyed above
        return
    for name in entry.folded[:3]:
        words = [w for w in name.split() if w not in MINOR_WORDS and w not in common]
        if words:
            yield f"w:{words[0]}"
            yield f"w:{max(words, key=len)}"
            for word in words:
                if shape := _shape(word):
                    yield f"t:{shape}"


def _candidates(
    entries: Sequence[_Entry], common: frozenset[str] = frozenset()
) -> set[tuple[int, int]]:
    """Index pairs of records sharing a key held by at most ``BLOCK_LIMIT`` records
    (``common`` words are never keys)."""
    blocks: dict[str, list[int]] = {}
    written = {acronym for entry in entries for acronym in entry.acronyms}
    for n, entry in enumerate(entries):
        for key in set(_blocks(entry, common, written)):
            blocks.setdefault(key, []).append(n)
    pairs: set[tuple[int, int]] = set()
    for members in blocks.values():
        if 1 < len(members) <= BLOCK_LIMIT:
            pairs.update(combinations(members, 2))
    return pairs


def _best_ratio(a: _Entry, b: _Entry) -> tuple[float, str, str]:
    """The nearest two written forms of two records that say which record they are, with
    their ratio (word order ignored)."""
    best = (0.0, "", "")
    for fa, na, ok_a in zip(a.forms, a.folded, a.says, strict=True):
        if not ok_a:
            continue  # "Mansour" alone is as near to every other Mansour
        for fb, nb, ok_b in zip(b.forms, b.folded, b.says, strict=True):
            if not ok_b:
                continue
            score = fuzz.token_sort_ratio(na, nb, score_cutoff=best[0])
            if score > best[0]:
                best = (score, fa, fb)
    return best


def _acronym_reason(a: _Entry, b: _Entry) -> str:
    if not (a.acronyms & b.initials or b.acronyms & a.initials):
        return ""
    for short, long in ((a, b), (b, a)):
        for form in short.forms:
            acronym = as_acronym(form)
            if not acronym:
                continue
            for full in long.forms:
                if acronym_of(full) == acronym and not as_acronym(full):
                    return f'"{form}" is the initials of "{full}"'
    return ""


def _shared_form(a: _Entry, b: _Entry) -> str:
    shared = a.keys & b.keys
    if not shared:
        return ""
    for form, words in zip(a.forms, a.folded, strict=True):
        if form_key(words.split()) in shared:
            return form
    return ""


def _given_fits(a: str, b: str) -> bool:
    """Whether two given names may be one person's: one missing, an initial of the other, or
    one the start of the other ("Jon" / "Jonathan")."""
    if not a or not b:
        return True
    first_a, first_b = a.split()[0], b.split()[0]
    return first_a.startswith(first_b) or first_b.startswith(first_a)


def score_actors(a: _Entry, b: _Entry, name_of: dict[str, str]) -> tuple[float, str]:
    """How likely two actors are one (0 when not at all), and the reason in words."""
    if a.kind == "country" and b.kind == "country" and a.code and b.code and a.code != b.code:
        return 0.0, ""  # two states with their own codes are two states
    if {a.kind, b.kind} == {"person", "country"}:
        return 0.0, ""
    same_kind = a.kind == b.kind
    other_kind = "" if same_kind else " (their kinds differ)"
    if shared := _shared_form(a, b):
        return (95.0 if same_kind else 80.0), f'both are called "{shared}"{other_kind}'
    if reason := _acronym_reason(a, b):
        return (90.0 if same_kind else 75.0), reason + other_kind
    if not same_kind:
        return 0.0, ""
    ratio, fa, fb = _best_ratio(a, b)
    if a.kind == "person" and a.surname and a.surname == b.surname:
        fits = _given_fits(a.given, b.given)
        shared_country = a.countries & b.countries
        if a.countries and b.countries and not shared_country:
            return 0.0, ""  # officials of two different countries
        if fits and shared_country:
            country = name_of.get(min(shared_country), "")
            return 85.0, f'same surname "{a.surname.title()}" and country {country}'.rstrip()
        if fits:
            lone = not a.given or not b.given
            return (70.0 if lone else 65.0), f'same surname "{a.surname.title()}"' + (
                ", one without a given name" if lone else ""
            )
        if ratio < NEAR:
            return 0.0, ""
    if ratio >= NEAR:
        return round(ratio * 0.9, 1), f'near spellings "{fa}" / "{fb}"'
    return 0.0, ""


def _agreement_entry(agreement: Agreement) -> _Entry:
    entry = _entry(agreement.id, "agreement", [agreement.name, *agreement.aliases])
    entry.parties = frozenset(agreement.parties)
    entry.year = agreement.year
    entry.family = agreement_family(agreement.name)
    if agreement.unnamed and len(entry.parties) >= 2:
        entry.keys.add("parties " + " ".join(sorted(entry.parties)) + " " + entry.family)
        entry.traits = traits(agreement.name, agreement.year, agreement.amount)
    return entry


def score_agreements(a: _Entry, b: _Entry) -> tuple[float, str]:
    """How likely two agreements are one (0 when not at all), and the reason in words.

    Two unnamed deals of the same parties that the resolver tells apart (other products,
    years or amounts: ``resolver.conflict``) are two deals."""
    if a.traits is not None and b.traits is not None and conflict(a.traits, b.traits):
        return 0.0, ""
    if a.parties and b.parties and len(a.parties) >= 2 and len(b.parties) >= 2:
        if not (a.parties <= b.parties or b.parties <= a.parties):
            return 0.0, ""  # each has a party the other lacks: two texts
    years = ""
    penalty = 0.0
    if a.year and b.year and a.year != b.year:
        years, penalty = f", but years {a.year} / {b.year}", 25.0
    if shared := _shared_form(a, b):
        return 95.0 - penalty, f'both are called "{shared}"{years}'
    if a.keys & b.keys:
        return 80.0 - penalty, f"same parties and kind ({a.family}){years}"
    if reason := _acronym_reason(a, b):
        return 90.0 - penalty, reason + years
    ratio, fa, fb = _best_ratio(a, b)
    if ratio >= NEAR and a.family == b.family and not years:  # near names of two years: two texts
        return round(ratio * 0.9, 1), f'near names "{fa}" / "{fb}"'
    return 0.0, ""


def _ordered(a: str, b: str) -> tuple[str, str]:
    return (a, b) if a <= b else (b, a)


def suggest_actors(
    actors: Iterable[Actor],
    settled: Iterable[Iterable[str]] = (),
    min_score: float = MIN_SCORE,
) -> list[Suggestion]:
    """Likely duplicate actors, best first; ``settled`` pairs (dismissed, merged) left out."""
    listed = [a for a in actors if any(a.articles.values())]
    names = {a.id: a.name for a in listed}
    entries = [_actor_entry(a) for a in listed]
    skip = {frozenset(p) for p in settled}
    found: list[Suggestion] = []
    for i, j in _candidates(entries):
        a, b = entries[i], entries[j]
        if frozenset((a.id, b.id)) in skip:
            continue
        score, reason = score_actors(a, b, names)
        if score >= min_score:
            first, second = _ordered(a.id, b.id)
            found.append(Suggestion("actor", first, second, score, reason))
    return sorted(found, key=lambda s: (-s.score, s.first, s.second))


def suggest_agreements(
    agreements: Iterable[Agreement],
    settled: Iterable[Iterable[str]] = (),
    min_score: float = MIN_SCORE,
) -> list[Suggestion]:
    """Likely duplicate agreements, best first; ``settled`` pairs left out."""
    entries = [_agreement_entry(g) for g in agreements if g.articles]
    skip = {frozenset(p) for p in settled}
    found: list[Suggestion] = []
    for i, j in _candidates(entries, AGREEMENT_NOUNS):
        a, b = entries[i], entries[j]
        if frozenset((a.id, b.id)) in skip:
            continue
        score, reason = score_agreements(a, b)
        if score >= min_score:
            first, second = _ordered(a.id, b.id)
            found.append(Suggestion("agreement", first, second, score, reason))
    return sorted(found, key=lambda s: (-s.score, s.first, s.second))


def suggest(
    actors: Iterable[Actor],
    agreements: Iterable[Agreement],
    settled: Iterable[Iterable[str]] = (),
) -> list[Suggestion]:
    """Likely duplicate actors and agreements together, best first."""
    settled = [tuple(p) for p in settled]
    both = suggest_actors(actors, settled) + suggest_agreements(agreements, settled)
    return sorted(both, key=lambda s: (-s.score, s.kind, s.first, s.second))


def settled_pairs(entries: Iterable[CorrectionEntry]) -> list[tuple[str, ...]]:
    """The pairs the corrections log has settled: those dismissed ("not the same") and those
    merged, while the entry is in force (an undone dismissal is suggested again)."""
    pairs: list[tuple[str, ...]] = []
    for entry in entries:
        correction = entry.correction
        if entry.state != "active" or correction.op not in ("dismiss", "merge"):
            continue
        pairs.extend(combinations(correction.targets, 2))
    return pairs
