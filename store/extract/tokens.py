"""Tokens, capitalised chunks and gazetteer matches of one article: what every rule reads.

The text is split once into word and punctuation tokens with offsets; the gazetteer is probed
once per capitalised token (longest form first); capitalised runs ("Reciprocal Access
Agreement", "Secretary of Defense Lloyd J. Austin III") become chunks. All of it is linear.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from itertools import accumulate, chain, compress, count, repeat
from operator import itemgetter, sub

from store.extract.gazetteer import Entry
from store.extract.syllables import given_syllables
from store.records import Article

# Lower-case words that may sit inside a capitalised name ("Status of Forces Agreement").
CONNECTORS = frozenset({"of", "for", "on", "de", "del", "da", "dos", "das", "do", "di", "van", "von", "bin", "bint", "al", "der", "du", "la", "le"})
# Arabic article particles joined to the next word by a hyphen inside a name ("al-Burhan").
HYPHEN_PARTICLES = frozenset({"al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ath", "adh", "ul", "ud"})
# Words after which a period belongs to the word ("Adm.", "Jr.", "Inc.").
ABBREV = frozenset("Adm Gen Lt Col Maj Capt Sgt Cmdr Brig Dr Mr Mrs Ms Prof Rev Jr Sr St Inc Corp Co Ltd No Gov Sen Rep Amb Pres Secy Sec Hon Rt Engr Mme".split())
APOSTROPHES = frozenset("'\u2019")
# No name runs longer than this many tokens; a longer capitalised run is cut (keeps work linear).
MAX_CHUNK = 32
# Gaps that end a name besides line breaks: long runs of spaces, tabs.
_SPACES = re.compile(r"[^\S\n]{4,}|\t")
# The tokeniser as a split with one group: gaps and tokens alternate. It is TOKEN written so
# that the engine tests fewer classes per character: at a word character "\w++" takes the whole
# word (possessive: nothing to give back), so "\S" only ever sees what TOKEN's "[^\w\s]" matches.
_SPLIT = re.compile(r"(\w++|\S)").split
# Characters outside ASCII that may fold otherwise than they lower (only words holding one can):
# curly quotes, dashes, an ellipsis and a no-break space, common in news, fold to themselves.
_NON_ASCII = re.compile(r"[^\x00-\x7f\u2018\u2019\u201c\u201d\u2013\u2014\u2026\u00a0]")
# Capitalised words a connector never reaches: "Agreement on Monday" is not one name.
_CALENDAR = frozenset(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June "
    "July August September October November December".split()
)


_FIRST = itemgetter(0)


@dataclass(slots=True)
class Match:
    """A gazetteer form found in the text: tokens [i, j) and what it may name."""

    i: int
    j: int
    start: int
    end: int
    text: str
    entries: list[Entry]

    def first(self, kind: str) -> Entry | None:
        for e in self.entries:
            if e.kind == kind:
                return e
        return None


@dataclass(slots=True, init=False)
class Chunk:
    """A run of capitalised tokens (with connectors) inside one sentence: tokens [i, j)."""

    i: int
    j: int
    start: int
    end: int
    text: str
    sentence: int
    possessive: bool
    words: list[str]  # its alphanumeric words

    def __init__(
        self, i: int, j: int, start: int, end: int, text: str, sentence: int, possessive: bool = False, words: list[str] | None = None
    ) -> None:
        # written out: a field with a default factory makes the generated one a third slower,
        # and an article makes a hundred chunks
        self.i = i
        self.j = j
        self.start = start
        self.end = end
        self.text = text
        self.sentence = sentence
        self.possessive = possessive
        self.words = [] if words is None else words


@dataclass
class Doc:
    """One article's tokens with offsets and sentence indices."""

    text: str
    words: list[str]
    starts: list[int]
    ends: list[int]
    sent: list[int]
    sent_first: list[int]  # token index of each sentence's first token
    heading: list[bool]  # per sentence: a heading-like line (title case, no verb cue)
    low: list[str] = field(default_factory=list)  # lower-cased words
    gaps: list[str] = field(default_factory=list)  # text before each token
    reach: list[bool] = field(default_factory=list)  # gap before token i is "" or a short space
    caps: list[int] = field(default_factory=list)  # indices of capitalised tokens
    matches: list[Match] = field(default_factory=list)
    match_at: dict[int, Match] = field(default_factory=dict)
    chunks: list[Chunk] = field(default_factory=list)
    chunk_at: dict[int, Chunk] = field(default_factory=dict)
    runs: list[Chunk] = field(default_factory=list)  # the chunks of two tokens or more, in order
    n: int = 0  # number of tokens (set from words)
    fold: list[str] = field(default_factory=list)  # case-folded words

    def __post_init__(self) -> None:
        self.n = len(self.words)
        if len(self.fold) != self.n:  # build_doc passes it computed
            self.fold = list(map(str.casefold, self.words))

    def __len__(self) -> int:
        return self.n

    def gap(self, i: int) -> str:
        """The text between token i-1 and token i (only ever white space)."""
        return self.text[self.ends[i - 1] : self.starts[i]] if 0 < i < len(self.starts) else ""

    def span_text(self, i: int, j: int) -> str:
        return self.text[self.starts[i] : self.ends[j - 1]]

    def is_cap(self, i: int) -> bool:
        w = self.words[i]
        return w[:1].isupper()

    def word(self, i: int) -> str:
        return self.words[i] if 0 <= i < self.n else ""

    def lower(self, i: int) -> str:
        return self.low[i] if 0 <= i < self.n else ""

    def sentence_start(self, i: int) -> bool:
        return 0 <= i < len(self.words) and self.sent_first[self.sent[i]] == i


def build_doc(article: Article) -> Doc:
    """Tokenise the article's text and attach sentence indices."""
    text = article.text or ""
    # one C-level split: [gap, token, gap, token, ..., tail]; offsets are running sums of lengths
    parts = _SPLIT(text)
    words = parts[1::2]
    offsets = list(accumulate(map(len, parts)))
    starts = offsets[0:-1:2]
    ends = offsets[1::2]
    s_starts = [s.start for s in article.sentences] or [0]
    n_sent = len(s_starts)
    if s_starts == sorted(s_starts):
        # token ranges of the sentences: bounds[k] is sentence k's first token (if it has any)
        bounds = list(map(bisect_left, repeat(starts, n_sent), s_starts))
        sizes = list(map(sub, [*bounds[1:], len(starts)], bounds))
        # tokens before the first sentence count as its own
        sent = [0] * bounds[0]
        sent += chain.from_iterable(map(repeat, range(n_sent), sizes))
        sent_first = [lo if size else -1 for lo, size in zip(bounds, sizes, strict=True)]
        if starts:
            sent_first[0] = 0
    else:
        sent_first = [-1] * n_sent
        order = sorted(range(len(s_starts)), key=s_starts.__getitem__)
        sorted_starts = [s_starts[k] for k in order]
        sent = [order[max(0, bisect_right(sorted_starts, st) - 1)] for st in starts]
        for idx, s in enumerate(sent):
            if sent_first[s] < 0:
                sent_first[s] = idx
    heads = {k for k, p in enumerate(article.paragraphs) if p.kind in ("heading", "headline")}
    if heads and article.sentences:
        heading = [s.paragraph in heads for s in article.sentences]
    else:
        heading = [False] * n_sent
    # a gap is clean unless it holds a line break or more than three spaces
    reach = [True] * len(starts)
    pos = text.find("\n")
    while pos >= 0:
        k = bisect_left(starts, pos)
        if k < len(reach):
            reach[k] = False
        pos = text.find("\n", pos + 1)
    if "    " in text or "\t" in text:
        for m in _SPACES.finditer(text):
            k = bisect_left(starts, m.end())
            if k < len(reach):
                reach[k] = False
    low = list(map(str.lower, words))
    # an ASCII word's fold is its lower case: fold only the words with other characters, found
    # from the text's few such characters (a gap's are skipped)
    fold = low.copy()
    if not text.isascii():
        for m in _NON_ASCII.finditer(text):
            pos = m.start()
            k = bisect_right(starts, pos) - 1
            if k >= 0 and pos < ends[k]:
                fold[k] = words[k].casefold()
    # the capitalised tokens' indices, tested in C (no token is empty)
    caps = list(compress(count(), map(str.isupper, map(_FIRST, words))))
    return Doc(text, words, starts, ends, sent, sent_first, heading, low, [], reach, caps, fold=fold)


def find_chunks(doc: Doc) -> None:
    """Capitalised runs: "U.S. Indo-Pacific Command", "Status of Forces Agreement", "Lloyd J. Austin III"."""
    words, n, text = doc.words, doc.n, doc.text
    starts, ends, clean, sent = doc.starts, doc.ends, doc.reach, doc.sent
    chunks, chunk_at, runs = doc.chunks, doc.chunk_at, doc.runs
    after = 0  # the first token a new chunk may start at
    for start in doc.caps:
        if start < after:
            continue
        j = start + 1
        s0 = sent[start]
        top = start + MAX_CHUNK
        if top > n:
            top = n
        while j < top and clean[j] and sent[j] == s0:
            w = words[j]
            c0 = w[0]
            if starts[j] != ends[j - 1]:  # after a space
                if c0.isupper():
                    j += 1
                    continue
                if (
                    w in HYPHEN_PARTICLES
                    and j + 2 < n
                    and words[j + 1] == "-"
                    and starts[j + 1] == ends[j]
                    and starts[j + 2] == ends[j + 1]
                    and words[j + 2][0].isupper()
                    and sent[j + 2] == s0
                ):
                    j += 3  # "Abdel Fattah al-Burhan", "Abdel Fattah el-Sisi"
                    continue
                if w in CONNECTORS and j + 1 < n and clean[j + 1]:
                    k = j + 1
                    if (words[k] == "the" or words[k] in CONNECTORS) and k + 1 < n and clean[k + 1]:
                        k += 1  # "Treaty on the Non-Proliferation", "Ursula von der Leyen"
                    if words[k][0].isupper() and words[k] not in _CALENDAR and sent[k] == s0:
                        j = k + 1
                        continue
                break  # the common case: a lower-case word after a space
            prev = words[j - 1]
            if w == ".":
                # "U.S." / "J." / "Adm. X" keep their period; a sentence's full stop does not.
                if (len(prev) == 1 and prev.isupper()) or prev in ("Jr", "Sr"):
                    j += 1
                    continue
                nxt = j + 1
                if prev in ABBREV and nxt < n and sent[nxt] == s0 and words[nxt][0].isupper() and clean[nxt]:
                    j += 1
                    continue
                break
            if c0.isupper():
                if prev == ".":
                    j += 1
                    continue
                break
            if (w == "-" or w == "\u2013") and j + 1 < n and starts[j + 1] == ends[j]:
                nxt = words[j + 1]
                if nxt[0].isupper() or (prev[0].isupper() and ((len(nxt) <= 2 and nxt.isalpha()) or given_syllables(prev, nxt, j - 1 > start))):
                    j += 2  # "Self-Defense", "U.S.-Japan", "Ching-te", "Gyu-back" (rule given_syllables)
                    continue
                break
            if prev == "Peoples" and w in APOSTROPHES and j + 1 < n and words[j + 1][0].isupper() and sent[j + 1] == s0:
                j += 1  # rule peoples_in_name: "House of Peoples' Representatives"
                continue
            if w in APOSTROPHES and j + 1 < n and starts[j + 1] == ends[j]:
                if words[j + 1][0].isupper() and words[j + 1] != "s":
                    j += 2
                    continue
                if prev == "People" and words[j + 1] == "s" and j + 2 < n and words[j + 2][0].isupper() and sent[j + 2] == s0:
                    j += 2  # rule peoples_in_name: "Sudan People's Liberation Movement": one name
                    continue
                break
            if c0.isdigit() and prev[-1].isalpha():
                j += 1
                continue
            break
        possessive = (
            j + 1 < n
            and words[j] in APOSTROPHES
            and starts[j] == ends[j - 1]
            and words[j + 1] == "s"
            and starts[j + 1] == ends[j]
        )
        if j == start + 1:  # one word: its text is the token
            w = words[start]
            chunk = Chunk(start, j, starts[start], ends[start], w, s0, possessive, [w] if w[0].isalnum() else [])
        else:
            chunk = Chunk(start, j, starts[start], ends[j - 1], text[starts[start] : ends[j - 1]], s0, possessive, [w for w in words[start:j] if w[0].isalnum()])
            runs.append(chunk)
        chunks.append(chunk)
        chunk_at[start] = chunk
        after = j


def possessive_after(doc: Doc, j: int) -> bool:
    """Whether tokens from j are "'s" / "’s" attached to the previous word."""
    return (
        j + 1 < len(doc.words)
        and doc.words[j] in APOSTROPHES
        and doc.gap(j) == ""
        and doc.words[j + 1] == "s"
        and doc.gap(j + 1) == ""
    )
