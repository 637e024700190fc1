"""The main screen: articles and actors on the left, the article text and its agreements on the right.

The screen owns the state (which article is open, what the agreements pane is about) and
passes data down to its panes; the panes only report what the reader chose. Every jump goes
through ``app.go`` so that it lands in the history.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.events import DescendantFocus, ScreenResume
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Header, OptionList

from store.records import Actor, ArticleMeta
from tui.explorer import Explorer, explorer
from tui.navigation import Location
from tui.safe import one_line
from tui.widgets.actor_list import ActorFilter, ActorList, ActorPane
from tui.widgets.agreement_list import AgreementList
from tui.widgets.article_list import ArticleList
from tui.widgets.article_view import ArticleView
from tui.widgets.footer import Footer
from tui.widgets.virtual_list import VirtualList


class Pane(Vertical):
    """A bordered, titled, maximisable region of the main screen."""

    ALLOW_MAXIMIZE = True

    def __init__(self, *children: Widget, title: str, id: str) -> None:
        super().__init__(*children, id=id, classes="pane")
        self.border_title = title


class MainScreen(Screen[None]):
    """The three-pane reader."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "history_back", "Back", show=False),
        Binding("z", "toggle_zoom", "Zoom", show=False),
        Binding("e", "next_evidence", "Evidence", show=False),
    ]

    def __init__(self) -> None:
        super().__init__(id="main")
        self.article_id: str | None = None
        self.actor_context: str | None = None  # agreements pane shows this actor's, when set

    @property
    def pactscope(self) -> Explorer:
        return explorer(self)

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="columns"):
            with Vertical(id="left"):
                yield Pane(ArticleList(id="article-list"), title="Articles", id="articles-pane")
                yield Pane(ActorPane(id="actor-pane"), title="Actors", id="actors-pane")
            with Vertical(id="right"):
                yield Pane(ArticleView(id="article-view"), title="Article", id="text-pane")
                yield Pane(
                    AgreementList(id="agreement-list"), title="Agreements", id="agreements-pane"
                )
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.query_one(ArticleView).clear("Loading the store…")
        self.query_one(ArticleList).focus()
        self.pactscope.start()

    # --- data in ---------------------------------------------------------------------------

    def populate(self, articles: Sequence[ArticleMeta], actors: Sequence[Actor]) -> None:
        """Fill (or refresh) the lists, keeping the highlighted rows and the open article."""
        self.query_one(ArticleList).set_articles(articles, keep=self.article_id)
        self.query_one(ActorPane).set_actors(actors)
        self.query_one("#articles-pane").border_subtitle = str(len(articles))
        self.sub_title = f"{len(articles)} articles · {len(actors)} actors"
        view = self.query_one(ArticleView)
        if self.article_id is not None:
            self.show_article(self.article_id, view.marked, keep_place=True)
        elif not articles:
            view.clear("The store is empty. Run: pactscope ingest PATH")
        else:
            view.clear("Enter reads the highlighted article. Press / to search, ? for every key.")
        self._refresh_agreements()

    def show_error(self, message: str) -> None:
        self.query_one(ArticleView).clear(message)

    def show_article(self, article_id: str, sentence: int | None, keep_place: bool = False) -> None:
        """Open an article in the text pane (marking ``sentence``), or say why it cannot."""
        view = self.query_one(ArticleView)
        loaded = self.pactscope.load_article(article_id)
        if loaded is None:
            self.article_id = None
            view.clear("That article is no longer in the store.")
            self.query_one("#text-pane").border_subtitle = ""
            self._refresh_agreements()
            return
        meta, body = loaded
        self.article_id = article_id
        if not keep_place:  # a reload leaves the agreements pane on what it showed
            self.actor_context = None
        view.show(meta, body, sentence, keep_place=keep_place)
        count = len(view.body.sentences) if view.body else 0
        pane = self.query_one("#text-pane")
        if view.marked is not None:
            pane.border_subtitle = f"sentence {view.marked + 1} of {count}"
        else:
            pane.border_subtitle = f"{count} sentences"
        self.query_one(ArticleList).select_id(article_id)
        self._refresh_agreements()
        if sentence is not None and not keep_place:
            view.focus()  # sent to a sentence: j/k/n/N should act on the text

    def _refresh_agreements(self) -> None:
        store = self.pactscope.store
        pane = self.query_one("#agreements-pane")
        agreements_list = self.query_one(AgreementList)
        if store is None:
            agreements_list.set_agreements([], self.pactscope.actor_name, None)
            return
        if self.actor_context is not None and (actor := store.actor(self.actor_context)):
            agreements = store.agreements_of_actor(actor.id)
            pane.border_title = Text.assemble("Agreements · ", one_line(actor.name))
        elif self.article_id is not None:
            agreements = store.agreements_of_article(self.article_id)
            pane.border_title = "Agreements · this article"
        else:
            agreements = []
            pane.border_title = "Agreements"
        pane.border_subtitle = str(len(agreements)) if agreements else "none"
        agreements_list.set_agreements(agreements, self.pactscope.actor_name, self.article_id)

    # --- what the reader chose -----------------------------------------------------------

    @on(VirtualList.Selected, "#article-list")
    def _article_chosen(self, event: VirtualList.Selected) -> None:
        event.stop()
        self.pactscope.go(Location("article", event.key))
        self.query_one(ArticleView).focus()

    @on(VirtualList.Selected, "#actor-list")
    def _actor_chosen(self, event: VirtualList.Selected) -> None:
        event.stop()
        self.pactscope.go(Location("actor", event.key))

    @on(VirtualList.Highlighted, "#actor-list")
    def _actor_highlighted(self, event: VirtualList.Highlighted) -> None:
        event.stop()
        following = self.focused is event.source or isinstance(self.focused, ActorFilter)
        if following and event.key != self.actor_context:  # typing a filter moves it too
            self.actor_context = event.key
            self._refresh_agreements()

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
            key = widget.highlighted_id
            if key and key != self.actor_context:
                self.actor_context = key
                self._refresh_agreements()
        elif isinstance(widget, (ArticleList, ArticleView)) and self.actor_context is not None:
            self.actor_context = None
            self._refresh_agreements()

    def on_screen_resume(self, event: ScreenResume) -> None:
        self.pactscope.main_resumed()

    # --- actions ---------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "history_back":
            return True if self.pactscope.history.can_back else None
        if action == "next_evidence":
            return self.query_one(AgreementList).check_action("evidence", ())
        return True

    def action_next_evidence(self) -> None:
        """``e`` anywhere on the screen: the next evidence of the highlighted agreement."""
        self.query_one(AgreementList).action_evidence()

    def action_history_back(self) -> None:
        self.pactscope.back()

    def action_toggle_zoom(self) -> None:
        if self.maximized is not None:
            self.minimize()
        elif self.focused is not None:
            self.maximize(self.focused)
