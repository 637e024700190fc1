"""Page furniture: publisher footers, share widgets, cookie banners, credits and asset ids leave the body; prose that looks like them stays."""

from __future__ import annotations

import pytest

from store.parse.article import parse_article
from store.parse.boilerplate import is_boilerplate, strip_trailing_urls
from tests.parse.parse_support import body, load, paragraphs


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


def test_wire_tag_without_place_and_long_copyright_footer() -> None:
    a = parse_article("(CNN) — The United States and the Philippines signed a deal on Tuesday.\n", "x.txt")
    assert (a.dateline, a.source, body(a)) == (None, "CNN", "The United States and the Philippines signed a deal on Tuesday.")
    b = parse_article(
        "Pact signed\n\nLeaders met.\n\nCopyright 2025 The Associated Press. All rights reserved. "
        "This material may not be published, broadcast, rewritten or redistributed without permission.\n",
        "x.txt",
    )
    assert (b.source, body(b)) == ("The Associated Press", "Leaders met.")


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


@pytest.mark.parametrize(
    "line",
    [
        "This page in: English | Français | Español",
        "Read this release in: Bengali , Hindi , Marathi",
        "This article is also available in: Português / Español",
    ],
)
def test_a_list_of_the_pages_languages_is_chrome(line: str) -> None:
    a = parse_article(f"Pact signed\n\nLeaders met on Monday in Dhaka.\n\n{line}\n", "x.txt")
    assert body(a) == "Leaders met on Monday in Dhaka."


def test_prose_naming_languages_stays() -> None:
    for line in ("The treaty is available in English and French.", "Read in: the annex, the protocol"):
        assert not is_boilerplate(line), line
