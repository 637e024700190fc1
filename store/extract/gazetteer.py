"""Editable name lists for extraction: countries, organisations, roles, agreements and cue words.

The bundled lists live in ``store/extract/data/*.json``. A user can add entries, or override bundled
ones by name, with one or more JSON files of this shape (every key optional)::

    {
      "countries": [{"name": "Palau", "code": "PW", "aliases": [], "abbreviations": [],
                     "demonyms": ["Palauan"], "capitals": ["Ngerulmud"], "ambiguous": []}],
      "organizations": [{"name": "Pacific Islands Forum", "aliases": ["PIF"], "type": "grouping"}],
      "roles": ["Special Envoy", "Foreign Minister"],
      "agreements": [{"name": "Compact of Free Association", "aliases": ["COFA"],
                      "parties": ["United States", "Palau"], "year": 1994, "type": "compact"}]
    }

``roles`` may also be an object with the lists of ``store/extract/data/roles.json`` (``titles``,
``honorifics``, ``ranks``, ``royal_titles``, ``suffixes``) and ``abbreviations``, short forms of
offices mapped to the office ("PM": "Prime Minister"). User files come from the
``PACTSCOPE_GAZETTEER`` environment variable (paths separated by ``os.pathsep``) and from
``gazetteer.json`` in the user config folder (``platformdirs.user_config_dir("pactscope")``).

Everything the extractor needs is compiled once: a surface-form index keyed by first token,
so that matching an article is one dictionary probe per capitalised token.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import platformdirs

DATA_DIR = Path(__file__).resolve().parent / "data"
ENV = "PACTSCOPE_GAZETTEER"
TOKEN = re.compile(r"\w+|[^\w\s]")


class GazetteerError(ValueError):
    """A gazetteer file that cannot be used (one line, naming the file)."""


@dataclass(frozen=True, slots=True)
class Country:
    name: str
    code: str
    aliases: tuple[str, ...] = ()
    abbreviations: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    capitals: tuple[str, ...] = ()
    ambiguous: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class KnownOrg:
    name: str
    aliases: tuple[str, ...] = ()
    type: str = "grouping"
    country: str | None = None  # the home country of a national body ("Boeing": United States)


@dataclass(frozen=True, slots=True)
class KnownAgreement:
    name: str
    aliases: tuple[str, ...] = ()
    parties: tuple[str, ...] = ()
    year: int | None = None
    type: str = "agreement"


@dataclass(frozen=True, slots=True)
class Entry:
    """One surface form: what it names (kind + canonical name) and how (form)."""

    kind: str  # country | organization | agreement | title | honorific | rank | suffix
    name: str
    form: str  # name | alias | abbreviation | demonym | capital | ambiguous | title ...


def norm_form(text: str) -> str:
    """A surface form as the index keys it: single spaces, straight apostrophes."""
    return " ".join(text.replace("\u2019", "'").replace("\u2018", "'").split())


def _acronym(form: str) -> bool:
    """A short form written with two or more capitals ("NATO", "LeT", "BofA") is matched
    exactly: folded, "LeT" would be the word "Let" at the start of a sentence."""
    return len(form) <= 5 and sum(ch.isupper() for ch in form) >= 2


def _tokens(text: str) -> list[str]:
    return TOKEN.findall(text)


@dataclass
class Gazetteer:
    """The compiled name lists."""

    countries: dict[str, Country] = field(default_factory=dict)
    organizations: dict[str, KnownOrg] = field(default_factory=dict)
    agreements: dict[str, KnownAgreement] = field(default_factory=dict)
    head_words: frozenset[str] = frozenset()
    outlet_words: frozenset[str] = frozenset()
    company_suffixes: frozenset[str] = frozenset()
    titles: tuple[str, ...] = ()
    honorifics: tuple[str, ...] = ()
    ranks: tuple[str, ...] = ()
    royal_titles: tuple[str, ...] = ()
    suffixes: frozenset[str] = frozenset()
    title_abbreviations: dict[str, str] = field(default_factory=dict)  # "PM" -> "Prime Minister"
    agreement_heads: frozenset[str] = frozenset()
    generic_nouns: frozenset[str] = frozenset()
    cues: dict[str, Any] = field(default_factory=dict)
    # compiled
    exact: dict[str, list[Entry]] = field(default_factory=dict)
    folded: dict[str, list[Entry]] = field(default_factory=dict)
    lengths: dict[str, tuple[int, ...]] = field(default_factory=dict)
    by_code: dict[str, Country] = field(default_factory=dict)
    written: set[str] = field(default_factory=set)  # every form exactly as the lists write it
    # every leading piece of every key case-folded: text whose folded form is in none of these
    # cannot be the start of a form, so the scan stops lengthening a candidate there
    prefixes: frozenset[str] = frozenset()
    # the folded keys that name an office title
    title_keys: frozenset[str] = frozenset()
    derived: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)
    """Tables rules derive from the lists, built once per gazetteer (keyed by the rule's name)."""

    def compile(self) -> Gazetteer:
        """Build the surface index (call after changing the lists); what rules derived from
        the old lists is dropped with it."""
        self.derived.clear()
        self.exact, self.folded, self.by_code, self.written = {}, {}, {}, set()
        lengths: dict[str, set[int]] = {}

        def add(form: str, entry: Entry, case_sensitive: bool = False) -> None:
            form = norm_form(form)
            toks = _tokens(form)
            if not toks:
                return
            self.written.add(form)
            target = self.exact if case_sensitive else self.folded
            key = form if case_sensitive else form.casefold()
            bucket = target.setdefault(key, [])
            if entry not in bucket:
                bucket.append(entry)
            lengths.setdefault(toks[0].lower(), set()).add(len(toks))

        for c in self.countries.values():
            self.by_code[c.code.upper()] = c
            add(c.name, Entry("country", c.name, "name"))
            for a in c.aliases:
                add(a, Entry("country", c.name, "alias"))
            for a in c.abbreviations:
                add(a, Entry("country", c.name, "abbreviation"), case_sensitive=True)
            for d in c.demonyms:
                add(d, Entry("country", c.name, "demonym"))
                if not d.endswith(("s", "ese", "sh", "ch")):
                    add(d + "s", Entry("country", c.name, "demonym"))
            for cap in c.capitals:
                add(cap, Entry("country", c.name, "capital"))
            for a in c.ambiguous:
                self.folded.pop(norm_form(a).casefold(), None)
        for c in self.countries.values():
            for a in c.ambiguous:
                add(a, Entry("country", c.name, "ambiguous"))
        for o in self.organizations.values():
            for i, form in enumerate((o.name, *o.aliases)):
                entry = Entry("organization", o.name, "name" if i == 0 else "alias")
                add(form, entry, case_sensitive=_acronym(form))
        for a in self.agreements.values():
            for i, form in enumerate((a.name, *a.aliases)):
                entry = Entry("agreement", a.name, "name" if i == 0 else "alias")
                add(form, entry, case_sensitive=form.isupper() and len(form) <= 8)
        for kind, forms in (
            ("title", self.titles),
            ("title", self.royal_titles),
            ("honorific", self.honorifics),
            ("rank", self.ranks),
        ):
            for form in forms:
                add(form, Entry(kind, form, kind))
        for form, full in self.title_abbreviations.items():
            add(form, Entry("title", full, "abbreviation"), case_sensitive=True)  # "PM", "Amb."
        self.lengths = {k: tuple(sorted(v, reverse=True)) for k, v in lengths.items()}
        keys = {*self.folded, *map(str.casefold, self.exact)}
        self.prefixes = frozenset(k[:n] for k in keys for n in range(1, len(k) + 1))
        self.title_keys = frozenset(k for k, es in self.folded.items() if any(e.kind == "title" for e in es))
        return self

    def lookup(self, form: str) -> list[Entry]:
        """Every entry a surface form names (case-sensitive forms first)."""
        form = norm_form(form)
        return [*self.exact.get(form, ()), *self.folded.get(form.casefold(), ())]

    def country(self, name: str) -> Country | None:
        """A country by canonical name, alias or code."""
        found = self.countries.get(name) or self.by_code.get(name.upper())
        if found:
            return found
        for entry in self.lookup(name):
            if entry.kind == "country":
                return self.countries.get(entry.name)
        return None

    def cue_list(self, key: str) -> list[str]:
        value = self.cues.get(key) or []
        return list(value) if isinstance(value, list) else []


# --- loading ---------------------------------------------------------------------------------


def _strs(value: Any, where: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError(f"{where} must be a list of strings")
    return tuple(v for v in value if v.strip())


def _name(entry: Any, where: str) -> str:
    if not isinstance(entry, dict) or not isinstance(entry.get("name"), str) or not entry["name"].strip():
        raise ValueError(f"{where} needs a non-empty 'name'")
    return norm_form(entry["name"])


def _country(e: Any, where: str) -> Country:
    name = _name(e, where)
    code = e.get("code")
    if not isinstance(code, str) or not re.fullmatch(r"[A-Za-z]{2}", code):
        raise ValueError(f"{where} ({name}) needs a two-letter 'code'")
    return Country(
        name,
        code.upper(),
        _strs(e.get("aliases"), f"{where}.aliases"),
        _strs(e.get("abbreviations"), f"{where}.abbreviations"),
        _strs(e.get("demonyms"), f"{where}.demonyms"),
        _strs(e.get("capitals"), f"{where}.capitals"),
        _strs(e.get("ambiguous"), f"{where}.ambiguous"),
    )


def _org(e: Any, where: str) -> KnownOrg:
    name = _name(e, where)
    kind = e.get("type") or "grouping"
    country = e.get("country")
    if country is not None and not isinstance(country, str):
        raise ValueError(f"{where} ({name}) 'country' must be a string")
    return KnownOrg(name, _strs(e.get("aliases"), f"{where}.aliases"), str(kind), country or None)


def _agreement(e: Any, where: str) -> KnownAgreement:
    name = _name(e, where)
    year = e.get("year")
    if year is not None and not isinstance(year, int):
        raise ValueError(f"{where} ({name}) 'year' must be an integer")
    return KnownAgreement(
        name,
        _strs(e.get("aliases"), f"{where}.aliases"),
        _strs(e.get("parties"), f"{where}.parties"),
        year,
        str(e.get("type") or "agreement"),
    )


def _entries(data: dict[str, Any], key: str, where: str) -> list[Any]:
    value = data.get(key) or []
    if not isinstance(value, list):
        raise ValueError(f"'{key}' must be a list")
    return [(v, f"{where}[{i}]") for i, v in enumerate(value)]


def _read_json(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise GazetteerError(f"{path}: no such file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise GazetteerError(f"{path}: cannot read ({exc.__class__.__name__})") from None
    except json.JSONDecodeError as exc:
        raise GazetteerError(f"{path}: not valid JSON (line {exc.lineno}: {exc.msg})") from None
    if not isinstance(data, dict):
        raise GazetteerError(f"{path}: expected a JSON object")
    return data


def _merge_roles(g: Gazetteer, roles: dict[str, Any], where: str) -> None:
    for key in ("titles", "honorifics", "ranks", "royal_titles"):
        extra = _strs(roles.get(key), f"{where}.{key}")
        setattr(g, key, tuple(dict.fromkeys((*getattr(g, key), *extra))))
    g.suffixes = g.suffixes | set(_strs(roles.get("suffixes"), f"{where}.suffixes"))
    abbreviations = roles.get("abbreviations") or {}
    if not isinstance(abbreviations, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in abbreviations.items()):
        raise ValueError(f"{where}.abbreviations must map short forms to office titles")
    g.title_abbreviations = {**g.title_abbreviations, **abbreviations}


def _load_bundled(g: Gazetteer, data_dir: Path) -> None:
    def read(name: str) -> dict[str, Any]:
        path = data_dir / name
        return _read_json(path) if path.exists() else {}

    for fname, apply in (
        ("countries.json", lambda d, w: _apply_countries(g, d.get("countries"), w)),
        ("organizations.json", lambda d, w: _apply_orgs(g, d, w)),
        ("roles.json", lambda d, w: _merge_roles(g, d, w)),
        ("agreements.json", lambda d, w: _apply_agreements(g, d, w)),
    ):
        data = read(fname)
        try:
            apply(data, fname)
        except ValueError as exc:
            raise GazetteerError(f"{data_dir / fname}: {exc}") from None
    g.cues = read("cues.json")


def _apply_countries(g: Gazetteer, entries: Any, where: str) -> None:
    for e, w in _entries({"c": entries}, "c", f"{where}:countries"):
        c = _country(e, w)
        g.countries[c.name] = c


def _apply_orgs(g: Gazetteer, data: dict[str, Any], where: str) -> None:
    for e, w in _entries(data, "known", f"{where}:known"):
        o = _org(e, w)
        g.organizations[o.name] = o
    g.head_words = g.head_words | {x.casefold() for x in _strs(data.get("head_words"), "head_words")}
    g.outlet_words = g.outlet_words | {x.casefold() for x in _strs(data.get("outlet_words"), "outlet_words")}
    g.company_suffixes = g.company_suffixes | set(_strs(data.get("company_suffixes"), "company_suffixes"))


def _apply_agreements(g: Gazetteer, data: dict[str, Any], where: str) -> None:
    for e, w in _entries(data, "known", f"{where}:known"):
        a = _agreement(e, w)
        g.agreements[a.name] = a
    g.agreement_heads = g.agreement_heads | {x.casefold() for x in _strs(data.get("head_nouns"), "head_nouns")}
    g.generic_nouns = g.generic_nouns | {x.casefold() for x in _strs(data.get("generic_nouns"), "generic_nouns")}


def _apply_user(g: Gazetteer, path: Path) -> None:
    data = _read_json(path)
    try:
        _apply_countries(g, data.get("countries"), "countries")
        for e, w in _entries(data, "organizations", "organizations"):
            o = _org(e, w)
            g.organizations[o.name] = o
        for e, w in _entries(data, "agreements", "agreements"):
            a = _agreement(e, w)
            g.agreements[a.name] = a
        roles = data.get("roles")
        if isinstance(roles, list):
            _merge_roles(g, {"titles": roles}, "roles")
        elif isinstance(roles, dict):
            _merge_roles(g, roles, "roles")
        elif roles is not None:
            raise ValueError("'roles' must be a list of titles or an object of lists")
    except ValueError as exc:
        raise GazetteerError(f"{path}: {exc}") from None


def load_gazetteer(user_files: Sequence[Path] = (), *, data_dir: Path | None = None) -> Gazetteer:
    """The bundled lists plus ``user_files`` (which add entries or override them by name)."""
    g = Gazetteer()
    _load_bundled(g, data_dir or DATA_DIR)
    for path in user_files:
        _apply_user(g, Path(path))
    return g.compile()


def user_gazetteer_paths() -> list[Path]:
    """User files: ``PACTSCOPE_GAZETTEER`` entries, then the config folder's gazetteer.json."""
    paths = [Path(p).expanduser() for p in os.environ.get(ENV, "").split(os.pathsep) if p.strip()]
    config = Path(platformdirs.user_config_dir("pactscope")) / "gazetteer.json"
    if config.is_file():
        paths.append(config)
    return paths


@lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    """The bundled lists plus the user's files, loaded once per process."""
    return load_gazetteer(user_gazetteer_paths())


def forms_of(country: Country) -> Iterable[str]:
    """Every surface form of a country."""
    yield country.name
    yield from country.aliases
    yield from country.abbreviations
    yield from country.demonyms
    yield from country.capitals
