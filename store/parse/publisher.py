"""The publisher's own name on a page: a footer naming it ("© 2025 X", "Source: X", "Follow the X
channel"), a reader prompt of its own, or a line that is only an outlet's name.

Each function looks at one line and answers with the publisher or None; the line rules decide
which lines to ask about. Kept apart from ``header`` (bylines and authors' notes).
"""

from __future__ import annotations

import re

from store.parse.datelines import title_case
from store.parse.header import NOT_NAME_WORDS
from store.parse.prompts import BYLINE_ROLES, GENERIC_SOURCES, OUTLET_NAMES, OUTLET_WORDS

# --- the publisher's own name ----------------------------------------------------------------

# What may close a prompt after the channel or app it names ("... for breaking news."): a
# sentence going on after a comma is prose about a channel, not the outlet's own prompt.
_PROMPT_END = r"\b(?:\s(?:for|to|on|and)\s[^\n.,;]{0,60})?[.!]?$"
_SOURCE_RULES: tuple[tuple[int, re.Pattern[str]], ...] = (
    (0, re.compile(r"the comments posted here are not from (?P<name>[^.\n]{2,60})", re.I)),
    (1, re.compile(r"sources?\s?:\s{0,3}(?P<name>[^\n]{2,80})", re.I)),
    (2, re.compile(r"(?:©|ⓒ|\(c\)|copyright\s?(?=©|ⓒ|\(c\)|\d{4}))\s{0,2}(?:[©ⓒ]\s{0,2}|\(c\)\s{0,2})?(?:\d{4}(?:\s?[-–]\s?\d{4})?,?\s{1,2})?(?P<name>[^|\n]{2,80})", re.I)),
    # rule copyright_name: "Copyright Harbour Times. All rights reserved.", "Copyright Harbour Times, 2026"
    (2, re.compile(r"copyright\s(?P<name>(?-i:[A-Z][\w&.'’-]{0,30})(?:\s(?-i:[A-Z][\w&.'’-]{0,30})){0,5})(?:,\s?(?:19|20)\d{2})?\.?(?:\s?all rights reserved\.?)?$", re.I)),
    (3, re.compile(r"follow (?:the )?(?P<name>[^\n]{2,60}?) (?:english |hindi |news )?(?:readers? )?(?:channel|page|account)s? on\b[^\n]{0,100}", re.I)),
    # rule follow_channel_of: "Follow the Harbour Times WhatsApp channel": the outlet's own channel
    (3, re.compile(rf"(?:follow|join) (?:the )?(?P<name>(?!(?:our|us|my) )(?-i:[A-Z])[^\n]{{1,60}}?)(?:['’]s)? (?:official )?(?:whatsapp|telegram|youtube|facebook|instagram|tiktok|linkedin|x|twitter|google news) (?:channel|page|account|group|handle)s?{_PROMPT_END}", re.I)),
    # rule unedited_feed: "This story has not been edited by Harbour Times staff ...": the page's outlet
    (4, re.compile(r"\(?(?:except for the headline, )?this (?:story|article|report|news|copy) has not been edited by (?:the )?(?P<name>(?-i:[A-Z])[\w&.'’-]{0,30}(?: (?-i:[A-Z])[\w&.'’-]{0,30}){0,4}) (?:staff|team|editors|desk)\b[^\n]{0,200}", re.I)),
    # rule from_office: "From: Department for Business and Trade" over a government's release
    (1, re.compile(r"from\s?:\s{0,3}(?P<name>(?-i:[A-Z])[\w&.'’-]{0,30}(?: (?:(?-i:[A-Z])[\w&.'’-]{0,30}|of|for|and|the|&)){0,10})(?=,|\s(?:and|&)\s|$)[^\n]{0,120}", re.I)),
    # rule newsletter_of: "Sign up to the Harbour Times newsletter", "Subscribe to the Ledger's daily newsletter"
    # and rule edition_of: "Get The Ledger's Daily Edition by email", "Sign up for the Ledger's morning briefing"
    (3, re.compile(r"(?:(?:sign up|subscribe)(?: now| today| for free)? (?:to|for)|get) (?:the )?(?P<name>(?-i:[A-Z])[\w&.'’ -]{0,80}?) (?:newsletters?|(?:(?:daily|weekly|morning|evening) )?(?:edition|briefing))\b[^\n]{0,120}", re.I)),
    # rule research_credit_outlet: "Researched and written by Harbour News": a desk's credit naming an outlet
    (3, re.compile(r"(?:researched and written|written and researched|researched and compiled|researched) by:? (?:the )?(?P<name>(?-i:[A-Z])[^\n.]{1,40})\.?$", re.I)),
    # rule reworked_headline: "(Only the headline of this report may have been reworked by Harbour Times staff; ...)"
    (3, re.compile(r"\(?only the headline of this (?:story|article|report|copy) may have been (?:reworked|edited) by (?:the )?(?P<name>(?-i:[A-Z])[\w&.'’-]{0,30}(?: (?-i:[A-Z])[\w&.'’-]{0,30}){0,4}) (?:staff|team|editors|desk)\b[^\n]{0,240}", re.I)),
    # rule published_by_footer: "Published by the Ministry of Foreign Affairs" alone among the last lines
    # rule published_with_permission: "Published by X with permission from Y. For any query ...": X publishes
    (3, re.compile(r"(?:published|issued|released) by (?:the )?(?P<name>(?-i:[A-Z])[\w&.'’-]{0,30}(?: (?:(?-i:[A-Z])[\w&.'’-]{0,30}|of|for|and|&)){0,8})(?:\.?$| with permission from\s[^\n]{2,260})", re.I)),
    # rule trust_project: "The Harbour Times is part of the Trust Project": a member names itself
    (3, re.compile(r"(?:the )?(?P<name>(?-i:[A-Z])[\w&.'’-]{0,30}(?: (?-i:[A-Z])[\w&.'’-]{0,30}){0,4}) is (?:a )?(?:part|member) of the trust project\b[^\n]{0,200}", re.I)),
    # rule print_edition: "Published in Harbour Times, March 4th, 2024" (or "... print edition on March 4, 2024"): the paper that printed it
    (3, re.compile(r"published in (?:the )?(?P<name>(?-i:[A-Z])[\w&.'’-]{0,30}(?: (?-i:[A-Z])[\w&.'’-]{0,30}){0,4})(?:,\s?| (?:print|daily|weekend) edition on )(?:[^\W\d_]{3,9}\.?\s\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s[^\W\d_]{3,9}),?\s(?:19|20)\d{2}(?:,? as [^\n]{1,160})?\.?$", re.I)),
    # rule rights_reserved_of: "Harbour News - All rights reserved" (a wire's dateline outranks it, as a masthead)
    # and rule rights_reserved_tagline: "Harbour News, Pacific News Agency. All rights reserved." (the name before its tagline)
    (4, re.compile(r"(?P<name>(?-i:[A-Z])[\w&.'’-]{0,30}(?: (?-i:[A-Z])[\w&.'’-]{0,30}){0,4})(?:,\s(?-i:[A-Z])[\w&.'’-]{0,30}(?: (?-i:[A-Z])[\w&.'’-]{0,30}){0,4})?\s?[-–—|.,]\s?all rights reserved\.?$", re.I)),
    # rule outlet_app: "Download the Harbour Times app": the outlet's own app
    (3, re.compile(rf"(?:download|get) the (?P<name>(?-i:[A-Z])[\w&.'’-]{{0,30}}(?: (?-i:[A-Z])[\w&.'’-]{{0,30}}){{0,4}}) (?:news )?app{_PROMPT_END}", re.I)),
    # rule follow_the_outlet: "Follow The Standard on WhatsApp": an outlet's name opens with "The"
    (3, re.compile(r"(?:for [^\n,]{1,40}, )?follow (?P<name>the (?-i:[A-Z])[\w&.'’ -]{1,40}?) on (?:whatsapp|telegram|twitter|x|facebook|instagram|google news|threads|linkedin|youtube)\b[^\n]{0,80}", re.I)),
    # rule follow_outlet_on: "Follow Harbour Times on Google News": an outlet's name (checked in code)
    (3, re.compile(r"follow (?P<name>(?-i:[A-Z])[\w&.'’-]{0,30}(?: (?-i:[A-Z])[\w&.'’-]{0,30}){0,3}) on (?:whatsapp|telegram|twitter|x|facebook|instagram|google news|threads|linkedin|youtube)\b[^\n]{0,80}", re.I)),
)
# How a line naming the publisher opens (most lines open otherwise and are not tried further).
_SOURCE_OPENINGS = ("source", "published in", "©", "ⓒ", "(c)", "copyright", "follow", "join", "download", "get the", "for more", "from:", "from :", "sign up", "subscribe", "published by", "issued by", "researched", "written and researched", "released by", "this story has", "this article has", "this report has", "this news has", "this copy has", "(this ", "(except for the headline", "only the headline", "(only the headline")
_RIGHTS_ENDS = ("all rights reserved", "all rights reserved.")
_SENTENCE_END = re.compile(r"(?<![A-Z])\.\s(?=[A-Z])")
_TRAILING_JUNK = re.compile(r"(?:[.,;]?\s{0,3}(?:all rights reserved|(?:and|with|&) (?:other )?(?:news )?(?:agencies|wires)|inc|ltd|llc|plc|\d{4}(?:\s?[-–]\s?\d{4})?)\.?)+\s*$", re.I)


def source_of(line: str, low: str | None = None, footer: bool = False) -> tuple[int, str] | None:
    """``(priority, publisher)`` when a line names the publisher; lower priority wins.
    ``low`` is ``line.lower()`` when the caller has it (then ``line`` is stripped already);
    ``footer``: the line is among the page's last, where reader prompts and a Trust Project
    notice name the publisher in mid-line (looked for only there: most lines are prose)."""
    stripped = line.strip()
    if stripped is not line or low is None or len(low) != len(line):
        line, low = stripped, None  # lower-cased here (a lower case of another length is not sliced)
    if len(line) > 300 or len(line) < 4:
        return None
    if low is None:
        low = line.lower()
    if not (low.startswith(_SOURCE_OPENINGS) or "comments posted here" in low or footer and ("trust project" in low or low.endswith(_RIGHTS_ENDS))):
        return _prompt_outlet(line, low) if footer else None
    for priority, rx in _SOURCE_RULES:
        m = rx.match(line) if priority else rx.search(line)
        if not m:
            continue
        name = _TRAILING_JUNK.sub("", _SENTENCE_END.split(m["name"], 1)[0]).strip().rstrip(".").strip()
        if priority == 1 and (name.startswith(("http", "www.")) or " " in name and len(name.split()) > 8) and not low.startswith("from"):
            return None
        if name.lower() in GENERIC_SOURCES:
            return None  # rule generic_source: "Source: Agencies" names no publisher
        if low.startswith("from") and (name := _office_name(line, name)) is None:
            return None  # "From: Jane Doe" heads a letter, not a release
        if m.re is _PUBLISHED_BY and not footer:
            continue  # "Published by X" names the page's publisher only among its last lines
        if m.re is _FOLLOW_OUTLET_ON and outlet_name(name) is None:
            return None  # "Follow Jane Doe on X": a person's account
        if m.re is _RESEARCHED_BY and not _outlet_like(name):
            return None  # "Researched and written by Jane Doe": a person's credit, no publisher
        if m.re is _NEWSLETTER_OF and (name := _newsletter_outlet(name)) is None:
            return None  # "Sign up to the Morning Briefing newsletter": the letter's name, not the outlet's
        if name and not name.isdigit():
            name = name[4:] if name.startswith("the ") else name  # "follow the X on ..."
            return priority, _caps_outlet(name) if priority == 2 else name
    return _prompt_outlet(line, low) if footer else None


_NEWSLETTER_OF = next(rx for _, rx in _SOURCE_RULES if "newsletter" in rx.pattern)
_FOLLOW_OUTLET_ON = _SOURCE_RULES[-1][1]
_RESEARCHED_BY = next(rx for _, rx in _SOURCE_RULES if rx.pattern.startswith("(?:researched"))
_PUBLISHED_BY = next(rx for _, rx in _SOURCE_RULES if rx.pattern.startswith("(?:published|issued"))
# Head words of an issuing office's name ("Ministry of Defence", "Prime Minister's Office").
_OFFICE_WORDS = frozenset(
    """ministry department office embassy government agency council commission secretariat presidency
    administration authority cabinet bureau mission parliament treasury bank directorate service
    ministerio ministère ministério ministero ministerium secretaría gobierno governo gouvernement""".split()
)


# After an office's name, its address as part of the name ("Prime Minister's Office, 10 Downing Street").
_ADDRESS = re.compile(r",\s\d{1,4}\s(?-i:[A-Z])[\w'’-]{1,30}(?:\s(?-i:[A-Z])[\w'’-]{1,30}){0,3}$")


def _office_name(line: str, name: str) -> str | None:
    """The office a "From:" line names, as printed: its name, with the address the line gives
    after it; or, when the name cut at a comma is no office's ("Foreign"), the whole first
    part ("Foreign, Commonwealth & Development Office"). None for a person ("From: Jane Doe")."""
    rest = line[line.find(name) + len(name) :]
    if office(name):
        return name + rest if _ADDRESS.fullmatch(rest) else name
    whole = rest and line[line.find(":") + 1 :].strip().split(" and ", 1)[0].strip().rstrip(".")
    return whole if whole and office(whole) and len(whole.split()) <= MAX_OFFICE_WORDS else None


MAX_OFFICE_WORDS = 10


def office(name: str) -> bool:
    """Whether ``name`` names an issuing office ("Foreign, Commonwealth & Development Office")."""
    return any(w.lower() in _OFFICE_WORDS for w in name.split())


_OFFICE_JOINERS = frozenset({"of", "and", "&", "the", "for"})
MAX_OFFICE_LINE_WORDS = 6


def office_line(line: str) -> str | None:
    """``line`` when it is only an office's or institution's name, in capitalised words ("World
    Harbour Bank Group", "Ministry of Fisheries"), two to six of them."""
    words = line.split()
    if not 2 <= len(words) <= MAX_OFFICE_LINE_WORDS or not office(line):
        return None
    ok = all(w.lower() in _OFFICE_JOINERS or w[:1].isupper() and w.replace("'", "").isalpha() for w in words)
    return line if ok and words[0][:1].isupper() else None


# An outlet's name before its newsletter's has at most this many words.
MAX_OUTLET_WORDS = 4


def _newsletter_outlet(words: str) -> str | None:
    """The outlet whose newsletter a prompt names: the name before a possessive ("the Ledger's
    daily"), else the longest opening of up to four capitalised words that is an outlet's name
    (its last word an outlet's, or a name of the gazetteer): "Harbour Times Morning Briefing"."""
    own = re.match(r"((?-i:[A-Z])[\w&.-]{0,30}(?: (?:(?-i:[A-Z])[\w&.-]{0,30}|of|the)){0,4})['’]s? ", words + " ")
    if own is not None:
        return own.group(1)
    parts = words.split()
    for k in range(min(len(parts), MAX_OUTLET_WORDS), 0, -1):
        name = " ".join(parts[:k])
        if all(w[:1].isupper() for w in parts[:k]) and (parts[k - 1].lower() in OUTLET_WORDS or name.lower() in OUTLET_NAMES):
            return name
    if len(parts) == 1 and parts[0].isalpha() and parts[0].isupper() and MIN_ACRONYM <= len(parts[0]) <= MAX_ACRONYM:
        return parts[0]  # rule newsletter_acronym: "Sign up to the HBTN newsletter": an outlet's initials
    return None


# An outlet known by its initials has this many letters ("HBT", "HBTN"); fewer are as often a topic ("IT").
MIN_ACRONYM, MAX_ACRONYM = 3, 6


# In an outlet's name printed in capitals, words this short are its initials ("KBS", "BBC").
MAX_INITIALS = 3


def _caps_outlet(name: str) -> str:
    """Rule caps_outlet: a copyright footer's name in capitals as the outlet writes it
    ("KBS WORLD" -> "KBS World", "HARBOUR NEWS" -> "Harbour News"): short words stay initials."""
    words = name.split()
    if len(words) < 2 or not name.isupper():
        return name
    return " ".join(w if len(w) <= MAX_INITIALS else title_case(w) for w in words)


# Openings of a prompt that keeps the reader with the outlet ("Stay informed with the X's ...").
_STAY_MARKERS = ("stay informed", "stay updated", "stay up to date", "stay ahead", "keep up with", "keep up to date")
_STAY_WITH = re.compile(
    r"(?:^|(?<=[.!?])\s{1,2})(?:stay (?:informed|updated|up to date|ahead)|keep up(?: to date)?)(?: with| on)? (?:all )?(?:the latest )?"
    r"(?:with|from|on) the (?P<name>(?-i:[A-Z])[\w&.-]{1,30}(?: (?-i:[A-Z])[\w&.-]{1,30}){0,3})['’]s? "
    r"(?:[\w-]{1,20} ){0,2}(?:coverage|news|journalism|reporting|stories|updates|newsletters?)\b",
    re.I,
)


_SUPPORT_OWN = re.compile(
    r"(?:^|(?<=[.!?])\s{1,2})support (?:the )?(?P<name>(?-i:[A-Z])[\w&.-]{1,30}(?: (?-i:[A-Z])[\w&.-]{1,30}){0,3})['’]s? "
    r"(?:[\w-]{1,20} ){0,2}(?:journalism|reporting|newsroom)\b",
    re.I,
)


# A publication's note on who makes it, among the page's last lines ("China Briefing is written
# and produced by Dezan Shira & Associates."): the publication is the publisher.
_PRODUCED_BY = re.compile(
    r"(?:the )?(?P<name>(?-i:[A-Z])[\w&.'’-]{0,30}(?: (?-i:[A-Z])[\w&.'’-]{0,30}){0,4}) is (?:written and produced|produced and published) by\s"
)


def _prompt_outlet(line: str, low: str) -> tuple[int, str] | None:
    """Rule stay_with_outlet: a reader prompt, opening the line or one of its sentences, that
    names the outlet as its own ("Stay informed with the Harbour Times' daily coverage of ..."):
    the publisher, priority 3. Prose about staying informed opens otherwise."""
    if "support " in low and (m := _SUPPORT_OWN.search(line)) is not None:
        return 3, m["name"]  # rule support_outlet: "Support the Harbour Times' independent journalism"
    if "stay " not in low and "keep up" not in low:
        if " is written and produced by " in low or " is produced and published by " in low:
            m = _PRODUCED_BY.match(line)  # rule produced_by_note: "X is written and produced by Y."
            return (3, m["name"]) if m else None
        if " website contains " in low or " website carries " in low:
            m = _OWN_WEBSITE.match(line)  # rule own_website_note: "X website contains only a portion of the news stories ..."
            return (3, m["name"]) if m else None
        return None  # nearly every line: a few scans
    for marker in _STAY_MARKERS:
        if marker in low:
            m = _STAY_WITH.search(line)
            return (3, m["name"]) if m else None
    return None


# An outlet's note on its own site's content, opening with its name ("X website contains only a portion of the news ...").
_OWN_WEBSITE = re.compile(r"(?:the )?(?P<name>(?-i:[A-Z])[\w&.'’-]{0,30}(?: (?-i:[A-Z])[\w&.'’-]{0,30}){0,4})(?:['’]s)? website (?:contains|carries) [^\n]{0,40}\b(?:news|stories|content|reports)\b", re.I)


# Words of a region that may open an outlet's name ("Middle East Monitor", "Asia Times"),
# though a section's name may open with them too ("Africa News" has three words or fewer).
_REGION_OPENERS = frozenset("middle east west north south central eastern western northern southern asia pacific africa europe gulf".split())


def _outlet_like(name: str) -> bool:
    """Whether a credited name is an outlet's (its last word an outlet's, or a name of the
    gazetteer) rather than a person's: "Harbour News", "Al Jazeera"."""
    return name.rsplit(" ", 1)[-1].lower() in OUTLET_WORDS or name.lower() in OUTLET_NAMES


# The last two words of a news service's or agency's name ("... News Service", "... Press Agency").
_WIRE_KINDS = frozenset({"news", "press"})
_WIRE_HEADS = frozenset({"service", "agency"})


def outlet_name(line: str) -> str | None:
    """``line`` when it is only a news outlet's name ("Arab News", "The Gulf Times", "Middle East
    Monitor"): a name of the gazetteer (``outlet_names``), or two to four capitalised words, the
    last an outlet's word, the first no section word ("World News")."""
    if len(line) > 40:
        return None
    if line.lower() in OUTLET_NAMES:
        return line  # rule known_outlet: "ETV Bharat", "Al Jazeera"
    words = [w for w in line.split() if w != "&"]  # "Harbour & Mining Journal"
    if 3 <= len(words) <= 5 and words[-1].lower() in _WIRE_HEADS and words[-2].lower() in _WIRE_KINDS:
        if all(w[:1].isupper() and w.isalpha() for w in words):
            return line  # rule news_service: "Lagoon News Service", "Inter Press Service", "Reef News Agency"
    if not 2 <= len(words) <= 4 or words[-1].lower() not in OUTLET_WORDS:
        return None
    if not all(w[:1].isupper() and w.replace("&", "").isalnum() for w in words):
        return None  # "Eu4Energy News" holds a digit; "Jane's, News" no comma
    first = words[1 if words[0] == "The" and len(words) > 2 else 0].lower()
    if first in _REGION_OPENERS and len(words) >= 3 and words[1].lower() in _REGION_OPENERS:
        return line  # rule region_outlet: "Middle East Monitor", "South Asia Post"
    return None if first in NOT_NAME_WORDS else line


# A station's call letters: a word of two capitals ("FM", "ZB"); longer ones are as often a
# surname printed in capitals ("Jean DUPONT").
CALL_LETTERS = 2


def station_name(line: str) -> str | None:
    """``line`` when it reads as a broadcaster's name: two or three capitalised words, one of them
    call letters in capitals and one not ("Harbour FM", "Radio NZ"), no section word."""
    words = line.split()
    if not 2 <= len(words) <= 3 or len(line) > 40:
        return None
    if not all(w.isalpha() and w[:1].isupper() for w in words) or any(w.lower() in NOT_NAME_WORDS for w in words):
        return None
    calls = sum(1 for w in words if w.isupper() and len(w) == CALL_LETTERS)
    return line if calls and any(not w.isupper() for w in words) else None


# An outlet's name after the headline, behind a bar or a spaced dash ("... accord | Harbour Times").
_TITLE_SUFFIX = re.compile(r"\s(?:\||[-–—])\s(?P<outlet>[^|\n]{2,40})$")
# A headline keeps at least this many words without the outlet's name.
MIN_TITLE_WORDS = 3


def title_outlet(title: str) -> tuple[str, str] | None:
    """Rule title_outlet: a page's title that closes with the outlet's name ("Fiji and Samoa
    sign pact | Harbour Times", "... - Al Jazeera"): ``(headline, outlet)``, or None."""
    if " | " not in title and " - " not in title and " – " not in title and " — " not in title:
        return None
    m = _TITLE_SUFFIX.search(title)
    if m is None or outlet_name(m["outlet"].strip()) is None:
        return None
    head = title[: m.start()].strip()
    return (head, m["outlet"].strip()) if len(head.split()) >= MIN_TITLE_WORDS else None


# An outlet's name with its home city in brackets ("Harbour News (Port Vila)").
_OUTLET_AT = re.compile(r"(?P<name>[^()\n]{2,40}) \((?P<city>(?-i:[A-Z])[\w'’.-]{1,20}(?: [\w'’.-]{1,20}){0,3})\)")


def outlet_line(line: str) -> str | None:
    """Rule outlet_at_city: a line that is only an outlet's name ("Harbour News"), perhaps with
    its home city in brackets ("Harbour News (Port Vila)"): the name, or None."""
    if line.endswith(")") and (m := _OUTLET_AT.fullmatch(line)) is not None:
        return outlet_name(m["name"])
    return outlet_name(line)


_ROLE_AT = re.compile(
    r"\b(?P<role>[A-Za-z]{3,15}) (?:at|for|with) (?P<name>(?:the )?[A-Z][\w&.'’-]{0,30}(?: [A-Z][\w&.'’-]{0,30}){0,3})\s*$"
)


def byline_outlet(line: str) -> str | None:
    """Rule role_at_outlet: the outlet a byline's closing post names ("By Jane Doe - Reporter at
    Harbour News" gives "Harbour News"), when the post is a reporter's (``byline_roles``)."""
    m = _ROLE_AT.search(line)
    if m is None or m["role"].lower() not in BYLINE_ROLES:
        return None
    return m["name"]


# A site's domain as one field of a row ("By Jane Doe | Harbourtimes.com"), the row's other fields apart.
_ROW_DOMAIN = re.compile(r"(?:^|\s[|•·]\s)(?P<site>(?-i:[A-Z])[\w-]{1,30}\.(?:com|net|org|info|news|co\.[a-z]{2}|com\.[a-z]{2}))(?=\s[|•·]\s|\s*$)", re.I)


def row_domain(line: str) -> tuple[int, str] | None:
    """Rule domain_field: a byline row's field that is a site's domain, capitalised as a name
    ("By Jane Doe | Harbourtimes.com"): the site, as a masthead names it."""
    if "." not in line:
        return None
    m = _ROW_DOMAIN.search(line)
    return (4, m["site"]) if m else None
