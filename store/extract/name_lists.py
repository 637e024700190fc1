"""Names in lists: a plural office before several names ("Presidents A and B", "Foreign
Ministers A of Peru, B of Chile"), and a name followed by "of <Country>" (rule name_of_country)."""

from __future__ import annotations

from store.extract.names import all_valid, name_words
from store.extract.offices import PLURAL_OFFICES, NameMention
from store.extract.state import State
from store.extract.tokens import Chunk


def plural_title(state: State, chunk: Chunk) -> list[NameMention]:
    """"Presidents Barack Obama and Dmitry Medvedev": one office, two names; "Foreign Ministers
    A of Peru, B of Chile and C of Bolivia": each name of the list holds it for its country
    (rule plural_title_list)."""
    d, gz = state.doc, state.gz
    first = chunk.i
    if d.low[first] == "then" and first + 2 < chunk.j and d.words[first + 1] == "-":
        first += 2  # "Then-Presidents A and B": the office they held then (rule then_plural_title)
    for n in (2, 1):
        end = first + n
        if end >= chunk.j or not d.words[end - 1].endswith("s") or chunk.j - end > 4:
            continue
        title = d.span_text(first, end)[:-1]
        if not any(e.kind == "title" for e in gz.lookup(title)):
            continue
        out: list[NameMention] = []
        i, j, listed = end, chunk.j, True
        while listed and len(out) < 8:
            of = trailing_country(state, i, j)
            cue, name_j = (of[0], of[1]) if of is not None else (None, j)
            words = name_words(state, i, name_j)
            if not (2 <= len(words) <= 3 and all_valid(state, words)):
                break
            out.append(NameMention(i, name_j, words, chunk.sentence, title, first, end, cue, True, "plural-title"))
            if cue is not None:
                out[-1].cue_rule = "country-after-name"
            k = j + (d.word(j) == ",")
            k += d.lower(k) == "and"
            nxt = d.chunk_at.get(k) if k > j and d.sent[k] == chunk.sentence else None
            listed = nxt is not None and (cue is not None or d.lower(j) == "and")  # a list of "A of X" goes on
            if nxt is not None:
                i, j = nxt.i, nxt.j
        return out
    return []


def of_country(state: State, i: int, j: int) -> tuple[str, int] | None:
    """Rule name_of_country: a chunk of a two- or three-word name and "of <Country>" right after
    "by", "and", "with" or a comma ("led by Amina Mohammed of Nigeria"): the country the person
    comes from, and where the name ends."""
    before = state.doc.lower(i - 1)
    if before not in _BEFORE_NAME_OF and not (before in PLURAL_OFFICES and state.doc.words[i - 1].islower()):
        return None  # (also "foreign ministers A of Peru and B of Chile": rule listed_of_country)
    return trailing_country(state, i, j)


def trailing_country(state: State, i: int, j: int) -> tuple[str, int] | None:
    """"A B of <Country>" as the tokens [i, j): the country and where the name ends, else None."""
    d = state.doc
    hyphens = sum(1 for y in range(i, min(j, i + 6)) if d.words[y] == "-" and d.gap(y) == "" and d.gap(y + 1) == "")
    for x in range(i + 2, min(j, i + 4 + 2 * hyphens)):  # "Jean-Paul Dubois of France": a hyphen joins one name
        if d.low[x] == "of":
            c = state.country_start.get(x + 1)
            ok = c is not None and c.j == j and c.form in ("name", "alias", "abbreviation")
            return (c.name, x) if ok and all(d.is_cap(y) or d.words[y] == "-" for y in range(i, x)) else None
    return None


_BEFORE_NAME_OF = frozenset({"by", "and", "with", ",", "including", "met"})


def speaker_labels(state: State) -> list[NameMention]:
    """Rule speaker_label: a transcript's speaker in capitals opens a paragraph ("JANE DOE, PRIME
    MINISTER OF NORWAY: Good afternoon"): the person, the office and its country. Only sentence
    openings in capitals are looked at."""
    d, gz = state.doc, state.gz
    out: list[NameMention] = []
    if ":" not in d.text:
        return out  # no colon, no label (most articles)
    words, n = d.words, d.n
    for first in d.sent_first:
        if first < 0 or first + 4 >= n or not (len(words[first]) > 1 and words[first].isupper() and words[first].isalpha()):
            continue
        k = first
        while k < n and k - first < 4 and words[k].isupper() and words[k].replace("-", "").replace("'", "").isalpha():
            k += 1
        if not 2 <= k - first <= 4 or words[k] != ",":
            continue
        t = k + 1
        while t < n and t - k <= 8 and words[t].isupper() and words[t].isalpha():
            t += 1
        if t >= n or words[t] != ":" or t == k + 1:
            continue
        office = [w.capitalize() for w in words[k + 1 : t]]
        of = next((x for x in range(len(office)) if office[x] == "Of"), len(office))
        title = " ".join(office[:of])
        if not any(e.kind == "title" for e in gz.lookup(title)):
            continue
        country = gz.country(" ".join(office[of + 1 :])) if of < len(office) else None
        name = [w.capitalize() for w in words[first:k]]
        out.append(NameMention(first, k, name, d.sent[first], title, k + 1, k + 1 + of, country.name if country else None, True, "speaker-label"))
    return out
