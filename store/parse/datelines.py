"""Datelines: the place (and wire tag) that opens a story, read off the start of a paragraph.

"NAPLES, Italy — Japan ..." names Naples, Italy; "KINSHASA (PANA) - ..." names Kinshasa and the
wire; "Ho Chi Minh City, Vietnam, Sep 10 (EFE).- ..." a place, a date and a wire. The place is
in capitals, or stands before a dash or a wire tag; a run-in label ("Key Points: ...") is not a
place. ``dateline_line`` reads a dateline printed on a line of its own ("PUTRAJAYA:").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from store.parse.prompts import BYLINE_ROLES, OUTLET_WORDS

# Capital letters of the Latin, Greek and Cyrillic scripts as a character class ("SÃO PAULO",
# "Bogotá", "ZÜRICH"): Python regexes have no class for upper case.
_UPPER = "[" + "".join(c for c in map(chr, range(0x530)) if c.isupper() and c.isalpha()) + "]"
_W = _UPPER + r"(?:[^\W\d_]|['’.\-/]){0,24}"
# A month as written or in a wire's capitals ("JULY 31", "SEPT. 4"): rule upper_month; rule wire_month_abbreviation: a Spanish, Portuguese or French wire's month in lower case ("6 dic", "29 jan 2025").
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\.?|(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|SEPT|OCT|NOV|DEC)[A-Z]{0,6}\.?|(?:ene|jan|feb|fev|mar|abr|avr|may|mai|jun|juin|jul|juil|ago|aoû|sep|set|oct|out|nov|dic|dez|déc)\.?"
_ORD = r"(?:st|nd|rd|th)?"
_DAY_MONTH = rf"(?:{_MONTH})\s\d{{1,2}}{_ORD}(?:,?\s\d{{4}}|/\d{{4}})?|\d{{1,2}}{_ORD}\s(?:{_MONTH})(?:,?\s\d{{4}})?"
_REGION = rf"{_W}(?: {_W}){{0,2}}"
_DATELINE = re.compile(
    rf"(?:\*\*|__)?(?P<place>{_W}(?: {_W}){{0,3}})"
    rf"(?:,\s(?P<region>{_REGION})(?:,\s(?P<region2>{_REGION}))?|\s\[(?P<bracket>{_REGION})\])?"
    rf"(?:,?\s(?P<date>{_DAY_MONTH}))?"
    # rule bracket_date: a release's date in brackets ("MANILA, PHILIPPINES (11 January 2025) —")
    rf"(?:,?\s?\((?P<wire>[A-Za-z][A-Za-z .&]{{0,30}})\)(?P<dot>\.)?|\s/(?P<slash>[A-Za-z]{{2,20}})/|\s\((?P<bdate>{_DAY_MONTH})\)|,\s(?P<tag>[A-Z]{{2,6}})(?=\s?(?:—|–|--)))?(?:\*\*|__)?"
    r"\s{0,2}(?P<sep>—|–|---|--|-|:|(?:(?<=\d)|(?<=ber)|(?<=ary)|(?<=rch)|(?<=ril)|(?<=May)|(?<=une)|(?<=uly)|(?<=ust))\.)(?P<gap>\s{0,3})"  # (rule triple_dash: "(PACNEWS) ---", as some wires close it)
    rf"(?=[\"“‘'0-9]|{_UPPER})"
)
# "Jakarta. A group of ..." : a place alone as the paragraph's first sentence.
_PLACE_STOP = re.compile(rf"(?P<place>{_W}(?: {_W}){{0,2}})\.\s(?={_UPPER})")
# Every dateline has its separator followed by a space or a capital: a paragraph opening
# without one of those is not tried against the (much slower) full pattern.
_SEP_SPACE = re.compile(r"[—–:-]\s|[—–]\S|\.\s")
# "Chennai, May 2 (PTI) The state ...": an agency's tag closes the dateline with no dash after it.
_WIRE_RUN_IN = re.compile(
    rf"(?P<place>{_W}(?: {_W}){{0,2}})(?:,\s(?P<date>{_DAY_MONTH}))?\s?\((?P<wire>[A-Za-z]{{2,12}})\)\.?\s(?=[\"“‘'0-9]|{_UPPER})"
)
# "May 12 (Reuters) - ...": a day and a known agency's tag, no place.
_DAY_WIRE = re.compile(rf"(?:{_DAY_MONTH})\s\((?P<wire>[A-Za-z][A-Za-z .&]{{0,30}})\)\s{{0,2}}(?:—|–|--|-)\s{{1,3}}(?=[\"“‘'A-Z0-9])")
_MONTH_HEADS = frozenset("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC".split())
_WIRE_ONLY = re.compile(r"\((?P<wire>[A-Za-z][A-Za-z .&]{0,30})\)\s{0,2}(?:—|–|--|-)\s{1,3}(?=[\"“‘'A-Z0-9])")
# "(MENAFN) The government ...": an agency's tag alone opens the lede.
_WIRE_OPEN = re.compile(r"\((?P<wire>[A-Za-z]{2,12})\)\s(?=[\"“‘A-Z])")
# "... said on Monday. (PNA)": a known agency's tag closes a paragraph.
_WIRE_CLOSE = re.compile(r"(?<=[.!?”\"’])\s{1,2}\((?P<wire>[A-Za-z]{2,12})\)$")
# "MEXICO CITY (Harbour News / Sputnik - 24th January, 2023) Brazilian ...": a place in capitals,
# then in brackets the outlet (and its wire) and the date.
_TAG_DATED = re.compile(
    rf"(?P<place>{_W}(?: {_W}){{0,3}})\s\((?P<wire>[A-Z][\w.&]{{0,20}}(?: [A-Z][\w.&]{{0,20}}){{0,3}})"
    r"(?:\s?/\s?[A-Z][\w.&]{0,20}(?: [A-Z][\w.&]{0,20}){0,3})?\s[-–]\s(?P<date>[^()\n]{4,30})\)\s(?=[\"“A-Z])"
)
MONTHS = frozenset("January February March April May June July August September October November December".split())
# First words that start a run-in label or a person, never a place.
NOT_PLACES: frozenset[str] = frozenset(
    """Update Updated Note Editor Editors Breaking Analysis Opinion Exclusive Watch Summary
    Background Context Key Read Also Photo Photos Source Sources Why What How Who Here Bottom
    Conclusion Introduction Overview Q A Answer Question Warning Disclaimer Correction Live
    Video Audio Listen Explainer Comment Review Interview Highlights Takeaways Details Related
    President Prime Minister Secretary Mr Mrs Ms Dr General Gen Chancellor King Queen Senator
    The This That These It He She They We I In On At But And As Sign Subscribe Follow Share
    Fact Check News World Top First Last Day Week Part Chapter Step Option Quote Quick
    Yesterday Today Tomorrow Meanwhile Finally Later Earlier Now Then Still Yes No Thanks Monday Tuesday Wednesday Thursday Friday Saturday Sunday""".split()
)
# Wire services known by their tag. A tag in capitals ("(PANA)", "(EFE)") is a wire too.
WIRES: dict[str, str] = {
    "ap": "Associated Press",
    "reuters": "Reuters",
    "afp": "AFP",
    "upi": "UPI",
    "xinhua": "Xinhua",
    "kyodo": "Kyodo",
    "bloomberg": "Bloomberg",
    "dpa": "dpa",
    "ani": "ANI",
    "pti": "PTI",
    "ians": "IANS",
    "yonhap": "Yonhap",
    "cnn": "CNN",
    "bernama": "Bernama",
    "efe": "EFE",
    "anadolu agency": "Anadolu Agency",
    "anadolu": "Anadolu Agency",
    "prensa latina": "Prensa Latina",
    "agence france-presse": "AFP",
    "agence france presse": "AFP",
    "associated press": "Associated Press",
    "ap photo": "Associated Press",
    # national news agencies, by their tags
    "irna": "IRNA", "wam": "WAM", "spa": "SPA", "kuna": "KUNA", "qna": "QNA", "mena": "MENA",
    "aps": "APS", "map": "MAP", "pana": "PANA", "nna": "NNA", "sana": "SANA", "tass": "TASS",
    "ria": "RIA", "bss": "BSS", "app": "APP", "unb": "UNB", "vna": "VNA", "kcna": "KCNA",
    "pna": "PNA", "antara": "Antara", "lusa": "Lusa", "ansa": "ANSA", "aap": "AAP", "gna": "GNA",
    "nan": "NAN", "kna": "KNA", "ena": "ENA", "acp": "ACP", "apa": "APA", "sputnik": "Sputnik",
}
_INITIALS = re.compile(r"(?:[A-Z]\.){1,4}")
_LETTERS = re.compile(r"[^\W\d_]+")
# After a dateline without a separator space ("DOHA, Qatar—Qatar is"), the place is in capitals.
# A place alone before a full stop needs this many words of prose after it.
MIN_PROSE_AFTER_STOP = 8


def title_case(word: str) -> str:
    """An upper-case word as a name is written ("LONDON/PARIS" -> "London/Paris", "O'BRIEN" ->
    "O'Brien", "COX'S" -> "Cox's", "TÜRKİYE" -> "Türkiye", not "i" and a combining dot); initials stay."""
    if len(word) > 1 and word.isupper() and not _INITIALS.fullmatch(word):
        return _LETTERS.sub(_capital, word)
    return word


def _capital(m: re.Match[str]) -> str:
    piece = m.group()
    after_apostrophe = m.start() > 0 and m.string[m.start() - 1] in "'’"
    return (piece.lower() if after_apostrophe and len(piece) == 1 else piece.capitalize()).replace("i\u0307", "i")


@dataclass(frozen=True, slots=True)
class Dateline:
    """A dateline found at the start of a paragraph: the place as shown, where the prose
    starts after it, the wire tag as written (``None`` without one) and the date it holds."""

    place: str | None
    cut: int
    wire: str | None
    upper: bool = False  # the place is written in capitals (or a wire tag follows it)


def _upper(place: str) -> bool:
    return place.replace(".", "").replace("-", "").replace(" ", "").replace("'", "").isupper()


# Small words inside a place name in capitals stay small ("DAR ES SALAAM" -> "Dar es Salaam").
_PLACE_JOINERS = frozenset("de del da do dos das es of and la le al di".split())


def _shown(words: list[str], regions: list[str]) -> str:
    words = [w.rstrip(".") if k == len(words) - 1 and not _INITIALS.fullmatch(w) else w for k, w in enumerate(words)]
    shown = " ".join(
        w.lower() if k and w.isupper() and w.lower() in _PLACE_JOINERS else title_case(w) for k, w in enumerate(words)
    )
    for region in regions:  # "DC", "UAE", "US" stay in capitals
        shown += ", " + " ".join(w if len(w) <= 3 else title_case(w) for w in region.split())
    return shown


def _wire_shown(wire: str) -> str:
    """A wire tag as the text writes it ("AP", "PANA"); a lower-case known tag gets its name."""
    tag = wire.strip()
    return tag if tag[:1].isupper() else WIRES.get(tag.lower(), tag)


def find_dateline(paragraph: str) -> Dateline | None:
    """The dateline that opens ``paragraph``, or None."""
    m = _WIRE_ONLY.match(paragraph[:60])
    if m and m["wire"].lower() in WIRES:
        return Dateline(None, m.end(), _wire_shown(m["wire"]), True)
    if paragraph[:3] in _MONTH_HEADS and (m := _DAY_WIRE.match(paragraph[:60])) and m["wire"].lower() in WIRES:
        return Dateline(None, m.end(), _wire_shown(m["wire"]), True)  # rule day_wire: "May 12 (Reuters) - ..."
    if paragraph[:1] == "(" and (opened := _wire_open(paragraph)) is not None:
        return opened
    head = paragraph[:160]
    if " | " in head[:60] and (barred := _bar_dateline(head)) is not None:
        return barred
    if _SEP_SPACE.search(head) is None:
        return _wire_run_in(head)
    m = _DATELINE.match(head)
    if m is None:
        return _wire_run_in(head) or _slash_wire(head) or _place_stop(paragraph)
    place, wire, sep = m["place"], m["wire"] or m["slash"] or m["tag"], m["sep"]
    if m["tag"] and not (m["date"] and m["tag"].lower() in WIRES):
        return None  # rule dated_agency_tag: only "Riyadh, May 13, 2025, SPA --" closes with a bare agency tag
    regions = [r for r in (m["region"] or m["bracket"], m["region2"]) if r]
    if regions and not wire and regions[-1].lower() in WIRES:
        wire = regions.pop()  # "Tehran, IRNA --": an agency, not a region
    words = place.split()
    if words[0].rstrip(".") in NOT_PLACES or words[0] in MONTHS or _label_in_capitals(words):
        return None
    if any(r.split()[0].rstrip(".") in MONTHS or r.split()[0] in NOT_PLACES for r in regions):
        return None
    upper = _upper(place)
    if sep == "." and not (m["date"] and (upper or len(words) == 1 and m["date"][:1].isdigit())):
        return None if m["date"] else _place_stop(paragraph)  # rule place_day_stop: "HILO, Hawaii, July 4.", "Tashkent, 22 December."
    if not m["gap"] and not (upper and sep in "—–"):
        return None  # "Japan—Australia ties" is prose; "DOHA, Qatar—Qatar is" a dateline
    if not (wire or upper or m["date"] and sep != ":"):  # rule dated_place: "New Delhi, May 2 -- ..."
        if sep == ":" and (len(words) > 2 or regions and len(words) > 1):
            return None
        if sep not in "—–" and len(words) > 1 and not regions and not _two_word_colon_place(sep, words, paragraph, m.end()):
            return None  # "Port Moresby — ..." is a place; "Key Points - ..." a label
        if len(words) > 2 and not regions or any(w.rstrip(".") in NOT_PLACES for w in words):
            return None
    if wire and wire.strip().lower() not in WIRES and not wire.strip().isupper() and not _wire_shaped(m):
        return None
    return Dateline(_shown(words, regions), m.end(), _wire_shown(wire) if wire else None, upper or bool(wire))


# Second words of a two-word run-in label before a colon ("Main Points:", "Fact Sheet:"): never a place's.
_LABEL_TAILS = frozenset(
    """points point sheet line note notes take takeaways summary context background update updates
    story stories reading topics topic facts fact answer question says said view views""".split()
)


def _label_in_capitals(words: list[str]) -> bool:
    """Rule label_in_capitals: a run-in label written in capitals ("LIVE:", "LIVE UPDATES:",
    "EXCLUSIVE -") is no place: every word of it is a label's word once written in title case."""
    return all(w.isupper() and (w.title() in NOT_PLACES or w.lower() in _LABEL_TAILS) for w in words)


def _two_word_colon_place(sep: str, words: list[str], paragraph: str, end: int) -> bool:
    """Rule colon_place: two capitalised words before a colon open the lede ("New Delhi: India
    and ..."), as South Asian papers print it, when a sentence of prose follows and the second
    word ends no run-in label ("Main Points:")."""
    if sep != ":" or len(words) != 2 or words[1].lower() in _LABEL_TAILS:
        return False
    if not all(w[:1].isupper() and w[1:].islower() for w in words):
        return False  # "New Delhi", not "WHO Says" nor "de Gaulle"
    return len(paragraph[end:].split(None, MIN_PROSE_AFTER_STOP)) >= MIN_PROSE_AFTER_STOP


def _wire_open(paragraph: str) -> Dateline | None:
    """Rule wire_open: an agency's tag alone opens the lede ("(MENAFN) The government ...",
    "(Reuters) The talks ..."): a known wire, or an acronym in capitals that is no label."""
    m = _WIRE_OPEN.match(paragraph[:20])
    if m is None:
        return None
    tag = m["wire"]
    if tag.lower() not in WIRES and not (len(tag) >= 3 and tag.isupper() and tag.title() not in NOT_PLACES):
        return None
    return Dateline(None, m.end(), _wire_shown(tag), True)


def closing_wire(paragraph: str) -> tuple[str, str] | None:
    """Rule wire_close: ``(text, wire)`` when a known agency's tag closes the paragraph after a
    sentence ("... boost relations. (PNA)"): the tag is a credit, not prose."""
    if paragraph[-1:] != ")":
        return None
    tail = paragraph[-20:]
    m = _WIRE_CLOSE.search(tail)
    if m is None or m["wire"].lower() not in WIRES:
        return None
    return paragraph[: len(paragraph) - len(tail) + m.start()].rstrip(), _wire_shown(m["wire"])


# "Hilo, Hawaii | THE HARBOUR TIMES | The bank ...": a place, then the outlet in capitals, between bars.
_BAR_DATELINE = re.compile(
    rf"(?P<place>{_W}(?: {_W}){{0,2}})(?:,\s(?P<region>{_REGION}))?\s\|\s(?P<outlet>[A-Z][A-Z.&]{{1,20}}(?: [A-Z][A-Z.&]{{0,20}}){{0,3}})\s\|\s(?=[\"“‘A-Z])"
)


def _bar_dateline(head: str) -> Dateline | None:
    """Rule bar_dateline: a place and the outlet's name in capitals between bars open the lede
    ("Hilo, Hawaii | THE LAGOON TIMES | The council ..."): the place is the dateline."""
    m = _BAR_DATELINE.match(head)
    if m is None:
        return None
    words = m["place"].split()
    if words[0] in NOT_PLACES or words[0] in MONTHS or any(w in NOT_PLACES for w in words):
        return None
    return Dateline(_shown(words, [m["region"]] if m["region"] else []), m.end(), None, True)


def _tag_dated(head: str) -> Dateline | None:
    """Rule tag_dated: "MEXICO CITY (Harbour News / Sputnik - 24th January, 2023) Brazilian ...":
    a place in capitals, then the outlet, its wire and the date in one bracket."""
    m = _TAG_DATED.match(head)
    if m is None or not _upper(m["place"]) or not any(map(str.isdigit, m["date"])):
        return None
    words = m["place"].split()
    if words[0].rstrip(".") in NOT_PLACES:
        return None
    return Dateline(_shown(words, []), m.end(), m["wire"], True)


def _wire_run_in(head: str) -> Dateline | None:
    """Rule wire_run_in: a place (and date) before a known agency's tag opens the story with no
    dash ("New Delhi, April 28 (PTI) India on ..."), as Indian and some Asian wires print it."""
    if ") " not in head[:120] and "). " not in head[:120]:
        return None
    if " - " in head[:120] and (dated := _tag_dated(head)) is not None:
        return dated
    if ") " not in head[:60] and "). " not in head[:60]:  # rule wire_stop: "Ulaanbaatar, January 30 (MONTSAME). The"
        return None
    m = _WIRE_RUN_IN.match(head)
    if m is None or not (m["wire"].lower() in WIRES or m["wire"].isupper() and len(m["wire"]) > 2):
        return None
    words = m["place"].split()
    if any(w.rstrip(".") in NOT_PLACES or w in MONTHS for w in words):
        return None
    return Dateline(_shown(words, []), m.end(), _wire_shown(m["wire"]), True)


# "MOSCOW, July 31. /TASS/. Russia ...": the agency's tag between slashes closes the dateline.
_SLASH_WIRE = re.compile(
    rf"(?P<place>{_W}(?: {_W}){{0,2}}),\s(?P<date>{_DAY_MONTH})\.?\s/(?P<wire>[A-Za-z-]{{2,20}})/\.?\s(?=[\"“‘'0-9]|{_UPPER})"
)


def _slash_wire(head: str) -> Dateline | None:
    """Rule slash_wire: a place in capitals and a date, then the agency's tag between slashes
    with no dash after it ("MOSCOW, July 31. /TASS/. Russia and ...")."""
    if "/" not in head[:60]:
        return None
    m = _SLASH_WIRE.match(head)
    if m is None or not _upper(m["place"]) or m["place"].split()[0] in NOT_PLACES:
        return None
    return Dateline(_shown(m["place"].split(), []), m.end(), m["wire"], True)


def _wire_shaped(m: re.Match[str]) -> bool:
    """A one-word tag after a date or before ".-" ("Dili, 4 Mar (Lusa).-") is a wire's name, and
    so is an agency's acronym with its desk after a date ("(RNZ Pacific)")."""
    tag = m["wire"].strip()
    words = tag.split()
    if len(words) > 1:
        # "PORT VILA, 4 June 2024 (RNZ Pacific) —": an agency's acronym and its desk after a date;
        # rule outlet_tag: an outlet's name holding an acronym or ending in an outlet's word after a place in
        # capitals ("COLOMBO (Harbour FT):", "OSLO (Fish Daily) -")
        acronym = words[0].isupper() or _upper(m["place"]) and (any(len(w) >= 2 and w.isupper() for w in words) or words[-1].lower() in OUTLET_WORDS)
        return (bool(m["date"]) or _upper(m["place"])) and len(words) <= 3 and acronym and all(w[:1].isupper() for w in words)
    return tag[:1].isupper() and bool(m["date"] or m["dot"])


def _place_stop(paragraph: str) -> Dateline | None:
    """ "Jakarta. A group of ..." : one to three capitalised words and a full stop open the
    paragraph, and a sentence of prose follows."""
    m = _PLACE_STOP.match(paragraph[:60])
    if m is None:
        return None
    words = m["place"].split()
    if len(m["place"]) < 4 or any(w.rstrip(".") in NOT_PLACES or w in MONTHS or w.endswith(".") for w in words):
        return None  # "St. Louis", "Mr. Smith": an abbreviation, not a place
    if len(paragraph[m.end() :].split(None, MIN_PROSE_AFTER_STOP)) < MIN_PROSE_AFTER_STOP:
        return None
    return Dateline(_shown(words, []), m.end(), None, _upper(m["place"]))


def dateline_of(paragraph: str) -> tuple[str | None, int, str | None] | None:
    """``(place, prefix_length, wire)`` when the paragraph opens with a dateline.

    "NAPLES, Italy — Japan ..." gives ("Naples, Italy", 16, None); "WASHINGTON (Reuters) -"
    gives ("Washington", ..., "Reuters"); "(CNN) — ..." gives (None, 8, "CNN").
    """
    found = find_dateline(paragraph)
    return None if found is None else (found.place, found.cut, found.wire)


_LINE = re.compile(rf"(?P<place>{_W}(?: {_W}){{0,3}})(?:,\s(?P<region>{_REGION}))?\s?(?::|—|–|-{{1,2}})")


_PLACE_REGION_LINE = re.compile(rf"(?P<place>{_W}(?: {_W}){{0,3}}),\s(?P<region>{_REGION})")


def place_region_line(line: str) -> str | None:
    """Rule upper_place_region_line: a place in capitals, its region in title case, alone ("MOGADISHU, Somalia")."""
    m = _PLACE_REGION_LINE.fullmatch(line.strip()) if len(line) <= 60 else None
    if m is None or not _upper(m["place"]) or _upper(m["region"]) or _label_in_capitals(words := m["place"].split()):
        return None
    credit = m["region"].lower() in WIRES or any(w.lower() in BYLINE_ROLES for w in m["region"].split())  # "JANE DOE, Correspondent"
    return None if credit or words[0].rstrip(".") in NOT_PLACES else _shown(words, [m["region"]])


def dateline_line(line: str) -> str | None:
    """The place of a dateline on a line of its own ("PUTRAJAYA:", "GENEVA —", "MOGADISHU, Somalia"):
    see ``place_region_line``, else the place in capitals or one or two capitalised words before a colon or dash."""
    if len(line) > 60:
        return None
    m = _LINE.fullmatch(line.strip())
    if m is None:
        return place_region_line(line)
    words = m["place"].split()
    if words[0].rstrip(".") in NOT_PLACES or words[0] in MONTHS or _label_in_capitals(words):
        return None
    if not _upper(m["place"]) and (len(words) > 2 or any(w.rstrip(".") in NOT_PLACES for w in words)):
        return None
    return _shown(words, [m["region"]] if m["region"] else [])


_WIRE_LINE = re.compile(rf"(?P<place>{_W}(?: {_W}){{0,3}})(?:,\s(?P<date>{_DAY_MONTH}))?\s?\((?P<wire>[A-Za-z][A-Za-z .&]{{1,20}})\)\.?\s?(?:—|–|--|-|:)?")


def wire_line(line: str) -> tuple[str, str, str | None] | None:
    """Rule wire_line: ``(place, wire, date)`` of a wire's dateline printed on a line of its own
    ("LILONGWE (AFP) -", "Maseru, March 3 (Reuters)"): the place in capitals or followed by a
    date, the wire a known one or in capitals; ``date`` is the dateline's date as written."""
    if len(line) > 60 or "(" not in line:
        return None
    m = _WIRE_LINE.fullmatch(line.strip())
    if m is None:
        return None
    words, wire = m["place"].split(), m["wire"].strip()
    if words[0].rstrip(".") in NOT_PLACES or words[0] in MONTHS:
        return None
    if not (wire.lower() in WIRES or wire.isupper()) or not (_upper(m["place"]) or m["date"]):
        return None
    return _shown(words, []), _wire_shown(wire), m["date"]
