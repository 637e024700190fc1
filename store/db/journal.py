"""The catalog journal ``PATH.journal``: one sealed line per commit, beside the compacted base.

A commit appends one line holding what it changed (the new meta document, and per table the
documents put and the record ids removed) and fsyncs it: that line is the commit point, so a
commit writes in proportion to what changed, not to the catalog. The store as committed is
the base catalog (``PATH``) with every journal line of a later generation applied in order.

Each line is a JSON object sealed like a body line (``{"crc":"xxxxxxxx",...``, see
``store/db/bodies.py``). A last line cut short or failing its checksum is the batch a killed
writer had in flight: it was never committed, readers ignore it and the next writer drops
it. A damaged line with whole lines after it, or a gap in generations, is damage.

Compaction writes the whole catalog as a new base (atomically, as before) and then removes
the journal; lines of a generation the base already holds are skipped, so a crash between the
two steps loses nothing. A commit whose line would take the journal past its share of the
base is compacted at once instead (the base's rename is then its commit point), so the
journal never holds more than that share and a large commit is not written twice.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any

import orjson

from store.db.bodies import seal, unseal_problem
from store.db.catalog_lines import Patched, apply_patch, as_dict
from store.db.doc_table import Doc, largest_key
from store.db.files import open_regular, read_regular
from store.db.json_storage import READ_ONLY_ERRNOS, check_meta, fsync_dir, parse_catalog
from store.db.schema import META
from store.errors import StoreCorrupt, StoreReadOnly
from store.paths import journal_path, safe_path

COMPACT_SHARE = 0.5
"""The journal is folded into the base rather than grow past this share of the base's size,
so opening a store parses at most 1.5x the catalog and compactions stay amortised
O(changes)."""
COMPACT_MIN = 0
"""Below this size (bytes) the journal is never compacted. None: a commit as large as half
the store (a small store, or one ingested from nothing) compacts at once, which costs about
what the commit wrote, so a store built up from nothing compacts at geometric sizes."""


@dataclass(slots=True)
class Entry:
    """One committed change set: its generation, meta document, puts and removals per table."""

    generation: int
    meta: dict[str, Any]
    put: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    removed: dict[str, list[str]] = field(default_factory=dict)
    patch: dict[str, list[dict[str, Any]]] = field(default_factory=dict)  # see ``diff_doc``

    def encode(self) -> bytes:
        """The sealed journal line of this entry (newline included)."""
        payload = orjson.dumps(
            {
                "generation": self.generation,
                "meta": self.meta,
                "put": self.put,
                "del": self.removed,
                "patch": self.patch,
            }
        )
        return seal(payload) + b"\n"


def diff_doc(old: dict[str, Any], new: dict[str, Any]) -> dict[str, Any] | None:
    """What turns document ``old`` into ``new``, field by field: keys added to or changed in
    a mapping (``merge``) or gone from it (``drop``), items added at the end of a list
    (``extend``), any other field whole (``set``) or gone (``unset``). A country named in
    thousands of articles changes by a few keys when a few are added: its patch is small
    where the whole record is not. None when the document has no ``id`` to be found by."""
    if old.get("id") != new.get("id") or "id" not in new:
        return None
    patch: dict[str, Any] = {"id": new["id"]}
    before = old.get  # (a commit diffs every record it changed: this loop is kept lean)
    for key, value in new.items():
        was = before(key, _MISSING)
        if was == value:
            continue
        if isinstance(was, dict) and isinstance(value, dict):
            n = len(was)
            if n >= _LONG and len(value) > n and _extends(value, was):  # keys only added
                patch.setdefault("merge", {})[key] = dict(islice(value.items(), n, None))
                continue
            merge = {k: v for k, v in value.items() if was.get(k, _MISSING) != v}
            drop = [] if was.keys() <= value.keys() else [k for k in was if k not in value]
            if merge:
                patch.setdefault("merge", {})[key] = merge
            if drop:
                patch.setdefault("drop", {})[key] = drop
        elif isinstance(was, list) and isinstance(value, list) and value[: len(was)] == was:
            patch.setdefault("extend", {})[key] = value[len(was) :]
        else:
            patch.setdefault("set", {})[key] = value
    gone = [] if old.keys() <= new.keys() else [key for key in old if key not in new]
    if gone:
        patch["unset"] = gone
    return patch


_MISSING = object()


_LONG = 16
"""A mapping of at least this many keys is first checked as only added to (``_extends``);
a shorter one is cheaper to compare key by key."""


def _extends(new: dict[str, Any], old: dict[str, Any]) -> bool:
    """Whether ``new`` begins with ``old``'s keys and values, in order: then what changed is
    only the keys after them. Compared in C: the mapping of a record named in thousands of
    articles is walked once per commit in Python no more."""
    n = len(old)
    return list(islice(new, n)) == list(old) and list(islice(new.values(), n)) == list(old.values())


@dataclass(slots=True)
class Replay:
    """What reading a journal found: entries newer than the base, where the good lines end,
    and the torn tail (a killed writer's uncommitted batch) when there is one."""

    entries: list[Entry]
    end: int  # bytes of whole, valid lines (a writer truncates to this)
    size: int  # the file's size when read
    torn: str | None = None  # why the last line is not a commit, when it is not


class JournalGap(StoreCorrupt):
    """The journal does not follow the base: a reader raced a compaction (read again), or
    lines were lost (damage)."""


def _decode(line: bytes, offset: int) -> Entry | str:
    """The entry of one whole line, or why it is not one."""
    problem = unseal_problem(line, offset, 0)
    if problem is not None:
        return problem
    try:
        raw = orjson.loads(line)
        entry = Entry(
            int(raw["generation"]),
            dict(raw["meta"]),
            {str(t): list(docs) for t, docs in (raw.get("put") or {}).items()},
            {str(t): [str(i) for i in ids] for t, ids in (raw.get("del") or {}).items()},
            {str(t): list(docs) for t, docs in (raw.get("patch") or {}).items()},
        )
    except (orjson.JSONDecodeError, KeyError, TypeError, ValueError):
        return "it is not a journal entry"
    docs = [d for table in (entry.put, entry.patch) for ds in table.values() for d in ds]
    if not all(isinstance(d, dict) for d in docs):
        return "it is not a journal entry"
    return entry


def _lines(raw: bytes) -> Iterator[tuple[int, bytes, bool]]:
    """(offset, line without its newline, whether a newline ended it) for each line."""
    offset = 0
    while offset < len(raw):
        end = raw.find(b"\n", offset)
        if end < 0:
            yield offset, raw[offset:], False
            return
        yield offset, raw[offset:end], True
        offset = end + 1


def read_journal(catalog: Path, base_generation: int, *, start: int = 0, each: Callable[[Entry], None] | None = None) -> Replay:
    """The journal's entries after ``base_generation`` (reading from byte ``start``), or
    with ``each`` handed to it one by one as read instead of kept (a reader's lean replay).

    A missing journal is empty. StoreCorrupt when a line with whole lines after it is
    damaged; JournalGap when the generations do not follow on from the base.
    """
    path = journal_path(catalog)
    name = safe_path(path)
    try:
        fd = open_regular(path)
    except FileNotFoundError:
        return Replay([], 0, 0)
    with os.fdopen(fd, "rb") as fh:
        fh.seek(start)
        raw = fh.read()
    replay = Replay([], start, start + len(raw))
    expected = base_generation + 1
    pieces = list(_lines(raw))
    for i, (offset, line, whole) in enumerate(pieces):
        last = i == len(pieces) - 1
        found = _decode(line, start + offset) if whole else "it is cut short"
        if isinstance(found, str):
            if last:
                replay.torn = found
                break
            raise StoreCorrupt(
                f"{name}: the journal line at offset {start + offset} is damaged ({found}); "
                "run 'pactscope doctor'"
            )
        # a line the base already holds (left by a compaction cut short) is skipped
        if found.generation >= expected or replay.entries:
            if found.generation != expected:
                raise JournalGap(
                    f"{name}: the journal skips from generation {expected - 1} to "
                    f"{found.generation}; run 'pactscope doctor'"
                )
            (each or replay.entries.append)(found)
            expected += 1
        replay.end = start + offset + len(line) + 1
    return replay


def read_committed(catalog: Path, raw: bytes | None = None) -> dict[str, Any]:
    """The catalog's tables as committed: the base (``raw``, else read) with the journal's
    commits applied; StoreError naming the file when either cannot be read."""
    data = parse_catalog(read_regular(catalog) if raw is None else raw, catalog)
    base = next(iter(data[META].values()))
    replay = read_journal(catalog, int(base["generation"]))
    apply_or_refuse(data, replay.entries, catalog)
    return check_meta(data, catalog)


def apply_or_refuse(
    data: dict[str, Any], entries: list[Entry], catalog: Path, ids: dict[str, Any] | None = None,
    next_key: dict[str, int] | None = None,
) -> None:
    """``apply``; StoreCorrupt naming the journal when its commits do not fit the base."""
    try:
        apply(data, entries, META, ids, next_key)
    except orjson.JSONDecodeError:
        raise StoreCorrupt(
            f"{safe_path(catalog)}: a catalog record the journal changes is damaged; "
            "run 'pactscope doctor'"
        ) from None
    except ValueError as exc:
        raise StoreCorrupt(
            f"{safe_path(journal_path(catalog))}: {exc}; run 'pactscope doctor'"
        ) from None


def store_signature(catalog: Path) -> tuple[int, ...] | None:
    """What moves with every commit to the store at ``catalog``: the base file's inode, size
    and mtime, and the journal's size (None when there is no base)."""
    try:
        st = os.stat(catalog)
    except OSError:
        return None
    return (st.st_ino, st.st_size, st.st_mtime_ns, journal_size(catalog))


def journal_size(catalog: Path) -> int:
    """The journal's size in bytes (0 when there is none)."""
    try:
        return os.stat(journal_path(catalog)).st_size
    except OSError:
        return 0


def apply(
    data: dict[str, Any],
    entries: list[Entry],
    meta_table: str,
    by_id: dict[str, dict[str, str]] | None = None,
    next_key: dict[str, int] | None = None,
) -> None:
    """Apply ``entries`` in order to catalog tables (document key -> document), as the writer
    applied them: removals, then puts (replacing the document of the same ``id``, or added
    under the next key); the meta document is replaced. ``by_id`` (a catalog read in lines,
    whose documents may be bytes): each table's id -> key, kept up to date; only the
    documents a patch names are parsed. ``next_key`` gets the key after the largest each
    table touched has held (a writer numbers its new documents on from it without finding
    the largest key of 50k again)."""
    index: dict[str, dict[Any, str]] = {}
    next_key = {} if next_key is None else next_key

    def table_of(table: str) -> tuple[dict[str, Any], dict[Any, str]]:
        tbl = data.setdefault(table, {})
        if table not in index:
            known = by_id.get(table) if by_id is not None else None
            if known is None:
                known = {d.get("id"): k for k, d in tbl.items() if isinstance(d, dict)}
                if by_id is not None:
                    by_id[table] = known
            index[table] = known
            next_key[table] = largest_key(tbl) + 1
        return tbl, index[table]

    for entry in entries:
        metas = data.setdefault(meta_table, {})
        metas[next(iter(metas), "1")] = entry.meta
        for table, gone in entry.removed.items():
            tbl, ids = table_of(table)
            for id in gone:
                key = ids.pop(id, None)
                if key is not None:
                    del tbl[key]
        for table, docs in entry.put.items():
            tbl, ids = table_of(table)
            for doc in docs:
                key = ids.get(doc.get("id"))
                if key is None:
                    key = ids[doc.get("id")] = str(next_key[table])
                    next_key[table] += 1
                tbl[key] = doc
        for table, patches in entry.patch.items():
            tbl, ids = table_of(table)
            for patch in patches:
                key = ids.get(patch.get("id"))
                if key is None:
                    raise ValueError("a journal patch names a record that is not there")
                doc = tbl[key]
                if type(doc) is Doc and by_id is not None:  # a writer's: read when first asked for
                    tbl[key] = Patched(doc, [orjson.dumps(patch)])
                elif type(doc) is Patched:
                    doc.patches.append(orjson.dumps(patch))
                else:
                    if type(doc) is not dict:
                        doc = tbl[key] = as_dict(doc)  # still in the file (``catalog_lines``)
                    apply_patch(doc, patch)


class JournalWriter:
    """The writer's end of the journal: appends fsynced lines from the last good one."""

    def __init__(self, catalog: Path, end: int) -> None:
        self.path = journal_path(catalog)
        self._fh: Any = None
        self.size = end
        self._end = end

    def _open(self) -> Any:
        if self._fh is None:
            try:
                fd = open_regular(self.path, os.O_RDWR | os.O_CREAT, 0o644)
            except OSError as exc:
                if exc.errno not in READ_ONLY_ERRNOS:
                    raise
                reason = (exc.strerror or "permission denied").lower()
                raise StoreReadOnly(
                    f"{safe_path(self.path)}: cannot write (read-only: {reason})"
                ) from None
            fh = os.fdopen(fd, "r+b")
            fsync_dir(self.path.parent)  # the journal may be new: its name must last too
            if os.fstat(fd).st_size != self._end:
                fh.truncate(self._end)  # the torn line of a writer killed mid-commit
            fh.seek(self._end)
            self._fh = fh
        return self._fh

    def append_line(self, line: bytes) -> None:
        """Write an entry's line (``Entry.encode``) and fsync it: the commit point."""
        fh = self._open()
        try:
            fh.write(line)
            fh.flush()
            os.fsync(fh.fileno())
        except OSError:
            # the system refused (a full disk): whatever reached the file is not a commit;
            # cut it so the last commit stays the last line. An interruption (Ctrl-C, a
            # signal) is left alone: a whole line is a commit readers may have seen, a cut
            # one is a torn tail every reader ignores and the next writer drops.
            try:
                fh.seek(self._end)
                fh.truncate(self._end)
            except OSError:
                pass
            raise
        self._end += len(line)
        self.size = self._end

    def reset(self) -> None:
        """Remove the journal (after a compaction wrote the new base, which holds every line
        of it: were the removal lost, those lines would be skipped as stale)."""
        self.close()
        try:
            os.unlink(self.path)
        except FileNotFoundError:
            pass
        fsync_dir(self.path.parent)
        self._end = self.size = 0

    def close(self) -> None:
        if self._fh is not None:
            self._fh.close()
            self._fh = None
