"""People: name mentions folded into persons. Full names group by given name and surname in
any order; a name without evidence counts only as another form of a known one, or when its
outer word is used alone elsewhere ("Xi Jinping ... Xi told"); Japanese names written surname
first are turned round when the text shows which word is the surname; a surname or given name
used alone later attaches to the person introduced before it (rule "name-again")."""

from __future__ import annotations

from itertools import compress
from operator import attrgetter

from store.extract.given_name import fold_misspelled
from store.extract.known_people import name_key as known_key
from store.extract.names import (
    NAME_CONNECTORS,
    is_japanese,
    known_as,
    name_key,
    name_parts,
    particle_free,
    patronymic_short,
)
from store.extract.offices import NameMention
from store.extract.place_runs import place_or_count
from store.extract.press_apposed import press_role
from store.extract.roles import appositive_role, relative_role
from store.extract.state import PersonAcc, RoleAcc, State
from store.extract.tokens import APOSTROPHES, Chunk
from store.records import Span

# Sort keys read in C, not through a Python lambda per item.
_I, _FIRST = attrgetter("i"), attrgetter("first")


def group_persons(state: State, titled: list[NameMention], plain: list[NameMention], one_word: list[Chunk]) -> None:
    """Group mentions into persons and link surname-only uses; sets ``state.persons``."""
    d, gz, cues = state.doc, state.gz, state.cues
    match_at, blocked = d.match_at, state.blocked
    words, low, fold, starts, ends, sent, n = d.words, d.low, d.fold, d.starts, d.ends, d.sent, len(d)
    suffixes, stop, speech = gz.suffixes, cues.stop, cues.speech_verbs
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
            if d.heading[m.sentence] and _headline_fragment(d, m):
                continue  # "Macron Clinches ... Deal": a title-cased headline's verb, not a name
            if place_or_count(d, m.i, m.j):
                continue  # "in the Salar de Atacama", "in Muslim Mindanao", "Six Scorpene submarines"
            m.evidence, m.rule = True, "used-alone-elsewhere"  # "Xi Jinping ... Xi told reporters"
    unnamed: list[NameMention] = []  # plain names without evidence: only as a known name's other form
    for m in plain:
        if not m.evidence and " ".join(m.words) in speakers:
            m.evidence, m.rule = True, "quote-speaker"
        (full if m.evidence else unnamed).append(m)
    # group full names (order-insensitive on given name + surname)
    groups: dict[frozenset[str], list[NameMention]] = {}
    for m in sorted(full, key=_I):
        groups.setdefault(name_key(m.words, suffixes), []).append(m)
    heading = d.heading
    for m in unnamed:
        if (key := name_key(m.words, suffixes)) in groups:
            groups[key].append(m)
        elif len(m.words) <= 3 and not heading[m.sentence]:
            # a name with no evidence here: a person only if the store knows it as one (resolve)
            state.candidates.append(state.span(m.i, m.j, "known-person"))
    _fold_prefixes(groups)
    _fold_first_dropped(groups)
    _fold_particle_openings(groups)
    _fold_spellings(groups)
    fold_misspelled(groups)  # "Ana Lima" ... "Ana Limma": one name misspelt
    persons = [_person(state, ms) for ms in groups.values()]
    # Japanese names may come surname first: words used alone elsewhere (titled or bare) tell which is which
    japanese = [p for p in persons if cues.jp_check and not p.middle and is_japanese(p.given) and is_japanese(p.surname)]
    single_words = {m.words[0].casefold() for m in singles} if japanese else set()
    for k in _positions(d, {w for p in japanese for w in (p.given.casefold(), p.surname.casefold())} if japanese else ()):
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
        bare = particle_free(p.surname)
        if bare != p.surname:  # "al-Burhan" ... "Burhan said"
            by_surname.setdefault(bare.casefold(), []).append(p)
        for nick in p.nicknames:  # "known as Hemedti" ... "Hemedti said"
            if " " not in nick:
                by_surname.setdefault(nick.casefold(), []).append(p)
        if p.given:
            by_given.setdefault(p.given.casefold(), []).append(p)
    for m in sorted(singles, key=_I):
        word = m.words[0].rstrip(".")
        cands = by_surname.get(word.casefold())
        if not cands and len(by_given.get(word.casefold(), ())) == 1 and by_given[word.casefold()][0].first < m.i:
            cands = by_given[word.casefold()]  # family name first: "Yoon Suk Yeol" ... "President Yoon"
        if cands:
            p = _pick(cands, m.i)
        else:
            regnal = m.words[-1] if len(m.words) > 1 and m.words[-1] in suffixes else ""
            p = PersonAcc("", [], word, regnal)  # "King Abdullah II": the number stays with the name
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
        _attach(state, _pick(cands, k), NameMention(k, k + 1, [words[k]], sent[k], rule="name-again"))
    state.persons = [p for p in persons if p.spans]


def _headline_fragment(d, m: NameMention) -> bool:
    """Rule headline_fragment: a name read only in a title-cased heading, whose words the body
    never writes together, is a fragment of the headline ("Macron Clinches"), not a person."""
    form = " ".join(m.words)
    at = d.starts[m.i]
    return d.text.find(form) == at and d.text.find(form, at + 1) < 0


def _positions(d, keys: set[str] | tuple[()]) -> list[int]:
    """Capitalised tokens whose folded form is one of keys, in order."""
    if not keys:
        return []
    caps = d.caps  # tested in C: most capitalised tokens are none of the keys
    return list(compress(caps, map(keys.__contains__, map(d.fold.__getitem__, caps))))


def _pick(cands: list[PersonAcc], at: int) -> PersonAcc:
    """Of persons sharing a surname, the first introduced before this point (else the first)."""
    return cands[0] if len(cands) == 1 else min([p for p in cands if p.first <= at] or cands, key=_FIRST)


def _attach(state: State, p: PersonAcc, m: NameMention) -> None:
    d, i, j = state.doc, m.i, m.j
    form = " ".join(m.words)
    if form not in p.forms:
        p.forms.append(form)
        if (short := patronymic_short(m.words)) is not None and short not in p.forms:
            p.forms.append(short)  # "A bin B bin C": also known as "A bin B"
    p.spans.append(Span(d.sent[i], d.starts[i], d.ends[j - 1], m.rule or "name-again"))  # state.span, inline
    if i < p.first:
        p.first = i
    state.person_tok[i:j] = b"\x01" * (j - i)  # state.block in one step (0 <= i < j <= len(d))
    if m.title:
        state.person_tok[m.title_i : m.title_j] = b"\x01" * (m.title_j - m.title_i)
        p.roles.append(RoleAcc(m.title, m.cue, m.sentence, m.title_i, j, m.rule, m.cue_rule if m.cue else ""))
    elif m.cue and m.rule in ("name-of-country", "counterpart", "country-possessive-name", "government-of-name"):  # "his Thai counterpart, A"
        p.roles.append(RoleAcc("", m.cue, m.sentence, i, j, m.rule, m.cue_rule))  # no office, a country
    after = d.words[j] if j < d.n else ""
    alias = known_as(state, j) if after in (",", "(") else None
    if alias is not None:
        ai, aj = alias
        nick = d.span_text(ai, aj)
        if nick not in p.forms:
            p.forms.append(nick)
            p.nicknames.append(nick)
        p.spans.append(state.span(ai, aj, "known-as-alias"))
        state.person_tok[ai:aj] = b"\x01" * (aj - ai)
    if after == "," or (after in APOSTROPHES and d.word(j + 1) == "s" and d.word(j + 2) == ","):
        role = appositive_role(state, j if after == "," else j + 2, m.title_i >= 0)
        if role is not None:
            title, aff, ti = role
            p.roles.append(RoleAcc(title, aff, m.sentence, ti, j, "office-after-name", "country-in-office" if aff else ""))
        elif after == "," and (role := relative_role(state, j)) is not None:
            title, aff, ti = role  # "Tran Van, who is general secretary of the ruling party"
            p.roles.append(RoleAcc(title, aff, m.sentence, ti, j, "who-is-office", "country-in-office" if aff else ""))
        elif after == "," and not m.title and (role := press_role(state, j)) is not None:
            title, aff, ti = role  # "A, a US-Russian journalist for Radio Asia,"
            p.roles.append(RoleAcc(title, aff, m.sentence, ti, j, "press-apposed", "demonym-before-press" if aff else ""))


def _fold_prefixes(groups: dict[frozenset[str], list[NameMention]]) -> None:
    """A name that is the first words of a longer one in the article is that person ("Nguyen
    Phu" after "Nguyen Phu Trong": a family name and a middle name, the given name left off)."""
    if len(groups) < 2 or len(frozenset().union(*groups)) == sum(map(len, groups)):
        return  # a longer name holding this one shares its first word, so their keys meet
    longest = {key: max((tuple(m.words) for m in ms), key=len) for key, ms in groups.items()}
    for key, words in list(longest.items()):
        if len(words) < 2:
            continue
        for other, longer in longest.items():
            if other != key and other in groups and len(longer) > len(words) and longer[: len(words)] == words:
                for m in groups[key]:
                    m.short = True
                groups[other].extend(groups.pop(key))
                break


def _fold_first_dropped(groups: dict[frozenset[str], list[NameMention]]) -> None:
    """Rule first_name_dropped: a name of two or more words that is a longer name of the article
    without its first one or two words is that person ("Irfaan Ali" after "Mohamed Irfaan Ali",
    "López Obrador" after "Andrés Manuel López Obrador": the given names left off, a double
    surname kept); the shorter form is an alias, never the display form."""
    if len(groups) < 2 or len(frozenset().union(*groups)) == sum(map(len, groups)):
        return  # no two names share a word: nothing to fold (the common case)
    longest = {key: max((tuple(m.words) for m in ms), key=len) for key, ms in groups.items()}
    for key, words in list(longest.items()):
        if len(words) < 2 or words[0].casefold() in NAME_CONNECTORS:
            continue
        for other, longer in longest.items():
            if other != key and other in groups and len(words) < len(longer) <= len(words) + 2 and longer[-len(words) :] == words:
                for m in groups[key]:
                    m.short = True
                groups[other].extend(groups.pop(key))
                break


def _fold_particle_openings(groups: dict[frozenset[str], list[NameMention]]) -> None:
    """Rule particle_surname_opening: a surname whose particle is capitalised because it opens
    a sentence ("Von der Leyen said", "De Mistura said") is the surname of a longer name the
    article gives ("Ursula von der Leyen"), not a person of its own."""
    if len(groups) < 2:
        return
    for key, ms in list(groups.items()):
        words = ms[0].words
        if len(words) < 2 or words[0].casefold() not in NAME_CONNECTORS or any(len(m.words) != len(words) for m in ms):
            continue  # the common case: no particle opens the name
        tail = [w.casefold() for w in words]
        for other, longer in groups.items():
            if other != key and any(len(m.words) > len(tail) and [w.casefold() for w in m.words[-len(tail):]] == tail for m in longer):
                for m in ms:
                    m.short = True  # never the display form
                longer.extend(groups.pop(key))
                break


def _fold_spellings(groups: dict[frozenset[str], list[NameMention]]) -> None:
    """Rule same_name_spelled_otherwise: one name written with and without a hyphen, accents or
    capitals ("Yoon Suk Yeol", "Yoon Suk-yeol") is one person, named as first written."""
    if len(groups) < 2:
        return
    seen: dict[str, frozenset[str]] = {}
    for key, ms in list(groups.items()):
        plain = known_key(" ".join(ms[0].words))
        first = seen.setdefault(plain, key)
        if first != key:
            groups[first].extend(groups.pop(key))


def _person(state: State, ms: list[NameMention]) -> PersonAcc:
    """One person from the mentions of one full name (a Japanese name's order is settled later)."""
    gz = state.gz
    if len(ms) == 1:  # a name written once: its parts as they stand
        m = ms[0]
        given, middle, surname, suffix = name_parts(m.words, gz.suffixes)
        p = PersonAcc(given, list(middle), surname, suffix)
        _attach(state, p, m)
        p.first = m.i
        return p
    forms = [name_parts(m.words, gz.suffixes) for m in ms]
    suffix = forms[0][3]
    # the display form: the shortest full form (no suffix), first seen on ties (min keeps the first)
    full = [f for f, m in zip(forms, ms, strict=True) if not m.short] or forms  # never a cut-off name
    given, middle, surname, _ = full[0] if len(full) == 1 else min(full, key=lambda f: len(f[1]))
    reversed_seen = len(forms) > 1 and len({(f[0].casefold(), f[2].casefold()) for f in forms}) > 1
    p = PersonAcc(given, list(middle), surname, suffix, reversed_seen=reversed_seen)
    for m in ms:
        _attach(state, p, m)
    p.first = ms[0].i
    return p


def person_forms(p: PersonAcc) -> list[str]:
    """Every form of a person: display name first, then the text's other forms."""
    return list(dict.fromkeys([p.display, *p.forms]))

