"""Corrections from several processes: the writer lock serialises them and none is lost; a
reader and the explorer pick up a correction made from another shell by themselves."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from store.db.read_store import ReadStore
from store.db.store import Store
from tests.db.corrections.conftest import ingested, write_corpus
from tests.db.crash_support import REPO
from tui.app import PactscopeApp
from tui.widgets.actor_list import ActorList

pytestmark = pytest.mark.slow  # racing processes and an explorer

RAA, CHEN = "g-reciprocal-access-agreement", "p-chen-wei"
ROUNDS = 4


def fix_cmd(db: Path, *argv: str) -> list[str]:
    return [sys.executable, "-m", "tui", "--db", str(db), "fix", "--wait", "60", *argv]


def test_two_processes_correcting_at_once_are_serialised_and_nothing_is_lost(tmp_path: Path) -> None:
    db = ingested(tmp_path, write_corpus(tmp_path))
    loops = [
        " && ".join(
            subprocess.list2cmdline(fix_cmd(db, "set", RAA, "year", str(2000 + i), "--note", f"first {i}"))
            for i in range(ROUNDS)
        ),
        " && ".join(
            subprocess.list2cmdline(fix_cmd(db, "rename", CHEN, f"Chen Wei {i}", "--note", f"second {i}"))
            for i in range(ROUNDS)
        ),
    ]
    procs = [
        subprocess.Popen(["sh", "-c", loop], cwd=REPO, stderr=subprocess.PIPE, text=True) for loop in loops
    ]
    outputs = [p.communicate(timeout=300)[1] for p in procs]
    assert [p.returncode for p in procs] == [0, 0], outputs
    with Store.open(db) as store:
        log = store.corrections()
        assert [e.seq for e in log] == list(range(1, 2 * ROUNDS + 1))
        assert sorted(e.correction.note for e in log) == sorted(
            [f"first {i}" for i in range(ROUNDS)] + [f"second {i}" for i in range(ROUNDS)]
        )
        assert all(e.state == "active" and e.problem is None for e in log)
        assert store.agreement(RAA).year == 2000 + ROUNDS - 1  # type: ignore[union-attr]
        assert store.actor(CHEN).name == f"Chen Wei {ROUNDS - 1}"  # type: ignore[union-attr]


def test_a_reader_sees_a_correction_from_another_process(tmp_path: Path) -> None:
    db = ingested(tmp_path, write_corpus(tmp_path))
    reader = ReadStore(db)
    assert reader.actor("p-lars-eriksen") is not None
    subprocess.run(fix_cmd(db, "merge", "p-amara-okafor", "p-lars-eriksen"), cwd=REPO, check=True)
    assert reader.reload_if_changed() is True
    assert reader.actor("p-lars-eriksen") is None and len(reader.corrections()) == 1
    reader.close()


async def test_the_explorer_follows_a_fix_made_from_another_shell(tmp_path: Path) -> None:
    db = ingested(tmp_path, write_corpus(tmp_path))
    app = PactscopeApp(db)
    async with app.run_test(size=(100, 30)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        actors = app.screen.query_one(ActorList)
        before = actors.option_count
        assert app.store is not None and app.store.actor("p-lars-eriksen") is not None
        subprocess.run(fix_cmd(db, "merge", "p-amara-okafor", "p-lars-eriksen"), cwd=REPO, check=True)
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and app.store.actor("p-lars-eriksen") is not None:
            await pilot.pause(0.25)  # no key pressed: the explorer's own poll reloads
            await app.workers.wait_for_complete()
        assert app.store.actor("p-lars-eriksen") is None
        await pilot.pause()
        assert actors.option_count == before - 1
