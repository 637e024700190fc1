"""Fallback affiliations: who an office belongs to when no cue sits next to it.

Run after the close cues of ``roles.py``; each rule is one thing an analyst would say:
an organisation named inside the office ("NATO Secretary General", "executive director of
the Arms Control Association") is the affiliation (or the body it belongs to, from
``parent_bodies`` in ``cues.json``: "European Commission President" -> European Union);
a namesake elsewhere in the article lends its country ("First Lady Jill Biden" beside "US
President Joe Biden"); and a government office whose sentence names exactly one country,
when no other office holder of that sentence has one, belongs to that country ("Foreign
Minister X said Moscow would ..."); a demonym ("North Korean attack") or a destination ("to
Honiara") is not such a mention. Offices that exist only inside one country's politics
("Opposition leader") belong to the article's clearly dominant country.
"""

from __future__ import annotations

import re
from functools import lru_cache

from store.extract.gazetteer import Gazetteer
from store.extract.offices import GOVERNMENT_BODY, possessive_org, seat_country
from store.extract.state import PersonAcc, RoleAcc, State

_NON_WORD = re.compile(r"[\W_]+")
# Offices that belong to a government (the sentence rule applies only to these).
_STATE_WORDS = frozenset(
    "president minister secretary chancellor king queen premier ambassador envoy vice lady "
    "prince emir sultan foreign defence defense spokesman spokeswoman spokesperson".split()
)



@lru_cache(maxsize=4096)  # office and organisation names repeat from article to article
def _words(text: str) -> str:
    return " " + _NON_WORD.sub(" ", text.casefold()).strip() + " "


@lru_cache(maxsize=4096)  # organisation names and aliases repeat from article to article
def _first_word(form: str) -> tuple[str, str] | None:
    """A form's first lower-case word and its padded words; None when it has no word."""
    padded = _words(form)
    parts = padded.split()
    return (parts[0], padded) if parts else None


def _org_forms(state: State) -> dict[str, list[tuple[str, str]]]:
    """First word -> (padded lower-case form, organisation name) of the article's organisations, longest first."""
    cached = state.cache.get("org_forms")
    if cached is None:
        cached = {}
        for acc in state.orgs.values():
            for form in {acc.name, *acc.aliases}:
                found = _first_word(form)
                if found is not None:
                    cached.setdefault(found[0], []).append((found[1], acc.name))
        for forms in cached.values():
            if len(forms) > 1:
                forms.sort(key=lambda x: -len(x[0]))
        state.cache["org_forms"] = cached
    return cached  # type: ignore[return-value]


def org_in_title(state: State, title: str) -> str | None:
    """The organisation named inside an office title, if any."""
    padded = _words(title)
    by_first = _org_forms(state)
    for word in padded.split()[:12]:
        for form, name in by_first.get(word, ())[:50]:  # bounded: linear on hostile input
            if form in padded:
                return name
    return _known_org_in(state.gz, title)  # an organisation the text names only inside the office


def _known_org_in(gz: Gazetteer, title: str) -> str | None:
    """The gazetteer organisation named by the longest (then first) run of words in an office
    title. Cached per compiled gazetteer: the same offices come back in article after article."""
    cached = gz.derived.get("title_orgs")
    if cached is None or cached[0] is not gz.exact or cached[1] is not gz.folded:
        cached = gz.derived["title_orgs"] = (gz.exact, gz.folded, {})
    found = cached[2]
    if title not in found:
        if len(found) >= 10_000:
            found.clear()  # bounded memory on hostile input
        words = _NON_WORD.sub(" ", title).split()[:12]
        found[title] = next(
            (e.name for n in range(len(words), 0, -1) for k in range(len(words) - n + 1) for e in gz.lookup(" ".join(words[k : k + n])) if e.kind == "organization"),
            None,
        )
    return found[title]


def _org_before(state: State, ti: int) -> str | None:
    """"NATO Secretary General ...": an organisation ending where the office starts (not a
    ministry or department, which belongs to a country the other rules find)."""
    name = state.org_end.get(ti) or possessive_org(state, ti)  # "the EU's energy commissioner"
    words = state.doc.words
    if name is None and ti >= 4 and words[ti - 1] == ")" and words[ti - 3] == "(":
        name = state.org_end.get(ti - 3)  # "The Andean Community (CAN) secretary general"
    return _as_owner(state, name) if name else None


def _as_owner(state: State, name: str) -> str | None:
    """What an organisation named with an office makes its affiliation: a seat of government
    its country ("Kremlin"), a ministry or department nothing (it belongs to a country the
    other rules find) unless the cues give its parent, any other body itself."""
    seat = seat_country(state, name)
    if seat is not None:
        return seat
    if name not in state.cues.parents and GOVERNMENT_BODY & set(name.casefold().split()):
        return None
    return name


# Kinds of known bodies that belong to one state: their officers serve that state.
_NATIONAL_TYPES = frozenset({"military", "government", "parliament"})


def _national_body(state: State, body: str, title: str) -> str | None:
    """Rule national-body: an office in a state's own armed forces or government, named with
    that state ("Japan Self-Defense Forces Chief of Staff", "Royal Thai Navy commander"),
    belongs to the state, not to the body; the country is read off the office's words."""
    org = state.gz.organizations.get(body)
    if org is None or org.type not in _NATIONAL_TYPES:
        return None
    words = _NON_WORD.sub(" ", title).split()[:12]
    for n in (3, 2, 1):  # "United Arab Emirates" before "Arab"
        for k in range(len(words) - n + 1):
            for e in state.gz.lookup(" ".join(words[k : k + n])):
                if e.kind == "country" and e.form != "capital":  # "Indian" names India inside a navy's name
                    return e.name
    return None


def _namesake_anywhere(state: State, p: PersonAcc) -> str | None:
    affs = _affs_by_surname(state).get(p.surname.casefold())
    if not affs:
        return None
    found = {aff for other, aff in affs.items() if other != id(p)}
    return found.pop() if len(found) == 1 else None


def _affs_by_surname(state: State) -> dict[str, dict[int, str]]:
    """Folded surname -> {id(person): an affiliation of theirs} (built once per article)."""
    cached = state.cache.get("affs_by_surname")
    if cached is None:
        cached = {}
        for other in state.persons:
            if other.surname:
                for role in other.roles:
                    if role.affiliation:  # their first affiliation
                        cached.setdefault(other.surname.casefold(), {})[id(other)] = role.affiliation
                        break
        state.cache["affs_by_surname"] = cached
    return cached  # type: ignore[return-value]


# A country right before these words belongs to someone else ("talks with his U.S. counterpart").
_OTHER_SIDE = frozenset({"counterpart", "counterparts"})


def _sentence_countries(state: State, sentence: int) -> set[str]:
    """The countries a sentence names as actors, by name (not demonym, not after "to"/"in");
    worked out once per sentence asked about (few are), not for the whole article."""
    cached: dict[int, set[str]] = state.cache.setdefault("owner_countries", {})  # type: ignore[assignment]
    found = cached.get(sentence)
    if found is None:
        d, preps = state.doc, state.cues.place_preps
        found = cached[sentence] = set()
        for c in state.countries:
            if c.sentence == sentence and c.actor and c.form not in ("demonym", "ambiguous") and d.lower(c.i - 1) not in preps and d.lower(c.i - 1) != "with":
                if d.word(c.i - 1) == "," and c.i >= 3 and (d.lower(c.i - 3) in preps or d.lower(c.i - 4) in preps):
                    continue  # "in Jakarta, Indonesia": the country of a place
                # (a country after "with" is the partner: "said a gas deal with Togo was under review")
                if d.lower(c.j) in _OTHER_SIDE:
                    continue  # "his U.S. counterpart": that country is the other side's
                found.add(c.name)
    return found


_VISITS_TO = frozenset({"visit", "trip", "tour"})
_HOSTING = frozenset({"hosted", "welcomed", "received"})
_GUESTS = frozenset({"his", "her", "their", "visiting"})  # "welcomed his counterpart", not "welcomed the accord"


def _host_of_visit(state: State, role: RoleAcc) -> str | None:
    """Rule host-of-visit: "a State visit to Indonesia at the invitation of President A" (or
    "hosted by"): A is the host, of the country visited; "President A hosted B ... in <capital>":
    A is of the capital's country."""
    d, low, i = state.doc, state.doc.low, role.title_i
    k = role.name_j
    if k + 1 < d.n and low[k] in _HOSTING and (d.words[k + 1][:1].isupper() or low[k + 1] in _GUESTS):
        # "President A hosted B at the Union Buildings in Tshwane": A's is the capital's country
        here = [c for c in state.countries if c.sentence == role.sentence and low[c.i - 1] == "in" and _a_capital(state, c.surface)]
        if len(here) != 1 or any(c.actor and c.name == here[0].name and c is not here[0] for c in state.countries if c.sentence == role.sentence):
            return None  # "hosted Japan's Prime Minister A in Tokyo": the guest's own capital tells nothing
        return here[0].name
    if i < 3 or not ((low[i - 1] == "of" and low[i - 2] == "invitation") or (low[i - 1] == "by" and low[i - 2] == "hosted")):
        return None
    first = d.sent_first[d.sent[i]]
    for x in range(i - 3, max(first, i - 25), -1):
        if low[x] == "to" and low[x - 1] in _VISITS_TO:
            c = state.country_start.get(x + 1)
            return c.name if c is not None else None
    return None


def _a_capital(state: State, surface: str) -> bool:
    return any(e.kind == "country" and e.form == "capital" for e in state.gz.lookup(surface))


def _sentence_country(state: State, role: RoleAcc, claimed: dict[int, set[str]]) -> str | None:
    if _STATE_WORDS.isdisjoint(role.title.casefold().split()):
        return None
    if claimed.get(role.sentence):
        return None  # another office holder of the sentence owns a country: do not guess
    names = _sentence_countries(state, role.sentence)
    return next(iter(names)) if len(names) == 1 else None


_FOR_WHOM = frozenset({"government", "people", "republic", "state", "kingdom"})
_CLAUSE_ENDS = frozenset({",", ";", ".", "and", "while", "but", "who", "which", "whereas"})


def _acts_for(state: State, role: RoleAcc) -> str | None:
    """"Foreign Minister A did so for the Government of Rwanda", "A signed on behalf of
    Kenya": the country the office holder acts for, later in the same clause."""
    d = state.doc
    low, n = d.low, d.n
    for k in range(role.name_j, min(n, role.name_j + 12)):
        w = low[k]
        if w in _CLAUSE_ENDS or d.sent[k] != role.sentence:
            return None
        if w == "for" or (w == "of" and low[k - 1] == "behalf"):
            x = k + 1 + (low[k + 1] == "the" if k + 1 < n else 0)
            if x + 1 < n and low[x] in _FOR_WHOM and low[x + 1] == "of":
                x += 2  # "for the Government of Rwanda"
            c = state.country_start.get(x)
            if c is not None and c.actor and c.form != "demonym":
                return c.name
    return None


# Offices that only exist inside one country's politics: the article's dominant country owns them.
_DOMESTIC = frozenset({"opposition leader", "leader of the opposition", "speaker", "mayor", "governor", "chief justice"})


def _domestic(state: State, title: str) -> str | None:
    """"Opposition leader X" in an article about one country: that country (see _dominant)."""
    folded = title.casefold()
    if folded not in _DOMESTIC and not folded.startswith("opposition "):
        return None
    return _dominant(state)


# Offices of a government's own members (not its envoys abroad), for the dateline rule.
_HOME_OFFICES = frozenset("president minister secretary chancellor king queen premier prince emir sultan".split())


_GOVERNMENT_WORDS = frozenset({"government", "ministry", "office", "presidency", "embassy"})


def home_country(gz: Gazetteer, dateline: str | None, byline: str | None, source: str | None) -> str | None:
    """The country an article speaks from: the one a government release names as its author
    ("Press release: New Zealand Government"), else the one its dateline names."""
    for author in (byline, source):
        if author and not _GOVERNMENT_WORDS.isdisjoint(author.casefold().split()):
            words = author.replace(",", " ").split()
            for n in range(len(words), 0, -1):  # the longest run of words naming a country
                for k in range(len(words) - n + 1):
                    for e in gz.lookup(" ".join(words[k : k + n])):
                        if e.kind == "country" and e.form in ("name", "alias", "demonym"):
                            return e.name
    return dateline_country(gz, dateline)


def dateline_country(gz: Gazetteer, dateline: str | None) -> str | None:
    """The country a dateline names by its name or its capital ("Islamabad", "Doha, Qatar");
    None for other places ("Sao Paulo") and for no dateline."""
    if not dateline:
        return None
    for part in reversed(dateline.split(",")):
        for e in gz.lookup(part.strip()):
            if e.kind == "country" and e.form in ("name", "alias", "capital"):
                return e.name
    return None


_VISITS = frozenset({"visited", "visits", "visiting", "toured", "arrived"})


def _is_ministry(state: State, name: str) -> bool:
    """Whether a body named in an office is a ministry or department of a government."""
    org = state.gz.organizations.get(name)
    return (org is not None and org.type == "government") or not GOVERNMENT_BODY.isdisjoint(name.casefold().split())


def _at_home(state: State, role: RoleAcc, ministry: bool = False) -> str | None:
    """A government member's office with no other cue, in an article datelined in a country's
    capital or released by its government, belongs to that country: the local press and a
    government's own releases write "Prime Minister X" for their own. Not when the text names
    other countries but never that one (talks held abroad: "PRETORIA, South Africa" over a story
    of Ethiopia), nor for a visitor ("a state visit by President X")."""
    home = state.home
    if home is None or (not ministry and _HOME_OFFICES.isdisjoint(role.title.casefold().split())):
        return None  # (rule ministry_at_home: a ministry's spokesperson counts as a member too)
    low, i = state.doc.low, role.title_i
    if (i >= 2 and low[i - 1] == "by" and low[i - 2] == "visit") or (i >= 1 and low[i - 1] == "visiting"):
        return None  # the guest of the dateline's country (rule: visitor_not_home)
    if role.name_j < len(low) and low[role.name_j] in _VISITS:
        return None  # "as Prime Minister X visited Hanoi"
    actors = {c.name for c in state.countries if c.actor and (c.i == 0 or low[c.i - 1] != "with")}  # a partner of "with" aside
    if actors and home not in actors:
        return None  # the dateline names only where another country's story happened (rule: home_named)
    return home


def _dominant(state: State) -> str | None:
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


def fill_fallbacks(state: State) -> None:
    """Give every role still without an affiliation one from the rules above, when they agree on one."""
    claimed: dict[int, set[str]] = {}
    for p in state.persons:
        for role in p.roles:
            if role.affiliation:
                claimed.setdefault(role.sentence, set()).add(role.affiliation)
    for p in state.persons:
        for role in p.roles:
            if role.affiliation:
                continue
            named = org_in_title(state, role.title)  # "Foreign Ministry spokesman": a country's
            body = _as_owner(state, named) if named else _org_before(state, role.title_i)
            if body:
                home = _national_body(state, body, role.title)  # "Japan Self-Defense Forces Chief of Staff"
                if home is not None:
                    role.place(home, "national-body")
                else:
                    role.place(state.cues.parents.get(body, body), "body-in-office" if named else "body-before-office")
            elif role.place(_acts_for(state, role), "acts-for-country"):
                continue
            elif not role.place(_namesake_anywhere(state, p), "namesake-in-article"):
                if role.place(_host_of_visit(state, role), "host-of-visit"):
                    continue
                if not role.place(_sentence_country(state, role, claimed), "one-country-in-sentence"):
                    if not role.place(_domestic(state, role.title), "domestic-office"):
                        role.place(_at_home(state, role, named is not None and _is_ministry(state, named)), "home-country")
