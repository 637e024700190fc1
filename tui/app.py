"""The pactscope explorer: the app shell, jump history, and the workers that talk to the store.

The first screen paints at once; the store is opened read-only in a thread worker which posts
small messages back (harlequin style). A reload opens a new read-only store and swaps it in
under ``store_lock``, then closes the old one: the store the UI reads never changes underneath
it, a read in a worker thread (holding the lock) finishes on the store it started with, and
nothing of the old store outlives the swap. Every jump (list choice, mention,
search hit, evidence) goes through ``go`` and lands in the back/forward history.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from textual import work
from textual.actions import SkipAction
from textual.app import App
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.screen import ModalScreen, Screen
from textual.widgets import Input

from store.records import Actor, ArticleMeta, Body
from tui.navigation import History, Location
from tui.safe import one_line
from tui.screens.main import MainScreen

if TYPE_CHECKING:
    from store.db.store import Store

POLL_SECONDS = 2.0


FALLBACK_BINDINGS: list[BindingType] = [
    Binding("slash", "search", "Search"),
    Binding("question_mark", "help", "Help"),
    Binding("left_square_bracket,alt+left", "history_back", "Back"),
    Binding("right_square_bracket,alt+right", "history_forward", "Fwd"),
    Binding("r", "reload", "Reload", show=False),
    Binding("q", "quit", "Quit"),
]
"""The app's keys when tui.commands (one class per command) is not there."""


def _bindings() -> list[BindingType]:
    try:
        from tui.commands import app_bindings
    except ImportError:
        return FALLBACK_BINDINGS
    return list(app_bindings())


def _command_providers() -> set[Any]:
    try:
        from tui.commands import PactscopeCommands
    except ImportError:
        return set()
    return {PactscopeCommands}


class StoreLoaded(Message):
    """The store was opened or re-read: the lists to show."""

    def __init__(
        self,
        store: Store,
        signature: tuple[int, int, int] | None,
        articles: list[ArticleMeta],
        actors: list[Actor],
        reloaded: bool,
    ) -> None:
        super().__init__()
        self.store = store
        self.signature = signature
        self.articles = articles
        self.actors = actors
        self.reloaded = reloaded


class StoreFailed(Message):
    """The store could not be opened or read: a one-line reason."""

    def __init__(self, reason: str, quiet: bool = False) -> None:
        super().__init__()
        self.reason = reason
        self.quiet = quiet


class IndexReady(Message):
    """The search index finished loading (or building)."""

    def __init__(self, index: Any, generation: int) -> None:
        super().__init__()
        self.index = index
        self.generation = generation


class PactscopeApp(App[None]):
    """Explore articles, actors and agreements in a pactscope store."""

    TITLE = "pactscope"
    CSS_PATH = "app.tcss"
    COMMANDS = App.COMMANDS | _command_providers()
    BINDINGS: ClassVar[list[BindingType]] = _bindings()

    def __init__(self, db_path: Path) -> None:
        super().__init__()
        self.db_path = Path(db_path)
        self.store: Store | None = None
        self.store_lock = threading.RLock()
        self.search_index: Any = None
        self.history = History()
        self.main_screen = MainScreen()
        self._seen_signature: tuple[int, int, int] | None = None
        self._started = False

    def get_default_screen(self) -> Screen:
        return self.main_screen

    def start(self) -> None:
        """Begin loading; called by the main screen once its panes exist."""
        if not self._started:
            self._started = True
            self._load(reloaded=False)
            self.set_interval(POLL_SECONDS, self._poll, name="store-poll")

    def on_unmount(self) -> None:
        self._swap_store(None)

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
                old.close()

    # --- workers -------------------------------------------------------------------------

    def _file_signature(self) -> tuple[int, int, int] | None:
        try:
            st = os.stat(self.db_path)
        except OSError:
            return None
        return (st.st_mtime_ns, st.st_size, st.st_ino)

    @work(thread=True, exclusive=True, group="store")
    def _load(self, reloaded: bool, force: bool = True) -> None:
        """Open the store in a fresh read-only instance and hand it to the UI thread.

        The store the UI reads is never changed under it: a reload opens a new instance and
        the UI swaps it in. Polls (``force=False``) only look at the catalog file's signature
        and do nothing until it moves.
        """
        from store.db.read_store import thaw_frozen
        from store.db.store import Store
        from store.errors import StoreError

        signature = self._file_signature()
        if not force and signature == self._seen_signature:
            return
        current = self.store
        store: Store | None = None
        if current is not None:
            thaw_frozen()  # what the last load froze, the old store's garbage among it
        try:
            store = Store.open(self.db_path, write=False)
            if not force and current is not None and store.generation == current.generation:
                store.close()  # nothing new: this copy is not needed
                self.call_from_thread(setattr, self, "_seen_signature", signature)
                return
            articles, actors = store.articles(), store.actors()
        except (StoreError, OSError) as error:
            if store is not None:
                store.close()
            self.call_from_thread(setattr, self, "_seen_signature", signature)
            self.post_message(StoreFailed(one_line(error), quiet=not force))
            return
        self.post_message(StoreLoaded(store, signature, articles, actors, reloaded))

    @work(thread=True, exclusive=True, group="index")
    def _build_index(self, store: Store) -> None:
        """Load (or build) the search index for ``store``; search works once it is ready."""
        try:
            from store.search.upkeep import index_for_store
        except ImportError:
            return
        try:
            index = index_for_store(store)
        except Exception as error:  # a broken index must not take the explorer down
            if not store.closed:  # else a reload replaced the store: its own index comes next
                self.post_message(StoreFailed(f"search index unavailable: {one_line(error)}"))
            return
        self.post_message(IndexReady(index, store.generation))

    def _poll(self) -> None:
        if not self._busy():
            self._load(reloaded=self.store is not None, force=False)

    def _busy(self) -> bool:
        return any(w.group == "store" and not w.is_finished for w in self.workers)

    def on_store_loaded(self, message: StoreLoaded) -> None:
        self._swap_store(message.store)
        self._seen_signature = message.signature
        self.main_screen.populate(message.articles, message.actors)
        if message.reloaded:
            self.notify(f"Store reloaded: {len(message.articles)} articles.", timeout=3)
        self.refresh_bindings()
        self._build_index(message.store)

    def on_store_failed(self, message: StoreFailed) -> None:
        if self.store is None:
            self.main_screen.show_error(message.reason)
        if not message.quiet or self.store is None:
            self.notify(message.reason, title="Store", severity="error", markup=False)

    def on_index_ready(self, message: IndexReady) -> None:
        if self.store is not None and message.generation == self.store.generation:
            self.search_index = message.index

    # --- reading for the panes (UI thread) -------------------------------------------------

    def load_article(self, article_id: str) -> tuple[ArticleMeta, Body] | None:
        """An article's catalog entry and body, or None when it is gone or unreadable."""
        if self.store is None:
            return None
        try:
            meta = self.store.article(article_id)
            if meta is None:
                return None
            return meta, self.store.body(article_id)
        except Exception as error:  # an unreadable body is reported, not fatal
            self.notify(one_line(error), title="Article", severity="error", markup=False)
            return None

    def actor_name(self, actor_id: str) -> str:
        actor = self.store.actor(actor_id) if self.store is not None else None
        return actor.name if actor is not None else actor_id

    # --- navigation ----------------------------------------------------------------------

    def go(self, location: Location) -> None:
        """Show ``location`` and record it in the history."""
        if location.kind != "article" and self._entity_screen(location) is None:
            self.notify("That view is not available in this build.", severity="warning")
            return
        self.history.visit(location)
        self._show(location)
        self.refresh_bindings()

    def back(self) -> None:
        """Step back through the jump history."""
        location = self.history.back()
        if location is not None:
            self._show(location)
        self.refresh_bindings()

    def forward(self) -> None:
        """Step forward again after going back."""
        location = self.history.forward()
        if location is not None:
            self._show(location)
        self.refresh_bindings()

    def _show(self, location: Location) -> None:
        if location.kind == "article":
            self._close_screens()
            self.main_screen.show_article(location.id, location.sentence)
            return
        screen_class = self._entity_screen(location)
        if screen_class is None:
            self.notify("That view is not available in this build.", severity="warning")
            return
        screen = screen_class(location.id)
        if self.screen is self.main_screen:
            self.push_screen(screen)
        else:
            self._close_screens(keep=1)
            self.switch_screen(screen)

    def _close_screens(self, keep: int = 0) -> None:
        """Pop every screen above the main screen but ``keep`` of them."""
        while len(self.screen_stack) > 1 + keep:
            self.pop_screen()

    def _entity_screen(self, location: Location) -> type[Screen] | None:
        """The screen class for an actor or agreement (imported lazily), or None."""
        try:
            if location.kind == "actor":
                from tui.screens.actor import ActorScreen

                return ActorScreen
            from tui.screens.agreement import AgreementScreen

            return AgreementScreen
        except ImportError:
            return None

    def main_resumed(self) -> None:
        """An actor/agreement screen closed on its own: that is a step back in history."""
        current = self.history.current
        if current is not None and current.kind != "article" and self.screen is self.main_screen:
            if self.history.can_back:
                self.back()
            else:
                self.history.current = None
                self.refresh_bindings()

    # --- actions -------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "search":
            return not self._typing()
        if action == "history_back":
            return True if self.history.can_back else None
        if action == "history_forward":
            return True if self.history.can_forward else None
        return True

    def action_history_back(self) -> None:
        self.back()

    def action_history_forward(self) -> None:
        self.forward()

    def action_reload(self) -> None:
        if not self._busy():
            self._load(reloaded=True, force=True)

    def _typing(self) -> bool:
        """Whether a text field of the explorer (the actor filter) has focus: ``/`` is typed."""
        return isinstance(self.focused, Input) and not isinstance(self.screen, ModalScreen)

    def action_search(self) -> None:
        if isinstance(self.screen, ModalScreen):
            raise SkipAction  # search, help and the palette give ``/`` their own meaning
        self.open_search()

    def action_help(self) -> None:
        self.open_help()

    def open_search(self) -> None:
        """Ask for a query; the chosen hit's location is shown."""
        try:
            from tui.screens.search import SearchScreen
        except ImportError:
            self.notify("Search is not available in this build.", severity="warning")
            return
        self.push_screen(SearchScreen(), callback=self._search_done)

    def _search_done(self, location: Location | None) -> None:
        if location is not None:
            self.go(location)

    def open_help(self) -> None:
        try:
            from tui.screens.help import HelpScreen
        except ImportError:
            self.notify("Help is not available in this build.", severity="warning")
            return
        self.push_screen(HelpScreen())


def run_app(db_path: Path) -> None:
    """Run the explorer on the store at ``db_path`` until the reader quits."""
    PactscopeApp(db_path).run()
