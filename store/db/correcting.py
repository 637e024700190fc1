"""The store's side of corrections: making one, undoing and redoing, and replaying the log.

``Correcting`` is mixed into ``Store``: every method runs under the writer lock and ends in
one commit, so a correction, its log entry and every record it changes are durable together
or not at all. The records a store holds are always extraction with the active log applied:
after an ingest the log is applied again to what the new articles added (idempotently: what
already holds stays), and after a rebuild (a replaced article, an undo) to the freshly
extracted records. Undo marks the newest active entry undone and rebuilds, so the store is as
if it had never been made; a new correction drops the undone entries (the redo steps).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from store.db.catalog import Batch
from store.db.corrections import apply, prepare, problem_lines
from store.db.fold import Workspace
from store.db.refind import Finder
from store.db.schema import ACTORS, CORRECTIONS, mentions_to_list
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

    def correct(self, correction: Correction) -> Corrected:
        """Check, apply and log ``correction``, in one commit; CorrectionError when it cannot
        be made as asked (nothing changes then)."""
        self._require_write()
        ws = self._workspace()
        correction, refs = prepare(correction, ws)
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
        self.commit(force=True)
        return Corrected(
            entry,
            entry.made,
            tuple(sorted(i for _, i in ws.touched)),
            tuple(sorted(i for _, i in ws.removed)),
        )

    def undo(self) -> CorrectionEntry | None:
        """Take back the newest active correction (None when there is none): the records are
        rebuilt from extraction with the rest of the log, in one commit."""
        self._require_write()
        active = [e for e in self._log if e.state == "active"]
        if not active:
            return None
        entry = active[-1]
        entry.state = "undone"
        self._log_dirty.add(entry.seq)
        if entry.correction.op != "dismiss":
            self._staged.needs_rebuild = True
        self.commit(force=True)
        return entry

    def redo(self) -> CorrectionEntry | None:
        """Make the oldest undone correction again (None when there is none), in one commit."""
        self._require_write()
        undone = [e for e in self._log if e.state == "undone"]
        if not undone:
            return None
        entry = undone[0]
        entry.state = "active"
        ws = self._workspace()
        apply(entry, ws, Finder(ws))
        self._log_dirty.add(entry.seq)
        self._settle(ws)
        self.commit(force=True)
        return entry

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
