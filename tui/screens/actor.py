"""The actor view: one person, country or organisation across every article in the store.

Sections, Tab between them, Enter on a line goes where it points: roles and quotes to the
sentence in their article, articles to the first mention, agreements and co-occurring actors
to their own views. All text shown is untrusted and goes through `tui.widgets.labels`.
"""

from __future__ import annotations

from typing import Any, ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from store.resolve.offices import RoleGroup, group_roles
from tui.explorer import explorer
from tui.glyphs import glyphs
from tui.navigation import Location
from tui.screens.entity import (
    KIND_LABELS,
    QUIET_BACK,
    SECTION_LIMIT,
    EntityScreen,
    article_date,
    leave,
    shorten,
    status_label,
    store_lock,
)
from tui.widgets.footer import Footer
from tui.widgets.labels import DIM_STYLE, HEADING_STYLE, clean, fit, joined, plain
from tui.widgets.section_list import SectionList

QUOTE_WIDTH = 200
"""Quotes longer than this many characters are cut with an ellipsis."""
WITH_INLINE = 200
"""An actor named in more articles than this has who appears with it counted in a worker (a
catalog line read per article); fewer are counted at once, so the view opens whole."""


class ActorScreen(EntityScreen):
    """Everything the store knows about one actor."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "back", "Back"),
        QUIET_BACK,
    ]

    def __init__(self, actor_id: str) -> None:
        super().__init__()
        self.actor_id = actor_id
        self.actor: Any = None
        self._targets: dict[str, Location] = {}
        self._first_mentions: dict[str, int | None] = {}
        self._groups: list[RoleGroup] = []

    def compose(self) -> ComposeResult:
        yield Static(id="actor-head")
        with VerticalScroll(id="actor-body", can_focus=False):
            yield SectionList("Roles", hide_empty=True, id="actor-roles")
            yield SectionList("Articles", id="actor-articles")
            yield SectionList("Agreements", id="actor-agreements")
            yield SectionList("Quotes", hide_empty=True, id="actor-quotes")
            yield SectionList("Appears with", id="actor-with")
        yield Footer(compact=True)

    def load(self) -> None:
        """(Re)read the actor from the store and fill every section."""
        self._targets.clear()
        self._generation = getattr(self._store, "generation", None)
        self.actor = self._store.actor(self.actor_id) if self._store is not None else None
        head = self.query_one("#actor-head", Static)
        if self.actor is None:
            head.update(joined("No such actor:", plain(self.actor_id), sep=" "))
            for section in self.query(SectionList):
                section.fill([])
            return
        head.update(self._head())
        self.sub_title = clean(self.actor.name)
        actor = self.actor
        self._groups = group_roles(actor.roles)
        more_roles = max(0, len(self._groups) - SECTION_LIMIT)
        more_articles = max(0, len(actor.articles) - SECTION_LIMIT)
        more_quotes = max(0, len(actor.quotes) - SECTION_LIMIT)
        self.query_one("#actor-roles", SectionList).fill(self._roles(), more_roles)
        self.query_one("#actor-articles", SectionList).fill(self._articles(), more_articles)
        self.query_one("#actor-agreements", SectionList).fill(self._agreements())
        self.query_one("#actor-quotes", SectionList).fill([], more_quotes)
        self._read_quotes(self.actor, more_quotes)
        if len(actor.articles) > WITH_INLINE:
            self._read_with(actor)  # thousands of catalog lines: in a worker
        else:
            self._show_with(actor, self._store.cooccurring(actor.id, limit=10))
        self.query_one("#actor-articles", SectionList).focus()

    # --- sections -------------------------------------------------------------------------

    def _head(self) -> Text:
        actor = self.actor
        kind = KIND_LABELS.get(actor.kind, clean(actor.kind))
        if actor.code:
            kind = f"{kind} {clean(actor.code)}"
        head = joined(plain(actor.name, HEADING_STYLE), Text(f"({kind})", style=DIM_STYLE, end=""))
        aliases = [clean(a) for a in actor.aliases if clean(a) and clean(a) != clean(actor.name)]
        if aliases:
            head.append("\n")
            head.append_text(
                joined(Text("also:", style=DIM_STYLE, end=""), ", ".join(aliases), sep=" ")
            )
        return head

    def _title(self, article_id: str) -> str:
        meta = self._store.article(article_id)
        return clean(meta.shown) if meta is not None else clean(article_id)

    def _option(self, prompt: Text, target: Location) -> Option:
        key = f"t{len(self._targets)}"
        self._targets[key] = target
        return Option(prompt, id=key)

    def _actor_name(self, actor_id: str | None) -> str:
        if not actor_id:
            return ""
        other = self._store.actor(actor_id)
        return clean(other.name) if other is not None else clean(actor_id)

    def _roles(self) -> list[Option]:
        """One line per office and country, its other spellings beside it ("Defence Minister,
        Japan (also: Minister of Defense)"); Enter goes to the first article that names it."""
        options = []
        for group in self._groups[:SECTION_LIMIT]:
            title = clean(group.title)
            where = self._actor_name(group.affiliation)
            label = f"{title}, {where}" if where else title
            others = [clean(s) for s in group.spellings if s != group.title]
            if others:
                label = f"{label} (also: {', '.join(others)})"
            first = group.roles[0]
            count = len({r.article for r in group.roles})
            meta = self._title(first.article) + (f" {glyphs().dot} {count} articles" if count > 1 else "")
            prompt = fit(label, meta, self._width, sep=f"  {glyphs().dash} ", cut="meta")
            options.append(self._option(prompt, Location("article", first.article, first.sentence)))
        return options

    def _articles(self) -> list[Option]:
        order = self._store.article_rank()  # the store's order, without its records
        counts: dict[str, int] = self.actor.articles
        ranked = sorted(counts, key=lambda a: (-counts[a], order.get(a, len(order)), a))
        options = []
        for article_id in ranked[:SECTION_LIMIT]:
            meta = self._store.article(article_id)
            count = counts[article_id]
            mentions = f"{count} mention{'s' if count != 1 else ''}"
            note = f" {glyphs().dot} ".join(p for p in (article_date(meta), mentions) if p)
            prompt = fit(meta.shown if meta else article_id, note, self._width)
            options.append(self._option(prompt, Location("article", article_id)))
        return options

    def _agreements(self) -> list[Option]:
        options = []
        for agreement in self._store.agreements_of_actor(self.actor_id):
            facts = f" {glyphs().dot} ".join(
                p for p in (status_label(agreement.status), str(agreement.year or "")) if p
            )
            prompt = fit(agreement.name, facts, self._width)
            options.append(self._option(prompt, Location("agreement", agreement.id)))
        return options

    @work(thread=True, exclusive=True, group="quotes")
    def _read_quotes(self, actor: Any, more: int) -> None:
        """Read the quoted words from the article bodies off the UI thread."""
        said: list[tuple[Any, str]] = []
        bodies: dict[str, Any] = {}
        with store_lock(self.app):
            for quote in actor.quotes[:SECTION_LIMIT]:
                body = bodies.get(quote.article)
                if body is None:
                    try:
                        body = bodies[quote.article] = self._store.body(quote.article)
                    except Exception:  # a missing body must not hide the rest of the view
                        continue
                said.append((quote, clean(body.text[quote.start : quote.end])))
        self.app.call_from_thread(self._show_quotes, actor, said, more)

    def _show_quotes(self, actor: Any, said: list[tuple[Any, str]], more: int) -> None:
        if actor is not self.actor:
            return  # the view was re-read meanwhile
        section = self.query_one("#actor-quotes", SectionList)
        section.fill(self._quotes(said), more)

    def _quotes(self, said: list[tuple[Any, str]]) -> list[Option]:
        options = []
        for quote, words in said:
            if not words:
                continue
            prompt = plain(shorten(words, QUOTE_WIDTH))
            prompt.append(f"\n  {glyphs().dash} ")
            prompt.append(shorten(self._title(quote.article), self._width - 4), style=DIM_STYLE)
            options.append(self._option(prompt, Location("article", quote.article, quote.sentence)))
        return options

    @work(thread=True, exclusive=True, group="with")
    def _read_with(self, actor: Any) -> None:
        """Count who appears beside the actor off the UI thread (a pass over the articles
        that name it: thousands of catalog lines for a large country)."""
        with store_lock(self.app):
            store = self._store
            found = store.cooccurring(actor.id, limit=10) if store is not None else []
        self.app.call_from_thread(self._show_with, actor, found)

    def _show_with(self, actor: Any, found: list[tuple[Any, int]]) -> None:
        if actor is not self.actor:
            return  # the view was re-read meanwhile
        self.query_one("#actor-with", SectionList).fill(self._with(found))

    def _with(self, found: list[tuple[Any, int]]) -> list[Option]:
        options = []
        for other, shared in found:
            kind = KIND_LABELS.get(other.kind, clean(other.kind))
            note = f"{kind} {glyphs().dot} {shared} article{'s' if shared != 1 else ''}"
            prompt = fit(other.name, note, self._width)
            options.append(self._option(prompt, Location("actor", other.id)))
        return options

    # --- going places -----------------------------------------------------------------------

    def target(self, option_id: str | None) -> Location | None:
        """Where the option with this id leads (an article: the first mention is found in a
        worker when Enter is pressed, see ``_go_first_mention``)."""
        if option_id is None:
            return None
        return self._targets.get(option_id)

    def _first_mention(self, article_id: str) -> int | None:
        """The sentence of the actor's first mention in an article (reads its body: called
        from a worker, never on the UI thread)."""
        if article_id not in self._first_mentions:
            try:
                with store_lock(self.app):
                    body = self._store.body(article_id)
            except Exception:
                body = None
            sentences = [
                m.sentence for m in getattr(body, "mentions", ()) if m.entity == self.actor_id
            ]
            self._first_mentions[article_id] = min(sentences) if sentences else None
        return self._first_mentions[article_id]

    @work(thread=True, exclusive=True, group="jump")
    def _go_first_mention(self, article_id: str) -> None:
        sentence = self._first_mention(article_id)
        self.app.call_from_thread(explorer(self).go, Location("article", article_id, sentence))

    @on(OptionList.OptionSelected)
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        location = self.target(event.option_id)
        if location is None:
            return
        if location.kind == "article" and location.sentence is None:
            self._go_first_mention(location.id)
        else:
            explorer(self).go(location)

    def action_back(self) -> None:
        leave(self)
