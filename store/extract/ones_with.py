"""Texts told by a pronoun for the agreement just told, with their partners after "with": "It
is Japan's third such pact, following ones with Australia, signed in 2022, and Britain, signed
in 2023", "It follows similar ones with Ecuador and Colombia", "after a similar one with Peru".
"ones" and "one" stand for the agreement's noun, so each listed partner made a text of that kind
with the side the story's agreement shares: the side its sentence names ("for Japan"), else the
first side of that agreement. Each partner's aside gives its year (rule: ones_with), and its
stage, whatever another partner's aside says (rule: own_aside).

A third party's own text of that kind, no partner written, is one with the told agreement's
partner: "Sweden signed a defence agreement with the US. Denmark is due to sign its own deal",
"Norway signed a similar one in 2022". (Rule: own_text.)"""

from __future__ import annotations

from store.extract.fact_years import year_word
from store.extract.lists import coordinated_list, described_record
from store.extract.state import AgreementAcc, State
from store.extract.triggers import positions, vocabulary
from store.records import Fact

_RULE = "ones_with"
_PRONOUNS = frozenset({"ones", "one"})
# Words before a singular "one" that make it stand for a text of the kind told ("a similar one").
_LIKE_ONE = frozenset({"similar", "such", "comparable", "identical", "parallel", "separate", "earlier", "previous"})
_STOPS = frozenset({".", ";", ":", "(", ")"})
# Words of an aside saying a listed text is in force ("in force since 2023", "took effect").
_IN_FORCE = frozenset({"force", "effect"})
# The cache key of each listed text's stage, as its own aside tells it.
_STAGES = "ones_with_stages"


def _told(state: State, at: int) -> AgreementAcc | None:
    """The agreement told last before token ``at``, in its sentence or the one before, of two
    sides or of none known yet (a name): the text the pronoun stands for."""
    d = state.doc
    here = d.sent[at]
    best: tuple[int, AgreementAcc] | None = None
    for acc in state.agreements:
        if len(acc.parties) not in (0, 2) or not acc.parties and acc.unnamed:
            continue
        for i, _j in acc.mentions:
            if i < at and here - 1 <= d.sent[i] <= here and (best is None or i > best[0]):
                best = (i, acc)
    return best[1] if best is not None else None


def _partners(state: State, k: int) -> list[tuple[str, int | None, bool]]:
    """The partners listed from token k, each with the year its aside gives and whether the
    aside says it is in force: "Australia, signed in January 2022 and in force since August
    2023, and Britain, signed in 2023", or a plain list "Ecuador and Colombia"."""
    d = state.doc
    low, n, here = d.low, d.n, d.sent[k]
    out: list[tuple[str, int | None, bool]] = []
    while k < n and d.sent[k] == here:
        k += low[k] == "the"
        c = state.party_start(k)
        if c is None:
            break
        listed = coordinated_list(state, k)
        if listed is not None and len(listed[0]) > 1 and (listed[1] >= n or low[listed[1]] in _STOPS or d.sent[listed[1]] != here):
            return out + [(name, None, False) for name in listed[0]]  # a plain list to the clause's end
        k = c.j
        year = None
        running = False
        if k < n and low[k] == ",":  # an aside on this partner, up to the next partner or the end
            x = k + 1
            while x < n and x - k < 16 and d.sent[x] == here and low[x] not in _STOPS:
                if low[x] in (",", "and") and state.party_start(x + 1 + (low[x + 1] == "and") + (low[x + 1 + (low[x + 1] == "and")] == "the")) is not None:
                    break
                year = year or year_word(low[x])
                running = running or low[x] in _IN_FORCE and low[x - 1] in ("in", "into", "took", "taken")
                x += 1
            k = x
        out.append((c.name, year, running))
        if k < n and low[k] == ",":
            k += 1
        if k < n and low[k] == "and":
            k += 1
        elif not (k < n and state.party_start(k + (low[k] == "the")) is not None and low[k - 1] == ","):
            break
    return out


def _side(state: State, at: int, told: AgreementAcc) -> str | None:
    """The side of the told agreement the listed texts share: the last one named between its
    mention and the pronoun, not as its partner ("the third such agreement for Japan", "Rwanda's
    fourth"; any country when its sides are not known yet), else its first side ("Chile signed a
    pact with Peru, after one with Ecuador")."""
    d = state.doc
    sides = [p for p, _ in told.parties]
    after = max((j for i, j in told.mentions if i < at), default=at)
    low = d.low
    named = [
        c.name for x, c in sorted(state.country_start.items())
        if max(after, d.sent_first[d.sent[at]]) <= x < at and (c.name in sides or not sides) and c.actor and low[x - 1 - (low[x - 1] == "the")] not in ("with", "and")
    ]
    return named[-1] if named else sides[0] if sides else None


def settle_ones_with(state: State) -> None:
    """Each listed text's stage as its own aside tells it ("Australia, signed in 2022 and in
    force since 2023, and Britain, signed in 2023": Britain's signed), whatever the shared
    pronoun's words gave all of them. (Rule: own_aside.)"""
    stages = state.cache.get(_STAGES)
    if not stages:
        return  # the common case: no listed texts
    for acc in state.agreements:
        stage = stages.get(id(acc))
        if stage is not None and acc.status != stage:
            acc.status = stage
            acc.facts.append(Fact("status", stage, acc.status_sentence, "own_aside"))


def find_ones_with(state: State) -> None:
    """Each "ones with A and B" / "a similar one with A" standing for the agreement just told:
    one signed record per partner, of that agreement's kind."""
    if _PRONOUNS.isdisjoint(vocabulary(state)) or " with " not in state.doc.text:
        return
    d = state.doc
    low = d.low
    for p in positions(state, _PRONOUNS):
        if p + 2 >= d.n or low[p + 1] != "with":
            continue
        if low[p] == "one" and low[p - 1] not in _LIKE_ONE:
            continue  # "one with the most votes": no text of a kind told
        told = _told(state, p)
        if told is None:
            continue
        side = _side(state, p, told)
        if side is None:
            continue
        sentence = d.sent[p]
        core = told.core or told.name
        done = {frozenset(q for q, _ in a.parties) for a in state.agreements}
        for partner, year, running in _partners(state, p + 2):
            pair = frozenset((side, partner))
            if partner == side or pair in done:
                continue
            acc = described_record(state, [side, partner], core, told.family, (p, p + 1), d.words[p], _RULE, sentence=sentence)
            acc.status_hint, acc.status_sentence, acc.hint_rule = "signed", sentence, _RULE
            state.cache.setdefault(_STAGES, {})[id(acc)] = "in_force" if running else "signed"
            if year is not None:
                acc.year = year
                acc.facts.append(Fact("year", year, sentence, _RULE))
            state.agreements.append(acc)
            done.add(pair)


# Words of a clause between its subject and an own text ("is due to sign", "has also signed").
_CLAUSE = frozenset(
    "sign signed signs conclude concluded ink inked strike struck reach reached seal sealed agree agreed negotiate "
    "negotiating negotiated has have had is are was were due expected set to also already will would plans "
    "planning likely soon".split()
)
_SIGNED = frozenset({"signed", "concluded", "inked", "struck", "reached", "sealed", "agreed"})
# Words that may close "its own" standing alone for a text ("sign its own next month").
_AFTER_OWN = frozenset(". , ; later next soon this in on by before after at".split())


def _own_phrase(state: State, p: int) -> tuple[int, int] | None:
    """The determiner and end of "its own [noun]", "a similar one" or "a similar <noun>" at the
    word "own" / "similar" at p; None for another phrase."""
    low, n = state.doc.low, state.doc.n
    if low[p] == "own" and p >= 1 and low[p - 1] in ("its", "their"):
        det = p - 1
    elif low[p] in ("similar", "comparable") and p >= 1 and low[p - 1] in ("a", "an"):
        det = p - 1
    else:
        return None
    e = p + 1
    if e < n and (low[e] == "one" or state.cues.family.get(low[e]) is not None):
        e += 1
    elif low[p] != "own" or e < n and low[e] not in _AFTER_OWN:
        return None  # "a similar view", "its own view": no text
    return det, e


def find_own_texts(state: State) -> None:
    """Each "<party> ... its own deal" / "a similar one" with no partner after it, the sentence
    or the one before telling an agreement of a party and its partner: that party's text with
    the partner. (Rule: own_text.)"""
    vocab = vocabulary(state)
    if "own" not in vocab and "similar" not in vocab:
        return
    d = state.doc
    low, n = d.low, d.n
    for p in positions(state, {"own", "similar", "comparable"}):
        found = _own_phrase(state, p)
        if found is None:
            continue
        det, e = found
        if e < n and low[e] == "with" or d.sent[e - 1] != d.sent[det]:
            continue  # a partner of its own: read by the rules of "with"
        x = det
        while x > 0 and det - x < 6 and low[x - 1] in _CLAUSE:
            x -= 1
        if x == det:
            continue  # no verb before the phrase
        c = state.country_end.get(x)
        subject = c.name if c is not None and c.actor else state.org_end.get(x)
        told = _told(state, det)
        if subject is None or told is None or len(told.parties) != 2 or any(q == subject for q, _ in told.parties):
            continue
        partner = told.parties[1][0]
        if not any(low[y] == "with" and (m := state.partner_at(y)) is not None and m.name == partner for _i, y in told.mentions if y < n):
            continue  # the told text's second side is no partner after "with"
        if any({q for q, _ in a.parties} == {subject, partner} for a in state.agreements):
            continue
        sentence = d.sent[det]
        acc = described_record(state, [subject, partner], told.core or told.name, told.family, (det, e), d.text[d.starts[det] : d.ends[e - 1]], "own_text", sentence=sentence)
        if not _SIGNED.isdisjoint(low[x:det]):
            acc.status_hint, acc.status_sentence, acc.hint_rule = "signed", sentence, "own_text"
        state.agreements.append(acc)
