"""The ingest's pool stops in bounded time whatever its workers were doing, and a SIGTERM
that comes while it starts waits until it stands whole, then stops it.

A worker killed while it wrote a result (or waited for a task) dies holding one of the
queues' locks; the standard pool's stop then waited on that lock for ever ("the ingest hung
after SIGTERM"). These tests make a process die holding each lock, as a killed worker does.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
import time
from typing import Any

import pytest

from store import ingest_pool
from store.ingest_pool import Pool, start_pool

pytestmark = [
    pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(), reason="forked workers only"),
    pytest.mark.slow,  # worker processes, killed, and a signal
]
STOP_BOUND = 20.0
"""Seconds a stop may take on a loaded machine (it takes a fraction of one)."""


def _ignore_signals() -> None:
    """As the ingest's workers do: SIGTERM and Ctrl-C are the parent's business."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    ingest_pool.unblock_sigterm()


def _hold(lock: Any, held: Any) -> None:
    lock.acquire()
    held.set()
    time.sleep(600)


def _stops(pool: Pool) -> bool:
    """Whether ``terminate`` returns within the bound (run in a thread: it may hang)."""
    done = threading.Event()
    threading.Thread(target=lambda: (pool.terminate(), done.set()), daemon=True).start()
    return done.wait(STOP_BOUND)


def test_the_pool_stops_though_a_killed_process_held_the_result_queue_lock() -> None:
    ctx = multiprocessing.get_context("fork")
    pool = Pool(2, initializer=_ignore_signals, context=ctx)
    assert pool.map(abs, [-1, -2, -3]) == [1, 2, 3]
    lock = pool._outqueue._wlock
    held = ctx.Event()
    holder = ctx.Process(target=_hold, args=(lock, held))
    holder.start()
    assert held.wait(STOP_BOUND)
    holder.kill()  # dies holding the lock, as a worker killed while writing a result does
    holder.join()
    assert not lock.acquire(False)  # taken for ever by the dead
    assert _stops(pool), "the pool's stop hung on a lock a dead process held"
    assert all(p.exitcode is not None for p in pool._pool)
    assert not pool._task_handler.is_alive() and not pool._worker_handler.is_alive()
    assert not pool._result_handler.is_alive()


def test_the_pool_stops_with_its_workers_idle() -> None:
    """An idle worker waits for a task holding the task queue's read lock, and is killed so."""
    pool = Pool(2, initializer=_ignore_signals, context=multiprocessing.get_context("fork"))
    assert pool.map(abs, [-1, -2, -3]) == [1, 2, 3]
    deadline = time.monotonic() + STOP_BOUND
    while pool._inqueue._rlock.acquire(False):  # until a worker waits in it
        pool._inqueue._rlock.release()
        assert time.monotonic() < deadline
        time.sleep(0.01)
    assert _stops(pool)
    assert all(p.exitcode is not None for p in pool._pool)
    assert not pool._task_handler.is_alive() and not pool._result_handler.is_alive()


def test_the_pool_stops_with_every_worker_busy() -> None:
    pool = Pool(2, initializer=_ignore_signals, context=multiprocessing.get_context("fork"))
    results = pool.imap(time.sleep, [0.05] * 400, chunksize=2)
    next(results)  # the workers are at it
    assert _stops(pool)
    assert all(p.exitcode is not None for p in pool._pool)


class Stop(BaseException):
    """What this test's SIGTERM handler raises (the command line's is ``Terminated``)."""


def test_a_sigterm_while_the_pool_starts_waits_for_it_then_stops_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    made: list[Pool] = []

    class Signalled(Pool):
        def _repopulate_pool(self) -> Any:
            made.append(self)
            started = super()._repopulate_pool()
            os.kill(os.getpid(), signal.SIGTERM)  # as the workers have just been forked
            return started

    def stop(signum: int, frame: object) -> None:
        raise Stop

    monkeypatch.setattr(ingest_pool, "Pool", Signalled)
    previous = signal.signal(signal.SIGTERM, stop)
    try:
        with pytest.raises(Stop):
            start_pool(2, {"initializer": _ignore_signals, "context": multiprocessing.get_context("fork")})
    finally:
        signal.signal(signal.SIGTERM, previous)
    assert made, "no pool was started"
    workers = made[0]._pool
    assert len(workers) == 2
    deadline = time.monotonic() + STOP_BOUND
    while any(p.exitcode is None for p in workers) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert all(p.exitcode is not None for p in workers), "workers outlived the SIGTERM"
    assert not signal.pthread_sigmask(signal.SIG_BLOCK, set()) & {signal.SIGTERM}  # unblocked
