"""Countries: names, aliases, case-sensitive abbreviations ("U.S."), demonyms used as actors
("Chinese aircraft") and capitals standing for governments ("Beijing warned").

Not actors by themselves: a name inside a geographic feature ("South China Sea", "Sea of
Japan"), inside an organisation's name ("The Japan Times"), a place after "near"/"off", a
capital used as a place ("a meeting in Tokyo"), "non-American", and ambiguous forms
("Jordan", "Georgia") without a supporting mention of the same country.
"""

from __future__ import annotations

from store.extract.gazetteer import Entry
from store.extract.roles import office_titles
from store.extract.state import CountryMention, State
from store.extract.tokens import Match

# phrases indexed by their last word, each as a list (to compare with slices of ``Doc.low``)
ByLast = dict[str, list[list[str]]]
_BY_LAST: dict[int, tuple[tuple, ByLast]] = {}


def _by_last(phrases: tuple[tuple[str, ...], ...]) -> ByLast:
    """Phrases indexed by their last word (kept per phrase tuple, checked by identity)."""
    cached = _BY_LAST.get(id(phrases))
    if cached is None or cached[0] is not phrases:
        index: ByLast = {}
        for phrase in phrases:
            if phrase:
                index.setdefault(phrase[-1], []).append(list(phrase))
        cached = _BY_LAST[id(phrases)] = (phrases, index)
    return cached[1]


def _preceded_by(low: list[str], sent: list[int], i: int, by_last: ByLast) -> bool:
    """Whether one of the phrases of ``by_last`` ends right before token i, in its sentence."""
    if i == 0:
        return False
    for phrase in by_last.get(low[i - 1], ()):
        n = len(phrase)
        if i - n >= 0 and low[i - n : i] == phrase and sent[i - n] == sent[i]:
            return True
    return False


# Currency nouns: "U.S. dollars", "Danish crowns", "Chinese yuan" name money, not a state acting.
CURRENCY_NOUNS = frozenset(
    "dollar dollars crown crowns krone kroner kronor euro euros pound pounds sterling yuan renminbi "
    "yen rupee rupees rupiah riyal riyals rial rials dirham dirhams dinar dinars lira liras naira "
    "shilling shillings rand real reais peso pesos baht ringgit won dong taka cedi cedis shekel "
    "shekels zloty forint franc francs rouble roubles ruble rubles hryvnia hryvnias kwacha birr "
    "leu lei lev soles sol tenge manat".split()
)


def _geo_after(state: State, i: int, j: int) -> bool:
    """A feature word among the capitalised words after a space that follow tokens [i, j):
    "South China Sea", "Taiwan Strait"."""
    d = state.doc
    words, low, sent, starts, ends = d.words, d.low, d.sent, d.starts, d.ends
    geo_heads = state.cues.geo_heads
    k = j
    top = min(d.n, j + 3)
    si = sent[i]
    while k < top and sent[k] == si and words[k][0].isupper() and starts[k] != ends[k - 1]:
        if low[k] in geo_heads:
            return True
        k += 1
    return False


def _opens_name(state: State, i: int, j: int) -> bool:
    """Rule capital_in_name: whether the capital at [i, j) opens a longer capitalised name
    ("Vienna Document", "Brussels Airport"): a capitalised word follows in the sentence that is
    no office ("Kyiv Mayor A") and no word of a title-case headline."""
    d = state.doc
    if j >= d.n or not d.is_cap(j) or d.gap(j) != " " or d.sent[j] != d.sent[i] or d.heading[d.sent[i]]:
        return False
    return d.words[j] not in state.cues.stop and not _title_within(state, j)


# Prefixes before a hyphen that turn a demonym into a period or a negation, not the state.
_NOT_THE_STATE = frozenset({"non", "post", "pre"})


def _mention(state: State, m: Match, entry: Entry, loc_last: ByLast) -> CountryMention | None:
    """Tokens [m.i, m.j) as a mention of the country ``entry`` names (not in a feature's or an
    organisation's name: those are checked before), or None when they are something else."""
    d, cues = state.doc, state.cues
    i, j = m.i, m.j
    form = entry.form
    mention = CountryMention(i, j, entry.name, form, m.text, d.sent[i])
    if form == "demonym":
        if i >= 2 and d.words[i - 1] in "-\u2013" and d.lower(i - 2) in _NOT_THE_STATE:
            return None  # rule period_demonym: "post-Soviet history", "non-Arab states" name no actor
        if i >= 1 and d.words[i - 1] in ("South", "North", "Latin", "Central") and d.gap(i) == " ":
            return None  # "South American" is not "American"
        # "Japanese premier", "Chinese aircraft": a demonym is an actor when it modifies a noun
        # or stands alone as a people ("the Japanese"); both are kept.
    if form == "capital" and i > 0 and d.low[i - 1] in cues.place_preps:
        mention.form = "place"
    if i > 0 and d.low[i - 1] in loc_last and _preceded_by(d.low, d.sent, i, loc_last):
        mention.form = "place"
    if form == "ambiguous":
        # "Michael Jordan", "Georgia Tech": a capitalised neighbour makes it something else.
        before = i > 0 and d.is_cap(i - 1) and d.gap(i).isspace() and not d.sentence_start(i - 1)
        after = j < len(d) and d.is_cap(j) and d.gap(j).isspace() and d.sent[j] == d.sent[i]
        country = state.gz.countries.get(entry.name)
        if after and country is not None and m.text in country.demonyms and _title_within(state, j):
            mention.form = "demonym"  # "Indian Commerce Minister": a country's office
            return mention
        if before or after or d.lower(j) in ("state", "governor", "senator", "legislature"):
            return None
    return mention


def index_countries(state: State) -> None:
    """Where every gazetteer country form starts (before any rule decides what it is)."""
    sent, country_start = state.doc.sent, state.country_start
    for m in state.doc.matches:
        for e in m.entries:
            if e.kind == "country":
                country_start[m.i] = CountryMention(m.i, m.j, e.name, e.form, m.text, sent[m.i])
                break


def find_countries(state: State) -> None:
    """Every country mention, with whether it makes the country an actor of the article."""
    out: list[CountryMention] = []
    cues = state.cues
    geo_last, loc_last = _by_last(cues.geo_prefixes), _by_last(cues.locative_preps)
    place_preps, currency_words = cues.place_preps, cues.currency_words
    country_start = state.country_start
    d = state.doc
    words, low, sent, starts, ends, n = d.words, d.low, d.sent, d.starts, d.ends, d.n
    blocked = state.blocked
    strong: set[str] = set()  # countries named by a mention that makes them actors for sure
    places: list[CountryMention] = []
    ambiguous: list[int] = []  # positions in out
    for m in d.matches:
        for entry in m.entries:
            if entry.kind == "country":
                break
        else:
            if m.i in country_start:
                del country_start[m.i]
            continue
        i, j = m.i, m.j
        after = low[j] if j < n else ""  # the word after the form
        # the money noun after it, past a hyphen of a compound ("70-million-U.S.-dollar loan")
        money_noun = low[j + 1] if after == "-" and j + 1 < n else after
        # inside an organisation's or agreement's name, or part of a geographic feature's name
        # ("South China Sea", "Sea of Japan"): a mention, never an actor; nor is a currency noun
        # after it, in its sentence ("U.S. dollars", "Danish crowns": rule country_currency)
        if (
            blocked.find(1, i, j) >= 0
            or (j < n and starts[j] != ends[j - 1] and words[j][0].isupper() and _geo_after(state, i, j))
            or (i > 0 and low[i - 1] in geo_last and _preceded_by(low, sent, i, geo_last))
            or (money_noun in CURRENCY_NOUNS and sent[j] == sent[j - 1])
        ):
            mention = CountryMention(i, j, entry.name, entry.form, m.text, sent[i], False)
        elif entry.form != "demonym" and entry.form != "ambiguous":
            # what _mention does for the other forms, without the call: "(in) Beijing" is a place
            form = entry.form
            mention = CountryMention(i, j, entry.name, form, m.text, sent[i])
            if i > 0:
                prev = low[i - 1]
                if (form == "capital" and prev in place_preps) or (
                    prev in loc_last and _preceded_by(low, sent, i, loc_last)
                ):
                    mention.form = "place"
                elif form == "capital" and prev in ("and", ",", "or") and places and places[-1].j == i - 1:
                    mention.form = "place"  # "held in Caracas and Mexico City": both places
            if mention.form == "capital" and _opens_name(state, i, j):
                mention.form = "place"  # "the Vienna Document", "the Paris Club": the city of a name
        else:
            mention = _mention(state, m, entry, loc_last)
            if mention is None:
                if i in country_start:
                    del country_start[i]  # "non-American", "South American", "Michael Jordan"
                continue
        if after and (money_noun in currency_words or after == "$" and starts[j] == ends[j - 1]):
            mention.form = "currency"  # "U.S. dollars", "Egyptian pounds", "NZ$40": money, not the state
        elif mention.form == "capital" and _named_after_country(state, m.text, entry.name, j):
            mention.form = "place"  # "a Kuwait City hotel": the city, not the government
        form = mention.form
        if form in ("place", "currency"):
            places.append(mention)
        elif form == "ambiguous":
            ambiguous.append(len(out))
        elif mention.actor:
            strong.add(mention.name)
        out.append(mention)
    for c in places:
        if c.name not in strong:
            c.actor = False
    # Ambiguous forms need the same country named another way, or a neighbouring country.
    for k in ambiguous:
        c = out[k]
        if c.name in strong:
            continue
        near = [o for o in out[max(0, k - 2) : k + 3] if o is not c and o.actor and o.form != "ambiguous"]
        if not any(abs(o.i - c.j) <= 3 or abs(c.i - o.j) <= 3 for o in near) and not _state_possessive(d, c.j) and not _paired(d, out, k) and not _state_acts(state, c):
            c.actor = False
    state.countries = out
    state.country_end = {c.j: c for c in out}
    by_sentence = state.by_sentence
    for c in out:
        if c.actor:
            names = by_sentence.get(c.sentence)
            if names is None:
                by_sentence[c.sentence] = [c.name]
            elif c.name not in names:
                names.append(c.name)


def _paired(d, out: list[CountryMention], k: int) -> bool:
    """Rule paired_ambiguous: two ambiguous forms of two states joined by "and" ("through
    Georgia and Turkey") name each other's kind: both are countries."""
    c = out[k]
    for o in out[max(0, k - 1) : k + 2]:
        if o is not c and o.form == "ambiguous" and o.name != c.name:
            a, b = (o, c) if o.i < c.i else (c, o)
            if b.i == a.j + 1 and d.low[a.j] == "and":
                return True
    return False


def country_actors(state: State) -> dict[str, list[CountryMention]]:
    """Countries that are actors of the article, with all their mentions (in text order)."""
    names = {c.name for c in state.countries if c.actor}
    out: dict[str, list[CountryMention]] = {}
    for c in state.countries:
        if c.actor or (c.form in ("place", "currency") and c.name in names):  # an actor's name is in names
            mentions = out.get(c.name)
            if mentions is None:
                out[c.name] = [c]
            else:
                mentions.append(c)
    return out


def _named_after_country(state: State, text: str, country: str, j: int) -> bool:
    """Whether a capital is the country's name plus a word ("Mexico City", "Kuwait City") and
    does not act: news names such a government by the country, so the city is a place unless
    it speaks ("Mexico City said") or owns something ("Kuwait City's decision")."""
    if text == country or not text.startswith(country + " "):
        return False
    d = state.doc
    nxt = d.lower(j)
    return nxt not in state.cues.acting_verbs and nxt not in ("'", "\u2019")


def _title_within(state: State, j: int) -> bool:
    """Whether capitalised words from ``j`` reach an office title within three words."""
    d = state.doc
    titles = office_titles(state)
    for x in range(j, min(j + 3, len(d))):
        if not d.is_cap(x) or d.sent[x] != d.sent[j]:
            return False
        for title in titles.get(d.lower(x), ()):
            if all(d.lower(x + y) == title[y] for y in range(len(title))):
                return True
    return False


# Words after a possessive that make the owner a state ("Turkey's intelligence agency").
_STATE_NOUNS = frozenset(
    """foreign defence defense intelligence government president prime army navy military ministry
    minister embassy ambassador parliament interior trade finance energy king queen emir envoy
    officials authorities leader leaders armed security""".split()
)


# Verbs of a state's acts on texts, besides the cues' acting verbs: "Turkey signed", "Chad will ratify".
_STATE_ACTS = frozenset(
    """signed sign signs agreed agrees ratified ratify ratifies inked sealed joined withdrew
    bought buys purchased ordered concluded recognised recognized accepted rejected""".split()
)
_AUXILIARIES = frozenset({"has", "have", "had", "will", "would", "also", "then", "later", "formally"})


def _state_acts(state: State, c: CountryMention) -> bool:
    """Rule ambiguous_subject: a state's own name that could name something else ("Turkey",
    "Chad", "Jordan") acting on a text ("Turkey signed", "Chad has ratified", "Jordan said")
    is the state; a capital or a demonym is not read so."""
    d = state.doc
    if c.surface != c.name or c.i > 0 and d.is_cap(c.i - 1) and d.sent[c.i - 1] == c.sentence:
        return False  # "Michael Jordan said": a capitalised word before makes it a name
    x = c.j
    while x < d.n and x - c.j < 2 and d.low[x] in _AUXILIARIES:
        x += 1
    verb = d.lower(x)
    return d.sent[min(x, d.n - 1)] == c.sentence and (verb in _STATE_ACTS or verb in state.cues.acting_verbs)


def _state_possessive(d, j: int) -> bool:
    """Rule state_possessive: an ambiguous form ("Turkey", "Jordan") owning an office or a
    state body ("Turkey's intelligence agency", "Jordan's King") is the country."""
    return d.word(j) in ("'", "\u2019") and d.word(j + 1) == "s" and d.lower(j + 2) in _STATE_NOUNS

