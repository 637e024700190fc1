"""Organisations: gazetteer names, "<Country> <head word>" patterns, acronyms defined in
parentheses ("United States Forces Japan (USFJ)") and outlets credited with a handle
("The Japan Times (@japantimes)"). Places standing for institutions ("White House") count only when they act ("the White House said")."""

from __future__ import annotations

from itertools import compress
from operator import itemgetter

from store.extract.bodies import GENERIC_BODY_WORDS, country_bodies
from store.extract.credits import is_credit
from store.extract.firm_words import (
    BODY_NOUNS_APPOSED,
    COMPANY_NOUNS_BEFORE,
    VERB_BEFORE,
    VERB_LIKE,
    WORKS_AFTER,
)
from store.extract.gazetteer import Entry
from store.extract.group_names import fold_group_names
from store.extract.later_forms import DETERMINERS as _DETERMINERS
from store.extract.later_forms import later_forms
from store.extract.org_checks import (
    ON_HEADS,
    SHIP_PREFIXES,
    acronym_org,
    after_office,
    ampersand_continued,
    ampersand_firm,
    and_continued,
    body_of_org,
    company_name_end,
    foreign_namesake,
    known_org,
    no_body_named,
    owner_unnamed,
    person_like,
    shouted,
    surname_after_name,
    tail_of_name,
    trailer_cut,
)
from store.extract.pattern_chunks import pattern_chunks
from store.extract.place_orgs import place_org_acts
from store.extract.state import ActorAcc, CountryMention, State
from store.extract.tokens import CONNECTORS, Chunk
from store.extract.triggers import vocabulary
from store.records import Span

_COMPASS = frozenset({"West", "East", "North", "South", "Left", "Right"})
_LEADERS = frozenset("""In On At As By For From With During After Before While This These That Those It Its Their Our
    But And If When Since Despite Amid Although Meanwhile According Under""".split())


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


def _add(state: State, name: str, i: int, j: int, rule: str, alias: str | None = None) -> ActorAcc:
    acc = state.orgs.get(name)
    if acc is None:
        acc = _dotted_form(state, name)  # "US Steel" after "U.S. Steel": one firm
        if acc is not None:
            name = acc.name
    if acc is None:
        acc = state.orgs[name] = ActorAcc("organization", name)
        if "." in name:
            state.cache.setdefault("dotted_orgs", {})[name.replace(".", "")] = acc  # type: ignore[index]
    if i < acc.first:
        acc.first = i
    d = state.doc
    start, end, sentence = d.starts[i], d.ends[j - 1], d.sent[i]
    surface = d.text[start:end]
    aliases = acc.aliases
    if surface != name and surface not in aliases and surface.removeprefix("the ") != name:
        aliases.append(surface)
    if alias and alias not in aliases:
        aliases.append(alias)
    acc.spans.append(Span(sentence, start, end, rule))
    state.blocked[i:j] = b"\x01" * (j - i)
    state.org_start[i] = CountryMention(i, j, name, "org", surface, sentence)
    state.org_end[j] = name
    return acc


def _dotted_form(state: State, name: str) -> ActorAcc | None:
    """Rule org_dotted_form: an organisation already named with or without the dots of an
    abbreviation ("U.S. Steel", "US Steel") is the same one."""
    if "." in name:
        return state.orgs.get(name.replace(".", ""))
    dotted = state.cache.get("dotted_orgs")
    return dotted.get(name) if dotted else None  # type: ignore[attr-defined]


def _country_list_start(state: State, i: int) -> bool:
    c = state.country_start.get(i)
    return c is not None and state.doc.word(c.j) in ("-", "\u2013")


def defined_acronyms(state: State) -> dict[str, str]:
    """Acronyms the article defines, "Capitalised Name (ACR)" with matching initials: the
    article's own meaning wins over the gazetteer's ("AFP" is then not Agence France-Presse).
    Found once per article (kept in ``state.cache``)."""
    cached = state.cache.get("defined_acronyms")
    if cached is not None:
        return cached  # type: ignore[return-value]
    d = state.doc
    out: dict[str, str] = {}
    state.cache["defined_acronyms"] = out
    if "(" not in d.text:
        return out  # no bracket, no acronym defined
    for chunk in d.chunks:
        if chunk.j < len(d) and d.words[chunk.j] == "(":
            acro = acronym_after(state, chunk.j)
            if acro and acro[0] not in out and initials_match(chunk_words(state, chunk), acro[0]):
                out[acro[0]] = chunk.text
    words, low, sent = d.words, d.low, d.sent
    for k in compress(range(d.n), map("(".__eq__, words)):
        acro = acronym_after(state, k)
        if acro is None or acro[0] in out:
            continue
        # "Fighters of the Rapid Support Forces (RSF)": the shortest capitalised run before the
        # bracket whose initials spell the acronym (chunks may start earlier)
        for start in range(k - 1, max(-1, k - len(acro[0]) - 4), -1):
            if sent[start] != sent[k] or not (words[start][:1].isupper() or low[start] in CONNECTORS or words[start] == "-"):
                break
            if words[start][:1].isupper() and initials_match([w for w in words[start:k] if w[:1].isalnum()], acro[0]):
                out[acro[0]] = d.span_text(start, k)
                break
    return out


def _known(state: State) -> None:
    d, place_orgs = state.doc, state.cues.place_orgs
    chunk_of: dict[int, Chunk] | None = None  # chunk of each token, built on first need
    defined: dict[str, str] | None = None  # acronyms the article spells out itself
    credits = state.cache.get("credit_sentences") or ()
    for m in d.matches:
        if credits and d.sent[m.i] in credits:
            continue  # "Associated Press writer A contributed": a credit
        e = None
        for x in m.entries:
            if x.kind == "country":
                e = None
                break
            if e is None and x.kind == "organization":
                e = x
        if e is None:
            continue
        if m.j - m.i == 1 and m.text.isupper():
            if defined is None:
                defined = defined_acronyms(state)
            spelled = defined.get(m.text)
            if spelled is not None and spelled.casefold() != e.name.casefold() and known_org(state, spelled) != e.name:
                continue  # "Armed Forces of the Philippines (AFP)": not the news agency
        known = state.gz.organizations.get(e.name)
        if is_credit(d, m.i, m.j, known is not None and known.type == "outlet"):
            continue  # "(Bernama pic)", "via Reuters": a credit, not an actor
        if m.j - m.i == 1 and (surname_after_name(state, m) or foreign_namesake(state, m, e.name)) or shouted(state, m) or ampersand_firm(state, m) or tail_of_name(state, m):
            continue
        if e.name.casefold() in place_orgs or m.text.casefold() in place_orgs:
            if chunk_of is None:
                chunk_of = {k: c for c in d.chunks for k in range(c.i, c.j)}
            chunk = chunk_of.get(m.i)
            if chunk is None or chunk.j != m.j or not place_org_acts(state, m.j):
                continue
        if known is not None and known.type == "company" and (end := company_name_end(state, m)) > m.j:
            _add(state, e.name, m.i, end, "org-known-full-name")  # "Marubeni Corporation": the known firm
            continue
        end = body_of_org(state, m)
        if end > m.j:
            text = d.span_text(m.i, end)
            acro = acronym_after(state, end)
            known = acronym_org(state, text, acro[0]) if acro else None
            acc = _add(state, known or text, m.i, end, "org-body-of-org")  # "IMF Executive Board"
            if known and acro:  # "United Nations Interim Force (UNIFIL)": the gazetteer's entry
                acc.spans.append(state.span(end + 1, end + 2, "org-defined-acronym"))
                state.block(end, end + 3)
            continue
        _add(state, e.name, m.i, m.j, "org-gazetteer")


# People of a body who may open a sentence before it ("Officials of the X"): never its name.
_MEMBERS = frozenset("Staff Members Officials Officers Troops Soldiers Delegates Representatives Envoys Experts Workers Employees Fighters Militants Rebels".split())


def _pattern_name(state: State, chunk: Chunk) -> tuple[str, int, list[Entry]] | None:
    """The organisation a chunk names (if its words say so), its first token, the gazetteer's word."""
    d, gz = state.doc, state.gz
    words = chunk.words or chunk_words(state, chunk)
    if len(words) < 2:
        return None
    head_words = gz.head_words
    i = chunk.i
    last = words[-1]
    lastf = last.casefold()
    if (
        lastf not in head_words
        and lastf not in gz.outlet_words
        and last not in gz.company_suffixes
        and head_words.isdisjoint(map(str.casefold, words[:-1]))
        and d.words[chunk.j - 1].rstrip(".") + "." not in gz.company_suffixes
    ):
        return None  # no head word, outlet word or company suffix: most chunks
    outlet = lastf in gz.outlet_words and lastf not in head_words and words[0] == "The"
    if words[0] in _DETERMINERS and not outlet:
        i += 1
        words = words[1:]
        if len(words) < 2:
            return None
    if words[0] in _MEMBERS and len(words) > 3 and words[1] == "of":
        # rule members_of_body: "Officials of the Kenya Police said": the body starts after "of"
        cut = 3 if words[2] == "the" else 2
        i += cut
        words = words[cut:]
    if words[0] in _LEADERS or (len(words) == 2 and lastf == "bank" and words[0] in _COMPASS):
        return None  # "West Bank": a place, not a bank
    head = lastf in head_words or outlet or last in gz.company_suffixes or d.words[chunk.j - 1].rstrip(".") + "." in gz.company_suffixes
    if not head:
        folds = [w.casefold() for w in words]
        if head_words.isdisjoint(folds[:-1]):
            return None  # no head word before the last one either
        if len(words) >= 3:
            for k in range(len(words) - 2):
                if folds[k] in head_words and (words[k + 1] in ("of", "for") or (words[k + 1] == "on" and folds[k] in ON_HEADS)):
                    head = True  # "Ministry of Defence", "Cabinet Committee on Security" (rule body_on_subject)
                    break
        if not head:  # "United States Forces Japan": a head word followed by a country name
            for k in range(1, len(words) - 1):
                if folds[k] in head_words:
                    rest = " ".join(words[k + 1 :])
                    if any(e.kind == "country" for e in gz.lookup(rest)):
                        head = True
                        break
        if not head and last in _COMPASS and folds[-2] in head_words and d.words[chunk.j - 2] == "-":
            head = d.ends[chunk.j - 3] == d.starts[chunk.j - 2]  # rule hyphened_branch: "... Movement-North"
        if not head:
            return None
    name = d.span_text(i, chunk.j)
    found = gz.lookup(name)
    if found and all(e.kind in ("title", "country") for e in found):
        return None
    return name, i, found


def _patterns(state: State) -> None:
    d = state.doc
    headed: list[tuple[str, int, int, str]] = []  # pattern names found only in headings
    tokens, n, blocked, person_tok = d.words, d.n, state.blocked, state.person_tok
    for chunk in (trailer_cut(state, c) if c.j - c.i > 3 or c.j < n and tokens[c.j] == "-" else c for c in pattern_chunks(state)):
        paren = chunk.j < n and tokens[chunk.j] == "("
        if blocked.find(1, chunk.i, chunk.j) >= 0 or person_tok.find(1, chunk.i, chunk.j) >= 0:
            continue  # inside a name already found
        if chunk.j < n and tokens[chunk.j] in ("and", "&"):
            chunk = and_continued(state, chunk) if tokens[chunk.j] == "and" else ampersand_continued(state, chunk)  # "Ministry of Mines and Energy"
            paren = chunk.j < n and tokens[chunk.j] == "("
        handle = acro = None
        if paren:
            if chunk.j + 3 < n and tokens[chunk.j + 1] == "@" and tokens[chunk.j + 3] == ")":
                handle = "@" + tokens[chunk.j + 2]
            acro = acronym_after(state, chunk.j)
        named = _pattern_name(state, chunk)
        found = (*named[:2], "org-head-word") if named is not None else None
        if found is None and handle and not person_like(state, chunk):
            found = (chunk.text, chunk.i, "org-handle")
        if found is None and acro and initials_match(chunk_words(state, chunk), acro[0]):
            words = chunk_words(state, chunk)
            heads = state.gz.agreement_heads
            if words and words[-1].casefold() not in heads and len(words) >= 2:
                if not any(e.kind in ("country", "title", "agreement") for e in state.gz.lookup(chunk.text)):
                    found = (chunk.text, chunk.i, "org-defined-acronym")
        if found is None:
            continue
        name, i, rule = found
        entries = named[2] if named is not None else state.gz.lookup(name)
        if any(e.kind in ("agreement", "country") for e in entries):
            continue
        start = after_office(state, i, chunk.j)
        if no_body_named(state, i, chunk.j):
            continue  # "Minister of State for Petroleum Resources", "Ministry of Defence Ship House"
        if start > i:  # "Chief Executive Officer of the National Petroleum Company": the body after the office
            if d.low[start - 1] == "for" and not entries and d.low[start - 2] in ("minister", "state", "secretary"):
                continue  # "Minister of State for Petroleum Resources": a portfolio (rule: minister_portfolio)
            i, name = start, d.span_text(start, chunk.j)
            if GENERIC_BODY_WORDS.issuperset(name.casefold().split()):
                continue  # "Director General of the National Office": no body named
        if not entries and GENERIC_BODY_WORDS.issuperset(name.casefold().split()) and owner_unnamed(state, i):
            continue  # "his country's Air Force": the owner is not named
        known = next((state.gz.organizations.get(e.name) for e in entries if e.kind == "organization"), None)
        outlet = known.type == "outlet" if known else name.split()[-1].casefold() in state.gz.outlet_words
        if is_credit(d, i, chunk.j, outlet):
            continue  # "Photo courtesy of the Foreign Ministry", a sign-off "The Associated Press"
        if name.casefold() in state.cues.place_orgs:
            continue  # "a heated Oval Office exchange": a place, counted only where it acts (_known)
        parts = name.split()
        if len(parts) == 2 and parts[1].casefold() == "administration" and state.country_start.get(i) is None:
            continue  # "the Trump Administration" is a government's term in office, not a body
        if chunk_words(state, chunk)[-1].casefold() in state.gz.agreement_heads and _country_list_start(state, i):
            continue  # "U.S.-Japan Alliance" is a relationship, not a body
        canonical = next((e.name for e in entries if e.kind == "organization"), None) or (acronym_org(state, name, acro[0]) if acro else None)
        if canonical is None and not handle and not acro and d.heading[chunk.sentence]:
            headed.append((name, i, chunk.j, rule))  # a headline's capitals run on: only if the body names it
            continue
        acc = _add(state, canonical or name, i, chunk.j, rule, alias=handle or (acro[0] if acro else None))
        if handle:
            acc.spans.append(state.span(chunk.j + 1, chunk.j + 3, "org-handle"))
            state.block(chunk.j, chunk.j + 4)
        elif acro:
            acc.spans.append(state.span(chunk.j + 1, chunk.j + 2, "org-defined-acronym"))
            state.block(chunk.j, chunk.j + 3)
    for name, i, j, rule in headed:
        if name in state.orgs:  # "Germany Cement Closer Ties on Shipbuilding" is no company
            _add(state, name, i, j, rule)


_PREVIOUS = (-1).__add__  # k - 1


def _described(state: State) -> None:
    """Names that the words around them call companies or bodies (only where such a word is)."""
    d = state.doc
    words, chunk_at = d.words, d.chunk_at
    vocab = vocabulary(state)  # the article's words: most hold no company noun, body noun or both
    # a company noun counts only right before a chunk: test the word before each chunk (far
    # fewer than the words), in token order (chunk_at is filled in it)
    before = list(map(_PREVIOUS, chunk_at)) if not COMPANY_NOUNS_BEFORE.isdisjoint(vocab) else []
    if before and before[0] < 0:
        del before[0]  # a chunk opening the text has no word before it
    nouns = compress(before, map(COMPANY_NOUNS_BEFORE.__contains__, map(d.low.__getitem__, before)))
    for k in nouns:
        chunk = chunk_at.get(k + 1)
        if chunk is None or not words[k].islower() or chunk.j - chunk.i > 4 or d.lower(chunk.j) in WORKS_AFTER:
            continue  # "its giant Zohr field": the name qualifies a work (rule name_before_work)
        if d.low[k] in VERB_LIKE and d.lower(k - 1) in VERB_BEFORE:
            continue  # "to fund Zanko's plan": a verb, no noun (rule noun_not_verb)
        if state.free(chunk.i, chunk.j) and d.match_at.get(chunk.i) is None and words[chunk.i] not in SHIP_PREFIXES:
            _add(state, chunk.text, chunk.i, chunk.j, "company-noun-before")  # "shipbuilder PT PAL"
    if BODY_NOUNS_APPOSED.isdisjoint(vocab):
        return  # "The FNSEA, France's largest farm union,": no body noun, no such apposition
    caps = d.caps
    n = d.n
    # the capitalised words in one C-level call (itemgetter of one index gives the word itself)
    cap_words = itemgetter(*caps)(words) if len(caps) > 1 else [words[k] for k in caps]
    for i in compress(caps, map(str.isupper, cap_words)):
        # "ABC," first: an all-capitals word right before a comma is rare
        if i + 1 >= n or words[i + 1] != ",":
            continue
        word = words[i]
        if not 3 <= len(word) <= 8 or not word.isalpha():
            continue
        chunk = chunk_at.get(i) or (chunk_at.get(i - 1) if i and words[i - 1] == "The" else None)
        if chunk is None or chunk.j != i + 1 or not state.free(i, i + 1) or d.match_at.get(i) is not None:
            continue
        sentence = d.sent[i]
        for k in range(i + 2, min(i + 10, n)):
            if d.sent[k] != sentence or words[k] in (".", ";"):
                break
            if words[k] == ",":
                if d.lower(k - 1) in BODY_NOUNS_APPOSED:
                    _add(state, word, i, i + 1, "acronym-described-as-body")  # "The FNSEA, France's largest farm union,"
                break


def find_organizations(state: State) -> None:
    """Known organisations, a country's bodies, then pattern ones, described ones, then their
    later short forms."""
    _known(state)
    for name, i, j in country_bodies(state):
        if not is_credit(state.doc, i, j, False):
            _add(state, name, i, j, "country-body")
    _patterns(state)
    _described(state)
    later_forms(state)
    fold_group_names(state)  # "Qatar Airways Group" beside "Qatar Airways": one firm
