"""parse_article on articles in layouts the seeds do not show, and on hostile input."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from store.parse.article import parse_article
from store.parse.boilerplate import is_boilerplate, strip_trailing_urls
from store.parse.datelines import dateline_of
from store.parse.dates import parse_stamp
from store.parse.header import byline_of
from store.parse.reader import read_article_file
from store.parse.sentences import split_sentences
from store.records import Article

ARTICLES = Path(__file__).resolve().parents[1] / "articles"


def load(name: str) -> Article:
    text, warnings = read_article_file(ARTICLES / name)
    assert warnings == []
    return parse_article(text, str(ARTICLES / name))


def paragraphs(a: Article) -> list[tuple[str, str]]:
    """The body's paragraphs (the headline, kept last for extraction, is not body)."""
    return [(p.kind, a.paragraph_text(i)) for i, p in enumerate(a.paragraphs) if p.kind != "headline"]


def body(a: Article) -> str:
    """The body text: the article's text without its headline paragraph."""
    return "\n\n".join(t for _, t in paragraphs(a))


def sentences(a: Article) -> list[str]:
    return [a.sentence_text(i) for i in range(len(a.sentences))]


def quotes(a: Article) -> list[tuple[str, str | None]]:
    return [(a.text[q.start : q.end], q.speaker) for q in a.quotes]


def check_structure(a: Article) -> None:
    """Offsets agree with the text: paragraphs joined by a blank line, sentences inside them."""
    assert a.text == "\n\n".join(a.paragraph_text(i) for i in range(len(a.paragraphs)))
    for i, s in enumerate(a.sentences):
        assert s.index == i
        p = a.paragraphs[s.paragraph]
        assert p.start <= s.start < s.end <= p.end
        t = a.text[s.start : s.end]
        assert t == t.strip() and t
    assert [s.start for s in a.sentences] == sorted(s.start for s in a.sentences)
    for q in a.quotes:
        s = a.sentences[q.sentence]
        assert s.start <= q.start < q.end <= s.end


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


def test_seed_sentences_do_not_split_at_abbreviations() -> None:
    root = Path(__file__).resolve().parents[2]
    text, _ = read_article_file(root / "seeds" / "001_455b327fb57d59e0.txt")
    a = parse_article(text, "001.txt")
    ss = sentences(a)
    assert "Secretary of Defense Lloyd J. Austin III engaged in a significant phone call with Japan’s Minister of Defense, Nakatani Gen." in ss
    assert "The conversation primarily focused on fortifying the U.S.-Japan military alliance amidst rising tensions in the Indo-Pacific region." in ss
    assert "The nations are looking to enhance deterrence and response capabilities, ensuring a steadfast defense posture in the region." in ss
    assert any(s.startswith("Adm. Samuel J. Paparo, commander of U.S. Indo-Pacific Command,") for s in ss)
    post = [t for k, t in paragraphs(a) if k == "post"]
    assert len(post) == 1 and post[0].endswith("— The Japan Times (@japantimes) October 9, 2024")
    assert "t.co" not in body(a)


def test_seed_quotes_have_speakers() -> None:
    root = Path(__file__).resolve().parents[2]
    text, _ = read_article_file(root / "seeds" / "003_a5e9f14a2efc997d.txt")
    a = parse_article(text, "003.txt")
    check_structure(a)
    by_text = {t: who for t, who in quotes(a)}
    assert by_text["Together, our countries are taking significant steps to strengthen defence security cooperation"] == "Biden"
    assert by_text["It’s a defensive alliance"] == "Biden"  # "..., he added." two sentences on
    assert by_text["Today, the world can see, that goal has been achieved, and that partnership between us is unbreakable"] == "Biden"
    assert by_text["purely defensive"] is None


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


def test_comment_dates_after_the_tail_are_not_published() -> None:
    a = parse_article(
        "Pact signed\n\nLeaders met in Beijing.\n\nLeave a Reply\n\nPosted on March 3, 2025\n\nNice.\n",
        "x.txt",
    )
    assert a.published is None and body(a) == "Leaders met in Beijing."


def test_dateline_paragraph_is_not_taken_for_a_headline() -> None:
    a = parse_article("WASHINGTON (Reuters) - The United States and Japan signed a deal on Monday. It matters.", "x.txt")
    assert (a.title, a.dateline, a.source) == ("", "Washington", "Reuters")
    assert a.label == "The United States and Japan signed a deal on Monday. It matters."
    assert body(a) == "The United States and Japan signed a deal on Monday. It matters."
    assert parse_article("Tokyo: Japan and Australia sign pact\n\nText.", "x.txt").title == "Tokyo: Japan and Australia sign pact"


@pytest.mark.parametrize(
    "line",
    [
        "Posted on March 3, 2025 by Jane Doe",
        "By Jane Doe on March 3, 2025",
        "By Jane Doe | Reuters | March 3, 2025 10:42 AM",
        "Jane Doe - March 3, 2025",
    ],
)
def test_byline_and_date_on_one_header_line(line: str) -> None:
    a = parse_article(f"Pact signed in Rome\n{line}\nROME — Leaders met on Monday. They agreed.", "x.txt")
    assert (a.byline, a.published, a.dateline) == ("Jane Doe", "2025-03-03", "Rome")
    assert body(a) == "Leaders met on Monday. They agreed."


def test_name_beside_an_outlet_is_a_byline() -> None:
    a = parse_article("Pact signed in Rome\nJane Doe | Reuters\nROME — Leaders met on Monday.", "x.txt")
    assert (a.byline, body(a)) == ("Jane Doe", "Leaders met on Monday.")


@pytest.mark.parametrize(
    "footer,source",
    [
        ("Copyright Al Jazeera", "Al Jazeera"),
        ("Copyright 2024 Nikkei Inc. All rights reserved.", "Nikkei"),
        ("(c) Kyodo News", "Kyodo News"),
        ("© 2025 Pacific Times Media. All rights reserved.", "Pacific Times Media"),
        ("Source: Al Jazeera", "Al Jazeera"),
        ("Follow the Daily Star channel on WhatsApp", "Daily Star"),
    ],
)
def test_publisher_footers(footer: str, source: str) -> None:
    a = parse_article(f"Pact signed\n\nLeaders met on Monday.\n\n{footer}\n", "x.txt")
    assert (a.source, body(a)) == (source, "Leaders met on Monday.")


def test_prose_about_copyright_stays_in_the_body() -> None:
    a = parse_article("Pact signed\n\nLeaders met.\n\nCopyright laws in Japan were changed in 2020.\n", "x.txt")
    assert a.source is None and body(a).endswith("Copyright laws in Japan were changed in 2020.")


def test_a_heading_beside_a_date_is_not_a_byline() -> None:
    a = parse_article("Pact signed\nItaly and France agree - March 3, 2025\nLeaders met.", "x.txt")
    assert a.byline is None and body(a).startswith("Italy and France agree")


def test_scraper_metadata_fields() -> None:
    a = parse_article(
        "Title: Chile and Peru sign lithium accord\nURL: https://example.com/a\nDate: 2025-01-15\n"
        "Author: Ana Ruiz\n\nChile and Peru signed an accord on lithium mining on Wednesday.\n",
        "x.txt",
    )
    assert (a.title, a.byline, a.published) == ("Chile and Peru sign lithium accord", "Ana Ruiz", "2025-01-15")
    assert body(a) == "Chile and Peru signed an accord on lithium mining on Wednesday."


def test_wire_tag_without_place_and_long_copyright_footer() -> None:
    a = parse_article("(CNN) — The United States and the Philippines signed a deal on Tuesday.\n", "x.txt")
    assert (a.dateline, a.source, body(a)) == (None, "CNN", "The United States and the Philippines signed a deal on Tuesday.")
    b = parse_article(
        "Pact signed\n\nLeaders met.\n\nCopyright 2025 The Associated Press. All rights reserved. "
        "This material may not be published, broadcast, rewritten or redistributed without permission.\n",
        "x.txt",
    )
    assert (b.source, body(b)) == ("The Associated Press", "Leaders met.")


# --- pieces --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text,expected",
    [
        ("The U.S. and Japan met. They agreed.", ["The U.S. and Japan met.", "They agreed."]),
        ("It cost A$10 billion ($6.5 billion). Then it grew.", ["It cost A$10 billion ($6.5 billion).", "Then it grew."]),
        ("Mr. Smith met Gen. Jones on Jan. 5 in St. Louis.", ["Mr. Smith met Gen. Jones on Jan. 5 in St. Louis."]),
        ("He left the U.S. The talks ended.", ["He left the U.S.", "The talks ended."]),
        ("“We won.” She smiled. Why? Because!", ["“We won.”", "She smiled.", "Why?", "Because!"]),
        ("islands.The nations agreed", ["islands.", "The nations agreed"]),
        ("See e.g. the report. Done", ["See e.g. the report.", "Done"]),
    ],
)
def test_split_sentences(text: str, expected: list[str]) -> None:
    assert [text[a:b] for a, b in split_sentences(text, 0, len(text))] == expected


@pytest.mark.parametrize(
    "line,expected",
    [
        ("September 21, 2024", ("date", "2024-09-21")),
        ("21 September 2024", ("date", "2024-09-21")),
        ("11-03-2024", ("date", "2024-11-03")),
        ("25-03-2024", ("date", "2024-03-25")),
        ("2025-09-17", ("date", "2025-09-17")),
        ("Updated on: 12 March 2025 10:42 IST", ("updated", "2025-03-12")),
        ("Published: 2025-09-17", ("published", "2025-09-17")),
        ("Posted on March 3, 2025", ("published", "2025-03-03")),
        ("Published 10:42 AM EST, Mon March 3, 2025", ("published", "2025-03-03")),
        ("Last Updated: Sep 21, 2024, 10:42 AM IST", ("updated", "2024-09-21")),
        ("— The Japan Times (@japantimes) October 9, 2024", None),
        ("assumed office on October 1", None),
        ("February 30, 2024", None),
    ],
)
def test_parse_stamp(line: str, expected: tuple[str, str] | None) -> None:
    assert parse_stamp(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        "Share this:",
        "Share on Facebook",
        "Follow us on Instagram",
        "Leave a Reply",
        "0 Comments",
        "No Comments Yet.",
        "Exit mobile version",
        "Advertisement",
        "Skip to content",
        "Subscribe",
        "Read more: Another story",
        "RELATED: Another story",
        "ad8a4b8c 1aaa 4ede ab83 a872934dbf76",
        "IMG_1234.jpg",
        "https://t.co/abc",
        "Photo: Reuters",
        "(Photo by Jane Doe/AFP via Getty Images)",
        "File photo",
        "Image credit: NASA",
        "Reporting by Philip Blenkinsop in Brussels; Editing by Alex Richardson",
        "(Reporting by Kiyoshi Takenaka; Writing by John Geddie)",
        "Copyright 2024 Nikkei Inc. All rights reserved.",
        "URL: https://example.com/story",
        "Share this article",
        "3f2a9c1e77",
    ],
)
def test_boilerplate_lines(line: str) -> None:
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    [
        "Sources",
        "At a Glance",
        "Regional Security Challenges",
        "The ministry published the details in its weekly newsletter.",
        "Read-across from the deal was strong.",
        "Photographs of the signing were released later.",
        "Reporting by Kyodo suggested a deal is near.",
        "Copyright laws in Japan were changed in 2020.",
        "Related talks will resume in May.",
        "Share the burden of defence, officials say.",
        "Register for the summit by May 1.",
        "Decade 2010",
    ],
)
def test_prose_is_not_boilerplate(line: str) -> None:
    assert not is_boilerplate(line)


def test_trailing_url_is_dropped() -> None:
    assert strip_trailing_urls("near Taiwan. https://t.co/x pic.twitter.com/y") == "near Taiwan."


@pytest.mark.parametrize(
    "paragraph,place",
    [
        ("NAPLES, Italy — Japan and", "Naples, Italy"),
        ("Tokyo: Japan and", "Tokyo"),
        ("WASHINGTON (Reuters) - The", "Washington"),
        ("KYIV, Ukraine, March 3 (AP) — Russian", "Kyiv, Ukraine"),
        ("Addressing Security Challenges: Japan’s potential", None),
        ("Building Alliances in the Indo-Pacific: Against the backdrop", None),
        ("President Biden — who spoke", None),
        ("LONDON/PARIS (Reuters) - The", "London/Paris"),
        ("O'HARE, Ill. (AP) — A", "O'Hare, Ill."),
    ],
)
def test_dateline_of(paragraph: str, place: str | None) -> None:
    found = dateline_of(paragraph)
    assert (found[0] if found else None) == place


# --- never raises --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n\n\t",
        "...!!!???",
        "a" * 200_000,
        ". " * 100_000,
        "“" * 50_000,
        '"a. B' * 20_000,
        "\x00\x1b[31mred\x1b[0m\u202e",
        "\r\n\r\nTitle\r\rBody line.\r\n",
        "- \n* \n1. \n#\n##  \n**\n",
        "\ud800 lone surrogate",
    ],
)
def test_hostile_input_parses(text: str) -> None:
    a = parse_article(text, "x.txt")
    check_structure(a)
    assert "\x1b" not in body(a) and "\x00" not in body(a) and "\u202e" not in body(a)


def test_empty_article_warns() -> None:
    a = parse_article("", "empty.txt")
    assert a.title == "" and a.paragraphs == [] and "no headline" in a.warnings


def test_id_ignores_line_endings_and_folder() -> None:
    a = parse_article("Title\n\nBody text here.\n", "a/b.txt")
    b = parse_article("Title\r\n\r\nBody text here.\r\n", "c\\b.txt")
    assert a.id == b.id and a.file == b.file == "b.txt"
    assert parse_article("T", "/data/caf\\xe9 \\n.txt").file == "caf\\xe9 \\n.txt"


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=400))
def test_any_text_parses(text: str) -> None:
    check_structure(parse_article(text, "x.txt"))


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["Title", "", "By Jane Doe", "TOKYO — Talks began.", "“Yes,” he said.", "- item", "Sources",
             "Mr. X met Gen. Y. The U.S. agreed.", "https://t.co/x", "— A (@a) May 1, 2024", "2024-01-02",
             "Leave a Reply", "## Head", "Source: X", "© 2024 Y"]
        ),
        max_size=30,
    )
)
def test_any_layout_parses(lines: list[str]) -> None:
    check_structure(parse_article("\n".join(lines), "x.txt"))


@pytest.mark.parametrize(
    "line,name",
    [
        ("By Jane Doe", "Jane Doe"),
        ("by Jane Doe and John Roe", "Jane Doe and John Roe"),
        ("By JANE DOE, Associated Press", "Jane Doe"),
        ("By HANNA ARHIROVA Associated Press", "Hanna Arhirova"),
        ("Written by: Sam Lee", "Sam Lee"),
        ("by", None),
        ("By Tuesday, the talks had stalled and nobody knew why.", None),
        ("By bolstering each other’s capabilities, Japan and Australia", None),
    ],
)
def test_byline_of(line: str, name: str | None) -> None:
    assert byline_of(line) == name


def test_inch_marks_are_not_quotes() -> None:
    a = parse_article('Screens\n\nThe panel is 6" long and 7" wide. "Good," he said.', "x.txt")
    assert quotes(a) == [("Good", None)]


# --- scraped-page chrome, bare bylines, more date and dateline forms -------------------------


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


@pytest.mark.parametrize(
    "line",
    [
        "Click to share on Facebook (Opens in new window)",
        "Click to share on X (Opens in new window)",
        "Click to email a link to a friend (Opens in new window)",
        "Click to print (Opens in new window)",
        "Like this:",
        "Like Loading...",
        "Related",
        "Related Posts",
        "Comments are closed.",
        "Comments are closed for this article",
        "You must be logged in to post a comment.",
        "Show comments (12)",
        "Join the conversation",
        "Share on Kakao | Share on Facebook | Copy link",
        "Share on Line · Share on Viber · Share on X",
        "Share on Telegram",
        "Link copied",
        "About Us | Contact | Privacy Policy | Terms of Use",
        "This website uses cookies to improve your experience.",
        "This site uses cookies. By continuing to use this website, you agree to their use.",
        "By continuing to browse the site you are agreeing to our use of cookies.",
        "Accept all cookies",
        "Reject all",
        "Cookie settings",
        "Manage preferences",
        "Subscribe to our YouTube channel",
        "Join our WhatsApp channel for the latest updates",
        "Get our morning briefing in your inbox",
        "Enter your email address",
        "Support independent journalism",
        "Become a member today",
        "Most Viewed",
        "Don't miss",
        "More stories",
        "Next article",
        "Load more",
        "Filed Under Asia Pacific",
        "Tagged with: NATO, Sweden",
        "About the author",
        "Advertisement - scroll to continue",
        "1.2k shares",
        "Log in",
        "Leaders arrive for the signing ceremony in Suva. (File photo)",
        "The two ministers shake hands after the signing. (Photo: Harbour Times)",
        "Image caption, The ministers at the ceremony",
        "Image source, Getty Images",
    ],
)
def test_more_page_chrome_is_boilerplate(line: str) -> None:
    assert is_boilerplate(line), line


@pytest.mark.parametrize(
    "line",
    [
        "Share prices rose after the deal was announced.",
        "Related talks on fisheries will resume in May.",
        "Comments by the minister drew sharp criticism in Canberra.",
        "Like the 2019 deal, the new accord faces a vote in parliament.",
        "Contact between the two navies has grown since 2020.",
        "Filed under seal, the documents describe the talks in detail.",
        "More from the summit is expected on Friday, officials said.",
        "Accept the terms or walk away, the minister told reporters.",
        "The ministers met in Suva (photographs of the meeting were not released), officials said.",
        "Join our coalition, the prime minister urged his neighbours.",
    ],
)
def test_prose_near_chrome_stays_body(line: str) -> None:
    assert not is_boilerplate(line), line


def test_bare_name_under_headline_before_a_date_is_the_byline() -> None:
    a = parse_article("Pact signed\n\nIngrid Larsen\n7 March 2024\n\nBRUSSELS — Sweden joined on Thursday.\n", "x.txt")
    assert (a.byline, a.published, a.dateline) == ("Ingrid Larsen", "2024-03-07", "Brussels")
    assert body(a) == "Sweden joined on Thursday."


def test_bare_name_before_a_dateline_and_as_first_line_before_prose() -> None:
    lede = "Sweden formally joined the alliance on Thursday, ending two centuries of military non-alignment."
    a = parse_article(f"Pact signed\n\nMin-ji Park\n\nSEOUL — {lede}\n", "x.txt")
    assert (a.byline, a.dateline, body(a)) == ("Min-ji Park", "Seoul", lede)
    a = parse_article(f"Pact signed\n\nLucía Fernández\n\n{lede}\n", "x.txt")
    assert (a.byline, body(a)) == ("Lucía Fernández", lede)


@pytest.mark.parametrize("label", ["Key Points", "World News", "South Korea", "Rising Tensions", "Asia Pacific"])
def test_a_label_under_the_headline_is_not_a_byline(label: str) -> None:
    lede = "Sweden formally joined the alliance on Thursday, ending two centuries of military non-alignment."
    a = parse_article(f"Pact signed\n\n{label}\n\n{lede}\n", "x.txt")
    assert a.byline is None
    assert body(a).endswith(lede)


def test_byline_beside_a_place_and_names_in_any_script() -> None:
    a = parse_article("Pact signed\n\nDecember 6, 2024\n\nBy Lucía Fernández | Montevideo\n\nThe deal was done.\n", "x.txt")
    assert (a.byline, a.published, body(a)) == ("Lucía Fernández", "2024-12-06", "The deal was done.")
    assert byline_of("By SØREN ØDEGÅRD, Reuters") == "Søren Ødegård"
    assert byline_of("By jane doe") is None


def test_author_bio_is_dropped_only_for_the_articles_author() -> None:
    page = "Pact signed\n\nBy Jane Doe\n\nThe deal was done.\n\n{}\n"
    a = parse_article(page.format("Jane Doe is a reporter at The Baltic Ledger."), "x.txt")
    assert body(a) == "The deal was done."
    a = parse_article(page.format("John Roe is a reporter at The Baltic Ledger who was detained."), "x.txt")
    assert body(a).endswith("John Roe is a reporter at The Baltic Ledger who was detained.")


def test_published_stamp_in_the_footer_below_comments() -> None:
    a = parse_article("Pact signed\n\nLeaders met.\n\nTags: Pacific\n\nComments (0)\n\nPublished April 20, 2022\n", "x.txt")
    assert a.published == "2022-04-20" and body(a) == "Leaders met."
    listed = "Pact signed\n\nLeaders met.\n\nRelated articles\n\nOther story\n\nPublished April 20, 2022\n\nPublished April 2, 2022\n"
    assert parse_article(listed, "x.txt").published is None  # a list of other stories' dates


@pytest.mark.parametrize(
    "line,expected",
    [
        ("Published: 07.03.2024", ("published", "2024-03-07")),
        ("Date: 20.04.2022", ("published", "2022-04-20")),
        ("Updated: Mar 7, 2024 / 10:42 AM", ("updated", "2024-03-07")),
        ("Publication date: 20 April 2022", ("published", "2022-04-20")),
        ("Released: April 20, 2022", ("published", "2022-04-20")),
        ("20-Apr-2022", ("date", "2022-04-20")),
        ("Published 10.42, 3 March 2025", ("published", "2025-03-03")),
        ("Released 12 prisoners", None),
    ],
)
def test_more_stamp_forms(line: str, expected: tuple[str, str] | None) -> None:
    assert parse_stamp(line) == expected


@pytest.mark.parametrize(
    "paragraph,place",
    [
        ("Brussels, 7 March (AFP) – Sweden joined.", "Brussels"),
        ("BRUSSELS, Belgium, March 7, 2024 — Sweden joined.", "Brussels, Belgium"),
        ("Brussels, 7 March 2024: Sweden joined.", "Brussels"),
        ("SÃO PAULO — Brazil said.", "São Paulo"),
        ("Bogotá — Colombia said.", "Bogotá"),
        ("ZÜRICH, Switzerland — The talks began.", "Zürich, Switzerland"),
        ("**BRUSSELS** — Sweden joined.", "Brussels"),
        ("Port Moresby — Papua New Guinea said.", "Port Moresby"),
        ("Riyadh [Saudi Arabia], April 29 (ANI): Saudi Arabia said.", "Riyadh, Saudi Arabia"),
        ("Beijing, March 7 /Xinhua/ -- China said.", "Beijing"),
        ("WASHINGTON, DC — The talks began.", "Washington, DC"),
        ("Key Points — Sweden joined.", None),
        ("Fact Check — The claim is false.", None),
        ("Jens Stoltenberg — the NATO chief — spoke.", None),
    ],
)
def test_more_dateline_forms(paragraph: str, place: str | None) -> None:
    found = dateline_of(paragraph)
    assert (found[0] if found else None) == place


@pytest.mark.parametrize(
    "line", ["Jane Doe, Staff Reporter", "Jane Doe | The Baltic Ledger", "Posted by Jane Doe", "Words: Jane Doe"]
)
def test_name_with_a_role_or_outlet_under_the_headline_is_the_byline(line: str) -> None:
    a = parse_article(f"Pact signed\n\n{line}\n7 March 2024\n\nThe deal was done.\n", "x.txt")
    assert (a.byline, a.published, body(a)) == ("Jane Doe", "2024-03-07", "The deal was done.")


def test_desk_credit_flash_labels_inbox_prompts_and_a_tag_list() -> None:
    a = load("standard_nairobi.txt")
    assert a.title == "Kenya and Haiti sign police deployment deal"
    assert (a.dateline, a.byline, a.published, a.source) == ("Nairobi, Kenya", None, "2024-03-01", "The Nairobi Ledger")
    assert [k for k, _ in paragraphs(a)] == ["text"] * 2
    for junk in ("Staff Writer", "WATCH", "originally published", "Trending", "Share", "inbox", "©"):
        assert junk not in body(a), junk
    text = (
        "Breaking News\nGulf states sign customs union roadmap\nPosted by Amal Haddad\n"
        "Manama (AFP) – Gulf states signed a roadmap on Tuesday.\n\nGet the latest Gulf news delivered to your inbox.\n\n"
        "The roadmap sets 2027 as the target date.\n\nTags\nGCC\nTrade\n"
    )
    a = parse_article(text, "x.txt")
    assert (a.title, a.dateline, a.byline, a.source) == ("Gulf states sign customs union roadmap", "Manama", "Amal Haddad", "AFP")
    assert body(a) == "Gulf states signed a roadmap on Tuesday.\n\nThe roadmap sets 2027 as the target date."


def test_bare_name_needs_a_date_not_just_furniture_below_it() -> None:
    a = parse_article("Pact signed\n\nJane Doe\nCorrespondent\nMarch 7, 2024 · 4 min read\n\nThe deal was done.\n", "x.txt")
    assert (a.byline, a.published, body(a)) == ("Jane Doe", "2024-03-07", "The deal was done.")
    a = parse_article("Pact signed\n\nRising Tensions\nAdvertisement\n\nThe deal was done.\n", "x.txt")
    assert a.byline is None and "Rising Tensions" in body(a)


def test_dateline_after_a_standfirst_and_a_time_beside_the_date() -> None:
    text = (
        "Japan and Britain sign access pact\n\nIt is Japan's first such deal with a European country.\n\n"
        "Hiro Tanaka, Tokyo correspondent\n11 January 2023 • 6:00am\n\n"
        "LONDON — Japan and Britain signed a defence pact on Wednesday.\n"
    )
    a = parse_article(text, "x.txt")
    assert (a.dateline, a.byline, a.published) == ("London", "Hiro Tanaka", "2023-01-11")
    assert body(a).endswith("\n\nJapan and Britain signed a defence pact on Wednesday.")
    second = "Pact signed\n\nIt is the first such deal.\n\nKey Points — Japan and Britain signed a pact.\n"
    assert parse_article(second, "x.txt").dateline is None  # only a wire or capitals dateline so late


def test_an_updated_stamp_dates_the_article_only_when_no_other_date_does() -> None:
    a = parse_article("Pact signed\n\nLast Updated: March 8, 2024\n\nThe deal was done.\n", "x.txt")
    assert a.published == "2024-03-08" and body(a) == "The deal was done."
    a = parse_article("Pact signed\n\nMarch 7, 2024 | Updated on March 8, 2024\n\nThe deal was done.\n", "x.txt")
    assert a.published == "2024-03-07"


@pytest.mark.parametrize(
    "line",
    [
        "Pictured: Leaders at the summit",
        "You have reached your limit of free articles this month.",
        "Already a subscriber? Log in",
        "This article is for subscribers only.",
        "(With inputs from Reuters, AFP)",
        "With inputs from agencies",
        "Edited by: Jane Doe",
        "Image ID: 2XK3J9",
        "12",
        "Staff Writer",
        "Breaking News",
        "Get the latest Asia news delivered to your inbox.",
        "This article was originally published by The Coast Herald.",
    ],
)
def test_paywall_credits_and_stray_numbers_are_boilerplate(line: str) -> None:
    assert is_boilerplate(line), line


@pytest.mark.parametrize(
    "line",
    [
        "With inputs from the ministry, the bill passed.",
        "Edited by hand, the draft went to parliament.",
        "1.",
        "You have reached the end of the talks, the minister said, and the articles of the treaty are final."
        " Both sides will now sign it in public at a ceremony in the capital next week, officials said.",
    ],
)
def test_prose_like_credits_stays_body(line: str) -> None:
    assert not is_boilerplate(line), line


@pytest.mark.parametrize(
    "line",
    [
        "GettyImages-1234567890",
        "AP24067123456789",
        "2024-03-07T104512Z_1_LYNXMPEK2607B_RTROPTP_4_UKRAINE-CRISIS",
        "Image 3 of 12",
        "1/12",
        "Reply",
        "0 Replies",
        "Add your comment",
        "Sort by newest",
        "Name *",
        "Notify me of follow-up comments by email.",
        "This site uses Akismet to reduce spam. Learn how your comment data is processed.",
        "Liked by 3 people",
        "Posted in Asia, Defence",
        "Next »",
        "Proudly powered by WordPress",
    ],
)
def test_comment_forms_galleries_and_asset_ids_are_boilerplate(line: str) -> None:
    assert is_boilerplate(line), line


@pytest.mark.parametrize("line", ["COVID-19", "F-35A", "Posted in Brussels for a decade, she knows the city."])
def test_short_tokens_and_prose_are_not_asset_ids(line: str) -> None:
    assert not is_boilerplate(line), line


def test_bare_name_below_the_date_before_prose_is_the_byline() -> None:
    lede = "Sweden formally joined the alliance on Thursday, ending two centuries of military non-alignment."
    a = parse_article(f"Pact signed\n\n7 March 2024\nIngrid Larsen\n\n{lede}\n", "x.txt")
    assert (a.byline, a.published, body(a)) == ("Ingrid Larsen", "2024-03-07", lede)
    a = parse_article(f"Pact signed\n\n{lede}\n\nIngrid Larsen\n\n{lede}\n", "x.txt")
    assert a.byline is None  # a name between paragraphs with no date is not a byline


LEDE = "The European Union and Azerbaijan signed a memorandum of understanding on gas supplies."


@pytest.mark.parametrize(
    ("opening", "dateline", "published", "source"),
    [
        ("BAKU, July 18, 2022 — ", "Baku", "2022-07-18", None),
        ("SAN DIEGO, March 13, 2023 (Reuters) - ", "San Diego", "2023-03-13", "Reuters"),
        ("GENEVA, 4 April 2023 - ", "Geneva", "2023-04-04", None),
        ("BAKU, July 18 — ", "Baku", None, None),  # no year: no date
    ],
)
def test_a_date_in_the_dateline_dates_the_article(
    opening: str, dateline: str, published: str | None, source: str | None
) -> None:
    a = parse_article(f"EU and Azerbaijan sign gas deal\n\n{opening}{LEDE}", "x.txt")
    assert (a.dateline, a.published, a.source) == (dateline, published, source)
    assert body(a) == LEDE


@pytest.mark.parametrize(
    ("line", "dateline", "published"),
    [
        ("Brussels, 4 April 2023", "Brussels", "2023-04-04"),
        ("GENEVA, March 3, 2025", "Geneva", "2025-03-03"),
        ("Jane Doe, 4 April 2023", None, "2023-04-04"),  # a reporter or a place: the date only
        ("New Delhi, 4 April 2023", None, "2023-04-04"),
        ("Tokyo | March 5, 2024", "Tokyo", "2024-03-05"),
        ("TOKYO - March 5, 2024", "Tokyo", "2024-03-05"),
    ],
)
def test_a_place_and_date_line_under_the_headline(
    line: str, dateline: str | None, published: str
) -> None:
    a = parse_article(f"EU and Azerbaijan sign gas deal\n\n{line}\n\n{LEDE}", "x.txt")
    assert (a.dateline, a.published) == (dateline, published)
    assert body(a) == LEDE


def test_a_labelled_stamp_outranks_the_dateline_date() -> None:
    text = f"EU and Azerbaijan sign gas deal\n\nPublished July 19, 2022\n\nBAKU, July 18, 2022 — {LEDE}"
    assert parse_article(text, "x.txt").published == "2022-07-19"


def test_a_name_beside_a_date_stays_the_byline() -> None:
    a = parse_article(f"EU and Azerbaijan sign gas deal\n\nJane Doe | March 5, 2024\n\n{LEDE}", "x.txt")
    assert (a.byline, a.published, a.dateline, body(a)) == ("Jane Doe", "2024-03-05", None, LEDE)


def test_an_outlets_staff_credit_and_a_section_link_are_furniture() -> None:
    text = (
        "Peru and Chile sign port deal\n\nWritten by Andes Courier staff\n\n"
        "Peru and Chile signed a port agreement on Monday.\n\nThe ports open in 2026.\n\nShare:\nMore In World News\n"
    )
    a = parse_article(text, "x.txt")
    assert a.byline is None
    assert body(a) == "Peru and Chile signed a port agreement on Monday.\n\nThe ports open in 2026."
    assert is_boilerplate("By The Valley Post Staff") and not is_boilerplate("By Anna Lee")
    assert not is_boilerplate("More in the coming days.")
