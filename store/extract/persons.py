"""Persons: where a text names an individual. Each finder is one rule and names it on the
mention: an office or rank before the name ("Foreign Minister Penny Wong", "Adm. Samuel J.
Paparo": title-before-name, rank-before-name), an office before a comma ("Minister of Defense,
Nakatani Gen": title-comma-name), one office in the plural for two names (plural-title), or,
for a name without a title, a speech verb, a middle initial, a suffix, an office after it or a
lower-case office before it (offices.py). ``people.py`` folds the mentions into persons."""

from __future__ import annotations

from store.extract.given_name import given_name_rule, given_name_start
from store.extract.group_leaders import bare_name_rule, surname_elsewhere, was_office_title
from store.extract.home import dominant_country
from store.extract.joined_offices import joined_office_start
from store.extract.name_lists import of_country as country_of_name
from store.extract.name_lists import plural_title, speaker_labels
from store.extract.names import all_valid, known_as, name_size, name_words, names_something_else
from store.extract.office_forms import REGION_PORTFOLIOS
from store.extract.office_names import (
    apposed_name,
    listed_by_country,
    office_at_body,
    office_for_country,
    office_head,
    portfolio_and,
    portfolio_end,
    title_across,
    titles_by_end,
)
from store.extract.office_of_body import office_of_body
from store.extract.office_qualifiers import (
    portfolio_pair_start,
    qualified_start,
    qualifier_before_owner,
)
from store.extract.offices import LOWER_OFFICES, OFFICE_WORDS, NameMention, lower_office
from store.extract.org_checks import portfolio_goes_on
from store.extract.owner_country_name import possessive_country
from store.extract.people import group_persons
from store.extract.roles import appositive_role, relative_role
from store.extract.state import State
from store.extract.styles import NAME_STYLES, office_before_style, style_in_name
from store.extract.tokens import APOSTROPHES, Chunk
from store.extract.took_office import office_taken
from store.extract.trailing_body import SHORTEST_CUT, cut_trailing_body

_PERSON_KINDS = frozenset({"title", "rank", "honorific"})
# Words of a public work or a stage of one: a numeral after them numbers the work, not a
# name's generation ("Karakoram Highway Phase II", "Terminal III"). (Rule: works_not_names.)
_WORKS = frozenset({"Highway", "Phase", "Stage", "Road", "Railway", "Bridge", "Dam", "Port", "Terminal", "Corridor", "Project", "Line", "Tunnel", "Plant", "Unit", "Block"})
# Endings of the common nouns of a portfolio ("Protection", "Development", "Resources"), rare in names.
_NOUN_ENDS = ("tion", "sion", "ment", "ity", "ure", "ism", "ics", "ources", "ies")


def _split(state: State, chunk: Chunk) -> list[NameMention]:
    """Titled names inside one chunk (a chunk may hold a heading word, then "Secretary of ... Name")."""
    d, match_at = state.doc, state.doc.match_at
    out: list[NameMention] = []
    k, cj = chunk.i, chunk.j
    cue: str | None = None
    cue_rule = "country-before-office"
    cue_end = -1  # where a country named in the chunk ends
    title: tuple[str, int, int] | None = None
    if cj - k == 1 and k not in match_at:
        return out
    if d.low[k] in _GIVEN_STYLES and k >= 1 and d.words[k - 1].islower() and d.low[k - 1] in LOWER_OFFICES:
        # rule style_as_given_name: "chief executive Sultan Al Jaber": a given name, not a style
        words = name_words(state, k, cj) if cj - k <= 6 else []
        if not 2 <= len(words) <= 5:
            return out
        mention = NameMention(k, cj, words, chunk.sentence, evidence=True, rule="style-as-given-name")
        lower_office(state, chunk, mention, d.low[k - 1])
        return [mention]
    while k < cj:
        m = match_at.get(k)
        if m is not None and m.j <= cj:
            kinds = (m.entries[0].kind,) if len(m.entries) == 1 else {e.kind for e in m.entries}
            if "country" in kinds and (
                (country := m.first("country")).form in ("name", "alias", "abbreviation", "demonym")
                or _demonym_here(state, m.j)  # "Indian Commerce Minister": countries.py decided
            ):
                cue, k = country.name, m.j
                cue_end = m.j
                continue
            if "title" in kinds and title is not None and title[0] and (
                "honorific" in kinds  # "President His Highness Sheikh A": an honorific after the office
                or (title[2] == m.i and m.text.casefold() in _STYLES)  # "Energy Minister Prince A"
            ):
                k = m.j  # a style or honorific after the office belongs to neither office nor name
                continue
            if "title" in kinds and title is None and m.i == chunk.i and d.word(m.i - 1) == "," and m.text.casefold() in NAME_STYLES:
                title, k = (None, m.i, m.j), m.j  # rule style_after_comma_office: "Qatar's emir, Sheikh A": a style, not the office
                continue
            if "title" in kinds:
                if title is None or title[2] != m.i or title[0] is None:  # "His Majesty King": the office alone
                    ti = _title_start(state, chunk.i, m.i)  # "Acting President", "African Union Chairperson"
                    if ti == m.i:
                        ti = _portfolio_start(state, chunk.i, cue_end, m)  # "Indian Mines Minister"
                    if ti < m.j - 1 and (s := portfolio_pair_start(state, ti)) < ti:
                        ti, cue = s, cue or _cue_before(state, s)  # "Ghana's Trade and Agriculture Minister"
                    office = m.first("title")
                    short = office is not None and office.form == "abbreviation" and ti == m.i
                    title = (office.name if short else d.span_text(ti, m.j), ti, m.j)  # "PM" -> "Prime Minister"
                    if ti == cue_end and (q := qualifier_before_owner(state, ti)):
                        title = (f"{q} {title[0]}", ti, m.j)  # rule office_qualifier: "former Kenyan President"
                else:
                    title = (d.span_text(title[1], m.j), title[1], m.j)
                k = m.j
                continue
            if "rank" in kinds or "honorific" in kinds:
                if m.text.endswith(".") or len(name_words(state, m.j, min(chunk.j, m.j + 8))) >= 2 or m.text.casefold() not in ("gen", "general", "major") or surname_elsewhere(state, m.j, chunk.j):
                    title = title or office_before_style(state, chunk, m.i) or (None, m.i, m.j)  # type: ignore[assignment]
                    k = m.j
                    continue
        if title is not None and title[0] and d.low[k] in ("of", "for"):
            c = state.country_start.get(k + 1 + (d.low[k + 1] == "the"))
            if c is not None and c.j == cj:  # "the Prime Minister of India, Narendra Modi"
                title = (d.span_text(title[1], cj), title[1], cj)
                cue, cue_rule = c.name, "country-in-office"
                break
        if title is not None and title[0] and (end := portfolio_end(state, title[1], k, cj)) is not None:
            return [_apposed(state, chunk, title[1], end, cue or _cue_before(state, chunk.i), cue_rule)]  # "Minister of Energy Transition, Leila Benali"
        if title is not None:
            cue = cue or _cue_before(state, chunk.i)
            end = cj
            for x in range(k + 1, cj):
                if d.low[x] in ("of", "for") and not d.words[x][0].isupper():
                    end = x  # "President Emmanuel Macron of France"
                    c = state.country_start.get(x + 1) or state.country_start.get(x + 2)
                    if cue is None and c is not None:
                        cue, cue_rule = c.name, "country-after-name"
                    break
            words = name_words(state, k, end) if not names_something_else(state, k, end) else []
            if all_valid(state, words, titled=True):
                rule = "title-before-name" if title[0] else "rank-before-name"
                if len(words) == 1 and style_in_name(state, k):  # "Sheikh Hasina": the style is in the name
                    if title[2] == k:  # the style was read as the office: there is none
                        title, rule = (None, k - 1, k - 1), "style-in-one-word-name"
                    words, k = [d.words[k - 1], *words], k - 1
                out.append(NameMention(k, end, words, chunk.sentence, title[0], title[1], title[2], cue, True, rule, cue_rule))
                if title[0] is None and d.word(chunk.i - 1) == ",":
                    lower_office(state, chunk, out[-1], ",")  # rule office_comma_rank: "its army chief, Gen. A B,"
                elif title[0] is None and chunk.i >= 1 and d.words[chunk.i - 1].islower() and d.low[chunk.i - 1] in _OFFICE_BEFORE_RANK:
                    # rule office_before_rank: "the army chief Gen. A B", "his Thai counterpart Sheikh A"
                    lower_office(state, chunk, out[-1], d.low[chunk.i - 1])
            return out
        k += 1
    if title is not None and title[0] and title[2] == chunk.j and (end := portfolio_end(state, title[1], cj, cj)) is not None and end > cj:
        return [_apposed(state, chunk, title[1], end, cue or _cue_before(state, title[1]), cue_rule)]  # "Minister of Water and Energy, A B,"
    if title is not None and title[0] and title[2] == chunk.j:
        ti = title[1]
        while ti > 0 and d.words[ti - 1].islower() and d.low[ti - 1] in OFFICE_WORDS and title[2] - ti < 5:
            ti -= 1  # "the DRC foreign Minister, A": the lower-case words belong to the office
        if ti < title[1]:
            title = (d.span_text(ti, title[2]), ti, title[2])
        cue = cue or _cue_before(state, ti)
        j = chunk.j  # "Minister of Defense, Nakatani Gen": the name follows a comma
        if j + 1 < len(d) and d.sent[j] == chunk.sentence and (named := apposed_name(state, j)) is not None:
            ni, nj, words = named
            out.append(NameMention(ni, nj, words, chunk.sentence, title[0], title[1], title[2], cue, True, "title-comma-name", cue_rule))
    return out


# A lower-case office word right before a rank or style and a name gives the name its office.
_OFFICE_BEFORE_RANK = LOWER_OFFICES | {"counterpart"}
# Styles of a royal or noble name ("Prince", "Sheikh"): after an office they belong to neither
# the office nor the name. (Rule: style_after_office.)
_STYLES = frozenset({"prince", "princess", "sheikh", "sheikha", "sir", "dame", "lord", "lady"})
# Lower-case offices that serve another office-holder: "adviser to the Minister of X, A".
_SERVING = frozenset({"adviser", "advisor", "aide", "assistant", "deputy", "spokesperson", "spokesman", "spokeswoman"})
_ADJECTIVES_OF_OFFICE = frozenset({"diplomatic", "military", "legal", "economic", "political", "senior", "special", "chief", "security", "press"})


def _serving_start(state: State, ti: int) -> int:
    """Rule serving_office: an office after "<lower-case office> to the" belongs to another
    person: the name's own office starts at that lower-case word ("the diplomatic adviser to the
    Minister of Defence, A" makes A the adviser)."""
    low = state.doc.low
    if ti < 3 or low[ti - 1] != "the" or low[ti - 2] != "to" or low[ti - 3] not in _SERVING:
        return ti
    k = ti - 3
    while k >= 1 and ti - k < 6 and low[k - 1] in _ADJECTIVES_OF_OFFICE and state.doc.words[k - 1].islower():
        k -= 1
    return k


def _apposed(state: State, chunk: Chunk, ti: int, end: int, cue: str | None, cue_rule: str) -> NameMention:
    """The name set off by the comma at ``end`` after an office running from ``ti``."""
    ni, nj, words = apposed_name(state, end)  # type: ignore[misc]
    return NameMention(ni, nj, words, chunk.sentence, state.doc.span_text(ti, end), ti, end, cue, True, "title-comma-name", cue_rule)


# Royal styles that are also given names ("Sultan Al Jaber"): after a lower-case office, a name.
_GIVEN_STYLES = frozenset({"sultan"})


def _title_start(state: State, first: int, ti: int) -> int:
    """Where an office found at token ``ti`` starts: with "Acting" before it, or with the
    organisation whose name ends right before it in the same run ("African Union Chairperson")."""
    d = state.doc
    if (s := qualified_start(state, first, ti)) < ti:
        return s  # rule office_qualifier: "former Deputy President X", "Acting President X"
    if ti >= 3 and d.words[ti - 1] == ")" and d.words[ti - 3] == "(" and state.org_end.get(ti - 3):
        ti -= 3  # "African Union (AU) Chairperson": the acronym between name and office
    if ti - first >= 2 and d.words[ti - 1] in _POLITY_WORDS and d.is_cap(ti - 2) and ti - 2 not in d.match_at:
        return ti - 2  # rule polity_office: "Lagos State Governor", "Kurdistan Region President": the polity's office
    if ti in state.org_end:
        for x in range(max(0, ti - 8), ti):  # the chunk may start after the organisation
            org = state.org_start.get(x)
            if org is not None and org.j == ti:
                return x
    return joined_office_start(state, ti) if ti == first else ti  # "Prime Minister and Minister of Foreign Affairs"


_POLITY_WORDS = frozenset({"State", "Region", "Province", "Territory", "Governorate"})  # a polity inside a state
_PORTFOLIO_TITLES = frozenset({"minister", "secretary", "commissioner", "cabinet"})  # "Transport Cabinet Secretary"


def _portfolio_start(state: State, first: int, cue_end: int, m) -> int:
    """Where a minister's office starts when one or two capitalised portfolio words the lists
    do not hold stand between its country and it: "Indian Mines Minister", "Japan's Digital
    Minister" (the country then ends right before the chunk), or one such word with no
    country ("Fisheries Minister A B"). ``m.i`` otherwise."""
    d = state.doc
    ti = m.i
    if d.low[ti] not in _PORTFOLIO_TITLES:
        return ti
    start = cue_end if cue_end >= first else first
    if not 1 <= ti - start <= 2 or (start == first and ti - start == 2 and _cue_before(state, first) is None):
        return ti  # without a country only one portfolio word: "Fisheries Minister A B"
    for x in range(start, ti):
        w = d.words[x]
        if w not in REGION_PORTFOLIOS and (not (w[:1].isupper() and w.isalpha()) or w in state.cues.stop or x in d.match_at):
            return ti  # rule region_portfolio: "Pacific Minister A B", "Europe Minister C D"
    return start


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
    if c is not None and i < d.n and d.sent[c.i] != d.sent[i]:
        return None  # a caption ending in "Jakarta, Indonesia" over "President A ...": another sentence
    if c is None and k >= 2 and low[k] == "and" and d.is_cap(k - 1):
        return _cue_of_office_before(state, k)  # "Fiji's Deputy Prime Minister and Minister for Finance"
    if c is None and k >= 3 and low[k] == "the" and d.words[k - 1] == ",":
        c = state.country_end.get(k - 1)  # "his counterpart from Fiji, the Minister for ..."
        if c is not None and low[c.i - 1] != "from":
            c = None
    return c.name if c is not None and c.form in ("name", "alias", "abbreviation", "demonym", "ambiguous") else None


def _cue_of_office_before(state: State, k: int) -> str | None:
    """The country owning the office that ends right before "and" at token k (up to five
    capitalised words back): one holder's two offices share it."""
    d = state.doc
    for s in range(k - 1, max(-1, k - 6), -1):
        if not d.is_cap(s) or d.sent[s] != d.sent[k]:
            return None
        m = d.match_at.get(s)
        if m is not None and m.j == k and m.first("title") is not None:
            return _cue_before(state, s)
    return None


def _untitled(state: State, chunk: Chunk) -> NameMention | None:
    d, cues, i, j = state.doc, state.cues, chunk.i, chunk.j
    of_country = country_of_name(state, i, j)
    if of_country is not None:
        of_country, j = of_country  # "Richard Sherman" of "Richard Sherman of South Africa"
        if i >= 1 and d.low[i - 1] == "and" and any(w.endswith(_NOUN_ENDS) for w in d.low[i:j]) and portfolio_goes_on(state, i, j):
            return None  # rule portfolio_of_country: "Minister of Energy and Environmental Protection of Ukraine"
    if j - i < 2 or names_something_else(state, i, j):
        return None
    words = name_words(state, i, j)
    if not 2 <= name_size(words) <= 4 or not all_valid(state, words):
        return None
    if words[-1].casefold() in cues.geo_heads:
        return None  # "Persian Gulf", "Black Sea": a place, not a person
    before = d.lower(i - 1)
    rule = ""
    if d.lower(j + 2 if chunk.possessive else j) in cues.speech_verbs or before in cues.speech_verbs:
        rule = "speech-verb"
    elif len(words) > 2 and any(len(w) == 2 and w.endswith(".") for w in words[1:-1]):
        rule = "middle-initial"
    elif words[-1] in state.gz.suffixes and len(words) > 2 and _WORKS.isdisjoint(words) and not (d.word(j) == "(" and d.word(j + 1).isupper()):
        rule = "name-suffix"  # (not "Artemis II": one word and a numeral is a mission or a ship; not
        # "Karakoram Highway Phase II": a stage of a work, rule works_not_names;
        # not "Dukovany Power II (EDU II)": a numbered project company defines its acronym, rule numbered_body)
    elif d.word(j) == "," and appositive_role(state, j) is not None:
        rule = "office-after-name"
    elif d.word(j) == "," and relative_role(state, j) is not None:
        rule = "who-is-office"  # "A, who is general secretary of the party,"
    elif before == "," and d.word(j) == "," and d.lower(j + 1) in cues.speech_verbs:
        rule = "set-off-before-speech"  # "The minister, Zed Seselja, said ..."
    elif known_as(state, j) is not None:
        rule = "known-as"  # "Mohamed Hamdan Dagalo, known as Hemedti,"
    elif (taken := office_taken(state, j, i)) is not None:
        rule = "took-office-as"  # "A took office as Kenya's president"
    elif d.word(j) == "(" and d.word(j + 1) == "@":
        rule = "post-author"  # "— Jane Doe (@janedoe) April 5, 2025": a social post's author
    elif bare := bare_name_rule(state, i, j, of_country is None):
        rule = bare  # "A B of a faction of the Lake Army", "led by A B", "when A B was governor", "his wife A B"
    if of_country is not None and not rule:
        rule = "name-of-country"  # "chaired by Richard Sherman of South Africa"
    elif not rule and (owner := possessive_country(state, i, j)) is not None:
        rule, of_country = "country-possessive-name", owner  # "Argentina's Javier Milei"
    elif not rule and of_country is None and given_name_rule(state, i, j, words):
        rule = "given-name"  # "Marit Haugen", "Viktor Bout": a listed given name opens the run
    mention = NameMention(i, j, words, chunk.sentence, evidence=bool(rule), rule=rule)
    if rule == "name-was-office":
        mention.title, mention.title_i, mention.title_j = was_office_title(state, j)
    if rule == "took-office-as":
        mention.title, mention.cue, mention.title_i, mention.title_j = taken  # type: ignore[misc]
        mention.cue_rule = "country-in-office"
    if of_country is not None:
        mention.cue, mention.cue_rule = of_country, "country-after-name" if rule != "country-possessive-name" else "owner-before-name"
    elif rule == "government-of-name":
        mention.cue, mention.cue_rule = dominant_country(state), "government-of-article"  # "the government of A B": its country
    lower_office(state, chunk, mention, before)
    return mention


def find_persons(state: State) -> None:
    """Collect name mentions, then group them into persons (people.py)."""
    d = state.doc
    titled: list[NameMention] = []
    plain: list[NameMention] = []
    consumed: set[int] = set()  # chunks already read as a name ("... and Dmitry Medvedev")
    match_at, blocked, person_tok = d.match_at, state.blocked, state.person_tok
    one_word: list[Chunk] = []
    listed = listed_by_country(state)
    by_end = titles_by_end(state)
    for chunk in d.chunks:
        if chunk.j - chunk.i >= SHORTEST_CUT and (cut := cut_trailing_body(state, chunk)) is not None:
            chunk = cut  # "Economy Minister A B for the IMF meetings": the name ends before "for"
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
            k = i + (d.words[i] == "The" and j - i > 2 and blocked[i + 1])  # "The Pacific Islands Forum Secretary General A"
            first = k
            while k < j and (blocked[k] or person_tok[k]):
                k += 1
            if k == first or k >= j or not state.free(k, j):
                if k == first and j - i > 3 and chunk.i not in consumed and (found_of := office_of_body(state, chunk, _cue_before)) is not None:
                    titled.append(found_of)  # "Secretary of the Ministry of Trade A B"
                    consumed.add(chunk.i)
                continue
            chunk = Chunk(k, chunk.j, d.starts[k], chunk.end, d.span_text(k, chunk.j), chunk.sentence, chunk.possessive)
        if chunk.i in consumed:
            continue
        found = [listed[chunk.i]] if chunk.i in listed else _split(state, chunk) or plural_title(state, chunk)
        found = found or title_across(state, chunk, by_end, _cue_before) or office_head(state, chunk, _cue_before)
        found = found or office_at_body(state, chunk, by_end, _cue_before)
        found = found or portfolio_and(state, chunk, _cue_before) or office_for_country(state, chunk)
        if found:
            for m in found:
                if m.rule == "title-comma-name" and (ti := _serving_start(state, m.title_i)) < m.title_i:
                    m.title, m.title_i = d.span_text(ti, m.title_j), ti
            titled.extend(found)
            consumed.update([m.i for m in found])
            consumed.update(m.title_j + 1 for m in found if m.rule == "title-comma-name")  # ", Sheikh A B": the chunk
            consumed.update(x for m in found if m.title_j > chunk.j for x in range(chunk.j, m.title_j))  # a portfolio's later chunks
            continue
        m = _untitled(state, given_name_start(state, chunk))  # "But Marit Haugen, ..."
        if m is not None:
            plain.append(m)
    titled.extend(speaker_labels(state))  # "JANE DOE, PRIME MINISTER OF NORWAY: ..."
    group_persons(state, titled, plain, one_word)
