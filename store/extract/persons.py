"""Persons: named individuals, found by an office or rank before the name ("Foreign Minister
Penny Wong", "Adm. Samuel J. Paparo"), an office before a comma ("Minister of Defense,
Nakatani Gen"), a speech verb after it ("Jane Doe said"), a middle initial, or a later use of a
name already found. Full names and surname-only uses fold into one person; Japanese names
written surname first are turned round when the text shows which word is the surname."""

from __future__ import annotations

import re
from functools import lru_cache

from store.extract.offices import NameMention, lower_office
from store.extract.roles import appositive_role
from store.extract.state import PersonAcc, State
from store.extract.tokens import APOSTROPHES, Chunk

_JP = re.compile(r"(?:[kgsztdnhbpmrwfj]?[aiueo]|y[auo]|(?:sh|ch|ts|ky|gy|ny|hy|my|ry|by|py)[aiueo]?|n(?![aiueoy]))+", re.I)
_NAME_CONNECTORS = frozenset({"bin", "bint", "al", "van", "von", "de", "der", "da", "du", "la", "le", "del"})


@lru_cache(maxsize=4096)  # the same names come back in article after article
def _is_japanese(word: str) -> bool:
    return bool(word) and len(word) <= 12 and _JP.fullmatch(word) is not None


def _name_words(state: State, i: int, j: int) -> list[str]:
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


_JOINERS = frozenset({"-", *APOSTROPHES})
_PERSON_KINDS = frozenset({"title", "rank", "honorific"})
_WORD_CACHE_MAX = 50_000  # verdicts kept per gazetteer (cleared when full: memory stays bounded)


def _all_valid(state: State, words: list[str], titled: bool = False) -> bool:
    """Whether the words make a name (after a title: suffixes aside, 1-4 real words); cached per gazetteer."""
    names = getattr(state.gz, "_name_verdicts", None)
    if names is None or len(names) >= _WORD_CACHE_MAX:
        names = state.gz._name_verdicts = {}  # type: ignore[attr-defined]
    verdict = names.get(key := (titled, *words))
    if verdict is None:
        skip: frozenset[str] = state.gz.suffixes if titled else frozenset()
        cache, total = state.cues.word_verdicts, len(words)
        verdict = not titled or 1 <= len([w for w in words if w not in skip and w.lower() not in _NAME_CONNECTORS]) <= 4
        for n, w in enumerate(words if verdict else ()):
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


def _judge_word(state: State, w: str, position: int, total: int) -> bool:
    if w.lower() in _NAME_CONNECTORS and 0 < position < total - 1:
        return True
    if not w[:1].isupper() or w in state.cues.stop or w.rstrip(".") in state.cues.stop:
        return False
    if (len(w) >= 3 and w.isupper() and w not in state.gz.suffixes) or any(ch.isdigit() for ch in w):
        return False
    for e in state.gz.lookup(w):
        if e.kind == "country" and (e.form == "ambiguous" or e.form == "alias" and 0 < position == total - 1):
            continue  # "Jordan Peterson", "Giorgia ... Georgia"; a surname "Roy Vincent Trinidad"
        if e.kind in ("country", "organization", "agreement") or (e.kind == "title" and position == 0):
            return False
    return w.casefold() not in state.gz.head_words and w.casefold() not in state.gz.agreement_heads


def _split(state: State, chunk: Chunk) -> list[NameMention]:
    """Titled names inside one chunk (a chunk may hold a heading word, then "Secretary of ... Name")."""
    d, match_at = state.doc, state.doc.match_at
    out: list[NameMention] = []
    k, cj = chunk.i, chunk.j
    cue: str | None = None
    title: tuple[str, int, int] | None = None
    if cj - k == 1 and k not in match_at:
        return out
    while k < cj:
        m = match_at.get(k)
        if m is not None and m.j <= cj:
            kinds = (m.entries[0].kind,) if len(m.entries) == 1 else {e.kind for e in m.entries}
            if "country" in kinds and (
                (country := m.first("country")).form in ("name", "alias", "abbreviation", "demonym")
                or _demonym_here(state, m.j)  # "Indian Commerce Minister": countries.py decided
            ):
                cue, k = country.name, m.j
                continue
            if "title" in kinds:
                title = (m.text, m.i, m.j) if title is None or title[2] != m.i else (d.span_text(title[1], m.j), title[1], m.j)
                k = m.j
                continue
            if "rank" in kinds or "honorific" in kinds:
                if m.text.endswith(".") or len(_name_words(state, m.j, min(chunk.j, m.j + 8))) >= 2 or m.text.casefold() not in ("gen", "general", "major"):
                    title = title or (None, m.i, m.j)  # type: ignore[assignment]
                    k = m.j
                    continue
        if title is not None:
            cue = cue or _cue_before(state, chunk.i)
            end = cj
            for x in range(k + 1, cj):
                if d.low[x] in ("of", "for") and not d.words[x][0].isupper():
                    end = x  # "President Emmanuel Macron of France"
                    c = state.country_start.get(x + 1) or state.country_start.get(x + 2)
                    cue = cue or (c.name if c is not None else None)
                    break
            words = _name_words(state, k, end) if not _names_something_else(state, k, end) else []
            if _all_valid(state, words, titled=True):
                out.append(NameMention(k, end, words, chunk.sentence, title[0], title[1], title[2], cue, True))
            return out
        k += 1
    if title is not None and title[0] and title[2] == chunk.j:
        cue = cue or _cue_before(state, chunk.i)
        j = chunk.j  # "Minister of Defense, Nakatani Gen": the name follows a comma
        if j + 1 < len(d) and d.words[j] == "," and d.sent[j] == chunk.sentence:
            nxt = d.chunk_at.get(j + 1)
            if nxt is not None:
                words = _name_words(state, nxt.i, nxt.j)
                if 2 <= len(words) <= 3 and _all_valid(state, words):
                    out.append(NameMention(nxt.i, nxt.j, words, chunk.sentence, title[0], title[1], title[2], cue, True))
    return out


def _demonym_here(state: State, j: int) -> bool:
    """Whether the country mention ending at token ``j`` was read as a demonym: an ambiguous
    form ("Indian", "Georgian") before an office title is one (see countries.py)."""
    c = state.country_end.get(j)
    return c is not None and c.form == "demonym"


_PRE_TITLE = frozenset({"new", "former", "acting", "then", "current", "incoming", "outgoing", "top", "senior", "late"})


def _cue_before(state: State, i: int) -> str | None:
    """"Japan's [new] Foreign Minister": the country owning an office named right after it."""
    d, low = state.doc, state.doc.low
    k = i - 1
    while k >= 0 and low[k] in _PRE_TITLE:
        k -= 1
    if k >= 1 and d.words[k] == "s" and d.words[k - 1] in APOSTROPHES and d.gap(k - 1) == "":
        k -= 2
    elif k >= 0 and d.words[k] in APOSTROPHES and d.words[k - 1].endswith("s"):
        k -= 1  # "the Philippines' President"
    c = state.country_end.get(k + 1)
    return c.name if c is not None and c.form in ("name", "alias", "abbreviation", "demonym", "ambiguous") else None


def _plural(state: State, chunk: Chunk) -> list[NameMention]:
    """"Presidents Barack Obama and Dmitry Medvedev": one office, two names."""
    d, gz = state.doc, state.gz
    for n in (2, 1):
        end = chunk.i + n
        if end >= chunk.j or not d.words[end - 1].endswith("s") or chunk.j - end > 4:
            continue
        title = d.span_text(chunk.i, end)[:-1]
        if not any(e.kind == "title" for e in gz.lookup(title)):
            continue
        nxt = d.chunk_at.get(chunk.j + 1) if d.lower(chunk.j) == "and" else None
        out = []
        for i, j in ((end, chunk.j), (nxt.i, nxt.j) if nxt is not None else (0, 0)):
            words = _name_words(state, i, j)
            if 2 <= len(words) <= 3 and _all_valid(state, words):
                out.append(NameMention(i, j, words, chunk.sentence, title, chunk.i, end, None, True))
        return out
    return []


def _names_something_else(state: State, i: int, j: int) -> bool:
    """Whether a gazetteer country, organisation or agreement sits in tokens [i, j)."""
    match_at = state.doc.match_at
    for k in range(i, j):
        m = match_at.get(k)
        if m is not None:
            for e in m.entries:
                if e.kind == "country" and m.j - m.i == 1 and (e.form == "ambiguous" or e.form == "alias" and i < k and m.j == j):
                    continue  # a given name ("Jordan", "Georgia") or a surname ("Roy Vincent Trinidad")
                if e.kind in ("organization", "agreement", "country"):
                    return True
    return False


def _untitled(state: State, chunk: Chunk) -> NameMention | None:
    d, cues, i, j = state.doc, state.cues, chunk.i, chunk.j
    if j - i < 2 or _names_something_else(state, i, j):
        return None
    words = _name_words(state, i, j)
    if not 2 <= len(words) <= 4 or not _all_valid(state, words):
        return None
    if words[-1].casefold() in cues.geo_heads:
        return None  # "Persian Gulf", "Black Sea": a place, not a person
    before = d.lower(i - 1)
    evidence = d.lower(j + 2 if chunk.possessive else j) in cues.speech_verbs or before in cues.speech_verbs
    evidence = evidence or (len(words) > 2 and any(len(w) == 2 and w.endswith(".") for w in words[1:-1]))
    evidence = evidence or words[-1] in state.gz.suffixes
    evidence = evidence or (d.word(j) == "," and appositive_role(state, j) is not None)
    # "The minister, Zed Seselja, said ...": a name set off by commas before a speech verb
    evidence = evidence or (before == "," and d.word(j) == "," and d.lower(j + 1) in cues.speech_verbs)
    mention = NameMention(i, j, words, chunk.sentence, evidence=evidence)
    lower_office(state, chunk, mention, before)
    return mention


def _parts(words: list[str], suffixes: frozenset[str]) -> tuple[str, list[str], str, str]:
    suffix = ""
    if len(words) > 1 and words[-1] in suffixes:
        suffix, words = words[-1], words[:-1]
    if len(words) == 1:
        return "", [], words[0], suffix
    return words[0], words[1:-1], words[-1], suffix


def _key(words: list[str], suffixes: frozenset[str]) -> frozenset[str]:
    """Given name and surname folded (the parts of _parts; one word is both), in any order."""
    if len(words) > 1 and words[-1] in suffixes:
        words = words[:-1]
    return frozenset({words[0].casefold(), words[-1].casefold()} - {""})


def find_persons(state: State) -> None:
    """Collect name mentions, group them into persons, and link surname-only uses."""
    d, gz, cues = state.doc, state.gz, state.cues
    titled: list[NameMention] = []
    plain: list[NameMention] = []
    consumed: set[int] = set()  # chunks already read as a name ("... and Dmitry Medvedev")
    match_at, blocked, person_tok = d.match_at, state.blocked, state.person_tok
    words, low, fold, starts, ends, sent, n = d.words, d.low, d.fold, d.starts, d.ends, d.sent, len(d)
    suffixes, stop, speech = gz.suffixes, cues.stop, cues.speech_verbs
    one_word: list[Chunk] = []
    for chunk in d.chunks:
        i, j = chunk.i, chunk.j
        m = match_at.get(i)
        if m is None:
            if j - i == 1:
                one_word.append(chunk)  # never a name by itself here (see _split); evidence below
                continue
        elif m.j == j:
            for e in m.entries:
                if e.kind in _PERSON_KINDS:
                    break
            else:
                continue  # the chunk is one country, organisation or agreement name: no person inside
        if blocked.find(1, i, j) >= 0 or person_tok.find(1, i, j) >= 0:
            # "WHO Director-General Tedros ...": an organisation name may lead the chunk
            k = i
            while k < j and (blocked[k] or person_tok[k]):
                k += 1
            if k == i or k >= j or not state.free(k, j):
                continue
            chunk = Chunk(k, chunk.j, d.starts[k], chunk.end, d.span_text(k, chunk.j), chunk.sentence, chunk.possessive)
        if chunk.i in consumed:
            continue
        found = _split(state, chunk) or _plural(state, chunk)
        if found:
            titled.extend(found)
            consumed.update([m.i for m in found])
            continue
        m = _untitled(state, chunk)
        if m is not None:
            plain.append(m)
    speakers = {q.speaker.strip() for q in state.quotes if q.speaker}
    sizes = [len(m.words) if suffixes.isdisjoint(m.words) else len([w for w in m.words if w not in suffixes]) for m in titled]
    full = [m for m, size in zip(titled, sizes, strict=True) if size >= 2]
    singles = [m for m, size in zip(titled, sizes, strict=True) if size == 1]
    # a surname used alone mid-sentence elsewhere ("Xi Jinping ... Xi told") is evidence too;
    # only the outer words of names still without evidence are worth looking for
    doubtful = [m for m in plain if not m.evidence and len(m.words) <= 3]
    asked = {w for m in doubtful for w in (m.words[0], m.words[-1])}
    hits = [c for c in one_word if words[c.i] in asked] if asked else []
    lone = {words[c.i] for c in hits if d.sent_first[sent[c.i]] != c.i and not blocked[c.i]}
    speaking = {words[c.i] for c in hits if d.lower(c.j + 2 if c.possessive else c.j) in speech}
    lone |= speaking
    for m in doubtful:
        if (m.words[-1] in lone and m.words[-1] not in stop) or (m.words[0] in speaking and m.words[0] not in stop):
            m.evidence = True  # "Xi Jinping ... Xi told reporters"
    unnamed: list[NameMention] = []  # plain names without evidence: only as a known name's other form
    for m in plain:
        (full if m.evidence or " ".join(m.words) in speakers else unnamed).append(m)
    # group full names (order-insensitive on given name + surname)
    groups: dict[frozenset[str], list[NameMention]] = {}
    for m in sorted(full, key=lambda x: x.i):
        groups.setdefault(_key(m.words, suffixes), []).append(m)
    for m in unnamed:
        if (key := _key(m.words, suffixes)) in groups:
            groups[key].append(m)
    persons = [_person(state, ms) for ms in groups.values()]
    # Japanese names may come surname first: words used alone elsewhere (titled or bare) tell which is which
    japanese = [p for p in persons if cues.jp_check and not p.middle and _is_japanese(p.given) and _is_japanese(p.surname)]
    single_words = {m.words[0].casefold() for m in singles} if japanese else set()
    for k in _positions(d, {w for p in japanese for w in (p.given.casefold(), p.surname.casefold())}):  # the words looked up
        prev_cap = k > 0 and words[k - 1][0].isupper() and starts[k] != ends[k - 1]
        next_cap = k + 1 < n and words[k + 1][0].isupper() and starts[k + 1] != ends[k]
        if not prev_cap and not next_cap:
            single_words.add(fold[k])
    for p in japanese:
        g, s = p.given.casefold(), p.surname.casefold()
        g_alone, s_alone = g in single_words and s not in single_words, s in single_words and g not in single_words
        if g_alone or (not s_alone and (g in cues.jp_surnames or s in cues.jp_given)):  # the given name is the surname
            p.given, p.surname = p.surname, p.given
    # surname-only mentions: titled ones, then bare words equal to a known surname
    by_surname: dict[str, list[PersonAcc]] = {}
    by_given: dict[str, list[PersonAcc]] = {}
    for p in persons:
        by_surname.setdefault(p.surname.casefold(), []).append(p)
        if p.given:
            by_given.setdefault(p.given.casefold(), []).append(p)
    for m in sorted(singles, key=lambda x: x.i):
        word = m.words[0].rstrip(".")
        cands = by_surname.get(word.casefold())
        if not cands and len(by_given.get(word.casefold(), ())) == 1 and by_given[word.casefold()][0].first < m.i:
            cands = by_given[word.casefold()]  # family name first: "Yoon Suk Yeol" ... "President Yoon"
        if cands:
            p = _pick(cands, m.i)
        else:
            p = PersonAcc("", [], word)
            persons.append(p)
            by_surname[word.casefold()] = [p]
        _attach(state, p, m)
    by_first: dict[str, list[PersonAcc]] = {}
    for p in persons:
        if p.given and not (p.middle and any(len(x) == 2 and x.endswith(".") for x in p.middle)):
            by_first.setdefault(p.given.casefold(), []).append(p)
        for x in p.middle:  # "Luiz Inácio Lula da Silva" ... "Lula said"
            if len(x) > 2 and x[0].isupper() and x.casefold() not in by_surname:
                by_first.setdefault(x.casefold(), []).append(p)
    taken = bytearray(state.person_tok)
    wanted = _positions(d, {*by_surname, *by_first})
    for k in wanted:
        if taken[k] or blocked[k]:
            continue
        cands = by_surname.get(fold[k])
        if not cands:
            # surname-first names ("Wang Yi" ... "Wang said"): the first word, with a speech verb
            firsts = by_first.get(fold[k])
            if not firsts or len(firsts) > 1 or (low[k + 1] if k + 1 < n else "") not in speech:
                continue
            cands = firsts
        prev_cap = k > 0 and words[k - 1][0].isupper() and starts[k] != ends[k - 1] and not taken[k - 1]
        next_cap = k + 1 < n and words[k + 1][0].isupper() and starts[k + 1] != ends[k] and sent[k + 1] == sent[k]
        if prev_cap and d.sent_first[sent[k - 1]] != k - 1 and words[k - 1] not in stop:
            continue
        if next_cap and not ((t := match_at.get(k + 1)) and t.first("title")):
            continue
        _attach(state, _pick(cands, k), NameMention(k, k + 1, [words[k]], sent[k]))
    state.persons = [p for p in persons if p.spans]


def _positions(d, keys: set[str]) -> list[int]:
    """Capitalised tokens whose folded form is one of keys, in order."""
    fold = d.fold
    return [k for k in d.caps if fold[k] in keys] if keys else []


def _pick(cands: list[PersonAcc], at: int) -> PersonAcc:
    """Of persons sharing a surname, the first introduced before this point (else the first)."""
    return cands[0] if len(cands) == 1 else min([p for p in cands if p.first <= at] or cands, key=lambda p: p.first)


def _attach(state: State, p: PersonAcc, m: NameMention) -> None:
    d, i, j = state.doc, m.i, m.j
    form = " ".join(m.words)
    if form not in p.forms:
        p.forms.append(form)
    p.spans.append(state.span(i, j))
    if i < p.first:
        p.first = i
    state.person_tok[i:j] = b"\x01" * (j - i)  # state.block in one step (0 <= i < j <= len(d))
    if m.title:
        state.person_tok[m.title_i : m.title_j] = b"\x01" * (m.title_j - m.title_i)
        p.roles.append([m.title, m.cue, m.sentence, m.title_i, j])
    after = d.words[j] if j < d.n else ""
    if after == "," or (after in APOSTROPHES and d.word(j + 1) == "s" and d.word(j + 2) == ","):
        role = appositive_role(state, j if after == "," else j + 2)
        if role is not None:
            p.roles.append([role[0], role[1], m.sentence, role[2], j])


def _person(state: State, ms: list[NameMention]) -> PersonAcc:
    """One person from the mentions of one full name (a Japanese name's order is settled later)."""
    gz = state.gz
    forms = [_parts(m.words, gz.suffixes) for m in ms]
    suffix = forms[0][3]
    # the display form: the shortest full form (no suffix), first seen on ties (min keeps the first)
    given, middle, surname, _ = forms[0] if len(forms) == 1 else min(forms, key=lambda f: len(f[1]))
    reversed_seen = len(forms) > 1 and len({(f[0].casefold(), f[2].casefold()) for f in forms}) > 1
    p = PersonAcc(given, list(middle), surname, suffix, reversed_seen=reversed_seen)
    for m in ms:
        _attach(state, p, m)
    p.first = ms[0].i
    return p


def person_forms(p: PersonAcc) -> list[str]:
    """Every form of a person: display name first, then the text's other forms."""
    return list(dict.fromkeys([p.display, *p.forms]))

