"""Opening and following the store for the explorer: the app's side (a mixin of ``PactscopeApp``).

The first open shows the lists from the list file (``store.db.lists``) as soon as it is read
and loads the search index of that generation, before the store opens; the store then
arrives from the same worker (``StoreLoaded``), opened lazily: each record is read from its
catalog line when a pane or view shows it, so memory follows the screen, not the store
(``store.db.read_records``), and a damaged line is one notification (``StoreDamaged``). Until they do, a jump to a view waits for
them (``hold``) and an article's read waits in its worker. A reload opens a new read-only
store and swaps it in under ``store_lock``, then closes the old one: the store the UI reads
never changes underneath it, a read in a worker thread (holding the lock) finishes on the store
it started with, and nothing of the old store outlives the swap.
"""

from __future__ import annotations

import gc
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from textual import work

from tui.messages import (
    IndexBuildEnded,
    IndexReady,
    ListsRead,
    Prepared,
    StoreDamaged,
    StoreFailed,
    StoreLoaded,
)
from tui.navigation import Location
from tui.safe import one_line

if TYPE_CHECKING:
    from store.db.lists import Lines
    from store.db.store import Store
    from tui.screens.main import MainScreen

def prepare(lines: Lines, sort_key: str) -> Prepared:
    """What the lists show of ``lines``, keyed and rowed (in the load worker)."""
    from tui.widgets.actor_list import prepare_actors
    from tui.widgets.article_list import prepare_articles

    articles = prepare_articles(lines.articles, sort_key)
    return Prepared(lines.generation, articles, prepare_actors(lines.actors))


LISTS_WAIT = 2.0
"""Seconds the load worker gives the UI thread to show the list file's lines before it goes on."""
ARRIVAL_POLL = 0.1
"""Seconds between looks, while a worker waits for the records, at whether the app still runs."""


class StoreLoader:
    """The workers that open, reload and index the store; ``PactscopeApp`` provides
    ``db_path``, ``main_screen``, ``go``, ``notify``, ``post_message``, ``call_from_thread``,
    ``refresh_bindings``, ``workers`` and ``after_load``."""

    db_path: Path
    main_screen: MainScreen
    store: Store | None
    search_index: Any
    store_lock: threading.RLock

    def _loader_init(self) -> None:
        self._indexing: dict[Store, int] = {}  # index builds still reading each store
        self._retired: list[Store] = []  # replaced stores closed once no build reads them
        self._seen_signature: tuple[int, ...] | None = None
        self.lists_generation: int | None = None
        """The generation the lists show (set when they are filled, before the records)."""
        self._index_generation: int | None = None
        self._held: Location | None = None  # a jump asked for before the records arrived
        self._arrived = threading.Event()  # the first open ended (records loaded, or failed)
        self._lists_shown = threading.Event()  # the list file's lines are in the panes

    # --- before the records arrive -----------------------------------------------------------

    def hold(self, location: Location) -> bool:
        """Keep a jump to a view until the records arrive; True when it was kept."""
        if self.store is not None or self._arrived.is_set():
            return False
        self._held = location
        return True

    def await_records(self) -> None:
        """In a worker thread: return once the first open ended (or the app is leaving)."""
        while not self._arrived.wait(ARRIVAL_POLL):
            if not getattr(self, "is_running", False):
                return

    def _release_held(self) -> None:
        self._arrived.set()
        held, self._held = self._held, None
        if held is not None and self.store is not None:
            self.go(held)  # type: ignore[attr-defined]

    def _swap_store(self, store: Store | None) -> None:
        """Make ``store`` the one the panes read and close the one it replaces.

        Under ``store_lock``: a worker thread's read (which holds it) ends on the old store
        before that store is closed, and no read sees the old store after the swap.
        """
        with self.store_lock:
            old, self.store = self.store, store
            if old is not None and old is not store:
                if self.search_index is not None and self.search_index.reads_store:
                    self.search_index = None  # its sentences come from the store closed here
                    self._index_generation = None
                if self._indexing.get(old):
                    self._retired.append(old)  # an index build reads it: closed when it ends
                else:
                    old.close()
            if store is None:  # the app is leaving: nothing will read them again
                while self._retired:
                    self._retired.pop().close()

    # --- workers -------------------------------------------------------------------------

    def _file_signature(self) -> tuple[int, ...] | None:
        from store.db.journal import store_signature  # the catalog and its journal

        return store_signature(self.db_path)

    @work(thread=True, exclusive=True, group="store")
    def _load(self, reloaded: bool, force: bool = True) -> None:
        """Open the store in a fresh read-only instance and hand it to the UI thread.

        The store the UI reads is never changed under it: a reload opens a new instance and
        the UI swaps it in. Polls (``force=False``) only look at the catalog file's signature
        and do nothing until it moves. The first open shows the list file's lines first.
        """
        from store.db.read_store import thaw_frozen
        from store.errors import StoreError

        signature = self._file_signature()
        if not force and signature == self._seen_signature:
            return
        current = self.store
        store: Store | None = None
        shown = self._lists_first() if current is None else None
        from store.db.store import Store  # after the lists: its imports take a tenth of them

        if current is not None:
            thaw_frozen()  # what the last load froze, the old store's garbage among it
        try:
            store = Store.open(self.db_path, write=False, lazy=True)  # records read when asked
            store.on_damage = self._damaged
            if not force and current is not None and store.generation == current.generation:
                store.close()  # nothing new: this copy is not needed
                self.call_from_thread(setattr, self, "_seen_signature", signature)
                return
            lists = None if shown == store.generation else prepare(
                self._lines_of(store), self._sort_key()
            )
        except (StoreError, OSError) as error:
            if store is not None:
                store.close()
            self.call_from_thread(setattr, self, "_seen_signature", signature)
            self.post_message(StoreFailed(one_line(error), quiet=not force))  # type: ignore[attr-defined]
            return
        self.post_message(StoreLoaded(store, signature, lists, reloaded))  # type: ignore[attr-defined]

    def _lines_of(self, store: Store) -> Lines:
        """What the lists show of ``store``: the list file when it is of the store's commit
        (a writer writes it after each), else made from the records, one at a time."""
        from store.db.lists import lines_of, read_lists, sort_lines

        found = read_lists(self.db_path)
        if found is not None and found.generation == store.generation:
            return found
        return sort_lines(lines_of(store.generation, store.each_article(), store.each_actor()))

    def _damaged(self, line: str) -> None:
        """A damaged catalog record the store met (it reads as missing): said in one line
        naming the file, the line and the record, from whichever thread read it (posted:
        a worker holding ``store_lock`` never waits for the UI thread)."""
        self.post_message(StoreDamaged(line))  # type: ignore[attr-defined]

    def _lists_first(self) -> int | None:
        """In the load worker: post the list file's lines and load the saved search index of
        their generation; the generation shown, or None when the file is not current."""
        from store.db.lists import read_lists
        from store.db.read_store import made_frozen

        # As for the records: the cyclic collector would rescan the lines again and again
        # while they are made (a third of the time at 50k).
        with made_frozen():
            lines = read_lists(self.db_path)
            lists = prepare(lines, self._sort_key()) if lines is not None else None
        if lines is None or lists is None:
            return None
        self._lists_shown.clear()
        self.post_message(ListsRead(lists))  # type: ignore[attr-defined]
        # Loading the index holds the interpreter for long stretches: let the UI thread
        # draw the lists first (a fraction of a second at most).
        self._lists_shown.wait(LISTS_WAIT)
        from store.search.upkeep import saved_index  # numpy: imported once the lists show

        try:
            index = saved_index(self.db_path, lines.generation)
        except Exception:  # a broken index is built again once the records are loaded
            index = None
        if index is not None:
            self.post_message(IndexReady(index, lines.generation))  # type: ignore[attr-defined]
        return lines.generation

    @work(thread=True, exclusive=True, group="index")
    def _build_index(self, store: Store) -> None:
        """Load (or build) the search index for ``store``; search works once it is ready."""
        from store.search.upkeep import index_for_store

        with self.store_lock:  # a build may read bodies: a reload keeps the store open till it ends
            if store.closed:
                return
            self._indexing[store] = self._indexing.get(store, 0) + 1
        try:
            index = index_for_store(store)
        except Exception as error:  # a broken index must not take the explorer down
            if store is self.store:  # else a reload replaced the store: its own index comes next
                self.post_message(StoreFailed(f"search index unavailable: {one_line(error)}"))  # type: ignore[attr-defined]
            return
        finally:
            self.post_message(IndexBuildEnded(store))  # type: ignore[attr-defined]
        self.post_message(IndexReady(index, store.generation))  # type: ignore[attr-defined]

    def _sort_key(self) -> str:
        """The Articles pane's order now, as a hint (read from a worker: a change meanwhile,
        or a pane not there yet, is met by ``ArticlePane.show_set`` sorting again)."""
        from tui.widgets.article_list import SORT_KEYS, ArticlePane

        try:
            return self.main_screen.query_one(ArticlePane).sort_key
        except Exception:  # noqa: BLE001 - the DOM changing under a worker's look
            return SORT_KEYS[0]

    def _poll(self) -> None:
        if not self._busy():
            self._load(reloaded=self.store is not None, force=False)

    def _busy(self) -> bool:
        workers: Any = self.workers
        return any(w.group == "store" and not w.is_finished for w in workers)

    # --- what the workers post ---------------------------------------------------------------

    def on_lists_read(self, message: ListsRead) -> None:
        if self.store is None:  # else the records came first (they cannot: one worker)
            self._fill_lists(message.lists)
        self._lists_shown.set()

    def _fill_lists(self, lists: Prepared) -> None:
        self.main_screen.fill_lists(lists.articles, lists.actors)
        self.lists_generation = lists.generation

    def on_store_loaded(self, message: StoreLoaded) -> None:
        self._swap_store(message.store)
        self._seen_signature = message.signature
        lists = message.lists
        if lists is not None:  # else the lists already show this generation
            self._fill_lists(lists)
            if message.reloaded:
                count = len(lists.articles.records)
                self.notify(f"Store reloaded: {count} articles.", timeout=3)  # type: ignore[attr-defined]
        self.main_screen.store_arrived()
        self.refresh_bindings()  # type: ignore[attr-defined]
        if self._index_generation != message.store.generation:
            self._build_index(message.store)
        self.after_load()  # type: ignore[attr-defined]
        self._release_held()  # after: a view opened now reads the new store when it mounts

    def on_store_failed(self, message: StoreFailed) -> None:
        if self.store is None:
            self.main_screen.show_error(message.reason)
            self._arrived.set()
            self._held = None
        if not message.quiet or self.store is None:
            self.notify(message.reason, title="Store", severity="error", markup=False)  # type: ignore[attr-defined]

    def on_store_damaged(self, message: StoreDamaged) -> None:
        self.notify(message.line, title="Store", severity="error", markup=False, timeout=10)  # type: ignore[attr-defined]

    def on_index_build_ended(self, message: IndexBuildEnded) -> None:
        store = message.store
        with self.store_lock:
            left = self._indexing.pop(store, 1) - 1
            if left:
                self._indexing[store] = left
            elif any(store is retired for retired in self._retired):
                self._retired = [r for r in self._retired if r is not store]
                store.close()

    def on_index_ready(self, message: IndexReady) -> None:
        now = self.store.generation if self.store is not None else self.lists_generation
        if message.generation == now:
            self.search_index = message.index
            self._index_generation = message.generation
            # The index is some hundred thousand long-lived objects: frozen like the store's
            # records, so the cyclic collector stops rescanning them while the reader moves
            # (a full collection was a pause of tens of ms on a keystroke); a reload thaws them.
            gc.freeze()
