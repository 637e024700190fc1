"""What an organisation match or candidate is not, and where a known one's name goes on.

Each check is one rule of the organisation finder (organizations.py): a one-word name after a
given name is a surname ("Anna Maria Wagner"); an acronym in a shouted line is a word ("WHO
WILL PAY?"); a chunk credited with a handle may be a person ("Jane Doe (@janedoe)"); a generic
body after a possessive that names no one is no named body ("his country's Air Force"); and a
known organisation followed by capitalised words ending in a head word is a body of its own
("IMF Executive Board"); a minister's portfolio is no body ("Minister of State for Petroleum
Resources", "Minister for Lands and Natural Resources"); a body's name run on into its
holder's name or an aircraft's model ends at its head word ("Foreign Ministry Salim Harb",
"Royal Danish Air Force F-35s").
"""

from __future__ import annotations

from store.extract.country_body_cut import country_body_cut
from store.extract.names import NAME_CONNECTORS, all_valid, name_words
from store.extract.not_bodies import named_work, pair_meeting, spelled_office, suffix_of_phrase
from store.extract.state import State
from store.extract.tokens import HYPHEN_PARTICLES, Chunk, Match


def body_of_org(state: State, m: Match) -> int:
    """Where a body of a known organisation ends when one to three capitalised words ending in
    a head word follow its name ("IMF Executive Board", "United Nations Interim Force"); the
    name's own end when none do."""
    d = state.doc
    x = m.j
    while x < d.n and x - m.j < 4 and d.is_cap(x) and d.gap(x) == " " and d.sent[x] == d.sent[m.i]:
        if x in d.match_at:
            return m.j  # another name or a title ("NATO Secretary General")
        x += 1
    if x == m.j or x - m.j > 3 or d.lower(x - 1) not in state.gz.head_words:
        return m.j
    return x


def tail_of_name(state: State, m: Match) -> bool:
    """Rule known_name_tail: a known name that a longer capitalised name ends with is that
    name's tail ("Export-Import Bank of Korea", "Agricultural Bank of China" end with "Bank of
    Korea", "Bank of China"): the longer name is the body. "The", a word that opens no name
    ("With", "Yesterday"), an acronym ("CBN, ..."), another known word ("Yemeni", "Governor")
    or a headline's title case does not lengthen it."""
    d = state.doc
    k = m.i - 1
    if k < 0 or not d.reach[m.i] or not d.is_cap(k) or d.sent[k] != d.sent[m.i]:
        return False  # the common case: one look
    if d.low[m.i] not in state.gz.head_words:
        return False  # only a name opening with a body's word ("Bank of ..."): "Maoist Shining Path" is that group
    w = d.words[k]
    if k == d.sent_first[d.sent[k]]:
        return False  # a sentence's first word is capitalised anyway ("Once Congress approves ...")
    return not (w in ("The", "A", "An") or w in state.cues.stop or w.isupper() or k in d.match_at or d.heading[d.sent[k]])


def company_name_end(state: State, m: Match) -> int:
    """Rule known_company_full_name: where a known company's name written in full ends, when up
    to three capitalised words ending in a company suffix follow the known name ("Marubeni
    Corporation", "Norsk Atomics Global Corporation"): one firm, not a firm and a stray word;
    the name's own end when none do."""
    d, suffixes = state.doc, state.gz.company_suffixes
    x = m.j
    while x < d.n and x - m.j < 3 and d.is_cap(x) and d.gap(x) == " " and d.sent[x] == d.sent[m.i]:
        if d.words[x] in suffixes:
            return x + 1
        if x in d.match_at:
            return m.j  # another name follows ("Boeing Chief Executive ...")
        x += 1
    return m.j


def person_like(state: State, chunk: Chunk) -> bool:
    """Whether a chunk credited with a handle reads as a person's name ("Jane Doe (@janedoe)"),
    not an outlet's ("The Japan Times (@japantimes)"). The name may hold particles ("Karl von
    der Heide") and follow its holder's office ("Finance Minister Jane Doe (@janedoe)").
    (Rule: handle_person.)"""
    i = _after_office(state, chunk)
    words = name_words(state, i, chunk.j)
    core = [w for w in words if w not in NAME_CONNECTORS]
    if not (2 - (i > chunk.i)) <= len(core) <= 3 or words[-1].casefold() in state.gz.outlet_words:
        # a surname alone after its holder's office ("President Biden (@POTUS)"): a person (rule handle_titled_surname)
        return False
    return all_valid(state, words, titled=i > chunk.i)


def _after_office(state: State, chunk: Chunk) -> int:
    """Where a name starts after the office (and the body or country owning it) that opens the
    chunk ("Treasury Secretary", "European Commission President"); the chunk's start if none."""
    d = state.doc
    i, end = chunk.i, chunk.i
    while (m := d.match_at.get(i)) is not None and m.j < chunk.j:
        if m.first("title") is not None:
            end = m.j
        elif m.first("organization") is None and m.first("country") is None:
            break
        i = m.j
    return end


def known_org(state: State, form: str) -> str | None:
    """The canonical name of the gazetteer organisation a form names, if any."""
    for e in state.gz.lookup(form):
        if e.kind == "organization":
            return e.name
    return None


def acronym_org(state: State, spelled: str, acro: str) -> str | None:
    """The gazetteer organisation the acronym after a spelled-out name stands for, only when
    that name shares a word with the entry: "Kenya Ports Authority (KPA)" is not the Korean
    People's Army, "United Nations Interim Force (UNIFIL)" is UNIFIL. (Rule: acronym_spelled_otherwise.)"""
    name = known_org(state, acro)
    if name is None:
        return None
    known = state.gz.organizations.get(name)
    theirs = {w for form in (name, *(known.aliases if known else ())) if not form.isupper() for w in _long_words(form)}
    return name if theirs.intersection(_long_words(spelled)) else None


def _long_words(text: str) -> list[str]:
    return [w for w in text.casefold().replace("-", " ").split() if len(w) > 3]


def owner_unnamed(state: State, i: int) -> bool:
    """Whether a possessive that names no one comes right before token i ("its", "his
    country's")."""
    d = state.doc
    if d.lower(i - 1) in ("its", "his", "her", "their", "our"):
        return True
    return d.word(i - 1) == "s" and d.word(i - 2) in ("'", "\u2019") and d.word(i - 3).islower()


def surname_after_name(state: State, m: Match) -> bool:
    """"Therese Kayikwamba Wagner": a one-word organisation name ("Wagner") right after a
    capitalised word of the same run that names nothing is the last word of a person's name."""
    d, i = state.doc, m.i
    if i >= 3 and d.words[i - 1] == "-" and d.low[i - 2] in HYPHEN_PARTICLES and d.gap(i) == d.gap(i - 1) == "" and d.is_cap(i - 3):
        return True  # rule particle_surname: "Mohammed Ali al-Houthi": a surname with its article, not the group
    if i < 1 or m.text.isupper() or not d.is_cap(i - 1) or d.gap(i) != " " or d.sentence_start(i - 1):
        return False
    if d.sent[i - 1] != d.sent[i] or d.words[i - 1] in state.cues.stop:
        return False
    before = d.match_at.get(i - 1)
    return before is None and (i - 1) not in state.country_end and (i - 2 < 0 or d.match_at.get(i - 2) is None or d.match_at[i - 2].j != i)


def shouted(state: State, m: Match) -> bool:
    """"WHO ARE THE SIGNATORIES?": an acronym among other all-capitals words is a word of a
    shouted line, not the acronym."""
    if m.j - m.i != 1 or not m.text.isupper():
        return False
    d = state.doc
    for x in (m.i - 1, m.j):
        if 0 <= x < d.n and d.sent[x] == d.sent[m.i] and len(d.words[x]) >= 2 and d.words[x].isalpha() and d.words[x].isupper():
            if d.match_at.get(x) is None:
                return True
    return False


# Offices whose "of"/"for" names a government portfolio, not a body ("Minister for Energy").
_PORTFOLIO_HEADS = frozenset({"minister", "secretary", "commissioner", "state"})


def office_run(state: State, i: int, j: int) -> bool:
    """Whether a capitalised run names a minister's office, not a body: a minister, secretary
    or commissioner and its portfolio after "of"/"for" ("UAE Minister of Energy", "Mauritanian
    Minister of Petroleum"), the portfolio without "the" or a head word of its own."""
    d = state.doc
    for x in range(i + 1, j - 1):
        if d.low[x] in ("of", "for") and d.low[x - 1] in _PORTFOLIO_HEADS:
            if d.low[x - 1] == "minister" and x - 1 <= i + 1 + _country_words(state, i):
                return True  # rule minister_office_run: "French Minister for the Armed Forces": a minister's office
            return portfolio(state, i, x + 1, j)
    return False


def _country_words(state: State, i: int) -> int:
    """How many tokens a country's name or demonym opening a run at token i takes (0 if none)."""
    c = state.country_start.get(i)
    return c.j - c.i if c is not None else 0


def portfolio(state: State, i: int, start: int, j: int) -> bool:
    """Whether the words after an office's "of"/"for" are its portfolio: the office is a
    minister's or commissioner's, and the rest has no "the" and no institution head word
    ("Minister of Petroleum Resources"; not "Secretary of the Navy")."""
    d = state.doc
    k = start - 1
    if d.low[k] not in ("of", "for") or d.low[k - 1] not in _PORTFOLIO_HEADS:
        return False
    return d.low[start] != "the" and d.low[j - 1] not in state.gz.head_words


def portfolio_goes_on(state: State, i: int, j: int) -> bool:
    """Whether the run at [i, j) ends a portfolio begun before "and" ("Minister for Lands and
    Natural Resources") or stands in a list of them, between a comma and "and" or another comma
    ("Minister for Energy, Water Resources and Irrigation"): capitalised words back to a
    minister's "of"/"for" (eight tokens at most)."""
    d = state.doc
    if d.lower(j) == "and" and _fronted_portfolio(state, j + 1):
        return True  # rule fronted_portfolio: "Natural Resources and Environment Minister A"
    if i < 3 or d.low[j - 1] in state.gz.head_words:
        return False
    if d.low[i - 1] != "and" and (d.low[i - 1] != "," or d.lower(j) not in ("and", ",")):
        return False
    for x in range(i - 2, max(0, i - 10), -1):
        if d.low[x] in ("of", "for"):
            return d.low[x - 1] in _PORTFOLIO_HEADS
        if not d.is_cap(x) or d.sent[x] != d.sent[i]:
            return False
    return False


def _fronted_portfolio(state: State, x: int) -> bool:
    """Whether one to three capitalised words from token x close with a minister's head: the
    run before "and" is then the first portfolio of an office written before its holder."""
    d = state.doc
    y = x
    while y < min(d.n, x + 3) and d.is_cap(y) and d.low[y] not in _PORTFOLIO_HEADS:
        y += 1
    return y > x and d.lower(y) in _PORTFOLIO_HEADS and d.is_cap(y)


# Last words of a building's name ("Ship House", "Finance Building", "Treasury Towers").
BUILDING_WORDS = frozenset("house building tower towers complex annex auditorium".split())


def building_of_body(state: State, i: int, j: int) -> bool:
    """Rule building_of_body: a body's full name ("Ministry of Defence") run on into the name
    of its building ("... Ship House", "... Finance Building"): the run names a place, not an
    actor (``building_cut`` keeps the body when the text or the gazetteer names it alone)."""
    d = state.doc
    if j - i < 4 or d.low[j - 1] not in BUILDING_WORDS or not d.is_cap(j - 1):
        return False
    heads = state.gz.head_words
    return any(d.low[x] in heads and d.low[x + 1] in ("of", "for") for x in range(i, j - 3))


def building_cut(state: State, chunk: Chunk) -> Chunk:
    """The body's name in a body's building ("the Ministry of Defence Ship House" -> "Ministry
    of Defence") when that name is the gazetteer's or stands elsewhere in the text, longest
    first; else the chunk (which ``building_of_body`` then drops)."""
    d = state.doc
    i, j = chunk.i, chunk.j
    if not building_of_body(state, i, j):
        return chunk
    for cut in range(j - 1, i + 2, -1):
        if not d.is_cap(cut - 1) or d.low[cut - 1] in ("of", "for", "and"):
            continue
        name = d.span_text(i, cut)
        if d.text.count(name) >= 2 or any(e.kind == "organization" for e in state.gz.lookup(name)):
            return Chunk(i, cut, chunk.start, d.ends[cut - 1], name, chunk.sentence, False)
    return chunk


def no_body_named(state: State, i: int, j: int) -> bool:
    """Whether a capitalised run with a body's head word names no body: a minister's office
    or portfolio ("Minister of State for Petroleum Resources"), a body's building, an office
    its bracketed acronym spells whole, a two states' meeting, a work or an "X of Y" phrase."""
    return office_run(state, i, j) or portfolio_goes_on(state, i, j) or building_of_body(state, i, j) or spelled_office(state, i, j) or pair_meeting(state, i, j) or named_work(state, i, j) or (suffix_of_phrase(state, i, j) and after_office(state, i, j) == i)


def and_continued(state: State, chunk: Chunk) -> Chunk:
    """A body's name "<head> of/for X and Y" that the capitalised run broke at "and" ("Ministry
    of Mines and Energy", "Department of Foreign Affairs and Trade", "Agency for Accounting and
    Control of Nuclear Materials (ABACC)"): the chunk with its second part, when that part is
    one to five capitalised words naming nothing else (no country, no known name, no head word
    of its own); else the chunk itself."""
    d = state.doc
    j = chunk.j
    if j + 1 >= d.n or d.low[j] not in ("and", "&") or d.sent[j + 1] != chunk.sentence:
        return chunk
    low = d.low
    words = low[chunk.i + 1 : j]
    if "of" not in words and "for" not in words:
        return chunk  # "Ministry of ...": only a body with a portfolio runs on over "and"
    nxt = d.chunk_at.get(j + 1)
    if nxt is None or nxt.j - nxt.i > 5 or nxt.possessive:
        return chunk
    if state.gz.head_words.isdisjoint(low[chunk.i : j]):
        return chunk
    if low[nxt.j - 1] in state.gz.head_words or any(x in d.match_at for x in range(nxt.i, nxt.j)):
        return chunk  # "... and Ghana Health Service", "... and Foreign Minister A": another name
    text = d.span_text(chunk.i, nxt.j)
    return Chunk(chunk.i, nxt.j, chunk.start, nxt.end, text, chunk.sentence, False)


def ampersand_continued(state: State, chunk: Chunk) -> Chunk:
    """Rule ampersand_company: a firm's name joined by "&" that the capitalised run broke there
    ("China Petroleum & Chemical Corporation"): the chunk with the run after the "&" when that
    run is one to four words ending in a company suffix or a head word; else the chunk itself."""
    d = state.doc
    j = chunk.j
    if j + 1 >= d.n or d.words[j] != "&" or d.sent[j + 1] != chunk.sentence:
        return chunk
    nxt = d.chunk_at.get(j + 1)
    if nxt is None or nxt.j - nxt.i > 4 or nxt.possessive:
        return chunk
    last = d.words[nxt.j - 1]
    if last not in state.gz.company_suffixes and last.casefold() not in state.gz.head_words:
        return and_continued(state, chunk)  # "Ministry of Commerce & Industry"; "Johnson & Johnson": no suffix says one firm
    return Chunk(chunk.i, nxt.j, chunk.start, nxt.end, d.span_text(chunk.i, nxt.j), chunk.sentence, False)


def after_office(state: State, i: int, j: int) -> int:
    """Where the body starts in a run that opens with an office title and "of"/"for" ("Chief
    Executive Officer of the X Company"); ``i`` when the run does not open with an office."""
    d = state.doc
    for n in (4, 3, 2, 1):
        k = i + n
        if k + 1 < j and d.low[k] in ("of", "for") and any(e.kind == "title" for e in state.gz.lookup(d.span_text(i, k))):
            return k + 1 + (d.low[k + 1] == "the" and k + 2 < j)
    if d.words[i] == "Secretary" and i + 3 < j and d.low[i + 1] == "of" and d.low[i + 2] == "the" and (d.low[j - 1] in _MINISTRY or d.low[i + 3] in _MINISTRY):
        return i + 3  # rule secretary_of_ministry: "Secretary of the Power Ministry": a ministry's top official
    return i


_MINISTRY = frozenset({"ministry", "department"})


# Bodies whose name goes on with "on" and a subject ("Cabinet Committee on Security", "Commission
# on Human Rights"); not conferences, forums or dialogues, which are as often events.
ON_HEADS = frozenset({"committee", "commission", "council", "court", "tribunal", "board"})

# Prefixes of a ship's name ("carrier INS Vikrant", "the frigate HMS Kent"): a ship, not a body.
SHIP_PREFIXES = frozenset("INS USS HMS HMAS HMNZS HMCS BRP KRI RSS JS ROKS PNS TCG FS ARA BAP".split())



def trailer_cut(state: State, chunk: Chunk) -> Chunk:
    """Rule body_before_trailer: a capitalised run whose body name ends at a head word and goes
    on with a person's name ("at the Foreign Ministry Salim Harb said") or with a model
    designation ("Royal Danish Air Force F-35s", "Border Guard Mi-8"): the body alone; else the
    chunk itself."""
    d = state.doc
    i, j = chunk.i, chunk.j
    heads = state.gz.head_words
    if d.low[j - 1] in BUILDING_WORDS and (cut := building_cut(state, chunk)) is not chunk:
        return cut
    if (body := country_body_cut(state, chunk)) is not None:
        return body  # "Central Bank of Kenya Governor A B": the body ends with its country
    if j + 1 < d.n and d.words[j] == "-" and d.words[j + 1][:1].isdigit() and d.gap(j) == d.gap(j + 1) == "":
        cut = j - 1  # "F-35s": the capitalised run ended on the model's letters
    else:
        low = d.low
        cut = i
        for h in range(j - 3, i, -1):
            if low[h] in heads:
                cut = h + 1 if d.is_cap(h) else i
                break
        if cut == i or any(x in d.match_at for x in range(cut, j)):
            return chunk
        if any(m.j > cut for x in range(i, cut) if (m := d.match_at.get(x)) is not None):
            return chunk  # "Transport Cabinet Secretary A": a title runs over the head word
        words = name_words(state, cut, j)
        if not 2 <= len(words) <= 3 or not all_valid(state, words):
            return chunk  # "Foreign Ministry Spokesman": an office, no name
    if cut - i < 2 or d.low[cut - 1] not in heads:
        return chunk
    return Chunk(i, cut, chunk.start, d.ends[cut - 1], d.span_text(i, cut), chunk.sentence, False)


def foreign_namesake(state: State, m: Match, name: str) -> bool:
    """Whether a one-word form of a country's own body ("Congress" for the U.S. Congress) is
    read right after another country's name or demonym, so it names that country's body or
    party ("Nepali Congress", "Peruvian Congress"), not the gazetteer's. (Rule: foreign_namesake.)"""
    if m.text.casefold() not in state.gz.head_words:
        return False
    c = next((c for x in range(m.i - 1, max(-1, m.i - 4), -1) if (c := state.country_start.get(x)) and c.j == m.i), None)
    if c is None:
        return False
    owner = next((e.name for e in state.gz.lookup(name.split()[0]) if e.kind == "country"), None)
    return owner is not None and owner != c.name


def ampersand_firm(state: State, m: Match) -> bool:
    """Rule known_firm_ampersand: a known company's name that opens a longer name joined by "&"
    ("KEPCO Engineering & Construction", a subsidiary) is part of that firm's name, not the
    company itself; the longer name is left to the patterns."""
    d = state.doc
    x = m.j
    while x < d.n and x - m.j < 3 and d.is_cap(x) and d.gap(x) == " " and x not in d.match_at:
        x += 1
    if x == m.j or x + 1 >= d.n or d.words[x] != "&" or d.sent[x + 1] != d.sent[m.i]:
        return False
    nxt = d.chunk_at.get(x + 1)
    return nxt is not None and nxt.j - nxt.i <= 4 and (d.words[nxt.j - 1] in state.gz.company_suffixes or d.low[nxt.j - 1] in state.gz.head_words)

