"""Several agreements told in one phrase, one record per partner, as an analyst keeps them:
"X has signed similar partnerships with A and B in 2021 and with C in 2022" (each group its
year; "in 2019 and 2021, respectively" one year each), "Similar agreements were signed in 2023
by A and B" (each with the side of the story's agreement that is not the article's home),
"X separately signed a memorandum with each country" (each side of the story's agreement, else
each country the sentence before names), "A and B suspended their treaties with X" (each its own).
(Rule: distributive.)"""

from __future__ import annotations

from store.extract.lists import coordinated_list, subject_end, unnamed_name
from store.extract.state import AgreementAcc, State
from store.extract.triggers import positions, vocabulary
from store.extract.when import article_year
from store.records import Fact

_RULE = "distributive"
_SIGN = frozenset({"signed", "concluded", "struck", "inked", "sealed", "reached"})
_PASSIVE = frozenset({"were", "been"})
_BEFORE_VERB = frozenset("also has have had already previously since then recently separately".split())
# The plural nouns of several texts, and the singular each record is named by.
_PLURALS = {
    "agreements": "agreement", "deals": "deal", "pacts": "pact", "partnerships": "partnership",
    "memoranda": "memorandum", "memorandums": "memorandum", "mous": "MoU", "accords": "accord",
    "treaties": "treaty", "arrangements": "arrangement", "contracts": "contract",
}
# Modifiers saying the texts are like one told before (they take its words), or only several.
_LIKE = frozenset({"similar", "comparable", "identical", "parallel"})
_SEVERAL = frozenset({"separate", "individual", "bilateral", "own"})
_EACH_TAIL = frozenset({"country", "countries", "nation", "nations", "state", "states", "government", "governments", "them", "side", "sides"})
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "both": 2}


def find_distributive(state: State) -> None:
    """Each plural signed with groups of partners, signed by a list, or a text signed "with
    each" of the countries just named: one signed record per partner."""
    vocab = vocabulary(state)
    d = state.doc
    low = d.low
    if "their" in vocab and " with " in d.text:
        for t in positions(state, {"their"}):
            _theirs(state, t)
    if _SIGN.isdisjoint(vocab):
        return
    for v in positions(state, _SIGN):
        if v < 1 or v + 2 >= d.n:
            continue
        if low[v - 1] in _PASSIVE:
            _passive(state, v)
        else:
            _active(state, v)


def _year(word: str) -> int | None:
    """A year written as four figures between 1900 and 2099."""
    return int(word) if len(word) == 4 and word.isdigit() and word[:2] in ("19", "20") else None


def _subject(state: State, v: int) -> str | None:
    """The one country or organisation right before the verb, past its adverbs."""
    d = state.doc
    k = subject_end(state, v, _BEFORE_VERB)
    c = state.country_end.get(k)
    side = state.party_start(c.i) if c is not None else None
    if c is not None and side is not None and (c.actor or side.name != c.name):  # "Brussels": the Union
        first = d.sent_first[d.sent[v]]
        return None if c.i > first and (d.low[c.i - 1] == "and" or d.words[c.i - 1] == ",") else side.name
    return state.org_end.get(k)


def _phrase(state: State, at: int, stop: frozenset[str]) -> tuple[int, int, list[str]] | None:
    """The noun phrase from ``at`` (past "a"/"an") to its head before a word of ``stop``:
    first token, head token and its lower-case modifiers; None past five words."""
    d = state.doc
    low = d.low
    i = at + (low[at] in ("a", "an"))
    for h in range(i, min(d.n - 1, i + 6)):
        if low[h + 1] in stop and d.sent[h + 1] == d.sent[at]:
            if not all(w.isalpha() or w == "-" for w in low[i:h + 1]):
                return None
            return i, h, low[i:h]
    return None


def _like(state: State, subject: str | None, before: int) -> AgreementAcc | None:
    """The story's agreement a "similar" plural is like: the first of two parties told before."""
    told = [a for a in state.agreements if a.first < before and len(a.parties) == 2]
    if subject is not None:
        told = [a for a in told if any(p == subject for p, _ in a.parties)] or told
    return min(told, key=lambda a: a.first, default=None)


def _core(state: State, head: int, mods: list[str], like: AgreementAcc | None) -> str:
    """The words a record is named by: its own modifiers and noun, or the like text's."""
    w = state.doc.low[head]
    singular = _PLURALS.get(w, state.doc.words[head])
    own = [m for m in mods if m not in _LIKE and m not in _SEVERAL]
    if not _LIKE.isdisjoint(mods) and like is not None and like.core and (not own or like.family == _family(state, head)):
        return like.core  # "similar strategic partnerships" after a partnership: of the story's kind
    return " ".join([*own, singular])


def _groups(state: State, w: int) -> list[tuple[list[str], list[int]]]:
    """The partner groups from the "with" at ``w``: "with A and B in 2021 and with C in 2022"
    (or "with A in 2019 and B in 2021", the "with" not repeated) gives each group its parties
    and the years written after it."""
    d = state.doc
    low, n = d.low, d.n
    out: list[tuple[list[str], list[int]]] = []
    while w < n and (low[w] == "with" or out and out[-1][1] and state.party_start(w + (low[w] == "the")) is not None):
        w -= low[w] != "with"  # "... in 2019 and B in 2021": B's group, as if "with" were written
        k = w + 1 + (w + 1 < n and low[w + 1] == "the")
        listed = coordinated_list(state, k)
        if listed is not None:
            names, e = listed
        elif (c := state.party_start(k)) is not None:
            names, e = [c.name], c.j
        else:
            break
        years: list[int] = []
        if e + 1 < n and low[e] == "in":
            x = e + 1 + (e + 2 < n and low[e + 1].isalpha() and _year(low[e + 2]) is not None)
            while x < n and (y := _year(low[x])) is not None:
                years.append(y)
                x += 1
                if x + 1 < n and low[x] in ("and", ",") and _year(low[x + 1]) is not None:
                    x += 1
            e = x
        if e + 2 < n and low[e] == "," and low[e + 1] == "respectively":
            e += 2
        out.append((names, years))
        e += e + 1 < n and low[e] == "," and low[e + 1] == "and"  # "in 2019, and with C in 2021"
        w = e + 1 if e + 1 < n and low[e] == "and" else n
    return out


def _record(
    state: State, parties: list[str], core: str, family: str, span: tuple[int, int], year: int | None, sentence: int, status: str | None = "signed"
) -> None:
    """One record of the pair (signed unless told otherwise), unless the sentence already holds one."""
    for a in state.agreements:
        if {p for p, _ in a.parties} == set(parties) and any(s.sentence == sentence for s in a.spans):
            if year is not None and a.year is None and a.unnamed:
                a.year = year  # a record another rule made of the pair: the group's year
                a.facts.append(Fact("year", year, sentence, _RULE))
            return
    d = state.doc
    i, j = span
    acc = AgreementAcc(name=unnamed_name(state, parties, core), unnamed=True, family=family, first=i, core=core)
    acc.families.add(family)
    for p in parties:
        acc.add_party(p, sentence, _RULE)
    acc.spans.append(state.span(i, j, _RULE))
    acc.mentions.append(span)
    acc.keywords.append(d.text[d.starts[i] : d.ends[j - 1]])
    if status is not None:
        acc.status_hint, acc.status_sentence, acc.hint_rule = status, sentence, _RULE
    if year is not None:
        acc.year = year
        acc.facts.append(Fact("year", year, sentence, _RULE))
    state.agreements.append(acc)


def _family(state: State, head: int) -> str:
    w = state.doc.low[head]
    fam = state.cues.family
    return fam.get(_PLURALS.get(w, w)) or fam.get("agreement", "agreement")


def _active(state: State, v: int) -> None:
    """"X signed <plural> with A and B [in Y] [and with C in Y2]" or "X signed a <text> with
    each country": the subject and each partner."""
    d = state.doc
    low = d.low
    subject = _subject(state, v)
    found = _phrase(state, v + 1, frozenset({"with"})) if subject is not None else None
    if found is None:
        return
    i, head, mods = found
    w = head + 1
    sentence = d.sent[v]
    if w + 1 < d.n and low[w + 1] in ("each", "both"):
        _each(state, subject, i, head, mods, w + 1)
        return
    if low[head] not in _PLURALS:
        return
    groups = _groups(state, w)
    core = _core(state, head, mods, _like(state, subject, i))
    for names, years in groups:
        apart = len(years) == len(names) and len(names) > 1  # "in 2019 and 2021, respectively"
        for x, partner in enumerate(names):
            if partner != subject:
                year = years[x] if apart else (years[0] if len(years) == 1 else None)
                _record(state, [subject, partner], core, _family(state, head), (i, head + 1), year, sentence)


def _each(state: State, subject: str, i: int, head: int, mods: list[str], e: int) -> None:
    """"with each country", "with each of the three", "with both countries": the sides of the
    story's agreement, else the countries of the sentence before, other than the subject; the
    article's year when the sentence writes none before."""
    d = state.doc
    low = d.low
    sentence = d.sent[head]
    count = _COUNTS.get(low[e])
    x = e + 1
    if x + 1 >= d.n:
        return
    if low[e] == "each" and x + 2 < d.n and low[x] == "of" and low[x + 1] == "the":
        count = _COUNTS.get(low[x + 2])
        x += 3
    if low[e] == "both" and low[x] not in _EACH_TAIL:
        return
    if low[e] == "each" and count is None and low[x] not in _EACH_TAIL:
        return
    like = _like(state, None, i)
    story = [p for p, _ in like.parties if p != subject] if like is not None else []
    before = [c for c in dict.fromkeys(state.by_sentence.get(sentence - 1, ())) if c != subject]
    named = next((c for c in (story, before) if len(c) >= 2 and (count is None or len(c) == count)), None)
    if named is None:
        return
    if low[head] not in _PLURALS and state.cues.family.get(low[head]) is None and not (low[head] == "understanding" and "memorandum" in mods):
        return
    core = _core(state, head, mods, None)
    published = article_year(state)
    lo = d.sent_first[sentence]
    # told beside the story's signing, with no year of its own: the article's year
    year = published[0] if published is not None and not any(_year(w) for w in low[lo : x + 1]) else None
    for partner in named:
        _record(state, [subject, partner], core, _family(state, head), (i, head + 1), year, sentence)


def _passive(state: State, v: int) -> None:
    """"Similar <plural> were signed [in <date>] by A and B": each listed state with the side of
    the story's agreement that is neither listed nor the article's home."""
    d = state.doc
    low = d.low
    k = v - 2 if low[v - 1] == "were" else v - 3  # "were signed", "have been signed"
    if low[v - 1] == "been" and low[v - 2] not in ("have", "had"):
        return
    if k < 0 or low[k] not in _PLURALS:
        return
    i = k
    while i > 0 and d.sent[i - 1] == d.sent[k] and low[i - 1].isalpha() and k - i < 4 and low[i - 1] not in ("the", "a", "their", "its"):
        i -= 1
    mods = low[i:k]
    x = v + 1
    year = None
    while x + 1 < d.n and x - v < 7 and low[x] != "by" and d.sent[x] == d.sent[v]:
        year = _year(low[x]) or year
        x += 1
    if x + 1 >= d.n or low[x] != "by":
        return
    listed = coordinated_list(state, x + 1 + (low[x + 1] == "the"))
    if listed is None:
        return
    like = _like(state, None, i)
    if like is None:
        return
    sides = [p for p, _ in like.parties if p not in listed[0] and p != state.home]
    if len(sides) != 1 or len(like.parties) - len(sides) != 1:
        return  # no one side the listed states stand beside
    core = _core(state, k, list(mods), like)
    for partner in listed[0]:
        _record(state, [partner, sides[0]], core, _family(state, k), (i, k + 1), year, d.sent[v])


def _theirs(state: State, t: int) -> None:
    """"A and B have suspended their extradition treaties with X": each listed subject's own
    text with X, its status left to the verb (signed when the verb signs)."""
    d = state.doc
    low = d.low
    verb = t - 1
    if verb < 2 or not (low[verb].endswith("ed") or low[verb] in _SIGN):
        return
    found = _phrase(state, t + 1, frozenset({"with"}))
    if found is None or low[found[1]] not in _PLURALS:
        return
    i, head, mods = found
    w = head + 1
    at = w + 1 + (w + 1 < d.n and low[w + 1] == "the")
    partner = state.party_start(at) if at < d.n and coordinated_list(state, at) is None else None  # one partner only
    k = subject_end(state, verb, _BEFORE_VERB)
    listed = next((x for s0 in range(d.sent_first[d.sent[t]], k) if (x := coordinated_list(state, s0)) is not None and x[1] == k), None)
    if partner is None or listed is None or partner.name in listed[0]:
        return
    core = _core(state, head, mods, None)
    status = "signed" if low[verb] in _SIGN else None
    for side in listed[0]:
        _record(state, [side, partner.name], core, _family(state, head), (i, head + 1), None, d.sent[t], status)
