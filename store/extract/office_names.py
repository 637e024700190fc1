"""Names introduced by offices the simple title rule misses. Each function is one rule:

- title-across-case: a listed office written with a lower-case word ("US Secretary of state
  Marco Rubio") ends where the name's capitalised run begins, or one or two words into it
  ("Chargé d'Affaires A B": title-into-chunk);
- office-head-before-name: an office the lists do not hold, known by its head word ("US Senior
  Advisor A", "Under Secretary for Political Affairs B", "Minister for Trade and Industry C");
- portfolio-continues: a listed office whose portfolio goes on after "and" ("Minister for Home
  Affairs and Immigration C");
- plural-office-of-countries: one office for several countries, each followed by its holder
  ("the foreign ministers of Chile, A, and of Peru, B"; "the presidents of Brazil, A; Argentina, B").
"""

from __future__ import annotations

from store.extract.names import NAME_CONNECTORS, all_valid, apposed_size, name_words
from store.extract.office_for_place import office_for_place
from store.extract.office_forms import PORTFOLIO_WORDS as _PORTFOLIO_WORDS
from store.extract.offices import (
    LOWER_OFFICES,
    OFFICE_WORDS,
    NameMention,
    body_office_start,
    org_starting_title,
    owner_country,
)
from store.extract.state import State
from store.extract.tokens import Chunk, Match
from store.extract.triggers import vocabulary

OFFICE_HEADS = frozenset(
    "advisor adviser secretary minister commissioner director ambassador envoy chairperson chairman "
    "chairwoman spokesperson spokesman spokeswoman governor representative coordinator counsellor "
    "counselor negotiator administrator commander ceo president premier chancellor".split()
)
_PORTFOLIO_GLUE = frozenset({"and", "of", "for", "the", ",", "&"})
_PLURALS = frozenset("ministers presidents leaders premiers envoys ambassadors chancellors governors".split())


def _indices(items: list[str], value: str) -> list[int]:
    """Every index of value in items (list.index runs in C)."""
    out: list[int] = []
    k = -1
    try:
        while True:
            k = items.index(value, k + 1)
            out.append(k)
    except ValueError:
        return out


def titles_by_end(state: State) -> dict[int, Match]:
    """Office-title matches by the token after them (only titles that hold a lower-case word:
    the others end inside a chunk and the chunk rules read them)."""
    d = state.doc
    out: dict[int, Match] = {}
    words = d.words
    for m in d.matches:  # the words tested in C, no generator per match
        if m.j - m.i > 1 and m.first("title") is not None and any(map(str.islower, words[m.i : m.j])):
            out[m.j] = m
    return out


def title_across(state: State, chunk: Chunk, by_end: dict[int, Match], cue_before) -> list[NameMention]:
    """"US Secretary of state Marco Rubio": the title match ends where the chunk starts."""
    m = by_end.get(chunk.i)
    start, rule = chunk.i, "title-across-case"
    if m is None:
        # "Chargé d'Affaires A B": the office's last capitalised word opens the chunk (rule
        # title-into-chunk); one or two of its words at most, then the name
        m = by_end.get(chunk.i + 1) or by_end.get(chunk.i + 2)
        if m is None or m.i >= chunk.i or m.j > chunk.j - 2:
            return []
        start, rule = m.j, "title-into-chunk"
    elif m.i >= chunk.i or state.doc.gap(chunk.i) != " ":
        return []
    if state.doc.words[m.j - 1] in LOWER_OFFICES:
        return []  # "Foreign Ministry spokesman X": a lower-case office, read by offices.py
    words = name_words(state, start, chunk.j)
    if not 2 <= len(words) <= 4 or not all_valid(state, words):
        return []
    return [NameMention(start, chunk.j, words, chunk.sentence, m.text, m.i, m.j, cue_before(state, m.i), True, rule)]


# Head words of a government body an office may sit "at" ("Minister of State at the Foreign Ministry").
_SEAT_HEADS = frozenset({"ministry", "office", "department", "embassy", "secretariat", "presidency"})


def office_at_body(state: State, chunk: Chunk, by_end: dict[int, Match], cue_before) -> list[NameMention]:
    """Rule office_at_body: "Minister of State at the Foreign Ministry Mohammed Al-Khulaifi": an
    office, "at the", a body's name and the holder's name in one run; the office runs to the body
    (also when the body was read as an organisation first and the run starts after it)."""
    d = state.doc
    i = chunk.i
    while i > 0 and state.blocked[i - 1] and d.is_cap(i - 1) and d.sent[i - 1] == chunk.sentence:
        i -= 1
    if i < 3 or d.low[i - 1] != "the" or d.low[i - 2] != "at":
        return []
    m = by_end.get(i - 2)
    if m is None or m.i >= i - 2:
        return []
    heads = [x for x in range(i + 1, chunk.j - 2) if d.low[x] in _SEAT_HEADS and d.is_cap(x)]
    if not heads:
        return []
    h = heads[-1]
    words = name_words(state, h + 1, chunk.j)
    if not 2 <= len(words) <= 4 or not all_valid(state, words):
        return []
    return [NameMention(h + 1, chunk.j, words, chunk.sentence, d.span_text(m.i, h + 1), m.i, h + 1, cue_before(state, m.i), True, "office-at-body")]


def office_head(state: State, chunk: Chunk, cue_before) -> list[NameMention]:
    """An office known by its capitalised head word, then a name of two to four words."""
    d = state.doc
    i, j = chunk.i, chunk.j
    if j - i < 3:
        return []
    heads = [x for x in range(i, j - 2) if d.low[x] in OFFICE_HEADS and d.is_cap(x)]
    if not heads:
        return []
    h = heads[-1]
    start = h
    cue = None
    while start > i and d.is_cap(start - 1) and start not in state.country_end:
        m = d.match_at.get(start - 1)
        if m is not None and m.first("title") is None:
            break
        start -= 1  # "Senior Advisor", "Deputy Special Envoy", "Under Secretary"
    c = state.country_end.get(start)
    if c is not None and c.i >= i:
        cue = c.name  # "US Senior Advisor"
    elif start > i + 1 and d.low[start - 1] == "and" and _offices_before(state, i, start - 1):
        start = i  # rule joined_fronted_offices: "Prime Minister and Minister of Finance, A B,"
    elif start > i:
        return []  # something else leads the run
    end = portfolio_end(state, start, j, j) if d.low[h + 1] in ("for", "of") else None
    if end is not None:
        # "Minister of State for Petroleum Resources, Ekperikpe Ekpo,": the run is the office
        cue = cue or cue_before(state, start)
        ni, nj, words = apposed_name(state, end)  # type: ignore[misc]
        return [NameMention(ni, nj, words, chunk.sentence, d.span_text(start, end), start, end, cue, True, "title-comma-name")]
    if d.low[h + 1] in ("for", "of"):
        nxt = d.chunk_at.get(j + 1) if j < d.n and d.words[j] == "," else None
        if nxt is not None and d.sent[nxt.i] == chunk.sentence and all(d.is_cap(x) or d.low[x] in _PORTFOLIO_GLUE for x in range(h + 2, j)):
            # "Minister of Digital Economy Affairs, A B": the portfolio is all of it, the name
            # follows the comma (rule: long_portfolio)
            words = name_words(state, nxt.i, nxt.j)
            if not 2 <= len(words) <= 4 or words[-1].casefold() in _PORTFOLIO_WORDS or not all_valid(state, words):
                return []  # (rule portfolio_not_name: ", Urban Development and ..." goes on with the office)
            cue = cue or cue_before(state, start)
            return [NameMention(nxt.i, nxt.j, words, chunk.sentence, d.span_text(start, j), start, j, cue, True, "title-comma-name")]
        c = state.country_start.get(h + 2 + (d.low[h + 2] == "the")) if d.low[h + 1] == "of" else None
        # the portfolio runs on; the name is the last two words, or all after the country the
        # office is of ("President of Iraq Abdul Latif Rashid"; rule: office_of_country_name)
        name_i = c.j if c is not None and c.form in ("name", "alias", "abbreviation") and c.j <= j - 2 else j - 2
        if name_i <= h + 2:
            return []  # "Minister for Home Affairs": the portfolio, no name
        for x in range(h + 2, name_i):
            if not (d.is_cap(x) or d.low[x] in _PORTFOLIO_GLUE):
                return []
    else:
        name_i = h + 1
    words = name_words(state, name_i, j)
    if not 2 <= len(words) <= 4 or not all_valid(state, words):
        return []
    if start == i and start in state.org_end:  # rule body_before_office_head: "NASA Administrator A B"
        start = next((x for x in range(max(0, start - 8), start) if (o := state.org_start.get(x)) is not None and o.j == start), start)
    cue = cue or cue_before(state, start)
    return [NameMention(name_i, j, words, chunk.sentence, d.span_text(start, name_i), start, name_i, cue, True, "office-head-before-name")]


def _offices_before(state: State, i: int, k: int) -> bool:
    """Whether tokens [i, k) are one capitalised office, headed by an office word ("Prime
    Minister", "Deputy Prime Minister"): the first of two offices one person holds."""
    d = state.doc
    return all(d.is_cap(x) for x in range(i, k)) and d.low[k - 1] in OFFICE_HEADS


def apposed_name(state: State, j: int) -> tuple[int, int, list[str]] | None:
    """", Leila Benali," right after token j-1: a name of two or three words set off by a comma,
    honorifics before it left out (tokens, words), or None; never words ending in a portfolio's
    noun (", Foreign Trade,"), which go on with an office."""
    d = state.doc
    if j + 1 >= len(d) or d.words[j] != "," or d.sent[j] != d.sent[j - 1]:
        return None
    nxt = d.chunk_at.get(j + 1)
    if nxt is None:
        return None
    i = nxt.i
    m = d.match_at.get(i)
    while m is not None and m.j < nxt.j and any(e.kind == "honorific" or e.kind == "rank" for e in m.entries):
        i = m.j  # ", Sheikh A B,", ", Dr. A B,", ", Colonel A B,": honorific and rank are no part of the name
        m = d.match_at.get(i)
    words = name_words(state, i, nxt.j)
    if words and words[-1].casefold() in _PORTFOLIO_WORDS:
        return None  # rule portfolio_not_name: "Minister of Production, Foreign Trade, ...": the office goes on
    return (i, nxt.j, words) if apposed_size(words) and all_valid(state, words) else None


def portfolio_end(state: State, title_i: int, k: int, j: int) -> int | None:
    """Where the portfolio of an office at ``title_i`` ends when it runs from token k over
    capitalised words, "and" and commas to a comma and an apposed name ("Minister of Energy"
    + "Transition, A B,"; "Minister of State" + "for Petroleum Resources, A B,"; "Minister of
    Economy" + ", Development and Tourism, A B,"): the comma's token, else None. The office
    must hold "of"/"for" (a portfolio), and the run stays within a dozen tokens."""
    d = state.doc
    low = d.low
    held = low[title_i:j]
    if "of" not in held and "for" not in held:
        return None
    for x in range(k, j):
        if not (d.is_cap(x) or low[x] in _PORTFOLIO_GLUE):
            return None
    sentence = d.sent[title_i]
    for x in range(j, min(d.n, j + 12)):
        if d.sent[x] != sentence:
            return None
        if d.words[x] == "," and apposed_name(state, x) is not None:
            return x
        if not (d.is_cap(x) or low[x] in _PORTFOLIO_GLUE):
            return None
    return None


def portfolio_and(state: State, chunk: Chunk, cue_before) -> list[NameMention]:
    """"Minister for Trade and Industry Sione Vake": a title chunk ending in its portfolio, then
    "and", then the rest of the portfolio and the name in one run."""
    d = state.doc
    i = chunk.i
    if i < 2 or d.low[i - 1] != "and":
        return []
    named = apposed_name(state, chunk.j)  # "Minister for Lands and Natural Resources, Samuel Jinapor,"
    if named is None and chunk.j - i < 3:
        return []
    prev = d.chunk_at.get(_chunk_start_before(state, i - 1))
    if prev is None or prev.j != i - 1:
        return []
    ti = prev.i
    for _ in range(3):  # rule portfolio_list: "Minister of Science, Technology and Innovation A B"
        if ti < 2 or d.words[ti - 1] != "," or (d.match_at.get(ti) is not None and d.match_at[ti].first("title") is not None):
            break
        earlier = d.chunk_at.get(_chunk_start_before(state, ti - 1))
        if earlier is None or earlier.j != ti - 1:
            break
        ti = earlier.i
    m = d.match_at.get(ti)
    if m is not None and m.first("country") is not None and m.j < prev.j:
        ti = m.j  # "UAE Minister of Energy and Infrastructure A": the country owns the office
        m = d.match_at.get(ti)
    office = (m is not None and m.first("title") is not None) or d.low[ti] in OFFICE_HEADS
    if not office or not any(d.low[x] in ("for", "of") for x in range(ti, prev.j)):
        return []
    if named is not None and all(d.is_cap(x) for x in range(i, chunk.j)):
        ni, nj, words = named
        title = d.span_text(ti, chunk.j)
        return [NameMention(ni, nj, words, chunk.sentence, title, ti, chunk.j, cue_before(state, ti), True, "portfolio-continues")]
    end, cue = chunk.j, None
    for x in range(i + 2, chunk.j - 1):  # "... and Industry Kari Lund of Norway": the country ends the run
        c = state.country_start.get(x + 1)
        if d.low[x] == "of" and c is not None and c.j == chunk.j:
            end, cue = x, c.name
            break
    if end - i < 3:
        return []
    name_i = three_word_name(state, i, last_two_words(state, i, end))  # "... and Infrastructure Suhail al-Mazrouei"
    words = name_words(state, name_i, end)
    if not all_valid(state, words) or any(not d.is_cap(x) for x in range(i, name_i)):
        return []
    title = d.span_text(ti, name_i)
    return [NameMention(name_i, end, words, chunk.sentence, title, ti, name_i, cue or cue_before(state, ti), True, "portfolio-continues")]




def three_word_name(state: State, i: int, name_i: int) -> int:
    """Rule three_word_name: when the word before a two-word name is not a portfolio noun but
    the one before it is ("... Innovation and Higher Education Lena Mar Olsen"), the portfolio
    ended there and the name has three words."""
    d = state.doc
    x = name_i - 1
    if x - 1 < i or not d.is_cap(x) or d.gap(x) == "" or d.gap(name_i) == "":
        return name_i
    if d.low[x] in _PORTFOLIO_WORDS or d.low[x - 1] not in _PORTFOLIO_WORDS:
        return name_i
    return x


# Particles that say "son of" and open a name's second half: the given name comes before them.
_PATRONYMS = frozenset({"ould", "ben", "ibn", "abu"})


def last_two_words(state: State, i: int, j: int) -> int:
    """The token where the last two words of tokens [i, j) start, a word being tokens joined
    without spaces ("al-Mazrouei", "J."), with the word a connector ties to them ("Salim bin");
    ``j - 2`` when none is found."""
    d = state.doc
    for s in range(j - 2, max(i, j - 8) - 1, -1):
        if d.gap(s) != "" and len(name_words(state, s, j)) == 2:
            if s - 2 >= i and d.low[s - 1] in NAME_CONNECTORS and d.is_cap(s - 2):
                return s - 2  # "Salim bin Nasser al-Aufi": a connector joins the word before
            if s - 1 >= i and d.low[s] in _PATRONYMS and d.is_cap(s - 1) and d.gap(s) != "":
                return s - 1  # rule patronym_in_name: "Nany Ould Chrougha", "Ali Ben Salem"
            return s
    return j - 2


def _chunk_start_before(state: State, k: int) -> int:
    """The first token of the chunk that ends at token k (-1 when none)."""
    d = state.doc
    x = k - 1
    while x >= 0 and (d.is_cap(x) or d.low[x] in _PORTFOLIO_GLUE) and d.sent[x] == d.sent[k]:
        if x in d.chunk_at and d.chunk_at[x].j == k:
            return x
        x -= 1
    return -1


def listed_by_country(state: State) -> dict[int, NameMention]:
    """Names in "the <office>s of <Country>, <Name>(, and of | ; | and) <Country>, <Name> ..."
    by their first token, each with the office in the singular and its country."""
    d = state.doc
    out: dict[int, NameMention] = {}
    low, n = d.low, d.n
    present = _PLURALS.intersection(vocabulary(state))  # most articles hold none
    at = [k for word in present for k in _indices(low, word)] if present else []
    for k in sorted(at):
        if k >= n - 4 or low[k + 1] != "of":
            continue
        ti = k
        while ti > 0 and d.words[ti - 1].islower() and low[ti - 1] not in ("the", "a", "two", "both", "their", "respective"):
            ti -= 1  # "foreign ministers"
            if k - ti > 2:
                break
        title = d.span_text(ti, k + 1)[:-1]
        x = k + 2
        found: list[NameMention] = []
        while x < n:
            c = state.country_start.get(x)
            if c is None or d.word(c.j) != ",":
                break
            chunk = d.chunk_at.get(c.j + 1)
            if chunk is None:
                break
            words = name_words(state, chunk.i, chunk.j)
            if not 2 <= len(words) <= 4 or not all_valid(state, words):
                break
            found.append(NameMention(chunk.i, chunk.j, words, chunk.sentence, title, ti, k + 1, c.name, True, "plural-office-of-countries"))
            found[-1].cue_rule = "country-of-office"
            x = chunk.j
            while x < n and low[x] in (",", ";", "and", "of"):
                x += 1
        if len(found) >= 2:
            for m in found:
                out[m.i] = m
    return out


def office_for_country(state: State, chunk: Chunk) -> list[NameMention]:
    """"IMF mission chief for Pakistan Nathan Porter", "US special envoy for Sudan A B": a
    lower-case office for a country, then the country and the holder's name in one run. The
    office is the words from its owner to the country; its country the owner's, if a country."""
    d = state.doc
    i = chunk.i
    if i < 2 or d.low[i - 1] not in ("for", "to") or d.low[i - 2] not in LOWER_OFFICES:
        return office_for_place(state, chunk)  # "Ambassador to the Philippines A B", "envoy for the Horn of Africa"
    c = state.country_start.get(i)
    if c is None or c.j >= chunk.j - 1:
        return office_for_place(state, chunk)
    words = name_words(state, c.j, chunk.j)
    if not 2 <= len(words) <= 3 or not all_valid(state, words):
        return []
    ti = i - 2
    while ti >= 1 and i - 2 - ti < 3 and d.low[ti - 1] in OFFICE_WORDS and d.words[ti - 1].islower():
        ti -= 1  # "special envoy"
    ti = org_starting_title(state, body_office_start(state, ti, i))  # "IMF mission chief"
    return [NameMention(c.j, chunk.j, words, chunk.sentence, d.span_text(ti, c.j), ti, c.j, owner_country(state, ti), True, "office-for-country", "owner-before-office")]

