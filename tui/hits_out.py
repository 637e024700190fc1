"""How ``pactscope search`` prints its hits: a table for a reader, JSON lines for a script."""

from __future__ import annotations

from collections.abc import Sequence
from typing import IO, Any

import orjson
from rich.table import Table
from rich.text import Text

from store.text import strip_controls

KIND_WORDS = {"organization": "organisation"}
"""How a kind reads in the table, as in the explorer (``--json`` keeps the stored word)."""


def score_text(score: float) -> str:
    """A score as the table shows it. A query of prefixes only (``p:``) lists a kind without
    ranking it: its hits have no score, shown as ``-`` rather than a misleading 0.00."""
    if score <= 0:
        return "-"
    shown = f"{score:.2f}"
    return shown if shown != "0.00" else f"{score:.1e}"


def write_json_hits(hits: Sequence[Any], out: IO[bytes]) -> None:
    """One JSON object per hit and line."""
    for hit in hits:
        record = {
            "kind": hit.kind,
            "id": hit.id,
            "label": hit.label,
            "score": hit.score,
            "spans": [list(s) for s in hit.spans],
            "article": hit.article,
            "sentence": hit.sentence,
        }
        out.write(orjson.dumps(record) + b"\n")
    out.flush()


def hits_table(hits: Sequence[Any]) -> Table:
    """The hits as a table: kind, label (matches marked, detail dimmed below), id, score."""
    table = Table()
    table.add_column("kind", no_wrap=True)
    table.add_column("label")
    # An id is what a script copies: never cut (the label wraps narrower instead).
    table.add_column("id", no_wrap=True, min_width=max((len(hit.id) for hit in hits), default=2))
    table.add_column("score")
    for hit in hits:
        label = Text(strip_controls(hit.label).replace("\n", " "))
        for start, end in hit.spans:
            label.stylize("bold yellow", start, end)
        # A sentence names its article's title; an actor its role or aliases. An article's
        # own detail (date, source, or else its file path) adds nothing to its title.
        detail = getattr(hit, "detail", "") if hit.kind != "article" else ""
        if detail:
            lead = "in: " if hit.kind == "sentence" else ""
            label.append("\n" + lead + " ".join(strip_controls(detail).split()), style="dim")
        kind = Text(KIND_WORDS.get(hit.kind, hit.kind))
        table.add_row(kind, label, Text(hit.id), score_text(hit.score))
    return table
