"""A blog post's title under the blog's masthead (blog_post_title), and the post's row with its
sections and comment count (a meta row)."""

from __future__ import annotations

from store.parse.meta_rows import meta_row
from store.parse.rules_blog import post_row
from tests.parse.rules_support import body, parse, rule_of

LEDE = (
    "Vanuatu and Fiji signed a ferry services agreement on Friday that will reopen the route "
    "between Port Vila and Lautoka for the first time since 2019."
)
MORE = "The ministers said the first sailing is planned for March."
TITLE = "Vanuatu and Fiji reopen their ferry route under a new deal"


def test_a_masthead_with_its_motto_over_the_post_title() -> None:
    text = f"Reef Watch — notes on shipping and fisheries in Melanesia\n\n{TITLE}\n\nPosted by Lisi Kalo | March 2, 2024 | Shipping, Fiji | 5 Comments\n\n{LEDE}\n\n{MORE}\n"
    a = parse(text)
    assert (a.title, a.source, a.byline, a.published) == (TITLE, "Reef Watch", "Lisi Kalo", "2024-03-02")
    assert rule_of(text, TITLE) == "blog_post_title"
    assert "Reef Watch" not in body(a) and "Posted by" not in body(a)


def test_the_blog_name_on_its_own_line_over_the_motto() -> None:
    text = f"Melanesia Shipping Log\nA blog on ports, ferries and the sea lanes of the Pacific\n\n{TITLE}\nPosted by Lisi Kalo | March 2, 2024 | 5 Comments\n\n{LEDE}\n"
    a = parse(text)
    assert (a.title, a.source) == (TITLE, "Melanesia Shipping Log")


def test_a_standfirst_over_a_news_byline_stays_body() -> None:
    standfirst = "Ferries between the two capitals will resume in March, officials say"
    text = f"{TITLE}\n\n{standfirst}\n\nBy Lisi Kalo | March 2, 2024\n\n{LEDE}\n\n{MORE}\n"
    a = parse(text)
    assert a.title == TITLE and standfirst in body(a)


def test_post_rows() -> None:
    assert post_row("Posted by Lisi Kalo | March 2, 2024 | 5 Comments")
    assert post_row("Lisi Kalo | March 2, 2024 | No Comments")
    assert not post_row("By Lisi Kalo | March 2, 2024")
    assert not post_row("Posted in Shipping")


def test_a_post_row_lists_sections_before_its_comment_count() -> None:
    row = meta_row("Posted by Lisi Kalo | March 2, 2024 | Shipping, Fiji | 5 Comments")
    assert row is not None and (row.byline, row.place, row.dates) == ("Lisi Kalo", None, [("date", "2024-03-02")])
    assert meta_row("By Lisi Kalo | Shipping, Fiji | March 2, 2024") is None
