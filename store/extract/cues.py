"""The cue words of ``store/extract/data/cues.json`` compiled once per gazetteer into fast lookups."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from store.extract.gazetteer import Gazetteer


def _low(items: Any) -> frozenset[str]:
    return frozenset(str(x).casefold() for x in items or ())


def _phrases(items: Any) -> tuple[tuple[str, ...], ...]:
    out = {tuple(str(x).casefold().split()) for x in items or () if str(x).strip()}
    return tuple(sorted(out, key=len, reverse=True))


@dataclass
class Cues:
    status: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    currencies: dict[str, str] = field(default_factory=dict)
    currency_words: frozenset[str] = frozenset()  # "dollars", "pesos": a country form before one is money
    multipliers: dict[str, float] = field(default_factory=dict)
    value_cues: tuple[tuple[str, ...], ...] = ()
    family: dict[str, str] = field(default_factory=dict)  # noun (or two-word phrase) -> family
    creation_verbs: tuple[tuple[str, ...], ...] = ()
    evaluative: frozenset[str] = frozenset()
    passing: frozenset[str] = frozenset()  # words praising or dating a known agreement, telling no other apart
    party_phrases: dict[tuple[str, ...], int] = field(default_factory=dict)
    geo_heads: frozenset[str] = frozenset()
    not_name: frozenset[str] = frozenset()
    office_regions: tuple[str, ...] = ()
    firm_offices: frozenset[str] = frozenset()  # "chief executive": "<Firm> chief executive A" reads "... of <Firm>"
    relations: frozenset[str] = frozenset()  # "wife", "predecessor": "his <noun> A B" names a person
    services: tuple[tuple[str, ...], ...] = ()  # "navy", "armed forces": a state's body after its demonym  # "Middle East", "Horn of Africa": places an envoy is for  # "Dam", "Heavy": a run after "<Country>'s" so ending is no person
    geo_prefixes: tuple[tuple[str, ...], ...] = ()
    locative_preps: tuple[tuple[str, ...], ...] = ()
    place_preps: frozenset[str] = frozenset()
    place_orgs: frozenset[str] = frozenset()
    acting_verbs: frozenset[str] = frozenset()
    speech_verbs: frozenset[str] = frozenset()
    title_countries: dict[str, str] = field(default_factory=dict)
    short_forms: dict[str, str] = field(default_factory=dict)
    jp_given: frozenset[str] = frozenset()
    jp_surnames: frozenset[str] = frozenset()
    jp_check: bool = True
    stop: frozenset[str] = frozenset()
    seats: dict[str, str] = field(default_factory=dict)  # seat of government -> country code
    parents: dict[str, str] = field(default_factory=dict)  # institution -> the body its officers serve
    company_prefixes: frozenset[str] = frozenset()  # legal forms written before a firm's name ("PJSC")
    derived: dict[str, Any] = field(default_factory=dict, repr=False)
    """Tables rules derive from these cues, built once per cue set (keyed by the rule's name)."""
    word_verdicts: dict[tuple[str, bool, bool], bool] = field(default_factory=dict)  # persons' word check cache


def cues_for(gz: Gazetteer) -> Cues:
    """The compiled cues of this gazetteer (built on first use and kept on it)."""
    cached = gz.derived.get("cues")
    if isinstance(cached, Cues):
        return cached
    raw = gz.cues or {}
    c = Cues()
    c.status = {k: _phrases(v) for k, v in (raw.get("status_cues") or {}).items()}
    c.currencies = {str(k): str(v) for k, v in (raw.get("currencies") or {}).items()}
    c.currency_words = _low(raw.get("currency_words")) | {k.casefold() for k in c.currencies if k.isalpha() and k.islower()}
    c.multipliers = {str(k).casefold(): float(v) for k, v in (raw.get("multipliers") or {}).items()}
    c.value_cues = _phrases(raw.get("value_cues"))
    for fam, nouns in (raw.get("noun_families") or {}).items():
        for noun in nouns:
            c.family.setdefault(str(noun).casefold(), str(fam))
    c.creation_verbs = _phrases(raw.get("creation_verbs"))
    c.evaluative = _low(raw.get("evaluative_adjectives"))
    c.passing = _low(raw.get("passing_adjectives"))
    c.party_phrases = {tuple(k.casefold().split()): int(v) for k, v in (raw.get("party_phrases") or {}).items()}
    c.geo_heads = _low(raw.get("geo_heads"))
    c.not_name = _low(raw.get("possessive_not_name"))
    c.office_regions = tuple(str(r) for r in raw.get("office_regions") or ())
    c.relations = _low(raw.get("relation_nouns"))
    c.firm_offices = _low(raw.get("firm_offices"))
    c.services = _phrases(raw.get("demonym_services"))
    c.geo_prefixes = _phrases(raw.get("geo_prefixes"))
    c.locative_preps = _phrases(raw.get("locative_preps"))
    c.place_preps = _low(raw.get("place_preps"))
    c.place_orgs = _low(raw.get("place_orgs"))
    c.acting_verbs = _low(raw.get("acting_verbs"))
    c.speech_verbs = _low(raw.get("speech_verbs"))
    c.title_countries = {str(k).casefold(): str(v).upper() for k, v in (raw.get("title_countries") or {}).items()}
    c.short_forms = {str(k).upper(): str(v) for k, v in (raw.get("short_forms") or {}).items()}
    c.jp_given = _low(raw.get("japanese_given_names"))
    c.jp_surnames = _low(raw.get("japanese_surnames"))
    c.jp_check = bool(raw.get("japanese_name_check", True))
    c.stop = frozenset(str(x) for x in raw.get("stop_words") or ())
    c.seats = {str(k): str(v).upper() for k, v in (raw.get("government_seats") or {}).items()}
    c.parents = {str(k): str(v) for k, v in (raw.get("parent_bodies") or {}).items()}
    c.company_prefixes = frozenset(str(x) for x in raw.get("company_prefixes") or ())
    gz.derived["cues"] = c
    return c
