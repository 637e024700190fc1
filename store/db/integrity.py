"""What a writer checks before it builds on a store: no id twice, no reference to nothing,
every committed body line whole and matching its checksum.

A writer that went on over damage would rewrite the catalog around it and make the next
ingest (or a replacement, which reads every body back) fail further from the cause. The
checks cost one pass over the records in memory and one CRC-32 per body line read through a
memory map (no copy), so they stay small beside the catalog parse that precedes them.
"""

from __future__ import annotations

import mmap
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from store.db.bodies import unseal_problem
from store.db.files import open_regular
from store.errors import StoreCorrupt
from store.paths import safe_path
from store.records import Actor, Agreement, ArticleMeta

MAX_SHOWN = 3


def dangling(
    articles: dict[str, ArticleMeta], actors: dict[str, Actor], agreements: dict[str, Agreement]
) -> Iterator[str]:
    """One line per reference to a record that does not exist."""

    def missing(where: str, what: str, ids: Iterable[str | None], known: dict) -> Iterator[str]:
        for i in ids:
            if i is not None and i not in known:
                yield f"{where} refers to missing {what} {safe_path(str(i))[:80]}"

    for m in articles.values():
        yield from missing(f"article {m.id}", "actor", m.actors, actors)
        yield from missing(f"article {m.id}", "agreement", m.agreements, agreements)
    for a in actors.values():
        yield from missing(f"actor {a.id}", "article", a.articles, articles)
        yield from missing(f"actor {a.id}", "actor", (r.affiliation for r in a.roles), actors)
        yield from missing(f"actor {a.id}", "article", (q.article for q in a.quotes), articles)
    for g in agreements.values():
        yield from missing(f"agreement {g.id}", "party", g.parties, actors)
        yield from missing(f"agreement {g.id}", "article", g.articles, articles)
        yield from missing(f"agreement {g.id}", "article", (f.article for f in g.facts), articles)
    for clash in sorted(set(actors) & set(agreements)):
        yield f"id {safe_path(clash)[:80]} is both an actor and an agreement"


def damaged_bodies(
    segment: Path, articles: Iterable[ArticleMeta], committed: int, required: int
) -> Iterator[str]:
    """One line per committed body line that is out of bounds, cut, or fails its checksum."""
    metas = list(articles)
    if not metas:
        return
    try:
        fd = open_regular(segment)
    except FileNotFoundError:
        yield f"{safe_path(segment)}: the body segment is missing"
        return
    try:
        size = os.fstat(fd).st_size
        view = mmap.mmap(fd, 0, access=mmap.ACCESS_READ) if size else None
    finally:
        os.close(fd)
    if size < committed:
        if view is not None:
            view.close()
        yield (
            f"{safe_path(segment)}: body segment is shorter ({size} bytes) than the catalog "
            f"records ({committed})"
        )
        return
    try:
        for m in metas:
            offset, length = m.body
            if offset < 0 or length <= 0 or offset + length > min(committed, size):
                yield f"article {m.id}: its body ({offset}, {length}) lies outside the segment"
                continue
            assert view is not None
            line = memoryview(view)[offset : offset + length]
            try:
                if line[-1] != 0x0A or (offset and view[offset - 1] != 0x0A):
                    problem: str | None = "it is not one whole line"
                else:
                    problem = unseal_problem(bytes(line), offset, required)
            finally:
                line.release()
            if problem is not None:
                yield f"article {m.id}: its body at offset {offset} is damaged ({problem})"
    finally:
        if view is not None:
            view.close()


def refuse_damage(path: Path, problems: Iterable[str]) -> None:
    """StoreCorrupt naming the first few ``problems`` when there are any."""
    found = list(problems)
    if not found:
        return
    shown = "; ".join(found[:MAX_SHOWN])
    more = f" (and {len(found) - MAX_SHOWN} more)" if len(found) > MAX_SHOWN else ""
    raise StoreCorrupt(
        f"{safe_path(path)}: will not add to a damaged store: {shown}{more}; "
        "'pactscope doctor' lists every problem, 'pactscope doctor --repair NEW.json' "
        "writes a repaired copy"
    )
