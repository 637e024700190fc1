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

from store.extract.acts_for import acts_for
from store.extract.country_word import country_named_before
from store.extract.firm_officer import place_firm_officer
from store.extract.gazetteer import Gazetteer
from store.extract.home import (
    a_capital,
    at_home,
    dominant_country,
    government_of_article,
    is_ministry,
)
from store.extract.its_owner import its_owner
from store.extract.lede_pair import other_side as lede_other_side
from store.extract.main_country import main_country
from store.extract.offices import GOVERNMENT_BODY, possessive_org, seat_country
from store.extract.paired_offices import pair_plural_offices
from store.extract.principal import possessive_principal, principal_country, served_principal
from store.extract.same_office import country_of_office
from store.extract.state import PersonAcc, RoleAcc, State
from store.extract.visit_hosts import host_met

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
    """The organisation named inside an office title, if any; not one the office is in charge
    of ("Minister Delegate in charge of the National Defense Administration": its portfolio)."""
    title = title.split(" in charge of ", 1)[0]
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


def org_before(state: State, ti: int) -> str | None:
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
                if c.i >= 2 and d.low[c.i - 1] == "of" and d.low[c.i - 2] in _OFFICE_HEADS:
                    continue  # "the Vice Chairman of China's planning commission": another office's (rule other_office_country)
                found.add(c.name)
    return found


# Head words of an office whose "of <country>" makes the country that office's.
_OFFICE_HEADS = frozenset({"chairman", "chairwoman", "chairperson", "chair", "minister", "president", "secretary", "head", "chief", "director", "governor", "ambassador", "envoy"})
# Words after a name that make its holder a visitor to the sentence's country.
_VISITING = frozenset({"visiting", "visited", "touring", "toured"})


def _visiting(state: State, role: RoleAcc) -> bool:
    """Rule visitor_not_of_sentence: "Minister A wrote while visiting the nation", "visiting
    Minister A": the country the sentence names is the one visited, not the office holder's."""
    low, sent = state.doc.low, state.doc.sent
    if role.title_i >= 1 and low[role.title_i - 1] == "visiting":
        return True
    for k in range(role.name_j, min(state.doc.n, role.name_j + 10)):
        if sent[k] != role.sentence or low[k] in (";", "."):
            return False
        if low[k] in _VISITING and (k == role.name_j or low[k - 1] in _WHILE):
            return True  # "A visited Jakarta", "... while visiting the nation" (not "met the visiting envoys")
    return False


_WHILE = frozenset({"while", "when", "after", "before", "during"})


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
        here = [c for c in state.countries if c.sentence == role.sentence and low[c.i - 1] == "in" and a_capital(state, c.surface)]
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


def _sentence_country(state: State, role: RoleAcc, claimed: dict[int, set[str]]) -> str | None:
    if _STATE_WORDS.isdisjoint(role.title.casefold().split()):
        return None
    if claimed.get(role.sentence):
        return None  # another office holder of the sentence owns a country: do not guess
    if role.rule == "plural-title" or _visiting(state, role):
        return None  # "Prime Ministers A and B": not both of one country; a visitor is not the host's
    names = _sentence_countries(state, role.sentence)
    if names:
        names = _past_opening_clause(state, role, names)
    return next(iter(names)) if len(names) == 1 else None


# Words that open a clause set before the main one ("After Russia attacked Ukraine, ...").
_OPENERS = frozenset({"after", "when", "as", "since", "while", "before", "although", "though", "once", "following"})


def _past_opening_clause(state: State, role: RoleAcc, names: set[str]) -> set[str]:
    """Rule opening-clause-apart: a country named only in a clause that opens the sentence and
    closes with a comma before the office ("After Russian forces attacked Ukraine last year,
    Chancellor A set up a fund") is that clause's, not the office holder's."""
    d = state.doc
    first = d.sent_first[d.sent[role.title_i]]
    if d.low[first] not in _OPENERS:
        return names
    comma = next((x for x in range(first + 1, role.title_i) if d.words[x] == ","), -1)
    if comma < 0:
        return names
    later = {c.name for c in state.countries if c.sentence == role.sentence and c.i > comma}
    return names & later


# Offices that only exist inside one country's politics: the article's dominant country owns them.
_DOMESTIC = frozenset({"opposition leader", "leader of the opposition", "speaker", "mayor", "governor", "chief justice"})


def _domestic(state: State, title: str) -> str | None:
    """"Opposition leader X" in an article about one country: that country (see home.dominant_country)."""
    folded = title.casefold()
    if folded not in _DOMESTIC and not folded.startswith("opposition "):
        return None
    return dominant_country(state)


# Heads of a state or government, named by the bare office ("President A said").
_HEADS = frozenset({"president", "prime minister", "premier", "chancellor", "king", "queen", "emir", "sultan"})


def _head_of_only_country(state: State, title: str) -> str | None:
    """Rule head-of-only-country: "President A" in an article that names one country and no
    other, by any form, and at least twice as an actor (not as where a thing happened): that
    country's head. A visiting head would bring a second country; a
    sentence whose other office holder owns the country is left alone (the caller checks)."""
    if title.casefold() not in _HEADS:
        return None
    names = {c.name for c in state.countries}
    if len(names) != 1:
        return None
    low, preps = state.doc.low, state.cues.place_preps
    acting = sum(1 for c in state.countries if c.actor and (c.i == 0 or low[c.i - 1] not in preps))
    return next(iter(names)) if acting >= 2 else None  # named twice as an actor, not a place only


_EARLIER = frozenset({"former", "then", "ex", "late"})


def _free_home(state: State, p: PersonAcc, role: RoleAcc, home: str | None) -> str | None:
    """Rule one-head-per-country: a head's office ("President") the home country gives is not
    given when someone else already holds that office for that country ("President Xi" in a
    story from Abuja that named President Tinubu first)."""
    if home is None or role.title.casefold() not in _HEADS:
        return home
    low, ti = state.doc.low, role.title_i
    if ti >= 1 and (low[ti - 1] in _EARLIER or (ti >= 2 and low[ti - 1] == "-" and low[ti - 2] in _EARLIER)):
        return home  # "former President A", "then-President A": an earlier holder of the same office
    title = role.title.casefold()
    for other in state.persons:
        if other is not p and any(r.affiliation == home and r.title.casefold() == title for r in other.roles):
            return None
    return home


def fill_fallbacks(state: State) -> None:
    """Give every role still without an affiliation one from the rules above, when they agree on one."""
    if state.persons:
        pair_plural_offices(state)  # "the Australian and Fijian prime ministers, A and B"
    claimed: dict[int, set[str]] = {}
    missing = False
    for p in state.persons:
        for role in p.roles:
            if role.affiliation:
                claimed.setdefault(role.sentence, set()).add(role.affiliation)
            else:
                missing = True
    if not missing:
        return  # every office has its country already
    for p in state.persons:
        for role in p.roles:
            if role.affiliation:
                continue
            named = org_in_title(state, role.title)  # "Foreign Ministry spokesman": a country's
            body = _as_owner(state, named) if named else org_before(state, role.title_i)
            if body:
                home = _national_body(state, body, role.title)  # "Japan Self-Defense Forces Chief of Staff"
                if home is not None:
                    role.place(home, "national-body")
                else:
                    role.place(state.cues.parents.get(body, body), "body-in-office" if named else "body-before-office")
            elif place_firm_officer(state, role):
                continue  # "the company's chief executive, A"
            elif role.place(its_owner(state, role), "its-office"):
                continue  # "Guinea's council must approve it, its spokesman A said"
            elif role.place(acts_for(state, role), "acts-for-country"):
                continue
            elif role.place(country_named_before(state, role), "the-country-named-before"):
                continue  # "The country's finance minister A"
            elif role.place(government_of_article(state, role), "the-government"):
                continue
            elif role.place(principal_country(state, role) or possessive_principal(state, role) or served_principal(state, role), "principal-of-aide"):
                continue  # "top military aide to President B"
            elif not role.place(_namesake_anywhere(state, p), "namesake-in-article"):
                if role.place(_host_of_visit(state, role), "host-of-visit") or role.place(host_met(state, role), "host-met-on-visit"):
                    continue
                if role.place(country_of_office(state, role), "office-named-with-country"):
                    continue  # "France's defence minister said ... Defence Minister A"
                if not role.place(_sentence_country(state, role, claimed), "one-country-in-sentence"):
                    if not role.place(_domestic(state, role.title), "domestic-office"):
                        if not role.place(_free_home(state, p, role, at_home(state, role, named is not None and is_ministry(state, named))), "home-country"):
                            if not claimed.get(role.sentence) and role.place(_head_of_only_country(state, role.title), "head-of-only-country"):
                                continue  # (not "between Kenyan President A and Prime Minister B")
                            if role.title.casefold() in _HEADS:  # "President A and his Serbian counterpart B"
                                role.place(lede_other_side(state, p, role), "other-side-of-lede")
                            if not role.affiliation:  # "Defence Minister A said" in a story of one country
                                role.place(_free_home(state, p, role, main_country(state, role)), "main-country")
