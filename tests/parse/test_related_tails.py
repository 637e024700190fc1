"""Other stories listed under the story: under a label with a prompt below the list, under a
"Read more on:" label, and as a run of headline bullets closing the page."""

from __future__ import annotations

from tests.parse.rules_support import body, parse, rule_of

STORY = (
    "Andean neighbours sign water-sharing accord\n\n"
    "Peru and Bolivia signed an accord on Thursday to share the waters of Lake Titicaca, "
    "the two foreign ministries said in a joint statement.\n\n"
    "The accord sets up a binational authority to monitor levels and pollution.\n\n"
)


def test_a_prompt_under_a_related_list_does_not_make_it_prose() -> None:
    text = STORY + (
        "Related stories:\nBolivia lifts fuel subsidies after protests\nChile and Peru open new border post\n\n"
        "Subscribe to our newsletter for the latest news from the Andes.\n"
    )
    b = body(parse(text))
    assert "Chile and Peru open" not in b and "Bolivia lifts" not in b
    assert "binational authority" in b


def test_read_more_on_is_a_related_label() -> None:
    assert rule_of(STORY + "READ MORE ON:\nLake Titicaca\nBolivia\n", "READ MORE ON:") == "related_label"


def test_headline_bullets_closing_the_page_are_related_links() -> None:
    text = STORY + "- Bolivia lifts fuel subsidies after weeks of protests\n- Ecuador: Court suspends mining permits in the Amazon - officials\n"
    b = body(parse(text))
    assert "fuel subsidies" not in b and "mining permits" not in b
    assert rule_of(text, "- Bolivia lifts fuel subsidies after weeks of protests") == "related_headline"


def test_a_list_the_story_introduces_stays() -> None:
    text = STORY + "The accord commits both sides to:\n- Joint monitoring of water levels each month\n- Shared funding for three treatment plants\n"
    b = body(parse(text))
    assert "Joint monitoring" in b and "treatment plants" in b


def test_bullets_with_prose_after_them_stay() -> None:
    text = (
        STORY + "- Joint monitoring of water levels each month\n- Shared funding for three treatment plants\n\n"
        "The first plant opens next year near Puno, the ministry said.\n"
    )
    assert "Joint monitoring" in body(parse(text))


def test_the_line_right_under_a_read_also_label_is_the_link() -> None:
    text = STORY.replace("\n\nThe accord sets", "\n\nAlso Read:\nBolivia lifts fuel subsidies after protests\n\nThe accord sets")
    b = body(parse(text))
    assert "fuel subsidies" not in b and "binational authority" in b


def test_previous_and_next_links_and_wordpress_related_sections() -> None:
    text = STORY + "Previous article\nBolivia lifts fuel subsidies after protests\nNext article\nChile and Peru open a new border post\n"
    b = body(parse(text))
    assert "fuel subsidies" not in b and "border post" not in b
    wp = STORY + 'Related\n\nBolivia lifts fuel subsidies after protests\nMarch 10, 2024\nIn "Andes"\n'
    assert "Andes\"" not in body(parse(wp))


def test_related_items_over_the_authors_note_leave_the_body() -> None:
    from store.parse.article import parse_article

    lede = "Lesotho and Botswana agreed a water transfer scheme on Monday after two years of talks."
    note = "Neo Sebego is the southern Africa correspondent for Kalahari Post and covers water policy."
    text = f"Water scheme agreed\n\n{lede}\n\nRelated\n- Namibia and Angola eye joint port\n- Eswatini opens rail talks\n\nAbout Neo Sebego\n{note}\n"
    a = parse_article(text, "x.txt")
    assert "Namibia" not in a.text and "Eswatini" not in a.text and lede in a.text
