"""Countries: names, aliases, case-sensitive abbreviations ("U.S."), demonyms used as actors
("Chinese aircraft") and capitals standing for governments ("Beijing warned").

Not actors by themselves: a name inside a geographic feature ("South China Sea", "Sea of
Japan"), inside an organisation's name ("The Japan Times"), a place after "near"/"off", a
capital used as a place ("a meeting in Tokyo"), "non-American", and ambiguous forms
("Jordan", "Georgia") without a supporting mention of the same country.
"""

from __future__ import annotations

from .state import CountryMention, State

_BY_LAST: dict[int, tuple[tuple, dict[str, list[tuple[str, ...]]]]] = {}


def _by_last(phrases: tuple[tuple[str, ...], ...]) -> dict[str, list[tuple[str, ...]]]:
    """Phrases indexed by their last word (kept per phrase tuple, checked by identity)."""
    cached = _BY_LAST.get(id(phrases))
    if cached is None or cached[0] is not phrases:
        index: dict[str, list[tuple[str, ...]]] = {}
        for phrase in phrases:
            if phrase:
                index.setdefault(phrase[-1], []).append(phrase)
        cached = _BY_LAST[id(phrases)] = (phrases, index)
    return cached[1]


def _preceded_by(state: State, i: int, phrases: tuple[tuple[str, ...], ...]) -> bool:
    d = state.doc
    if i == 0:
        return False
    for phrase in _by_last(phrases).get(d.low[i - 1], ()):
        n = len(phrase)
        if i - n >= 0 and d.low[i - n : i] == list(phrase) and d.sent[i - n] == d.sent[i]:
            return True
    return False


def _geo(state: State, i: int, j: int) -> bool:
    """Part of a geographic feature's name: "South China Sea", "Taiwan Strait", "Sea of Japan"."""
    d, cues = state.doc, state.cues
    k = j
    while k < len(d) and k < j + 3 and d.sent[k] == d.sent[i] and d.is_cap(k) and d.gap(k).isspace():
        if d.lower(k) in cues.geo_heads:
            return True
        k += 1
    if _preceded_by(state, i, cues.geo_prefixes):
        return True
    # "South China" style compass prefix glued to a following feature word was handled above;
    # a compass word right before a country name with a feature after it: "East China Sea".
    return False


def _mention(state: State, m) -> CountryMention | None:
    d, cues = state.doc, state.cues
    entry = m.first("country")
    if entry is None:
        return None
    form = entry.form
    mention = CountryMention(m.i, m.j, entry.name, form, m.text, d.sent[m.i])
    if state.blocked.find(1, m.i, m.j) >= 0 or _geo(state, m.i, m.j):
        mention.actor = False
        return mention
    if form == "demonym":
        if m.i >= 2 and d.words[m.i - 1] in "-\u2013" and d.lower(m.i - 2) == "non":
            return None
        if m.i >= 1 and d.words[m.i - 1] in ("South", "North", "Latin", "Central") and d.gap(m.i) == " ":
            return None  # "South American" is not "American"
        # "Japanese premier", "Chinese aircraft": a demonym is an actor when it modifies a noun
        # or stands alone as a people ("the Japanese"); both are kept.
    if form == "capital" and m.i > 0 and d.lower(m.i - 1) in cues.place_preps:
        mention.form = "place"
    if _preceded_by(state, m.i, cues.locative_preps):
        mention.form = "place"
    if form == "ambiguous":
        # "Michael Jordan", "Georgia Tech": a capitalised neighbour makes it something else.
        before = m.i > 0 and d.is_cap(m.i - 1) and d.gap(m.i).isspace() and not d.sentence_start(m.i - 1)
        after = m.j < len(d) and d.is_cap(m.j) and d.gap(m.j).isspace() and d.sent[m.j] == d.sent[m.i]
        if before or after or d.lower(m.j) in ("state", "governor", "senator", "legislature"):
            return None
    return mention


def index_countries(state: State) -> None:
    """Where every gazetteer country form starts (before any rule decides what it is)."""
    for m in state.doc.matches:
        e = m.first("country")
        if e is not None:
            state.country_start[m.i] = CountryMention(m.i, m.j, e.name, e.form, m.text, state.doc.sent[m.i])


def find_countries(state: State) -> None:
    """Every country mention, with whether it makes the country an actor of the article."""
    out: list[CountryMention] = []
    for m in state.doc.matches:
        mention = _mention(state, m)
        if mention is not None:
            out.append(mention)
        elif m.i in state.country_start:
            del state.country_start[m.i]  # "non-American", "South American", "Michael Jordan"
    strong = {c.name for c in out if c.actor and c.form not in ("ambiguous", "place")}
    for c in out:
        if c.form == "place" and c.name not in strong:
            c.actor = False
    # Ambiguous forms need the same country named another way, or a neighbouring country.
    for k, c in enumerate(out):
        if c.form != "ambiguous" or c.name in strong:
            continue
        near = [o for o in out[max(0, k - 2) : k + 3] if o is not c and o.actor and o.form != "ambiguous"]
        if not any(abs(o.i - c.j) <= 3 or abs(c.i - o.j) <= 3 for o in near):
            c.actor = False
    state.countries = out
    state.country_end = {c.j: c for c in out}
    for c in out:
        if c.actor:
            names = state.by_sentence.setdefault(c.sentence, [])
            if c.name not in names:
                names.append(c.name)


def country_actors(state: State) -> dict[str, list[CountryMention]]:
    """Countries that are actors of the article, with all their mentions (in text order)."""
    names = {c.name for c in state.countries if c.actor}
    out: dict[str, list[CountryMention]] = {}
    for c in state.countries:
        if c.name in names and (c.actor or c.form == "place"):
            out.setdefault(c.name, []).append(c)
    return out
