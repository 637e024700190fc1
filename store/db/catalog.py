"""The catalog file as tables of documents: loading records, and writing a batch of changes.

``Catalog`` owns the ``AtomicJSONStorage`` and the mapping from record ids to document keys
(TinyDB's document ids: the file stays a TinyDB file). A batch (new, changed and removed
records per table, plus the new meta document) is applied to the tables in memory, key by
key as TinyDB would, and committed as one journal line, so a commit costs what it changed.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson

from store.db.catalog_lines import RAW_TABLES, Parses, Patched, as_dict
from store.db.doc_table import ID_OF, Doc, DocTable, Held, IdMap, in_key_order, largest_key
from store.db.journal import (
    COMPACT_MIN,
    COMPACT_SHARE,
    Entry,
    JournalGap,
    JournalWriter,
    Replay,
    apply_or_refuse,
    diff_doc,
    journal_path,
    journal_size,
    read_journal,
)
from store.db.json_storage import AtomicJSONStorage, check_meta
from store.db.lazy_records import LazyRecords
from store.db.lean_replay import replay_lean
from store.db.schema import (
    ACTORS,
    AGREEMENTS,
    ARTICLES,
    CORRECTIONS,
    META,
    UNDO,
    actor_from_dict,
    actor_to_dict,
    agreement_from_dict,
    agreement_to_dict,
    entry_from_dict,
    entry_to_dict,
    meta_from_dict,
    meta_to_dict,
)
from store.errors import StoreCorrupt, StoreError
from store.paths import safe_path
from store.records import Actor, Agreement, ArticleMeta, CorrectionEntry

TO_DICT: dict[str, Callable[[Any], dict[str, Any]]] = {
    ARTICLES: meta_to_dict,
    ACTORS: actor_to_dict,
    AGREEMENTS: agreement_to_dict,
    CORRECTIONS: entry_to_dict,
    UNDO: lambda image: {f: getattr(image, f) for f in image.__slots__},  # an UndoImage (undo_images.py)
}

PATCHED = frozenset({ARTICLES, ACTORS, AGREEMENTS})
"""Tables whose changed records are journaled as what changed (``journal.diff_doc``): their
records never share a container with the stored documents (``schema``), so the stored
document is the record as last committed. Any other table's records are journaled whole."""


@dataclass(slots=True)
class Loaded:
    """Every record of a catalog; articles in the order they were ingested."""

    meta: dict[str, Any]
    articles: dict[str, ArticleMeta] = field(default_factory=dict)
    actors: dict[str, Actor] = field(default_factory=dict)
    agreements: dict[str, Agreement] = field(default_factory=dict)
    duplicates: list[str] = field(default_factory=list)  # "<table> id X appears twice"
    corrections: list[CorrectionEntry] = field(default_factory=list)  # the log, oldest first


@dataclass(slots=True)
class Batch:
    """Changes to one table: records to insert, records to replace, ids to remove."""

    new: list[Any] = field(default_factory=list)
    changed: list[Any] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)


LARGE_BASE = 1 << 26
LARGE_SHARE = 1 / 16
"""A base this large (20k articles) is compacted at LARGE_SHARE of journal: every open applies it."""

KEPT_BYTES = 1 << 23
"""Stored bytes of the documents a writer keeps parsed from reading their records until its
next commit diffs them (``catalog_lines.Parses``); KEPT: the tables whose records copy every
container of their document (``schema``), so that parse stays the stored document."""
KEPT = frozenset({ACTORS, AGREEMENTS})

REREADS = 3
"""Times a reader reads base and journal again when a compaction moved them between its two
reads (a journal that does not follow on from the base it read)."""


class Catalog:
    """The TinyDB view of one catalog: the base file with the journal's commits applied."""

    def __init__(
        self, path: Path, storage: AtomicJSONStorage | None = None, *, lazy: bool = False,
        lean: bool = False,
    ) -> None:
        self.path = path
        self._lean = lean  # a lazy reader: the journal's documents kept as bytes (lean_replay)
        self._next_key: dict[str, int] = {}  # per table, as TinyDB numbers new documents
        for attempt in range(REREADS):
            self.storage = storage or AtomicJSONStorage(path, lazy=lazy, lean=lean)
            try:
                self.replay = self._replay()
                break
            except JournalGap:
                if attempt == REREADS - 1:
                    raise
                storage = None
        self._keys: dict[str, dict[str, str]] = {}  # per table, record id -> document key
        self._meta_doc = 1
        self._journal: JournalWriter | None = None
        self.touched: dict[int, set[str]] = {}  # generation -> ids its commit wrote or removed
        self._parses: Parses | None = Parses(KEPT_BYTES)  # None: a reader (``forget``)

    def _replay(self) -> Replay:
        """Apply the journal's commits to the base just read."""
        data = self.storage.data
        if self.storage.signature is None:  # no base: a new store, unless commits are there
            if journal_size(self.path):
                raise StoreCorrupt(
                    f"{safe_path(self.path)}: the catalog is missing but "
                    f"{safe_path(journal_path(self.path))} holds commits; run 'pactscope doctor'"
                )
            return Replay([], 0, 0)
        meta = next(iter(data[META].values()))
        if self._lean and self.storage.ids is not None:
            replay = replay_lean(data, self.path, int(meta["generation"]), self.storage.ids)
            check_meta(data, self.path, docs=False)
            return replay
        replay = read_journal(self.path, int(meta["generation"]))
        if replay.entries:
            apply_or_refuse(data, replay.entries, self.path, self.storage.ids, self._next_key)
            check_meta(data, self.path, docs=self.storage.ids is None)  # (puts are documents)
        return replay

    @property
    def meta_doc(self) -> int:
        """The document key of the meta document (known after ``load``)."""
        return self._meta_doc

    @property
    def signature(self) -> tuple[int, ...] | None:
        """What changes with every commit: the base file's identity and the journal's size."""
        base = self.storage.signature
        return None if base is None else (*base, self.replay.size)

    def compact(self) -> None:
        """Write everything as the new base, then remove the journal (see journal.py); a
        failure to write the base leaves the base and the journal as they were."""
        if self._parses is not None:
            self._parses = Parses(KEPT_BYTES)
        self.storage.commit()
        writer = self._journal or JournalWriter(self.path, self.replay.end)
        with contextlib.suppress(OSError):  # were it kept, its lines are skipped as stale
            writer.reset()
        self._journal = writer
        self.replay = Replay([], 0, 0)

    def close(self) -> None:
        if self._journal is not None:
            self._journal.close()
            self._journal = None

    def load(self, *, lazy: bool = False) -> Loaded:
        """All records; StoreCorrupt naming the file when one is damaged.

        Reads the documents straight from the parsed tables (TinyDB would copy each one into
        a ``Document`` first); the id -> document id map is what later writes go through.
        ``lazy`` (a writer, which keeps the documents): articles, actors and agreements are
        made from them when first read (``LazyRecords``), a damaged one raising StoreCorrupt then; of a
        catalog read in lines, their documents are bytes and their ids those of the lines.
        """
        data = self.storage.read()
        meta_key, meta = next(iter(data[META].items()))
        self._meta_doc = int(meta_key)
        loaded = Loaded(meta=dict(meta))
        log: dict[str, CorrectionEntry] = {}
        lines = self.storage.ids if lazy else None
        if lazy:
            loaded.articles = LazyRecords(self._checked(meta_from_dict))  # type: ignore[assignment]
            loaded.actors = LazyRecords(self._checked(actor_from_dict, ACTORS))  # type: ignore[assignment]
            loaded.agreements = LazyRecords(self._checked(agreement_from_dict, AGREEMENTS))  # type: ignore[assignment]
        if lines is not None:
            loaded.duplicates.extend(self.storage.duplicates)
        try:
            for table, convert, into in (
                (ARTICLES, meta_from_dict, loaded.articles),
                (ACTORS, actor_from_dict, loaded.actors),
                (AGREEMENTS, agreement_from_dict, loaded.agreements),
                (CORRECTIONS, entry_from_dict, log),
            ):
                docs = data.get(table, {})
                lazy_docs: dict[str, Any] | None = {} if isinstance(into, LazyRecords) else None
                known = lines.get(table) if lines is not None and table in RAW_TABLES else None
                if known is not None:  # in lines: ids known, documents parsed when read
                    if lazy_docs is not None and type(known) is IdMap and type(docs) is DocTable:
                        into.adopt(Held(known.snapshot(), docs, by_key=table == ARTICLES))  # type: ignore[union-attr]
                        self._keys[table] = known
                        continue
                    pairs = in_key_order(known) if table == ARTICLES else known.items()
                    if lazy_docs is not None:
                        into.adopt({id: docs[key] for id, key in pairs})  # type: ignore[union-attr]
                    else:
                        for id, key in pairs:
                            into[id] = convert(parsed(docs[key]))
                    self._keys[table] = known  # the lines' own map, kept up to date by writes
                    continue
                ids = self._keys.setdefault(table, {})
                keys = sorted(docs, key=int) if table == ARTICLES else docs
                seen = into if lazy_docs is None else lazy_docs
                for key in keys:
                    doc = docs[key]
                    if lazy_docs is not None:
                        id = doc["id"]
                        if type(id) is not str:
                            raise TypeError("an id that is not text")
                    else:
                        record = convert(doc)
                        id = record.id
                    if id in seen:
                        loaded.duplicates.append(f"{table} id {safe_path(id)[:80]} appears twice")
                    if lazy_docs is not None:
                        lazy_docs[id] = doc
                    else:
                        into[id] = record
                    ids[id] = key
                if lazy_docs is not None:
                    into.adopt(lazy_docs)  # type: ignore[union-attr]
            loaded.corrections = sorted(log.values(), key=lambda e: e.seq)
            for key, doc in data.get(UNDO, {}).items():  # read by the writer when it undoes
                self._keys.setdefault(UNDO, {})[str(doc["id"])] = key
        except (KeyError, TypeError, ValueError, AttributeError):
            raise StoreCorrupt(
                f"{safe_path(self.path)}: a catalog record is damaged; run 'pactscope doctor'"
            ) from None
        return loaded

    def _checked(self, convert: Callable[[dict[str, Any]], Any], table: str = "") -> Callable[[dict[str, Any]], Any]:
        """``convert``, a damaged document raising StoreCorrupt naming the catalog (the parse
        of a ``KEPT`` table's document in the file kept for the next commit)."""
        keep = table in KEPT

        def make(doc: dict[str, Any] | Doc) -> Any:
            try:
                found = parsed(doc)
                record = convert(found)
                if keep and self._parses is not None and type(doc) in (Doc, Patched):
                    self._parses.keep((table, record.id), doc, found)  # type: ignore[arg-type]
                return record
            except (KeyError, TypeError, ValueError, AttributeError):
                try:
                    found = ID_OF.match((doc.doc if type(doc) is Patched else doc).raw()) if type(doc) in (Doc, Patched) else None
                except (OSError, ValueError):
                    found = None
                which = f" (id {safe_path(found[1].decode(errors='replace'))[:80]})" if found else ""
                raise StoreCorrupt(
                    f"{safe_path(self.path)}: a catalog record is damaged{which}; "
                    "run 'pactscope doctor'"
                ) from None

        return make

    def forget(self) -> None:
        """Drop the parsed documents (a reader needs only the records ``load`` made)."""
        self.storage.write({})
        self.storage.dirty = False
        self._keys = {}
        self._parses = None

    def stored(self, table: str, id: str) -> bool:
        """Whether the record already has a document (so a write replaces it)."""
        return id in self._keys.get(table, ())

    def write(self, batches: dict[str, Batch], meta: dict[str, Any]) -> None:
        """Apply the batches and the new meta document, then commit them: one journal line
        (the commit point), and a compaction when the journal has outgrown its share.

        New documents are encoded first: the line holds them whole, so when they alone pass
        the journal's room the commit compacts, and the changed records are neither diffed
        against their stored documents nor encoded into a line (a store built up from
        nothing compacts at nearly every commit); else their bytes go into the line as they are."""
        entry = Entry(int(meta["generation"]), meta)
        touched = self.touched.setdefault(entry.generation, set())
        data = self.storage.data
        if self._journal is None:
            self._journal = JournalWriter(self.path, self.replay.end)
        size = self.storage.size
        share = min(COMPACT_SHARE, LARGE_SHARE) if size >= LARGE_BASE else COMPACT_SHARE
        limit, least = max(COMPACT_MIN, share * size), self._journal.size  # least: the line's bytes
        encoded: dict[str, list[orjson.Fragment]] = {}  # each new document's bytes
        parses = self._parses or Parses(0)  # what was read since the last commit
        self._parses = Parses(KEPT_BYTES) if self._parses is not None else None
        for table, batch in batches.items():
            tbl, keys = data.setdefault(table, {}), self._keys.setdefault(table, {})
            for id in batch.removed:
                key = keys.pop(id, None)
                if key is not None:
                    tbl.pop(key, None)
            touched.update(batch.removed)
            touched.update(rec.id for rec in (*batch.changed, *batch.new))
            if batch.removed:
                entry.removed[table] = list(batch.removed)
            if batch.new:
                new = [TO_DICT[table](rec) for rec in batch.new]
                for rec, doc in zip(batch.new, new, strict=True):
                    key = keys[rec.id] = str(self._new_key(table, tbl))
                    tbl[key] = doc
                raw = [orjson.dumps(doc) for doc in new]
                least += sum(map(len, raw))
                encoded[table] = list(map(orjson.Fragment, raw))
        compacting = least > limit  # the new documents alone take the journal past its share
        for table, batch in batches.items():
            tbl, keys, to_dict = data[table], self._keys[table], TO_DICT[table]
            for rec in batch.changed:
                doc = to_dict(rec)
                key = keys[rec.id]
                if not compacting:  # what changed since it was stored, before it is replaced
                    old = tbl.get(key)
                    old = parses.as_dict((table, rec.id), old) if table in PATCHED and old is not None else None
                    patch = diff_doc(old, doc) if isinstance(old, dict) else None
                    if patch is None:
                        entry.put.setdefault(table, []).append(doc)
                    else:
                        entry.patch.setdefault(table, []).append(patch)
                tbl[key] = doc
            if table in encoded:
                entry.put.setdefault(table, []).extend(encoded[table])
        data[META] = {str(self._meta_doc): meta}
        line = b"" if compacting else entry.encode()
        del entry, encoded, parses
        if compacting or self._journal.size + len(line) > limit:
            # A commit as large as a good share of the store (a store built up from nothing)
            # is written as the new base at once (the atomic rename is then its commit point)
            # rather than as a line the next commit would fold in anyway.
            del line
            self.compact()
            return
        try:
            self._journal.append_line(line)
        except OSError as exc:  # a full disk, a quota, an I/O error: the last commit stays
            reason = exc.strerror or str(exc) or type(exc).__name__
            raise StoreError(f"{safe_path(self.path)}: cannot write the store: {reason}") from None
        self.replay.size = self._journal.size

    def _new_key(self, table: str, docs: dict[str, Any]) -> int:
        """The key of a new document, as TinyDB numbers them: one past the largest key when the
        writer (or its replay of the journal) first touches the table, then counting on."""
        key = self._next_key.get(table)
        if key is None:
            key = largest_key(docs) + 1
        self._next_key[table] = key + 1
        return key


parsed = as_dict
