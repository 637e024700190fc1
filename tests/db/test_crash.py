"""A writer killed mid-ingest: the store still loads with every committed article, and a rerun completes."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from store.db.store import Store
from store.errors import StoreError
from tests.conftest import SEEDS

pytestmark = pytest.mark.slow  # kills a real ingest

REPO = Path(__file__).resolve().parents[2]
COUNT = 200


def _articles(folder: Path) -> None:
    folder.mkdir()
    seeds = sorted(SEEDS.iterdir())
    for i in range(COUNT):
        seed = seeds[i % len(seeds)]
        text = seed.read_text(encoding="utf-8")
        (folder / f"{i:03d}_{seed.name}").write_text(
            f"{text}\n\nCorrespondents filed update number {i} on the talks.\n", encoding="utf-8"
        )


def _ingest_cmd(db: Path, folder: Path) -> list[str]:
    return [
        sys.executable,
        "-m",
        "tui",
        "--db",
        str(db),
        "ingest",
        "--jobs",
        "1",
        "--batch-size",
        "2",
        str(folder),
    ]


def test_kill_mid_ingest_keeps_committed_articles(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    _articles(folder)
    db = tmp_path / "store" / "pactscope.json"
    proc = subprocess.Popen(_ingest_cmd(db, folder), cwd=REPO, stderr=subprocess.PIPE)
    committed: set[str] = set()
    generation = 0
    deadline = time.monotonic() + 120
    try:
        while generation < 2 and proc.poll() is None and time.monotonic() < deadline:
            if db.exists():
                try:
                    with Store.open(db) as store:
                        generation = store.generation
                        committed |= set(store.article_ids())
                except StoreError:
                    pass
            time.sleep(0.01)
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait()  # reap it, so its pid is really gone
        assert proc.stderr is not None
        proc.stderr.close()
    assert proc.returncode == -signal.SIGKILL, "the ingest finished before it could be killed"
    assert generation >= 2 and len(committed) >= 4

    with Store.open(db) as store:
        kept = set(store.article_ids())
        assert committed <= kept
        assert len(kept) < COUNT
        for article_id in kept:
            assert store.body(article_id).id == article_id

    rerun = subprocess.run(
        _ingest_cmd(db, folder), cwd=REPO, capture_output=True, text=True, timeout=300
    )
    assert rerun.returncode == 0, rerun.stderr
    assert f"added {COUNT - len(kept)}, unchanged {len(kept)}, failed 0" in rerun.stderr
    with Store.open(db) as store:
        assert len(store.article_ids()) == COUNT
        for article_id in list(kept)[:20]:
            assert store.body(article_id).id == article_id
