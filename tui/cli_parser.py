"""The ``pactscope`` command line's grammar: every command, its options and their help.

Kept apart from running the commands (`tui.cli`) so the parser reads as the one place that
says what the command line accepts; ``fix`` adds its own subcommands (`tui.cli_fix`).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from store import __version__
from tui.cli_fix import add_fix_parser

# --- the parser ------------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    """Every command, its options and their help."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--db",
        metavar="PATH",
        default=argparse.SUPPRESS,
        help="the store file (default: $PACTSCOPE_DB, else the user data folder)",
    )
    parser = argparse.ArgumentParser(
        prog="pactscope",
        description="A terminal explorer for news about international agreements. "
        "With no command, opens the explorer (ingesting the bundled sample articles into an empty store).",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"pactscope {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser(
        "ingest",
        parents=[common],
        help="add article files or folders to the store",
        description="Add .txt/.md, .html/.htm, .json/.jsonl/.ndjson, .rss/.atom/.xml (folders recursively).",
    )
    p.add_argument("paths", nargs="+", metavar="PATH", help="article files or folders")
    p.add_argument(
        "--jobs",
        type=positive,
        default=None,
        metavar="N",
        help="worker processes for parsing (default: one per CPU)",
    )
    p.add_argument(
        "--batch-size",
        type=positive,
        default=500,
        metavar="N",
        help="commit after this many new articles (default 500; a large store waits for "
        "a quarter of its size, and at most 5 seconds)",
    )
    p.add_argument(
        "--wait",
        type=float,
        default=10.0,
        metavar="SECONDS",
        help="how long to wait for another writer to finish (default 10)",
    )

    p = sub.add_parser(
        "export",
        parents=[common],
        help="write everything as JSON, CSV tables or a network (GraphML, GEXF)",
        description="Export articles, actors and agreements: json (with evidence), csv (seven "
        "tables that join on their ids, into a folder) or the network (graphml, gexf).",
    )
    formats = ["json", "csv", "graphml", "gexf"]
    p.add_argument("--format", choices=formats, default="json", help="output format (json)")
    out_help = "write to FILE instead of stdout (csv: the folder, required)"
    p.add_argument("-o", "--output", metavar="FILE", type=Path, help=out_help)
    p.add_argument("--force", action="store_true", help="replace FILE (the CSV files) if it exists")
    p.add_argument("--no-corrections", action="store_true", help="the store as extraction made it, without the corrections (to compare)")  # fmt: skip

    p = sub.add_parser(
        "search",
        parents=[common],
        help="search actors, agreements and text",
        description='Search the store. Prefixes: "p:" persons, "c:" countries, '
        '"o:" organisations, "a:" agreements, "t:" text.',
    )
    p.add_argument("query", help="what to look for")
    p.add_argument("--json", action="store_true", help="print one JSON object per hit")
    p.add_argument(
        "--limit", type=positive, default=20, metavar="N", help="at most N hits (default 20)"
    )

    p = sub.add_parser(
        "doctor",
        parents=[common],
        help="check the store (and write a repaired copy)",
        description="Check the store; report one problem per line; exit 1 if any.",
    )
    p.add_argument(
        "--repair",
        metavar="OUT",
        type=Path,
        help="write a repaired copy of the store to OUT (the original is kept)",
    )

    sub.add_parser(
        "compact",
        parents=[common],
        help="fold the catalog journal into the catalog and rebuild the search index",
        description="Rewrite the catalog with every commit of its journal folded in, and the "
        "search index in date order (ingests do both by themselves when it pays).",
    )

    p = sub.add_parser(
        "serve",
        parents=[common],
        help="serve the explorer in a web browser",
        description="Serve the explorer over HTTP with textual-serve.",
    )
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=8000, help="port to listen on (default 8000)")
    p.add_argument("--no-token", action="store_true", help="no access token (anyone who can reach the port reads the store)")  # fmt: skip
    p.add_argument("--max-connections", type=positive, default=4, metavar="N", help="at most N browser sessions at once (default 4)")  # fmt: skip
    add_fix_parser(sub, common)
    return parser


def positive(value: str) -> int:
    """A whole number of at least 1, for counts the user gives."""
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return number
