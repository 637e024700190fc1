"""The country an article speaks from (a government's own release, else its dateline) and
the rule that gives it the bare offices of its own government members ("Prime Minister A"
in a story datelined in that country's capital), unless the story is set abroad; and the
one government an article names, which owns "the government's chief negotiator"."""

from __future__ import annotations

from store.extract.gazetteer import Gazetteer
from store.extract.offices import GOVERNMENT_BODY
from store.extract.state import RoleAcc, State


def a_capital(state: State, surface: str) -> bool:
    """Whether a place's name is a country's capital in the gazetteer."""
    return any(e.kind == "country" and e.form == "capital" for e in state.gz.lookup(surface))


# Offices of a government's own members (not its envoys abroad), for the dateline rule.
_HOME_OFFICES = frozenset("president minister secretary chancellor king queen premier prince emir sultan".split())


_GOVERNMENT_WORDS = frozenset({"government", "ministry", "office", "presidency", "embassy", "minister", "president"})


def home_country(gz: Gazetteer, dateline: str | None, byline: str | None, source: str | None) -> str | None:
    """The country an article speaks from: the one a government release names as its author
    ("Press release: New Zealand Government", "Prime Minister of Ghana"), else the one its
    dateline names; a newspaper's name ("Samoa Observer") is no government's word."""
    for author in (byline, source):
        if author and not _GOVERNMENT_WORDS.isdisjoint(author.casefold().split()):
            if (country := _named_in(gz, author, ("name", "alias", "demonym"))) is not None:
                return country
    return dateline_country(gz, dateline)


def _named_in(gz: Gazetteer, text: str, forms: tuple[str, ...]) -> str | None:
    """The country the longest run of words in an author's name names, in one of ``forms``."""
    words = text.replace(",", " ").split()
    for n in range(len(words), 0, -1):
        for k in range(len(words) - n + 1):
            for e in gz.lookup(" ".join(words[k : k + n])):
                if e.kind == "country" and e.form in forms:
                    return e.name
    return None


def dateline_country(gz: Gazetteer, dateline: str | None) -> str | None:
    """The country a dateline names by its name or its capital ("Islamabad", "Doha, Qatar");
    None for other places ("Sao Paulo") and for no dateline."""
    if not dateline:
        return None
    for part in reversed(dateline.split(",")):
        part = part.strip()
        for e in gz.lookup(part[:-5] if part.endswith(" City") and not gz.lookup(part) else part):
            if e.kind == "country" and e.form in ("name", "alias", "capital"):
                return e.name  # "Belize City": a city named for its country is in it
    return None


_VISITS = frozenset({"visited", "visits", "visiting", "toured", "arrived"})


def is_ministry(state: State, name: str) -> bool:
    """Whether a body named in an office is a ministry or department of a government."""
    org = state.gz.organizations.get(name)
    return (org is not None and org.type == "government") or not GOVERNMENT_BODY.isdisjoint(name.casefold().split())


def at_home(state: State, role: RoleAcc, ministry: bool = False) -> str | None:
    """A government member's office with no other cue, in an article datelined in a country's
    capital or released by its government, belongs to that country: the local press and a
    government's own releases write "Prime Minister X" for their own. Not when the text names
    other countries but never that one (talks held abroad: "PRETORIA, South Africa" over a story
    of Ethiopia), nor for a visitor ("a state visit by President X")."""
    home = state.home
    if home is None or (not ministry and _HOME_OFFICES.isdisjoint(role.title.casefold().split())):
        return None  # (rule ministry_at_home: a ministry's spokesperson counts as a member too)
    if _heads_named_place(role.title):
        return None  # "President of the Kurdistan Region": the office names its own polity
    if role.sentence > 0 and not _in_delegation(state, role):
        home = _set_abroad(state, home) or home
    low, i = state.doc.low, role.title_i
    if (i >= 2 and low[i - 1] == "by" and low[i - 2] == "visit") or (i >= 1 and low[i - 1] == "visiting"):
        return None  # the guest of the dateline's country (rule: visitor_not_home)
    if role.name_j < len(low) and low[role.name_j] in _VISITS:
        return None  # "as Prime Minister X visited Hanoi"
    actors = {c.name for c in state.countries if c.actor and (c.i == 0 or low[c.i - 1] != "with")}  # a partner of "with" aside
    if actors and home not in actors:
        return None  # the dateline names only where another country's story happened (rule: home_named)
    return home


# Offices that head a polity: "of" after them names that polity, not a portfolio.
_HEAD_WORDS = frozenset("president premier chancellor king queen emir sultan governor".split())


def _heads_named_place(title: str) -> bool:
    """Rule polity-in-office: a head's office that names what it heads ("President of the Kurdistan
    Region", "Prime Minister of the Regional Government") is that polity's, not the dateline's;
    "President of the Republic" is still the home state's, a minister's "of" names a portfolio."""
    words = title.casefold().split()
    if "of" not in words:
        return False
    head = words[: words.index("of")]
    if head[-2:] != ["prime", "minister"] and (len(head) != 1 or head[0] not in _HEAD_WORDS):
        return False
    return words[words.index("of") + 1 :] not in (["the", "republic"], ["republic"])


_DELEGATION = frozenset({"delegation", "accompanied", "accompanying", "entourage"})


def _in_delegation(state: State, role: RoleAcc) -> bool:
    """Whether the sentence before an office speaks of the visitors' party ("The delegation
    includes ..., the adviser to the Minister, A"): those stay of the home country."""
    low, i = state.doc.low, role.title_i
    first = state.doc.sent_first[state.doc.sent[i]]
    return any(low[x] in _DELEGATION for x in range(max(first, i - 60), i))


def _set_abroad(state: State, home: str) -> str | None:
    """Rule story-abroad: a lead sentence that sets the story in another country's capital
    ("LUANDA - Angola and Egypt signed an accord in Cairo") makes the offices met there with no
    other cue the hosts', not the dateline's. The lead must name the home country too (its
    people went there) and the office must be in a later sentence (worked out once per article)."""
    key = "story_abroad"
    if key not in state.cache:
        low = state.doc.low
        there = {
            c.name
            for c in state.countries
            if c.sentence == 0 and c.i > 0 and low[c.i - 1] == "in" and c.name != home and a_capital(state, c.surface)
        }
        named = any(c.sentence == 0 and c.name == home and c.actor for c in state.countries)
        state.cache[key] = there.pop() if len(there) == 1 and named else None
    return state.cache[key]  # type: ignore[no-any-return]


_APOSTROPHES = ("'", "\u2019")


def government_of_article(state: State, role: RoleAcc) -> str | None:
    """Rule the-government: "the government's chief negotiator A" belongs to the one country
    whose government the article names ("Burundi's government", "the Burundian government",
    "the Government of Burundi"); None when it names none or two (worked out once per article)."""
    d, low, i = state.doc, state.doc.low, role.title_i
    if i < 4 or low[i - 1] != "s" or d.words[i - 2] not in _APOSTROPHES or low[i - 3] != "government" or low[i - 4] != "the":
        return None
    key = "article_government"
    if key not in state.cache:
        owners = set()
        for c in state.countries:
            after = c.j + 2 if c.j + 1 < d.n and d.words[c.j] in _APOSTROPHES and low[c.j + 1] == "s" else c.j
            if after < d.n and low[after] == "government":
                owners.add(c.name)  # "Burundi's government", "the Burundian government"
            elif c.i >= 2 and low[c.i - 1] == "of" and low[c.i - 2] == "government":
                owners.add(c.name)  # "the Government of Burundi"
        state.cache[key] = owners.pop() if len(owners) == 1 else None
    return state.cache[key]  # type: ignore[no-any-return]


def dominant_country(state: State) -> str | None:
    """The article's country: named as an actor at least three times and half as often again
    as any other (worked out once per article). Only offices that exist inside one country's
    politics ask for it; a minister's office never does (the most named country is often
    the one visited)."""
    if "dominant" in state.cache:
        return state.cache["dominant"]  # type: ignore[return-value]
    counts: dict[str, int] = {}
    for c in state.countries:
        if c.actor:
            counts[c.name] = counts.get(c.name, 0) + 1
    ranked = sorted(counts.values(), reverse=True)
    found = None
    if ranked and ranked[0] >= 3 and (len(ranked) < 2 or 2 * ranked[0] >= 3 * ranked[1]):
        found = max(counts, key=counts.__getitem__)
    state.cache["dominant"] = found
    return found
