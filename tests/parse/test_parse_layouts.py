"""parse_article on whole articles in layouts the seeds do not show: wire stories, markdown, posts, scraped pages."""

from __future__ import annotations

import pytest

from store.parse.article import parse_article
from tests.parse.parse_support import (
    ARTICLES,
    body,
    check_structure,
    load,
    paragraphs,
    quotes,
    sentences,
)

ALL = sorted(p.name for p in ARTICLES.iterdir())


@pytest.mark.parametrize("name", ALL)
def test_fixture_structure_is_consistent(name: str) -> None:
    a = load(name)
    check_structure(a)
    assert a.file == name
    assert a.title and a.paragraphs and a.warnings == []
    for _, text in paragraphs(a):
        assert "http" not in text and "pic.twitter.com" not in text


def test_wire_story_with_byline_and_reporting_footer() -> None:
    a = load("reuters_brussels.txt")
    assert a.title == "EU and Mercosur clinch trade deal after 25 years of talks"
    assert (a.dateline, a.byline, a.published, a.source) == (
        "Brussels",
        "Philip Blenkinsop",
        "2025-03-04",
        "Reuters",
    )
    assert body(a).startswith("The European Union and the South American Mercosur bloc")
    assert "Reporting by" not in body(a) and "(Reuters)" not in body(a)
    assert "Trade Commissioner Maros Sefcovic said the U.S. tariffs announced last week made the agreement more urgent." in sentences(a)
    assert quotes(a) == [
        (
            "This is a win-win agreement that will bring meaningful benefits to consumers and businesses on both sides",
            "European Commission President Ursula von der Leyen",
        ),
        ("We will not accept it in its current form", "Annie Genevard"),
        ("Open markets are our answer", "Trade Commissioner Maros Sefcovic"),
    ]


def test_updated_stamp_and_colon_dateline() -> None:
    a = load("india_updated.txt")
    assert (a.dateline, a.byline, a.published, a.source) == ("New Delhi", None, "2025-03-12", None)  # updated: the only date given
    assert body(a).startswith("India and the United Arab Emirates on Wednesday signed")
    for junk in ("Also read", "Advertisement", "Follow us", "Updated on"):
        assert junk not in body(a)
    assert [k for k, _ in paragraphs(a)] == ["text"] * 4


def test_captions_read_more_and_copyright_footer() -> None:
    a = load("captions.txt")
    assert (a.dateline, a.byline, a.published, a.source) == ("Suva, Fiji", None, None, "Pacific Times Media")
    for junk in ("Getty", "Photo", "Read more", "Advertisement", "IMG_4821", "Skip to content", "©", "Khan"):
        assert junk not in body(a), junk
    # the caption stays (text of the article), its credit goes
    assert paragraphs(a)[0] == ("caption", "Fishing vessels moored at the port of Suva, Fiji.")
    assert [k for k, _ in paragraphs(a)] == ["caption", "text", "text", "text"]
    assert "Dr. Manu Tupou-Roosen, the agency's director-general, called it \"a turning point for our ocean economies.\"" in sentences(a)


def test_markdown_article() -> None:
    a = load("markdown_article.md")
    assert a.title == "Nordic countries sign joint air defence agreement"
    assert (a.dateline, a.byline, a.published, a.source) == (None, "Ingrid Solberg", "2025-06-02", None)
    assert "**" not in body(a) and "#" not in body(a) and "](" not in body(a)
    assert "combined fleet of more than 250 combat aircraft as a single force" in body(a)
    assert "More details are on the NATO website." in sentences(a)
    kinds = [k for k, _ in paragraphs(a)]
    assert kinds == ["text", "heading", "text", "bullet", "bullet", "bullet", "heading", "text", "bullet", "bullet"]
    assert paragraphs(a)[1] == ("heading", "What the agreement covers")
    assert paragraphs(a)[3] == ("bullet", "A joint air operations centre at Bodø in northern Norway.")
    assert paragraphs(a)[-1] == ("bullet", "Full integration is planned by 2028.")
    # "Tore O. Sandvik": an initial does not end a sentence.
    assert quotes(a) == [("We are stronger together than we could ever be alone", "Norwegian Defence Minister Tore O. Sandvik")]


def test_ap_dateline_upper_case_byline_and_he_added() -> None:
    a = load("ap_kyiv.txt")
    assert (a.dateline, a.byline, a.published, a.source) == (
        "Kyiv, Ukraine",
        "Hanna Arhirova and Samya Kullab",
        None,
        "AP",  # the wire tag as the dateline writes it
    )
    assert body(a).startswith("Ukraine and Poland reached an agreement on Thursday")
    assert quotes(a) == [
        ("The blockade is over, and our farmers can breathe again", "Ukrainian Prime Minister Denys Shmyhal"),
        ("Nobody is closing the door on Ukraine", "Siekierski"),
        ("But the rules must be fair", "Siekierski"),
    ]


def test_published_footer_source_line_and_comment_tail() -> None:
    a = load("aljazeera_footer.txt")
    assert (a.dateline, a.byline, a.published, a.source) == ("Cairo", None, "2025-09-17", "Al Jazeera")
    assert paragraphs(a)[-1][1] == "The African Union has offered to host the next round in Addis Ababa."
    for junk in ("Leave a Reply", "Great news", "Posted by", "Source:", "Published", "example.com"):
        assert junk not in body(a), junk
    assert "It began generating power in 2022." in sentences(a)
    assert quotes(a) == [("a legally binding agreement", "Egyptian Foreign Minister Badr Abdelatty")]


def test_numeric_date_repeated_title_post_bullets_and_sources() -> None:
    a = load("manila_numeric.txt")
    assert a.title == "Philippines and Japan sign defence pact allowing troop deployments"
    assert (a.dateline, a.byline, a.published, a.source) == ("Manila, Philippines", None, "2024-11-03", None)
    ps = paragraphs(a)
    assert [k for k, _ in ps] == ["text", "text", "post", "heading", "bullet", "bullet", "heading", "source", "source"]
    assert ps[2][1] == (
        "Japan and the Philippines just signed a landmark defense pact. This is big for the region.\n"
        "— Asia Defense Watch (@asiadefwatch) November 4, 2024"
    )
    assert ps[7] == ("source", "Philippine Department of National Defense statement")
    assert "Share this" not in body(a) and "WhatsApp" not in body(a)
    assert a.title not in body(a)
    # "Teodoro Jr. in Manila": no split after "Jr."
    assert "The deal was signed by Japanese Foreign Minister Yoko Kamikawa and Philippine Defense Secretary Gilberto Teodoro Jr. in Manila." in sentences(a)


def test_hard_wrapped_text_and_headline_printed_twice() -> None:
    a = load("wrapped_geneva.txt")
    assert (a.title, a.dateline, a.published) == (
        "WHO members adopt pandemic agreement after three years of talks",
        "Geneva",
        "2024-09-21",
    )
    assert len(paragraphs(a)) == 3
    assert a.paragraph_text(0).startswith("Member states of the World Health Organization adopted a pandemic agreement")
    assert "\n" not in body(a).replace("\n\n", "")
    assert quotes(a)[0][0] == "a victory for public health, science and multilateral action"


def test_stamp_and_byline_before_headline_and_breadcrumbs() -> None:
    a = parse_article(
        "Home » World » Asia\nSeptember 21, 2024\nChina and Russia sign energy pact\nBy Jane Doe\n"
        "Beijing, China: China and Russia signed a pact on Friday.\n",
        "x.txt",
    )
    assert (a.title, a.byline, a.published, a.dateline) == (
        "China and Russia sign energy pact",
        "Jane Doe",
        "2024-09-21",
        "Beijing, China",
    )
    assert body(a) == "China and Russia signed a pact on Friday."


def test_inline_post_markdown_image_entities_and_sources_colon() -> None:
    a = parse_article(
        "Pact signed\n\nLeaders met in Beijing.\n\n"
        "The deal is big. pic.twitter.com/abc — Foreign Ministry (@MFA_China) September 20, 2024\n\n"
        "![photo](img.png) Leaders met in Beijing &amp; Moscow.\n\nSources:\n- Xinhua\n",
        "x.md",
    )
    assert paragraphs(a) == [
        ("text", "Leaders met in Beijing."),
        ("post", "The deal is big.\n— Foreign Ministry (@MFA_China) September 20, 2024"),
        ("text", "Leaders met in Beijing & Moscow."),
        ("heading", "Sources:"),
        ("source", "Xinhua"),
    ]
    assert a.published is None  # a post's date is not the article's


def test_dateline_paragraph_is_not_taken_for_a_headline() -> None:
    a = parse_article("WASHINGTON (Reuters) - The United States and Japan signed a deal on Monday. It matters.", "x.txt")
    assert (a.title, a.dateline, a.source) == ("", "Washington", "Reuters")
    assert a.label == "The United States and Japan signed a deal on Monday. It matters."
    assert body(a) == "The United States and Japan signed a deal on Monday. It matters."
    assert parse_article("Tokyo: Japan and Australia sign pact\n\nText.", "x.txt").title == "Tokyo: Japan and Australia sign pact"


def test_wordpress_page_with_cookie_banner_share_widgets_and_author_bio() -> None:
    a = load("wordpress_pacific.txt")
    assert a.title == "Fiji and Tonga agree to share coastguard patrols"
    assert (a.dateline, a.byline, a.published, a.source) == ("Suva, Fiji", "Ana Vaipulu", "2024-03-07", "Harbour Times")
    # a caption is text of the article; its credit is not
    assert paragraphs(a)[0] == ("caption", "Patrol boats moored in the harbour at Suva.")
    assert paragraphs(a)[1][1].startswith("Fiji and Tonga signed an agreement on Thursday")
    assert [k for k, _ in paragraphs(a)] == ["caption"] + ["text"] * 3
    for junk in ("cookies", "Accept", "Log in", "Harbour Times)", "Share on", "Copy link", "Most Viewed",
                 "correspondent", "Opens in new window", "Like", "Related", "Filed", "logged in", "Privacy"):  # fmt: skip
        assert junk not in body(a), junk
    assert body(a).endswith("The arrangement will be reviewed after two years.")
