"""Credits: an organisation named only to credit a photo, a wire or a byline is no actor.

"(Bernama pic)", "Picture: X/PA Wire", "EFE/EPA/...", "(Image: .../via Reuters)", "Photo courtesy
of the Foreign Ministry", a wire tag "(PANA)", a contributor line ("AP writer X contributed from Y") and a sign-off line that is only the agency's name
("The Associated Press") credit a source. "X told Reuters" or "Kyodo reported" name an actor.
"""

from __future__ import annotations

from itertools import compress, count

from store.extract.state import State
from store.extract.tokens import Doc
from store.extract.triggers import vocabulary

# Nouns naming the reporters a contribution line credits ("Associated Press writer A contributed").
_REPORTERS = frozenset("writer writers reporter reporters correspondent correspondents journalist journalists staff".split())
_CREDIT_VERBS = frozenset({"contributed", "reporting", "editing", "writing", "compiled"})
# Openings of a sign-off line of credits ("Additional reporting by A; Editing by B").
_CREDIT_OPENINGS = (("additional", "reporting", "by"), ("reporting", "by"), ("editing", "by"), ("writing", "by"), ("compiled", "by"))

# Words that make the parentheses or the line around a name a picture or file credit.
_CREDIT_WORDS = frozenset("pic pics photo photos picture pictures image images file video credit courtesy".split())
# Words that make the parentheses around a name a credit, though outside them they are a verb.
_PAREN_CREDIT_WORDS = _CREDIT_WORDS | {"supplied"}
# Words right before a name that make it a credit ("via Reuters", "Photo: AP").
_CREDIT_BEFORE = frozenset({"via", "courtesy"})
_LABELS = frozenset({"photo", "picture", "image", "credit", "source", "video", "pic"})
_SPAN = 10  # tokens looked at around a name for its parentheses
# Staff nouns after an outlet's name in a contributor line ("AP writer X contributed").
_STAFF = frozenset("writer writers reporter reporters correspondent correspondents journalist journalists staff".split())
_CONTRIBUTED = frozenset({"contributed", "contributes", "reported"})


def _contributed(d: Doc, j: int) -> bool:
    """Whether "contributed" ends the outlet's staff line within a dozen words: "Associated
    Press writers X and Y contributed to this report". (Rule: contributor_credit.)"""
    here = d.sent[j]
    return any(d.low[x] in _CONTRIBUTED for x in range(j + 1, min(d.n, j + 12)) if d.sent[x] == here)


def is_credit(d: Doc, i: int, j: int, outlet: bool) -> bool:
    """Whether tokens [i, j) name an organisation only as a credit. ``outlet``: a news
    outlet or agency, which a bare wire tag "(EFE)" or a line of its own also credits."""
    words, low, sent = d.words, d.low, d.sent
    k = i - 1 - (i >= 1 and low[i - 1] == "the")
    before = low[k] if k >= 0 else ""
    if before in _CREDIT_BEFORE or (before == "of" and k >= 1 and low[k - 1] == "courtesy"):
        return True
    if before == "by" and k >= 0 and d.text.rfind("\n", 0, d.starts[k]) + 1 == d.starts[k]:
        return True  # a byline: "By Reuters."
    if before in (":", "|") and k >= 1 and low[k - 1] in _LABELS:
        return True  # "Photo: AP", "Picture: PA", "PHOTO | AFP"
    if outlet and before in _LABELS and d.sent_first[sent[k]] == k:
        return True  # rule label_outlet_credit: "Photo Xinhua by A.", a sentence opened by the label
    if (i >= 1 and words[i - 1] == "/" and d.starts[i] == d.ends[i - 1]) or (
        j < d.n and words[j] == "/" and d.starts[j] == d.ends[j - 1]
    ):
        return True  # "EFE/EPA", "Ann Lee/PA Wire"
    if j < d.n and low[j] in _CREDIT_WORDS and sent[j] == sent[i]:
        return True  # "(Bernama pic)", "AP Photo"
    if outlet and j < d.n and low[j] in _STAFF and _contributed(d, j):
        return True  # "Associated Press writer X contributed from Y": a credit line
    opened = _open_paren(d, i)
    if opened >= 0:
        close = _close_paren(d, j)
        if close >= 0:
            inside = range(opened + 1, close)
            if any(words[x] == "/" or low[x] in _PAREN_CREDIT_WORDS for x in inside):
                return True  # "(Image: POLISH DEFENCE MINISTRY/via Reuters)"
            if outlet and opened == i - 1 and close == j:
                return True  # a wire tag: "KINSHASA (PANA) -", "(EFE).-"
            if outlet and opened == i - 1 and words[j] == ":" and close > j + 2 and d.is_cap(j + 1):
                return True  # rule outlet_colon_credit: "(Harbour News: Ana Cruz)", its photographer
    return outlet and (_alone_on_line(d, i, j) or _caption_end(d, i, j))


def _caption_end(d: Doc, i: int, j: int) -> bool:
    """Rule caption_end_credit: an outlet named last in a bracketed caption, after its text's
    full stop ("[Photo: Officials sign the accord in Juba. AFP]"): the picture's credit."""
    if j >= d.n or d.words[j] != "]" or i < 1 or d.words[i - 1] not in (".", ",", "|", "/", "-"):
        return False
    line_start = d.text.rfind("\n", 0, d.starts[i]) + 1
    opening = d.text[line_start : line_start + 12].casefold()
    return opening.startswith("[") and any(w in opening for w in _LABELS)


def _open_paren(d: Doc, i: int) -> int:
    """The "(" before token i in its sentence, with no ")" between (-1 when none near)."""
    start = d.starts[i]
    near = d.starts[max(0, i - _SPAN)]
    if d.text.rfind("(", near, start) <= d.text.rfind(")", near, start):
        return -1  # no parenthesis open before the name (found in C, most names)
    for x in range(i - 1, max(-1, i - _SPAN), -1):
        w = d.words[x]
        if w == "(":
            return x
        if w == ")" or d.sent[x] != d.sent[i]:
            return -1
    return -1


def _close_paren(d: Doc, j: int) -> int:
    for x in range(j, min(d.n, j + _SPAN)):
        w = d.words[x]
        if w == ")":
            return x
        if w == "(":
            return -1
    return -1


def _alone_on_line(d: Doc, i: int, j: int) -> bool:
    """Whether the name (with "The" and end punctuation) is all of its line: a sign-off."""
    text = d.text
    line_start = text.rfind("\n", 0, d.starts[i]) + 1
    line_end = text.find("\n", d.ends[j - 1])
    if line_end < 0:
        line_end = len(text)
    head = text[line_start : d.starts[i]].strip()
    tail = text[d.ends[j - 1] : line_end].strip()
    return head in ("", "The", "By", "by", "\u2014", "-", "--", "\u2013") and tail in ("", ".")  # "-- BERNAMA"


def credit_sentences(d: Doc, vocab: set[str] | None = None) -> frozenset[int]:
    """Sentences that only credit the reporting: "<Outlet> writer A contributed from B.",
    "A and B contributed to this report.", "Additional reporting by A; Editing by B", a byline
    left in the story. Their names are credits, not actors of the story. ``vocab``: the set of
    the article's lower-cased words, when built already (a look-up, not a pass over the words)."""
    present = d.low if vocab is None else vocab
    out: set[int] = _bylines(d) if "by" in present else set()
    if _CREDIT_VERBS.isdisjoint(present):
        return frozenset(out)  # most articles have no credit line
    low, sent, n = d.low, d.sent, d.n
    for word in ("contributed", "reporting", "editing", "writing", "compiled"):
        if word not in present:
            continue
        k = -1
        while True:
            try:
                k = low.index(word, k + 1)
            except ValueError:
                break
            s = sent[k]
            first = d.sent_first[s]
            if word == "contributed":
                named = any(low[x] in _REPORTERS and d.is_cap(x + 1) for x in range(first, k - 1))
                if named or (k + 3 < n and low[k + 1 : k + 4] == ["to", "this", "report"]):
                    out.add(s)
            elif k - first <= 1 and any(tuple(low[first : first + len(o)]) == o for o in _CREDIT_OPENINGS):
                out.add(s)  # the sentence opens with the credit
    return frozenset(out)


_BYLINE_GLUE = frozenset({"and", ",", ".", "in", "the", "-", "|", *_REPORTERS})


def _bylines(d: Doc) -> set[int]:
    """Sentences that are a byline left in the story: "By" and a dozen tokens at most, all
    capitalised words, reporter nouns or glue ("By Pacific Beat reporter A B"; not "By
    Monday, the two sides ..." nor "By 2030 ...")."""
    out: set[int] = set()
    low, words, sent, n = d.low, d.words, d.sent, d.n
    for s, first in enumerate(d.sent_first):
        if first < 0 or low[first] != "by" or first + 2 >= n:
            continue
        k = first + 1
        while k < n and sent[k] == s and k - first <= 12:
            if not (words[k][:1].isupper() or low[k] in _BYLINE_GLUE):
                break
            k += 1
        else:
            if k - first >= 3 and (k >= n or sent[k] != s):
                out.add(s)
    return out


def block_credit_sentences(state: State) -> None:
    """Block every token of the credit sentences (no rule reads an actor there)."""
    d = state.doc
    found = credit_sentences(d, vocabulary(state))  # the set later rules look words up in too
    state.cache["credit_sentences"] = found
    if not found:
        return
    blocked = state.blocked
    for k in compress(count(), map(found.__contains__, d.sent)):  # the credits' tokens, picked in C
        blocked[k] = 1

