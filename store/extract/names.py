"""Names: whether capitalised words make a person's name, and a name's parts.

A name is one to four real words after a title (suffixes aside) and two to four without one;
no word of it may be a stop word, an all-capitals acronym, a number, a country, an
organisation or an agreement word. Verdicts are cached per gazetteer: the same names come
back in article after article.
"""

from __future__ import annotations

import re
from functools import lru_cache

from store.extract.state import State
from store.extract.tokens import APOSTROPHES, HYPHEN_PARTICLES

_JP = re.compile(r"(?:[kgsztdnhbpmrwfj]?[aiueo]|y[auo]|(?:sh|ch|ts|ky|gy|ny|hy|my|ry|by|py)[aiueo]?|n(?![aiueoy]))+", re.I)
NAME_CONNECTORS = frozenset({"bin", "bint", "al", "van", "von", "de", "der", "da", "dos", "das", "do", "di", "du", "la", "le", "del"})
_JOINERS = frozenset({"-", *APOSTROPHES})
_WORD_CACHE_MAX = 50_000  # verdicts kept per gazetteer (cleared when full: memory stays bounded)


@lru_cache(maxsize=4096)  # the same names come back in article after article
def is_japanese(word: str) -> bool:
    """Whether a word can be a romanised Japanese name (syllables of the Hepburn system)."""
    return bool(word) and len(word) <= 12 and _JP.fullmatch(word) is not None


def name_words(state: State, i: int, j: int) -> list[str]:
    """Words of a token range: "J." and "Jae-in" stay whole (the tokens touch, no gap between)."""
    words, starts, ends = state.doc.words, state.doc.starts, state.doc.ends
    out = words[i:j]
    if "." not in out and _JOINERS.isdisjoint(out):
        return out  # the common case: nothing to join, every token is a word
    out = []
    k = i
    while k < j:
        w = words[k]
        end = k + 1
        if end < j and words[end] == "." and starts[end] == ends[end - 1]:
            w, end = w + ".", end + 1
        while end + 1 < j and words[end] in _JOINERS and starts[end] == ends[end - 1] and starts[end + 1] == ends[end]:
            w, end = w + words[end] + words[end + 1], end + 2
        out.append(w)
        k = end
    return out


# Family names that are also English pronouns: a name only right after an office in its run.
_PRONOUN_SURNAMES = frozenset({"He"})


def all_valid(state: State, words: list[str], titled: bool = False) -> bool:
    """Whether the words make a name (after a title: suffixes aside, 1-4 real words); cached per gazetteer."""
    names = state.gz.derived.get("name_verdicts")
    if names is None or len(names) >= _WORD_CACHE_MAX:
        names = state.gz.derived["name_verdicts"] = {}
    verdict = names.get(key := (titled, *words))
    if verdict is None:
        skip: frozenset[str] = state.gz.suffixes if titled else frozenset()
        cache, total = state.cues.word_verdicts, len(words)
        verdict = not titled or 1 <= len([w for w in words if w not in skip and w.lower() not in NAME_CONNECTORS]) <= 4
        for n, w in enumerate(words if verdict else ()):
            if titled and n == 0 and w in _PRONOUN_SURNAMES and total > 1:
                continue  # rule pronoun_surname: "Vice Premier He Lifeng": after an office, a surname
            if titled and n == 0 and total > 2 and _INITIALS.fullmatch(w) and not state.gz.lookup(w.replace(".", "")):
                continue  # rule initials_opening_name: "Finance Minister AHM Mustafa Kamal"
            if w not in skip:
                found = cache.get(wkey := (w, n == 0, 0 < n < total - 1))
                if found is None:
                    if len(cache) >= _WORD_CACHE_MAX:
                        cache.clear()
                    found = cache[wkey] = _judge_word(state, w, n, total)
                if not found:
                    verdict = False
                    break
        names[key] = verdict
    return verdict


# Initials opening a name, run together in capitals ("AHM", "AKM"), as South Asian names are often written.
_INITIALS = re.compile(r"[A-Z]{2,4}")
_ROMAN_ONES = frozenset("IVX")  # one-letter regnal numbers ("Harald V", "Frederik X"), not model letters


def _judge_word(state: State, w: str, position: int, total: int) -> bool:
    if w.lower() in NAME_CONNECTORS and 0 < position < total - 1:
        return True
    if _particle_word(w):
        return True  # "al-Burhan", "el-Sisi": a surname with its article
    if len(w) == 2 and w[1] == "." and w[0].isupper() and position < total - 1:
        return True  # rule initial_not_article: "A. Ferapontov": an initial, not the article "A"
    if not w[:1].isupper() or w in state.cues.stop or w.rstrip(".") in state.cues.stop:
        return False
    if len(w) == 1 and 0 < position == total - 1 and w not in _ROMAN_ONES:
        return False  # rule model_letter: "Gripen F", "Type C": a bare capital letter ends a model's name, not a surname
    if (len(w) >= 3 and w.isupper() and w not in state.gz.suffixes) or any(map(str.isdigit, w)):
        return False
    for e in state.gz.lookup(w):
        if e.kind == "country" and (e.form == "ambiguous" or e.form == "alias" and 0 < position == total - 1):
            continue  # "Jordan Peterson", "Giorgia ... Georgia"; a surname "Roy Vincent Trinidad"
        if e.kind == "organization" and e.form == "alias" and 0 < position == total - 1 and not w.isupper():
            continue  # a surname that is also an organisation's short name ("Anna Maria Wagner")
        if e.kind in ("country", "organization", "agreement") or (e.kind == "title" and (position == 0 or w.casefold() in _OFFICE_WORDS)):
            return False  # (an office word is no surname anywhere: "Foreign Affairs Senator")
    return w.casefold() not in state.gz.head_words and w.casefold() not in state.gz.agreement_heads


# Office words that are never a surname, wherever they stand (unlike "King" or "Bishop").
_OFFICE_WORDS = frozenset(
    "senator president minister secretary governor ambassador chancellor premier chairman "
    "chairwoman spokesman spokeswoman commissioner envoy".split()
)


def _particle_word(w: str) -> bool:
    """Whether a word is an article particle, a hyphen and a capitalised word ("al-Burhan")."""
    head, dash, rest = w.partition("-")
    return bool(dash) and head in HYPHEN_PARTICLES and rest[:1].isupper() and rest.isalpha()


_KNOWN_AS_ADVERBS = frozenset({"also", "better", "popularly", "widely", "commonly", "locally"})


def known_as(state: State, j: int) -> tuple[int, int] | None:
    """The alias in ", (also/better) known as Hemedti" or "(known as X)" right after a name
    ending at token j-1: its tokens, one to three capitalised words, or None."""
    d = state.doc
    if d.word(j) not in (",", "("):
        return None
    k = j + 1 + (d.lower(j + 1) in _KNOWN_AS_ADVERBS)
    if d.lower(k) != "known":
        return None
    k += d.lower(k + 1) in _KNOWN_AS_ADVERBS  # "known locally as"
    if d.lower(k + 1) != "as" or d.sent[min(k + 2, len(d) - 1)] != d.sent[j]:
        return None
    chunk = d.chunk_at.get(k + 2)
    if chunk is None or chunk.j - chunk.i > 3 or names_something_else(state, chunk.i, chunk.j):
        return None
    return chunk.i, chunk.j


def apposed_size(words: list[str]) -> bool:
    """Whether a name set off by commas has a name's length: two or three words, connectors
    ("bin", "de") aside, or four with connectors between them, seven in all ("Jassim bin Saif
    al-Sulaiti", "Maktoum bin Mohammed bin Rashid Al Maktoum")."""
    if 2 <= len(words) <= 3:
        return True
    core = len([w for w in words if w.casefold() not in NAME_CONNECTORS])
    return len(words) <= 7 and 2 <= core <= (4 if core < len(words) else 3)  # "Mohammed bin Rashid Al Maktoum"


def particle_free(surname: str) -> str:
    """A surname without its article particle ("al-Burhan" -> "Burhan"); others unchanged."""
    return surname.partition("-")[2] if _particle_word(surname) else surname


def names_something_else(state: State, i: int, j: int) -> bool:
    """Whether a gazetteer country, organisation or agreement sits in tokens [i, j)."""
    d = state.doc
    match_at = d.match_at
    for k in range(i, j):
        m = match_at.get(k)
        if m is not None:
            if k >= 2 and k > i and d.words[k - 1] == "-" and d.low[k - 2] in HYPHEN_PARTICLES and d.gap(k) == d.gap(k - 1) == "":
                continue  # "al-Houthi", "al-Masri": a surname with its article (rule particle_surname)
            if m.i == i and m.j == j and m.first("title") is not None and j - i > 1:
                return True  # rule office_not_name: "the Crown Prince said": an office alone, no name
            for e in m.entries:
                if e.kind == "country" and m.j - m.i == 1 and (e.form == "ambiguous" or e.form == "alias" and i < k and m.j == j):
                    continue  # a given name ("Jordan", "Georgia") or a surname ("Roy Vincent Trinidad")
                if e.kind in ("organization", "agreement", "country"):
                    return True
    return False


_PATRONYMIC = frozenset({"bin", "bint", "ibn"})


def patronymic_short(words: list[str]) -> str | None:
    """Rule patronymic_chain: "A bin B bin C ..." is commonly written "A bin B", the given name
    and the father's; that short form, when the name runs on to a grandfather, else None."""
    if len(words) >= 5 and words[1] in _PATRONYMIC and words[3] in _PATRONYMIC:
        return " ".join(words[:3])
    return None


def name_size(words: list[str]) -> int:
    """How many words a name has, its particles aside ("Lula da Silva" has two): the length
    limits on a bare name count these."""
    return len(words) - sum(w in NAME_CONNECTORS for w in words)


def name_parts(words: list[str], suffixes: frozenset[str]) -> tuple[str, list[str], str, str]:
    """Given name, middle names, surname and suffix of a written name (one word is a surname)."""
    suffix = ""
    if len(words) > 1 and words[-1] in suffixes:
        suffix, words = words[-1], words[:-1]
    if len(words) == 1:
        return "", [], words[0], suffix
    return words[0], words[1:-1], words[-1], suffix


def name_key(words: list[str], suffixes: frozenset[str]) -> frozenset[str]:
    """Given name and surname folded (the parts of name_parts; one word is both), in any order."""
    if len(words) > 1 and words[-1] in suffixes:
        words = words[:-1]
    first, last = words[0].casefold(), words[-1].casefold()
    return frozenset((first, last)) if first and last else frozenset({first, last} - {""})
