"""How text is cut into the search index's terms, for sentences, labels and queries alike.

A term is a folded word (``store.text.fold``) with its accents removed, so "Müller", "MULLER"
and "muller" are one term. Kept apart from the vocabulary (numpy, rapidfuzz) so the ingest
workers that find each sentence's words import neither.
"""

from __future__ import annotations

import re
import unicodedata

from store.text import fold

# Letters and digits, no underscore: linear time on any input.
WORD = re.compile(r"[^\W_]+")

MAX_QUERY_CHARS = 256  # the rest of a pasted novel is ignored
MAX_QUERY_WORDS = 8
MAX_WORD_CHARS = 40


def strip_accents(word: str) -> str:
    """The word without combining marks ("é" -> "e"); ASCII words are returned as they are."""
    if word.isascii():
        return word
    decomposed = unicodedata.normalize("NFKD", word)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return bare or word


def term_key(token: str) -> str:
    """The term for one word as written."""
    return strip_accents(fold(token))


def label_terms(label: str) -> list[tuple[int, int, str]]:
    """Each word of ``label`` as (start, end, term), offsets into ``label`` itself."""
    folded = fold(label)
    if len(folded) == len(label):  # folding kept every offset: cut the folded text
        return [(m.start(), m.end(), strip_accents(m.group())) for m in WORD.finditer(folded)]
    return [(m.start(), m.end(), term_key(m.group())) for m in WORD.finditer(label)]


def query_words(text: str) -> tuple[list[str], bool]:
    """The distinct terms of a query, in order, and whether the last one is still being typed."""
    text = text[:MAX_QUERY_CHARS]
    words: list[str] = []
    for m in WORD.finditer(fold(text)):
        word = strip_accents(m.group())[:MAX_WORD_CHARS]
        if word not in words:
            words.append(word)
        if len(words) == MAX_QUERY_WORDS:
            break
    typing = bool(text) and not text[-1].isspace() and WORD.fullmatch(text[-1]) is not None
    return words, typing
