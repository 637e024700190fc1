"""An article without a headline is listed by the first words of its lede, and two such
articles are not taken for copies of one story."""

from __future__ import annotations

from store.records import ArticleMeta
from tui.widgets.article_list import ArticleRow, article_prompt, copy_key


def meta(id: str, title: str, label: str) -> ArticleMeta:
    return ArticleMeta(id, f"{id}.txt", title, None, None, "2024-05-06", None, "", (0, 0), 4, label=label)


def test_the_list_shows_the_title_or_else_the_ledes_first_words() -> None:
    headless = meta("a1", "", "Tonga and Fiji signed a fisheries pact on Monday that pools …")
    titled = meta("a2", "Tonga and Fiji sign fisheries pact", "Tonga and Fiji sign fisheries pact")
    assert article_prompt(ArticleRow(headless), 120).plain.endswith("Tonga and Fiji signed a fisheries pact on Monday that pools …")
    assert article_prompt(ArticleRow(titled), 120).plain.endswith("Tonga and Fiji sign fisheries pact")
    assert headless.shown == headless.label and titled.shown == titled.title


def test_headless_articles_are_not_copies_of_each_other() -> None:
    one = meta("a1", "", "Tonga and Fiji signed a fisheries pact on Monday …")
    other = meta("a2", "", "Samoa and Niue agreed on shared patrols of their waters …")
    assert copy_key(one) != copy_key(other)


def test_copies_are_found_alike_whether_a_title_is_plain_ascii_or_not() -> None:
    plain = meta("a1", "Tonga  and FIJI sign\ta pact", "")
    spaced = meta("a2", "tonga and fiji sign a pact", "")
    styled = meta("a3", "Tonga and Fiji sign a pact\u200b", "")  # a zero-width mark goes
    escaped = meta("a4", "Tonga and Fiji \x1b[31msign a pact", "")  # so does an escape
    curly = meta("a5", "Tonga\u2019s pact", "")
    straight = meta("a6", "TONGA'S PACT", "")
    assert copy_key(plain) == copy_key(spaced) == copy_key(styled) == copy_key(escaped)
    assert copy_key(curly) == copy_key(straight)
