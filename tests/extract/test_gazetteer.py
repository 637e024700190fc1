"""The gazetteer loader: bundled lists, user files that add or override, clear errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from store.extract import gazetteer as gzmod
from store.extract.gazetteer import GazetteerError, load_gazetteer, user_gazetteer_paths


def _user(tmp_path: Path, data: object, name: str = "user.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_bundled_lists_load_and_compile() -> None:
    g = load_gazetteer()
    assert g.countries["Japan"].code == "JP"
    assert any(e.kind == "country" and e.name == "United States" for e in g.lookup("U.S."))
    assert all(e.kind != "country" for e in g.lookup("us"))
    assert any(e.kind == "title" for e in g.lookup("Foreign Minister"))
    assert "AUKUS" in g.agreements and "G7" in g.organizations


def test_user_file_adds_and_overrides(tmp_path: Path) -> None:
    path = _user(
        tmp_path,
        {
            "countries": [{"name": "Japan", "code": "JP", "aliases": ["Nihon"], "demonyms": ["Japanese"], "capitals": ["Tokyo"]}],
            "organizations": [{"name": "Pacific Islands Forum", "aliases": ["PIF"], "type": "grouping"}],
            "roles": ["Special Envoy"],
            "agreements": [{"name": "Compact of Free Association", "aliases": ["COFA"], "parties": ["United States", "Palau"], "year": 1994}],
        },
    )
    g = load_gazetteer([path])
    assert g.countries["Japan"].aliases == ("Nihon",)
    assert g.lookup("Nihon")[0].name == "Japan"
    assert g.lookup("PIF")[0].name == "Pacific Islands Forum"
    assert "Special Envoy" in g.titles
    assert g.agreements["Compact of Free Association"].year == 1994


def test_roles_object_form(tmp_path: Path) -> None:
    g = load_gazetteer([_user(tmp_path, {"roles": {"titles": ["Chief Whip"], "ranks": ["Cdre."]}})])
    assert "Chief Whip" in g.titles and "Cdre." in g.ranks


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ("{not json", "not valid JSON"),
        ("[1, 2]", "expected a JSON object"),
        (json.dumps({"countries": [{"name": "Atlantis"}]}), "code"),
        (json.dumps({"countries": {"name": "x"}}), "must be a list"),
        (json.dumps({"agreements": [{"name": "X", "year": "1990"}]}), "year"),
        (json.dumps({"organizations": [{"aliases": []}]}), "name"),
        (json.dumps({"roles": 5}), "roles"),
    ],
)
def test_bad_user_file_is_one_line_naming_the_file(tmp_path: Path, content: str, reason: str) -> None:
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(GazetteerError) as info:
        load_gazetteer([path])
    message = str(info.value)
    assert str(path) in message and reason in message and "\n" not in message


def test_missing_user_file(tmp_path: Path) -> None:
    with pytest.raises(GazetteerError, match="no such file"):
        load_gazetteer([tmp_path / "absent.json"])


def test_user_paths_from_environment_and_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    a, b = tmp_path / "a.json", tmp_path / "b.json"
    monkeypatch.setenv("PACTSCOPE_GAZETTEER", f"{a}{__import__('os').pathsep}{b}")
    config = tmp_path / "config"
    config.mkdir()
    (config / "gazetteer.json").write_text("{}", encoding="utf-8")
    monkeypatch.setattr(gzmod.platformdirs, "user_config_dir", lambda app: str(config))
    assert user_gazetteer_paths() == [a, b, config / "gazetteer.json"]


def test_ambiguous_forms_are_marked() -> None:
    g = load_gazetteer()
    forms = {e.form for e in g.lookup("Georgia") if e.kind == "country"}
    assert forms == {"ambiguous"}
