"""The main screen: articles and actors on the left, the article text and its agreements on the right.

The screen owns the state as reactive attributes: ``article_id`` (the article in the text
pane) and ``actor_context`` (the actor whose agreements the agreements pane shows instead of
the article's). Their watchers bring the panes up to date, so every place that changes them
just assigns. The article's body is read by the app in a worker (``ArticleRead`` comes back).
Every jump goes through ``app.go`` so that it lands in the history; moving the cursor in the
Articles list previews the article without a step of history.
"""

from __future__ import annotations

import gc
from time import monotonic
from typing import TYPE_CHECKING, Any, ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.events import DescendantFocus, ScreenResume
from textual.reactive import reactive
from textual.screen import Screen
from textual.timer import Timer
from textual.widget import Widget
from textual.widgets import Header, OptionList

from tui.commands import main_bindings, screen_bindings
from tui.explorer import Explorer, explorer
from tui.glyphs import glyphs
from tui.matrix_model import Matrix, build_matrix, matrix_in_turns
from tui.messages import ArticleRead
from tui.navigation import Location
from tui.safe import one_line
from tui.widgets.actor_list import ActorList, ActorPane, ActorSet
from tui.widgets.agreement_list import AgreementList
from tui.widgets.article_list import ArticleList, ArticlePane, ArticleSet
from tui.widgets.article_view import ArticleView
from tui.widgets.filter_pane import FilterPane, ListFilter
from tui.widgets.footer import Footer
from tui.widgets.virtual_list import VirtualList

if TYPE_CHECKING:
    from store.db.store import Store

PREVIEW_DELAY = 0.04
"""A cursor moved again within this many seconds is a held key: its rows are previewed only
once it rests this long; a single step previews at once."""
READ_HINT = "Enter reads the highlighted article. Press / to search, ? for every key."
AGREEMENTS_SHARE = 1 / 3
"""The agreements pane's part of the right column when the article needs all the rest (a
fixed part, not the list's length: see ``MainScreen._balance``)."""


def pane_title(head: str, name: str, width: int) -> Text:
    """``head`` and a record's name for a pane's border; on a plain terminal a name too long
    for the border is cut here with the console's ``~``, since Textual would cut it with an
    ellipsis the console font lacks (corners, dashes and spaces take six cells)."""
    room = width - 6 - len(head)
    if glyphs().ascii and width > 0 and len(name) > room > 1:
        name = name[: room - 1] + glyphs().ellipsis
    return Text.assemble(head, name)


class Pane(Vertical):
    """A bordered, titled, maximisable region of the main screen."""

    ALLOW_MAXIMIZE = True

    def __init__(self, *children: Widget, title: str, id: str) -> None:
        super().__init__(*children, id=id, classes="pane")
        self.border_title = title


class MainScreen(Screen[None]):
    """The three-pane reader."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "history_back", "Back"),
        *screen_bindings(),
        *main_bindings(),
    ]
    HORIZONTAL_BREAKPOINTS: ClassVar[list[tuple[int, str]]] = [(0, "-narrow"), (100, "-wide")]
    """Below 100 columns the lists take more than half the width (app.tcss), so that a title
    keeps most of its words beside its date and source."""

    article_id: reactive[str | None] = reactive(None, always_update=True, init=False)
    """The article in the text pane (assigning it reads and shows it)."""
    actor_context: reactive[str | None] = reactive(None, init=False)
    """When set, the agreements pane shows this actor's agreements, not the article's."""

    def __init__(self) -> None:
        super().__init__(id="main")
        self._sentence: int | None = None
        self._keep_place = False
        self._focus_text = False
        self._preview_timer: Timer | None = None
        self._last_move = 0.0
        self.matrix: tuple[int, Matrix] | None = None
        """The country x agreement matrix built ahead, with the store generation it is of."""

    @property
    def pactscope(self) -> Explorer:
        return explorer(self)

    def compose(self) -> ComposeResult:
        yield Header(icon=glyphs().header_icon)
        with Horizontal(id="columns"):
            with Vertical(id="left"):
                yield Pane(ArticlePane(id="article-pane"), title="Articles", id="articles-pane")
                yield Pane(ActorPane(id="actor-pane"), title="Actors", id="actors-pane")
            with Vertical(id="right"):
                yield Pane(ArticleView(id="article-view"), title="Article", id="text-pane")
                yield Pane(
                    AgreementList(id="agreement-list"), title="Agreements", id="agreements-pane"
                )
        yield Footer(compact=True, show_command_palette=False)  # 80 columns: ^p is in help

    def on_mount(self) -> None:
        self.query_one(ArticleView).clear(f"Loading the store{glyphs().ellipsis}")
        self.query_one(ArticleList).focus()
        self.pactscope.start()

    # --- data in ---------------------------------------------------------------------------

    def fill_lists(self, articles: ArticleSet, actors: ActorSet) -> None:
        """Fill (or refresh) the lists as a worker prepared them (``store_loader.prepare``),
        keeping the highlighted rows; they may show before the records load."""
        self.query_one(ArticlePane).show_set(articles, keep=self.article_id)
        self.query_one(ActorPane).set_prepared_actors(actors)
        count = len(articles.records)
        self.sub_title = f"{count} articles {glyphs().dot} {len(actors[0])} actors"
        if self.article_id is None and count:
            self.query_one(ArticleView).clear(READ_HINT)

    def store_arrived(self) -> None:
        """The store's records are loaded: the open article, its agreements and the matrix."""
        view = self.query_one(ArticleView)
        if self.article_id is not None:
            self.show_article(self.article_id, view.marked, keep_place=True)
        elif not self.query_one(ArticlePane).record_count:
            view.clear("The store is empty. Run: pactscope ingest PATH")
        self._refresh_agreements()
        if self.pactscope.store is not None:
            self._build_matrix(self.pactscope.store)

    @work(thread=True, exclusive=True, group="matrix")
    def _build_matrix(self, store: Store) -> None:
        """Build the country x agreement matrix while the reader reads, so ``m`` opens it at
        once (it takes a pass over every agreement)."""
        matrix = matrix_in_turns(store, self.pactscope.store_lock)
        if matrix is None:
            return  # a reload replaced it: the new store's matrix comes next
        self.app.call_from_thread(self._matrix_built, store, matrix)
        store.warm()  # the actor views' party index and article order, off the UI thread

    def _matrix_built(self, store: Store, matrix: Matrix) -> None:
        if store is self.pactscope.store:
            self.matrix = (store.generation, matrix)
            gc.freeze()  # long-lived, like the store's records: out of later collections

    def matrix_of(self, store: Store) -> Matrix:
        """A fresh matrix of ``store``: from the one built ahead when it is for this store."""
        built = self.matrix
        if built is not None and built[0] == store.generation:
            return built[1].fresh()
        return build_matrix(store.countries(), store.each_agreement())

    @property
    def copy_of(self) -> dict[str, str]:
        """Each syndicated copy's id -> the article its row is folded under."""
        return self.query_one(ArticlePane).copy_of

    def show_error(self, message: str) -> None:
        self.query_one(ArticleView).clear(message)

    def show_article(self, article_id: str, sentence: int | None, keep_place: bool = False) -> None:
        """Open an article in the text pane (marking ``sentence``); the body is read in a worker."""
        self._sentence = sentence
        self._keep_place = keep_place
        self._focus_text = sentence is not None and not keep_place
        if not keep_place:  # a reload leaves the agreements pane on what it showed
            self.actor_context = None
        self.article_id = article_id

    def watch_article_id(self, article_id: str | None) -> None:
        if article_id is None:
            self.query_one(ArticleView).clear("That article is no longer in the store.")
            self.query_one("#text-pane").border_subtitle = ""
        else:
            self.query_one(ArticleList).select_id(article_id)
            self.pactscope.read_article(article_id)
        self._refresh_agreements()

    def watch_actor_context(self) -> None:
        self._refresh_agreements()

    @on(ArticleRead)
    def _article_read(self, message: ArticleRead) -> None:
        """The body the worker read: shown if it is still the article wanted."""
        message.stop()
        if message.article_id != self.article_id:
            return  # the cursor moved on meanwhile
        if message.meta is None or message.body is None:
            self.article_id = None
            return
        view = self.query_one(ArticleView)
        view.show(message.meta, message.body, self._sentence, keep_place=self._keep_place)
        count = len(view.body.sentences) if view.body else 0
        pane = self.query_one("#text-pane")
        if view.marked is not None:
            pane.border_subtitle = f"sentence {view.marked + 1} of {count}"
        else:
            pane.border_subtitle = f"{count} sentences"
        if self._focus_text:
            view.focus()  # sent to a sentence: j/k/n/N should act on the text
            self._focus_text = False
        self._balance()  # in this frame: the text's height is known once it is laid out

    def _refresh_agreements(self) -> None:
        store = self.pactscope.store
        pane = self.query_one("#agreements-pane")
        agreements_list = self.query_one(AgreementList)
        if store is None:
            agreements_list.set_agreements([], self.pactscope.actor_name, None)
            return
        if self.actor_context is not None and (actor := store.actor(self.actor_context)):
            agreements = store.agreements_of_actor(actor.id)
            pane.border_title = pane_title(f"Agreements {glyphs().dot} ", one_line(actor.name), pane.outer_size.width)
        elif self.article_id is not None:
            agreements = store.agreements_of_article(self.article_id)
            pane.border_title = f"Agreements {glyphs().dot} this article"
        else:
            agreements = []
            pane.border_title = "Agreements"
        pane.border_subtitle = str(len(agreements)) if agreements else "none"
        agreements_list.set_agreements(agreements, self.pactscope.actor_name, self.article_id)

    def _balance(self) -> None:
        """Give the agreements pane the rows the article does not need, and at least its
        share: a two-line article leaves no blank rows above a cut list.

        The split follows the article's length only, not the number of agreements: the
        panes keep their size while the cursor walks through long articles, so a preview
        redraws the text and the list in place instead of laying the screen out again.
        """
        right = self.query_one("#right")
        height = right.size.height
        if not height or self.maximized is not None:
            return
        view = self.query_one(ArticleView)
        needed = view.virtual_size.height + 2  # the text and the pane's border
        rows = max(int(height * AGREEMENTS_SHARE), height - needed)
        styles = self.query_one("#agreements-pane").styles
        if styles.height is None or styles.height.value != rows:
            styles.height = rows

    def on_resize(self) -> None:
        self.call_after_refresh(self._balance)

    # --- what the reader chose -----------------------------------------------------------

    @on(VirtualList.Selected, "#article-list")
    def _article_chosen(self, event: VirtualList.Selected) -> None:
        event.stop()
        self.pactscope.go(Location("article", event.key))
        self.query_one(ArticleView).focus()

    @on(VirtualList.Highlighted, "#article-list")
    def _article_highlighted(self, event: VirtualList.Highlighted) -> None:
        """The cursor rests on an article: preview it (not a step of history)."""
        event.stop()
        if event.key == self.article_id or not self._following(event.source):
            return
        if self._preview_timer is not None:
            self._preview_timer.stop()
        key = event.key
        now = monotonic()
        resting = now - self._last_move >= PREVIEW_DELAY
        self._last_move = now
        if resting:  # a single step: shown at once, in the same frame as the cursor
            self._preview(key)
        else:  # a held key: only the row the cursor stops on
            self._preview_timer = self.set_timer(PREVIEW_DELAY, lambda: self._preview(key))

    def _preview(self, article_id: str) -> None:
        articles = self.query_one(ArticleList)
        if articles.highlighted_id == article_id and article_id != self.article_id:
            self.show_article(article_id, None)

    @on(VirtualList.Selected, "#actor-list")
    def _actor_chosen(self, event: VirtualList.Selected) -> None:
        event.stop()
        self.pactscope.go(Location("actor", event.key))

    @on(VirtualList.Highlighted, "#actor-list")
    def _actor_highlighted(self, event: VirtualList.Highlighted) -> None:
        event.stop()
        if self._following(event.source):  # typing a filter moves it too
            self.actor_context = event.key

    def _following(self, source: VirtualList) -> bool:
        """Whether ``source`` (or its filter line) has the focus, so the panes follow it."""
        focused = self.focused
        if focused is source:
            return True
        return isinstance(focused, ListFilter) and focused.parent is source.parent

    @on(OptionList.OptionSelected, "#agreement-list")
    def _agreement_chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option_id:
            self.pactscope.go(Location("agreement", event.option_id))

    @on(AgreementList.EvidenceChosen)
    def _evidence(self, event: AgreementList.EvidenceChosen) -> None:
        event.stop()
        self.pactscope.go(event.location)
        self.query_one("#agreements-pane").border_subtitle = Text(f"evidence {event.label}")

    @on(ArticleView.MentionChosen)
    def _mention(self, event: ArticleView.MentionChosen) -> None:
        event.stop()
        kind = "agreement" if event.mention.kind == "agreement" else "actor"
        self.pactscope.go(Location(kind, event.mention.entity))

    def on_descendant_focus(self, event: DescendantFocus) -> None:
        """The agreements pane follows the actor list only while it has the focus."""
        widget = event.widget
        if isinstance(widget, ActorList):
            if widget.highlighted_id:
                self.actor_context = widget.highlighted_id
        elif isinstance(widget, (ArticleList, ArticleView)):
            self.actor_context = None

    def on_screen_resume(self, event: ScreenResume) -> None:
        self.pactscope.main_resumed()

    # --- actions ---------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "history_back":
            return True if self.pactscope.history.can_back else False
        if action == "next_evidence":
            return self.query_one(AgreementList).check_action("evidence", ())
        return True

    def action_next_evidence(self) -> None:
        """``e`` anywhere on the screen: the next evidence of the highlighted agreement."""
        self.query_one(AgreementList).action_evidence()

    def action_history_back(self) -> None:
        self.pactscope.back()

    def action_toggle_zoom(self) -> None:
        """The focused pane fills the screen (``z`` again gives the others back)."""
        agreements = self.query_one("#agreements-pane")
        if self.maximized is not None:
            self.minimize()
            self.call_after_refresh(self._after_unzoom)
        elif self.focused is not None:
            agreements.styles.height = None  # the balance's split must not hold when zoomed
            self.maximize(self.focused)

    def _after_unzoom(self) -> None:
        """Split the right column again, then bring the cursor back into its smaller pane
        (scrolled to the top while zoomed, it was left below the pane's last row)."""
        self._balance()
        self.call_after_refresh(self._cursor_into_view)

    def _cursor_into_view(self) -> None:
        focused = self.focused
        if isinstance(focused, OptionList):
            focused.scroll_to_highlight()
        elif isinstance(focused, VirtualList):
            focused.scroll_cursor_into_view()

    def _focused_pane(self) -> FilterPane[Any]:
        """The list pane the focus is in (the Articles pane when it is elsewhere)."""
        node = self.focused
        while node is not None:
            if isinstance(node, FilterPane):
                return node
            node = node.parent if isinstance(node.parent, Widget) else None
        return self.query_one(ArticlePane)

    def action_filter(self) -> None:
        self._focused_pane().action_open_filter()

    def action_sort_articles(self) -> None:
        self.query_one(ArticlePane).cycle_sort()

    def action_toggle_copies(self) -> None:
        self.query_one(ArticleList).action_toggle_copies()
