"""Checking a store (``repair``, in ``store.repair``, writes a repaired copy elsewhere).

``check`` reports one line per problem: the catalog does not parse or is of another version,
a meta counter disagrees with the files, a record is damaged or its id appears twice, a body
lies outside the committed segment or does not read back, an id points at nothing, or the
persisted search index is damaged or stale, the resolver's saved name index is damaged, a
temporary file was left by a dead process.
``lists_note`` writes the list file again when it is missing or does not match the records.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import orjson

from store.db import leftovers
from store.db.bodies import unseal_problem
from store.db.catalog_keys import keys_problem
from store.db.corrections import problem_lines
from store.db.files import open_regular, read_regular, refuse_special
from store.db.journal import read_committed, read_journal
from store.db.json_storage import parse_catalog
from store.db.lists import lines_of, lists_path, read_lists, sort_lines, write_lists
from store.db.lock import describe_holder, live_writer
from store.db.names_file import names_problem
from store.db.relink import relinked
from store.db.schema import (
    ACTORS,
    AGREEMENTS,
    ARTICLES,
    CORRECTIONS,
    META,
    actor_from_dict,
    agreement_from_dict,
    article_from_record,
    body_from_dict,
    checksums_from,
    entry_from_dict,
    extraction_from_dict,
    meta_from_dict,
)
from store.db.store import Store, bodies_path
from store.errors import StoreError
from store.paths import journal_path, lock_path, safe_path
from store.records import ArticleMeta
from store.repair import recoverable, repair  # the command line imports both from here

_DAMAGE = (KeyError, TypeError, ValueError, AttributeError, IndexError)


def check(path: Path) -> list[str]:
    """Every problem found in the store at ``path``, one line each (empty when healthy)."""
    path = Path(path)
    name = safe_path(path)
    try:
        started = _signature(path)
        raw = read_regular(path)
    except StoreError as exc:
        return [str(exc)]
    except FileNotFoundError:
        segment = bodies_path(path)
        size = segment.stat().st_size if segment.is_file() else 0
        if os.path.lexists(path) and not size:
            return [f"{name}: the catalog is a dangling symlink (to {_show(os.readlink(path))})"]
        if size:
            return [
                f"{name}: the catalog is missing but {safe_path(segment)} holds {size} bytes of "
                "articles; 'pactscope doctor --repair OUT' recovers them"
            ]
        return [f"{name}: no store here"]
    except IsADirectoryError:
        return [f"{name}: is a folder, not a store file"]
    except OSError as exc:
        return [f"{name}: cannot read ({exc.strerror})"]
    try:
        data = read_committed(path, raw)
    except StoreError as exc:
        return [str(exc)]
    except OSError as exc:
        return [f"{safe_path(journal_path(path))}: cannot read ({exc.strerror})"]
    problems: list[str] = []
    meta = next(iter(data[META].values()))
    committed = meta["bodies_length"]
    segment = bodies_path(path)
    try:
        os.close(open_regular(segment))
        size = segment.stat().st_size
    except FileNotFoundError:
        size = 0
    except StoreError as exc:
        return [str(exc)]
    except OSError as exc:
        return [f"{safe_path(segment)}: cannot read ({(exc.strerror or 'error').lower()})"]
    if size < committed:
        problems.append(
            f"{safe_path(segment)}: {size} bytes, but the catalog committed {committed}"
        )

    records: dict[str, dict[str, Any]] = {ARTICLES: {}, ACTORS: {}, AGREEMENTS: {}}
    converters = {
        ARTICLES: meta_from_dict,
        ACTORS: actor_from_dict,
        AGREEMENTS: agreement_from_dict,
    }
    for table, convert in converters.items():
        ids: Counter[str] = Counter()
        for doc_id, doc in data[table].items():
            try:
                record = convert(doc)
            except _DAMAGE:
                problems.append(f"{name}: {table} record {_show(doc_id)} is damaged")
                continue
            ids[record.id] += 1
            records[table][record.id] = record
        problems += [
            f"{name}: {table} id {_show(i)} appears {n} times" for i, n in ids.items() if n > 1
        ]
    articles, actors, agreements = records[ARTICLES], records[ACTORS], records[AGREEMENTS]
    for clash in sorted(set(actors) & set(agreements)):
        problems.append(f"{name}: id {_show(clash)} is both an actor and an agreement")
    if articles and meta["generation"] < 1:
        problems.append(f"{name}: meta generation is 0 but the store holds articles")

    entities = {**actors, **agreements}
    required = min(checksums_from(meta), committed)
    with _Reader(segment) as reader:
        for m in articles.values():
            problems += _check_article(
                name, segment, reader, m, (committed, size, required), entities
            )
    for m in articles.values():
        problems += _missing(name, f"article {m.id}", "actor", m.actors, actors)
        problems += _missing(name, f"article {m.id}", "agreement", m.agreements, agreements)
    for a in actors.values():
        problems += _missing(name, f"actor {a.id}", "article", list(a.articles), articles)
        affiliations = [r.affiliation for r in a.roles if r.affiliation]
        problems += _missing(name, f"actor {a.id} role", "actor", affiliations, actors)
        problems += _missing(
            name, f"actor {a.id} quote", "article", [q.article for q in a.quotes], articles
        )
    for g in agreements.values():
        problems += _missing(name, f"agreement {g.id}", "party", g.parties, actors)
        problems += _missing(name, f"agreement {g.id}", "article", g.articles, articles)
        problems += _missing(name, f"agreement {g.id}", "larger agreement", [g.part_of] if g.part_of else [], agreements)
        problems += _missing(
            name, f"agreement {g.id} fact", "article", [f.article for f in g.facts], articles
        )
    problems += _check_log(name, data.get(CORRECTIONS, {}), entities)
    problem = index_problem(path, meta["generation"])
    moved_on = live_writer(lock_path(path)) is not None or _signature(path) != started
    if problem and not (moved_on and "stale" in problem):
        problems.append(problem)  # a running ingest refreshes the index after each commit
    names = names_problem(path)
    if names and not moved_on:  # a writer renames a whole one into place after its commit
        problems.append(names)
    keys = keys_problem(path)
    if keys and not moved_on:
        problems.append(keys)
    try:
        refuse_special(lock_path(path))
    except StoreError as exc:  # no writer could ever take the store
        problems.append(str(exc))
    return problems


def _check_log(name: str, docs: dict[str, Any], entities: dict[str, Any]) -> list[str]:
    """Damaged entries of the corrections log (a correction's problem is a note, not damage)."""
    problems = []
    for doc_id, doc in docs.items():
        try:
            entry_from_dict(doc)
        except _DAMAGE:
            problems.append(f"{name}: corrections record {_show(doc_id)} is damaged")
    return problems


def correction_notes(path: Path) -> list[str]:
    """One line per active correction whose last replay met a problem (a target that no
    longer exists): the store is whole, but the correction no longer applies."""
    try:
        data = read_committed(Path(path))
        entries = sorted(
            (entry_from_dict(d) for d in data.get(CORRECTIONS, {}).values()), key=lambda e: e.seq
        )
    except (StoreError, OSError, *_DAMAGE):
        return []  # ``check`` says what is wrong with the catalog
    return problem_lines(entries)


def _signature(path: Path) -> tuple[int, int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_ino, st.st_size, st.st_mtime_ns)


def leftover_notes(path: Path) -> list[str]:
    """One line per temporary file a dead process left beside the store: not damage (the
    store is whole without them), but disk space the next writer gives back."""
    notes = [item.describe() for item in leftovers.find(Path(path))]
    try:
        data = parse_catalog(read_regular(path), path)
        replay = read_journal(path, int(next(iter(data[META].values()))["generation"]))
    except (StoreError, OSError, ValueError):
        return notes  # ``check`` says what is wrong with them
    if replay.torn is not None and live_writer(lock_path(path)) is None:
        notes.append(
            f"{safe_path(journal_path(path))}: its last commit was cut short when a writer "
            f"was stopped ({replay.torn}): the batch it was writing was never stored; "
            "the next writer drops it"
        )
    return notes


def lists_note(path: Path) -> str | None:
    """When the list file (``store.db.lists``) is missing, damaged or does not match the
    records, write it again and say so in a line (not damage: the explorer then loads every
    record before its lists show). None when it is right, or while a writer holds the store
    (its next commit writes it)."""
    path = Path(path)
    if live_writer(lock_path(path)) is not None or not path.is_file():
        return None
    try:
        with Store.open(path) as store:
            expected = sort_lines(lines_of(store.generation, store.articles(), store.actors()))
            signature = store.signature
    except (StoreError, OSError):
        return None  # ``check`` says what is wrong with the store
    if read_lists(path) == expected:
        return None
    state = "out of date" if lists_path(path).exists() else "missing"
    write_lists(path, expected, signature)
    if read_lists(path) != expected:
        return f"{safe_path(lists_path(path))}: {state}, and cannot be written; the next writer writes it"
    return f"{safe_path(lists_path(path))}: was {state}; written again from the catalog"


def writer_note(path: Path) -> str | None:
    """A line saying an ingest is writing the store while it is checked, or None."""
    info = live_writer(lock_path(Path(path)))
    if info is None:
        return None
    return (
        f"{safe_path(path)}: an ingest is writing this store ({describe_holder(info)}); "
        "checked its last commit, and the search index only once the ingest has refreshed it"
    )


def summary(path: Path, problems: list[str]) -> str:
    """The closing line of a check."""
    if not problems:
        return f"{safe_path(path)}: no problems found"
    n = len(problems)
    return f"{safe_path(path)}: {n} problem{'s' if n != 1 else ''} found; 'pactscope doctor --repair OUT' writes a repaired copy"


def index_problem(path: Path, generation: int) -> str | None:
    """A line when the persisted search index is damaged or built for another generation."""
    try:
        from store.search.id_slots import keys_fit
        from store.search.layout import KEYS
        from store.search.query import SearchIndex
        from store.search.saved import load_data
        from store.search.upkeep import index_dir
    except ImportError:
        return None
    directory = index_dir(path)
    if not directory.exists():
        return None
    data = load_data(directory)
    index = SearchIndex.from_data(data) if data is not None else None
    if data is None or index is None:
        return f"{safe_path(directory)}: the search index is damaged; the next search rebuilds it"
    if index.generation != generation:
        return (
            f"{safe_path(directory)}: the search index is stale (built for generation "
            f"{index.generation}, the store is at {generation}); the next search rebuilds it"
        )
    if not keys_fit(data.arrays.get(KEYS), data.owners.ids):
        return (
            f"{safe_path(directory)}: the search index's id keys do not fit its ids (searches "
            "are not affected; an ingest that meets one makes the names part again; "
            "'pactscope compact' rebuilds the index)"
        )
    return None


def _show(value: object) -> str:
    return safe_path(str(value))[:80]


def _missing(
    name: str, where: str, what: str, ids: Iterable[str], known: dict[str, Any]
) -> list[str]:
    return [
        f"{name}: {_show(where)} refers to missing {what} {_show(i)}" for i in ids if i not in known
    ]


class _Reader:
    """Reads segment lines by (offset, length) through one descriptor."""

    def __init__(self, segment: Path) -> None:
        try:
            self.fd: int | None = open_regular(segment)
        except (OSError, StoreError):
            self.fd = None

    def read(self, offset: int, length: int) -> bytes:
        return os.pread(self.fd, length, offset) if self.fd is not None else b""

    def __enter__(self) -> _Reader:
        return self

    def __exit__(self, *exc: object) -> None:
        if self.fd is not None:
            os.close(self.fd)


def _check_article(
    name: str,
    segment: Path,
    reader: _Reader,
    m: ArticleMeta,
    bounds: tuple[int, int, int],
    entities: dict[str, Any],
) -> list[str]:
    """The problems of one article's body line; ``bounds`` are the committed length, the
    segment's size and the offset from which lines must carry a checksum."""
    committed, size, required = bounds
    offset, length = m.body
    if offset < 0 or length <= 0 or offset + length > committed:
        return [
            f"{name}: article {_show(m.id)} body ({offset}, {length}) is outside the committed segment"
        ]
    if offset + length > size:
        return [
            f"{safe_path(segment)}: body of article {_show(m.id)} at {offset} is cut short (the file ends at {size})"
        ]
    damaged = f"{safe_path(segment)}: body of article {_show(m.id)} at {offset} is damaged"
    raw = reader.read(offset, length)
    problem = unseal_problem(raw, offset, required)
    if problem is not None:
        return [f"{damaged} ({problem})"]
    try:
        record = orjson.loads(raw)
        body = body_from_dict(record["body"])
        extraction_from_dict(record["extraction"])
        article_from_record(record)
    except (orjson.JSONDecodeError, *_DAMAGE):
        return [damaged]
    if body.id != m.id or not raw.endswith(b"\n"):
        return [damaged]
    problems = []
    for mention in relinked(body.mentions, m.relink):  # as corrections left them
        if mention.entity not in entities:
            problems.append(
                f"{name}: a mention in article {_show(m.id)} refers to missing {_show(mention.entity)}"
            )
        elif not 0 <= mention.start < mention.end <= len(body.text):
            problems.append(f"{name}: a mention in article {_show(m.id)} lies outside its text")
    return problems


__all__ = [
    "check",
    "index_problem",
    "leftover_notes",
    "recoverable",
    "repair",
    "summary",
    "writer_note",
]
