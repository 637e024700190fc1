"""The Articles pane: one line per article (date, source or dateline, title), sortable,
filterable, syndicated copies of one story folded under one row with a count."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, ClassVar

from rich.text import Text
from textual.binding import Binding, BindingType

from store.db.list_keys import story_sum, story_text
from store.db.lists import ArticleLine
from store.text import fold
from tui.glyphs import glyphs
from tui.safe import one_line
from tui.widgets.filter_pane import FilterPane
from tui.widgets.virtual_list import VirtualList

ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
SORT_KEYS: tuple[str, ...] = ("date", "source", "title", "agreements")
"""The orders ``s`` cycles through (date: newest first, agreements: most first)."""
NO_DATE = "-"
NARROW = 50
"""Below this many columns the date column drops the century."""
ORIGIN_MIN, ORIGIN_MAX = 8, 24
"""The source column's width bounds (within them: the widest source, at most a fifth)."""


def article_date(meta: ArticleLine) -> str:
    """The day an article was published (YYYY-MM-DD), or ''."""
    date = meta.published
    if date is None:
        return ""
    if type(date) is not str or not (date.isascii() and date.isprintable()):
        date = one_line(date)  # else nothing to strip: the same text, without the call
    return date[:10] if ISO_DAY.match(date) else date


def article_origin(meta: ArticleLine) -> str:
    """Who published it: the source, else the dateline's place, else '' (a file's name says
    nothing of that, and the article view names the file)."""
    return origin_of(meta.source, meta.dateline)


def origin_of(source: str | None, dateline: str | None) -> str:
    """``article_origin`` of an article with this source and dateline."""
    return one_line(source) or one_line(dateline)


def copy_key(meta: ArticleLine) -> tuple[str, int]:
    """Syndicated copies of one story (the same wire text under several sites) share their
    folded title (or lede, without a headline) and their number of sentences; a rewrite or a
    follow-up changes either (``list_keys.story_text``)."""
    return (story_text(meta.shown), meta.sentences)


def group_copies(articles: Sequence[ArticleLine]) -> dict[str, list[str]]:
    """The first article of each story (in the given order) -> the ids of its other copies.

    Only the articles whose story checksum (``ArticleLine.story``) another shares can be
    copies: the keys are made for those alone (folding every title was a fifth of the lists'
    making at 50,000 articles)."""
    sums = [m.story if m.story is not None else story_sum(m.shown, m.sentences) for m in articles]
    counts = Counter(sums)
    first: dict[tuple[str, int], str] = {}
    copies: dict[str, list[str]] = {}
    for meta, sum_ in zip(articles, sums, strict=True):
        if counts[sum_] < 2:
            continue
        key = copy_key(meta)
        if not key[0]:
            continue
        lead = first.setdefault(key, meta.id)
        if lead != meta.id:
            copies.setdefault(lead, []).append(meta.id)
    return copies


def sort_articles(articles: Sequence[ArticleLine], key: str) -> list[ArticleLine]:
    """``articles`` in the order ``key`` names (stable: ties keep the store's order)."""
    if key == "source":  # those without one last
        return sorted(articles, key=lambda m: (not (o := article_origin(m)), fold(o)))
    if key == "title":
        return sorted(articles, key=lambda m: fold(one_line(m.shown)))
    if key == "agreements":
        return sorted(articles, key=lambda m: -m.agreements)
    return sorted(articles, key=article_date, reverse=True)


@dataclass(slots=True)
class ArticleRow:
    """One line of the list: an article, how many copies it stands for, whether it is one."""

    meta: ArticleLine
    copies: list[str] = field(default_factory=list)
    is_copy: bool = False
    expanded: bool = False


def article_match_key(record: ArticleLine) -> str:
    """What the filter searches: the folded title (or lede), source, dateline and date."""
    fields = (record.shown, record.source, record.dateline, record.published)
    return "\n".join(fold(one_line(f)) for f in fields if f)


def article_rows(
    shown: list[ArticleLine],
    copies: dict[str, list[str]],
    copy_of: dict[str, str],
    expanded: set[str],
    by_id: dict[str, ArticleLine],
) -> list[tuple[str, Any]]:
    """Copies fold under the first of their story shown; an expanded story lists them."""
    if not expanded and len(shown) == len(by_id):  # every article: no look at what shows
        return [
            (m.id, ArticleRow(m, list(copies[m.id]) if m.id in copies else []))
            for m in shown
            if m.id not in copy_of
        ]
    visible = {m.id for m in shown}
    out: list[tuple[str, Any]] = []
    for meta in shown:
        if meta.id in copy_of and copy_of[meta.id] in visible:
            continue
        its = copies.get(meta.id)
        its = [c for c in its if c in visible] if its else []
        is_open = meta.id in expanded
        out.append((meta.id, ArticleRow(meta, its, expanded=is_open)))
        if is_open:
            out.extend((c, ArticleRow(by_id[c], is_copy=True)) for c in its)
    return out


@dataclass(frozen=True, slots=True)
class Columns:
    """What the rows of the list show beside the title: a date column (when any article is
    dated) and a source column as wide as the widest source, within a fifth of the row."""

    dated: bool = True
    origin: int = ORIGIN_MAX
    """The widest source or dateline (0: no article has one, and the column is left out)."""


def article_prompt(row: ArticleRow, width: int, columns: Columns = Columns()) -> Text:
    """``date  source  title`` on one line: the date column aligned, the source cut to what
    its column allows, the title getting the rest of the width; ``+N`` after a story with
    copies. A column no article fills is left out."""
    meta = row.meta
    prompt = Text(no_wrap=True, overflow="ellipsis", end="")
    if columns.dated:
        date = article_date(meta) or NO_DATE
        if width < NARROW and ISO_DAY.match(date):
            date = date[2:]  # YY-MM-DD leaves the title two more characters
        date_width = 8 if width < NARROW else 10
        prompt.append(f"{date:<{date_width}} ", style="dim" if row.is_copy else "")
    if row.is_copy:
        prompt.append(f"{glyphs().copy} ", style="dim")
    if columns.origin:
        origin_width = min(columns.origin, max(ORIGIN_MIN, width // 5))
        origin = article_origin(meta)
        if len(origin) > origin_width:
            origin = origin[: origin_width - 1] + glyphs().ellipsis
        prompt.append(f"{origin:<{origin_width}} ", style="italic")
    if row.copies:
        marker = "-" if row.expanded else "+"
        prompt.append(f"{marker}{len(row.copies)} ", style="bold")
    prompt.append(one_line(meta.shown) or "(untitled)", style="bold")
    return prompt


@dataclass(slots=True)
class ArticleSet:
    """What the Articles pane shows of a set of articles, made off the UI thread
    (``prepare_articles``): copies grouped, columns measured, the rows unfiltered."""

    sort_key: str
    by_id: dict[str, ArticleLine]
    copies: dict[str, list[str]]
    copy_of: dict[str, str]
    columns: Columns
    records: list[ArticleLine]  # in ``sort_key`` order
    rows: list[tuple[str, Any]]  # every record, no story expanded


def prepare_articles(articles: Sequence[ArticleLine], sort_key: str = SORT_KEYS[0]) -> ArticleSet:
    """The pane's data for ``articles`` (pure: a worker thread may make it)."""
    by_id = {m.id: m for m in articles}
    copies = group_copies(articles)
    copy_of = {c: lead for lead, cs in copies.items() for c in cs}
    dated = any(article_date(m) for m in articles)
    origins = {(m.source, m.dateline) for m in articles}  # a few hundred sources and places
    widest = max((len(origin_of(s, d)) for s, d in origins), default=0)
    ordered = sort_articles(articles, sort_key)
    rows = article_rows(ordered, copies, copy_of, set(), by_id)
    columns = Columns(dated, min(widest, ORIGIN_MAX))
    return ArticleSet(sort_key, by_id, copies, copy_of, columns, ordered, rows)


class ArticleList(VirtualList):
    """The articles that match the filter; Enter opens one, space shows or folds its copies."""

    BINDINGS: ClassVar[list[BindingType]] = [
        # Not in the footer: with it the hints of an 80-column screen no longer fit and "q Quit"
        # is cut; the row's "+N" shows there are copies, and help and the palette name the key.
        Binding("space", "toggle_copies", "Copies", show=False),
    ]

    columns = Columns()
    """The date and source columns the articles fill (set with the articles)."""

    def prompt(self, record: ArticleRow) -> Text:
        return article_prompt(record, self.scrollable_content_region.width, self.columns)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "toggle_copies":
            row = self.highlighted_record  # asked on every footer update: by index
            return bool(row is not None and (row.copies or row.is_copy))
        return super().check_action(action, parameters)

    def action_toggle_copies(self) -> None:
        pane = self.parent
        if isinstance(pane, ArticlePane) and self.highlighted_id is not None:
            pane.toggle_copies(self.highlighted_id)


class ArticlePane(FilterPane[ArticleLine]):
    """Every article; the list shows the matching ones, sorted, copies folded."""

    placeholder = "Filter articles…"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("s", "sort", "Sort"),
    ]

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.sort_key = SORT_KEYS[0]
        self._by_id: dict[str, ArticleLine] = {}
        self._copies: dict[str, list[str]] = {}
        self._copy_of: dict[str, str] = {}
        self._expanded: set[str] = set()

    def make_list(self) -> VirtualList:
        return ArticleList(id="article-list")

    def match_key(self, record: ArticleLine) -> str:
        return article_match_key(record)

    @property
    def copy_of(self) -> dict[str, str]:
        """Each copy's id -> the id of the article its row is folded under."""
        return self._copy_of

    def set_articles(self, articles: Sequence[ArticleLine], keep: str | None = None) -> None:
        self.show_set(prepare_articles(articles, self.sort_key), keep)

    def show_set(self, data: ArticleSet, keep: str | None = None) -> None:
        """Show the articles of ``data`` (made in a worker); a sort or an expanded story
        chosen meanwhile still holds."""
        self._by_id, self._copies, self._copy_of = data.by_id, data.copies, data.copy_of
        article_list = self.list
        if isinstance(article_list, ArticleList):
            article_list.columns = data.columns
        if data.sort_key != self.sort_key:
            ordered = sort_articles(data.records, self.sort_key)
            self.set_records(ordered, keep=keep)
        elif self._expanded:
            self.set_records(data.records, keep=keep)
        else:
            self.set_prepared(data.records, data.rows, keep)

    def rows(self, shown: list[ArticleLine]) -> list[tuple[str, Any]]:
        """Copies fold under the first of their story shown; an expanded story lists them."""
        return article_rows(shown, self._copies, self._copy_of, self._expanded, self._by_id)

    def toggle_copies(self, article_id: str) -> None:
        lead = self._copy_of.get(article_id, article_id)
        self._expanded.symmetric_difference_update({lead})
        self.apply_filter(keep=lead)

    def action_sort(self) -> None:
        self.cycle_sort()

    def cycle_sort(self) -> str:
        """Sort by the next key; returns it."""
        self.sort_key = SORT_KEYS[(SORT_KEYS.index(self.sort_key) + 1) % len(SORT_KEYS)]
        self.set_records(sort_articles(self._records, self.sort_key))
        return self.sort_key

    def update_subtitle(self) -> None:
        super().update_subtitle()
        parent = self.parent
        if parent is not None and parent.has_class("pane"):
            parent.border_title = f"Articles {glyphs().dot} by {self.sort_key}"
