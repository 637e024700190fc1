"""The classifier: one label per line, every label naming its rule, every rule reachable; and
the assembly: the headline kept last for extraction, the label, the order of precedence."""

from __future__ import annotations

from store.parse.article import RULES
from store.parse.classify import classify
from store.parse.layout import article_lines
from tests.parse.rules_support import body, labels, parse

# One page that walks through every kind of line, in a layout of its own (a regional outlet
# in West Africa, reposting wire copy).
PAGE = """Skip to content
Published 2 June 2024
By Kofi Boateng
Ghana and Togo sign maritime border accord
Region Africa
ACCRA (GNA) — Ghana and Togo signed an accord on Sunday that settles their sea border after a decade of talks.
Foreign ministers sign the accord in Accra. (Ama Owusu/GNA Photo)
(Kwesi Mensah/Reuters)
Sorry, this video is unavailable.
The accord covers fishing grounds and an oil block, officials said at the signing ceremony in Accra.
Also read:
Benin Opens Talks On Lagos Corridor Rail Link
What the accord covers
- Fishing grounds.
- An oil block.
The accord covers fishing grounds and an oil block, officials said at the signing ceremony in Accra.
Togo's minister hailed the accord on social media.
— Robert Dussey (@rdussey) June 2, 2024
Reporting by Kofi Boateng; Editing by Ama Serwaa
© 2024 Coastline Media
Leave a Reply
Your email address will not be published.
Great news for the region!
Published June 3, 2024
"""

# Kinds and rules the page above does not show, each on a small page of its own.
OTHERS = [
    "2024-02-11\nArticle content\n\nLOME — Togo and Benin agreed on Friday to run joint patrols on their land border from May.\n",
    "Benin and Niger reopen border\n\nBenin and Niger reopen border\nPort Moresby, 4 April 2023\nUpdated:\n04/05/2023\nThe Associated Press\n\nBenin and Niger reopened their border on Monday after a year of closure and talks.\n",
    "Fiji and Samoa sign pact\n\nVeni Tora\n7 March 2024\n\nFiji and Samoa signed a pact.\n",
    "Fiji and Samoa sign pact\n\nMedia Release: Government of Fiji\n\nFiji and Samoa signed a pact.\n\nBenin and Niger reopened their border on Monday after a year of closure.\n",
    "Fiji and Samoa sign pact\n\nFiji and Samoa signed a pact on Monday.\n\nAPIA:\nThe pact covers fisheries, policing and disaster relief across the two island states.\n",
    "Fiji and Samoa sign pact\n\nFiji and Samoa signed a pact on Monday, officials said.\n\n"
    "Asia Pacific Leaders Meet In Suva\nTonga Joins Regional Police Pact\n\n"
    "Mele Tupou serves as Pacific correspondent for Island Times. She is based in Suva.\n",
    "Fiji and Samoa sign pact\n\nBy Mele Tupou\n\nFiji and Samoa signed a pact on Monday, officials said.\n\n"
    "Mele Tupou is a reporter at Island Times.\n\nThe pact was signed in Suva.\n",
    "Fiji and Samoa sign pact\n\nFiji and Samoa signed a pact on Monday.\n\nVeni Tora\n7 March 2024\n\nThe pact covers fisheries.\n",
    "PACIFIC\nFiji and Samoa sign maritime patrol pact\n12:04 pm on 13 May 2024\n\nFiji and Samoa signed a pact.\n",
    "REGIONAL NEWS\nPosted on May 13, 2024 by Veni Tora\n\nSUVA, Fiji – Fiji and Samoa signed a pact on Monday, officials said.\n",
    "Reef Herald, Pacific News Service\nPacific\nFiji and Samoa sign maritime patrol pact\n13 May 2024\n\nFiji and Samoa signed a pact.\n",
    "Pacific Islands\nFiji and Samoa sign maritime patrol pact\n\nFiji and Samoa signed a maritime patrol pact on Monday, officials in Suva said.\n",
    "Fiji and Samoa sign maritime patrol pact\n7 March 2024\nHT Correspondent\n\nFiji and Samoa signed a pact on Monday, officials in Suva said.\n",
    "Fiji and Samoa sign pact\n\nFiji and Samoa signed a pact. https://t.co/x — Island News (@islandnews) May 2, 2024\n",
    "Fiji and Samoa sign pact\n\nFiji and Samoa signed a pact on Monday.\n\nLagoon Times\n* With AFP\n",
    "Fiji and Samoa sign pact\n\nLagoon Times\n7 March 2024\n\nFiji and Samoa signed a pact on Monday.\n",
    "Fiji and Samoa sign pact\n\nFiji and Samoa signed a pact on Monday.\n\n-- AAP\n",
    "Fiji and Samoa sign pact\n\nApia\n\n- Patrols start in May\n- Both navies share fuel\n\nFiji and Samoa signed a pact on Monday.\n",
    "Fiji and Samoa sign pact\n\nAAP | SUVA | 7 March 2024\n\nFiji and Samoa signed a pact on Monday.\n",
    "Fiji and Samoa sign pact\n\nFiji and Samoa signed a pact on Monday.\n\nAbout the PRC\n"
    "The Pacific Reef Council is a body of island states.\n",
    "Fiji and Samoa sign pact\n\n- Pacific\n- Published Date: 10:15 | 7 March 2024\n\nFiji and Samoa signed a pact on Monday.\n",
    "Fiji and Samoa sign pact\n\nFiji and Samoa signed a pact on Monday.\n\nMedia Contact\npress@reef.example\n",
    "Divers survey the reef off Suva on Monday before the pact was signed. Photo: Mele Tupou/AAP\n\nFiji and Samoa sign pact\n\nFiji and Samoa signed a pact.\n",
    "News » Pacific » Fiji and Samoa sign pact\n\nFiji and Samoa sign pact\n\nFiji and Samoa signed a pact.\n",
    "3 hours ago\n\nFiji and Samoa signed a fisheries pact on Monday, officials in Suva said.\n",
    "Lagoon Times\n\nFiji and Samoa sign pact\n\nFiji and Samoa signed a pact on Monday.\n",
    "Reef Council - Press release\n\nFiji and Samoa sign pact\n\nAuthor\nMele Tupou,\nPublish Date\n7 March 2024\n\nFiji and Samoa signed a pact on Monday.\n",
    "Fiji and Samoa sign pact\n\nFiji and Samoa signed a pact on Monday, officials said.\n\nBusiness Club\n",
    "Lagoon Times, en Español\n\nSuva, May 3rd 2026 - 08:12 UTC\n\nFiji and Samoa sign pact\n\nFriday, April 10th 2026 - 19:40 UTC\n\nFiji and Samoa signed a pact.\n",    "Reef Engineering Insight\nNews | Pacific\n\nFiji and Samoa sign pact\n\nFiji and Samoa signed a pact on Monday.\n",
    "Fiji and Samoa sign pact\n\nLagoon Times 7 March 2024 Pacific Leave a comment\n\nFiji and Samoa signed a pact on Monday.\n",
    "Reef Log - notes on the Pacific\n\nFiji and Samoa sign a maritime patrol pact\n\nPosted by Mele Tupou | 7 March 2024 | 2 Comments\n\nFiji and Samoa signed a pact on Monday.\n",
]


def all_rules() -> set[str]:
    return {rule.name for rules in RULES.values() for rule in rules}


def test_one_label_per_line_each_naming_its_rule() -> None:
    lines = article_lines(PAGE)
    found = classify(lines, RULES)
    assert len(found) == len(lines)
    assert all(lb.rule and lb.kind for lb in found)


def test_every_rule_labels_some_line_of_the_test_pages() -> None:
    seen = {lb.rule for text in [PAGE, *OTHERS] for lb in labels(text)}
    # rules that only move to the next zone never label a line themselves
    assert all_rules() - seen == {"end_of_header"}


def test_the_page_assembles_into_its_fields_and_story() -> None:
    a = parse(PAGE)
    assert (a.title, a.byline, a.dateline, a.published, a.source) == (
        "Ghana and Togo sign maritime border accord",
        "Kofi Boateng",
        "Accra",
        "2024-06-02",
        "Coastline Media",  # the publisher naming itself outranks the wire tag
    )
    kinds = [p.kind for p in a.paragraphs]
    assert kinds == ["text", "caption", "text", "heading", "bullet", "bullet", "post", "headline"]
    text = body(a)
    for junk in ("Reuters", "GNA Photo", "video", "Benin", "Region Africa", "Great news", "Editing", "©"):
        assert junk not in text, junk
    assert text.count("fishing grounds and an oil block") == 1  # printed twice, kept once


def test_the_headline_is_the_last_paragraph_and_no_offset_moves() -> None:
    a = parse(PAGE)
    last = a.paragraphs[-1]
    assert (last.kind, a.paragraph_text(len(a.paragraphs) - 1)) == ("headline", a.title)
    assert a.text.endswith("\n\n" + a.title)
    assert a.text.startswith(body(a))  # the body's offsets are those of the body alone
    assert a.sentence_text(len(a.sentences) - 1) == a.title


def test_without_a_headline_the_label_is_the_ledes_first_words() -> None:
    a = parse(OTHERS[0])
    assert a.title == "" and a.label == "Togo and Benin agreed on Friday to run joint patrols on their land …"
    assert all(p.kind != "headline" for p in a.paragraphs)


def test_fields_take_the_first_of_each_and_a_bio_only_at_the_end() -> None:
    a = parse(OTHERS[5])
    assert (a.byline, a.source) == ("Mele Tupou", "Island Times")
    assert "Asia Pacific Leaders" not in body(a)
    b = parse(OTHERS[6])
    assert b.byline == "Mele Tupou" and "reporter at Island Times" not in body(b)
    assert b.source == "Island Times"  # the known author's bio is dropped and names the outlet
