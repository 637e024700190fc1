"""Writing a repaired copy of a store elsewhere (the original is never touched).

``repair`` replays every article that can still be read (header, body and extraction are kept
together on each segment line) into a new store at ``out``, so entities are rebuilt from the
salvaged extractions and no reference can dangle. The catalog says which lines are current
when it parses; otherwise the segment alone.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import orjson

from store.db.bodies import unseal_problem
from store.db.corrections_file import log_of_catalog
from store.db.files import open_regular, os_reason, read_regular
from store.db.json_storage import fsync_dir, parse_catalog
from store.db.schema import (
    META,
    SCHEMA_VERSION,
    article_from_record,
    extraction_from_dict,
)
from store.db.store import Store, bodies_path
from store.errors import StoreError, StoreReadOnly, StoreVersion
from store.paths import safe_path
from store.records import Article, Extraction

_DAMAGE = (KeyError, TypeError, ValueError, AttributeError, IndexError)

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
    log = log_of_catalog(path)  # the analyst's corrections go with the articles
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
                store.adopt_log(log)
                store.commit(force=True)
                store.compact()  # the copy is its catalog and segment alone: no journal
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
