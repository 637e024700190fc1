"""Checks the editable gazetteer data files: their format, internal consistency and a few real-world facts.

The files are hand-edited by users, so these tests guard the exact shape the loader reads and catch the
mistakes an edit most easily introduces (duplicate forms, a party that names nothing, a stray lower-case
abbreviation).
"""

from __future__ import annotations

import json
import unicodedata
from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest

DATA = Path(__file__).resolve().parents[2] / "store" / "extract" / "data"
COUNTRY_LISTS = ("aliases", "abbreviations", "demonyms", "capitals", "ambiguous")
ORG_TYPES = {
    "grouping", "alliance", "un", "court", "parliament", "government",
    "military", "agency", "party", "militant", "outlet", "company", "central_bank",
}


def _load(name: str) -> dict[str, Any]:
    raw = (DATA / name).read_bytes()
    text = raw.decode("utf-8")  # must be valid UTF-8
    return json.loads(text)


def _fold(name: str) -> str:
    """Sort key the files use: accents dropped, case folded ("São Tomé" sorts with "Sao")."""
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def _is_clean_str(value: object) -> bool:
    return isinstance(value, str) and value != "" and value == value.strip()


@pytest.fixture(scope="module")
def countries() -> list[dict[str, Any]]:
    data = _load("countries.json")
    assert set(data) == {"version", "countries"}
    assert data["version"] == 1
    assert isinstance(data["countries"], list)
    return data["countries"]


@pytest.fixture(scope="module")
def orgs() -> dict[str, Any]:
    data = _load("organizations.json")
    assert set(data) == {"version", "known", "head_words", "outlet_words", "company_suffixes"}
    assert data["version"] == 1
    return data


@pytest.fixture(scope="module")
def roles() -> dict[str, Any]:
    data = _load("roles.json")
    assert set(data) == {"version", "titles", "honorifics", "ranks", "royal_titles", "suffixes", "abbreviations"}
    assert data["version"] == 1
    return data


@pytest.fixture(scope="module")
def agreements() -> dict[str, Any]:
    data = _load("agreements.json")
    assert set(data) == {"version", "head_nouns", "generic_nouns", "known"}
    assert data["version"] == 1
    return data


def _fold_form(text: str) -> str:
    """How forms compare when matched without regard to case: straight apostrophes, single spaces."""
    return " ".join(text.replace("\u2019", "'").replace("\u2018", "'").split()).casefold()


def _country_forms(entry: dict[str, Any]) -> list[str]:
    return [entry["name"], *entry["aliases"], *entry["abbreviations"], *entry["demonyms"], *entry["capitals"]]


def _form_index(countries: list[dict[str, Any]]) -> dict[str, set[str]]:
    index: dict[str, set[str]] = defaultdict(set)
    for entry in countries:
        for form in _country_forms(entry):
            index[form].add(entry["name"])
    return index


# --- countries -------------------------------------------------------------------------------------

def test_country_entries_have_exact_keys_and_types(countries: list[dict[str, Any]]) -> None:
    for entry in countries:
        assert set(entry) == {"name", "code", *COUNTRY_LISTS}, entry.get("name")
        assert _is_clean_str(entry["name"]), entry
        for key in COUNTRY_LISTS:
            values = entry[key]
            assert isinstance(values, list), (entry["name"], key)
            assert all(_is_clean_str(v) for v in values), (entry["name"], key, values)
            assert len(values) == len(set(values)), (entry["name"], key, values)


def test_country_count_codes_and_names(countries: list[dict[str, Any]]) -> None:
    assert len(countries) >= 195
    codes = [c["code"] for c in countries]
    assert all(len(code) == 2 and code.isascii() and code.isalpha() and code.isupper() for code in codes)
    assert len(codes) == len(set(codes))
    names = [c["name"] for c in countries]
    assert len(names) == len(set(names))
    assert names == sorted(names, key=_fold), "countries must stay sorted by name"


def test_ambiguous_forms_belong_to_their_entry(countries: list[dict[str, Any]]) -> None:
    for entry in countries:
        forms = set(_country_forms(entry))
        stray = [a for a in entry["ambiguous"] if a not in forms]
        assert not stray, (entry["name"], stray)


def test_no_unmarked_form_names_two_countries(countries: list[dict[str, Any]]) -> None:
    ambiguous = {a for entry in countries for a in entry["ambiguous"]}
    clashes = {form: owners for form, owners in _form_index(countries).items()
               if len(owners) > 1 and form not in ambiguous}
    assert not clashes


def test_abbreviations_are_upper_case(countries: list[dict[str, Any]]) -> None:
    for entry in countries:
        for abbr in entry["abbreviations"]:
            upper = sum(ch.isupper() for ch in abbr)
            lower = sum(ch.islower() for ch in abbr)
            assert abbr[0].isupper() and upper >= 2 and upper > lower, (entry["name"], abbr)


def test_country_facts(countries: list[dict[str, Any]]) -> None:
    by_name = {c["name"]: c for c in countries}
    index = _form_index(countries)
    assert by_name["Japan"]["code"] == "JP" and "Tokyo" in by_name["Japan"]["capitals"]
    assert by_name["Ukraine"]["code"] == "UA" and "Kyiv" in by_name["Ukraine"]["capitals"]
    assert by_name["Kosovo"]["code"] == "XK"
    assert by_name["United Kingdom"]["code"] == "GB"
    assert by_name["Taiwan"]["code"] == "TW"
    assert index["ROK"] == {"South Korea"}
    assert index["DPRK"] == {"North Korea"}
    assert index["Republic of Korea"] == {"South Korea"}
    assert index["Democratic People's Republic of Korea"] == {"North Korea"}
    assert index["PRC"] == {"China"}
    assert index["U.S."] == {"United States"}
    assert index["Türkiye"] == {"Turkey"}
    assert index["Burma"] == {"Myanmar"}
    assert index["Canberra"] == {"Australia"}
    assert "EU" not in index and "European Union" not in index
    for name in ("Palestine", "Vatican City", "South Sudan", "Eswatini", "North Macedonia",
                 "Timor-Leste", "Democratic Republic of the Congo", "Republic of the Congo"):
        assert name in by_name, name
    assert "Georgia" in by_name["Georgia"]["ambiguous"]
    assert "Jordan" in by_name["Jordan"]["ambiguous"]


def test_countries_file_is_one_entry_per_line() -> None:
    lines = (DATA / "countries.json").read_text(encoding="utf-8").splitlines()
    entry_lines = [line for line in lines if line.lstrip().startswith('{"name"')]
    assert len(entry_lines) == len(_load("countries.json")["countries"])


def test_no_folded_form_names_two_things(
    countries: list[dict[str, Any]], orgs: dict[str, Any], agreements: dict[str, Any]
) -> None:
    """Full names match regardless of case and apostrophe style, so they must stay distinct that way too.

    Upper-case abbreviations are matched exactly and are left out; forms marked ambiguous may repeat.
    """
    owners: dict[str, set[tuple[str, str]]] = defaultdict(set)
    ambiguous = {_fold_form(a) for entry in countries for a in entry["ambiguous"]}
    for entry in countries:
        for form in (entry["name"], *entry["aliases"], *entry["demonyms"], *entry["capitals"]):
            owners[_fold_form(form)].add(("country", entry["name"]))
    for kind, entries in (("organization", orgs["known"]), ("agreement", agreements["known"])):
        for entry in entries:
            for form in (entry["name"], *entry["aliases"]):
                if not form.isupper():
                    owners[_fold_form(form)].add((kind, entry["name"]))
    clashes = {f: o for f, o in owners.items() if len(o) > 1 and f not in ambiguous}
    assert clashes == {}


# --- organisations ---------------------------------------------------------------------------------

def test_org_entries_and_word_lists(orgs: dict[str, Any], countries: list[dict[str, Any]]) -> None:
    country_names = {c["name"] for c in countries}
    assert len(orgs["known"]) >= 250
    for entry in orgs["known"]:
        assert set(entry) - {"country"} == {"name", "aliases", "type"}, entry
        assert _is_clean_str(entry["name"])
        if "country" in entry:  # a national body's home is a country of the gazetteer
            assert entry["country"] in country_names and entry["type"] not in ("un", "grouping", "alliance"), entry
        assert entry["type"] in ORG_TYPES, entry
        assert isinstance(entry["aliases"], list) and all(_is_clean_str(a) for a in entry["aliases"])
    names = [e["name"] for e in orgs["known"]]
    assert names == sorted(names, key=_fold)
    for key in ("head_words", "outlet_words", "company_suffixes"):
        words = orgs[key]
        assert words and all(_is_clean_str(w) for w in words), key
        assert len(words) == len(set(words)), key


def test_org_forms_are_unique_across_entries(orgs: dict[str, Any]) -> None:
    owners: dict[str, set[str]] = defaultdict(set)
    for entry in orgs["known"]:
        for form in (entry["name"], *entry["aliases"]):
            owners[form].add(entry["name"])
    assert {f: o for f, o in owners.items() if len(o) > 1} == {}


def test_org_forms_do_not_shadow_country_forms(orgs: dict[str, Any], countries: list[dict[str, Any]]) -> None:
    country_forms = set(_form_index(countries))
    org_forms = {f for e in orgs["known"] for f in (e["name"], *e["aliases"])}
    assert org_forms & country_forms == set()


def test_org_facts(orgs: dict[str, Any]) -> None:
    by_form = {f: e for e in orgs["known"] for f in (e["name"], *e["aliases"])}
    assert by_form["EU"]["name"] == "European Union"
    assert by_form["NATO"]["type"] == "alliance"
    assert by_form["Group of Seven"]["name"] == "G7"
    assert by_form["Quadrilateral Security Dialogue"]["name"] == "Quad"
    assert by_form["USFJ"]["name"] == "United States Forces Japan"
    assert by_form["INDOPACOM"]["name"] == "U.S. Indo-Pacific Command"
    assert by_form["JSDF"]["name"] == "Self-Defense Forces"
    assert by_form["Kyodo"]["type"] == "outlet"
    assert by_form["Lockheed Martin"]["type"] == "company"
    assert "Ministry" in orgs["head_words"] and "Times" in orgs["outlet_words"]
    assert "Inc." in orgs["company_suffixes"]


# --- roles -----------------------------------------------------------------------------------------

def test_roles_lists(roles: dict[str, Any]) -> None:
    for key in ("titles", "honorifics", "ranks", "royal_titles", "suffixes"):
        values = roles[key]
        assert isinstance(values, list) and values, key
        assert all(_is_clean_str(v) for v in values), key
        assert len(values) == len(set(values)), key
    assert len(roles["titles"]) >= 200
    folded = [t.casefold() for t in roles["titles"] if t.casefold() != "commander"]
    assert len(folded) == len(set(folded)), "titles differing only in case are redundant"
    for title in ("Prime Minister", "Defence Minister", "Defense Minister", "Secretary of Defense",
                  "Foreign Minister", "Secretary-General", "First Lady", "commander"):
        assert title in roles["titles"], title
    assert {"Gen.", "Gen", "Adm.", "Lt. Gen."} <= set(roles["ranks"])
    assert {"Mr.", "Dr.", "Sheikh"} <= set(roles["honorifics"])
    assert {"Crown Prince", "King", "Emir"} <= set(roles["royal_titles"])
    assert {"Jr.", "III"} <= set(roles["suffixes"])
    titles = set(roles["titles"]) | set(roles["royal_titles"])
    assert roles["abbreviations"]["PM"] == "Prime Minister"
    assert all(full in titles or full in ("Representative", "Secretary") for full in roles["abbreviations"].values())


# --- agreements ------------------------------------------------------------------------------------

def test_agreement_entries(agreements: dict[str, Any]) -> None:
    for key in ("head_nouns", "generic_nouns"):
        words = agreements[key]
        assert words and all(_is_clean_str(w) for w in words) and len(words) == len(set(words)), key
    assert all(w == w.lower() for w in agreements["generic_nouns"])
    assert len(agreements["known"]) >= 80
    for entry in agreements["known"]:
        assert set(entry) == {"name", "aliases", "parties", "year", "type"}, entry
        assert _is_clean_str(entry["name"]) and _is_clean_str(entry["type"])
        assert all(_is_clean_str(a) for a in entry["aliases"])
        assert all(_is_clean_str(p) for p in entry["parties"])
        year = entry["year"]
        assert year is None or (isinstance(year, int) and not isinstance(year, bool) and 1800 <= year <= 2100)
    names = [e["name"] for e in agreements["known"]]
    assert names == sorted(names, key=_fold)


def test_agreement_forms_unique(agreements: dict[str, Any]) -> None:
    owners: dict[str, set[str]] = defaultdict(set)
    for entry in agreements["known"]:
        for form in (entry["name"], *entry["aliases"]):
            owners[form].add(entry["name"])
    assert {f: o for f, o in owners.items() if len(o) > 1} == {}
    # Name types shared by many pairs of states are found by head noun, never pinned to one pair.
    for generic in ("Reciprocal Access Agreement", "Status of Forces Agreement", "Mutual Defense Treaty",
                    "Visiting Forces Agreement"):
        assert generic not in owners, generic


def test_agreement_parties_are_known_actors(
    agreements: dict[str, Any], countries: list[dict[str, Any]], orgs: dict[str, Any]
) -> None:
    actors = {c["name"] for c in countries} | {o["name"] for o in orgs["known"]}
    unknown = [(e["name"], p) for e in agreements["known"] for p in e["parties"] if p not in actors]
    assert unknown == []


def test_agreement_facts(agreements: dict[str, Any]) -> None:
    by_form = {f: e for e in agreements["known"] for f in (e["name"], *e["aliases"])}
    aukus = by_form["AUKUS"]
    assert set(aukus["parties"]) == {"Australia", "United Kingdom", "United States"} and aukus["year"] == 2021
    assert by_form["New Strategic Arms Reduction Treaty"]["name"] == "New START"
    assert by_form["New START"]["year"] == 2010
    assert by_form["JCPOA"]["name"] == "Joint Comprehensive Plan of Action"
    assert by_form["NPT"]["parties"] == []
    assert by_form["EDCA"]["parties"] == ["United States", "Philippines"]
