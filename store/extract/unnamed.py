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

from itertools import compress, count

from .agreements import (
    DEFINITE,
    DETS,
    coordinated_list,
    hyphen_list,
    sentence_countries,
    unnamed_name,
)
from .deals import between_before, home_country, purchase, sale_parties, seller_after
from .parties import (
    LINK_VERBS,
    actor_before,
    dominant_pair,
    latest_list,
    party_phrase,
    phrase_parties,
    phrase_subject,
    principal,
    subject_countries,
    with_party,
)
from .state import AgreementAcc, State

# Words a noun phrase never runs through ("The two countries have deepened defence ties").
_CLOSED = frozenset(
    "have has had is are was were be been being will would can could may might shall should must "
    "do does did to of in on at by for with from into over under about as than that which who whom "
    "and or but not no it they we he she also just still already now then two three both each "
    "several many some most more other such own new".split()
)
_HEADS_AFTER = frozenset(
    "ally allies partner partners member members talks negotiations negotiators obligations "
    "commitments text terms partnerships signatories signatory nations countries states".split()
)
_TREATY_NOUNS = frozenset({"pact", "treaty", "agreement", "accord", "accords"})
# Nouns that name a relationship: they join an agreement already found, never make one.
_WEAK = frozenset({"ties", "relationship", "relations", "cooperation"})
_PARTICIPLES = frozenset("signed agreed reached struck concluded inked sealed initialled initialed ratified".split())


# Nouns that name a kind of text of their own: never folded into a named agreement of another noun.
_SPECIFIC = frozenset(
    {"memorandum", "protocol", "contract", "declaration", "charter", "convention", "truce", "ceasefire", "cease-fire", "armistice", "sale"}
)
_TALKS = frozenset({"negotiations", "talks"})


def _value_cues(cues) -> dict[str, list[tuple[str, ...]]]:
    """Value cue phrases by their first word (built once per cue set)."""
    cached = getattr(cues, "_value_first", None)
    if cached is None:
        cached = {}
        for cue in cues.value_cues:
            cached.setdefault(cue[0], []).append(cue)
        cues._value_first = cached
    return cached


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


def _refer(state: State, family: str, at: int, definite: bool, noun: str = "") -> AgreementAcc | None:
    """The agreement a generic mention refers back to (the latest 64 considered): one named
    with the same noun first ("the treaty" -> the latest treaty, not a later memorandum), then
    one of the same family, the most recently mentioned."""
    recent = state.agreements[-64:]
    before = [a for a in recent if a.mentions and a.first < at]
    same = [a for a in before if family in a.families or a.family == family]
    exact = [a for a in same if noun and _names_noun(a, noun)]
    pool = exact or same or (before if definite else [])
    return max(pool, key=lambda a: _last_before(a, at), default=None)


def _same_kind(acc: AgreementAcc, noun: str) -> bool:
    """Whether a mention with this noun may be that agreement: a memorandum, contract,
    ceasefire... only one already named with the noun."""
    return noun not in _SPECIFIC or _names_noun(acc, noun)


def _names_noun(acc: AgreementAcc, noun: str) -> bool:
    stem = noun.rstrip("s")
    for text in (acc.name, *acc.keywords):
        if any(w.rstrip("s") == stem for w in text.casefold().split()):
            return True
    return False


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
    value_first = _value_cues(cues)
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
    for k in list(compress(count(), map(fam.__contains__, low))):
        w = low[k]
        family = fam.get(w)
        head_start = k
        if k > 0 and f"{d.lower(k - 1)} {w}" in fam:
            family = fam[f"{d.lower(k - 1)} {w}"]
        if family is None or state.blocked[k] or state.person_tok[k] or d.lower(k + 1) in fam or d.lower(k + 1) in _HEADS_AFTER:
            continue  # "treaty ally", "alliance members": the agreement noun only modifies
        if d.word(k + 1) in ("-",) and d.gap(k + 1) == "":
            continue
        sentence = d.sent[k]
        # walk left over the noun phrase
        j, det, prefix, owned, owner = k - 1, None, None, False, None
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
            if lw == "s" and j >= 2 and d.words[j - 1] in ("'", "\u2019") and d.gap(j) == "":
                # "Japan's alliance with the United States": an owner
                c = state.country_end.get(j - 1)
                owner = c.name if c is not None and c.actor else None
                det = "its"
                owned = owner is None
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
            if len(d.words[j]) == 4 and d.words[j].isdigit() and d.lower(j - 1) in DETS:
                start = j  # "the 2017 security treaty": a year between determiner and noun
                j -= 1
                continue
            break
        if owned:
            continue
        keyword = d.span_text(start, k + 1)
        mods = [d.words[x] for x in range(start, k) if d.words[x][:1].isalpha() and prefix is None]
        if prefix is not None:
            mods = []
            keyword = d.span_text(start, k + 1)
        core_words = [
            m.casefold()
            for x, m in enumerate(mods)
            if m.casefold() not in cues.evaluative
            and m.casefold() not in cues.multipliers
            and m[:1].isalpha()
            and not (x + 1 < len(mods) and mods[x + 1].casefold() in ("awaited", "anticipated"))  # "long-awaited"
        ]
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
        if parties is None and owner is not None:
            partner = with_party(state, after)
            parties = [owner, partner] if partner and partner != owner else None
        if parties is None and w == "sale" and d.lower(after) == "of":
            parties = sale_parties(state, start, after)  # "a $23 billion sale of F-16 jets to Turkey"
        if parties is None and det in ("the", "a", "an") and mods:
            partner = with_party(state, after)  # "the 2017 bilateral security treaty with Australia"
            home = home_country(state, partner) if partner else None
            parties = [home, partner] if home else None
        if parties is None and det in ("a", "an") and mods:
            parties = between_before(state, sentence, start)  # "agreements between X and Y, including a defence pact"
        if parties is None and det == "their":
            parties = latest_list(state, sentence, start)
        if parties is None and det in ("a", "an", "the"):
            parties = purchase(state, after)  # "a deal for Hungary to acquire Swedish-made jets"
        if parties is None and det in ("a", "an", "the") and j >= 1:
            v = j - 1
            if d.lower(v) in ("on", "to", "upon") and d.lower(v - 1) in LINK_VERBS:
                v -= 1  # "agreed on a rice trade deal"
            elif d.lower(v) in ("on", "for", "over") and d.lower(v - 1) in _TALKS and d.lower(v - 2) in LINK_VERBS:
                v -= 2  # "concluded negotiations on a trade agreement"
            verb = d.lower(v)
            if verb in LINK_VERBS:
                parties = latest_list(state, sentence, v) or subject_countries(state, sentence, v) or phrase_subject(state, sentence, v)
                if parties is None:
                    # "Rio Tinto signed a lithium contract with Argentina"
                    nxt = k + 4 if d.word(k + 1) == "(" and d.word(k + 3) == ")" else k + 1  # "(DCA)"
                    first, second = actor_before(state, j - 1), with_party(state, nxt) or seller_after(state, nxt)
                    if first and second and first != second:
                        parties = [first, second]
                if parties and verb in {"create", "establish", "form", "build", "forge", "launch", "set", "develop"}:
                    hint = "announced"
        value = any(tuple(low[after : after + len(cue)]) == cue for cue in value_first.get(d.lower(after), ()))
        specific = value or (d.lower(after) in _PARTICIPLES and d.lower(after + 1) in ("in", "by", "on", "last", "with"))
        if parties is None and specific and det in ("a", "an"):
            # "under a security pact signed in 2022": a particular agreement, subject's parties
            parties = latest_list(state, sentence, start)
        if parties is None and value:
            here = sentence_countries(state, sentence)
            pair = principal(state, 2)
            if len(here) >= 2:
                parties = here
            elif pair and set(here) <= set(pair):
                parties = pair
        # keyword without the determiner
        if parties and len(parties) >= 2:
            kind = "agreement" if w in _TREATY_NOUNS else family  # "a defense pact" may be the named one
            target = _same_sentence_named(state, parties, sentence) or _same_named(state, parties, kind)
            if target is not None and not _same_kind(target, w):
                target = None  # "a port memorandum" beside a named treaty of the same parties is another text
            same_parties = unnamed_by_parties.setdefault(frozenset(parties), [])
            if target is None:
                target = next((a for a in same_parties if family in a.families and _same_kind(a, w)), None)
            if target is None and w in _WEAK:
                continue  # "China-India ties" describe a relationship, not an agreement
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
            target = _refer(state, family, start, det in DEFINITE, w)
            if target is None and det in DEFINITE and family in ("alliance", "agreement") and w not in _WEAK:
                pair = dominant_pair(state)
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


def _same_sentence_named(state: State, parties: list[str], sentence: int) -> AgreementAcc | None:
    """A named agreement of the same parties in the same sentence: "the partnership between
    the US, the UK and Australia, known as AUKUS"."""
    for acc in state.agreements[:64]:
        if acc.unnamed or {p for p, _ in acc.parties} != set(parties):
            continue
        if any(state.doc.sent[i] == sentence for i, _ in acc.mentions):
            return acc
    return None

