"""Who the parties are: country (or organisation) lists as subjects, "between X and Y",
"the two countries", the article's principal pair; the readers both described and named
agreements use (named ones' own rules are in ``named_parties.py``)."""

from __future__ import annotations

from store.extract.company_home import described_home
from store.extract.lists import coordinated_list, sentence_countries, subject_end
from store.extract.shapes import CLOSED
from store.extract.state import State
from store.extract.tokens import APOSTROPHES
from store.extract.told_pair import told_pair
from store.extract.venues import venue_only

LINK_VERBS = frozenset(
    "signed sign signs agreed struck reached inked concluded finalised finalized sealed announced "
    "unveiled launched create establish form build forge launch set develop clinched initialled "
    "initialed ratified negotiating negotiate negotiated proposed propose proposing renewed renew "
    "extended extend reviewing review revising revise accepted accept accepts ink inks seal "
    "seals strike strikes reach reaches clinch clinches finalising finalizing discussing drafting".split()
)


def principal(state: State, n: int = 2) -> list[str]:
    """The article's main countries: the n most mentioned (first mention breaks ties)."""
    key = ("principal", n)
    if key not in state.cache:
        state.cache[key] = _principal(state, n)
    return list(state.cache[key])  # type: ignore[arg-type]


def _actor_counts(state: State) -> tuple[dict[str, int], dict[str, int]]:
    """How often each country is named as an actor, and its first token (once per article)."""
    cached = state.cache.get("actor_counts")
    if cached is None:
        counts: dict[str, int] = {}
        first: dict[str, int] = {}
        for c in state.countries:
            if c.actor:
                name = c.name
                if name in counts:
                    counts[name] += 1
                else:
                    counts[name] = 1
                    first[name] = c.i
        cached = state.cache["actor_counts"] = (counts, first)
    return cached  # type: ignore[return-value]


def _principal(state: State, n: int) -> list[str]:
    counts, first = _actor_counts(state)
    ranked = sorted(counts, key=lambda name: (-counts[name], first[name]))
    if len(ranked) < n or counts[ranked[n - 1]] < 2:
        return []
    top = ranked[:n]
    return sorted(top, key=first.__getitem__)


def dominant_pair(state: State) -> list[str]:
    pair = principal(state, 2)
    if not pair:
        return []
    counts = _actor_counts(state)[0]
    total = sum(counts.values())
    if counts[pair[0]] >= 3 and counts[pair[1]] >= 3 and (counts[pair[0]] + counts[pair[1]]) >= 0.6 * total:
        return pair
    return []


def party_phrase(state: State, k: int) -> tuple[int, int] | None:
    """"the two countries" / "both nations" at token k: how many parties, and the end token."""
    d = state.doc
    by_first = _phrases_by_first(state.cues)
    if by_first is None:  # an empty phrase matches anywhere: keep the plain scan
        if d.lower(k) == "the":
            k += 1
        for phrase, n in state.cues.party_phrases.items():
            size = len(phrase)
            if all(d.lower(k + x) == phrase[x] for x in range(size)):
                return n, k + size
        return None
    low, n_tokens = d.low, d.n
    if k < 0:
        return None  # before the text: every word reads as ""
    if k < n_tokens and low[k] == "the":
        k += 1
    for phrase, n in by_first.get(low[k] if k < n_tokens else "", ()):
        size = len(phrase)
        if tuple(low[k : k + size]) == phrase:
            return n, k + size
    return None


def _phrases_by_first(cues) -> dict[str, list[tuple[tuple[str, ...], int]]] | None:
    """Party phrases by their first word, each list in the phrases' own order (built once per
    cue set); None when a phrase is empty."""
    cached = cues.derived.get("party_first", False)
    if cached is False:
        cached = {}
        for phrase, n in cues.party_phrases.items():
            if not phrase:
                cached = None
                break
            cached.setdefault(phrase[0], []).append((phrase, n))
        cues.derived["party_first"] = cached
    return cached


def phrase_parties(state: State, n: int, sentence: int, before: int) -> list[str]:
    """Who "the two countries" are: the sentence's n countries, the last list of n, the top n."""
    here = sentence_countries(state, sentence)
    if len(here) == n:
        return here
    if n == 2 and (pair := told_pair(state, before) or principal(state, 2)):
        return pair
    d = state.doc
    # rule states_phrase_no_firms: "the two governments" are never a list of companies
    states = not _STATE_NOUNS.isdisjoint(d.low[before : before + 3])
    for k in range(before - 1, max(-1, before - 400), -1):
        if d.lower(k) in ("and", ","):
            continue
        found = coordinated_list(state, k)
        if found and len(found[0]) == n and found[1] <= before and (k == 0 or state.country_start.get(k - 1) is None):
            if states and not any(name in state.gz.countries for name in found[0]):
                continue
            return found[0]
    return principal(state, n)


_STATE_NOUNS = frozenset({"governments", "countries", "states", "nations"})


# Words between a body and the bracketed list of its members ("the EFTA states (Iceland, ...)").
_MEMBER_HEADS = frozenset({"states", "countries", "members", "nations", "governments"})


def latest_list(state: State, sentence: int, before: int) -> list[str] | None:
    country_start, org_start = state.country_start, state.org_start
    words = state.doc.words
    best = None
    owners: list[str] = []  # bodies whose members a bracketed list gives
    k = state.doc.sent_first[sentence]
    while k < before:
        found = coordinated_list(state, k) if (country_start.get(k) or org_start.get(k)) else None
        if found and found[1] <= before:
            owner = _members_of(state, k) if words[k - 1] == "(" else None
            if owner is not None:
                owners.append(owner)
                x = found[1] + 1 if found[1] < before and words[found[1]] == ")" else 0
                if x and state.doc.low[x] == "and":
                    x += 2 if state.doc.low[x + 1] == "the" else 1
                    other = (org_start.get(x) or country_start.get(x)) if x < before else None
                    if other is not None and other.j <= before and words[other.j] != "(" and other.name not in owners:
                        owners.append(other.name)  # "Mercosur (...) and the European Union signed"
            best = owners if len(owners) >= 2 and owner is not None else found[0]
            k = found[1]
        else:
            k += 1
    return best


def _members_of(state: State, k: int) -> str | None:
    """The body whose member list opens at k after "(": "the Andean Community (Peru, ...)", "the
    EFTA states (Iceland, ...)". Two such bodies joined are the parties, not their members.
    (Rule: bracketed_members.)"""
    x = k - 1
    if x >= 1 and state.doc.low[x - 1] in _MEMBER_HEADS:
        x -= 1
    owner = state.org_end.get(x)
    if owner is None and x >= 1:
        c = state.org_start.get(x - 1)  # "EFTA states": the body right before the head word
        owner = c.name if c is not None and c.j == x else None
    return owner


def subject_countries(state: State, sentence: int, verb: int) -> list[str] | None:
    """Countries named before a linking verb ("Armenian Prime Minister A and Azerbaijani
    President B initialled ..."): two or three distinct ones."""
    first_end = _first_ends(state)
    names = [n for n in state.by_sentence.get(sentence, ()) if first_end.get((sentence, n), verb + 1) <= verb and not venue_only(state, sentence, n, verb)]
    if len(names) < 2:
        # organisations that can be parties count too ("The European Union and ... Mercosur")
        org_at = state.org_start.get
        words = state.doc.words
        for k in range(state.doc.sent_first[sentence], verb):
            org = org_at(k)
            if org is not None and org.j <= verb and org.name not in names:
                names.append(org.name)
                home = state.country_end.get(k - 2) if k >= 3 and words[k - 1] == "s" and words[k - 2] in APOSTROPHES else None
                if home is None and org.j + 1 < verb and state.doc.low[org.j] == "of":
                    home = state.country_start.get(org.j + 1)  # rule company_home: "TotalEnergies of France signed"
                if home is None:
                    home = described_home(state, k)  # "French energy giant TotalEnergies signed"
                if home is not None and home.name in names and names.count(home.name) == 1:
                    names.remove(home.name)  # rule company_home: "South Korea's Hyundai Rotem signed": the firm
    return names if 2 <= len(names) <= 3 else None


def phrase_subject(state: State, sentence: int, verb: int) -> list[str] | None:
    """"The two countries also agreed on ...": who the phrase before the verb means."""
    d = state.doc
    low = d.low
    by_first = _phrases_by_first(state.cues)
    for k in range(d.sent_first[sentence], verb):
        if by_first is not None and low[k] != "the" and low[k] not in by_first:
            continue  # no phrase starts here
        pp = party_phrase(state, k)
        if pp and pp[1] <= verb:
            found = phrase_parties(state, pp[0], sentence, k)
            return found if len(found) >= 2 else None
    return two_subject(state, sentence, verb)


# Words between a bare "the two" and the verb it is the subject of ("the two also agreed to set up").
_TWO_CHAIN = frozenset("to agreed agree agrees decided decide also will would have jointly pledged vowed promised then".split())


def two_subject(state: State, sentence: int, verb: int) -> list[str] | None:
    """"... met Y, and the two agreed to set up a partnership": a bare "the two" (or "both")
    right before the verb chain means the sentence's two countries, else the article's main
    pair. (Rule: two_subject.)"""
    low = state.doc.low
    first = state.doc.sent_first[sentence]
    x = verb
    while x > first and verb - x < 4 and low[x - 1] in _TWO_CHAIN:
        x -= 1
    if x - 1 > first and low[x - 1] == "two" and low[x - 2] == "the" or x > first and low[x - 1] == "both":
        found = phrase_parties(state, 2, sentence, x - 1)
        return found if len(found) == 2 else None
    return None


def _first_ends(state: State) -> dict[tuple[int, str], int]:
    """(sentence, country) -> the end of the country's first actor mention in the sentence:
    mentions come in text order without overlaps, so the first one ends first."""
    found = state.cache.get("first_ends")
    if found is None:
        found = state.cache["first_ends"] = {}
        for c in state.countries:
            if c.actor and (key := (c.sentence, c.name)) not in found:
                found[key] = c.j
    return found  # type: ignore[return-value]


# Verbs of leaving or halting an agreement: their subject is one of its parties ("Peru pulled out
# of the fisheries deal with Chile"), though the verb says nothing of its making.
_LEAVE = frozenset(
    "suspended suspends suspend terminated terminates terminate scrapped scraps scrap quit quits "
    "exited exits abandoned abandons abandon renounced renounces renounce ended ends".split()
)
_LEAVE_FROM = frozenset("withdrew withdraws withdraw withdrawn withdrawing walked walks".split())


def leaving_at(low: list[str], v: int) -> int:
    """The token of a leaving verb at v ("suspended"), or ending at v ("withdrew from",
    "pulled out of", "walked away from"); 0 when there is none. (Rule: verb_subject.)"""
    w = low[v]
    if w in _LEAVE:
        return v
    if w == "from" and v >= 1:
        if low[v - 1] in _LEAVE_FROM:
            return v - 1
        if low[v - 1] == "away" and v >= 2 and low[v - 2] in _LEAVE_FROM:
            return v - 2
    if w == "of" and v >= 2 and low[v - 1] == "out" and low[v - 2] in ("pulled", "pulls", "pull", "pulling", "opted", "opts"):
        return v - 2
    return 0


def modified_start(d, i: int) -> int:
    """The first of one or two lower-case modifiers between a determiner and a name at token i
    ("a fisheries Memorandum of Understanding"), else i. (Rule: modified_name.)"""
    for x in (i - 1, i - 2):
        if x >= 1 and d.low[x - 1] in ("a", "an", "the") and all(w.isalpha() and w.islower() and w not in LINK_VERBS and w not in CLOSED for w in d.words[x:i]):
            return x
    return i


def subject_parties(state: State, i: int) -> list[str] | None:
    """"X and Y signed a/the ..." before token i: the country list subject of a linking verb."""
    d = state.doc
    k = modified_start(d, i) - 1  # "signed a fisheries Memorandum of Understanding": past its modifiers
    while k >= 0 and (
        d.low[k] in ("a", "an", "the", "new", "their", "its", "landmark", "historic", "major", "\u201c", '"')
        or len(d.low[k]) == 4 and d.low[k].isdigit()  # "a 1951 Mutual Defense Treaty"
    ):
        k -= 1
    if k >= 4 and d.low[k] == "first" and d.low[k - 1] == "s" and d.low[k - 3] == "world" and d.words[k - 2] in APOSTROPHES:
        k -= 5 if d.low[k - 4] == "the" else 4  # "adopted the world's first ... Agreement"
    if k >= 0 and d.low[k] in _HOLD:  # "Manila and Washington have a 1951 Mutual Defense Treaty"
        return latest_list(state, d.sent[i], k)
    talks = _talks_before(d, k)
    if talks is not None:  # "X and Y have begun technical talks on renewing the ... Treaty"
        return latest_list(state, d.sent[i], talks)
    leaving = leaving_at(d.low, k) if k >= 0 else 0
    if leaving and d.low[leaving - 1] not in ("not", "never", "no"):
        # "Peru and Chile withdrew from the ... Treaty"; "In May, Peru withdrew from ...": one subject (rule: lone_leaver)
        return latest_list(state, d.sent[i], leaving) or _lone_subject(state, leaving)
    if k >= 0 and d.low[k] in _ADOPTED:
        return _members_subject(state, k)
    if k < 0 or d.low[k] not in LINK_VERBS:
        return None
    if k >= 2 and d.low[k - 1] == "and" and d.low[k - 2] in LINK_VERBS:
        k -= 2  # "Chile signed and ratified the ...": the subject before the first verb (rule: coordinated_verbs)
    return latest_list(state, d.sent[i], k) or _lone_subject(state, k) or _members_subject(state, k)


_ADOPTED = frozenset({"adopted", "adopt", "adopts", "approved", "endorsed"})
_DAY_WORDS = frozenset("on monday tuesday wednesday thursday friday saturday sunday".split())


def _members_subject(state: State, verb: int) -> list[str] | None:
    """"Member states of the WHO on Tuesday formally adopted the ...", "ASEAN members signed
    ...": the body whose members act is the party. (Rule: members_subject.)"""
    d = state.doc
    low = d.low
    first = d.sent_first[d.sent[verb]]
    k = verb
    while k > first and (low[k - 1] in _BEFORE_VERB or low[k - 1] in _DAY_WORDS):
        k -= 1
    if k - 1 > first and low[k - 1] in ("members", "states") and (body := state.org_end.get(k - 1 - (low[k - 2] == "member"))):
        return [body]  # "ASEAN member states adopted"
    for x in range(k - 1, max(first, k - 8), -1):
        if low[x] == "of" and x >= 1 and low[x - 1] in ("members", "states") and state.org_end.get(k) is not None:
            return [state.org_end[k]]  # "Member states of the WHO adopted"
    return None


_HOLD = frozenset({"have", "has", "had", "share", "shared"})
# Verbs that open, hold or close talks on an agreement ("began talks on", "concluded negotiations on").
_TALK_VERBS = frozenset(
    "begun began begin begins opened open opens launched launch started start resumed resume held hold "
    "concluded conclude completed complete finalised finalized wrapped".split()
)


def _talks_before(d, k: int) -> int | None:
    """The verb of "<verb> [adjective] talks/negotiations on [renewing] the" ending at token k,
    whose subject negotiates the agreement; None when the words are not so. (Rule: talks_subject.)"""
    low = d.low
    if k >= 1 and low[k].endswith("ing") and low[k - 1] in ("on", "for"):
        k -= 1  # "talks on renewing the treaty"
    if k < 2 or low[k] not in ("on", "for", "over") or low[k - 1] not in ("talks", "negotiations"):
        return None
    k -= 2
    if k >= 1 and low[k] not in _TALK_VERBS and d.words[k].isalpha() and d.words[k].islower():
        k -= 1  # "begun technical talks"
    return k if k >= 0 and low[k] in _TALK_VERBS else None


_BEFORE_VERB = frozenset(
    "also formally finally officially jointly recently already then has have had will would "
    "could may might".split()
)


def _lone_subject(state: State, verb: int) -> list[str] | None:
    """"Finland also signed ...": one country right before the verb (past adverbs and
    auxiliaries), the one signatory the sentence names before it. Not an organisation: "The
    Philippine Senate ratified ..." names a legislature, not a party."""
    c = state.country_end.get(subject_end(state, verb, _BEFORE_VERB))
    return [c.name] if c is not None and c.actor else None


def actor_before(state: State, i: int) -> str | None:
    """The country or organisation named last before token i in its sentence."""
    d = state.doc
    country_end, org_end = state.country_end, state.org_end
    first = d.sent_first[d.sent[i]]
    for k in range(i, max(first, i - 40), -1):  # each k is one past a token looked at
        c = country_end.get(k)
        if c is not None and c.actor:
            if c.i >= 2 and d.low[c.i - 1] == "of" and c.i - 1 in org_end:
                return org_end[c.i - 1]  # rule company_home: "TotalEnergies of France": the firm
            return c.name
        if k in org_end:
            return org_end[k]
    return None


def with_party(state: State, j: int) -> str | None:
    """"... with Argentina" right after token j-1: the country or organisation."""
    c = state.partner_at(j)
    return c.name if c is not None else None


def body_at(state: State, k: int) -> str | None:
    """The country or organisation named at token k, a body the gazetteer knows included
    even where it is not an actor ("the Pentagon" reads as a place)."""
    c = state.country_start.get(k) or state.org_start.get(k)
    if c is not None:
        return c.name
    m = state.doc.match_at.get(k)
    e = m.first("organization") if m is not None else None
    return e.name if e is not None else None

