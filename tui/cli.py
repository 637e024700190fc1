"""The ``pactscope`` command line: ingest, export, search, doctor, serve, or open the explorer.

Progress and messages go to stderr through Rich (never as markup: names come from files);
data (export, search --json) goes to stdout. Every error is one line and exit status 1
(2 for usage). Textual is imported only when the explorer is opened.
"""

from __future__ import annotations

import argparse
import atexit
import errno
import gc
import importlib.util
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from store.errors import StoreError
from store.paths import bundled_seeds, db_path, safe_path
from store.text import strip_controls
from tui.cli_fix import cmd_fix
from tui.cli_parser import build_parser
from tui.running import Terminated, progress_bar, sigterm_as_interrupt
from tui.terminal import rich_would_style

MAX_WARNINGS = 10
FULL_ERRNOS = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG})
"""A disk, quota or file-size limit reached while the store grows."""


class CliError(Exception):
    """A one-line failure the command reports with exit status 1."""


def say(message: str, *, style: str | None = None) -> None:
    """One safe line on stderr: control characters stripped, never read as markup.

    Off a terminal Rich prints the line as it is (a tab aside, which it expands), so it is
    written directly then and Rich is imported only for a terminal."""
    line = " ".join(strip_controls(message).splitlines())
    if "\t" not in line and not rich_would_style(sys.stderr, os.environ):
        sys.stderr.write(line + "\n")
        sys.stderr.flush()
        return
    from rich.console import Console
    from rich.text import Text

    Console(stderr=True, highlight=False).print(Text(line, style=style or ""), soft_wrap=True)


# --- commands --------------------------------------------------------------------------------


def _ingest(
    db: Path,
    paths: Sequence[Path],
    *,
    jobs: int | None = None,
    batch_size: int = 500,
    wait: float = 10.0,
    label: str = "ingesting",
) -> int:
    from store.extract.gazetteer import GazetteerError, user_gazetteer_paths
    from store.ingest_ahead import start as start_ahead
    from store.ingest_worker import load_user_gazetteer

    gazetteer = None
    if user_gazetteer_paths():  # the bundled lists alone cannot be bad
        try:  # once, before the store is touched: a bad user file is one line, not one per file
            gazetteer = load_user_gazetteer()
        except GazetteerError as exc:
            raise CliError(f"gazetteer: {exc}") from None
    # a few files are read and extracted in a child while this process opens the store
    ahead = start_ahead(paths, jobs)
    from store.db.store import Store
    from store.ingest import ingest

    try:
        with (
            sigterm_as_interrupt() as guard,
            Store.open(db, write=True, wait=wait) as store,
            progress_bar(label) as update,
        ):

            def step(done: int, total: int, name: str) -> None:
                guard.check()
                update(done, total, name)

            for line in store.notices:
                say(line, style="yellow")
            report = ingest(
                store, paths, step, jobs=jobs, batch_size=batch_size, gazetteer=gazetteer, ahead=ahead
            )
            unapplied = store.correction_problems  # corrections whose targets went
    except OSError as exc:
        # The body segment filling up surfaces as a bare OSError (the catalog's own commit
        # already says StoreError); either way what was committed before stays.
        if exc.errno not in FULL_ERRNOS:
            raise
        raise CliError(f"{safe_path(db)}: cannot write the store: {exc.strerror}") from None
    finally:
        if ahead is not None:  # the store would not open, or the ingest stopped early
            ahead.close()
    for line in report.failed:
        say(line, style="red")
    for line in report.warnings[:MAX_WARNINGS]:
        say(f"warning: {line}", style="yellow")
    if len(report.warnings) > MAX_WARNINGS:
        say(f"... and {len(report.warnings) - MAX_WARNINGS} more warnings", style="yellow")
    for line in unapplied:
        say(line, style="yellow")
    say(report.summary())
    return 0 if report.ok else 1


def cmd_ingest(args: argparse.Namespace, db: Path) -> int:
    return _ingest(
        db,
        [Path(p) for p in args.paths],
        jobs=args.jobs,
        batch_size=args.batch_size,
        wait=args.wait,
    )


def cmd_export(args: argparse.Namespace, db: Path) -> int:
    from store.db.export import ExportExists
    from store.db.export_formats import write_format
    from store.db.store import Store

    if args.format == "csv" and args.output is None:
        raise CliError("--format csv writes seven files: name their folder with -o DIR")
    damaged: list[str] = []  # a damaged record is left out, said in one line, exit 1
    with Store.open(db, lazy=True) as opened:  # each record read from its line in turn
        opened.on_damage = lambda line: (damaged.append(line), say(line, style="red"))
        store = opened
        if args.no_corrections:
            from store.db.uncorrected import Uncorrected

            store = Uncorrected(opened)
        try:
            write_format(store, args.format, args.output, force=args.force)
        except ExportExists as exc:
            raise CliError(str(exc)) from None
        except BrokenPipeError:
            raise
        except OSError as exc:
            if exc.errno == errno.EPIPE:  # the reader left (``| head``): not an error
                raise BrokenPipeError(exc.errno, exc.strerror) from None
            raise CliError(
                f"{safe_path(args.output or '-')}: cannot write ({exc.strerror})"
            ) from None
    if args.output is not None:
        say(f"wrote {safe_path(args.output)}")
    return 1 if damaged else 0


def cmd_search(args: argparse.Namespace, db: Path) -> int:
    from store.db.store import Store
    from store.search.upkeep import index_for_store
    from tui.hits_out import hits_table, write_json_hits

    with Store.open(db, lazy=True) as store:  # a current index reads no record
        hits = index_for_store(store).search(args.query, args.limit)
    if args.json:
        write_json_hits(hits, sys.stdout.buffer)
        return 0
    if not hits:
        say("no matches")
        return 0
    from rich.console import Console

    Console(highlight=False).print(hits_table(hits))
    return 0


def cmd_doctor(args: argparse.Namespace, db: Path) -> int:
    from store.doctor import (
        check,
        correction_notes,
        leftover_notes,
        lists_note,
        repair,
        summary,
        writer_note,
    )

    note = writer_note(db)
    for line in [note] if note else []:
        say(line, style="yellow")
    for line in leftover_notes(db):
        say(line, style="yellow")
    for line in correction_notes(db):
        say(line, style="yellow")
    problems = check(db)
    listed = lists_note(db) if not problems else None  # a damaged store is repaired elsewhere
    if listed:
        say(listed, style="yellow")
    for line in problems:
        say(line, style="red")
    # A closing count after the problems found, unless the catalog could not be read at all:
    # then its one line says why and nothing was checked, as for every other command.
    if not problems or _catalog_readable(db):
        say(summary(db, problems), style="red" if problems else None)
    if args.repair is not None:
        kept = repair(db, args.repair)
        say(f"wrote a repaired copy with {kept} articles to {safe_path(args.repair)}")
    return 1 if problems else 0


def _catalog_readable(db: Path) -> bool:
    """Whether the catalog opens (doctor's checks ran), as opposed to failing to be read."""
    from store.db.files import read_regular
    from store.db.json_storage import parse_catalog

    try:
        parse_catalog(read_regular(db), db)
    except (StoreError, OSError):
        return False
    return True


def cmd_compact(args: argparse.Namespace, db: Path) -> int:
    from store.db.store import Store
    from store.search.upkeep import rebuild_index

    with Store.open(db, write=True) as store:
        for line in store.notices:
            say(line, style="yellow")
        store.compact()
        rebuild_index(store)
        count = len(store.article_ids())
    say(f"compacted {safe_path(db)}: {count} articles, search index rebuilt")
    return 0


def cmd_serve(args: argparse.Namespace, db: Path) -> int:
    if importlib.util.find_spec("textual_serve") is None:  # the optional extra, not our code
        raise CliError("serving needs textual-serve: pip install 'pactscope[serve]'")
    from tui.serve import serve_store

    serve_store(db, args, warn=lambda line: say(line, style="bold red"))
    return 0


def cmd_open(db: Path) -> int:
    from store.db.store import Store

    # Only the catalog's first bytes: the explorer opens the store itself, so a full open
    # here would double the start-up time.
    if Store.is_empty(db) and _ingest(db, [bundled_seeds()], label="loading the sample articles"):
        say("some sample articles could not be loaded; opening the explorer anyway", style="yellow")
    from tui.app import run_app

    run_app(db)
    return 0


COMMANDS = {
    "ingest": cmd_ingest,
    "export": cmd_export,
    "search": cmd_search,
    "doctor": cmd_doctor,
    "serve": cmd_serve,
    "compact": cmd_compact,
    "fix": lambda args, db: cmd_fix(args, db, say),
}


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    # What is left at exit is frozen first: the interpreter's last collection then skips it
    # (after an ingest into a large store it walked every object left, about 0.08 s of CPU);
    # the exit still runs every handler and flushes every stream as before.
    atexit.unregister(gc.freeze)
    atexit.register(gc.freeze)
    # numpy's BLAS starts a thread per core as it loads (about 25 ms of a small ingest's CPU);
    # nothing here multiplies matrices, so one is enough (a user's own setting is kept)
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    args = build_parser().parse_args(argv)
    db = db_path(getattr(args, "db", None))
    try:
        if args.command is None:
            return cmd_open(db)
        status = COMMANDS[args.command](args, db)
        sys.stdout.flush()  # a reader that left shows here, inside the handler below
        return status
    except BrokenPipeError:
        # The reader of our output left (``pactscope export | head``): stop quietly, and
        # point stdout at nothing so the interpreter's final flush does not complain.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 141  # 128 + SIGPIPE, as a shell reports a reader that left
    except (StoreError, CliError) as exc:
        say(f"error: {exc}", style="red")
        return 1
    except Terminated:
        say("interrupted")
        return 143  # 128 + SIGTERM, as 130 is 128 + SIGINT
    except KeyboardInterrupt:
        say("interrupted")
        return 130
    except OSError as exc:  # the system refused: not a bug, so the file and the reason in words
        if os.environ.get("PACTSCOPE_DEBUG"):
            raise
        from store.db.files import os_reason

        where = f"{safe_path(exc.filename)}: " if exc.filename else ""
        say(f"error: {where}{os_reason(exc)}", style="red")
        return 1
    except Exception as exc:  # a bug: still one line, unless asked for the traceback
        if os.environ.get("PACTSCOPE_DEBUG"):
            raise
        reason = " ".join(str(exc).split())[:300]
        say(
            f"error: unexpected {type(exc).__name__}: {reason} (PACTSCOPE_DEBUG=1 shows details)",
            style="red",
        )
        return 1


if __name__ == "__main__":
    sys.exit(main())
