"""The article text pane: a line-based view that wraps the body itself and renders only what shows.

The body is wrapped into a list of ``_Line`` records (character ranges of the body text), so
the view knows on which line every sentence starts: scrolling a sentence into view is exact.
Styles (mentions by kind, the marked sentence, the mention under the cursor) are applied
when a visible line is rendered, from the ``article-view--*`` component classes in app.tcss.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import ClassVar

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.binding import Binding, BindingType
from textual.events import Resize
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from store.records import ArticleMeta, Body, Mention
from tui.glyphs import glyphs
from tui.safe import clean_body, file_name, one_line, without_headline
from tui.widgets.text_layout import MENTION_KINDS, checked_body, wrap

GUTTER = 2  # the marker column and a space
PREFIX = {"bullet": ("• ", "  "), "post": ("│ ", "│ "), "source": ("  ", "  ")}
KIND_CLASS = {
    "text": "",
    "heading": "article-view--heading",
    "bullet": "",
    "source": "article-view--source",
    "post": "article-view--post",
}


@dataclass(slots=True)
class _Line:
    """One screen line: a range of the body text, or a prebuilt header line."""

    start: int = -1
    end: int = -1
    kind: str = "text"
    prefix: str = ""
    header: Text | None = None


class ArticleView(ScrollView, can_focus=True):
    """Shows one article: title, metadata, structured paragraphs, highlighted mentions."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("n", "next_mention", "Next"),
        Binding("N", "previous_mention", "Prev"),
        Binding("enter", "open_mention", "Open"),
        Binding("c", "copy_url", "Copy URL", tooltip="Copy the article's URL to the clipboard"),
        Binding("X", "split_mention", "Split off", show=False),  # the mention under the cursor
        Binding("down,j", "scroll_down", "Down", show=False),
        Binding("up,k", "scroll_up", "Up", show=False),
        Binding("home,g", "scroll_home", "Top", show=False),
        Binding("end,G", "scroll_end", "Bottom", show=False),
        Binding("pagedown,space", "page_down", "Page down", show=False),
        Binding("pageup,b", "page_up", "Page up", show=False),
    ]

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "article-view--title",
        "article-view--meta",
        "article-view--heading",
        "article-view--source",
        "article-view--post",
        "article-view--quote",
        "article-view--person",
        "article-view--country",
        "article-view--organization",
        "article-view--agreement",
        "article-view--mark",
        "article-view--gutter",
        "article-view--cursor",
        "article-view--empty",
    }

    class MentionChosen(Message):
        """The reader pressed Enter on a mention: open its actor or agreement."""

        def __init__(self, mention: Mention) -> None:
            super().__init__()
            self.mention = mention

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.meta: ArticleMeta | None = None
        self.body: Body | None = None
        self.marked: int | None = None
        self.cursor: int | None = None  # index into body.mentions
        self._lines: list[_Line] = []
        self._line_starts: list[int] = []  # body offset of each body line, ascending
        self._line_index: list[int] = []  # position in _lines of each entry of _line_starts
        self._mention_starts: list[int] = []
        self._mention_reach = 0  # the longest mention, to find those starting before a line
        self._width = 0
        self._sized = False
        self._height = 1
        self._styles: dict[str, Style] = {}
        self._placeholder = "No article open. Choose one from the Articles list."

    # --- public API ------------------------------------------------------------------------

    @property
    def article_id(self) -> str | None:
        return self.meta.id if self.meta else None

    def show(
        self, meta: ArticleMeta, body: Body, sentence: int | None = None, keep_place: bool = False
    ) -> None:
        """Show an article; with ``sentence``, mark it and scroll it into view.

        ``keep_place`` (a reload of the article already shown) keeps the scroll position.
        """
        same = self.meta is not None and self.meta.id == meta.id
        self.meta = meta
        self.body = checked_body(clean_body(without_headline(body)))
        self._mention_starts = [m.start for m in self.body.mentions]
        self._mention_reach = max((m.end - m.start for m in self.body.mentions), default=0)
        if not same or (self.cursor is not None and self.cursor >= len(self.body.mentions)):
            self.cursor = None
        self.marked = (
            sentence if sentence is not None and 0 <= sentence < len(body.sentences) else None
        )
        y = self.scroll_offset.y
        self._layout(force=True)
        if same and keep_place:
            self.scroll_to(y=y, animate=False, immediate=True)
        elif self.marked is not None:
            self.scroll_to_sentence(self.marked)
        elif not same:
            self.scroll_to(0, 0, animate=False, immediate=True)
        self.refresh_bindings()

    def clear(self, message: str | None = None) -> None:
        """Show nothing (e.g. the open article left the store)."""
        self.meta = self.body = None
        self.marked = self.cursor = None
        if message:
            self._placeholder = message
        self._layout(force=True)
        self.scroll_to(0, 0, animate=False, immediate=True)

    def sentence_line(self, index: int) -> int | None:
        """The screen line on which sentence ``index`` starts (after the last layout)."""
        if self.body is None or not 0 <= index < len(self.body.sentences):
            return None
        return self._line_of(self.body.sentences[index].start)

    def scroll_to_sentence(self, index: int) -> None:
        """Scroll so the sentence starts about a third of the way down the pane.

        Done now and again after the next refresh, when a new virtual size has taken effect.
        """
        self._scroll_to_sentence(index, self.article_id)
        self.call_after_refresh(self._scroll_to_sentence, index, self.article_id)

    def _scroll_to_sentence(self, index: int, article_id: str | None) -> None:
        line = self.sentence_line(index)
        if line is not None and article_id == self.article_id:
            top = max(0, line - max(1, self.scrollable_content_region.height // 3))
            self.scroll_to(y=top, animate=False, immediate=True)

    def plain_lines(self) -> list[str]:
        """Every laid-out line as plain text (what a reader sees, without styles)."""
        return [self._line_text(i).plain for i in range(len(self._lines))]

    # --- actions ---------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("next_mention", "previous_mention"):
            return True if self.body is not None and self.body.mentions else None
        if action in ("open_mention", "split_mention"):
            return True if self.cursor is not None else None
        if action == "copy_url":  # hidden, not greyed: most articles (text files) have no URL
            return self.meta is not None and bool(self.meta.url)
        return True

    def action_next_mention(self) -> None:
        self._move_cursor(+1)

    def action_previous_mention(self) -> None:
        self._move_cursor(-1)

    def action_open_mention(self) -> None:
        if self.body is not None and self.cursor is not None:
            self.post_message(self.MentionChosen(self.body.mentions[self.cursor]))

    def action_split_mention(self) -> None:
        """The mention under the cursor to a new record of its own (asks for its name)."""
        if self.body is not None and self.cursor is not None:
            mention = self.body.mentions[self.cursor]
            from tui.fix_flows import split_mention, start  # dialogs load on first use

            start(self, split_mention(self, self.body.id, mention))

    def action_copy_url(self) -> None:
        """The article's URL to the clipboard (Textual's OSC 52), only when the user asks."""
        url = self.meta.url if self.meta is not None else None
        if url:
            self.app.copy_to_clipboard(url)
            self.notify(f"Copied {one_line(url)}", title="URL", markup=False)

    def _move_cursor(self, step: int) -> None:
        if self.body is None or not self.body.mentions:
            return
        count = len(self.body.mentions)
        if self.cursor is None:
            top = self.scroll_offset.y
            first = next(
                (i for i, m in enumerate(self.body.mentions) if self._line_of(m.start) >= top), 0
            )
            self.cursor = first if step > 0 else (first - 1) % count
        else:
            self.cursor = (self.cursor + step) % count
        line = self._line_of(self.body.mentions[self.cursor].start)
        height = max(1, self.scrollable_content_region.height)
        if not self.scroll_offset.y <= line < self.scroll_offset.y + height:
            self.scroll_to(y=max(0, line - height // 3), animate=False, immediate=True)
        self.refresh_bindings()
        self.refresh()

    # --- layout ----------------------------------------------------------------------------

    def on_resize(self, event: Resize) -> None:
        """Re-wrap for the new width, keeping the reader's place.

        The marked sentence stays in view if it was; otherwise the text at the top of the pane
        stays at the top. The first real size (the article may have been laid out before the
        pane had one) scrolls to the marked sentence.
        """
        first_size = not self._sized
        self._sized = True
        anchor = self._top_offset()
        mark_shown = False
        if self.marked is not None and (line := self.sentence_line(self.marked)) is not None:
            top = self.scroll_offset.y
            mark_shown = top <= line < top + self._height  # the height before this resize
        self._height = max(1, self.scrollable_content_region.height)
        if not self._layout() and not first_size:
            return
        if self.marked is not None and (first_size or mark_shown or anchor is None):
            self.scroll_to_sentence(self.marked)
        elif anchor is not None:
            self.scroll_to(y=self._line_of(anchor), animate=False, immediate=True)

    def _top_offset(self) -> int | None:
        """The body offset shown on the first line of the pane (None when none is)."""
        top = self.scroll_offset.y
        for line in self._lines[top : top + 3]:
            if line.header is None:
                return line.start
        return None

    def _line_of(self, offset: int) -> int:
        pos = bisect_right(self._line_starts, offset) - 1
        return self._line_index[max(pos, 0)] if self._line_index else 0

    def _layout(self, force: bool = False) -> bool:
        """Wrap the article for the pane's width; False when nothing needed doing."""
        width = self.scrollable_content_region.width
        if width <= 0:
            width = 80
        if width == self._width and not force:
            return False
        self._width = width
        inner = max(width - GUTTER, 10)
        lines: list[_Line] = []
        meta, body = self.meta, self.body
        if meta is None or body is None:
            note = self._placeholder
            for s, e in wrap(note, 0, len(note), inner):
                lines.append(_Line(header=Text(note[s:e].rstrip(), style="article-view--empty")))
        else:
            title = one_line(meta.shown) or "(untitled)"
            facts = [meta.published, meta.dateline, meta.byline, meta.source]
            info = f" {glyphs().dot} ".join(one_line(f) for f in facts if f and one_line(f))
            info = info or file_name(meta.file)  # at least say which file this is
            url = one_line(meta.url) if meta.url else ""
            heads = ((title, "article-view--title"), (info, "article-view--meta"), (url, "article-view--meta"))
            for header, cls in heads:
                for s, e in wrap(header, 0, len(header), inner) if header else []:
                    lines.append(_Line(header=Text(header[s:e].rstrip(), style=cls)))
            text = body.text
            for p in body.paragraphs:
                lines.append(_Line(header=Text("")))
                first, rest = PREFIX.get(p.kind, ("", ""))
                s = p.start
                while s <= p.end:
                    nl = text.find("\n", s, p.end)
                    e = p.end if nl < 0 else nl
                    for ls, le in wrap(text, s, e, inner - len(first)):
                        prefix = first if ls == p.start else rest
                        lines.append(_Line(ls, le, p.kind, prefix))
                    s = e + 1
        self._lines = lines
        starts: list[int] = []
        index: list[int] = []
        for i, line in enumerate(lines):
            if line.header is None:
                starts.append(line.start)
                index.append(i)
        self._line_starts, self._line_index = starts, index
        self.virtual_size = Size(width, len(lines))
        self.refresh()
        return True

    # --- rendering -------------------------------------------------------------------------

    def _style(self, name: str) -> Style:
        """A component class's style, cached until the stylesheet or theme changes."""
        style = self._styles.get(name)
        if style is None:
            style = self.get_component_rich_style(name, partial=True) if name else Style()
            self._styles[name] = style
        return style

    def notify_style_update(self) -> None:
        self._styles.clear()
        super().notify_style_update()

    def _line_text(self, y: int) -> Text:
        line = self._lines[y]
        if line.header is not None:
            head = line.header.copy()
            if head.style and isinstance(head.style, str):
                head.style = self._style(head.style)
            return Text("  ") + head
        body = self.body
        assert body is not None
        text = body.text
        end = line.end
        while end > line.start and text[end - 1] == " ":
            end -= 1
        content = Text(text[line.start : end], style=self._style(KIND_CLASS.get(line.kind, "")))
        for quote in body.quotes:
            if quote.start < end and quote.end > line.start:
                a, b = max(quote.start, line.start), min(quote.end, end)
                content.stylize(self._style("article-view--quote"), a - line.start, b - line.start)
        marked = False
        if self.marked is not None:
            sentence = body.sentences[self.marked]
            if sentence.start < end and sentence.end > line.start or sentence.start == line.start:
                marked = True
                content.stylize(
                    self._style("article-view--mark"),
                    max(sentence.start, line.start) - line.start,
                    min(sentence.end, end) - line.start,
                )
        first = bisect_left(self._mention_starts, line.start - self._mention_reach)
        last = bisect_left(self._mention_starts, end)
        for i in range(first, last):
            m = body.mentions[i]
            if m.end <= line.start:
                continue
            a, b = max(m.start, line.start) - line.start, min(m.end, end) - line.start
            if m.kind in MENTION_KINDS:
                content.stylize(self._style(f"article-view--{m.kind}"), a, b)
            if i == self.cursor:
                content.stylize(self._style("article-view--cursor"), a, b)
        gutter = Text("▌ " if marked else "  ", style=self._style("article-view--gutter"))
        prefix = Text(
            line.prefix, style=self._style("article-view--post") if line.kind == "post" else ""
        )
        return Text.assemble(gutter, prefix, content, no_wrap=True, end="")

    def render_line(self, y: int) -> Strip:
        scroll_x, scroll_y = self.scroll_offset
        width = self.scrollable_content_region.width
        base = self.rich_style
        index = scroll_y + y
        if index >= len(self._lines):
            return Strip.blank(width, base)
        text = self._line_text(index)
        segments = [
            Segment(s.text, base + s.style if s.style else base)
            for s in text.render(self.app.console)
        ]
        strip = Strip(segments).crop_extend(scroll_x, scroll_x + width, base)
        return strip.apply_offsets(scroll_x, index)
