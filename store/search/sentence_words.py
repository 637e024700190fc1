"""An article's share of the sentence index: the distinct words of each of its sentences.

Found once per article, where the article is parsed (an ingest's worker processes), so that
the index built after an ingest only numbers words and sorts, instead of reading every body
back from the segment and tokenising it in one process. Words are folded (``text.fold``)
and keyed without accents (``vocab.strip_accents``), exactly as queries are.
"""

from __future__ import annotations

import unicodedata
from array import array
from collections.abc import Sequence
from dataclasses import dataclass
from operator import attrgetter
from typing import TYPE_CHECKING

from store.records import Sentence
from store.search.terms import WORD, strip_accents
from store.text import fold

if TYPE_CHECKING:  # numpy is the feed's (the writer's), not the workers' finding words
    import numpy as np

_BOUNDS = attrgetter("start", "end")
_ASCII_BYTES = bytes(range(128))
_ASCII_SEPARATORS = bytes(
    b if (48 <= b <= 57 or 97 <= b <= 122) else 32 for b in range(256)
)  # folded ASCII text: [a-z0-9] stay, everything else separates words (as WORD does)
_ASCII_FOLD_SEPARATORS = bytes(
    b + 32 if 65 <= b <= 90 else s for b, s in enumerate(_ASCII_SEPARATORS)
)  # the same for text not yet folded: [A-Z] become [a-z] on the way


@dataclass(slots=True)
class ArticleTerms:
    """Each sentence's distinct words, plus what labels a sentence hit.

    ``words`` holds every sentence's words as UTF-8, separated by spaces, one sentence after
    another (one bytes object crosses a process boundary far more cheaply than a list of
    strings); ``counts`` says how many belong to each sentence, ``spans`` gives each
    sentence's (start, end) in ``text``. Words are already without accents, so no two words
    of one sentence share a term.
    """

    words: bytes
    counts: array
    spans: array
    text: str


class TermIds(dict[str, int]):
    """Word -> term id, numbered as first seen; accent variants share the id of their bare
    form (``terms`` lists the bare forms by id)."""

    def __init__(self) -> None:
        super().__init__()
        self.terms: list[str] = []
        self._by_key: dict[str, int] = {}

    def __missing__(self, token: str) -> int:
        key = strip_accents(token)
        tid = self._by_key.get(key)
        if tid is None:
            tid = self._by_key[key] = len(self.terms)
            self.terms.append(key)
        self[token] = tid
        return tid


def _non_ascii(text: str) -> str:
    """The characters of ``text`` outside ASCII, each once: its UTF-8 without the ASCII bytes
    (every other byte belongs to a character outside ASCII) is far quicker than a pattern."""
    if text.isascii():
        return ""
    rest = text.encode("utf-8", "surrogatepass").translate(None, _ASCII_BYTES)
    return "".join(set(rest.decode("utf-8", "surrogatepass")))


def _unfolded_separators(text: str) -> bytes | None:
    """What ``article_terms`` cuts into words, made without folding the whole text, when that
    gives the same bytes: the text is NFKC already (so ``fold`` is ``casefold`` and the quotes,
    character by character) and each character outside ASCII folds to one character that is
    no letter or digit (a separator), or to one letter whose bare form is one ASCII letter or
    digit ("é" -> "e", written as that byte: the word's term is the word without its accents).
    None otherwise (such as "ß", which folds to two letters, or "ø", which keeps its stroke)."""
    if not unicodedata.is_normalized("NFKC", text):
        return None
    letters: list[tuple[str, int]] = []
    for c in _non_ascii(text):
        f = fold(c)
        if len(f) != 1 or (f.isascii() and f.isalnum()):
            return None
        if not f.isascii() and WORD.match(f) is not None:
            bare = strip_accents(f)
            if not (len(bare) == 1 and bare.isascii() and (bare.isdigit() or "a" <= bare <= "z")):
                return None
            letters.append((c, ord(bare)))
    raw = text.encode("ascii", "replace").translate(_ASCII_FOLD_SEPARATORS)
    if not letters:
        return raw
    written = bytearray(raw)
    for c, byte in letters:
        at = text.find(c)
        while at >= 0:
            written[at] = byte
            at = text.find(c, at + 1)
    return bytes(written)


def _terms_of_separated(raw: bytes, sentences: Sequence[Sentence], text: str) -> ArticleTerms:
    """``article_terms`` of a text whose words are the runs of ``raw`` between spaces, one
    byte per character of the text: whole lists at once, no per-sentence appends."""
    bounds = list(map(_BOUNDS, sentences))
    found = [set(raw[a:b].split()) for a, b in bounds]
    return ArticleTerms(
        b" ".join(list(map(b" ".join, found))),
        array("i", map(len, found)),
        array("i", [x for ab in bounds for x in ab]),
        text,
    )


def article_terms(text: str, sentences: Sequence[Sentence]) -> ArticleTerms:
    """The distinct words of each sentence of ``text``."""
    raw = _unfolded_separators(text)
    if raw is not None:
        return _terms_of_separated(raw, sentences, text)
    counts, spans = array("i"), array("i")
    parts: list[bytes] = []
    folded = fold(text)
    if len(folded) == len(text):  # offsets in the folded text are those of the text
        others = _non_ascii(folded)
        if not others or not WORD.search(others):
            # no letter or digit outside ASCII ("€", dashes, quotes): each becomes one "?",
            # a separator, so offsets stay those of the text
            raw = folded.encode("ascii", "replace").translate(_ASCII_SEPARATORS)
            return _terms_of_separated(raw, sentences, text)
        cut = [folded[s.start : s.end] for s in sentences]
    else:  # folding changed the length: fold each sentence on its own
        cut = [fold(text[s.start : s.end]) for s in sentences]
    findall = WORD.findall
    for s, sentence in zip(sentences, cut, strict=True):
        keys = set(map(strip_accents, findall(sentence)))
        parts.append(" ".join(keys).encode("utf-8"))
        counts.append(len(keys))
        spans.extend((s.start, s.end))
    return ArticleTerms(b" ".join(parts), counts, spans, text)


class _BytesIds(dict[bytes, int]):
    """UTF-8 word -> term id of ``ids`` (a word seen before costs one look-up, no decoding)."""

    def __init__(self, ids: TermIds) -> None:
        super().__init__()
        self._ids = ids

    def __missing__(self, word: bytes) -> int:
        tid = self[word] = self._ids[word.decode("utf-8")]
        return tid


@dataclass(slots=True)
class SentenceTerms:
    """One article's sentences in a ``TermFeed``: term ids (of the feed), as numpy arrays."""

    ids: np.ndarray  # int32, each sentence's term ids one sentence after another
    counts: np.ndarray  # int32, term ids per sentence
    spans: np.ndarray  # int32, (start, end) per sentence, interleaved
    text: str


class TermFeed:
    """The sentence words of many articles, numbered in one vocabulary as they arrive.

    An ingest adds each article it stores; the index built after it takes the words from
    here (``index.build_data``) and reads back from the segment only the articles it lacks.
    Per article it holds about 4 bytes per distinct word of each sentence, plus the text.
    """

    def __init__(self) -> None:
        self.ids = TermIds()
        self.articles: dict[str, SentenceTerms] = {}
        self._by_bytes = _BytesIds(self.ids)

    def __len__(self) -> int:
        return len(self.articles)

    def add(self, article_id: str, found: ArticleTerms) -> None:
        import numpy as np

        words = found.words.split()
        self.articles[article_id] = SentenceTerms(
            np.fromiter(map(self._by_bytes.__getitem__, words), np.int32, len(words)),
            np.frombuffer(found.counts, np.intc).astype(np.int32),
            np.frombuffer(found.spans, np.intc).astype(np.int32),
            found.text,
        )

    def take(self, article_id: str) -> SentenceTerms | None:
        """The article's sentences, removed from the feed (each is indexed once)."""
        return self.articles.pop(article_id, None)
