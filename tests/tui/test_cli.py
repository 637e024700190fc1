"""The command line: --version, --help everywhere, errors as one line, doctor, store location."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import orjson
import pytest

from store import __version__
from store.db.store import Store, bodies_path
from store.paths import bundled_seeds, db_path, default_db_path, lock_path
from tui.cli import main

REPO = Path(__file__).resolve().parents[2]
COMMANDS = ["ingest", "export", "search", "doctor", "serve", "compact"]


def run(*argv: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tui", *argv],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, **(env or {})},
    )


def test_version() -> None:
    result = run("--version")
    assert result.returncode == 0 and result.stdout.strip() == f"pactscope {__version__}"


@pytest.mark.parametrize("command", [None, *COMMANDS])
def test_help(command: str | None, capsys: pytest.CaptureFixture[str]) -> None:
    argv = [command, "--help"] if command else ["--help"]
    with pytest.raises(SystemExit) as done:
        main(argv)
    assert done.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("usage: pactscope") and "--db" in out


def test_help_does_not_import_textual() -> None:
    result = run("ingest", "--help")
    assert result.returncode == 0
    probe = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys, tui.cli; tui.cli.build_parser(); print('textual' in sys.modules)",
        ],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert probe.stdout.strip() == "False"


def test_usage_error_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main(["ingest"])
    assert done.value.code == 2
    with pytest.raises(SystemExit) as done:
        main(["search", "x", "--limit", "0"])
    assert done.value.code == 2


def test_store_errors_are_one_line(tmp_path: Path) -> None:
    db = tmp_path / "s.json"
    db.write_text('{"not": "a store"}')
    result = run("--db", str(db), "export")
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "not a pactscope store" in result.stderr
    assert "Traceback" not in result.stderr
    assert db.read_text() == '{"not": "a store"}'


def test_db_location(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("PACTSCOPE_DB", raising=False)
    assert db_path() == default_db_path() and default_db_path().name == "pactscope.json"
    monkeypatch.setenv("PACTSCOPE_DB", str(tmp_path / "env.json"))
    assert db_path() == tmp_path / "env.json"
    assert db_path(tmp_path / "flag.json") == tmp_path / "flag.json"
    assert sorted(p.name for p in bundled_seeds().iterdir()) == sorted(
        p.name for p in (REPO / "seeds").iterdir()
    )


@pytest.mark.slow
def test_db_after_the_command_and_from_env(tmp_path: Path) -> None:
    env_db = tmp_path / "env.json"
    result = run("ingest", str(REPO / "seeds"), env={"PACTSCOPE_DB": str(env_db)})
    assert result.returncode == 0, result.stderr
    assert "added 5, unchanged 0, failed 0" in result.stderr
    flag_db = tmp_path / "flag.json"
    result = run(
        "ingest", "--db", str(flag_db), str(REPO / "seeds" / sorted(os.listdir(REPO / "seeds"))[0])
    )
    assert result.returncode == 0 and "added 1," in result.stderr
    with Store.open(flag_db) as store:
        assert len(store.articles()) == 1


def test_messages_strip_control_characters(tmp_path: Path) -> None:
    bad = tmp_path / "evil\x1b[31mred\x07.txt"
    bad.write_bytes(b"")
    result = run("--db", str(tmp_path / "s.json"), "ingest", str(bad))
    assert result.returncode == 1
    assert "\x1b" not in result.stderr and "\x07" not in result.stderr
    assert "evil" in result.stderr


def test_doctor_reports_and_repairs(
    db_path: Path, make_pair, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a1, e1 = make_pair("a.txt")
    a2, e2 = make_pair("b.txt", extra=" More.")
    with Store.open(db_path, write=True) as store:
        store.add(a1, e1)
        store.add(a2, e2)
        store.commit()
    assert main(["--db", str(db_path), "doctor"]) == 0
    assert "no problems" in capsys.readouterr().err
    # A catalog pointing at a missing actor, and a body cut short.
    data = orjson.loads(db_path.read_bytes())
    for doc in data["articles"].values():
        if doc["id"] == a1.id:
            doc["actors"].append("p-nobody")
    db_path.write_bytes(orjson.dumps(data))
    damaged = db_path.read_bytes()
    assert main(["--db", str(db_path), "doctor"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    # One line per problem, then the count naming the store.
    assert len(err) == 2 and "p-nobody" in err[0]
    assert err[1].startswith(f"{db_path}: 1 problem found")
    out = tmp_path / "repaired.json"
    assert main(["--db", str(db_path), "doctor", "--repair", str(out)]) == 1
    assert db_path.read_bytes() == damaged
    assert main(["--db", str(out), "doctor"]) == 0
    with Store.open(out) as store:
        assert set(store.article_ids()) == {a1.id, a2.id}
        assert "p-nobody" not in store.article(a1.id).actors


def test_doctor_repairs_from_bodies_when_the_catalog_is_lost(
    db_path: Path, make_pair, tmp_path: Path
) -> None:
    a1, e1 = make_pair("a.txt")
    with Store.open(db_path, write=True) as store:
        store.add(a1, e1)
        store.commit()
    db_path.write_bytes(b'{"meta": {"1": {"app": "pactsc')
    out = tmp_path / "repaired.json"
    assert main(["--db", str(db_path), "doctor", "--repair", str(out)]) == 1
    with Store.open(out) as store:
        assert store.article_ids() == [a1.id]
        assert store.body(a1.id).text == a1.text
        assert store.actor("p-penny-wong") is not None
    assert bodies_path(out).exists()
    assert main(["--db", str(db_path), "doctor", "--repair", str(out)]) == 1  # never overwrites


def test_search(db_path: Path, make_pair, capsys: pytest.CaptureFixture[str]) -> None:
    a1, e1 = make_pair("a.txt")
    with Store.open(db_path, write=True) as store:
        store.add(a1, e1)
        store.commit()
    assert main(["--db", str(db_path), "search", "Penny", "--json", "--limit", "3"]) == 0
    hits = [orjson.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert 1 <= len(hits) <= 3
    assert hits[0]["id"] == "p-penny-wong" and hits[0]["kind"] == "person"
    assert main(["--db", str(db_path), "search", "p:Penny"]) == 0
    out = capsys.readouterr().out
    assert "Penny Wong" in out and "p-penny-wong" in out
    assert main(["--db", str(db_path), "search", "zzzzqqq"]) == 0
    assert "no matches" in capsys.readouterr().err


def test_no_command_loads_the_seeds_into_an_empty_store_then_opens_the_app(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import types

    opened: list[Path] = []
    fake = types.ModuleType("tui.app")
    fake.run_app = opened.append  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "tui.app", fake)
    assert main(["--db", str(db_path)]) == 0
    assert opened == [db_path]
    with Store.open(db_path) as store:
        assert len(store.articles()) == 5
        generation = store.generation
    assert main(["--db", str(db_path)]) == 0  # not empty: opened as it is
    with Store.open(db_path) as store:
        assert store.generation == generation
    assert opened == [db_path, db_path]


def test_serve_runs_the_explorer_command(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import shlex

    from tui.serve import GuardedServer

    started: list[GuardedServer] = []
    monkeypatch.setattr(GuardedServer, "serve", lambda self: started.append(self))
    assert main(["--db", str(db_path), "ingest", "--jobs", "1", str(bundled_seeds())]) == 0
    assert main(["--db", str(db_path), "serve", "--port", "8123"]) == 0
    (server,) = started
    assert (server.host, server.port) == ("127.0.0.1", 8123)
    assert shlex.split(server.command) == [sys.executable, "-m", "tui.serve", str(db_path)]


@pytest.mark.parametrize("where", ["catalog", "segment"])
def test_full_disk_during_ingest_is_one_line_naming_the_store(
    db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys, where: str
) -> None:
    seeds = sorted(bundled_seeds().iterdir())
    assert main(["--db", str(db_path), "ingest", "--jobs", "1", str(seeds[0])]) == 0
    before = db_path.read_bytes()
    capsys.readouterr()
    real_fsync = os.fsync

    def full(fd: int) -> None:
        name = os.readlink(f"/proc/self/fd/{fd}")
        if name.endswith((".journal", ".tmp") if where == "catalog" else ".bodies"):  # commit points
            raise OSError(28, "No space left on device")
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", full)
    assert main(["--db", str(db_path), "ingest", "--jobs", "1", str(seeds[1])]) == 1
    monkeypatch.undo()
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [f"error: {db_path}: cannot write the store: No space left on device"]
    assert db_path.read_bytes() == before  # the old catalog is intact
    assert not lock_path(db_path).exists()
    with Store.open(db_path) as store:
        assert len(store.article_ids()) == 1


def test_export_into_a_closed_pipe_stops_quietly(db_path: Path, make_pair) -> None:
    """``pactscope export | head``: the reader leaves early; no error line, no traceback."""
    with Store.open(db_path, write=True) as store:
        for name in ("a.txt", "b.txt", "c.txt"):
            store.add(*make_pair(name))
        store.commit()
    command = [sys.executable, "-m", "tui", "--db", str(db_path), "export"]
    producer = subprocess.Popen(command, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert producer.stdout is not None and producer.stderr is not None
    producer.stdout.close()  # the reader is gone before a byte is written (head -0)
    errors = producer.stderr.read().decode()
    assert producer.wait(timeout=60) == 141
    assert "error" not in errors and "Traceback" not in errors and "Broken pipe" not in errors


@pytest.mark.slow
def test_search_table_keeps_ids_whole_and_scores_prefix_listings_as_dash(
    db_path: Path, make_pair
) -> None:
    with Store.open(db_path, write=True) as store:
        store.add(*make_pair("a.txt"))
        store.commit()
    result = run("--db", str(db_path), "search", "p:", env={"COLUMNS": "80"})
    assert result.returncode == 0
    assert "p-penny-wong" in result.stdout  # the whole id on one line at 80 columns
    assert " 0.00 " not in result.stdout and " - " in result.stdout
    assert "organization" not in run("--db", str(db_path), "search", "o:", env={"COLUMNS": "80"}).stdout
