"""Rule post_row_head: a post with no title of its own opens with the blog's masthead (its name
before a lower-case motto: the publisher) or a section label in capitals right over its row;
neither is the headline. A post's own title over its row still is."""

from __future__ import annotations

from tests.parse.rules_support import parse

LEDE = "SUVA, Fiji – Fiji and Samoa signed a fisheries pact on Monday, officials said.\n\nThe pact runs for ten years.\n"


def test_a_masthead_with_its_motto_over_the_row() -> None:
    a = parse("Reef Watch — notes on fisheries and trade in the Pacific\n\nPosted by Veni Tora on May 13, 2024 · 4 Comments\n\n" + LEDE)
    assert not a.title and a.source == "Reef Watch" and a.byline == "Veni Tora" and a.published == "2024-05-13"


def test_a_section_label_over_the_row() -> None:
    a = parse("REGIONAL NEWS\nPosted on May 13, 2024 by Veni Tora\n\n" + LEDE)
    assert not a.title and a.byline == "Veni Tora" and a.published == "2024-05-13"


def test_a_posts_own_title_stays_the_headline() -> None:
    a = parse("Fiji And Samoa Sign Fisheries Pact\n\nPosted by Veni Tora on May 13, 2024 · 4 Comments\n\n" + LEDE)
    assert a.title == "Fiji And Samoa Sign Fisheries Pact"
