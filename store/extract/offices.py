"""Offices written in lower case around a name, and who owns them.

"Philippine Coast Guard spokesperson Jay Tarriela", "Opposition leader A" (one capitalised
word owns the office), "his Russian counterpart B" (the office named earlier in the sentence,
for the demonym's country), "their foreign ministers, A and B" (each holds it in the singular);
seats of government such as the Kremlin stand for their country (``cues.json``).
"""

from __future__ import annotations

from dataclasses import dataclass

from store.extract.envoy_demonym import envoy_office_start
from store.extract.listed_offices import listed_of_country
from store.extract.lower_portfolio import lower_portfolio_start
from store.extract.office_forms import PORTFOLIO_WORDS
from store.extract.office_qualifiers import lower_qualified
from store.extract.office_regions import region_before_office
from store.extract.paired_offices import plural_of_countries
from store.extract.roles import country_in
from store.extract.state import State
from store.extract.tokens import APOSTROPHES, Chunk


@dataclass(slots=True)
class NameMention:
    """One written name (tokens [i, j)) with the office and country cue read around it."""

    i: int  # name tokens [i, j)
    j: int
    words: list[str]
    sentence: int
    title: str | None = None
    title_i: int = -1
    title_j: int = -1
    cue: str | None = None  # country named right before the title
    evidence: bool = False
    rule: str = ""  # the rule that found the name (and read its office)
    cue_rule: str = "country-before-office"  # the rule that found ``cue``
    short: bool = False  # the first words of a longer name of the same person ("Nguyen Phu")


def lower_office(state: State, chunk: Chunk, mention: NameMention, before: str) -> None:
    """Give a plain name the office written in lower case around it, if any."""
    d = state.doc
    of_list: int | None = None
    if before in LOWER_OFFICES and chunk.i >= 1 and d.words[chunk.i - 1].islower():
        # "Philippine Coast Guard spokesperson Jay Tarriela", "foreign ministry spokesperson Mao Ning"
        mention.evidence = True
        ti = chunk.i - 1
        if ti >= 4 and d.words[ti - 1] == d.words[ti - 3] == "-" and d.low[ti - 2] == "in" and d.words[ti - 4].islower():
            ti -= 4  # rule hyphened_office: "commander-in-chief General A B"
        elif ti >= 2 and d.words[ti - 1] == "-" and d.low[ti - 2] in _HYPHEN_FIRSTS and d.words[ti - 2].islower():
            ti -= 2  # "secretary-general A B", "director-general A B", "vice-president A B"
        while ti >= 1 and chunk.i - ti <= 3 and d.lower(ti - 1) in OFFICE_WORDS and d.words[ti - 1].islower():
            ti -= 1  # "trade chief", "deputy prime minister", "foreign affairs minister"
        if ti >= 2 and d.low[ti - 1] == "and" and d.low[ti - 2] in LOWER_OFFICES and d.words[ti - 2].islower():
            ti -= 2  # rule joined_lower_offices: "chairman and chief executive A": one holder of both
        ti = body_office_start(state, ti, chunk.i)  # "IMF mission chief", "UN human rights chief"
        ti = region_before_office(state, ti)  # "Middle East envoy"
        if ti >= 1 and d.is_cap(ti - 1) and d.reach[ti] and not state.blocked[ti - 1] and d.lower(ti - 1) not in _DETS_ALL and _bare_word(state, ti - 1):
            ti -= 1  # "Opposition leader", "Kremlin spokesman": one capitalised word owns the office
            if ti >= 2 and d.words[ti - 1] == "-" and d.ends[ti - 2] == d.starts[ti - 1] == d.ends[ti - 1] - 1 == d.starts[ti] - 1 and d.is_cap(ti - 2):
                ti -= 2  # "Indo-Pacific coordinator": the whole compound
        ti = org_starting_title(state, ti)  # "Foreign Ministry spokesman", "White House ... coordinator"
        ti = seat_before(state, ti)  # "Kremlin spokesman", "White House spokesman"
        ti = envoy_office_start(state, ti, before)  # "German ambassador": the sending state's
        qi, title = lower_qualified(state, ti, d.span_text(ti, chunk.i))  # rule office_qualifier: "former prime minister"
        mention.title, mention.title_i, mention.title_j = title, qi, chunk.i
        mention.cue, mention.cue_rule = owner_country(state, chunk.i - 1), "owner-before-office"
        mention.rule = "lower-office-before-name"
    elif before.isalpha() and (ps := lower_portfolio_start(state, chunk.i)) is not None:
        # "Iran's minister of roads and urban development A B" (rule lower_portfolio_before_name)
        mention.evidence, mention.rule = True, "lower-portfolio-before-name"
        mention.title, mention.title_i, mention.title_j = d.span_text(ps, chunk.i), ps, chunk.i
        mention.cue, mention.cue_rule = owner_country(state, ps), "owner-before-office"
    elif before in _COUNTERPART or (before == "," and d.lower(chunk.i - 2) in _COUNTERPART):
        # "US President A and his Russian counterpart B": B holds the same office, for Russia
        mention.evidence, mention.rule = True, "counterpart"
        office = _office_before(state, chunk.i - 1)
        if office is not None:
            mention.title, mention.title_i, mention.title_j = office, chunk.i - 1, chunk.i
        # the demonym names the counterpart's country even where no office was read before it
        mention.cue, mention.cue_rule = owner_country(state, chunk.i - 1 - (before == ",")), "owner-before-office"
    elif before == "," and (posted := _posted_to(state, chunk.i - 1)) is not None:
        # "Canada's ambassador to Mexico, Cameron MacKay,": the office runs to the host country
        mention.evidence, mention.rule = True, "envoy-to-country-comma-name"
        mention.title, mention.title_i, mention.title_j = d.span_text(posted, chunk.i - 1), posted, chunk.i - 1
        mention.cue, mention.cue_rule = owner_country(state, posted), "owner-before-office"
    elif before == "," and (served := _office_serving(state, chunk.i - 1)) is not None:
        # "The IMF mission chief for Ghana, Stephane Roudet,": the office runs to the country it serves
        mention.evidence, mention.rule = True, "office-for-country-comma-name"
        mention.title, mention.title_i, mention.title_j = d.span_text(served, chunk.i - 1), served, chunk.i - 1
        mention.cue, mention.cue_rule = owner_country(state, served), "owner-before-office"
    elif before == "," and d.lower(chunk.i - 2) in LOWER_OFFICES and (
        d.words[chunk.i - 2].islower() or (d.lower(chunk.i - 3) in OFFICE_WORDS and d.words[chunk.i - 3].islower())
    ):
        # "Australia's minister, Zed Seselja, said": the office set off before the name
        k = chunk.i - 2
        ti = k
        while ti >= 1 and k - ti < 3 and d.lower(ti - 1) in OFFICE_WORDS and d.words[ti - 1].islower():
            ti -= 1
        owner = owner_country(state, k)
        # (rule principal_aide_comma_name: "sent his chief foreign policy adviser, A,": the aide of the one "his" names)
        if owner is not None or possessive_org(state, ti) is not None or _body_right_before(state, ti) or d.lower(ti - 1) in ("his", "her"):
            mention.evidence, mention.rule = True, "office-comma-name"
            mention.title, mention.title_i, mention.title_j = d.span_text(ti, k + 1), ti, k + 1
            mention.cue, mention.cue_rule = owner, "owner-before-office"
    elif (
        chunk.i in state.cache.get("listed", ())
        or before == "," and (d.lower(chunk.i - 2) in PLURAL_OFFICES or (of_list := plural_of_countries(state, chunk.i - 1)) is not None)
        or (before in PLURAL_OFFICES and _plural_head(state, chunk.i - 1) and (d.lower(chunk.j) == "and" or listed_of_country(state, chunk)))
    ):
        # "their foreign ministers, A and B", "foreign ministers A and B": each holds the office in the singular
        # (also "the prime ministers of Japan and India, A and B": rule plural_office_of_countries)
        listed = state.cache.get("listed", {})
        k = listed[chunk.i] if chunk.i in listed else (chunk.i - 2 if of_list is None else of_list) if before == "," else chunk.i - 1  # type: ignore[index]
        ti = k - 1 if _plural_head(state, k - 1) and d.lower(k - 1) not in _NOT_QUALIFIERS else k
        mention.evidence, mention.rule = True, "plural-office-list"
        mention.title, mention.title_i, mention.title_j = d.span_text(ti, k + 1)[:-1], ti, k + 1
        c = state.country_end.get(ti)
        if c is not None and d.lower(c.i - 1) not in ("and", ",", "&"):
            mention.cue, mention.cue_rule = c.name, "owner-before-office"  # "Russian opposition politicians A and B": all Russia's
        if d.lower(chunk.j) == "and" or d.word(chunk.j) == "," and listed_of_country(state, chunk):
            # (rule listed_of_country: "ministers A of Peru, B of Chile and C of Bolivia": the list goes on)
            state.cache.setdefault("listed", {})[chunk.j + 1 + (d.lower(chunk.j + 1) == "and")] = k  # type: ignore[index]
    if mention.title is None and before == "," and mention.words[-1].casefold() not in PORTFOLIO_WORDS and (span := set_off_office(state, chunk.i - 1)) is not None:
        # "the national director of naval planning, Rear Admiral A B": the office set off before the name
        # (not "Minister of Production, Foreign Trade, ...": a portfolio goes on, rule portfolio_not_name)
        mention.evidence, mention.rule = True, "office-phrase-comma-name"
        mention.title, mention.title_i, mention.title_j = d.span_text(*span), span[0], span[1]
        mention.cue, mention.cue_rule = owner_country(state, span[0]), "owner-before-office"



_NOT_OFFICE_WORDS = frozenset("the a an and or of for to in on at with has have had is was will would its their his her names appoints sends sent".split())


def _office_serving(state: State, comma: int) -> int | None:
    """Rule office_for_country: where a lower-case office ending in "for <Country>" right before
    the comma at token ``comma`` starts ("IMF mission chief for Ghana,"), else None."""
    d = state.doc
    c = state.country_end.get(comma)
    k = c.i - 2 if c is not None and d.lower(c.i - 1) == "for" else -1
    if k < 0 or d.low[k] not in LOWER_OFFICES or not d.words[k].islower():
        return None
    ti = k
    while ti >= 1 and k - ti < 3 and d.lower(ti - 1) in OFFICE_WORDS and d.words[ti - 1].islower():
        ti -= 1
    return org_starting_title(state, body_office_start(state, ti, k + 1))


def body_office_start(state: State, ti: int, name_i: int) -> int:
    """Where a lower-case office starts when one or two other lower-case nouns stand between
    an organisation's name and it: they are part of the office ("IMF mission chief", "World
    Bank country director"); ``ti`` when no organisation ends there."""
    d = state.doc
    cues = state.cues
    for x in range(ti - 1, max(0, ti - 3) - 1, -1):
        w = d.words[x]
        if not (w.isalpha() and w.islower()) or w in _NOT_OFFICE_WORDS or w.endswith("ed") or w in cues.speech_verbs or w in cues.acting_verbs:
            return ti
        if x in state.org_end and name_i - x <= 4:
            return x
    return ti


def org_starting_title(state: State, ti: int) -> int:
    """Where an office starts when an organisation's name ends right before it: the body is
    part of the office ("Foreign Ministry spokesman", "Kremlin spokesman"), also with its
    acronym in brackets between them ("Department of Energy (DOE) spokesperson": rule
    body_acronym_office)."""
    words = state.doc.words
    if ti >= 4 and words[ti - 1] == ")" and words[ti - 3] == "(" and (ti - 3) in state.org_end:
        ti -= 3
    if ti not in state.org_end:
        return ti
    first = state.doc.sent_first[state.doc.sent[ti]]
    for x in range(ti - 1, max(first, ti - 8) - 1, -1):
        org = state.org_start.get(x)
        if org is not None and org.j == ti:
            return x
    return ti


def _body_right_before(state: State, ti: int) -> bool:
    """Whether an organisation's name, with its acronym in parentheses or not, ends right before
    token ``ti`` ("The Andean Community (CAN) secretary general, A B,")."""
    words = state.doc.words
    if ti in state.org_end:
        return True
    return ti >= 4 and words[ti - 1] == ")" and words[ti - 3] == "(" and (ti - 3) in state.org_end


def possessive_org(state: State, ti: int) -> str | None:
    """The organisation whose possessive comes right before token ``ti`` ("the EU's")."""
    words = state.doc.words
    if ti >= 3 and words[ti - 1] == "s" and words[ti - 2] in ("'", "\u2019"):
        return state.org_end.get(ti - 2)
    return None


_POSTED = frozenset({"ambassador", "envoy", "consul", "high commissioner"})


def _posted_to(state: State, comma: int) -> int | None:
    """Where an envoy's office starts when it ends in "to <country>" right before the comma at
    ``comma`` ("ambassador to Mexico", "envoy to the United States"); None otherwise."""
    d = state.doc
    c = state.country_end.get(comma)
    if c is None or c.i < 2:
        return None
    x = c.i - 1 - (d.lower(c.i - 1) == "the")
    if x < 1 or d.lower(x) != "to" or d.sent[x - 1] != d.sent[comma]:
        return None
    if d.lower(x - 1) in _POSTED:
        return x - 1
    return x - 2 if x >= 2 and d.lower(x - 2) + " " + d.lower(x - 1) in _POSTED else None


def _office_before(state: State, k: int) -> str | None:
    """The last office title named before token k in its sentence (at most 40 tokens back)."""
    d = state.doc
    first = d.sent_first[d.sent[k]]
    for x in range(k - 1, max(first, k - 40) - 1, -1):
        m = d.match_at.get(x)
        if m is not None and m.j <= k and m.first("title") is not None:
            return m.text
    return None


def _bare_word(state: State, k: int) -> bool:
    """A capitalised word that is no part of a gazetteer match or a longer capitalised run."""
    d = state.doc
    m = d.match_at.get(k)
    if m is not None and not all(e.kind == "title" for e in m.entries):
        return False  # a country, organisation or agreement word; a title word ("Opposition Leader") is fine
    return k + 1 not in state.country_end and not (k >= 1 and d.is_cap(k - 1) and d.reach[k])


_COUNTERPART = frozenset({"counterpart", "counterparts"})
PLURAL_OFFICES = frozenset(
    "ministers leaders envoys negotiators ambassadors commanders politicians journalists activists lawmakers"
    " presidents premiers chancellors".split()
)
_DETS = frozenset({"the", "their", "its", "his", "her", "two", "both"})
# Words before a plural office that are no part of it ("signed by presidents A and B", "then-presidents").
_NOT_QUALIFIERS = _DETS | {"a", "an", "and", "or", "of", "for", "to", "in", "on", "at", "with", "by", "then", "as", "from"}


def _plural_head(state: State, k: int) -> bool:
    """Whether token ``k`` is a word in lower case, or one a sentence opens with ("Foreign
    ministers A and B"): a plural office or its qualifier as prose writes them."""
    d = state.doc
    w = d.words[k] if 0 <= k < d.n else ""
    return w.isalpha() and (w.islower() or d.sent_first[d.sent[k]] == k and w[1:].islower())
_DETS_ALL = _DETS | {"a", "an", "this", "that", "our", "your"}
GOVERNMENT_BODY = frozenset({"ministry", "department", "office", "cabinet", "government"})
"""Words that make a body part of a country's government, not an owner of offices itself."""


LOWER_OFFICES = frozenset(
    "spokesperson spokesman spokeswoman envoy ambassador commander chief negotiator leader "
    "minister secretary commissioner representative president premier chancellor adviser "
    "advisor director governor chairman chairwoman chairperson coordinator general politician official reporter "
    "correspondent lawmaker legislator diplomat analyst economist activist executive mediator facilitator "
    "emir king queen prince journalist businessman businesswoman tycoon lawyer dissident dealer chair founder commandant "
    "dictator strongman warlord billionaire campaigner researcher".split()
)
# Lower-case words that belong to the office before its head word ("trade minister").
OFFICE_WORDS = frozenset(
    "foreign defence defense trade finance economy economic energy interior home prime deputy "
    "vice chief top commerce industry health agriculture environment climate security national "
    "state justice labour labor transport education affairs development digital army navy "
    "military intelligence cabinet treasury europe european secretary attorney ministry acting interim "
    "caretaker opposition special executive director crown presidential oil petroleum mining mines press "
    "assistant principal paramilitary militia rebel arms inspector auditor comptroller solicitor policy "
    "government party peace panel parliamentary provincial regional managing general".split()
)
# First halves of a hyphened office in lower case ("secretary-general", "vice-president").
_HYPHEN_FIRSTS = frozenset({"secretary", "director", "vice", "attorney", "governor", "commander", "editor"})


def owner_country(state: State, k: int) -> str | None:
    """The country owning a lower-case office: a demonym or country in the words before it
    ("Philippine Coast Guard spokesperson", "Chinese foreign ministry spokesperson")."""
    d = state.doc
    first = d.sent_first[d.sent[k]]
    for x in range(k - 1, max(first, k - 8) - 1, -1):
        c = state.country_start.get(x)
        if c is not None:
            return c.name
        if d.words[x] == "," and x not in state.country_end:
            return None  # "X signed an accord, ministry spokesman A": a clause ends; "In Beijing, ..." goes on
        org = state.org_start.get(x)
        if org is not None:
            found = country_in(state, org.i, org.j) or seat_country(state, org.name)
            before = state.country_end.get(org.i)  # "U.S." + "National Security Council"
            if found or before is not None:
                return found or before.name  # type: ignore[union-attr]
            if GOVERNMENT_BODY.isdisjoint(org.name.casefold().split()):
                return None  # "EU trade chief": the body itself owns the office
            continue  # "In Beijing, Foreign Ministry spokesman": a ministry is a country's
        if state.person_tok[x]:
            return None  # never the country of the person named before
        m = d.match_at.get(x)
        e = m.first("organization") if m is not None else None
        if e is not None and seat_country(state, e.name):
            return seat_country(state, e.name)  # "Kremlin spokesman"
    return None


def seat_before(state: State, ti: int) -> int:
    """Rule seat_in_office: a seat of government written right before a lower-case office is
    part of it ("Kremlin spokesman", "White House spokesman"), as the office is known; where
    the office then starts (``ti`` when no seat is there)."""
    d = state.doc
    for x in range(ti - 1, max(-1, ti - 3), -1):
        m = d.match_at.get(x)
        if m is not None and m.j == ti:
            e = m.first("organization")
            return x if e is not None and seat_country(state, e.name) else ti
    return ti


def seat_country(state: State, name: str) -> str | None:
    """The country a seat of government stands for ("Kremlin" -> Russia), from cues.json."""
    code = state.cues.seats.get(name)
    country = state.gz.by_code.get(code) if code else None
    return country.name if country else None


# Where a set-off office ends before a place or an occasion ("the attaché in Oslo", "negotiator at the talks").
_OFFICE_TAILS = frozenset({"in", "at", "on", "during"})
_OWNERS = frozenset({"the", "his", "her", "its", "their"})
_SET_OFF_HEADS = LOWER_OFFICES | {"attaché", "attache", "aide", "head"}


def set_off_office(state: State, comma: int) -> tuple[int, int] | None:
    """Rule office_phrase_comma_name: the tokens of an office written out between "the" (or a
    possessive) and the comma before a name: "the regional director of naval planning,", "the
    Director of the Baltic Grid Secretariat,", "Frelimo's chief negotiator at the talks," (the
    office ends before a place or an occasion); None when the words are no office."""
    d = state.doc
    low, words = d.low, d.words
    first = d.sent_first[d.sent[comma]]
    for x in range(comma - 1, max(first, comma - 12) - 1, -1):
        w = words[x]
        if w in (",", ";", "(", ")", '"', "“", "”") or low[x] in ("and", "or"):
            return None
        if low[x] in _OWNERS or (w == "s" and x >= 1 and words[x - 1] in APOSTROPHES) or (w in APOSTROPHES and words[x - 1].endswith("s")):
            span = _office_from(state, x + 1, comma)
            if span is not None:
                return span
    return None


def _office_from(state: State, b: int, comma: int) -> tuple[int, int] | None:
    """The office starting at token ``b`` and ending at the comma or before a place, if the words are one."""
    d = state.doc
    low, words = d.low, d.words
    c = state.country_start.get(b)
    if c is not None and c.form == "demonym" and c.j < comma:
        b = c.j  # "the French Minister for the Armed Forces,": the office after its country's adjective
    h = b
    while h < comma and h - b < 3 and low[h] not in _SET_OFF_HEADS and words[h].isalpha() and words[h].islower():
        h += 1  # "regional", "chief", "defence": words before the office's head
    if h >= comma or low[h] not in _SET_OFF_HEADS or (h > b and not words[h].islower()):
        return None
    while h + 1 < comma and low[h + 1] in _SET_OFF_HEADS and words[h + 1].islower():
        h += 1  # "chief negotiator", "deputy director"
    end = h + 1
    if end < comma and low[end] in ("of", "for"):
        while end < comma and low[end] not in _OFFICE_TAILS and words[end].isalpha():
            end += 1  # "director of naval planning", "Director of the Baltic Grid Secretariat"
    if end < comma and (low[end] not in _OFFICE_TAILS or comma - end > 5):
        return None  # more than an office and a place: no office phrase
    return b, end
