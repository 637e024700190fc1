"""A small ingest's articles read, parsed and extracted in a forked child while the store opens.

Adding a few articles to a large store spends most of its time in this process opening the
store and importing the writer's modules; the parser and the extraction rules (their imports,
their patterns compiled, the gazetteer loaded) and the articles' own extraction are as much
again. Started before the store is opened, a child does that part on the other core: the
command waits for the longer of the two instead of their sum.

The child only reads the files: it takes no lock and writes nothing but its outcomes, framed
on a pipe, one per file in the order the ingest walks them (``Ahead.outcomes``). The parent
checks each against its own walk and does in-process whatever the child did not deliver (it
died, was killed, a file changed between the walks): the child can cost time, never an
article. A SIGKILL of the parent leaves the child writing to a closed pipe, which ends it.
"""

from __future__ import annotations

import gc
import os
import pickle
import signal
import struct
import sys
import traceback
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, BinaryIO

from store.parse.reader import iter_article_files

MAX_FILES = 50
"""The most files the child takes: more go to the ingest's process pool (``POOL_THRESHOLD``)."""
_FRAME = struct.Struct("<Q")


class Ahead:
    """The running child: its outcomes as they come, and its end (``close``)."""

    def __init__(self, pid: int, stream: BinaryIO) -> None:
        self.pid = pid
        self._stream: BinaryIO | None = stream

    def _next(self) -> Any:
        """The next frame's value; EOFError when the child ended (or died) before it."""
        if self._stream is None:
            raise EOFError
        head = self._stream.read(_FRAME.size)
        if len(head) < _FRAME.size:
            raise EOFError
        (size,) = _FRAME.unpack(head)
        body = self._stream.read(size)
        if len(body) < size:
            raise EOFError
        return pickle.loads(body)

    def outcomes(self, labels: Sequence[str]) -> Iterator[tuple[Any, ...] | None]:
        """One outcome per label, in order (as ``ingest_worker.process_files_encoded`` gives
        it), or None where the child's file was not that one or it gave nothing more: the
        caller processes those itself."""
        live = True
        for label in labels:
            found = None
            if live:
                try:
                    kind, shown, outcome = self._next()
                except (EOFError, pickle.UnpicklingError, ValueError, OSError):
                    kind, shown, outcome = "end", "", None
                if kind != "file":
                    live = False
                elif shown == label:
                    found = outcome
            yield found
        self.close()

    def close(self) -> None:
        """End the child (it may still be working: the ingest stopped early) and reap it."""
        if self._stream is None:
            return
        self._stream.close()
        self._stream = None
        try:
            os.kill(self.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        try:
            os.waitpid(self.pid, 0)
        except ChildProcessError:
            pass


def start(paths: Iterable[Path], jobs: int | None) -> Ahead | None:
    """The child started on ``paths`` when that can help: a fork is at hand (Linux), more than
    one core may be used (``jobs``), and ``paths`` hold at most MAX_FILES article files (a
    count that needs no file opened); else None."""
    if not sys.platform.startswith("linux") or not hasattr(os, "fork"):
        return None
    if (jobs or os.cpu_count() or 1) <= 1:
        return None
    paths = list(paths)
    found = []
    for item in iter_article_files(paths):
        found.append(item)
        if len(found) > MAX_FILES:
            return None
    if not found:
        return None
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child
        os.close(read)
        _child(paths, write)  # never returns
    os.close(write)
    return Ahead(pid, os.fdopen(read, "rb"))


def _child(paths: list[Path], fd: int) -> None:
    """Walk ``paths`` as the ingest does, and send each file's outcome; end without running
    the parent's exit handlers or flushing its buffers (they are the parent's)."""
    status = 0
    try:
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        gc.disable()  # a short life, no cycles worth collecting
        with os.fdopen(fd, "wb") as out:
            _send_all(paths, out)
    except BaseException:  # the parent processes what it did not get; say why for a bug
        status = 1
        try:
            traceback.print_exc(file=sys.stderr)
        except BaseException:
            pass
    finally:
        os._exit(status)  # a forked child's end: the parent's state is not its to flush


def _send_all(paths: list[Path], out: BinaryIO) -> None:
    """Every outcome, one frame each: ("file", label, outcome)."""
    from store.ingest_records import expand, task_label
    from store.ingest_worker import _init_worker, load_user_gazetteer, process_files_encoded
    from store.parse.reader import ReadError

    files = [item for item in expand(iter_article_files(paths)) if not isinstance(item, ReadError)]
    if len(files) > MAX_FILES:
        return
    _init_worker(frozenset(), load_user_gazetteer())
    for task in files:
        (outcome,) = process_files_encoded([task])
        body = pickle.dumps(("file", task_label(task), outcome), pickle.HIGHEST_PROTOCOL)
        try:
            out.write(_FRAME.pack(len(body)) + body)
            out.flush()
        except BrokenPipeError:  # the parent went: nobody to tell
            return
