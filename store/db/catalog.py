"""The catalog file as TinyDB tables: loading records, and writing a batch of changes.

``Catalog`` owns the TinyDB instance over an ``AtomicJSONStorage`` and the mapping from record
ids to TinyDB document ids. A batch (new, changed and removed records per table, plus the new
meta document) is applied with one TinyDB operation per kind of change and table, then
committed with one atomic file write, so a commit costs O(catalog), not O(catalog x batch).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tinydb import TinyDB

from store.db.json_storage import AtomicJSONStorage
from store.db.schema import (
    ACTORS,
    AGREEMENTS,
    ARTICLES,
    CORRECTIONS,
    META,
    actor_from_dict,
    actor_to_dict,
    agreement_from_dict,
    agreement_to_dict,
    entry_from_dict,
    entry_to_dict,
    meta_from_dict,
    meta_to_dict,
)
from store.errors import StoreCorrupt
from store.paths import safe_path
from store.records import Actor, Agreement, ArticleMeta, CorrectionEntry

TO_DICT: dict[str, Callable[[Any], dict[str, Any]]] = {
    ARTICLES: meta_to_dict,
    ACTORS: actor_to_dict,
    AGREEMENTS: agreement_to_dict,
    CORRECTIONS: entry_to_dict,
}


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


class Catalog:
    """The TinyDB view of one catalog file."""

    def __init__(self, path: Path, storage: AtomicJSONStorage | None = None) -> None:
        self.path = path
        self.storage = storage or AtomicJSONStorage(path)
        self._db = TinyDB(storage=lambda: self.storage)
        self._doc_ids: dict[tuple[str, str], int] = {}
        self._meta_doc = 1

    @property
    def signature(self) -> tuple[int, int, int] | None:
        return self.storage.signature

    def load(self) -> Loaded:
        """All records; StoreCorrupt naming the file when one is damaged.

        Reads the documents straight from the parsed tables (TinyDB would copy each one into
        a ``Document`` first); the id -> document id map is what later writes go through.
        """
        data = self.storage.read()
        meta_key, meta = next(iter(data[META].items()))
        self._meta_doc = int(meta_key)
        loaded = Loaded(meta=dict(meta))
        log: dict[str, CorrectionEntry] = {}
        try:
            for table, convert, into in (
                (ARTICLES, meta_from_dict, loaded.articles),
                (ACTORS, actor_from_dict, loaded.actors),
                (AGREEMENTS, agreement_from_dict, loaded.agreements),
                (CORRECTIONS, entry_from_dict, log),
            ):
                docs = data.get(table, {})
                keys = sorted(docs, key=int) if table == ARTICLES else docs
                ids = self._doc_ids
                for key in keys:
                    record = convert(docs[key])
                    if record.id in into:
                        loaded.duplicates.append(f"{table} id {safe_path(record.id)[:80]} appears twice")
                    into[record.id] = record
                    ids[(table, record.id)] = int(key)
            loaded.corrections = sorted(log.values(), key=lambda e: e.seq)
        except (KeyError, TypeError, ValueError, AttributeError):
            raise StoreCorrupt(
                f"{safe_path(self.path)}: a catalog record is damaged; run 'pactscope doctor'"
            ) from None
        return loaded

    def forget(self) -> None:
        """Drop the parsed documents (a reader needs only the records ``load`` made)."""
        self.storage.write({})
        self.storage.dirty = False
        self._doc_ids.clear()

    def stored(self, table: str, id: str) -> bool:
        """Whether the record already has a document (so a write replaces it)."""
        return (table, id) in self._doc_ids

    def write(self, batches: dict[str, Batch], meta: dict[str, Any]) -> None:
        """Apply the batches and the new meta document, then commit the file atomically."""
        for table, batch in batches.items():
            handle = self._table(table)
            gone = [
                self._doc_ids.pop((table, id))
                for id in batch.removed
                if (table, id) in self._doc_ids
            ]
            if gone:
                handle.remove(doc_ids=gone)
            to_dict = TO_DICT[table]
            if batch.changed:
                docs = {rec.id: to_dict(rec) for rec in batch.changed}
                handle.update(_replace(docs), doc_ids=[self._doc_ids[(table, id)] for id in docs])
            if batch.new:
                doc_ids = handle.insert_multiple(to_dict(rec) for rec in batch.new)
                for rec, doc_id in zip(batch.new, doc_ids, strict=True):
                    self._doc_ids[(table, rec.id)] = doc_id
        self._table(META).update(_replace({"": meta}, key=lambda doc: ""), doc_ids=[self._meta_doc])
        self.storage.commit()

    def _table(self, name: str) -> Any:
        return self._db.table(name, cache_size=0)


def _replace(
    docs: dict[str, dict[str, Any]], key: Callable[[dict[str, Any]], str] = lambda doc: doc["id"]
) -> Callable[[dict[str, Any]], None]:
    """A TinyDB update function that swaps each document's content for its new version."""

    def apply(doc: dict[str, Any]) -> None:
        new = docs[key(doc)]
        doc.clear()
        doc.update(new)

    return apply


@dataclass(slots=True)
class Staging:
    """What a writer changed since its last commit, by record id; ``batches`` turns it into
    the catalog write."""

    new_articles: dict[str, None] = field(default_factory=dict)  # in the order added
    dirty_articles: set[str] = field(default_factory=set)
    dirty_actors: set[str] = field(default_factory=set)
    dirty_agreements: set[str] = field(default_factory=set)
    removed: list[tuple[str, str]] = field(default_factory=list)  # (table, id) whose docs go
    needs_rebuild: bool = False

    @property
    def pending(self) -> int:
        return (
            len(self.new_articles)
            + len(self.dirty_articles)
            + len(self.removed)
            + len(self.dirty_actors)
            + len(self.dirty_agreements)
        )

    def drop_article(self, article_id: str) -> None:
        """The article goes: unstaged if it was new, else its document is removed."""
        if article_id in self.new_articles:
            del self.new_articles[article_id]
            return
        self.dirty_articles.discard(article_id)
        self.removed.append((ARTICLES, article_id))

    def changed_article(self, article_id: str) -> None:
        if article_id not in self.new_articles:
            self.dirty_articles.add(article_id)

    def batches(
        self,
        catalog: Catalog,
        articles: dict[str, ArticleMeta],
        actors: dict[str, Actor],
        agreements: dict[str, Agreement],
    ) -> dict[str, Batch]:
        """One batch per table, in the shape ``Catalog.write`` takes."""
        batches = {
            ARTICLES: Batch(
                new=[articles[i] for i in self.new_articles if i in articles],
                changed=[articles[i] for i in sorted(self.dirty_articles) if i in articles],
            ),
            ACTORS: split(actors, self.dirty_actors, ACTORS, catalog),
            AGREEMENTS: split(agreements, self.dirty_agreements, AGREEMENTS, catalog),
        }
        for table, id in self.removed:
            batches[table].removed.append(id)
        return batches


def split(records: dict[str, Any], dirty: Iterable[str], table: str, catalog: Catalog) -> Batch:
    """A batch for ``table``: dirty records that have a document are changed, others new."""
    batch = Batch()
    for id in sorted(dirty):
        record = records.get(id)
        if record is not None:
            (batch.changed if catalog.stored(table, id) else batch.new).append(record)
    return batch
