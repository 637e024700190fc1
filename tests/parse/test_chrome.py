"""Page chrome by its shape (``store.parse.chrome``): each rule takes its furniture and leaves the
story's own sentences, and a whole page keeps only the story."""

from __future__ import annotations

import pytest

from store.parse.article import parse_article
from store.parse.boilerplate import is_boilerplate, is_furniture, which_boilerplate
from store.parse.chrome import is_headline_ticker


def _body(art) -> list[str]:
    return [art.text[p.start : p.end] for p in art.paragraphs if p.kind != "headline"]


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("This material may not be published, broadcast, rewritten or redistributed.", "redistribution_notice"),
        ("This article must not be reproduced without the written consent of the publisher.", "redistribution_notice"),
        ("No part of this publication may be reproduced in any form.", "redistribution_notice"),
        ("Unauthorised reproduction of this content is strictly prohibited.", "redistribution_notice"),
        ("All content © Lagoon Media Group 2024", "redistribution_notice"),
        ("Text size A- A+", "text_size_control"),
        ("Font size", "text_size_control"),
        ("A- A+", "text_size_control"),
        ("Harbour Wire, April 2, 2024 Adjust font size:", "text_size_control"),
        ("Listen live", "live_player"),
        ("Watch Live", "live_player"),
        ("Now playing: Morning Drive with Sione", "live_player"),
        ("For media queries, please contact:", "press_contact"),
        ("Press enquiries:", "press_contact"),
        ("Tel.: +44 20 5550 1234", "press_contact"),
        ("E-mail: desk@example.net", "press_contact"),
        ("For further information, please contact the trade office in Apia.", "press_contact"),
        ("Researched and written by Tomas Rivera", "research_credit"),
        ("Researched and written by Ana de la Cruz for the Lagoon Desk.", "research_credit"),
        ("Posted on 3 March 2025 in Pacific, Fisheries", "posted_in"),
        ("Published: 12/04/2024 at 09:15 in World", "posted_in"),
        ("Last Updated:", "stamp_label"),
        ("Published", "stamp_label"),
        ("Telegram Group Join Now", "join_channel_now"),
        ("WhatsApp Channel - Follow Us", "join_channel_now"),
        ("Get the latest headlines on our WhatsApp channel", "join_channel_now"),
        ("You are here: Home / World / Pacific", "you_are_here"),
        ("→", "nav_arrows"),
        ("«", "nav_arrows"),
        ("Views: 1,204", "view_count"),
        ("author-img", "image_placeholder"),
        ("Featured Image", "image_placeholder"),
        ("Image of Ministers Sign Ocean Pact In Suva", "image_placeholder"),
        ("Banner 2", "ad_slot"),
        ("Sidebar Ad", "ad_slot"),
        ("Click to enlarge", "enlarge_prompt"),
        ("Tap to expand image", "enlarge_prompt"),
        ("Lagoon Post5 days ago", "outlet_ago"),
        ("Harbour Times · 2 hours ago", "outlet_ago"),
        ("==========================", "rule_line"),
        ("For more information, please see", "press_contact"),
        ("×", "nav_arrows"),
        ("App Icon", "image_placeholder"),
        ("★★★★ - on Play Store", "app_store"),
        ("Get it on Google Play", "app_store"),
        ("Download Now", "app_store"),
        ("The Lagoon Post e-Paper", "app_store"),
        ("Top Comments", "comment_rules"),
        ("Commenting for this story is now closed.", "comment_rules"),
        ("If you have a Facebook account, become a fan and comment on our page!", "comment_rules"),
        ("- Advertisement -", "ad_dashes"),
        ("Advertisement -", "ad_dashes"),
        ("[ad_2]", "shortcode"),
        ("[/caption]", "shortcode"),
        ("lagoonpost.com – Jan 07", "domain_stamp"),
        ("harbour-times.co.nz | 12 March 2024", "domain_stamp"),
        ("Recent Posts", "recent_list"),
        ("Recent Cabinet Decisions", "recent_list"),
        ("What's new", "chrome_label"),
        ("Lagoon Press Agency Logo", "image_placeholder"),
        ("LAGOON PRESS AGENCY Copyright © 2005 - 2009", "copyright_tail"),
        ("Harbour Times © 2024. All rights reserved.", "copyright_tail"),
        ("Redirecting to full story...", "redirect_note"),
        ("Download the full report (PDF, 2 MB)", "download_pdf"),
        ("(This story was published from a syndicated news feed; only the headline was changed.)", "feed_note"),
        ("Off the wire", "chrome_label"),
        ("Left navigation", "chrome_label"),
        ("Questions and answers", "chrome_label"),
        ("Q&A", "chrome_label"),
        ("No hay comentarios:", "chrome_label"),
        ("Generated with AI", "chrome_label"),
        ("Time 15:22", "wire_clock"),
        ("Pinned", "chrome_label"),
        ("Short link:", "chrome_label"),
        ("Search Keywords:", "chrome_label"),
        ("(END)", "sign_off"),
        ("Top stories: Samoa opens new wharf at Apia", "read_more"),
        ("Full article 4 comments", "comment_count"),
        ("Comments - share your views on the pact", "comment_count"),
        ("Please note you must be a Lagoon Insider to leave comments on this article.", "must_login"),
        ("[Edited by Mele Tupou]", "inputs_from"),
        ("Share options: Copy link | Facebook | X (formerly Twitter) | Email", "share_row"),
        ("Refresh for latest", "chrome_label"),
        ("Is this page useful?", "page_feedback"),
        ("Yes this page is useful", "page_feedback"),
        ("No this article is not helpful", "page_feedback"),
        ("Time: 9.05 am", "wire_clock"),
    ],
)
def test_chrome_line(line: str, rule: str) -> None:
    assert which_boilerplate(line) == rule
    assert is_furniture(line)


@pytest.mark.parametrize(
    "line",
    [
        "The material may not be published until the treaty is ratified, officials said.",
        "Reproduction of the documents is prohibited under the new law, the court said.",
        "The new rules set a minimum font size",
        "Researched by the institute, the report found rising costs.",
        "The contact group met on Monday to review the ceasefire.",
        "Published figures show exports rose 4% in March.",
        "Views differ on how fast the tariff cuts should come.",
        "Image of a nation at peace, the president said, is what the accord offers.",
        "Listen to the farmers, the minister told the forum.",
        "Questions and answers on the accord will be published next week, the ministry said.",
        "For more information on tariffs, the ministers turned to the customs chiefs.",
        "Headlines about the deal ran for days in the regional press.",
        "Banner headlines greeted the accord in both capitals.",
        "The talks collapsed 3 days ago, a diplomat said.",
        "Talks collapsed 3 days ago",
        "If the talks fail, the ministers will meet again in June.",
        "The ministers unveiled the new accord logo",
        "The agency said the rights © 2024 belonged to the ministry, and the case went to court.",
        "[The full text of the accord follows below.]",
        "Recent talks in Apia produced no deal.",
        "U.S. officials said the talks would resume on Jan 7.",
        "Mr. Tuilagi said the accord would be signed in March.",
        "On the app store rules, regulators said little.",
        "The ministry will publish the accord in its e-paper edition next week, an aide said.",
        "Click to learn more, the ministry's page told visitors, drew thousands.",
        "Time is running out for the talks, 15:22 minutes before the deadline.",
        "Is this page useful for planners, the minister asked?",
        "Pinned down by shelling, the convoy waited for hours.",
        "Keywords in the treaty text were disputed for months.",
        "Top stories of the year were dominated by the talks.",
        "You must be a citizen to vote in the referendum.",
        "Comments by the minister drew criticism.",
        "Comment: Have the talks changed anything for Apia",
        "(End of the first phase is set for May, the ministry said.)",
    ],
)
def test_story_sentence_stays(line: str) -> None:
    assert not is_furniture(line)


def test_headline_ticker() -> None:
    row = "Port strike ends in Lae  •  Talks resume in Lima  •  Cup results  •  Roundup: rice prices climb in Dhaka"
    assert is_headline_ticker(row)
    assert is_furniture(row)
    assert is_boilerplate(row)  # the rules above the headline see it too


def test_ticker_over_headline_leaves_the_headline() -> None:
    page = (
        "Off the wire\n" + "  •  ".join(f"Item number {n} of the wire feed today" for n in range(12)) + "\n"
        "You are here:\n\nPort deal signed in Apia\n\nApia, May 2, 2024 Adjust font size:\n\n"
        "APIA, May 2 (Harbour Wire) -- The two governments signed a port deal on Thursday, officials said.\n"
    )
    art = parse_article(page, "ticker.txt")
    assert art.title == "Port deal signed in Apia"


@pytest.mark.parametrize(
    "line",
    [
        "Argentina • Brazil • Chile",  # too few items
        "Talks resumed. • The strike ended. • Prices rose. • Markets calmed.",  # sentences
        "The bloc's members - Fiji, Samoa, Tonga and Tuvalu - met in Apia on Monday.",
    ],
)
def test_not_a_ticker(line: str) -> None:
    assert not is_headline_ticker(line)


_PAGE = """You are here: Home / Pacific
Harbour states agree fisheries pact

Posted on 3 March 2025 in Pacific, Fisheries

Text size A- A+

The fisheries ministers of three island states agreed a joint licensing pact on Tuesday, their offices said.

Questions and answers on licensing will follow next month, the ministers said.

The pact sets a common fee for foreign fleets from next year.

For media queries, please contact:
Mele Taufa
Communications Officer
+679 555 0101

For more information
Questions and answers on the fisheries pact
Factsheet on the joint licensing scheme

Researched and written by Tomas Rivera
Listen live
This material may not be published, broadcast, rewritten or redistributed.
"""


def test_page_keeps_only_the_story() -> None:
    art = parse_article(_PAGE, "pact.txt")
    assert art.title == "Harbour states agree fisheries pact"
    assert art.published == "2025-03-03"  # rule posted_on_in
    assert _body(art) == [
        "The fisheries ministers of three island states agreed a joint licensing pact on Tuesday, their offices said.",
        "Questions and answers on licensing will follow next month, the ministers said.",
        "The pact sets a common fee for foreign fleets from next year.",
    ]


def test_bracketed_stamp_gives_the_date() -> None:
    page = "Useful Links\nCountry Profile\n[Published: Tuesday March 4 2025]\n\nPort deal signed in Apia\n\nThe two governments signed a port deal on Tuesday, officials said.\n"
    art = parse_article(page, "stamp.txt")
    assert art.published == "2025-03-04"
    assert art.byline is None  # rule chrome_not_byline
    assert art.title == "Port deal signed in Apia"
    assert _body(art) == ["The two governments signed a port deal on Tuesday, officials said."]
