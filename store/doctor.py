"""Checking a store, and writing a repaired copy elsewhere (the original is never touched).

``check`` reports one line per problem: the catalog does not parse or is of another version,
a meta counter disagrees with the files, a record is damaged or its id appears twice, a body
lies outside the committed segment or does not read back, an id points at nothing, or the
persisted search index is damaged or stale. ``repair`` replays every article that can still
be read (header, body and extraction are kept together on each segment line) into a new
store at ``out``, so entities are rebuilt from the salvaged extractions and no reference can
dangle. The catalog says which lines are current when it parses; otherwise the segment alone.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import orjson

from store.db import leftovers
from store.db.bodies import unseal_problem
from store.db.files import open_regular, os_reason, read_regular, refuse_special
from store.db.json_storage import fsync_dir, parse_catalog
from store.db.lock import describe_holder, live_writer
from store.db.schema import (
    ACTORS,
    AGREEMENTS,
    ARTICLES,
    META,
    SCHEMA_VERSION,
    actor_from_dict,
    agreement_from_dict,
    article_from_record,
    body_from_dict,
    checksums_from,
    extraction_from_dict,
    meta_from_dict,
)
from store.db.store import Store, bodies_path
from store.errors import StoreError, StoreReadOnly, StoreVersion
from store.paths import lock_path, safe_path
from store.records import Article, ArticleMeta, Extraction

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
        data = parse_catalog(raw, path)
    except StoreError as exc:
        return [str(exc)]
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
        problems += _missing(
            name, f"agreement {g.id} fact", "article", [f.article for f in g.facts], articles
        )
    problem = index_problem(path, meta["generation"])
    moved_on = live_writer(lock_path(path)) is not None or _signature(path) != started
    if problem and not (moved_on and "stale" in problem):
        problems.append(problem)  # a running ingest refreshes the index after each commit
    problems += [item.describe() for item in leftovers.find(path)]
    try:
        refuse_special(lock_path(path))
    except StoreError as exc:  # no writer could ever take the store
        problems.append(str(exc))
    return problems


def _signature(path: Path) -> tuple[int, int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_ino, st.st_size, st.st_mtime_ns)


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
        from store.search.query import SearchIndex
        from store.search.upkeep import index_dir
    except ImportError:
        return None
    directory = index_dir(path)
    if not directory.exists():
        return None
    index = SearchIndex.load(directory)
    if index is None:
        return f"{safe_path(directory)}: the search index is damaged; the next search rebuilds it"
    if index.generation != generation:
        return (
            f"{safe_path(directory)}: the search index is stale (built for generation "
            f"{index.generation}, the store is at {generation}); the next search rebuilds it"
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
    for mention in body.mentions:
        if mention.entity not in entities:
            problems.append(
                f"{name}: a mention in article {_show(m.id)} refers to missing {_show(mention.entity)}"
            )
        elif not 0 <= mention.start < mention.end <= len(body.text):
            problems.append(f"{name}: a mention in article {_show(m.id)} lies outside its text")
    return problems


# --- repair --------------------------------------------------------------------------------


Pair = tuple[Article, Extraction]


def _decode(record: Any) -> Pair:
    if not isinstance(record, dict):
        raise TypeError("not a record")
    article = article_from_record(record)
    extraction = extraction_from_dict(record["extraction"])
    if not isinstance(article.id, str) or not article.id or not isinstance(article.file, str):
        raise ValueError("no id")
    return article, extraction


def _from_catalog(path: Path) -> list[Pair] | None:
    """Articles the catalog lists whose bodies read back, in ingest order; None when it cannot be read."""
    if not path.exists():
        return None  # a lost catalog: the segment alone tells what there was
    try:
        store = Store.open(path)
    except StoreError:
        return None
    out = []
    with store:
        for article_id in store.article_ids():
            try:
                out.append(_decode(store._record(article_id)))
            except (StoreError, *_DAMAGE):
                continue
    return out


def _segment_lines(segment: Path) -> Iterator[bytes]:
    try:
        fh = os.fdopen(open_regular(segment), "rb")
    except (OSError, StoreError):
        return
    with fh:
        yield from fh


def _from_segment(path: Path) -> list[Pair]:
    """Every complete line of the segment: the last version of each article and of each file."""
    found: dict[str, Pair] = {}
    offset = 0
    for line in _segment_lines(bodies_path(path)):
        offset += len(line)
        if unseal_problem(line, offset, required_from=offset + 1):  # unsealed lines pass
            continue
        try:
            pair = _decode(orjson.loads(line))
        except (orjson.JSONDecodeError, *_DAMAGE):
            continue
        found.pop(pair[0].id, None)
        found[pair[0].id] = pair  # the last line of an article wins
    latest: dict[str, Pair] = {}
    for pair in found.values():
        latest.pop(pair[0].file, None)
        latest[pair[0].file] = pair  # a later version of a file replaces the earlier one
    return list(latest.values())


def recoverable(path: Path) -> list[Pair]:
    """The articles that can be read back: through the catalog when it opens, else the segment."""
    pairs = _from_catalog(Path(path))
    return pairs if pairs is not None else _from_segment(Path(path))


def _refuse_newer(path: Path) -> None:
    """A store from a newer pactscope is not rewritten by this one: it would drop what it cannot read."""
    try:
        parse_catalog(read_regular(path), path)
    except StoreVersion as exc:
        try:
            meta = next(iter(orjson.loads(read_regular(path))[META].values()))
            newer = isinstance(meta["schema"], int) and meta["schema"] > SCHEMA_VERSION
        except (orjson.JSONDecodeError, StopIteration, *_DAMAGE):
            newer = False
        if newer:
            raise StoreVersion(f"{exc}; not repairing") from None
    except (StoreError, OSError):
        pass


def repair(path: Path, out: Path) -> int:
    """Write a repaired copy of the store at ``path`` to ``out``; return the articles kept.

    The copy is built in a hidden folder beside ``out`` and moved into place whole, segment
    first and catalog last, so an interrupted repair never leaves a catalog at ``out`` that
    lacks articles (a killed one may leave the hidden folder behind, never a partial store).
    """
    path, out = Path(path), Path(out)
    _refuse_existing(out)
    _refuse_newer(path)
    pairs = recoverable(path)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        work = Path(tempfile.mkdtemp(prefix=f".{out.name}.repair-", dir=out.parent))
    except OSError as exc:
        reason = (exc.strerror or type(exc).__name__).lower()
        raise StoreReadOnly(
            f"{safe_path(out.parent)}: cannot write the repaired copy ({reason})"
        ) from None
    try:
        staged = work / out.name
        try:
            with Store.open(staged, write=True, wait=0) as store:
                for article, extraction in pairs:
                    store.add(article, extraction)
                store.commit(force=True)
        except OSError as exc:  # a full disk, a quota: named, in words; the original is untouched
            raise StoreError(
                f"{safe_path(out)}: cannot write the repaired copy ({os_reason(exc, work)})"
            ) from None
        _refuse_existing(out)
        placed: list[Path] = []
        try:
            for name in (bodies_path(staged), staged):  # the catalog last: it makes the store
                placed.append(_place(name, out.with_name(name.name)))
        except BaseException as exc:
            for target in placed:
                target.unlink(missing_ok=True)
            if isinstance(exc, OSError):
                raise StoreError(
                    f"{safe_path(out)}: cannot place the repaired copy ({os_reason(exc, work)})"
                ) from None
            raise
        fsync_dir(out.parent)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return len(pairs)


def _place(source: Path, target: Path) -> Path:
    """Move ``source`` to ``target``, never replacing a file that appeared there meanwhile."""
    try:
        os.link(source, target)
    except FileExistsError:
        raise _taken(target) from None
    except OSError:  # a file system without hard links
        if os.path.lexists(target):
            raise _taken(target) from None
        os.rename(source, target)
    return target


def _refuse_existing(out: Path) -> None:
    for taken in (out, bodies_path(out)):
        if os.path.lexists(taken):
            raise _taken(taken)


def _taken(path: Path) -> StoreError:
    """The refusal naming the file that is in the way (the segment alone, when a repair
    was stopped between placing it and its catalog)."""
    if path.name.endswith(".bodies") and not os.path.lexists(path.with_name(path.name[:-7])):
        return StoreError(
            f"{safe_path(path)}: already exists without its catalog (left by an interrupted "
            "repair?); remove it or choose a new file for the repaired copy"
        )
    return StoreError(f"{safe_path(path)}: already exists; choose a new file for the repaired copy")
