"""The pactscope explorer: the app shell, jump history, and the workers that talk to the store.

The first screen paints at once; the store is opened read-only in a thread worker which posts
small messages back (harlequin style; ``tui/store_loader.py``: the lists first, from the list
file, then the records). Every jump (list choice, mention, search hit, evidence) goes through
``go`` and lands in the back/forward history.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterable
from pathlib import Path, PurePath
from typing import TYPE_CHECKING, Any, ClassVar

from textual import work
from textual.actions import SkipAction
from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.command import CommandPalette
from textual.content import Content
from textual.screen import ModalScreen, Screen
from textual.widgets import Input

from tui.commands import PactscopeCommands, app_bindings
from tui.fix_writer import CorrectionWriter
from tui.glyphs import glyphs, plain_terminal, use
from tui.messages import ArticleRead
from tui.navigation import HOME, History, Location
from tui.palette import Palette, without_repeats
from tui.safe import one_line
from tui.screens.actor import ActorScreen
from tui.screens.agreement import AgreementScreen
from tui.screens.main import MainScreen
from tui.screens.search import SearchScreen
from tui.store_loader import StoreLoader

if TYPE_CHECKING:
    from store.db.store import Store

POLL_SECONDS = 2.0
UNICODE_ENTER = "⏎"
PLAIN_CSS = "plain.tcss"


class PactscopeApp(StoreLoader, CorrectionWriter, App[None]):
    """Explore articles, actors and agreements in a pactscope store."""

    TITLE = "pactscope"
    CSS_PATH: ClassVar[list[str | PurePath]] = [
        "app.tcss",
        # read with the app's, so opening the screen does not restyle every node of the app
        "screens/matrix.tcss",
    ]
    COMMANDS = App.COMMANDS | {PactscopeCommands}
    BINDINGS: ClassVar[list[BindingType]] = list(app_bindings())

    def __init__(self, db_path: Path, *, ansi_color: bool = False) -> None:
        super().__init__(ansi_color=ansi_color)
        if glyphs().ascii:  # borders the console font can draw
            self.css_path = [*self.css_path, Path(__file__).with_name(PLAIN_CSS)]
        self.db_path = Path(db_path)
        self.store: Store | None = None
        self.store_lock = threading.RLock()
        self.search_index: Any = None
        self.history = History()
        self.main_screen = MainScreen()
        self._started = False
        self._loader_init()
        self._writer_init()

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

    # --- reading for the panes ------------------------------------------------------------

    @work(thread=True, group="body")  # each read is tiny; a stale one is dropped on arrival
    def read_article(self, article_id: str) -> None:
        """Read an article's catalog entry and body off the UI thread; the main screen gets
        ``ArticleRead`` (with None for both when the article is gone or unreadable)."""
        meta = body = None
        failure = None
        self.await_records()  # the lists may show before the records are loaded
        with self.store_lock:  # a reload's swap waits: the store read from stays open
            store = self.store
            if store is not None:
                try:
                    meta = store.article(article_id)
                    body = store.body(article_id) if meta is not None else None
                except Exception as error:  # an unreadable body is reported, not fatal
                    failure = one_line(error)
                    meta = body = None
        if failure is not None:  # outside the lock: the UI thread may be waiting for it
            self.call_from_thread(
                self.notify, failure, title="Article", severity="error", markup=False
            )
        self.main_screen.post_message(ArticleRead(article_id, meta, body))

    def actor_name(self, actor_id: str) -> str:
        actor = self.store.actor(actor_id) if self.store is not None else None
        return actor.name if actor is not None else actor_id

    # --- navigation ----------------------------------------------------------------------

    def go(self, location: Location) -> None:
        """Show ``location`` and record it in the history (once the records are loaded)."""
        if self.hold(location):
            return
        self.history.visit(location)
        self._show(location)
        self.refresh_bindings()

    def back(self) -> None:
        """Step back through the history."""
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

    def leave_view(self) -> None:
        """Esc on an actor, agreement or matrix view: back to the view it was opened from,
        or (opened from the main screen) ``close_view``."""
        previous = self.history.previous
        if previous is not None and previous.kind not in ("article", "home"):
            self.back()
        else:
            self.close_view()

    def close_view(self) -> None:
        """Leave the views for the main screen. As in a browser, that is one more step of
        history, so ``[`` reopens the view just closed (opened from search or a list)."""
        self._close_screens()
        article = self.main_screen.article_id
        self.history.visit(Location("article", article) if article else HOME)
        self.refresh_bindings()

    def _show(self, location: Location) -> None:
        if location.kind in ("article", "home"):
            self._close_screens()
            if location.kind == "article":
                self.main_screen.show_article(location.id, location.sentence)
            return
        screen = self._view(location)
        if self.screen is self.main_screen:
            self.push_screen(screen)
        else:
            self._close_screens(keep=1)
            self.switch_screen(screen)

    def _close_screens(self, keep: int = 0) -> None:
        """Pop every screen above the main screen but ``keep`` of them."""
        while len(self.screen_stack) > 1 + keep:
            self.pop_screen()

    def _view(self, location: Location) -> Screen[None]:
        """The screen showing an actor, an agreement or the matrix."""
        if location.kind == "actor":
            return ActorScreen(location.id)
        if location.kind == "matrix":  # loaded when first opened: not part of the cold start
            from tui.screens.matrix import MatrixScreen
            return MatrixScreen()
        if (screen := self.correction_view(location.kind)) is not None:
            return screen
        return AgreementScreen(location.id, party=location.party)

    def main_resumed(self) -> None:
        """A view closed on its own (not through ``go``): the main screen is a step too."""
        current = self.history.current
        if current is not None and current.kind not in ("article", "home"):
            if self.screen is self.main_screen:
                article = self.main_screen.article_id
                self.history.visit(Location("article", article) if article else HOME)
                self.refresh_bindings()

    # --- actions -------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "search":
            return not self._typing()
        if action == "history_back":
            return self.history.can_back
        if action == "history_forward":
            return self.history.can_forward
        if action == "matrix":
            return self.store is not None
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

    def action_matrix(self) -> None:
        self.go(Location("matrix", ""))

    def open_search(self) -> None:
        """Ask for a query; the chosen hit's location is shown."""
        self.push_screen(SearchScreen(), callback=self._search_done)

    def _search_done(self, location: Location | None) -> None:
        if location is not None:
            self.go(location)

    def open_help(self) -> None:
        from tui.screens.help import HelpScreen  # loaded when first asked for, like the matrix
        self.push_screen(HelpScreen())

    # --- the terminal ----------------------------------------------------------------------

    def format_title(self, title: str, sub_title: str) -> Content:
        """``title — sub title`` in the header, with a dash the terminal can draw."""
        if not sub_title:
            return Content(title)
        return Content.assemble(
            Content(title), (f" {glyphs().dash} ", "dim"), Content(sub_title).stylize("dim")
        )

    def get_key_display(self, binding: Binding) -> str:
        """Keys as the terminal can draw them (``enter`` rather than ⏎ on a plain console)."""
        shown = super().get_key_display(binding)
        return shown.replace(UNICODE_ENTER, glyphs().enter) if glyphs().ascii else shown

    def action_command_palette(self) -> None:
        """The palette, its search icon drawable on this terminal."""
        if self.use_command_palette and not CommandPalette.is_open(self):
            placeholder = f"Search for commands{glyphs().ellipsis}"
            self.push_screen(Palette(id="--command-palette", placeholder=placeholder))

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        """Textual's palette commands less those repeating one of ours (``tui/palette.py``)."""
        return without_repeats(super().get_system_commands(screen))


def run_app(db_path: Path) -> None:
    """Run the explorer on the store at ``db_path`` until the reader quits.

    The terminal decides the glyphs (ASCII on the Linux console or without a UTF-8 locale);
    with NO_COLOR every colour is dropped, not turned into greys.
    """
    use(plain_terminal(os.environ))
    PactscopeApp(db_path, ansi_color="NO_COLOR" in os.environ).run()
