"""``pactscope fix ...``: corrections from the command line, for scripts.

Each subcommand opens the store for writing (waiting for another writer as ``ingest`` does),
makes one correction (or undoes, redoes, exports or imports them) in one commit, and says
what it did on one line on stderr; ``fix log`` writes the log to stdout. Errors are one line
and exit status 1, like every other command. ``say`` is the command line's (passed in, so
this module and ``tui.cli`` do not import each other).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import orjson

from store.errors import CorrectionError
from store.paths import safe_path
from store.text import strip_controls

Say = Callable[..., None]


def add_fix_parser(sub: Any, common: argparse.ArgumentParser) -> None:
    """The ``fix`` command and its subcommands."""
    fix = sub.add_parser(
        "fix",
        parents=[common],
        help="correct what extraction got wrong (merge, split, rename, ...), undo, redo",
        description="Correct actors and agreements. Corrections outrank extraction and are "
        "applied again after every ingest; 'fix log' lists them, 'fix undo' takes one back.",
    )
    fix.add_argument("--wait", type=float, default=10.0, metavar="SECONDS",
                     help="how long to wait for another writer to finish (default 10)")
    ops = fix.add_subparsers(dest="fix_command", metavar="FIX", required=True)

    def op(name: str, help: str, *, note: bool = True) -> argparse.ArgumentParser:
        p = ops.add_parser(name, parents=[common], help=help, description=help)
        p.add_argument("--wait", type=float, default=argparse.SUPPRESS, metavar="SECONDS",
                       help="how long to wait for another writer (default 10)")
        if note:
            p.add_argument("--note", default="", help="why (kept in the log)")
        return p

    p = op("merge", "merge two or more actors (or agreements) into the first")
    p.add_argument("ids", nargs="+", metavar="ID")
    p = op("split", "move an actor's or agreement's mentions in some articles to a new record")
    p.add_argument("id", metavar="ID")
    p.add_argument("--article", action="append", default=[], metavar="ARTICLE",
                   help="every mention in this article (repeat for more)")
    p.add_argument("--mention", action="append", default=[], metavar="ARTICLE:START",
                   help="only the mention starting at this offset of the article (repeat)")
    p.add_argument("--name", default="", help="the new record's name (default: its first mention)")
    p = op("rename", "rename an actor or agreement (the old name stays an alias)")
    p.add_argument("id", metavar="ID")
    p.add_argument("name", metavar="NAME")
    p = op("kind", "make an actor a person, country or organization")
    p.add_argument("id", metavar="ID")
    p.add_argument("kind", metavar="KIND", help="person, country or organization")
    p = op("delete", "delete a false actor or agreement (its mentions are unmarked)")
    p.add_argument("id", metavar="ID")
    p = op("party", "add or remove a party of an agreement")
    p.add_argument("action", choices=["add", "remove"])
    p.add_argument("agreement", metavar="AGREEMENT")
    p.add_argument("actor", metavar="ACTOR")
    p = op("set", "set an agreement's status, year or value (with --note saying why)")
    p.add_argument("agreement", metavar="AGREEMENT")
    p.add_argument("field", choices=["status", "year", "value"])
    p.add_argument("value", metavar="VALUE")
    p = op("dismiss", "say two actors (or agreements) are not the same")
    p.add_argument("ids", nargs=2, metavar="ID")
    op("undo", "take back the last correction", note=False)
    op("redo", "make the last undone correction again", note=False)
    p = op("log", "list the corrections: time, op, targets, note, state, problems", note=False)
    p.add_argument("--json", action="store_true", help="one JSON object per correction")
    p = op("export", "write the active corrections to a file another store can import", note=False)
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument("--force", action="store_true", help="replace FILE if it exists")
    p = op("import", "append the corrections of a file (targets found by name where ids differ)", note=False)
    p.add_argument("file", type=Path, metavar="FILE")


def correction_of(args: argparse.Namespace) -> Any:
    """The correction a subcommand asks for (None for undo, redo, log, export, import)."""
    from store.records import Correction

    name = args.fix_command
    if name in ("merge", "dismiss"):
        return Correction(name, tuple(args.ids), {}, args.note)
    if name == "split":
        mentions = [_mention(m) for m in args.mention]
        found = {"articles": args.article, "mentions": mentions, "name": args.name}
        return Correction("split", (args.id,), found, args.note)
    if name == "rename":
        return Correction("rename", (args.id,), {"name": args.name}, args.note)
    if name == "kind":
        return Correction("kind", (args.id,), {"kind": args.kind}, args.note)
    if name == "delete":
        return Correction("delete", (args.id,), {}, args.note)
    if name == "party":
        return Correction(f"{args.action}-party", (args.agreement, args.actor), {}, args.note)
    if name == "set":
        return Correction("set", (args.agreement,), {"field": args.field, "value": args.value}, args.note)
    return None


def _mention(text: str) -> list[Any]:
    article, _, start = text.rpartition(":")
    if not article or not start.isdigit():
        raise CorrectionError(f"--mention takes ARTICLE:START, not {text!r}")
    return [article, int(start)]


def cmd_fix(args: argparse.Namespace, db: Path, say: Say) -> int:
    """Run one ``fix`` subcommand; the exit status."""
    from store.db.corrections import describe
    from store.db.store import Store
    from store.errors import StoreError
    from store.fixing import refresh_index, write_fix

    if not db.exists():  # a correction never creates a store
        raise StoreError(f"{safe_path(db)}: no store here (ingest articles first)")

    if args.fix_command == "log":
        with Store.open(db) as store:
            _print_log(store.corrections(), args.json, describe)
        return 0
    correction = correction_of(args)
    if correction is not None or args.fix_command in ("undo", "redo"):
        step = "correct" if correction is not None else args.fix_command
        fixed = write_fix(db, step, correction, wait=args.wait)
        if fixed.result is None:
            raise CorrectionError(f"nothing to {args.fix_command}")
        if correction is not None:
            done = fixed.result
            made = f"; made {', '.join(done.made)}" if done.made and done.made != done.entry.correction.targets[:1] else ""
            say(f"done: {describe(done.entry)}{made}")
        else:
            say(f"{'undone' if step == 'undo' else 'redone'}: {describe(fixed.result)}")
        if fixed.index_warning:
            say(f"warning: {fixed.index_warning}", style="yellow")
        for line in fixed.problems:
            say(line, style="yellow")
        return 0
    with Store.open(db, write=True, wait=args.wait) as store:
        if args.fix_command == "export":
            return _export(store, args, say)
        status = _import(store, args.file, say)
        warning = refresh_index(store)
        if warning:
            say(f"warning: {warning}", style="yellow")
        return status


def _export(store: Any, args: argparse.Namespace, say: Say) -> int:
    from store.db.corrections_file import write_corrections
    from store.db.export import ExportExists

    try:
        count = write_corrections(store, args.file, force=args.force)
    except ExportExists as exc:
        raise CorrectionError(str(exc)) from None
    except OSError as exc:
        raise CorrectionError(f"{safe_path(args.file)}: cannot write ({exc.strerror})") from None
    say(f"wrote {count} corrections to {safe_path(args.file)}")
    return 0


def _import(store: Any, file: Path, say: Say) -> int:
    from store.db.corrections_file import import_corrections

    made, bad = import_corrections(store, file)
    for line in bad:
        say(line, style="red")
    say(f"imported {len(made)} corrections, left out {len(bad)}")
    return 1 if bad else 0


def _print_log(entries: list[Any], as_json: bool, describe: Callable[[Any], str]) -> None:
    out = sys.stdout
    if as_json:
        from store.db.schema import entry_to_dict

        for e in entries:
            row = entry_to_dict(e)
            row.pop("id")
            out.write(orjson.dumps(row).decode() + "\n")
        return
    if not entries:
        out.write("no corrections\n")
        return
    for e in entries:
        line = f"{e.at}  {describe(e)}  [{e.state}]"
        if e.correction.note:
            line += f"  note: {e.correction.note}"
        if e.problem:
            line += f"  PROBLEM: {e.problem}"
        out.write(" ".join(strip_controls(line).split()) + "\n")
