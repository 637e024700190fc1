"""The ingest's process pool, and how it stops at once whatever its workers are doing.

A worker is ended with SIGKILL, which it cannot ignore (it ignores SIGTERM and Ctrl-C: the
parent stops the pool). The standard library's ``Pool.terminate`` kills the workers and then
waits, without a bound, for its task thread to put an end marker on the result queue under that
queue's lock; a worker killed while it wrote a result died holding that lock, and the ingest
hung after SIGTERM (more often under load, when writing a large result takes longer). Here the
pool stops in bounded time: no worker is started again, the workers are killed and reaped, a
queue lock a dead worker held is given back, the threads are let go, and any thread still
waiting after its bound (on a pipe a dead worker left half written) is a daemon the process
leaves behind as it ends.

A SIGTERM that comes while the pool starts waits until it has started (``start_pool``).
"""

from __future__ import annotations

import multiprocessing.pool
import os
import signal
import threading
from typing import Any

JOIN_WAIT = 2.0
"""Seconds the stopping pool waits for each of its threads and killed workers."""


class Pool(multiprocessing.pool.Pool):
    """A pool that ends its workers with SIGKILL and stops in bounded time."""

    @staticmethod
    def Process(ctx: Any, *args: Any, **kwds: Any) -> Any:  # noqa: N802 (the Pool's name)
        process = ctx.Process(*args, **kwds)
        process.terminate = process.kill
        return process

    def _get_sentinels(self) -> list[Any]:
        """What wakes the thread that keeps the workers, beside their own ends: its notifier
        alone. The library's also lists the result pipe, which stays readable until the
        result thread has read a result: the keeping thread spun meanwhile, taking about a
        tenth of the writer's CPU during an ingest (and the GIL from the threads that work).
        A worker that ends wakes it by its own sentinel, as before."""
        return [self._change_notifier._reader]  # type: ignore[attr-defined]

    @classmethod
    def _terminate_pool(  # type: ignore[override]
        cls,
        taskqueue: Any,
        inqueue: Any,
        outqueue: Any,
        pool: list[Any],
        change_notifier: Any,
        worker_handler: threading.Thread,
        task_handler: threading.Thread,
        result_handler: threading.Thread,
        cache: Any,
    ) -> None:
        """What ``terminate`` (and the exit of a ``with`` block, and the end of the process)
        runs, once; in place of the library's, which could wait for ever (module docstring)."""
        here = threading.current_thread()
        for thread in (worker_handler, task_handler, result_handler):
            thread._state = multiprocessing.pool.TERMINATE  # type: ignore[attr-defined]
        change_notifier.put(None)  # the worker thread wakes, starts no worker again and ends
        _join(worker_handler, here)  # it tells the task thread to end too
        for process in pool:
            if process.exitcode is None:
                process.kill()
        for process in pool:
            process.join(JOIN_WAIT)
        if any(process.exitcode is None for process in pool):
            return  # a worker outlived SIGKILL (a stopped machine): the locks may still be its
        # No worker is left to hold a queue lock: one a killed worker held is free again.
        for lock in (inqueue._rlock, outqueue._wlock):
            _free_orphaned(lock)
        _drain(inqueue, task_handler)  # a task thread writing to a full queue goes on
        _join(task_handler, here)  # its end marker wakes the result thread
        if not task_handler.is_alive():
            # Nothing of this process writes results now: a result thread waiting for the rest
            # of a result a killed worker half wrote reads the end of the pipe instead.
            outqueue._writer.close()
        _join(result_handler, here)


def _join(thread: threading.Thread, here: threading.Thread) -> None:
    if thread is not here:
        thread.join(JOIN_WAIT)


def _free_orphaned(lock: Any) -> None:
    """Give back ``lock`` (a queue's ``multiprocessing.Lock``) when no thread of this process
    holds it: a worker killed holding it would keep it taken for ever."""
    if lock is None or lock.acquire(False):
        if lock is not None:
            lock.release()
        return
    if lock._semlock._count() == 0:  # taken, and not by this process: by a dead worker
        try:
            lock.release()
        except ValueError:  # given back meanwhile: free already
            pass


def _drain(inqueue: Any, task_handler: threading.Thread) -> None:
    """Read away the tasks no worker will take while the task thread may still be writing
    them (a full pipe would block it); the queue's read lock is kept, as nobody reads after.

    Bytes, not messages: a worker killed halfway through reading a task left the rest of it
    in the pipe, and a length read from the middle of one would wait for bytes never sent."""
    if not inqueue._rlock.acquire(timeout=JOIN_WAIT):
        return
    fd = inqueue._reader.fileno()
    while task_handler.is_alive() and inqueue._reader.poll(0.01):
        os.read(fd, 1 << 16)  # readable, and read by nobody else: never waits


def start_pool(workers: int, options: dict[str, Any]) -> Pool:
    """``Pool(workers, **options)`` with Ctrl-C ignored and SIGTERM held back while it starts.

    Ctrl-C is ignored meanwhile, so forked workers start ignoring it. SIGTERM is blocked, not
    lost: a pool half started when it came was stopped by nobody, and the end of the process
    waited for ever on workers that ignore SIGTERM. Forked workers and the pool's threads
    inherit the block; each worker lifts it once it ignores the signal (its initializer), the
    threads keep it, so the parent takes it, as the pool stands whole.
    """
    if threading.current_thread() is not threading.main_thread():
        return Pool(workers, **options)  # signals are the main thread's
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    masked = hasattr(signal, "pthread_sigmask")
    before = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGTERM}) if masked else set()
    pool: Pool | None = None
    try:
        pool = Pool(workers, **options)
    finally:
        signal.signal(signal.SIGINT, previous)
        try:
            if masked:  # a SIGTERM that came meanwhile is raised here
                signal.pthread_sigmask(signal.SIG_SETMASK, before)
        except BaseException:
            if pool is not None:
                pool.terminate()
            raise
    return pool


def unblock_sigterm() -> None:
    """In a worker that now ignores SIGTERM: lift the block it inherited (``start_pool``)."""
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGTERM})
