"""An article without a headline is listed by the first words of its lede, and two such
articles are not taken for copies of one story."""

from __future__ import annotations

from store.db.list_keys import story_sum
from store.db.lists import ArticleLine
from store.records import ArticleMeta
from tui.widgets.article_list import (
    ArticleRow,
    article_prompt,
    article_rows,
    copy_key,
    group_copies,
)


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


def line(id: str, shown: str, sentences: int = 4, story: int | None = None) -> ArticleLine:
    return ArticleLine(id, shown, "2024-05-06", None, None, sentences, 0, story)


def test_copies_are_grouped_alike_by_the_story_checksums_without_them_or_when_two_meet() -> None:
    titles = ["Tonga and Fiji sign a pact", "TONGA and fiji  sign a pact", "Samoa pact", "Tonga and Fiji sign a pact", "Niue talks", "samoa PACT"]
    plain = [line(f"a{i}", t) for i, t in enumerate(titles)]
    summed = [line(m.id, m.shown, story=story_sum(m.shown, m.sentences)) for m in plain]
    clashing = [line(m.id, m.shown, story=7) for m in plain]  # every checksum the same
    want = {"a0": ["a1", "a3"], "a2": ["a5"]}
    assert group_copies(plain) == group_copies(summed) == group_copies(clashing) == want
    other = [*summed, line("a6", "Tonga and Fiji sign a pact", sentences=9)]  # a rewrite
    assert group_copies(other) == want


def test_the_rows_of_every_article_are_those_of_the_general_case() -> None:
    titles = ["Pact", "pact", "Accord", "Talks", "PACT", "accord"]
    lines = [line(f"a{i}", t, story=story_sum(t, 4)) for i, t in enumerate(titles)]
    copies = group_copies(lines)
    copy_of = {c: lead for lead, cs in copies.items() for c in cs}
    by_id = {m.id: m for m in lines}
    every = article_rows(lines, copies, copy_of, set(), by_id)
    ghost = {**by_id, "zz": line("zz", "Elsewhere")}  # one more article, not shown: no shortcut
    general = article_rows(lines, copies, copy_of, set(), ghost)
    assert [(k, r.meta.id, r.copies, r.is_copy) for k, r in every] == [
        (k, r.meta.id, r.copies, r.is_copy) for k, r in general
    ]
    assert [k for k, _ in every] == ["a0", "a2", "a3"] and every[0][1].copies == ["a1", "a4"]
