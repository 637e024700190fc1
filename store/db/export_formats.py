"""One entry point for every export format, so the command line names a format and a target.

``json`` (``export``), ``csv`` (``export_csv``, a folder), ``graphml`` and ``gexf``
(``export_graph``). Each writes its target atomically and replaces an existing one only with
``force``; json and the network formats go to stdout when no target is given.
"""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from store.db.export import write_export, write_whole
from store.db.export_csv import write_csv
from store.db.export_graph import FORMATS as GRAPH_FORMATS
from store.db.export_graph import graph_chunks, write_graph
from store.db.store import Store

FORMATS = ("json", "csv", *GRAPH_FORMATS)


def write_format(
    store: Store, fmt: str, out: Path | None, *, force: bool = False, stdout: BinaryIO | None = None
) -> None:
    """Export ``store`` as ``fmt`` to ``out`` (a folder for csv), or to stdout when None."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}")
    if fmt == "json":
        write_export(store, out, force=force, stdout=stdout)
    elif fmt == "csv":
        if out is None:
            raise ValueError("the CSV export needs a folder")
        write_csv(store, out, force=force)
    elif out is None:
        write_whole(graph_chunks(store, fmt), stdout)
    else:
        write_graph(store, out, fmt, force=force)
