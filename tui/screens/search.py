"""The search screen: type to find actors, agreements, articles and sentences across the store.

Queries run in a thread worker (exclusive, group "search") so typing never waits on the
index; each result comes back as a `SearchScreen.Results` message carrying the query it
answers, and results for a query that is no longer the input's value are dropped. While the
index is still loading (`app.search_index is None`) the screen says so and runs the query as
soon as the index is there. Enter dismisses with a `Location`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.message import Message
from textual.screen import ModalScreen
from textual.timer import Timer
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from store.db.lists import is_listed
from tui.explorer import explorer
from tui.glyphs import glyphs
from tui.navigation import Location
from tui.screens.entity import store_lock
from tui.screens.main import MainScreen
from tui.widgets.footer import Footer
from tui.widgets.labels import DIM_STYLE, HEADING_STYLE, clean, joined, marked, plain
from tui.widgets.line_input import LineInput

LIMIT = 50
"""The most hits one query shows."""

KIND_ORDER: tuple[str, ...] = (
    "person",
    "country",
    "organization",
    "agreement",
    "article",
    "sentence",
)
GROUP_TITLES: dict[str, str] = {
    "person": "Persons",
    "country": "Countries",
    "organization": "Organisations",
    "agreement": "Agreements",
    "article": "Articles",
    "sentence": "Sentences",
}
PREFIX_HINT = "p: persons  c: countries  o: organisations  a: agreements  t: text"
BOX_WIDTH = 110
"""The search box's widest (it is centred on wider terminals)."""

_ACTOR_KINDS = frozenset({"person", "country", "organization"})


def location_of(hit: Any) -> Location | None:
    """Where a search hit leads: an actor, an agreement, an article, or a sentence of one."""
    kind = getattr(hit, "kind", None)
    if kind in _ACTOR_KINDS:
        return Location("actor", hit.id)
    if kind == "agreement":
        return Location("agreement", hit.id)
    if kind == "article":
        return Location("article", hit.id)
    if kind == "sentence":
        return Location("article", hit.article or hit.id, hit.sentence)
    return None


def group_hits(hits: Sequence[Any]) -> list[tuple[str, list[Any]]]:
    """Hits grouped by kind; groups ordered by their best hit (so the top hit stays first)."""
    groups: dict[str, list[Any]] = {}
    for hit in hits:
        groups.setdefault(hit.kind, []).append(hit)

    def rank(kind: str) -> tuple[float, int]:
        best = max(h.score for h in groups[kind])
        order = KIND_ORDER.index(kind) if kind in KIND_ORDER else len(KIND_ORDER)
        return (-best, order)

    return [(kind, groups[kind]) for kind in sorted(groups, key=rank)]


def mentioned_only(hits: list[Any], store: Any) -> list[Any]:
    """The hits without actors no article mentions (an actor exists only with a mention;
    one named only by a gazetteer or a link would open onto empty sections)."""
    if store is None:
        return hits
    kept = []
    for hit in hits:
        if hit.kind in _ACTOR_KINDS:
            actor = store.actor(hit.id)
            if actor is not None and not is_listed(actor):
                continue
        kept.append(hit)
    return kept


def fold_copies(hits: Sequence[Any], copy_of: dict[str, str]) -> list[tuple[Any, int]]:
    """Hits with those from syndicated copies folded into the first of their story: an
    article hit or a sentence hit (same sentence number) of a copy adds one to the count of
    the hit kept. ``copy_of`` maps each copy's id to the article its story is listed under."""
    kept: dict[tuple[str, str, int | None], int] = {}
    out: list[tuple[Any, int]] = []
    for hit in hits:
        if hit.kind not in ("article", "sentence"):
            out.append((hit, 0))
            continue
        article = hit.id if hit.kind == "article" else (hit.article or hit.id)
        key = (hit.kind, copy_of.get(article, article), hit.sentence)
        if key in kept:
            index = kept[key]
            out[index] = (out[index][0], out[index][1] + 1)
            continue
        kept[key] = len(out)
        out.append((hit, 0))
    return out


def hit_prompt(hit: Any, width: int = 72, copies: int = 0) -> Text:
    """One hit as plain `Text`: the label (matches marked) and, dimmed below it, its detail.

    Both lines are cut to `width` (a sentence around its first match) so every hit takes at
    most two rows and the list stays readable at 80 columns.
    """
    text = Text("  ", end="").append_text(marked(hit.label, hit.spans or (), window=width))
    detail = clean(getattr(hit, "detail", None))
    if copies:
        also = f"and {copies} cop{'ies' if copies > 1 else 'y'} of it"
        detail = f"{detail} ({also})" if detail else also
    if detail:
        if len(detail) > width - 2:
            detail = detail[: width - 3].rstrip() + glyphs().ellipsis
        text.append("\n    ")
        text.append(detail, style=DIM_STYLE)
    return text


class QueryInput(LineInput):
    """The query line; the arrow keys (and ctrl+j/ctrl+k) move through the results meanwhile."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "screen.open", "Open"),
        Binding("down", "screen.move(1)", "Next hit"),
        Binding("up", "screen.move(-1)", "Previous hit"),
        Binding("ctrl+j,ctrl+n", "screen.move(1)", "Next hit", show=False),
        Binding("ctrl+k", "screen.move(-1)", "Previous hit", show=False),
        Binding("pagedown", "screen.page(1)", "Next page", show=False),
        Binding("pageup", "screen.page(-1)", "Previous page", show=False),
    ]


class HitList(OptionList):
    """The grouped hits; group headings are disabled options the cursor skips."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j,ctrl+j", "cursor_down", "Down", show=False),
        Binding("k,ctrl+k", "cursor_up", "Up", show=False),
        Binding("g", "first", "First", show=False),
        Binding("G", "last", "Last", show=False),
        Binding("slash", "screen.focus_query", "Edit query", show=False),
        Binding("enter", "screen.open", "Open"),
    ]


class SearchScreen(ModalScreen[Location | None]):
    """Find anything by name or text; dismisses with the `Location` of the chosen hit."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "Close"),
    ]

    CSS_PATH = "search.tcss"

    class Results(Message):
        """Hits for `query`, posted from the search worker."""

        def __init__(self, query: str, hits: list[Any], error: str | None = None) -> None:
            super().__init__()
            self.query = query
            self.hits = hits
            self.error = error

    def __init__(self, query: str = "") -> None:
        super().__init__()
        self._initial = query
        self._hits: list[Any] = []
        self._shown_query: str | None = None
        self._waiting: Timer | None = None

    def compose(self) -> ComposeResult:
        with Vertical(id="search-box") as box:
            box.border_title = "Search"
            yield QueryInput(
                value=self._initial, placeholder=f"name, agreement or words{glyphs().ellipsis}", id="search-query"
            )
            yield Static(Text(PREFIX_HINT, end=""), id="search-hint")
            yield Static("", id="search-status")
            yield HitList(id="search-hits", markup=False)
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.query_one(QueryInput).focus()
        self._set_status("Type to search.")
        if self._initial:
            self.run_query(self._initial)

    # --- querying ---------------------------------------------------------------------

    @property
    def query_text(self) -> str:
        """The query currently typed."""
        return self.query_one(QueryInput).value

    @property
    def hits(self) -> list[Any]:
        """The hits currently listed (in list order, headings left out)."""
        return list(self._hits)

    @on(Input.Changed, "#search-query")
    def _query_changed(self, event: Input.Changed) -> None:
        event.stop()
        self.run_query(event.value)

    def run_query(self, query: str) -> None:
        """Start (or restart) the search for `query`, or say that the index is loading."""
        if not query.strip():
            self.workers.cancel_group(self, "search")
            self._show([], query)
            self._set_status("Type to search.")
            return
        if self._index() is None:
            self._set_status(f"Indexing{glyphs().ellipsis}")
            if self._waiting is None:
                self._waiting = self.set_interval(0.1, self._index_ready_check)
            return
        self._search(query)

    def _index(self) -> Any:
        return explorer(self).search_index

    def _index_ready_check(self) -> None:
        if self._index() is None:
            return
        if self._waiting is not None:
            self._waiting.stop()
            self._waiting = None
        self.run_query(self.query_text)

    @work(thread=True, exclusive=True, group="search")
    def _search(self, query: str) -> None:
        """Run one query off the UI thread and post the hits back with the query."""
        index = self._index()
        try:
            with store_lock(self.app):  # an index may read sentences from the store
                hits = list(index.search(query, limit=LIMIT))[:LIMIT]
                hits = mentioned_only(hits, explorer(self).store)
        except Exception as error:  # a bad index must not take the explorer down
            self.post_message(self.Results(query, [], error=f"search failed: {error}"))
            return
        self.post_message(self.Results(query, hits))

    def on_search_screen_results(self, message: Results) -> None:
        message.stop()
        self.show_results(message.query, message.hits, message.error)

    def show_results(self, query: str, hits: Sequence[Any], error: str | None = None) -> bool:
        """Show `hits` for `query` unless the input has moved on; True when they were shown."""
        if query != self.query_text:
            return False
        self._show(list(hits), query)
        if error:
            self._set_status(Text(clean(error), end=""))
        elif not hits:
            self._set_status(joined("No match for", plain(query), sep=" "))
        else:
            count = len(self._hits)
            more = "+" if count >= LIMIT else ""
            self._set_status(
                Text(f"{count}{more} hit{'s' if count != 1 else ''} {glyphs().dash} Enter opens", end="")
            )
        return True

    def _show(self, hits: list[Any], query: str) -> None:
        hit_list = self.query_one(HitList)
        options: list[Option] = []
        ordered: list[Any] = []
        width = max(30, min(self.app.size.width, BOX_WIDTH) - 12)
        folded = fold_copies(hits, self._copy_of())
        copies = {id(hit): count for hit, count in folded}
        for kind, group in group_hits([hit for hit, _ in folded]):
            title = GROUP_TITLES.get(kind, kind.title())
            options.append(
                Option(Text(f"{title} ({len(group)})", style=HEADING_STYLE, end=""), disabled=True)
            )
            for hit in group:
                prompt = hit_prompt(hit, width, copies.get(id(hit), 0))
                options.append(Option(prompt, id=f"hit-{len(ordered)}"))
                ordered.append(hit)
        self._hits = ordered
        self._shown_query = query
        hit_list.set_options(options)
        if ordered:
            hit_list.action_first()
        hit_list.scroll_home(animate=False)
        self.refresh_bindings()

    def _copy_of(self) -> dict[str, str]:
        """Which articles are syndicated copies of which (as the Articles list folds them)."""
        main = self.app.screen_stack[0] if self.app.screen_stack else None
        return main.copy_of if isinstance(main, MainScreen) else {}

    def _set_status(self, status: str | Text) -> None:
        self.query_one("#search-status", Static).update(
            status if isinstance(status, Text) else Text(status, end="")
        )

    # --- choosing -------------------------------------------------------------------------

    def _highlighted_hit(self) -> Any | None:
        option = self.query_one(HitList).highlighted_option
        if option is None or option.disabled or not option.id:
            return None
        return self._hits[int(option.id.removeprefix("hit-"))]

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Moving and opening are dimmed in the footer while there is no hit to act on."""
        if action in ("move", "page", "open"):
            return True if self._hits else None
        return True

    def action_move(self, step: int) -> None:
        """Move the results cursor while the query keeps focus."""
        hit_list = self.query_one(HitList)
        if step > 0:
            hit_list.action_cursor_down()
        else:
            hit_list.action_cursor_up()

    def action_page(self, step: int) -> None:
        hit_list = self.query_one(HitList)
        if step > 0:
            hit_list.action_page_down()
        else:
            hit_list.action_page_up()

    def action_focus_query(self) -> None:
        self.query_one(QueryInput).focus()

    def action_open(self) -> None:
        """Dismiss with where the highlighted hit leads."""
        hit = self._highlighted_hit()
        if hit is None:
            return
        location = location_of(hit)
        if location is not None:
            self.dismiss(location)

    @on(OptionList.OptionSelected, "#search-hits")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.action_open()

    def action_close(self) -> None:
        self.dismiss(None)
