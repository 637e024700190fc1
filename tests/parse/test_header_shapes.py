"""Header fields found past the page's chrome: a bare byline over a reading time, a date line
over the page's footer, a headline under which a photo caption places people, an outlet's name
joined by an ampersand."""

from __future__ import annotations

from store.parse.credits import is_position_caption
from store.parse.publisher import outlet_name
from tests.parse.rules_support import body, parse

HEAD = "Ghana and Côte d'Ivoire agree cocoa price floor\n\n"
LEDE = "Ghana and Côte d'Ivoire agreed on Monday to set a joint floor price for cocoa beans, their farm ministers said in Accra."
MORE = "The floor applies from the October harvest and will be reviewed each year."


def test_a_bare_byline_over_a_reading_time_then_the_lede() -> None:
    a = parse(f"{HEAD}Kwame Asante\n3 Min Read\n\n{LEDE}\n\n{MORE}\n")
    assert a.byline == "Kwame Asante" and "Kwame" not in body(a) and LEDE in body(a)


def test_a_date_line_over_the_footer_dates_the_story() -> None:
    text = f"{HEAD}{LEDE}\n\n{MORE}\n\nMarch 3, 2025\n© 2025 Gulf Coast Media. All rights reserved.\nThis material may not be published, broadcast or redistributed.\n"
    a = parse(text)
    assert a.published == "2025-03-03" and "March 3, 2025" not in body(a)


def test_a_date_line_over_more_story_is_left_to_the_story_rules() -> None:
    a = parse(f"{HEAD}{LEDE}\n\n{MORE}\n\nThe ministers met again later.\n\nMarch 3, 2025\n\n{MORE} Again.\n")
    assert a.published is None


def test_a_caption_placing_people_is_no_headline() -> None:
    assert is_position_caption("Kofi Mensah (left) greets Awa Traoré in Accra.")
    assert is_position_caption("Ministers pose in Abidjan (2nd R).")
    assert not is_position_caption("Ghana (left bloc) wins seats")
    a = parse(f"Ghana and Côte d'Ivoire Agree Cocoa Floor\n\nKofi Mensah (left) greets Awa Traoré in Accra.\n\n{LEDE}\n")
    assert a.title == "Ghana and Côte d'Ivoire Agree Cocoa Floor"
    assert "Kofi Mensah (left) greets" in body(a)


def test_an_outlet_name_joined_by_an_ampersand() -> None:
    assert outlet_name("Oil & Gas Journal") == "Oil & Gas Journal"
    assert outlet_name("HM&S Mining & Metals Journal") == "HM&S Mining & Metals Journal"
    assert outlet_name("& Journal") is None and outlet_name("Salt & Pepper") is None


def test_a_section_label_closing_the_page_is_chrome() -> None:
    assert "Business Club" not in body(parse(f"{HEAD}{LEDE}\n\n{MORE}\n\nBusiness Club\n"))
    assert "Energy" not in body(parse(f"{HEAD}{LEDE}\n\n{MORE}\n\nEnergy\n"))


def test_a_signature_a_place_or_a_heading_with_story_under_it_stays() -> None:
    a = parse(f"{HEAD}{LEDE}\n\n{MORE}\n\nKwame Asante\n")
    assert a.byline == "Kwame Asante" or "Kwame Asante" in body(a)
    assert "Accra" in body(parse(f"{HEAD}{LEDE}\n\n{MORE}\n\nAccra\n"))
    b = parse(f"{HEAD}{LEDE}\n\nNext Steps\n\n{MORE}\n")
    assert "Next Steps" in body(b)


def test_a_reporter_label_and_a_publish_date_label_in_line() -> None:
    a = parse(f"{HEAD}Reporter: Kwame Asante\nPublish Date: Tue, 4 Mar 2025, 9:15am\n\n{LEDE}\n")
    assert (a.byline, a.published) == ("Kwame Asante", "2025-03-04")
    assert "Reporter" not in body(a) and "Publish Date" not in body(a)
    assert "Reporters" not in (parse(f"{HEAD}Reporters Without Borders\n\n{LEDE}\n").byline or "")


def test_a_place_and_date_line_under_a_standfirst() -> None:
    a = parse(f"{HEAD}Both sides hope the floor will end years of price swings\n\nAccra, 3 March 2025\n\n{LEDE}\n")
    assert (a.dateline, a.published) == ("Accra", "2025-03-03") and "3 March 2025" not in body(a)
