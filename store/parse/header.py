"""Header and footer fields of an article: byline, dateline, and the publisher's own name.

Each function looks at one line (or the start of the first paragraph) and answers with the
field or None; ``parse.py`` decides which lines to ask about.
"""

from __future__ import annotations

import re

# --- byline --------------------------------------------------------------------------------

_BYLINE = re.compile(
    r"(?:by|written by|story by|words by|words|text by|reported by|report by|posted by|author|authors|byline)\s?:?\s{1,3}(?P<names>[^\n]{2,160})",
    re.IGNORECASE,
)
# A name word: a letter of any script then letters, apostrophes, dots, hyphens ("Lucía", "Min-ji",
# "O'Brien"); its first letter must be a capital (checked in code: regexes have no "upper case" class).
_NAME_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|['’.\-]){0,30}")
_NAME_JOINERS = frozenset({"and", "&", "de", "da", "del", "van", "von", "der", "bin", "al", "la", "le", "di"})
_BYLINE_CUT = re.compile(r"\s(?:\||•|·|–|—|-)\s|,\s|\s(?:in|for|on)\s")
_LETTERS = re.compile(r"[^\W\d_]+")
_INITIALS = re.compile(r"(?:[A-Z]\.){1,4}")
_WIRE_BY = re.compile(r"\(?(?:additional )?reporting by (?P<names>[^;)\n]{2,120})", re.IGNORECASE)


def title_case(word: str) -> str:
    if len(word) > 1 and word.isupper() and not _INITIALS.fullmatch(word):
        return _LETTERS.sub(lambda m: m.group().capitalize(), word)  # "LONDON/PARIS", "O'BRIEN"
    return word


def _as_names(raw: str) -> str | None:
    """``raw`` cut at the first separator, when it reads as one or more personal names."""
    m = _BYLINE_CUT.search(raw)
    if m and len(raw[m.end() :].split()) > 6:
        return None  # "By Tuesday, the talks had stalled ...": a sentence, not a byline
    names = (raw[: m.start()] if m else raw).strip().rstrip(".").strip()
    words = names.split()
    for outlet in _OUTLETS:  # "By HANNA ARHIROVA Associated Press"
        n = len(outlet)
        if len(words) > n + 1 and [w.lower() for w in words[-n:]] == outlet:
            words = words[:-n]
            break
    if not 1 <= len(words) <= 9:
        return None
    caps = 0
    for w in words:
        if w.lower() in _NAME_JOINERS:
            continue
        if not (w[0].isupper() and _NAME_WORD.fullmatch(w)):
            return None
        caps += 1
    if caps < 2 or words[0].lower() in _NAME_JOINERS or words[-1].lower() in _NAME_JOINERS:
        return None
    return " ".join(title_case(w) for w in words)


def names_of(text: str) -> str | None:
    """``text`` as personal names ("JANE DOE" -> "Jane Doe"), or None if it reads otherwise."""
    return _as_names(text)


# Words that make a short capitalised line a section label, kicker or heading, never a person
# ("Key Points", "World News", "South Korea", "Asia Pacific"). Lower case; easy to extend.
NOT_NAME_WORDS: frozenset[str] = frozenset(
    """news world latest breaking live update updates analysis opinion editorial explainer
    key points takeaways highlights summary background context overview politics business
    economy defence defense security diplomacy trade asia pacific europe africa america americas
    middle east west north south central eastern western northern southern national international
    region regional global local sport sports culture science health tech technology staff
    reporter reporters correspondent desk team editor editors bureau agency press wire service
    the a an of in on at for and with to from by about why what how who when where here now
    more read watch video photos photo gallery related top story stories special report reports
    exclusive feature features comment comments home share follow subscribe day week today
    monday tuesday wednesday thursday friday saturday sunday january february march april june
    july august september october november december union republic kingdom states islands korea
    china japan india russia ukraine israel iran""".split()
)
MAX_BARE_NAME_WORDS = 4
MAX_BARE_TAIL_WORDS = 5
_BARE_CUT = re.compile(r",\s|\s[|•·–—-]\s")


def bare_name_of(line: str) -> str | None:
    """A line that is only a person's name ("Ingrid Larsen", "Min-ji Park"), or None.

    Two to four capitalised name words (joiners such as "van" or "bin" allowed between them),
    no digits, no final punctuation, and no word that labels a section or a place.
    """
    line = line.strip().strip("*_").strip()
    if not 3 <= len(line) <= 80 or line[-1] in ",;:!?" or any(c.isdigit() for c in line):
        return None
    cut = _BARE_CUT.search(line)  # "Jane Doe, Staff Reporter", "Jane Doe | The Baltic Ledger"
    if cut:
        rest = line[cut.end() :]
        if len(rest.split()) > MAX_BARE_TAIL_WORDS or rest[-1:] in ".!?":
            return None
        line = line[: cut.start()]
    words = line.split()
    caps = [w for w in words if w.lower() not in _NAME_JOINERS]
    if not 2 <= len(caps) <= MAX_BARE_NAME_WORDS:
        return None
    if any(w.lower().strip(".'’") in NOT_NAME_WORDS for w in words if w.lower() not in _NAME_JOINERS):
        return None
    return _as_names(line)


_BIO = re.compile(
    r"(?:is|was|has been)\s[^\n]{0,80}?\b(?:reporter|correspondent|journalist|editor|writer|author|"
    r"columnist|contributor|producer|freelancer)s?\b[^\n]{0,200}"
    r"|(?:covers|reports (?:on|for|from)|writes (?:about|on|for))\s[^\n]{1,200}",
    re.IGNORECASE,
)
MAX_BIO_LINE = 300


def is_author_bio(line: str, byline: str | None) -> bool:
    """True for a line about the article's own author ("Jane Doe is a reporter at The Ledger.",
    "Doe covers diplomacy from Brussels"): it opens with the byline's name or surname."""
    if not byline or len(line) > MAX_BIO_LINE:
        return False
    first = byline.split(" and ", 1)[0].split(",", 1)[0].strip()
    for name in (first, first.rsplit(" ", 1)[-1]):
        if len(name) > 1 and line.startswith(name + " "):
            return _BIO.match(line, len(name) + 1) is not None
    return False


def place_of(part: str) -> bool:
    """True for a short place name beside a byline ("Montevideo", "New Delhi", "SEOUL")."""
    words = part.split()
    return 1 <= len(words) <= 3 and all(w[0].isupper() and _NAME_WORD.fullmatch(w) for w in words)


def byline_of(line: str) -> str | None:
    """The author's name from a byline ("By Jane Doe", "By JANE DOE, Reuters", "Author: X")."""
    if len(line) > 200:
        return None
    m = _BYLINE.fullmatch(line.strip().strip("*_").strip())
    return _as_names(m["names"]) if m else None


def wire_byline_of(line: str) -> str | None:
    """The reporter from a wire footer ("Reporting by Philip Blenkinsop; Editing by ...")."""
    m = _WIRE_BY.match(line.strip()) if len(line) <= 400 else None
    if not m:
        return None
    return _as_names(re.split(r"\s(?:and|&)\s|,", m["names"], maxsplit=1)[0])


# --- dateline ------------------------------------------------------------------------------

# Capital letters of the Latin, Greek and Cyrillic scripts as a character class ("SÃO PAULO",
# "Bogotá", "ZÜRICH"): Python regexes have no class for upper case.
_UPPER = "[" + "".join(c for c in map(chr, range(0x530)) if c.isupper() and c.isalpha()) + "]"
_W = _UPPER + r"(?:[^\W\d_]|['’.\-/]){0,24}"
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\.?"
_DAY_MONTH = rf"{_MONTH}\s\d{{1,2}}(?:,\s\d{{4}})?|\d{{1,2}}\s{_MONTH}(?:\s\d{{4}})?"
_DATELINE = re.compile(
    rf"(?:\*\*|__)?(?P<place>{_W}(?: {_W}){{0,3}})"
    rf"(?:,\s(?P<region>{_W}(?: {_W}){{0,2}})|\s\[(?P<bracket>{_W}(?: {_W}){{0,2}})\])?"
    rf"(?:,?\s(?P<date>{_DAY_MONTH}))?"
    r"(?:\s?\((?P<wire>[A-Za-z][A-Za-z .&]{0,30})\)|\s/(?P<slash>[A-Za-z]{2,20})/)?(?:\*\*|__)?"
    rf"\s{{0,2}}(?P<sep>—|–|--|-|:)\s{{1,3}}(?=[\"“‘'0-9]|{_UPPER})"
)
# Every dateline has its separator followed by a space: a paragraph opening without one is
# not tried against the (much slower) full pattern.
_SEP_SPACE = re.compile(r"[—–:-]\s")
_WIRE_ONLY = re.compile(r"\((?P<wire>[A-Za-z][A-Za-z .&]{0,30})\)\s{0,2}(?:—|–|--|-)\s{1,3}(?=[\"“‘'A-Z0-9])")
MONTHS = frozenset("January February March April May June July August September October November December".split())
# First words that start a run-in label or a person, never a place.
NOT_PLACES: frozenset[str] = frozenset(
    """Update Updated Note Editor Editors Breaking Analysis Opinion Exclusive Watch Summary
    Background Context Key Read Also Photo Photos Source Sources Why What How Who Here Bottom
    Conclusion Introduction Overview Q A Answer Question Warning Disclaimer Correction Live
    Video Audio Listen Explainer Comment Review Interview Highlights Takeaways Details Related
    President Prime Minister Secretary Mr Mrs Ms Dr General Gen Chancellor King Queen Senator
    The This That These It He She They We I In On At But And As Sign Subscribe Follow Share
    Fact Check News World Top First Last Day Week Part Chapter Step Option Quote Quick""".split()
)
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
    "ap photo": "Associated Press",
}
# Outlet names that trail a byline ("By HANNA ARHIROVA Associated Press"), longest first.
_OUTLETS: tuple[list[str], ...] = tuple(
    list(o) for o in sorted({tuple(v.lower().split()) for v in WIRES.values()}, key=len, reverse=True)
)


def dateline_of(paragraph: str) -> tuple[str | None, int, str | None] | None:
    """``(place, prefix_length, wire)`` when the paragraph opens with a dateline.

    "NAPLES, Italy — Japan ..." gives ("Naples, Italy", 16, None); "WASHINGTON (Reuters) -"
    gives ("Washington", ..., "Reuters"); "(CNN) — ..." gives (None, 8, "CNN"). A run-in
    label ("Key Points: ...") is not a place.
    """
    m = _WIRE_ONLY.match(paragraph[:60])
    if m and m["wire"].lower() in WIRES:
        return None, m.end(), WIRES[m["wire"].lower()]
    head = paragraph[:160]
    m = _DATELINE.match(head) if _SEP_SPACE.search(head) else None
    if not m:
        return None
    place, region, wire, sep = m["place"], m["region"] or m["bracket"], m["wire"] or m["slash"], m["sep"]
    words = place.split()
    if words[0].rstrip(".") in NOT_PLACES or words[0] in MONTHS:
        return None
    if region and (region.split()[0].rstrip(".") in MONTHS or region.split()[0] in NOT_PLACES):
        return None
    upper = place.replace(".", "").replace("-", "").replace(" ", "").replace("'", "").isupper()
    if not (wire or upper):
        if sep == ":" and (len(words) > 2 or region and len(words) > 1):
            return None
        if sep not in "—–" and len(words) > 1 and not region:
            return None  # "Port Moresby — ..." is a place; "Key Points - ..." a label
        if len(words) > 2 and not region or any(w.rstrip(".") in NOT_PLACES for w in words):
            return None
    if wire and wire.strip().lower() not in WIRES and not wire.strip().isupper():
        return None
    shown = " ".join(title_case(w) for w in words)
    if region:
        shown += ", " + " ".join(w if len(w) <= 3 else title_case(w) for w in region.split())  # "DC", "UAE"
    return shown, m.end(), (WIRES.get(wire.strip().lower(), wire.strip()) if wire else None)


# --- the publisher's own name ----------------------------------------------------------------

_SOURCE_RULES: tuple[tuple[int, re.Pattern[str]], ...] = (
    (0, re.compile(r"the comments posted here are not from (?P<name>[^.\n]{2,60})", re.I)),
    (1, re.compile(r"sources?\s?:\s{0,3}(?P<name>[^\n]{2,80})", re.I)),
    (2, re.compile(r"(?:©|\(c\)|copyright\s?(?=©|\(c\)|\d{4}))\s{0,2}(?:©\s{0,2}|\(c\)\s{0,2})?(?:\d{4}(?:\s?[-–]\s?\d{4})?,?\s{1,2})?(?P<name>[^|\n]{2,80})", re.I)),
    (2, re.compile(r"copyright\s(?P<name>(?-i:[A-Z][\w&.'’-]{0,30})(?:\s(?-i:[A-Z][\w&.'’-]{0,30})){0,5})\.?(?:\s?all rights reserved\.?)?$", re.I)),
    (3, re.compile(r"follow (?:the )?(?P<name>[^\n]{2,60}?) (?:english |hindi |news )?(?:readers? )?(?:channel|page|account)s? on\b[^\n]{0,100}", re.I)),
)
_SENTENCE_END = re.compile(r"(?<![A-Z])\.\s(?=[A-Z])")
_TRAILING_JUNK = re.compile(r"(?:[.,;]?\s{0,3}(?:all rights reserved|inc|ltd|llc|plc|\d{4}(?:\s?[-–]\s?\d{4})?)\.?)+\s*$", re.I)


def source_of(line: str) -> tuple[int, str] | None:
    """``(priority, publisher)`` when a line names the publisher; lower priority wins."""
    line = line.strip()
    if len(line) > 300 or len(line) < 4:
        return None
    low = line[:40].lower()
    if not (
        low.startswith(("source", "©", "(c)", "copyright", "follow"))
        or "comments posted here" in line.lower()
    ):
        return None
    for priority, rx in _SOURCE_RULES:
        m = rx.match(line) if priority else rx.search(line)
        if not m:
            continue
        name = _TRAILING_JUNK.sub("", _SENTENCE_END.split(m["name"], 1)[0]).strip().rstrip(".").strip()
        if priority == 1 and (name.startswith(("http", "www.")) or " " in name and len(name.split()) > 8):
            return None
        if name and not name.isdigit():
            return priority, name
    return None
