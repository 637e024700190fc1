"""Header and footer fields of an article: the byline and notes about the author (the
publisher's own name is in ``publisher``).

Each function looks at one line and answers with the field or None; the line rules
(``rules_head``, ``rules_body``) decide which lines to ask about. Datelines are in ``datelines``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from store.parse.datelines import WIRES, title_case
from store.parse.prompts import BYLINE_ROLES

# --- byline --------------------------------------------------------------------------------

_BYLINE = re.compile(
    r"(?:by|written by|story by|words by|words|text by|reported by|report by|posted by|author|authors|byline|reporter|writer)\s?:?\s{1,3}(?P<names>[^\n]{2,160})",
    re.IGNORECASE,
)
# A name word: a letter of any script then letters, apostrophes, dots, hyphens ("Lucía", "Min-ji",
# "O'Brien"); its first letter must be a capital (checked in code: regexes have no "upper case" class).
_NAME_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|['’.\-]){0,30}")
_NAME_JOINERS = frozenset({"and", "&", "de", "da", "del", "van", "von", "der", "bin", "al", "la", "le", "di"})
_BYLINE_CUT = re.compile(r"\s(?:\||•|·|–|—|-)\s|,\s|\s(?:in|for|on)\s")
# Outlet names that trail a byline ("By HANNA ARHIROVA Associated Press"), longest first.
_OUTLETS: tuple[list[str], ...] = tuple(
    list(o) for o in sorted({tuple(v.lower().split()) for v in WIRES.values()}, key=len, reverse=True)
)
# The same by their last word: only those a byline's last word ends are compared (in order).
_OUTLETS_BY_LAST: dict[str, tuple[list[str], ...]] = {
    last: tuple(o for o in _OUTLETS if o[-1] == last) for last in {o[-1] for o in _OUTLETS}
}
_WIRE_BY = re.compile(r"\(?(?:additional )?reporting by (?P<names>[^;)\n]{2,120})", re.IGNORECASE)


def _as_names(raw: str) -> str | None:
    """``raw`` cut at the first separator, when it reads as one or more personal names."""
    m = _BYLINE_CUT.search(raw)
    if m and len(raw[m.end() :].split()) > 6:
        return None  # "By Tuesday, the talks had stalled ...": a sentence, not a byline
    names = (raw[: m.start()] if m else raw).strip().rstrip(".").strip()
    words = _after_post(names.split())
    for outlet in _OUTLETS_BY_LAST.get(words[-1].lower(), ()) if words else ():  # "By HANNA ARHIROVA Associated Press"
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
    if all(w.lower() in NOT_NAME_WORDS for w in words):
        return None  # rule desk_byline: "By Staff Writer", "By News Desk" names no one
    if any(not w.isupper() for w in words if w.lower() not in _NAME_JOINERS):
        return " ".join(words)  # written in mixed case: a word in capitals is an acronym ("PIB Delhi")
    return " ".join(title_case(w) for w in words)


def _after_post(words: list[str]) -> list[str]:
    """Rule post_before_name: the words after a reporter's post in lower case ("Pacific affairs
    reporter Jane Doe" gives "Jane Doe"), when a name of two words or more follows it."""
    for k, w in enumerate(words[:MAX_POST_WORDS]):
        if w in BYLINE_ROLES:
            return words[k + 1 :] if len(words) - k - 1 >= 2 else words
    return words


MAX_POST_WORDS = 5


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
    reporter reporters correspondent desk team editor editors bureau agency press wire wires service
    writer writers
    the a an of in on at for and with to from by about why what how who when where here now
    more read watch video photos photo gallery related top story stories special report reports
    previous next older newer prev
    exclusive feature features comment comments home share follow subscribe day week today
    monday tuesday wednesday thursday friday saturday sunday january february march april june
    july august september october november december union republic kingdom states islands korea
    china japan india russia ukraine israel iran""".split()
)


def section_words(words: list[str]) -> bool:
    """Rule section_over_stamp: a line only of section words ("WORLD NEWS", "Asia Pacific") is a
    section's name, never the headline, even over the page's date row."""
    return all(w.lower() in NOT_NAME_WORDS for w in words)


MAX_BARE_NAME_WORDS = 4
MAX_BARE_TAIL_WORDS = 5
_BARE_CUT = re.compile(r",\s|\s[|•·–—-]\s")


def bare_name_of(line: str) -> str | None:
    """A line that is only a person's name ("Ingrid Larsen", "Min-ji Park"), or None.

    Two to four capitalised name words (joiners such as "van" or "bin" allowed between them),
    no digits, no final punctuation, and no word that labels a section or a place.
    """
    line = line.strip().strip("*_").strip()
    if not 3 <= len(line) <= 80 or line[-1] in ",;:!?" or any(map(str.isdigit, line)):
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
    r"|(?:covers|reports (?:on|for|from)|writes (?:about|on|for))\s[^\n]{1,200}"
    # the byline's own name, then what they are: "Jane Doe is a research fellow at ..."
    r"|(?:is|was|has been) (?:a|an) (?:[\w-]{1,30} ){0,4}(?:researcher|analyst|fellow|professor|lecturer|director|"
    r"scholar|student|consultant|economist|lawyer|diplomat|officer|adviser|advisor|associate|head|manager)\b[^\n]{0,200}",
    re.IGNORECASE,
)
MAX_BIO_LINE = 300


def is_author_bio(line: str, byline: str | None) -> bool:
    """True for a line about the article's own author ("Jane Doe is a reporter at The Ledger.",
    "Doe covers diplomacy from Brussels"): it opens with the byline's name or surname."""
    if not byline or len(line) > MAX_BIO_LINE:
        return False
    openers = _bio_openers(byline)
    if not line.startswith(openers):  # one test: nearly every line opens otherwise
        return False
    for opener in openers:
        if line.startswith(opener):
            return _BIO.match(line, len(opener)) is not None
    return False


@lru_cache(maxsize=64)
def _bio_openers(byline: str) -> tuple[str, ...]:
    """How a line about the byline's (first) author opens: the full name or the surname, then
    a space. Made once per byline, not for each line of its story."""
    first = byline.split(" and ", 1)[0].split(",", 1)[0].strip()
    return tuple(name + " " for name in (first, first.rsplit(" ", 1)[-1]) if len(name) > 1)


def place_of(part: str) -> bool:
    """True for a short place name beside a byline ("Montevideo", "New Delhi", "SEOUL")."""
    words = part.split()
    return 1 <= len(words) <= 3 and all(w[0].isupper() and _NAME_WORD.fullmatch(w) for w in words)


# A production credit after a byline: "By Reuters. (Production: Jane Doe)", "(Editing by X)".
_BYLINE_TAIL = re.compile(
    r"\.?\s{0,2}\((?:production|produced by|editing|edited by|video|camera|compiled by|translated by|"
    r"writing by|with reporting by)\b[^()\n]{0,120}\)\.?$",
    re.IGNORECASE,
)
# An agency signing alone ("By Reuters", "By EFE"): a known wire, or capitals of this length.
MAX_AGENCY_CAPS = 6


def byline_of(line: str) -> str | None:
    """The author's name from a byline ("By Jane Doe", "By JANE DOE, Reuters", "Author: X"),
    or the agency that signs it ("By Reuters. (Production: Jane Doe)" gives "Reuters")."""
    if len(line) > 200:
        return None
    m = _BYLINE.fullmatch(line.strip().strip("*_").strip())
    if m is None:
        return None
    names = _BYLINE_TAIL.sub("", m["names"]).strip()
    return _as_names(names) or _agency(names)


def closing_byline(line: str) -> str | None:
    """Rule author_label_below: the author a labelled line closing the story names ("Author:
    Jane Doe", "Story by A, Place", "Reporter: A"), also set off by a dash or brackets ("— By
    A", "(By A and B)": rule byline_below_marked); None for any other line."""
    t = line.strip().lstrip("—–-").strip()
    t = t[1:-1].strip() if t[:1] == "(" and t[-1:] == ")" else t
    if len(t) > MAX_CLOSING_BYLINE or not t.lower().startswith(_AUTHOR_LABELS):
        return None
    return byline_of(t)


_AUTHOR_LABELS = ("by ", "author", "writte", "story by ", "reported by ", "words by ", "text by ", "reporter:", "reporter :")
MAX_CLOSING_BYLINE = 200  # as long as a header line may be


def desk_byline(line: str) -> bool:
    """Rule desk_byline: a byline naming only a desk ("By Staff Writer", "Text by: NEWS WIRES"):
    a credit line of the page, no author and no body."""
    m = _BYLINE.fullmatch(line.strip().strip("*_").strip()) if len(line) <= MAX_DESK_LINE else None
    words = m["names"].rstrip(".").split() if m else []
    return bool(words) and all(w.lower() in NOT_NAME_WORDS for w in words)


MAX_DESK_LINE = 60


def agency_of(raw: str) -> str | None:
    """An agency or a desk signing by its initials ("Reuters", "KTG"), as written, or None."""
    return _agency(raw)


def _agency(raw: str) -> str | None:
    """ "Reuters", "EFE", "PANA": one word, a known wire or in capitals, as written."""
    word = raw.strip().rstrip(".")
    if " " in word or not word[:1].isupper():
        return None
    if word.lower() in WIRES or word.isalpha() and word.isupper() and 2 <= len(word) <= MAX_AGENCY_CAPS:
        return word
    return None


def wire_byline_of(line: str) -> str | None:
    """The reporter from a wire footer ("Reporting by Philip Blenkinsop; Editing by ...")."""
    m = _WIRE_BY.match(line.strip()) if len(line) <= 400 else None
    if not m:
        return None
    names = _FILED_IN.sub("", m["names"])  # "A in Niamey and B in Abuja": the reporters, not where they filed
    return _as_names(names) if " and " in names and "," not in names else _as_names(re.split(r"\s(?:and|&)\s|,", names, maxsplit=1)[0])


_FILED_IN = re.compile(r" in (?-i:[A-Z])[\w'’.-]*(?: (?-i:[A-Z])[\w'’.-]*){0,2}(?= and |$|;)")


_ABOUT = re.compile(r"about the authors?\s?:\s?", re.IGNORECASE)
_ABOUT_NAME = re.compile(r"(?P<name>[A-Z][\w'’.-]{1,25}(?: [A-Z][\w'’.-]{1,25}){1,3}) (?:is|was|writes|covers|reports|has|works)\b")


def author_of_note(line: str, above: str) -> str | None:
    """Rule author_note: under an "About the author" label alone, a line that opens with a name
    and what they do ("Jane Doe is a reporter ...") is the author's bio: the name."""
    if len(line) > MAX_BIO_LINE or _ABOUT.fullmatch(above.strip("*_#: ") + ": ") is None:
        return None
    named = _ABOUT_NAME.match(line)
    return names_of(named["name"]) if named else None


def about_author(line: str) -> str | None:
    """Rule about_author: "About the author: Jane Doe writes about health for X." names the
    author (the byline when none heads the story)."""
    m = _ABOUT.match(line)
    if m is None:
        return None
    named = _ABOUT_NAME.match(line, m.end())
    return names_of(named["name"]) if named else None

