"""Photo credits told by their shape, and captions told by the credit that closes them.

A credit names who took or supplied a picture, in one of a few shapes:

- a label and a source: "Picture: Ann Lee/PA Wire", "Photo via X/@handle", "Photo courtesy of
  the Ministry.", "(Image: MINISTRY OF DEFENCE/via Reuters)", "(Credit : NAME / AFP)";
- a name and an agency joined by a slash, in brackets: "(Ana Ruiz/AP Photo)", "(Ben Stone/PA)";
- an outlet's picture tag: "(Bernama pic)", "(Reuters photo)";
- agencies and a photographer in capitals joined by slashes: "EFE/EPA/NAME SURNAME / POOL".

``split_credit`` cuts a credit off the end of a line: what stays is the caption (body text);
a line that is all credit is dropped. All patterns repeat boundedly: linear time on any line.
"""

from __future__ import annotations

import re

from store.parse.datelines import WIRES
from store.parse.header import MAX_AGENCY_CAPS
from store.parse.prompts import OUTLET_WORDS

# "Picture:", "Photo by", "Photo via", "Photo courtesy of", "Image credit:", "File photo:", "PHOTO | AFP".
_LABEL = (
    r"(?:file )?(?:photo(?:graph)?s?|fotos?|pictures?|images?|pics?|credits?|video|supplied)"
    r"(?: credits?)?(?:\s?:\s?|\s\|\s|\s(?:by|via|from|courtesy(?: of)?|credit:?)\s)"
)
_SOURCE = r"[^\s()][^()\n]{0,78}?\.?"
_NAME = r"(?-i:[A-Z][\w'’.-]{0,25})(?:\s(?-i:[A-Z][\w'’.-]{0,25})){0,4}"
_CAPS = r"(?-i:[A-Z][A-Z0-9'’.&-]{0,25})(?:\s(?-i:[A-Z][A-Z0-9'’.&-]{0,25})){0,4}"
_TAIL_SHAPES = (
    # a label and its source, at the end of the line
    rf"{_LABEL}{_SOURCE}",
    # a bracketed label and source
    rf"[(\[]\s?{_LABEL}[^()\[\]\n]{{1,100}}[)\]]\.?",
    # a name and an agency joined by a slash, in brackets: "(Ben Stone/PA)", "[Harbour Office/Handout]"
    rf"[(\[](?:{_NAME})\s?/\s?(?:{_NAME}|via {_NAME})[)\]]\.?",
    # a picture handed out by the story's subject: "(Supplied)"
    r"\(supplied\)\.?",
    # an outlet's picture tag: "(Bernama pic)", "(AFP photo)", "(File photo)"
    rf"\((?:{_NAME}|file) (?:pic|photo|picture|image)s?\)\.?",
    # an outlet's picture tag with its photographer: "(PNA photo by Ana Cruz)"
    rf"\((?:{_NAME}) (?:pic|photo|picture|image)s? by {_NAME}\)\.?",
    # an outlet and its photographer after a colon, in brackets: "(Harbour News: Ana Cruz)"
    rf"\((?:{_NAME}):\s(?:{_NAME})\)\.?",
    # a copyright mark and whoever holds it: "© PHOTO NAME / AGENCY / AFP", "© Jane Doe"
    r"©\s?[^\s©][^©\n]{1,100}",
    # agencies and a photographer in capitals, joined by slashes: "EFE/EPA/NAME / POOL"
    rf"{_CAPS}(?:\s?/\s?{_CAPS}){{1,4}}",
    # an agency in capitals, then the photographer: "REUTERS/Jane Doe", "AFP/Getty Images"
    rf"(?-i:[A-Z]{{2,12}})(?:\s(?-i:[A-Z]{{2,12}}))?\s?/\s?{_NAME}(?:\s?/\s?[^/\s()][^/\n()]{{0,40}}){{0,3}}",
)
_TAIL = re.compile("|".join(f"(?:{s})" for s in _TAIL_SHAPES), re.IGNORECASE)
# Where a credit may start: the line's start, or after a sentence's end or a space before "(".
_STARTS = re.compile(r"(?:^|(?<=[.!?”\"’)])\s{1,3}|\s(?=[(\[©]))")
# A credit has few words: more, and the "credit" is a sentence ("Photo: the minister signs ...").
MAX_CREDIT_WORDS = 9
MAX_CAPTION_LINE = 500
# A caption keeps at least this many words once its credit is cut off.
MIN_CAPTION_WORDS = 3


_LABEL_WORDS = ("photo", "foto", "pic", "image", "credit", "video", "supplied")  # "pic" also finds "picture"
# Only this much of a line's end can be its credit.
MAX_CREDIT_CHARS = 120


_LABEL_SEEN = re.compile(_LABEL + r"|(?:pic|photo|image)s?\)|\(supplied\)", re.IGNORECASE)


def _has_label_word(low: str) -> bool:
    """Whether a picture label ("photo:", "picture by", "(Bernama pic)") is in ``low``: a cheap
    test for the words first, so that "topic" or "credit rating" costs no pattern."""
    for word in _LABEL_WORDS:  # a plain loop: no generator to set up for each line
        if word in low:
            return _LABEL_SEEN.search(low) is not None
    return False


def _credit_start(line: str) -> int | None:
    """Where the credit that ends ``line`` starts, or None without one."""
    from_ = max(0, len(line) - MAX_CREDIT_CHARS - 3)
    last = line[-1]
    if last == ".":  # the last character before the full stops, found without copying the line
        end = len(line) - 1
        while end > 0 and line[end - 1] == ".":
            end -= 1
        last = line[end - 1] if end > 0 else ""
    tail = line[from_:]
    if not (last in ")]" or "/" in tail or "©" in tail or _has_label_word(tail.lower())):
        return None  # no bracket at the end, no capitals after a slash, no picture label: no credit
    for m in _STARTS.finditer(line, from_):
        start = m.end()
        if len(line) - start > MAX_CREDIT_CHARS:
            continue
        tail = line[start:]
        if len(tail.split()) > MAX_CREDIT_WORDS and _words(tail) > MAX_CREDIT_WORDS:
            continue
        if _TAIL.fullmatch(tail) is not None and _credit_like(tail):
            return start
    return None


def _words(tail: str) -> int:
    """The words of a credit, a lone slash or copyright mark not counted ("© A B / C / D")."""
    return sum(1 for w in tail.split() if w != "/" and w != "©")


_AGENCY_WORDS = ("photo", "photos", "pic", "pics", "wire", "images", "pool", "picture", "handout")


def _credit_like(tail: str) -> bool:
    """A labelled credit is one; a slash-joined one needs a photographer's name (two words or
    more) or an agency word on one side ("(Ben Stone/PA)", "EFE/EPA/NAME / POOL"), so that
    "(UN/OCHA)" or "(Block 15/MLU)" stay prose."""
    low = tail.lower().lstrip("([ ")
    if low.startswith(("photo", "foto", "picture", "image", "pic", "credit", "file", "video", "supplied", "©")):
        return True
    if ":" in tail and "/" not in tail:
        return _outlet_colon(tail)
    parts = [p.strip(" ().") for p in tail.split("/")]
    if len(parts) < 2:
        return True  # "(Bernama pic)"
    if any(not p or any(map(str.isdigit, p)) for p in parts):
        return False
    return any(len(p.split()) >= 2 or p.lower().rsplit(" ", 1)[-1] in _AGENCY_WORDS for p in parts)


def _outlet_colon(tail: str) -> bool:
    """Rule outlet_colon_credit: "(Harbour News: Ana Cruz)" credits a photographer of an outlet:
    the part before the colon is an outlet (its last word an outlet's, or a wire) or an agency's
    capitals, the part after it a name of two words or more ("(Note: Smith)" is prose)."""
    left, _, right = tail.strip(" ().").partition(":")
    words = left.split()
    if not words or len(right.split()) < 2:
        return False
    return words[-1].lower() in OUTLET_WORDS or left.lower() in WIRES or (len(words) == 1 and left.isupper() and len(left) <= MAX_AGENCY_CAPS)


# "(Photos, of A and of B: Agency Service)": a bracketed caption whose credit follows a colon.
_BRACKET_CAPTION = re.compile(
    r"\((?:photos?|pictures?|images?),?\s(?:of|shows?|from)\s(?P<caption>[^()\n]{3,300}?):\s?(?P<credit>[^():\n]{2,80})\)",
    re.IGNORECASE,
)


def split_credit(line: str) -> tuple[str, str] | None:
    """``(caption, credit)`` when ``line`` ends with a photo credit; caption may be ""."""
    if len(line) > MAX_CAPTION_LINE or not line:
        return None
    if line[0] == "(" and line[-1] == ")" and (m := _BRACKET_CAPTION.fullmatch(line)) is not None:
        return m["caption"].strip(" ,"), m["credit"].strip()  # rule bracket_caption
    start = _credit_start(line)
    if start is None:
        return None
    caption = line[:start].rstrip()
    if caption and len(caption.split()) < MIN_CAPTION_WORDS:
        return "", line  # "Photo: Reuters" after a word or two: all credit
    if caption[:1] in "I[" and (m := _GALLERY_COUNTER.match(caption)) is not None:
        caption = caption[m.end() :]
    return caption, line[start:]


# Rule gallery_counter: a slide's place in a gallery opening its caption ("Item 1 of 2", "[1/2]").
_GALLERY_COUNTER = re.compile(r"(?:Item \d{1,2} of \d{1,2}|\[\d{1,2}/\d{1,2}\])\s{1,3}(?=\S)")


def is_credit(line: str) -> bool:
    """True for a line that is only a photo credit."""
    found = split_credit(line.strip())
    return found is not None and not found[0]


# Where a person stands in a picture: "(left)", "(2nd R)", "(centre)", "(L-R)".
_POSITION = re.compile(
    r"\((?:(?:second|third|2nd|3rd|far|front|back|centre|center|top|bottom) )?(?:left|right|centre|center|l|r|c)\)"
    r"|\((?:from left|l to r|l-r|left to right)\)",
    re.I,
)


def is_position_caption(s: str) -> bool:
    """Rule position_caption: a sentence that places a person in the picture ("Jane Doe (left)
    greets ...") is a photo caption, never a headline."""
    return "(" in s and s[-1:] == "." and _POSITION.search(s) is not None
