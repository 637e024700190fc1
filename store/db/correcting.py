"""The store's side of corrections: making one, undoing and redoing, and replaying the log.

``Correcting`` is mixed into ``Store``: every method runs under the writer lock and ends in
one commit, so a correction, its log entry and every record it changes are durable together
or not at all. The records a store holds are always extraction with the active log applied:
after an ingest the log is applied again to what the new articles added (idempotently: what
already holds stays), and after a rebuild (a replaced article, an undo) to the freshly
extracted records. Undo marks the newest active entry undone and puts back the records it
changed as they were (its ``UndoImage``, ``store/db/undo_images.py``), or rebuilds when that
image is gone or stale (something else was committed since), so the store is as if it had
never been made; a new correction drops the undone entries (the redo steps).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from store.db.catalog import Batch
from store.db.corrections import apply, prepare, problem_lines
from store.db.fold import Workspace
from store.db.refind import Finder
from store.db.schema import ACTORS, AGREEMENTS, ARTICLES, CORRECTIONS, UNDO, mentions_to_list
from store.db.undo_images import (
    STATE,
    UndoImage,
    footprint,
    image_of,
    kept_chain,
    restore,
    state_of,
    stored_images,
    undo_batch,
    untouched_since,
)
from store.records import Actor, Agreement, Correction, CorrectionEntry
from store.resolve.resolver import Resolver


@dataclass(frozen=True, slots=True)
class Corrected:
    """What ``Store.correct`` did: the log entry, and the ids it made, changed and removed."""

    entry: CorrectionEntry
    made: tuple[str, ...]
    changed: tuple[str, ...]
    removed: tuple[str, ...]


def now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class Correcting:
    """Corrections for ``Store`` (see the module docstring)."""

    def _log_staging(self) -> None:
        self._log_dirty: set[int] = set()
        self._log_removed: list[int] = []
        self.correction_problems: list[str] = problem_lines(self._log)
        self._undo_put: list[UndoImage] = []  # images (or the state document) to write
        self._undo_state: int | None = None  # whose records the next commit leaves, if older
        self._undo_touch = False  # whether the next commit rewrites the undo table
        self.last_undo = ""  # how the last undo was made: "image", "rebuild" or "" (no record)

    def correct(self, correction: Correction) -> Corrected:
        """Check, apply and log ``correction``, in one commit; CorrectionError when it cannot
        be made as asked (nothing changes then)."""
        self._require_write()
        clean = self._clean()
        ws = self._workspace()
        correction, refs = prepare(correction, ws)
        before = footprint(ws, [(r.table, r.id) for r in refs]) if clean else None
        for entry in [e for e in self._log if e.state == "undone"]:  # the redo steps go
            self._log.remove(entry)
            self._log_removed.append(entry.seq)
            self._log_dirty.discard(entry.seq)
        seq = max((e.seq for e in self._log), default=0) + 1
        entry = CorrectionEntry(seq, now(), correction, refs=refs)
        try:
            apply(entry, ws, Finder(ws))
            self._log.append(entry)
            self._log_dirty.add(entry.seq)
            self._settle(ws)
        except BaseException as exc:  # records half changed: this store commits no more
            self._failed = " ".join(str(exc).split())[:200] or type(exc).__name__
            raise
        self._keep_image(entry, before)
        self.commit(force=True)
        return Corrected(
            entry,
            entry.made,
            tuple(sorted(i for _, i in ws.touched)),
            tuple(sorted(i for _, i in ws.removed)),
        )

    def undo(self) -> CorrectionEntry | None:
        """Take back the newest active correction (None when there is none), in one commit:
        its records put back from its image, else rebuilt from extraction with the rest of
        the log (``last_undo`` says which)."""
        self._require_write()
        active = [e for e in self._log if e.state == "active"]
        if not active:
            return None
        entry = active[-1]
        images = stored_images(self._catalog)
        image = images.get(str(entry.seq))
        clean = self._clean()
        entry.state = "undone"
        self._log_dirty.add(entry.seq)
        self._undo_touch = True
        self.last_undo = ""  # a dismiss changed no record: nothing to put back
        state = state_of(images, self.generation)
        exact = image is not None and image.valid_at == state  # nothing committed since
        moved = (
            image is not None
            and state == self.generation
            and untouched_since(image, self._catalog, state)
        )
        if clean and image is not None and (exact or moved):
            tables = {ARTICLES: self._articles, ACTORS: self._actors, AGREEMENTS: self._agreements}
            restore(image, tables, self._staged)
            if exact:  # the store is again as it was at the generation before the correction
                self._undo_state = image.restores
                self._undo_put = [UndoImage(STATE, self.generation + 1, image.restores)]
            self._resolver_index, self._ids_alloc = None, None  # names and ids moved back
            self._invalidate()
            self.last_undo = "image"
        elif entry.correction.op != "dismiss":
            self._staged.needs_rebuild = True
            self.last_undo = "rebuild"
        self.commit(force=True)
        return entry

    def redo(self) -> CorrectionEntry | None:
        """Make the oldest undone correction again (None when there is none), in one commit."""
        self._require_write()
        undone = [e for e in self._log if e.state == "undone"]
        if not undone:
            return None
        clean = self._clean()
        entry = undone[0]
        entry.state = "active"
        ws = self._workspace()
        finder = Finder(ws)
        ids = [(r.table, finder.find(r) or r.id) for r in entry.refs]
        before = footprint(ws, [*ids, *((r.table, r.id) for r in entry.refs)]) if clean else None
        apply(entry, ws, finder)
        self._log_dirty.add(entry.seq)
        self._settle(ws)
        self._keep_image(entry, before)
        self.commit(force=True)
        return entry

    def rebuild(self) -> None:
        """Recompute every record from extraction and apply the whole active log again, in
        one commit: what every ingest of a changed file does, and the reference a correction
        made directly on the records it touches must equal."""
        self._require_write()
        self._staged.needs_rebuild = True
        self._undo_touch = True
        self.commit(force=True)

    def adopt_log(self, entries: list[CorrectionEntry]) -> None:
        """Take ``entries`` as this store's log (a repaired copy keeps the original's); the
        next commit writes them and, when it adds articles, applies the active ones."""
        self._require_write()
        for entry in self._log:
            self._log_removed.append(entry.seq)
        self._log = sorted(entries, key=lambda e: e.seq)
        self._log_dirty = {e.seq for e in self._log}

    # --- the hooks the commit calls --------------------------------------------------------

    def _replay(self) -> None:
        """Apply every active correction again (after an ingest or a rebuild); an entry whose
        target is gone gets its ``problem``, and a line in ``correction_problems``."""
        active = [e for e in self._log if e.state == "active"]
        if not active:
            return
        ws = self._workspace()
        finder = Finder(ws)
        for entry in active:
            before = (entry.problem, entry.made, entry.correction.targets)
            try:
                apply(entry, ws, finder)
            except Exception as exc:  # a bug must not stop an ingest: the entry says so
                entry.problem = f"could not be applied ({type(exc).__name__}: {exc})"[:300]
            if (entry.problem, entry.made, entry.correction.targets) != before:
                self._log_dirty.add(entry.seq)
        self._settle(ws)

    def _log_batches(self) -> dict[str, Batch]:
        """The corrections table's part of the next catalog write, and the undo table's."""
        batches = {CORRECTIONS: self._log_batch()}
        if self._undo_touch:
            images = stored_images(self._catalog)
            state = self._undo_state if self._undo_state is not None else self.generation + 1
            future = {**images, **{i.id: i for i in self._undo_put}}
            keep = kept_chain(future, self._log, state)
            batches[UNDO] = undo_batch(self._catalog, images, self._undo_put, keep)
        return batches

    def _log_batch(self) -> Batch:
        """The corrections table's part of the next catalog write."""
        by_seq = {e.seq: e for e in self._log}
        batch = Batch()
        for seq in self._log_removed:
            if seq not in by_seq:
                batch.removed.append(str(seq))
        for seq in sorted(self._log_dirty):
            entry = by_seq.get(seq)
            if entry is not None:
                stored = self._catalog.stored(CORRECTIONS, entry.id)
                (batch.changed if stored else batch.new).append(entry)
        return batch

    def _log_committed(self) -> None:
        self._log_dirty.clear()
        self._log_removed.clear()
        self._undo_put, self._undo_state, self._undo_touch = [], None, False
        self.correction_problems = problem_lines(self._log)

    def _previous_ids(self) -> Resolver:
        """The name index a rebuild takes its id suggestions from: the records now, after
        the records the log's targets were (merged, deleted or renamed since), so an entity
        gets back the id it had before a correction that is being undone, not its merger's."""
        ghosts = {}
        for entry in self._log:
            for ref in entry.refs:
                if ref.id not in self._actors and ref.id not in self._agreements:
                    ghosts.setdefault(ref.id, ref)
        resolver = Resolver()
        for ref in ghosts.values():
            if ref.table == ACTORS:
                resolver.add_actor(Actor(ref.id, ref.kind, ref.name, list(ref.aliases)))  # type: ignore[arg-type]
            else:
                resolver.add_agreement(Agreement(ref.id, ref.name, aliases=list(ref.aliases)))
        for actor in self._actors.values():
            resolver.add_actor(actor)
        for agreement in self._agreements.values():
            resolver.add_agreement(agreement)
        return resolver

    # --- undo images ---------------------------------------------------------------------

    def _clean(self) -> bool:
        """Whether the records are the committed ones (an image is taken only then)."""
        return not self.pending and not self._staged.needs_rebuild

    def _keep_image(self, entry: CorrectionEntry, before: dict[str, Any] | None) -> None:
        """Stage the image that undoes ``entry`` from the documents ``before`` it (its
        footprint; None when the records were not the committed ones)."""
        self._undo_touch = True
        if before is None:
            return
        state = state_of(stored_images(self._catalog), self.generation)
        image = image_of(before, self._catalog, self._staged, entry.seq, self.generation + 1, state)
        self._undo_put = [image] if image is not None else []

    # --- the records as a workspace ------------------------------------------------------

    def _workspace(self) -> Workspace:
        return Workspace(self._actors, self._agreements, self._articles, self.body, self.new_id)

    def _settle(self, ws: Workspace) -> None:
        """Stage what a correction changed: new body lines for rewritten mentions, then the
        articles, actors and agreements it touched or removed."""
        bodies = self._require_write()
        staged = self._staged
        if not (ws.touched or ws.removed or ws.dirty_mentions or ws.linked):
            return  # nothing changed: the name index and sorted views stay
        for article_id in sorted(ws.dirty_mentions):
            meta = self._articles[article_id]
            record = bodies.read(*meta.body)
            record["body"]["mentions"] = mentions_to_list(ws.mentions[article_id])
            meta.body = bodies.append(record)
            meta.relink = {}  # the new line holds the mentions as they are now
            staged.changed_article(article_id)
        for article_id in ws.linked:
            staged.changed_article(article_id)
        staged.removed = [r for r in staged.removed if r not in ws.touched]
        for table, id in ws.touched:
            (staged.dirty_actors if table == ACTORS else staged.dirty_agreements).add(id)
        for table, id in ws.removed:
            (staged.dirty_actors if table == ACTORS else staged.dirty_agreements).discard(id)
            staged.removed.append((table, id))
        self._resolver_index = None  # names moved: the index is rebuilt on next use
        self._invalidate()
