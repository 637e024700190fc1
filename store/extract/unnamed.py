"""Unnamed agreements and the generic mentions that refer back to agreements.

A generic noun ("alliance", "partnership", "contract", "network", ...) makes or names an
agreement only with clear parties: a hyphenated country list before it ("U.S.-Japan
alliance"), "between X and Y" after it, a country-list subject with "their" ("Japan and
Australia ... their security partnership"), a country-list subject with a verb right before
("X, Y and Z will create a joint network", "Kyiv and Washington signed a deal"), an owner and
"with" ("Japan's alliance with the US"), or a stated value ("a naval contract worth A$10
billion", parties from the sentence and the article's principal pair). One unnamed agreement
per party set and noun family per article; other definite mentions refer back.
"""

from __future__ import annotations

from collections import Counter

from .agreements import (
    DEFINITE,
    DETS,
    coordinated_list,
    hyphen_list,
    sentence_countries,
    unnamed_name,
)
from .state import AgreementAcc, State

_LINK_VERBS = frozenset(
    "signed sign signs agreed struck reached inked concluded finalised finalized sealed announced "
    "unveiled launched create establish form build forge launch set develop clinched initialled "
    "initialed ratified".split()
)
# Words a noun phrase never runs through ("The two countries have deepened defence ties").
_CLOSED = frozenset(
    "have has had is are was were be been being will would can could may might shall should must "
    "do does did to of in on at by for with from into over under about as than that which who whom "
    "and or but not no it they we he she also just still already now then two three both each "
    "several many some most more other such own new".split()
)
_PARTICIPLES = frozenset("signed agreed reached struck concluded inked sealed initialled initialed ratified".split())


def principal(state: State, n: int = 2) -> list[str]:
    """The article's main countries: the n most mentioned (first mention breaks ties)."""
    key = ("principal", n)
    if key not in state.cache:
        state.cache[key] = _principal(state, n)
    return list(state.cache[key])  # type: ignore[arg-type]


def _principal(state: State, n: int) -> list[str]:
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for c in state.countries:
        if c.actor:
            counts[c.name] += 1
            first.setdefault(c.name, c.i)
    ranked = sorted(counts, key=lambda name: (-counts[name], first[name]))
    if len(ranked) < n or counts[ranked[n - 1]] < 2:
        return []
    top = ranked[:n]
    return sorted(top, key=first.__getitem__)


def _dominant_pair(state: State) -> list[str]:
    pair = principal(state, 2)
    if not pair:
        return []
    counts = Counter(c.name for c in state.countries if c.actor)
    total = sum(counts.values())
    if counts[pair[0]] >= 3 and counts[pair[1]] >= 3 and (counts[pair[0]] + counts[pair[1]]) >= 0.6 * total:
        return pair
    return []


def party_phrase(state: State, k: int) -> tuple[int, int] | None:
    """"the two countries" / "both nations" at token k: how many parties, and the end token."""
    d = state.doc
    if d.lower(k) == "the":
        k += 1
    for phrase, n in state.cues.party_phrases.items():
        size = len(phrase)
        if all(d.lower(k + x) == phrase[x] for x in range(size)):
            return n, k + size
    return None


def phrase_parties(state: State, n: int, sentence: int, before: int) -> list[str]:
    """Who "the two countries" are: the sentence's n countries, the last list of n, the top n."""
    here = sentence_countries(state, sentence)
    if len(here) == n:
        return here
    if n == 2 and principal(state, 2):
        return principal(state, 2)
    d = state.doc
    for k in range(before - 1, max(-1, before - 400), -1):
        if d.lower(k) in ("and", ","):
            continue
        found = coordinated_list(state, k)
        if found and len(found[0]) == n and found[1] <= before and (k == 0 or state.country_start.get(k - 1) is None):
            return found[0]
    return principal(state, n)


def _latest_list(state: State, sentence: int, before: int) -> list[str] | None:
    d = state.doc
    start = d.sent_first[sentence]
    best = None
    k = start
    while k < before:
        found = coordinated_list(state, k) if (state.country_start.get(k) or state.org_start.get(k)) else None
        if found and found[1] <= before:
            best = found[0]
            k = found[1]
        else:
            k += 1
    return best


def _attach(state: State, acc: AgreementAcc, i: int, j: int, keyword: str, family: str) -> None:
    acc.spans.append(state.span(i, j))
    acc.mentions.append((i, j))
    acc.first = min(acc.first, i)
    if family != acc.family and family not in acc.families:
        acc.referring.add(i)
    acc.families.add(family)
    if keyword and keyword not in acc.keywords and keyword.casefold() != acc.name.casefold():
        acc.keywords.append(keyword)
    if acc.unnamed and family == "alliance" and acc.family == "agreement":
        # "the military agreement ... their alliance": name it by the relationship noun
        prefix = acc.name[: len(acc.name) - len(acc.core)]
        acc.family, acc.core = family, keyword.split()[-1].casefold()
        acc.name = prefix + acc.core
    for k in range(i, j):
        state.blocked[k] = 1


def _refer(state: State, family: str, at: int, definite: bool) -> AgreementAcc | None:
    """The agreement a generic mention refers back to (the latest 64 considered)."""
    recent = state.agreements[-64:]
    before = [a for a in recent if a.mentions and a.first < at]
    same = [a for a in before if family in a.families or a.family == family]
    pool = same or (before if definite else [])
    return max(pool, key=lambda a: _last_before(a, at), default=None)


def _last_before(acc: AgreementAcc, at: int) -> int:
    best = -1
    for i, _ in reversed(acc.mentions[-8:]):
        if i < at:
            return i
    for i, _ in acc.mentions:
        if best < i < at:
            best = i
    return best


def find_unnamed(state: State) -> None:
    """Scan generic agreement nouns left to right (see the module docstring)."""
    d, cues = state.doc, state.cues
    fam = cues.family
    for acc in state.agreements:
        acc.families.add(acc.family)
    low = d.low
    ends: dict[int, tuple[list[str], int]] = {}  # hyphen lists ("U.S.-Japan") by end token
    unnamed_by_parties: dict[frozenset[str], list[AgreementAcc]] = {}
    continuing: set[int] = set()
    for b in sorted({*state.country_start, *state.org_start}):
        first = state.country_start.get(b) or state.org_start.get(b)
        if d.word(first.j) in ("-", "\u2013", "/"):
            continuing.add(first.j + 1)
        if b in continuing or d.word(first.j) not in ("-", "\u2013", "/"):
            continue  # only chain heads start a list
        found = hyphen_list(state, b)
        if found and found[1] not in ends:
            ends[found[1]] = (found[0], b)
    for k in [x for x, w in enumerate(low) if w in fam]:
        w = low[k]
        family = fam.get(w)
        head_start = k
        if k > 0 and f"{d.lower(k - 1)} {w}" in fam:
            family = fam[f"{d.lower(k - 1)} {w}"]
        if family is None or state.blocked[k] or state.person_tok[k] or d.lower(k + 1) in fam:
            continue
        if d.word(k + 1) in ("-",) and d.gap(k + 1) == "":
            continue
        sentence = d.sent[k]
        # walk left over the noun phrase
        j, det, prefix, owned = k - 1, None, None, False
        start = head_start
        while j >= 0 and d.sent[j] == sentence and k - j <= 6:
            lw = d.lower(j)
            hl = ends.get(j + 1)
            if hl:
                prefix, start = hl
                j = start - 1
                det = d.lower(j) if d.lower(j) in DETS else det
                break
            if lw in DETS:
                det = lw
                break
            if state.blocked[j] or state.country_start.get(j) is not None or state.person_tok[j]:
                owned = not (d.words[j] in ("'", "\u2019") or d.words[j] == "s")
                break
            if d.words[j] in ("-", "\u2013") and d.gap(j) == "" and d.gap(j + 1) == "" and j > 0:
                start = j - 1
                j -= 2
                continue
            if lw in _CLOSED and lw not in ("new",):
                break
            if d.words[j][:1].isalpha() and (d.words[j][:1].islower() or d.heading[sentence]):
                start = j
                j -= 1
                continue
            break
        if owned:
            continue
        keyword = d.span_text(start if prefix is None else (hl[1] if False else start), k + 1)
        mods = [d.words[x] for x in range(start, k) if d.words[x][:1].isalpha() and prefix is None]
        if prefix is not None:
            mods = []
            keyword = d.span_text(start, k + 1)
        core_words = [m.casefold() for m in mods if m.casefold() not in cues.evaluative]
        core = " ".join([*core_words, w]) if head_start == k else " ".join([*core_words, d.lower(k - 1), w])
        parties: list[str] | None = prefix
        hint = None
        after = k + 1
        if parties is None and d.lower(after) == "between":
            found = coordinated_list(state, after + 1)
            if found:
                parties = found[0]
            else:
                pp = party_phrase(state, after + 1)
                if pp:
                    parties = phrase_parties(state, pp[0], sentence, k)
        if parties is None and det == "their":
            parties = _latest_list(state, sentence, start)
        if parties is None and det in ("a", "an") and j >= 1:
            v = j - 1
            if d.lower(v) in ("on", "to", "upon") and d.lower(v - 1) in _LINK_VERBS:
                v -= 1  # "agreed on a rice trade deal"
            verb = d.lower(v)
            if verb in _LINK_VERBS:
                parties = _latest_list(state, sentence, v) or _subject_countries(state, sentence, v) or _phrase_subject(state, sentence, v)
                if parties is None:
                    # "Rio Tinto signed a lithium contract with Argentina"
                    first, second = actor_before(state, j - 1), with_party(state, k + 1)
                    if first and second and first != second:
                        parties = [first, second]
                if parties and verb in {"create", "establish", "form", "build", "forge", "launch", "set", "develop"}:
                    hint = "announced"
        value = any(all(d.lower(after + x) == cue[x] for x in range(len(cue))) for cue in cues.value_cues)
        specific = value or (d.lower(after) in _PARTICIPLES and d.lower(after + 1) in ("in", "by", "on", "last", "with"))
        if parties is None and specific and det in ("a", "an"):
            # "under a security pact signed in 2022": a particular agreement, subject's parties
            parties = _latest_list(state, sentence, start)
        if parties is None and value:
            here = sentence_countries(state, sentence)
            pair = principal(state, 2)
            if len(here) >= 2:
                parties = here
            elif pair and set(here) <= set(pair):
                parties = pair
        # keyword without the determiner
        if parties and len(parties) >= 2:
            target = _same_sentence_named(state, parties, sentence) or _same_named(state, parties, family)
            same_parties = unnamed_by_parties.setdefault(frozenset(parties), [])
            if target is None:
                target = next((a for a in same_parties if family in a.families), None)
            if target is None:
                target = AgreementAcc(name=unnamed_name(state, parties, core), unnamed=True, family=family, first=start, core=core)
                target.families.add(family)
                state.agreements.append(target)
                same_parties.append(target)
            for p in parties:
                target.add_party(p, sentence)
            if hint and target.status_hint is None:
                target.status_hint, target.status_sentence = hint, sentence
            if value and target.value_at < 0:
                target.value_at = after
            _attach(state, target, start, k + 1, keyword, family)
        elif det in DEFINITE or (det in ("a", "an") and mods):
            target = _refer(state, family, start, det in DEFINITE)
            if target is None and det in DEFINITE and family in ("alliance", "agreement"):
                pair = _dominant_pair(state)
                if pair:
                    target = AgreementAcc(name=unnamed_name(state, pair, core), unnamed=True, family=family, first=start, core=core)
                    target.families.add(family)
                    state.agreements.append(target)
                    for p in pair:
                        target.add_party(p, sentence)
            if target is not None:
                _attach(state, target, start, k + 1, keyword, family)


def _same_named(state: State, parties: list[str], family: str) -> AgreementAcc | None:
    """A named agreement of the same parties and noun family anywhere in the article: "the
    last arms control treaty between the United States and Russia" ... "New START"."""
    for acc in state.agreements[:64]:
        if not acc.unnamed and acc.family == family and {p for p, _ in acc.parties} == set(parties):
            return acc
    return None


def _subject_countries(state: State, sentence: int, verb: int) -> list[str] | None:
    """Countries named before a linking verb ("Armenian Prime Minister A and Azerbaijani
    President B initialled ..."): two or three distinct ones."""
    names = [n for n in state.by_sentence.get(sentence, ()) if any(c.j <= verb for c in _mentions_of(state, n, sentence))]
    return names if 2 <= len(names) <= 3 else None


def _phrase_subject(state: State, sentence: int, verb: int) -> list[str] | None:
    """"The two countries also agreed on ...": who the phrase before the verb means."""
    d = state.doc
    for k in range(d.sent_first[sentence], verb):
        pp = party_phrase(state, k)
        if pp and pp[1] <= verb:
            found = phrase_parties(state, pp[0], sentence, k)
            return found if len(found) >= 2 else None
    return None


def _mentions_of(state: State, name: str, sentence: int):
    if "mentions" not in state.cache:
        found: dict[tuple[int, str], list] = {}
        for c in state.countries:
            if c.actor:
                found.setdefault((c.sentence, c.name), []).append(c)
        state.cache["mentions"] = found
    return state.cache["mentions"].get((sentence, name), ())  # type: ignore[union-attr]


def _same_sentence_named(state: State, parties: list[str], sentence: int) -> AgreementAcc | None:
    """A named agreement of the same parties in the same sentence: "the partnership between
    the US, the UK and Australia, known as AUKUS"."""
    for acc in state.agreements[:64]:
        if acc.unnamed or {p for p, _ in acc.parties} != set(parties):
            continue
        if any(state.doc.sent[i] == sentence for i, _ in acc.mentions):
            return acc
    return None


def subject_parties(state: State, i: int) -> list[str] | None:
    """"X and Y signed a/the ..." before token i: the country list subject of a linking verb."""
    d = state.doc
    k = i - 1
    while k >= 0 and d.low[k] in ("a", "an", "the", "new", "their", "its", "landmark", "historic", "major"):
        k -= 1
    if k < 0 or d.low[k] not in _LINK_VERBS:
        return None
    return _latest_list(state, d.sent[i], k)


def actor_before(state: State, i: int) -> str | None:
    """The country or organisation named last before token i in its sentence."""
    d = state.doc
    first = d.sent_first[d.sent[i]]
    for k in range(i - 1, max(first, i - 40) - 1, -1):
        c = state.country_end.get(k + 1)
        if c is not None and c.actor:
            return c.name
        if k + 1 in state.org_end:
            return state.org_end[k + 1]
    return None


def with_party(state: State, j: int) -> str | None:
    """"... with Argentina" right after token j-1: the country or organisation."""
    d = state.doc
    if d.lower(j) != "with":
        return None
    k = j + 1 + (d.lower(j + 1) == "the")
    c = state.country_start.get(k) or state.org_start.get(k)
    return c.name if c is not None else None


def _between(state: State, sentence: int) -> list[str]:
    """The parties of the first "between X and Y" / "between the two countries" of a sentence."""
    key = ("between", sentence)
    if key in state.cache:
        return state.cache[key]  # type: ignore[return-value]
    d = state.doc
    out: list[str] = []
    for k in range(d.sent_first[sentence], len(d)):
        if d.sent[k] != sentence:
            break
        if d.low[k] == "between":
            found = coordinated_list(state, k + 1)
            if found:
                out = found[0]
                break
            pp = party_phrase(state, k + 1)
            if pp:
                out = phrase_parties(state, pp[0], sentence, k)
                break
    state.cache[key] = out
    return out


def _phrase_in(state: State, sentence: int) -> list[str]:
    """Parties of a "the two countries" phrase anywhere in the sentence."""
    d = state.doc
    for k in range(d.sent_first[sentence], min(len(d), d.sent_first[sentence] + 200)):
        if d.sent[k] != sentence:
            break
        if d.low[k] in ("two", "both", "three"):
            pp = party_phrase(state, k)
            if pp:
                return phrase_parties(state, pp[0], sentence, k)
    return []


def fill_named_parties(state: State) -> None:
    """Parties of named agreements the name does not give: "between the two countries",
    "... Agreement in Japan", or the article's principal pair around a single party."""
    d = state.doc
    for acc in state.agreements:
        if acc.unnamed or acc.known or len(acc.parties) >= 2:
            continue
        for i, j in sorted(acc.mentions):
            sentence = d.sent[i]
            for p in subject_parties(state, i) or ():
                acc.add_party(p, sentence)
            end = j + 3 if d.word(j) == "(" else j
            if d.lower(end) == "in" and state.country_start.get(end + 1):
                acc.add_party(state.country_start[end + 1].name, sentence)
            for p in _between(state, sentence) or _phrase_in(state, sentence):
                acc.add_party(p, sentence)
            if len(acc.parties) >= 2:
                break
        if len(acc.parties) == 1:
            pair = principal(state, 2)
            if acc.parties[0][0] in pair:
                for p in pair:
                    acc.add_party(p, d.sent[acc.mentions[0][0]])
