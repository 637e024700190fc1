"""SIGTERM during ``pactscope ingest`` is taken like Ctrl-C: the workers stop quietly, nothing
half-done is committed, the lock is released, one line is said, and the exit status is 143."""

from __future__ import annotations

import os
import signal
import subprocess
import time
from pathlib import Path

import pytest

from store.db.store import Store, lock_path
from store.errors import StoreError
from tests.db.crash_support import (
    assert_consistent,
    ingest_cmd,
    kill_group,
    spawn,
    write_corpus,
)

pytestmark = pytest.mark.slow  # signals to real ingests

COUNT = 300


def _midway(db: Path, proc: subprocess.Popen[bytes], least: int, timeout: float = 60) -> int:
    """Wait until the ingest has committed ``least`` articles; how many a reader sees then."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and proc.poll() is None:
        if db.exists():
            try:
                with Store.open(db) as store:
                    seen = len(store.article_ids())
                if seen >= least:
                    return seen
            except StoreError:  # caught between the catalog's rename and the folder's fsync
                pass
        time.sleep(0.01)
    kill_group(proc)
    pytest.fail(f"the ingest did not commit {least} articles in time, or finished")


# A SIGTERM to the whole group also reaches the pool's workers: one that died holding a
# queue lock once hung the parent, so the kill lands at a few points of the run.
@pytest.mark.parametrize("share", [4, 2])
@pytest.mark.parametrize("jobs", ["1", "2"])
@pytest.mark.parametrize("group", [False, True], ids=["parent", "group"])
def test_sigterm_mid_ingest_is_one_line_and_releases_the_lock(
    tmp_path: Path, jobs: str, group: bool, share: int
) -> None:
    folder = tmp_path / "articles"
    write_corpus(folder, count=COUNT, seed=11)
    db = tmp_path / "store" / "pactscope.json"
    proc = spawn(ingest_cmd(db, folder, "--jobs", jobs, "--batch-size", "8"))
    seen = _midway(db, proc, COUNT // share)
    (os.killpg if group else os.kill)(proc.pid, signal.SIGTERM)
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        kill_group(proc)
        pytest.fail("the ingest hung after SIGTERM")
    assert proc.stderr is not None
    err = proc.stderr.read().decode("utf-8", "replace")
    proc.stderr.close()
    assert "Traceback" not in err and "BrokenPipe" not in err, err[-1500:]
    assert err.strip().splitlines() == ["interrupted"], err[-1500:]
    assert proc.returncode == 143, err[-1500:]
    assert not lock_path(db).exists()
    kept = assert_consistent(db)
    assert seen <= len(kept) <= COUNT  # what was committed stays (the index refresh may be what stopped)
    with Store.open(db, write=True, wait=0):  # the next writer goes straight in
        pass
