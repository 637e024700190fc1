"""``pactscope fix ...`` end to end: each subcommand, its one-line messages and exit codes."""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest

from store.db.store import Store
from tests.db.corrections.conftest import article_of, ingest, ingested, write_corpus
from tui.cli import main

OKAFOR, ERIKSEN, CHEN = "p-amara-okafor", "p-lars-eriksen", "p-chen-wei"
RAA, MSP = "g-reciprocal-access-agreement", "g-maritime-security-pact"


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    return write_corpus(tmp_path)


@pytest.fixture
def store_at(tmp_path: Path, corpus: Path) -> Path:
    return ingested(tmp_path, corpus)


def fix(db: Path, *argv: str) -> int:
    return main(["fix", "--db", str(db), *argv])


def err_lines(capsys: pytest.CaptureFixture[str]) -> list[str]:
    return capsys.readouterr().err.strip().splitlines()


def test_merge_log_undo_redo(store_at: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert fix(store_at, "merge", OKAFOR, ERIKSEN, "--note", "one person") == 0
    assert err_lines(capsys) == [
        "done: #1 merge p-amara-okafor (Amara Okafor) p-lars-eriksen (Lars Eriksen)"
    ]
    assert fix(store_at, "log") == 0
    (line,) = capsys.readouterr().out.strip().splitlines()
    assert line.endswith(
        "#1 merge p-amara-okafor (Amara Okafor) p-lars-eriksen (Lars Eriksen) [active] note: one person"
    )
    assert line[:4].isdigit() and "T" in line.split()[0]
    assert fix(store_at, "undo") == 0
    assert err_lines(capsys)[0].startswith("undone: #1 merge")
    assert fix(store_at, "undo") == 1
    assert err_lines(capsys) == ["error: nothing to undo"]
    assert fix(store_at, "log", "--json") == 0
    (row,) = [orjson.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert (row["op"], row["state"], row["targets"]) == ("merge", "undone", [OKAFOR, ERIKSEN])
    assert fix(store_at, "redo") == 0
    with Store.open(store_at) as store:
        assert store.actor(ERIKSEN) is None


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["merge", OKAFOR, "p-nobody"], "error: unknown id 'p-nobody'"),
        (["rename", "g-nothing", "X"], "error: unknown id 'g-nothing'"),
        (["kind", OKAFOR, "planet"], "error: kind must be one of person, country, organization, not 'planet'"),
        (["set", RAA, "year", "soon", "--note", "x"], "error: year must be a number, not 'soon'"),
        (["set", RAA, "status", "signed"], "error: set needs a note saying why (--note)"),
        (["split", OKAFOR, "--mention", "nope"], "error: --mention takes ARTICLE:START, not 'nope'"),
        (["party", "remove", RAA, OKAFOR], f"error: {OKAFOR} is not a party to {RAA}"),
        (["redo"], "error: nothing to redo"),
    ],
)
def test_errors_are_one_line_with_exit_1(
    store_at: Path, capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    assert fix(store_at, *argv) == 1
    assert err_lines(capsys) == [message]


def test_every_subcommand_changes_the_store(store_at: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with Store.open(store_at) as store:
        b = article_of(store, "b.txt")
        first = next(m for m in store.body(b).mentions if m.entity == OKAFOR)
    assert fix(store_at, "split", OKAFOR, "--mention", f"{b}:{first.start}", "--name", "A. Okafor") == 0
    assert "; made p-a-okafor" in err_lines(capsys)[0]
    assert fix(store_at, "rename", CHEN, "Wei Chen") == 0
    assert fix(store_at, "kind", "p-a-okafor", "organization") == 0
    assert fix(store_at, "party", "add", MSP, CHEN) == 0
    assert fix(store_at, "party", "remove", RAA, "c-japan") == 0
    assert fix(store_at, "set", RAA, "value", "US$1 billion", "--note", "the treaty text") == 0
    assert fix(store_at, "dismiss", OKAFOR, ERIKSEN) == 0
    assert fix(store_at, "delete", MSP) == 0
    with Store.open(store_at) as store:
        assert store.actor("p-a-okafor").kind == "organization"  # type: ignore[union-attr]
        assert store.actor(CHEN).name == "Wei Chen"  # type: ignore[union-attr]
        raa = store.agreement(RAA)
        assert raa is not None and raa.parties == ["c-australia"] and raa.amount == 1e9
        assert store.agreement(MSP) is None and store.dismissed() == {frozenset({OKAFOR, ERIKSEN})}
        ops = [e.correction.op for e in store.corrections()]
    assert ops == ["split", "rename", "kind", "add-party", "remove-party", "set", "dismiss", "delete"]


def test_ingest_fix_log_and_doctor_report_a_correction_that_no_longer_applies(
    store_at: Path, corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert fix(store_at, "rename", CHEN, "Wei Chen") == 0
    capsys.readouterr()
    text = (corpus / "c.txt").read_text().replace("Trade Minister Chen Wei of Australia", "A spokesman")
    (corpus / "c.txt").write_text(text, encoding="utf-8")
    assert ingest(store_at, corpus) == 0
    line = "correction #1 rename p-chen-wei (Chen Wei) name=Wei Chen: no longer found: p-chen-wei (Chen Wei)"
    assert line in err_lines(capsys)
    assert fix(store_at, "log") == 0
    assert "PROBLEM: no longer found: p-chen-wei (Chen Wei)" in capsys.readouterr().out
    assert main(["doctor", "--db", str(store_at)]) == 0  # not damage: a note
    assert line in err_lines(capsys)


def test_export_then_import_into_a_store_whose_ids_differ(
    store_at: Path, corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert fix(store_at, "merge", OKAFOR, ERIKSEN, "--note", "same") == 0
    assert fix(store_at, "set", RAA, "year", "2023", "--note", "treaty text") == 0
    shared = tmp_path / "team.json"
    assert fix(store_at, "export", str(shared)) == 0
    assert fix(store_at, "export", str(shared)) == 1  # never over a file without --force
    data = orjson.loads(shared.read_bytes())
    assert [c["op"] for c in data["corrections"]] == ["merge", "set"]
    for record in data["corrections"]:  # another store's ids
        for target in record["targets"]:
            target["id"] += "-2"
    data["corrections"].insert(0, {"op": "rename", "targets": [{"name": "Nobody", "kind": "person"}], "args": {"name": "X"}})
    data["corrections"].append("not a record")
    data["corrections"].append({"op": "teleport", "targets": [{"name": "Chen Wei", "kind": "person"}]})
    shared.write_bytes(orjson.dumps(data))
    other = tmp_path / "other.json"
    assert ingest(other, corpus) == 0
    capsys.readouterr()
    assert fix(other, "import", str(shared)) == 1
    assert err_lines(capsys) == [
        f"{shared} record 1: no person named 'Nobody'",
        f"{shared} record 4: not an object",
        f"{shared} record 5: unknown correction 'teleport' (one of: merge, split, rename, kind, delete, add-party, remove-party, set, dismiss)",
        "imported 2 corrections, left out 3",
    ]
    with Store.open(other) as store:
        assert store.actor(ERIKSEN) is None and store.agreement(RAA).year == 2023  # type: ignore[union-attr]
        assert [e.correction.note for e in store.corrections()] == ["same", "treaty text"]


def test_import_of_a_file_that_is_not_a_corrections_file_is_one_line(
    store_at: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{not json")
    assert fix(store_at, "import", str(bad)) == 1
    (line,) = err_lines(capsys)
    assert line.startswith(f"error: {bad}: not valid JSON")
    bad.write_text('{"articles": []}')
    assert fix(store_at, "import", str(bad)) == 1
    assert err_lines(capsys) == [f"error: {bad}: not a pactscope corrections file"]


def test_fix_never_creates_a_store(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "none.json"
    assert fix(db, "merge", "p-a", "p-b") == 1
    assert err_lines(capsys) == [f"error: {db}: no store here (ingest articles first)"]
    assert list(tmp_path.iterdir()) == []
