"""``Store``: the one API every reader and writer of a pactscope store goes through.

A store at ``PATH`` is the TinyDB catalog (``PATH``), the body segment (``PATH.bodies``), the
search index (``PATH.index/``) and, while written, the lock (``PATH.lock``); see
docs/architecture.md. The whole catalog is held in memory as records; writes are staged by
``add`` and made durable by ``commit`` (bodies fsynced first, then the atomic catalog write).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from datetime import UTC, datetime
from itertools import chain
from pathlib import Path
from types import TracebackType

from store.db import leftovers, upgrades, verified
from store.db.bodies import BodySegment, refuse_orphan_segment
from store.db.catalog import Catalog
from store.db.correcting import Correcting
from store.db.encoding import EncodedArticle, encode_article, segment_parts
from store.db.integrity import damaged_bodies, dangling, refuse_damage
from store.db.json_storage import peek_empty
from store.db.lazy_records import LazyRecords, ReadOnlyRecords
from store.db.linking import IdAllocator, link_article, relink_all
from store.db.lists import ListKeeper
from store.db.lock import WriterLock
from store.db.names_file import Stamp, load_names, save_names
from store.db.read_store import ReadStore
from store.db.schema import (
    ACTORS,
    AGREEMENTS,
    JOURNAL_FROM,
    META,
    SCHEMA_VERSION,
    checksums_from,
)
from store.db.staging import Staging
from store.errors import StoreError, StoreReadOnly
from store.paths import bodies_path, lock_path, safe_path
from store.records import Actor, Agreement, Article, ArticleMeta, Extraction
from store.resolve.resolver import Resolver


class Store(Correcting, ReadStore):
    """An open store: the reads of ``ReadStore``, the writer lock and the write path, and
    corrections (``Correcting``: correct, undo, redo, and the log replayed on every commit)."""

    def __init__(self, path: Path, *, write: bool, lock: WriterLock | None, lazy: bool = False) -> None:
        self._lock = lock
        self._failed: str | None = None
        super().__init__(path, write=write, lazy=lazy)
        self.notices: list[str] = []  # what opening did that the user should hear of
        self._opened_at = self.generation
        if write and self._signature is None:
            self._create()
        self._names_trusted = True  # the saved name index, when its stamp is the store's
        self.defer_names = False  # set while commits with more to follow need not save it
        self._names_due = False
        if write and not verified.unchanged(path):
            # never build on damage: the next ingest would fail further from the cause
            self._refuse_damage(self._meta["bodies_length"])
            self._names_trusted = False  # changed behind the writers' backs: build it again
        self._lists = ListKeeper(path)
        if write:
            self._upgrade()
        self._open_bodies()
        if write:
            verified.remember(path)

    def _upgrade(self) -> None:
        """A store of an older schema or layout rewritten once, and a commit a killed writer
        left cut short dropped, each said in ``notices`` (``upgrades.py``)."""
        self.notices.extend(upgrades.torn(self.path, self._catalog.replay.torn))
        self.notices.extend(upgrades.names(self.path, self._names_stamp()) if self._names_trusted else [])
        self.notices.extend(upgrades.keys(self.path, self._catalog.storage.save_keys))  # checked: saved
        old = int(self._meta.get("schema", SCHEMA_VERSION))
        in_lines = self._catalog.storage.in_lines
        if old >= JOURNAL_FROM and in_lines:
            return
        if old < JOURNAL_FROM:
            self._meta = dict(self._meta, schema=SCHEMA_VERSION, checksums_from=checksums_from(self._meta))
            self._catalog.storage.data[META] = {str(self._catalog.meta_doc): dict(self._meta)}
        self._rewrite_base()
        self.notices.append(upgrades.rewritten(self.path, old, in_lines))

    def changed_since(self, generation: int) -> set[str] | None:
        """The ids of every record written or removed since ``generation`` (what an index of
        that generation must look at again); None when this writer cannot tell (it opened
        the store at another generation)."""
        if generation < self._opened_at:
            return None
        found: set[str] = set()
        for at, ids in self._catalog.touched.items():
            if at > generation:
                found |= ids
        return found

    def compact(self) -> None:
        """Fold the journal into a new base catalog now (``pactscope compact``)."""
        self._require_write()
        self._rewrite_base()
        verified.remember(self.path)

    def _rewrite_base(self) -> None:
        """The catalog written whole as the new base, the list file stamped for it."""
        listed = self._lists.changed(self.generation, {})  # the list lines, when at hand
        self._catalog.compact()
        self._signature = self._catalog.signature
        self._lists.write(self.generation, self._articles, self._actors, listed)

    def _create(self) -> None:
        """Write the empty catalog of a new store before any body byte.

        So a body segment without a catalog always means the catalog was lost, and its
        articles are kept for ``doctor --repair`` instead of being truncated away.
        """
        refuse_orphan_segment(bodies_path(self.path), self.path)
        self._catalog.storage.commit()
        self._signature = self._catalog.signature

    # --- opening and closing -----------------------------------------------------------

    @classmethod
    def open(cls, path: Path, *, write: bool = False, wait: float = 10.0, lazy: bool = False) -> Store:
        """Open the store at ``path``; ``write=True`` takes the writer lock first; ``lazy``
        (a reader) reads each record from its catalog line when asked for (``ReadStore``).

        A missing store opens empty (a writer creates its empty catalog at once). A store that
        cannot be read raises StoreCorrupt / StoreVersion and is left untouched.
        """
        path = Path(path)
        lock = None
        if write:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                reason = (exc.strerror or type(exc).__name__).lower()
                raise StoreReadOnly(
                    f"{safe_path(path.parent)}: cannot create the store folder ({reason})"
                ) from None
            if path.exists() and not os.access(path, os.R_OK):
                raise StoreError(f"{safe_path(path)}: cannot read the store (permission denied)")
            if path.exists() and not os.access(path, os.W_OK):
                raise StoreReadOnly(f"{safe_path(path)}: the store file is read-only")
            lock = WriterLock.acquire(lock_path(path), wait)
        try:
            if lock is not None:
                leftovers.clean(path)  # what killed writers left; ours alone can write now
            return cls(path, write=write, lock=lock, lazy=lazy)
        except BaseException:
            if lock is not None:
                lock.release()
            raise

    @classmethod
    def is_empty(cls, path: Path) -> bool:
        """Whether the store at ``path`` holds no article, without loading it.

        The catalog's first bytes answer (see ``peek_empty``); a catalog of another shape
        is opened in full, which raises StoreCorrupt / StoreVersion when it is damaged.
        """
        answer = peek_empty(Path(path))
        if answer is None:
            with cls.open(path) as store:
                return not store.article_ids()
        return answer

    def close(self) -> None:
        """Release the lock, files and records; anything staged and not committed is dropped."""
        try:
            super().close()
        finally:
            if self._lock is not None:
                self._lock.release()
                self._lock = None

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def _load(self, catalog: Catalog | None = None) -> None:
        super()._load(catalog)
        # What only a writer needs is built on first use, so readers open faster.
        self._by_file_map: dict[str, str] | None = None
        self._resolver_index: Resolver | None = None
        self._ids_alloc: IdAllocator | None = None
        self._staged = Staging()
        self._log_staging()

    def _refuse_damage(self, committed: int) -> None:
        found = chain(
            self._duplicates,
            dangling(self._articles, self._actors, self._agreements),
            damaged_bodies(
                bodies_path(self.path),
                self._articles.values(),
                committed,
                min(checksums_from(self._meta), committed),
            ),
        )
        refuse_damage(self.path, found)

    # --- writes --------------------------------------------------------------------------

    def _require_write(self) -> BodySegment:
        if not self.writable or self._bodies is None:
            raise StoreReadOnly(f"{safe_path(self.path)}: the store is open read-only")
        return self._bodies

    @property
    def pending(self) -> int:
        """How many changes are staged and not yet committed."""
        return self._staged.pending

    def add(self, article: Article, extraction: Extraction) -> None:
        """Resolve the article's hits onto store-wide records and stage it.

        An article already stored (same id) changes nothing. A new version of a file already
        stored replaces the old one: its entities are rebuilt from every article's stored
        extraction at the next commit.
        """
        self.add_encoded(encode_article(article, extraction), extraction)

    def add_encoded(self, encoded: EncodedArticle, extraction: Extraction) -> None:
        """``add`` for an article whose body is already JSON (the ingest's workers make it so:
        the body goes to the segment without being decoded here)."""
        bodies = self._require_write()
        header = encoded.header
        article_id, file = header["id"], header["file"]
        if article_id in self._articles:
            return
        old = self._by_file.get(file)
        if old is not None and old != article_id:
            self._remove_article(old)
        self._invalidate()
        link = link_article(self, article_id, extraction)
        offset, length = bodies.append_parts(segment_parts(encoded, link.rows))
        meta = ArticleMeta(
            id=article_id,
            file=file,
            title=header["title"],
            dateline=header["dateline"],
            byline=header["byline"],
            published=header["published"],
            source=header["source"],
            ingested=datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
            body=(offset, length),
            sentences=encoded.sentences,
            actors=link.actors,
            agreements=link.agreements,
            label=header.get("label") or "",
            url=header.get("url"),
        )
        self._articles[article_id] = meta
        self._order.append(article_id)
        self._by_file[file] = article_id
        self._staged.new_articles[article_id] = None

    def _remove_article(self, article_id: str) -> None:
        meta = self._articles.pop(article_id)
        self._order.remove(article_id)
        if self._by_file.get(meta.file) == article_id:
            del self._by_file[meta.file]
        self._staged.drop_article(article_id)
        self._staged.needs_rebuild = True

    # what linking.link_article reads and writes (its LinkTarget) ------------------------------------------------------

    @property
    def resolver(self) -> Resolver:
        if self._resolver_index is None:
            # nothing staged: the records are those committed at this stamp, so the index the
            # writer of that commit saved is theirs (``names_file``); else built from them
            trusted = self._names_trusted and not self.pending
            saved = load_names(self.path, self._names_stamp()) if trusted else None
            self._resolver_index = saved or Resolver(
                self._actors.values(), self._agreements.values()
            )
        return self._resolver_index

    def _names_stamp(self) -> Stamp:
        return (self.generation, int(self._meta["bodies_length"]))

    @property
    def _by_file(self) -> dict[str, str]:
        if self._by_file_map is None:  # a writer's: read from the documents, making no record
            articles: LazyRecords = self._articles  # type: ignore[assignment]
            self._by_file_map = articles.inverse("file", self._catalog.storage.files)
        return self._by_file_map

    def entity_maps(self) -> tuple[Mapping[str, Actor], Mapping[str, Agreement]]:
        """Actors and agreements by id, read-only, each made only when read (``field``)."""
        return ReadOnlyRecords(self._actors), ReadOnlyRecords(self._agreements)

    def new_id(self, prefix: str, name: str, preferred: str | None = None) -> str:
        if self._ids_alloc is None:
            self._ids_alloc = IdAllocator([*self._actors, *self._agreements])
        return self._ids_alloc.allocate(prefix, name, preferred)

    def put_actor(self, actor: Actor, *, renamed: bool = True) -> None:
        """Stage a new or changed actor; ``renamed`` when its names changed (re-index them)."""
        self._actors[actor.id] = actor
        self._staged.dirty_actors.add(actor.id)
        if renamed:
            self.resolver.add_actor(actor)

    def put_agreement(self, agreement: Agreement, *, renamed: bool = True) -> None:
        """Stage a new or changed agreement; ``renamed`` when its names changed."""
        self._agreements[agreement.id] = agreement
        self._staged.dirty_agreements.add(agreement.id)
        if renamed:
            self.resolver.add_agreement(agreement)

    # --- rebuilding after a replacement -------------------------------------------------

    def _rebuild(self) -> None:
        """Recompute every actor and agreement from the stored extractions (``relink_all``)
        and stage what changed: re-linked articles, every entity, the ids that went."""
        bodies = self._require_write()
        old = self._previous_ids()  # the records' names, and those corrections changed
        old_ids = {(ACTORS, a) for a in self._actors} | {(AGREEMENTS, g) for g in self._agreements}
        self._actors, self._agreements = {}, {}
        self._resolver_index = Resolver()
        self._ids_alloc = IdAllocator(())
        staged = self._staged
        for article_id in relink_all(self, bodies, old):
            staged.changed_article(article_id)
        self._replay()  # corrections outrank extraction
        new_ids = {(ACTORS, a) for a in self._actors} | {(AGREEMENTS, g) for g in self._agreements}
        staged.removed.extend(sorted(old_ids - new_ids))
        staged.dirty_actors = set(self._actors)
        staged.dirty_agreements = set(self._agreements)
        staged.needs_rebuild = False
        self._invalidate()

    # --- committing ------------------------------------------------------------------------

    def commit(self, *, force: bool = False) -> None:
        """Make staged changes durable: bodies fsync, then the atomic catalog write.

        With nothing staged this does nothing (the generation stays) unless ``force``.
        """
        bodies = self._require_write()
        if self._failed is not None:
            raise StoreError(
                f"{safe_path(self.path)}: an earlier commit failed ({self._failed}); "
                "reopen the store to go on"
            )
        if not self.pending and not force:
            return
        try:
            self._commit(bodies)
        except BaseException as exc:
            # The in-memory catalog may be half-applied: refuse further commits.
            self._failed = " ".join(str(exc).split())[:200] or type(exc).__name__
            raise

    def _commit(self, bodies: BodySegment) -> None:
        if self._staged.needs_rebuild:
            self._rebuild()
        elif self._staged.new_articles:
            self._replay()  # new articles meet the corrections already made
        length = bodies.sync()
        batches = self._staged.batches(self._catalog, self._articles, self._actors, self._agreements)
        batches.update(self._log_batches())  # the log, and the undo images (correcting.py)
        meta = dict(
            self._meta,
            schema=SCHEMA_VERSION,  # an older store is upgraded by its first commit
            checksums_from=bodies.checked_from,
            generation=self.generation + 1,
            bodies_length=length,
        )
        listed = self._lists.changed(self.generation, batches)
        self._catalog.write(batches, meta)
        self._meta = meta
        self.generation = meta["generation"]
        self._signature = self._catalog.signature
        self._staged = Staging()
        self._log_committed()
        verified.remember(self.path)  # what this writer wrote needs no check by the next
        self._lists.write(self.generation, self._articles, self._actors, listed)
        self._names_due = self._resolver_index is not None  # the next writer reads it
        if not self.defer_names:
            self.flush_names()

    def flush_names(self) -> None:
        """Save the name index the last commit left for later (``defer_names``), if any."""
        if self._names_due and self._resolver_index is not None and not self.pending:
            save_names(self.path, self._resolver_index, self._names_stamp())
        self._names_due = False
