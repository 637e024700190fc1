"""Organisations: gazetteer names, "<Country> <head word>" patterns, acronyms defined in
parentheses ("United States Forces Japan (USFJ)") and outlets credited with a handle
("The Japan Times (@japantimes)"). Places standing for institutions ("White House") count
only when they act ("the White House said")."""

from __future__ import annotations

from itertools import compress, count

from .state import ActorAcc, CountryMention, State
from .tokens import CONNECTORS, Chunk

_DETERMINERS = frozenset({"The", "A", "An"})
_LEADERS = frozenset(
    "In On At As By For From With During After Before While This These That Those It Its Their Our "
    "But And If When Since Despite Amid Although Meanwhile According Under".split()
)


def acronym_after(state: State, j: int) -> tuple[str, int] | None:
    """An "(ABC)" right after token j-1: the acronym and the token after ")"."""
    d = state.doc
    if j + 2 < len(d) and d.words[j] == "(" and d.words[j + 2] == ")":
        word = d.words[j + 1]
        if 2 <= len(word) <= 10 and word[0].isupper() and sum(ch.isupper() for ch in word) >= 2:
            return word, j + 3
    return None


def initials_match(words: list[str], acronym: str) -> bool:
    """Whether an acronym spells the capitalised words' initials ("RAA", "USFJ", "SOFA")."""
    caps = [w for w in words if w[:1].isupper() or w.lower() in CONNECTORS]
    letters = [ch for ch in acronym.upper() if ch.isalpha()]
    if len(letters) < 2:
        return False
    initials = "".join(w[0].upper() for w in caps if w[:1].isupper())
    full = "".join(w[0].upper() for w in caps)
    target = "".join(letters)
    return target in (initials, full) or (len(target) >= 3 and target == initials[: len(target)] and len(initials) <= len(target) + 1)


def chunk_words(state: State, chunk: Chunk) -> list[str]:
    if chunk.words or chunk.i >= chunk.j:
        return chunk.words
    d = state.doc
    return [d.words[k] for k in range(chunk.i, chunk.j) if d.words[k][:1].isalnum()]


def _add(state: State, name: str, i: int, j: int, alias: str | None = None) -> ActorAcc:
    acc = state.orgs.get(name)
    if acc is None:
        acc = state.orgs[name] = ActorAcc("organization", name)
    acc.first = min(acc.first, i)
    surface = state.doc.span_text(i, j)
    if surface != name and surface not in acc.aliases and surface.removeprefix("the ") != name:
        acc.aliases.append(surface)
    if alias and alias not in acc.aliases:
        acc.aliases.append(alias)
    acc.spans.append(state.span(i, j))
    state.block(i, j)
    state.org_start[i] = CountryMention(i, j, name, "org", surface, state.doc.sent[i])
    state.org_end[j] = name
    return acc


def _country_list_start(state: State, i: int) -> bool:
    c = state.country_start.get(i)
    return c is not None and state.doc.word(c.j) in ("-", "\u2013")


def _acts(state: State, j: int) -> bool:
    d = state.doc
    k = j
    if d.lower(k) in {"has", "had", "have", "also", "on", "spokesperson", "spokesman"}:
        k += 1
    return d.lower(k) in state.cues.acting_verbs


def _known(state: State) -> None:
    d, cues = state.doc, state.cues
    chunk_of = {}
    for c in d.chunks:
        for k in range(c.i, c.j):
            chunk_of[k] = c
    for m in d.matches:
        e = m.first("organization")
        if e is None or any(x.kind == "country" for x in m.entries):
            continue
        if e.name.casefold() in cues.place_orgs or m.text.casefold() in cues.place_orgs:
            chunk = chunk_of.get(m.i)
            if chunk is None or chunk.j != m.j or not _acts(state, m.j):
                continue
        _add(state, e.name, m.i, m.j)


def _pattern_name(state: State, chunk: Chunk) -> tuple[str, int] | None:
    """The organisation a chunk names, if its words say so, and its first token."""
    d, gz = state.doc, state.gz
    words = chunk_words(state, chunk)
    if len(words) < 2:
        return None
    i = chunk.i
    last = words[-1]
    lastf = last.casefold()
    outlet = lastf in gz.outlet_words and lastf not in gz.head_words and words[0] == "The"
    if words[0] in _DETERMINERS and not outlet:
        i += 1
        words = words[1:]
        if len(words) < 2:
            return None
    if words[0] in _LEADERS:
        return None
    head = lastf in gz.head_words or outlet or last in gz.company_suffixes or d.words[chunk.j - 1].rstrip(".") + "." in gz.company_suffixes
    if not head and len(words) >= 3:
        for k, w in enumerate(words[:-2]):
            if w.casefold() in gz.head_words and words[k + 1] in ("of", "for"):
                head = True  # "Ministry of Defence", "Philippine Department of National Defense"
                break
    if not head:
        # "United States Forces Japan": a head word followed by a country name
        for k, w in enumerate(words[:-1]):
            if w.casefold() in gz.head_words and k >= 1:
                rest = " ".join(words[k + 1 :])
                if any(e.kind == "country" for e in gz.lookup(rest)):
                    head = True
                    break
    if not head:
        return None
    if all(e.kind in ("title", "country") for e in gz.lookup(d.span_text(i, chunk.j))):
        if gz.lookup(d.span_text(i, chunk.j)):
            return None
    return d.span_text(i, chunk.j), i


def _patterns(state: State) -> None:
    d = state.doc
    for chunk in d.chunks:
        if chunk.j - chunk.i < 2 and d.word(chunk.j) != "(":
            continue
        if not state.free(chunk.i, chunk.j):
            continue
        handle = None
        if chunk.j + 3 < len(d) and d.words[chunk.j] == "(" and d.words[chunk.j + 1] == "@":
            if d.words[chunk.j + 3] == ")":
                handle = "@" + d.words[chunk.j + 2]
        acro = acronym_after(state, chunk.j)
        found = _pattern_name(state, chunk)
        if found is None and handle:
            found = (chunk.text, chunk.i)
        if found is None and acro and initials_match(chunk_words(state, chunk), acro[0]):
            words = chunk_words(state, chunk)
            heads = state.gz.agreement_heads
            if words and words[-1].casefold() not in heads and len(words) >= 2:
                if not any(e.kind in ("country", "title", "agreement") for e in state.gz.lookup(chunk.text)):
                    found = (chunk.text, chunk.i)
        if found is None:
            continue
        name, i = found
        if any(e.kind in ("agreement", "country") for e in state.gz.lookup(name)):
            continue
        if name.casefold() in state.cues.place_orgs:
            continue  # "a heated Oval Office exchange": a place, counted only where it acts (_known)
        parts = name.split()
        if len(parts) == 2 and parts[1].casefold() == "administration" and state.country_start.get(i) is None:
            continue  # "the Trump Administration" is a government's term in office, not a body
        if chunk_words(state, chunk)[-1].casefold() in state.gz.agreement_heads and _country_list_start(state, i):
            continue  # "U.S.-Japan Alliance" is a relationship, not a body
        acc = _add(state, name, i, chunk.j, alias=handle or (acro[0] if acro else None))
        if handle:
            acc.spans.append(state.span(chunk.j + 1, chunk.j + 3))
            state.block(chunk.j, chunk.j + 4)
        elif acro:
            acc.spans.append(state.span(chunk.j + 1, chunk.j + 2))
            state.block(chunk.j, chunk.j + 3)


def _later_forms(state: State) -> None:
    """Acronyms and names of found organisations used again ("USFJ")."""
    d = state.doc
    forms: dict[str, ActorAcc] = {}
    for acc in state.orgs.values():
        for f in (acc.name, *acc.aliases):
            if not f.startswith("@"):
                forms[f] = acc
    if not forms:
        return
    for chunk in d.chunks:
        if not state.free(chunk.i, chunk.j):
            continue
        i = chunk.i
        text = chunk.text
        if d.words[i] in _DETERMINERS and chunk.j - i > 1:
            text = d.span_text(i + 1, chunk.j)
            i += 1
        acc = forms.get(text)
        if acc is not None:
            acc.spans.append(state.span(i, chunk.j))
            state.block(i, chunk.j)
            state.org_start[i] = CountryMention(i, chunk.j, acc.name, "org", text, d.sent[i])
            state.org_end[chunk.j] = acc.name


# Lower-case nouns that say the capitalised name after them is a company ("shipbuilder PT PAL").
_COMPANY_NOUNS = frozenset(
    "shipbuilder shipbuilders manufacturer maker carmaker planemaker company firm contractor conglomerate "
    "miner producer operator lender carrier developer supplier".split()
)
# Nouns ending an appositive that makes an acronym a body ("The FNSEA, France's largest farm union,").
_BODY_NOUNS = frozenset(
    "union federation association agency party council organisation organization company firm group "
    "syndicate confederation institute".split()
)


def _described(state: State) -> None:
    """Names that the words around them call companies or bodies (only where such a word is)."""
    d = state.doc
    words, chunk_at = d.words, d.chunk_at
    for k in compress(count(), map(_COMPANY_NOUNS.__contains__, d.low)):
        chunk = chunk_at.get(k + 1)
        if chunk is None or not words[k].islower() or chunk.j - chunk.i > 4:
            continue
        if state.free(chunk.i, chunk.j) and d.match_at.get(chunk.i) is None:
            _add(state, chunk.text, chunk.i, chunk.j)  # "shipbuilder PT PAL"
    caps = d.caps
    for i in compress(caps, map(str.isupper, map(words.__getitem__, caps))):
        word = words[i]
        chunk = chunk_at.get(i) or (chunk_at.get(i - 1) if i and words[i - 1] == "The" else None)
        if chunk is None or chunk.j != i + 1 or not 3 <= len(word) <= 8 or not word.isalpha():
            continue
        if d.word(i + 1) != "," or not state.free(i, i + 1) or d.match_at.get(i) is not None:
            continue
        sentence = d.sent[i]
        for k in range(i + 2, min(i + 10, d.n)):
            if d.sent[k] != sentence or words[k] in (".", ";"):
                break
            if words[k] == ",":
                if d.lower(k - 1) in _BODY_NOUNS:
                    _add(state, word, i, i + 1)  # "The FNSEA, France's largest farm union,"
                break


def find_organizations(state: State) -> None:
    """Known organisations, then pattern ones, described ones, then their later short forms."""
    _known(state)
    _patterns(state)
    _described(state)
    _later_forms(state)
