"""How a long write runs at the command line: a progress bar on stderr, and SIGTERM taken
the way Ctrl-C is, so an interrupted ingest cleans up (pool stopped, lock released)."""

from __future__ import annotations

import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from store.text import strip_controls
from tui.terminal import plain_terminal, rich_would_style


class Terminated(KeyboardInterrupt):
    """SIGTERM, taken the way Ctrl-C is: everything that cleans up after an interrupt (the
    pool stopped, nothing staged committed, the lock released) does so here too."""


@contextmanager
def progress_bar(label: str) -> Iterator[Callable[[int, int, str], None]]:
    """A transient bar on stderr fed as ``update(done, total, file)``; silent off a terminal
    (without importing Rich, which is for a terminal only)."""
    if not rich_would_style(sys.stderr, os.environ):
        yield lambda done, total, name: None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    console = Console(stderr=True, highlight=False)
    if not console.is_terminal:
        yield lambda done, total, name: None
        return
    # the whole line fits the terminal: Rich would cut a column short with an ellipsis
    bar_width = 20 if console.width < 100 else 40
    room = max(12, min(40, console.width - len(label) - bar_width - 22))
    columns = (
        TextColumn(label, markup=False),
        BarColumn(bar_width=bar_width),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TextColumn("{task.fields[file]}", markup=False),
    )
    # No refresh thread: the ingest forks worker processes, which must not copy a thread
    # holding the console's lock. The bar is redrawn from ``update`` instead.
    ellipsis = "~" if plain_terminal(os.environ) else "…"  # a console font has no …
    with Progress(*columns, console=console, transient=True, auto_refresh=False) as bar:
        task = bar.add_task(label, total=None, file="")
        last = 0.0

        def update(done: int, total: int, name: str) -> None:
            nonlocal last
            shown = strip_controls(name)
            shown = shown if len(shown) <= room else ellipsis + shown[1 - room :]
            bar.update(task, completed=done, total=total, file=shown)
            now = time.monotonic()
            if now - last >= 0.1 or done == total:
                last = now
                bar.refresh()

        yield update


class _SigtermGuard:
    """Whether SIGTERM arrived; ``check`` raises Terminated if it did (see below)."""

    def __init__(self) -> None:
        self.received = False

    def check(self) -> None:
        if self.received:
            raise Terminated


@contextmanager
def sigterm_as_interrupt() -> Iterator[_SigtermGuard]:
    """While writing, SIGTERM raises Terminated in this process instead of killing it outright.

    Killed by default, the ingest left its lock behind and its pool workers, writing to a
    parent that was gone, printed BrokenPipe tracebacks. An exception raised while Python
    runs a finaliser is dropped (and reported as "Exception ignored"), so the guard also
    remembers the signal: the caller checks it as it goes, it is raised again on the way
    out, and the dropped one is not reported. A forked worker that inherits this handler
    before setting its own dies as by default; a second SIGTERM is ignored so the clean-up
    finishes.
    """
    guard = _SigtermGuard()
    if threading.current_thread() is not threading.main_thread():
        yield guard
        return
    owner = os.getpid()
    unraisable = sys.unraisablehook

    def handler(signum: int, frame: object) -> None:
        if os.getpid() != owner:
            signal.signal(signal.SIGTERM, signal.SIG_DFL)
            os.kill(os.getpid(), signal.SIGTERM)
            return
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        guard.received = True
        raise Terminated

    def quiet(info: object) -> None:
        if not isinstance(getattr(info, "exc_value", None), Terminated):
            unraisable(info)  # type: ignore[arg-type]

    previous = signal.signal(signal.SIGTERM, handler)
    sys.unraisablehook = quiet
    try:
        yield guard
        guard.check()
    finally:
        signal.signal(signal.SIGTERM, previous)
        sys.unraisablehook = unraisable
