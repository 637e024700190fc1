"""The rules of the story and below it, each on articles of its own: repeats, captions and
credits, player messages, reader prompts, related headlines, bios, datelines, footers."""

from __future__ import annotations

import pytest

from store.parse.prompts import is_player_chrome, is_reader_prompt
from store.parse.rules_related import is_related_headline
from tests.parse.rules_support import body, parse, rule_of

HEAD = "Bangladesh and Myanmar agree on repatriation steps"
P1 = "Bangladesh and Myanmar agreed on Thursday to start returning refugees under a pilot scheme."
P2 = "The scheme covers 1,100 people in its first phase, officials from both sides said in Dhaka."
P3 = "Aid groups said conditions in Rakhine state were not yet safe for returns."


def story(*middle: str, end: str = "") -> str:
    return "\n\n".join([HEAD, P1, *middle, P2, P3] + ([end] if end else [])) + "\n"


# --- Repeat ------------------------------------------------------------------------------------


def test_a_paragraph_printed_twice_is_kept_once() -> None:
    standfirst = "Refugees in Cox's Bazar will be offered places on a first list of returns"
    text = f"{HEAD}\n\n{standfirst}\n\n{HEAD}\n\n{standfirst}.\n\n{P1}\n"
    a = parse(text)
    assert body(a).count("Cox's Bazar") == 1
    assert body(a).count(HEAD) == 0


# --- Caption (and credits) ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        ("Officials meet in Naypyidaw on Monday. EFE/EPA/NYEIN CHAN NAING / POOL", "Officials meet in Naypyidaw on Monday."),
        ("Ministers shake hands in Dhaka. Picture: Rafiq Ahmed/BSS Wire", "Ministers shake hands in Dhaka."),
        ("The foreign minister speaks to reporters (Farid Uddin/AP Photo)", "The foreign minister speaks to reporters"),
        ("Delegates at the border post near Teknaf. (Daily Star pic)", "Delegates at the border post near Teknaf."),
        ("Camp leaders in Ukhia on Friday. Photo via Twitter/@RefugeeDeskBD", "Camp leaders in Ukhia on Friday."),
        ("A ferry on the Naf river. Photo courtesy of the Border Guard.", "A ferry on the Naf river."),
    ],
)
def test_a_caption_stays_and_its_credit_goes(line: str, caption: str) -> None:
    a = parse(story(line))
    assert rule_of(story(line), line) == "caption"
    assert (a.paragraphs[1].kind, a.paragraph_text(1)) == ("caption", caption)


@pytest.mark.parametrize("line", ["(Kamal Hossain/Reuters)", "Photo: BSS", "(UNB photo)", "AFP/STR/NAME SURNAME"])
def test_a_credit_alone_is_dropped(line: str) -> None:
    assert rule_of(story(line), line) == "credit"
    assert line not in body(parse(story(line)))


# --- Furniture: players and prompts -------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Sorry, this video is unavailable.",
        "Tap to watch more videos from our desk. Try reloading your browser, or Back to video",
    ],
)
def test_player_messages_are_furniture(line: str) -> None:
    assert is_player_chrome(line)
    assert line not in body(parse(story(line)))


@pytest.mark.parametrize(
    "line",
    [
        "Enjoy unlimited digital access to regional reporting. Start your subscription today.",
        "Get the news that matters to you in your inbox every morning.",
        "Support reporting from the Bay of Bengal: take out a subscription.",
    ],
)
def test_reader_prompts_are_furniture(line: str) -> None:
    assert is_reader_prompt(line)
    assert "subscription" not in body(parse(story(line))) or "inbox" not in body(parse(story(line)))


@pytest.mark.parametrize(
    "line",
    [
        "The ministry said subscriptions to the state newspaper had doubled since 2020.",
        '"You cannot subscribe to peace," the envoy told the newsletter of the refugee council.',
        "The video of the signing was shown on state television.",
    ],
)
def test_prose_about_subscriptions_and_videos_stays(line: str) -> None:
    assert not is_reader_prompt(line) and not is_player_chrome(line)
    assert line in body(parse(story(line)))


# --- RelatedLabel / RelatedHeadline ---------------------------------------------------------------


def test_headlines_under_a_read_also_label_are_furniture() -> None:
    text = story("Also read:\n\nMyanmar Junta Extends Emergency Rule By Six Months")
    assert rule_of(text, "Also read:") == "related_label"
    assert rule_of(text, "Myanmar Junta Extends Emergency Rule By Six Months") == "related_headline"
    assert "Junta" not in body(parse(text))


def test_a_run_of_headlines_is_a_related_list() -> None:
    run = "Thailand Opens Talks On Mekong Dams\nLaos Signs Power Deal With Vietnam\nCambodia Hosts Regional Water Summit"
    a = parse(story(end=run))
    assert "Mekong" not in body(a) and "Cambodia Hosts" not in body(a)
    assert body(a).endswith(P3)


def test_sentence_case_headlines_under_a_related_label_are_furniture() -> None:
    text = story(end="More on this story\n\nRohingya camp fire: what we know\nWho pays for the returns?")
    assert rule_of(text, "Rohingya camp fire: what we know") == "related_headline"
    assert "camp fire" not in body(parse(text)) and "Who pays" not in body(parse(text))
    assert body(parse(text)).endswith(P3)


def test_a_sentence_case_line_without_a_label_stays() -> None:
    a = parse(story(end="Aid groups want more time"))
    assert "Aid groups want more time" in body(a)


def test_one_heading_between_paragraphs_stays() -> None:
    a = parse(story("What Happens Next"))
    assert ("heading", "What Happens Next") in [(p.kind, a.paragraph_text(i)) for i, p in enumerate(a.paragraphs)]


@pytest.mark.parametrize(
    ("line", "related"),
    [
        ("Myanmar Junta Extends Emergency Rule By Six Months", True),
        ("Officials said the talks would resume.", False),
        ("What comes next", False),
        ("(Reuters) Rohingya Return Plan", False),
    ],
)
def test_is_related_headline(line: str, related: bool) -> None:
    assert is_related_headline(line) is related


# --- AuthorBio ---------------------------------------------------------------------------------------


def test_a_reporters_bio_at_the_end_gives_byline_and_outlet() -> None:
    bio = "Lucas Ferreira serves as Andean correspondent for Southern Post. He previously covered mining in Peru."
    text = story(end=bio)
    assert rule_of(text, bio) == "author_bio"
    a = parse(text)
    assert (a.byline, a.source) == ("Lucas Ferreira", "Southern Post")
    assert "Ferreira" not in body(a)


def test_a_bio_like_sentence_inside_the_story_stays_body() -> None:
    line = "Karim Chowdhury is a reporter for Dhaka Tribune who was detained in 2021."
    a = parse(story(line))
    assert line in body(a) and a.byline is None
    inside = "Karim Chowdhury is a reporter for Dhaka Tribune."
    a = parse(story(inside))
    assert inside in body(a) and a.byline is None and a.source is None


# --- DatelineLine and Prose datelines ---------------------------------------------------------------


def test_a_dateline_on_a_line_of_its_own() -> None:
    text = f"{HEAD}\n\nDHAKA:\n{P1}\n\n{P2}\n"
    assert rule_of(text, "DHAKA:") == "dateline_line"
    a = parse(text)
    assert a.dateline == "Dhaka" and body(a).startswith(P1)


@pytest.mark.parametrize(
    ("opening", "dateline", "source", "published"),
    [
        ("COX'S BAZAR (UNB) - ", "Cox's Bazar", "UNB", None),
        ("Dili, Timor-Leste, 4 Mar (Lusa).- ", "Dili, Timor-Leste", "Lusa", None),
        ("YANGON, (Xinhua).- ", "Yangon", "Xinhua", None),
        ("Suva, Fiji, Pacific (PINA) - ", "Suva, Fiji, Pacific", "PINA", None),
        ("DHAKA—", "Dhaka", None, None),
        ("Dhaka. ", "Dhaka", None, None),
        ("APIA, 4 June 2024 (RNZ Pacific) — ", "Apia", "RNZ Pacific", "2024-06-04"),
    ],
)
def test_datelines_in_more_layouts(opening: str, dateline: str, source: str | None, published: str | None) -> None:
    a = parse(f"{HEAD}\n\n{opening}{P1}\n")
    assert (a.dateline, a.source, a.published) == (dateline, source, published)
    assert body(a) == P1


def test_a_two_word_tag_is_a_wire_only_as_an_acronym_and_its_desk() -> None:
    from store.parse.datelines import find_dateline

    assert find_dateline(f"APIA, 4 June 2024 (Two Sides) — {P1}") is None


def test_a_dateline_day_takes_its_year_from_a_full_date_in_the_text() -> None:
    text = f"{HEAD}\n\nDili, Timor-Leste, 4 Mar (Lusa).- {P1}\n\nThe accord was first drafted on 4 March 2024 in Dili.\n"
    assert parse(text).published == "2024-03-04"
    other = f"{HEAD}\n\nDili, Timor-Leste, 4 Mar (Lusa).- {P1}\n\nThe accord was first drafted on 9 May 2021.\n"
    assert parse(other).published is None


# --- WireFooter (and a byline below the story) -----------------------------------------------------


def test_an_agency_byline_below_the_story() -> None:
    a = parse(story(end="By AFP. (Production: Nadia Rahman)"))
    assert a.byline == "AFP" and "Production" not in body(a)
    b = parse(story(end="(Reporting by Ruma Paul; Editing by Clarence Fernandez)"))
    assert b.byline == "Ruma Paul" and "Ruma Paul" not in body(b)  # rule credit_footer: the reporter, not the editor


# --- Tail -------------------------------------------------------------------------------------------


def test_after_the_comments_only_footers_count() -> None:
    a = parse(story(end="Leave a Reply\n\nGreat piece, thank you.\n\nReporting by Sam Jahan"))
    assert a.byline is None and "Great piece" not in body(a) and "Sam Jahan" not in body(a)


def test_a_list_of_title_case_items_is_the_storys_own() -> None:
    items = "- Republic Of The Union Of Myanmar\n- People's Republic Of Bangladesh"
    a = parse(story(items))
    assert "Republic Of The Union Of Myanmar" in body(a)


@pytest.mark.parametrize(
    "line",
    [
        "00:42",
        "By providing an email address, I agree to the Terms of Use and acknowledge that I have read the Privacy Policy.",
        "9417**2050",
    ],
)
def test_player_times_form_fine_print_and_agency_ids_are_furniture(line: str) -> None:
    assert line not in body(parse(story(line)))


@pytest.mark.parametrize("line", ["(Release ID: 2062812)", "SK/VJ", "***", "Enditem", "-30-"])
def test_release_ids_desk_initials_and_sign_offs_are_furniture(line: str) -> None:
    assert line not in body(parse(story(end=line)))


def test_the_known_authors_bio_names_the_outlet() -> None:
    text = f"{HEAD}\n\nBy Nurul Islam\n\n{P1}\n\n{P2}\n\nNurul Islam is a senior reporter with the Dhaka Courier covering diplomacy.\n"
    a = parse(text)
    assert (a.byline, a.source) == ("Nurul Islam", "Dhaka Courier")
    assert "senior reporter" not in body(a)


def test_an_ordinal_date_in_the_dateline() -> None:
    a = parse(f"ABU DHABI, 12th March, 2024 (WAM) -- {P1}\n\n{P2}\n")
    assert (a.title, a.dateline, a.source, a.published) == ("", "Abu Dhabi", "WAM", "2024-03-12")
    assert body(a).startswith(P1)


@pytest.mark.parametrize("line", ["Read the original article on BSS.", "==Xinhua", "BSS/Rafiq Ahmed/Karim alam"])
def test_reposting_notes_sign_offs_and_credit_chains_are_furniture(line: str) -> None:
    assert line not in body(parse(story(end=line)))


def test_a_post_under_its_authors_name_and_handle_is_body() -> None:
    from store.parse.article import parse_article

    text = (
        "Fiji and Samoa sign pact\n\nFiji and Samoa signed a fisheries pact on Monday, officials said.\n\n"
        "The prime minister welcomed it in a post:\n\n"
        "Sitiveni Lagi @fijipm\nA GREAT DAY FOR OUR OCEAN AND OUR PEOPLE. THANK YOU SAMOA!\n\n"
        "The pact takes effect in May.\n"
    )
    a = parse_article(text, "x.txt")
    kinds = {a.paragraph_text(k): p.kind for k, p in enumerate(a.paragraphs)}
    assert kinds.get("Sitiveni Lagi @fijipm") == "post"
    assert kinds.get("A GREAT DAY FOR OUR OCEAN AND OUR PEOPLE. THANK YOU SAMOA!") == "post"


def test_chrome_under_a_name_and_handle_stays_chrome() -> None:
    from store.parse.article import parse_article

    text = "Fiji and Samoa sign pact\n\nFiji and Samoa signed a fisheries pact on Monday, officials said.\n\nSitiveni Lagi @fijipm\nShare\n\nThe pact takes effect in May.\n"
    a = parse_article(text, "x.txt")
    assert "Share" not in a.text
