"""A mention carrying its own earlier year before the noun ("what was agreed in a 2019 deal",
"the vote promised under the 1991 ceasefire agreement") or in its making right after it ("the
memorandum on the zone signed in January 2024", "a programme negotiated under president X in
2018", "an agreement in place since 2022") is an older text of its own, not the
story's agreement it would otherwise refer back to, unless a text of that year was told
before it. (Rule: dated_mention.)"""

from __future__ import annotations

from store.extract.agreements import DEFINITE, DETS
from store.extract.calendar_words import MONTHS as _MONTHS
from store.extract.deals import PARTICIPLES
from store.extract.fronted_date import ending_year, fronted_year, partner_year, pluperfect_year
from store.extract.state import AgreementAcc, State
from store.extract.when import article_year
from store.records import Fact

# Words before a body that brokers or hosts, not a side ("reached through United Nations mediation").
_MEDIATED = frozenset({"through", "via", "by", "under"})

# Words a mention's subject does not run past: another clause or item.
# Participles that date a text's making ("signed in 2019", "obtained in 2022").
_MADE = PARTICIPLES | {"negotiated", "obtained", "secured", "approved", "adopted", "brokered", "mediated"}
# A verb of its own ("the contract was originally agreed in 2021") tells the story's text's past.
_BREAKS = frozenset({",", ";", ":", "(", "and", "or", "which", "that", "who", "but", ".", "was", "were", "is", "are", "has", "have", "had", "been", "be"})
# Words that make a dated mention an earlier stage of the story's own text.
_STAGES = frozenset({"first", "initial", "preliminary", "interim", "original"})
# Words after a description that give its name: the named agreement, not another text.
_NAMING = frozenset({"known", "called", "dubbed", "named", "titled", "entitled"})


def older_text_at(state: State, det: str | None, start: int, k: int, end: int) -> tuple[int | None, bool, int]:
    """For a mention [start, k] read on to ``end``: the year that makes it an older text (see
    ``older_dated``), whether it is the first of a series the story tells a later one of, and
    its end without a participle the subject reading took in ("on the zone signed in 2024")."""
    year = older_dated(state, start, k, end, det in DEFINITE) if det in DETS else None
    series = det in DEFINITE and first_of_series(state, start, k)
    if year is not None and end > k + 1 and state.doc.low[end - 1] in PARTICIPLES:
        end -= 1
    return year, series, end


def date_older(acc: AgreementAcc, year: int | None, sentence: int) -> None:
    """Give an older dated text its year, unless it has one."""
    if year is not None and acc.year is None:
        acc.year = year
        acc.facts.append(Fact("year", year, sentence, "dated_mention"))


def dated_core(core: str, year: int | None, after: list[str]) -> str:
    """The core of an older dated text's name with its year ("2019 deal"), so it is told from the
    pair's other texts, and a memorandum's "of understanding" (``after``: the words after the
    noun); the core unchanged for any other mention."""
    if year is None:
        return core
    if core.endswith("memorandum") and after[:2] == ["of", "understanding"]:
        core += " of understanding"
    return core if str(year) in core else f"{year} {core}"


def older_text(acc: AgreementAcc) -> bool:
    """Whether the agreement is an older dated text this rule told apart from the story's."""
    return acc.year is not None and any(f.rule == "dated_mention" for f in acc.facts)


def aside(acc: AgreementAcc, mods: tuple[str, ...]) -> bool:
    """Whether the agreement is an older dated text told in passing, which a later description
    refers back to only by its year ("the 2019 deal"), not by other words ("the arms deal")."""
    return older_text(acc) and str(acc.year) not in mods


def older_dated(state: State, start: int, k: int, end: int, definite: bool) -> int | None:
    """The year written between a mention's first word ``start`` and its noun ``k`` when it is
    before the article's own year and no agreement mentioned before ``start`` is of that year;
    None otherwise (no year, not before the article's, or an older text already told). One
    called a first stage ("a first political deal struck in 2019") is not dated by its signing
    after it: that is the story's text at an earlier stage, unless the story tells a second of
    the series ("that first contract, signed in 2022 ... the second such contract"). A definite one ("the 1990 treaty") after an agreement named with its noun refers back to it."""
    d = state.doc
    words = d.words
    year = next((w for w in words[start:k] if len(w) == 4 and w[:2] in ("19", "20") and w.isdigit()), None)
    if year is None and not definite:
        # "In June 2019, X and Y signed a loan deal" (rule: fronted_date); "had signed a deal ... in 2007"
        year = fronted_year(d, start) or (pluperfect_year(d, start) or ending_year(d, start) or partner_year(d, start, k) if d.low[start - 1] in DETS else None)
        if year is not None and not any(a.mentions and a.first < start for a in state.agreements):
            year = None  # only beside a text told before: alone, it is the story's own
    if year is None and (_STAGES.intersection(d.low[start:k]) and not first_of_series(state, start, k) or (year := _signed_in(state, end, not definite and _dated_aside(state, start))) is None):
        return None  # the common case: no year inside the phrase, none of its signing after it
    published = article_year(state)
    if published is None:
        if definite or not any(a.mentions and a.first < start for a in state.agreements):
            return None  # an undated story: only "a 2019 deal" after its own is surely not that
    elif int(year) >= published[0]:
        return None
    if k + 1 < d.n and d.low[k + 1] in _NAMING:
        return None  # "a 2015 deal known as the Dubai Agreement": that named one's description
    stem = d.low[k].rstrip("s")
    partner = state.party_start(k + 2 + (d.lower(k + 2) == "the")) if d.lower(k + 1) == "with" else None
    for acc in state.agreements:
        if not acc.mentions or acc.first >= start:
            continue
        stranger = partner is not None and all(p != partner.name for p, _ in acc.parties)
        if definite and not stranger and any(w.rstrip("s") == stem for w in " ".join((acc.name, *acc.keywords)).casefold().split()):
            return None  # "the CFE Treaty ... The 1990 treaty": that one, now dated (not "the 2022 pact with <another>")
        if acc.year == int(year) or any(year in kw for kw in acc.keywords):
            return None  # "the 2019 deal" after "a gas deal signed in 2019": that one
        if any(_sentence_has(state, i, year) for i, _ in acc.mentions if i < start and d.sent[i] != d.sent[start]):
            return None  # "a deal signed in 2019 ... the 2019 deal"
    return int(year)


def first_of_series(state: State, start: int, k: int) -> bool:
    """Whether a mention called the first ("that first contract") is the first of a series the
    story tells a later one of ("the second such contract", "a second contract"): a text of its
    own, not the story's at an earlier stage."""
    d = state.doc
    if "first" not in d.low[start:k]:
        return False
    noun = d.low[k]
    text = d.text.casefold()
    return any(f"{w} {noun}" in text or f"{w} such" in text for w in ("second", "third", "follow-on"))


def _dated_aside(state: State, start: int) -> bool:
    """Whether an indefinite mention opening at ``start`` stands beside an agreement told before
    it and is no object of a verb of making ("signed a deal in 2019" is read by its own rules)."""
    low = state.doc.low
    if start >= 2 and low[start - 2] in _MADE:
        return False
    return any(a.mentions and a.first < start for a in state.agreements)


def _signed_in(state: State, end: int, aside: bool = False) -> str | None:
    """The year of "signed in [January] <year>" (or "negotiated under X in <year>", "in place
    since <year>") right after a mention ending at ``end``; an indefinite aside's own "in [May]
    <year>" or passive verb too ("ended with a ceasefire in May 1994", "a similar deal was signed
    in 2000"), where a definite one's dates an act on it (``aside``: see ``_dated_aside``)."""
    d = state.doc
    low, words, n = d.low, d.words, d.n
    if end >= 1 and low[end - 1] in _MADE:
        end -= 1  # the phrase's subject read on over the participle ("on the zone signed")
    if low[end : end + 3] in (["in", "place", "since"], ["in", "force", "since"]):
        return _year_at(words, end + 3)  # "replaces an agreement in place since 2022"
    if aside and end < n and low[end] == "in" and low[end - 1] not in _MADE:
        # "the war ended with a ceasefire in May 1994": the date of the text itself (rule: dated_after_noun)
        return _year_at(words, end + 1 + (end + 1 < n and low[end + 1] in _MONTHS))
    here = d.sent[end - 1]
    x = end
    while x < n and x - end < 8 and low[x] not in _MADE and low[x] not in _BREAKS and d.sent[x] == here:
        x += 1  # past a subject the phrase did not read ("of understanding on the JS-SEZ")
    if aside and x + 1 < n and low[x] in ("was", "were") and low[x + 1] in _MADE:
        x += 1  # "A similar agreement was signed with X in 2000": an indefinite text's own verb (rule: passive_dated)
    if x >= n or low[x] not in _MADE:
        return None
    y = x + 1
    while y < n and y - x < 9 and low[y] != "in" and low[y] != "on" and (low[y] not in _BREAKS or low[y] == "and" and low[y + 1] in _MADE) and d.sent[y] == here:
        y += 1  # "negotiated under president X in 2018", "signed by the two firms on July 31, 1999", "brokered by X and signed on ..."
    if y + 1 >= n or low[y] not in ("in", "on"):
        return None
    y += 1
    if low[y - 1] == "on":  # a full date: "on July 31, 1999", "on 31 July 1999"
        for _ in range(3):  # past the month, the day and a comma
            if y < n and (low[y] in _MONTHS or words[y] == "," or words[y].isdigit() and len(words[y]) <= 2):
                y += 1
        return _year_at(words, y)
    if low[y] in _MONTHS:
        y += 1
    return _year_at(words, y)


def _year_at(words: list[str], x: int) -> str | None:
    w = words[x] if x < len(words) else ""
    return w if len(w) == 4 and w[:2] in ("19", "20") and w.isdigit() else None


def _sentence_has(state: State, token: int, word: str) -> bool:
    """Whether the sentence holding ``token`` writes ``word``."""
    d = state.doc
    sent, words, s = d.sent, d.words, d.sent[token]
    x = d.sent_first[s]
    while x < d.n and sent[x] == s:
        if words[x] == word:
            return True
        x += 1
    return False


def dated_pair(state: State, sentence: int, end: int, pair: list[str]) -> list[str]:
    """The sides of an older dated text: the first side of ``pair`` (the agreement told before)
    and a partner named right after it ("the 2022 pact with Australia") or by its dating ("a
    programme obtained in 2022 from the IMF", "was signed with Washington in 2000"), else those its sentence names (two or more),
    else ``pair``."""
    d = state.doc
    low = d.low
    if end + 1 < d.n and low[end] == "with":  # "similar to the 2022 pact with Australia"
        c = state.party_start(end + 1 + (low[end + 1] == "the"))
        if c is not None and pair and c.name not in pair:
            return [pair[0], c.name]
    for y in range(end, min(d.n - 2, end + 12)):
        if low[y] in ("was", "were") and low[y + 1] in _MADE:
            continue  # "a similar agreement was signed with Washington in 2000": its own verb
        if d.sent[y] != sentence or low[y] in _BREAKS:
            break
        if low[y] in _MADE and low[y + 1] == "with":  # "signed with Washington in 2000"
            c = state.party_start(y + 2 + (low[y + 2] == "the"))
            return [pair[0], c.name] if c is not None and pair and pair[0] != c.name else sentence_pair(state, sentence) or pair
        if _year_at(d.words, y) is not None and low[y + 1] in ("from", "with"):
            c = state.party_start(y + 2 + (low[y + 2] == "the"))
            if c is not None and pair and pair[0] != c.name:
                return [pair[0], c.name]
            break
    return sentence_pair(state, sentence) or pair


def sentence_pair(state: State, sentence: int) -> list[str] | None:
    """The parties named in the sentence, when there are two or more ("The Front still wants
    the vote promised under the 1991 ceasefire, while Morocco offers autonomy")."""
    d = state.doc
    found: list[str] = []
    x = d.sent_first[sentence]
    while x < d.n and d.sent[x] == sentence:
        c = state.party_start(x)
        if c is None:
            x += 1
            continue
        if getattr(c, "actor", True) and c.form != "demonym" and c.name not in found and d.lower(x - 1) not in _MEDIATED:
            found.append(c.name)
        x = max(c.j, x + 1)
    return found if len(found) >= 2 else None
