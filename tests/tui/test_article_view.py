"""The article text pane: wrapping, sentence lines, styles by kind, and offset-safe cleaning."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from rich.cells import cell_len
from textual.app import App, ComposeResult

import tui
from store.db.schema import body_of_article
from store.records import ArticleMeta, Body, Mention, Paragraph, Quote, Sentence
from tests.tui_support import HOSTILE, actor, make_article
from tui.safe import clean_body, file_name, line_text, one_line, safe_text
from tui.widgets.article_list import ArticleRow, Columns, article_prompt
from tui.widgets.article_view import ArticleView
from tui.widgets.text_layout import checked_body, wrap

# --- wrap -------------------------------------------------------------------------------------


@given(st.text(alphabet=st.sampled_from("ab c漢 \u00e9"), max_size=200), st.integers(1, 30))
@settings(max_examples=300, deadline=None)
def test_wrap_covers_text_in_order_within_width(text: str, width: int) -> None:
    lines = wrap(text, 0, len(text), width)
    assert lines[0][0] == 0 and lines[-1][1] == len(text)
    for (_, end), (start, _) in zip(lines, lines[1:], strict=False):
        assert end == start  # contiguous: every character is on exactly one line
    for start, end in lines:
        shown = text[start:end].rstrip(" ")
        # a line is over width only when it is one character that is itself wider
        assert cell_len(shown) <= width or len(shown) == 1


def test_wrap_breaks_at_spaces_and_cuts_long_words() -> None:
    text = "alpha beta gamma delta"
    assert [text[s:e] for s, e in wrap(text, 0, len(text), 11)] == ["alpha beta ", "gamma delta"]
    word = "abcdefgh"
    assert [word[s:e] for s, e in wrap(word, 0, 8, 3)] == ["abc", "def", "gh"]
    assert wrap("", 0, 0, 5) == [(0, 0)]


# --- cleaning keeps offsets ------------------------------------------------------------------


def test_clean_body_remaps_offsets_around_removed_controls() -> None:
    article = make_article("h", "t", [("text", [f"Start {HOSTILE} Lemuria.", "Next one."])])
    body = body_of_article(article, [Mention("c-l", "country", 0, *_find(article.text, "Lemuria"))])
    cleaned = clean_body(body)
    assert "\x1b" not in cleaned.text and "\x07" not in cleaned.text and "\r" not in cleaned.text
    m = cleaned.mentions[0]
    assert cleaned.text[m.start : m.end] == "Lemuria"
    s1 = cleaned.sentences[1]
    assert cleaned.text[s1.start : s1.end] == "Next one."
    assert cleaned.text[cleaned.paragraphs[0].start : cleaned.paragraphs[0].end].endswith(
        "Next one."
    )


def test_clean_body_leaves_clean_text_alone() -> None:
    article = make_article("c", "t", [("text", ["Plain text."])])
    body = body_of_article(article, [])
    assert clean_body(body) is body


def test_safe_text_never_reads_markup() -> None:
    assert safe_text("[bold]x[/]\n\x1b[2Jy").plain == "[bold]x[/] y"
    assert line_text(("[red]a[/]", "bold"), (" b\x07", "")).plain == "[red]a[/] b"
    assert not safe_text("[bold]x[/]").spans


def _find(text: str, word: str) -> tuple[int, int]:
    start = text.index(word)
    return start, start + len(word)


# --- the widget --------------------------------------------------------------------------------


def sample() -> tuple[ArticleMeta, Body]:
    article = make_article(
        "v",
        "A title",
        [
            ("heading", ["Heading here"]),
            ("text", ["Ana Ruiz met Lemuria officials.", "They discussed the Pacific Accord."]),
            ("bullet", ["A bullet point that is long enough to wrap onto a second line here."]),
            ("post", ["A post."]),
            ("source", ["Source: wire"]),
        ]
        + [("text", [f"Paragraph {i} sentence."]) for i in range(40)],
        byline="By Someone",
    )
    mentions = []
    for kind, name, entity in (
        ("person", "Ana Ruiz", "p-ana"),
        ("country", "Lemuria", "c-lem"),
        ("agreement", "Pacific Accord", "g-pa"),
    ):
        for span in actor(article, "person", name).spans:
            mentions.append(Mention(entity, kind, span.sentence, span.start, span.end))
    meta = ArticleMeta(
        "v",
        "v.txt",
        article.title,
        None,
        article.byline,
        "2025-05-05",
        "Wire",
        "",
        (0, 0),
        len(article.sentences),
    )
    return meta, body_of_article(article, mentions)


class ViewApp(App[None]):
    CSS_PATH = str(Path(tui.__file__).parent / "app.tcss")

    def compose(self) -> ComposeResult:
        yield ArticleView(id="v")


async def test_view_lays_out_structure_and_styles_mentions() -> None:
    meta, body = sample()
    app = ViewApp()
    async with app.run_test(size=(40, 12)) as pilot:
        view = app.query_one(ArticleView)
        view.show(meta, body)
        await pilot.pause()
        lines = view.plain_lines()
        assert lines[0].strip() == "A title"
        assert lines[1].strip() == "2025-05-05 · By Someone · Wire"
        assert any(line.startswith("  • A bullet") for line in lines)
        assert any(line.startswith("    ") and "second" in line for line in lines)  # hanging indent
        assert any(line.startswith("  │ A post.") for line in lines)
        assert all(len(line) <= view.scrollable_content_region.width for line in lines)
        # mention styles differ by kind and include a non-colour attribute
        text = view._line_text(view.sentence_line(1))
        styles = {text.plain[s.start : s.end]: s.style for s in text.spans}
        person, country = styles["Ana Ruiz"], styles["Lemuria"]
        assert person != country
        assert person.bold and country.underline


async def test_view_marks_sentence_and_scrolls_it_into_view() -> None:
    meta, body = sample()
    app = ViewApp()
    async with app.run_test(size=(40, 12)) as pilot:
        view = app.query_one(ArticleView)
        last = len(body.sentences) - 1
        view.show(meta, body, sentence=last)
        await pilot.pause()
        line = view.sentence_line(last)
        top = view.scroll_offset.y
        assert top > 0 and top <= line < top + view.scrollable_content_region.height
        rendered = view.render_line(line - top).text
        assert rendered.startswith("▌ ") and "Paragraph 39" in rendered
        # unmarked lines carry no marker
        assert not view.render_line(0).text.startswith("▌")
        # a resize re-wraps and keeps the marked sentence in view
        await pilot.resize_terminal(30, 10)
        await pilot.pause()
        line = view.sentence_line(last)
        top = view.scroll_offset.y
        assert top <= line < top + view.scrollable_content_region.height


async def test_view_mention_cursor_cycles_and_posts_choice() -> None:
    meta, body = sample()
    chosen: list[Mention] = []

    class Catch(ViewApp):
        def on_article_view_mention_chosen(self, message: ArticleView.MentionChosen) -> None:
            chosen.append(message.mention)

    app = Catch()
    async with app.run_test(size=(40, 12)) as pilot:
        view = app.query_one(ArticleView)
        view.show(meta, body)
        view.focus()
        await pilot.pause()
        assert app.check_action is not None
        await pilot.press("enter")  # no cursor yet: nothing chosen
        assert chosen == []
        await pilot.press("n", "n", "enter")
        assert [m.entity for m in chosen] == ["c-lem"]
        await pilot.press("N", "N", "enter")  # wraps around to the last mention
        assert chosen[-1].entity == "g-pa"


# --- hostile and odd text never breaks the offsets or the rendering ---------------------------

NOISE = st.sampled_from(["\x1b[2J", "\x1b]52;c;aGk=\x07", "\x07", "\r", "\x00", "\u202e", "\x9b"])
WORD = st.sampled_from(["alpha", "漢字", "e\u0301", "[b]x[/b]", "👍🏽", "\t", "tab\tbed"])


@given(st.lists(st.tuples(WORD, st.lists(NOISE, max_size=2)), min_size=1, max_size=12))
@settings(max_examples=200, deadline=None)
def test_clean_body_keeps_every_mention_on_its_word(parts: list[tuple[str, list[str]]]) -> None:
    text, mentions = "", []
    for i, (word, noise) in enumerate(parts):
        text += "".join(noise)
        mentions.append(Mention(f"e{i}", "person", 0, len(text), len(text) + len(word)))
        text += word + " "
    body = Body(
        "x", text, [Paragraph("text", 0, len(text))], [Sentence(0, 0, 0, len(text))], [], mentions
    )
    cleaned = clean_body(body)
    for m, (word, _) in zip(cleaned.mentions, parts, strict=True):
        assert cleaned.text[m.start : m.end] == word


async def test_view_renders_odd_text_without_error() -> None:
    words = ["漢字漢字漢字", "👍🏽", "e\u0301", "x" * 90, "[b]x[/b]", "\x1b[2J", "\r\n", "\t", ""]
    app = ViewApp()
    async with app.run_test(size=(30, 10)) as pilot:
        view = app.query_one(ArticleView)
        for n in range(1, len(words) + 1):
            article = make_article(
                "o", words[n - 1] or "t", [("text", [" ".join(words[:n]) or "."])]
            )
            meta = ArticleMeta("o", "o.txt", article.title, None, None, None, None, "", (0, 0), 1)
            view.show(meta, body_of_article(article, []), sentence=0)
            await pilot.pause()
            lines = view.plain_lines()
            assert all(cell_len(line) <= view.scrollable_content_region.width for line in lines)
            for y in range(view.size.height):
                assert "\x1b" not in view.render_line(y).text


async def test_view_sets_quotes_in_italics() -> None:
    article = make_article("q", "t", [("text", ["She said “we agree” today.", "Next."])])
    start = article.text.index("“")
    article.quotes.append(Quote(0, start, start + len("“we agree”"), None))
    meta = ArticleMeta("q", "q.txt", "t", None, None, None, None, "", (0, 0), 2)
    app = ViewApp()
    async with app.run_test(size=(40, 10)) as pilot:
        view = app.query_one(ArticleView)
        view.show(meta, body_of_article(article, []))
        await pilot.pause()
        text = view._line_text(view.sentence_line(0))
        italic = [text.plain[s.start : s.end] for s in text.spans if s.style.italic]
        assert italic == ["“we agree”"]


async def test_resize_keeps_the_text_at_the_top_when_the_mark_is_away() -> None:
    meta, body = sample()
    app = ViewApp()
    async with app.run_test(size=(40, 12)) as pilot:
        view = app.query_one(ArticleView)
        view.show(meta, body, sentence=len(body.sentences) - 1)
        await pilot.pause()
        view.scroll_to(y=12, animate=False, immediate=True)  # read elsewhere, mark off screen
        await pilot.pause()
        offset = view._top_offset()
        await pilot.resize_terminal(30, 12)
        await pilot.pause()
        top = view.scroll_offset.y
        assert view._lines[top].start <= offset < view._lines[top].end + 1


def test_checked_body_clamps_damaged_offsets() -> None:
    body = Body(
        "d",
        "short\ttext",
        [],  # no paragraphs: shown as one
        [Sentence(0, 0, 3, 999)],
        [],
        [Mention("x", "person", 0, 8, 50), Mention("y", "event", 0, -5, 2)],
    )
    checked = checked_body(body)
    assert checked.text == "short text"
    assert [(p.start, p.end) for p in checked.paragraphs] == [(0, 10)]
    assert (checked.sentences[0].start, checked.sentences[0].end) == (3, 10)
    assert [(m.start, m.end) for m in checked.mentions] == [(0, 2), (8, 10)]


async def test_view_survives_a_damaged_body() -> None:
    meta = ArticleMeta("d", "d.txt", "t", None, None, None, None, "", (0, 0), 1)
    body = Body(
        "d",
        "Some text here.",
        [Paragraph("text", 0, 400)],
        [Sentence(0, 0, 0, 400)],
        [],
        [Mention("x", "event", 0, 0, 4), Mention("y", "person", 0, 5, 900)],
    )
    app = ViewApp()
    async with app.run_test(size=(40, 10)) as pilot:
        view = app.query_one(ArticleView)
        view.show(meta, body, sentence=0)
        await pilot.pause()
        assert "Some text here." in "\n".join(view.plain_lines())
        await pilot.press("n", "n", "n")


def test_file_name_is_the_base_name_of_a_stored_path() -> None:
    assert file_name("/data/news/a/report.txt") == "report.txt"
    assert file_name("C:\\news\\b\\report.txt") == "report.txt"
    assert file_name("report.txt") == "report.txt"
    assert file_name("/data/x\x1b[31m/evil\x1b[0m.txt") == "evil.txt"


def test_article_list_line_is_date_source_title_and_never_the_file_name() -> None:
    meta, _ = sample()
    dated = replace(meta, file="/data/a/v.txt", published="2025-05-05T09:30:00+02:00")
    line = article_prompt(ArticleRow(dated), 60, Columns(True, 4)).plain
    assert line.startswith("2025-05-05 Wire ") and "\n" not in line
    bare = replace(meta, file="/data/folder/deep/v.txt", published=None, source=None, dateline=None)
    line = article_prompt(ArticleRow(bare), 60, Columns(True, 4)).plain
    assert line.startswith("-          " + " " * 5) and "v.txt" not in line  # columns kept aligned
    assert article_prompt(ArticleRow(bare), 60, Columns(False, 0)).plain == one_line(bare.shown)


async def test_view_names_the_file_when_the_article_has_no_date_or_source() -> None:
    meta, body = sample()
    bare = replace(meta, file="/data/folder/v.txt", published=None, byline=None, source=None)
    app = ViewApp()
    async with app.run_test(size=(60, 20)) as pilot:
        view = app.query_one(ArticleView)
        view.show(bare, body)
        await pilot.pause()
        lines = [view.render_line(y).text.strip() for y in range(4)]
        assert "v.txt" in lines and not any("/data/folder" in line for line in lines)


def test_file_name_keeps_an_escaped_undecodable_name_whole() -> None:
    assert file_name("/data/news/\\xfename.txt") == "\\xfename.txt"
    assert file_name("/data/news/tab\\tname.txt") == "tab\\tname.txt"


async def test_view_shows_the_url_and_copies_it_only_when_asked() -> None:
    meta, body = sample()
    url = "https://wire.example/2025/05/pacific-accord"
    app = ViewApp()
    async with app.run_test(size=(60, 12)) as pilot:
        view = app.query_one(ArticleView)
        view.show(meta, body)  # no URL: the key does nothing
        view.focus()
        await pilot.pause()
        assert view.check_action("copy_url", ()) is False
        await pilot.press("c")
        assert app.clipboard == ""
        view.show(replace(meta, url=url), body)
        await pilot.pause()
        lines = view.plain_lines()
        assert lines[2].strip() == url
        assert app.clipboard == ""  # showing it copies nothing
        await pilot.press("c")
        assert app.clipboard == url
