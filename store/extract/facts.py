"""Agreement facts: status, year and value, each from words right next to a mention.

Status: a cue phrase just before a mention ("the signing of", "revision of the", "will
create a", "negotiations on a new") or just after it ("was signed", ", stands as");
otherwise an alliance/partnership or a well-known agreement is taken to be in force.
Year: "in 2023" / "in July 2024" right after a mention, or "the 2015 X". Value: money after
"worth" / "valued at" ("A$10 billion" -> 1e10 AUD).
"""

from __future__ import annotations

from store.extract.described import coordinated_lead
from store.extract.fact_frames import in_a_deal, older, past_participle, same_subject
from store.extract.fact_years import in_aside, mention_year, past_aside, past_date, past_relative
from store.extract.lists import coordinated_list
from store.extract.money import (
    loan_under,
    money_ending,
    parse_money,
    value_in_clause,
    value_start,
    with_conversion,
)
from store.extract.next_value import value_in_next_sentence
from store.extract.state import AgreementAcc, State
from store.extract.tokens import Doc
from store.extract.when import article_year, day_year, full_date_year, lede_year
from store.records import Fact

# Words between a status cue and the mention it is said of ("the signing of the new ...").
_BEFORE_MENTION = frozenset(
    "the a an new its their this that existing proposed potential landmark historic".split()
) | frozenset("\"'\u201c\u201d\u2018\u2019")  # quote marks around a word of the name: "a 'reciprocal' accord"
# Auxiliaries between a mention and the cue after it ("was signed", "will also create").
_AUXILIARIES = frozenset("was were is has have had been being be will would also".split())
_DAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday today tomorrow tonight".split())
# Auxiliaries that put a signing in the future ("will be signed", "would be signed").
_FUTURE = frozenset({"will", "would"})
# Verbs of leaving an agreement: a year after "withdrew from the ... in 2020" is not its own.
_LEAVING = frozenset(
    "withdrew withdraw withdraws withdrawing quit quits exited exit exits left leave leaves "
    "suspended suspend abandoned abandon scrapped scrap terminated terminate".split()
)


# A status cue's phrases sharing an end word: the phrase lengths, and each phrase with its
# place in the cue order and its status. One look-up per length finds every phrase that fits.
_Table = tuple[tuple[int, ...], dict[tuple[str, ...], tuple[int, str]]]


def _cue_before(d: Doc, i: int, by_last: dict[str, _Table]) -> str | None:
    """The status cue ending among the (at most six) words of i's sentence right before it.
    A sentence's tokens are contiguous, so those words are one slice; it is taken only when
    the word left after the determiners ends some cue phrase (seldom)."""
    low, sent = d.low, d.sent
    here = sent[i]
    lo = i - 6 if i > 6 else 0
    k = i - 1
    # drop determiners and adjectives right before the mention
    while k >= lo and sent[k] == here and low[k] in _BEFORE_MENTION:
        if low[k] == "existing":
            return "in_force"
        if low[k] == "proposed":
            return "proposed"
        k -= 1
    if k >= 1 and low[k] in _DAYS and sent[k - 1] == here:
        k -= 1 + (low[k - 1] in ("on", "this", "next"))  # "are to sign on Thursday the agreement"
        lo = max(0, lo - 2)
    if k < lo or sent[k] != here:
        return None
    table = by_last.get(low[k])
    if table is None:
        return None
    first = k
    while first > lo and sent[first - 1] == here:
        first -= 1
    lows = low[first : k + 1]
    if len(lows) >= 4 and lows[-2] in _DAYS and lows[-3] == "on":
        lows = [*lows[:-3], lows[-1]]  # "agreed on Saturday to a ceasefire": the cue around the day
    status = _first_phrase(table, lows, last=True)
    if status == "signed" and low[k] == "sign" and k > 0 and sent[k - 1] == here and low[k - 1] in _TO_COME:
        return "announced"  # "Thursday is when we sign the agreement": a signing still to come
    return status


# Words before a bare "sign" that make it a signing still to come: a speaker's own "we sign" /
# "I sign", or a clause of time ("once they sign", "until both sign"). (Rule: status_cue_before.)
_TO_COME = frozenset("we i you they when once until before after".split())


def _first_phrase(table: _Table | None, lows: list[str], *, last: bool) -> str | None:
    """The status of the longest cue phrase that ends ``lows`` (last=True) or starts it
    (last=False), the first in cue order among equals."""
    if table is None:
        return None
    lengths, phrases = table
    best: tuple[int, str] | None = None
    for n in lengths:  # the longest phrase first (the table keeps them so): "to sign" over "sign"
        if n <= len(lows):
            hit = phrases.get(tuple(lows[-n:] if last else lows[:n]))
            if hit is not None and (best is None or hit[0] < best[0]):
                best = hit
        if best is not None:
            break
    return best[1] if best is not None else None


def _tables(pairs: list[tuple[str, tuple[str, ...]]], key: int) -> dict[str, _Table]:
    """Cue phrases by their first (key=0) or last (key=-1) word, as look-up tables (phrase
    lengths longest first)."""
    grouped: dict[str, dict[tuple[str, ...], tuple[int, str]]] = {}
    for place, (status, phrase) in enumerate(pairs):
        grouped.setdefault(phrase[key], {}).setdefault(phrase, (place, status))
    return {w: (tuple(sorted({len(p) for p in table}, reverse=True)), table) for w, table in grouped.items()}


def _by_last(state: State) -> dict[str, _Table]:
    """Status cue phrases by their last word (built once per cue set)."""
    cached = state.cues.derived.get("status_by_last")
    if cached is None:
        pairs = [(status, phrase) for status, phrases in state.cues.status.items() for phrase in phrases]
        cached = state.cues.derived["status_by_last"] = _tables(pairs, -1)
    return cached


# Statuses a cue after a mention may give; "existing ..." describes, it does not follow.
_AFTER = frozenset({"signed", "in_force", "in_force_described", "under_review", "under_negotiation", "announced"})


def _by_first(state: State) -> dict[str, _Table]:
    """Status cue phrases that may follow a mention, by their first word (built once per cue set)."""
    cached = state.cues.derived.get("status_by_first")
    if cached is None:
        pairs = [
            (status, phrase)
            for status, phrases in state.cues.status.items()
            for phrase in phrases
            if status in _AFTER and phrase[0] not in ("existing", "signing")  # "the treaty signing" has no tense
        ]
        cached = state.cues.derived["status_by_first"] = _tables(pairs, 0)
    return cached


def _cue_after(d: Doc, j: int, by_first: dict[str, _Table]) -> str | None:
    """The status cue starting among the first four words (commas aside) of the sentence after
    token j, auxiliaries before it skipped: one look-up by the first other word, and the words
    are gathered only when some cue starts with it."""
    words, low, sent, n = d.words, d.low, d.sent, d.n
    k = j
    if 0 <= k < n and words[k] == "(":
        k += 3
    here = sent[j - 1]
    # each skip reads on only from the word that opens it (the common case: none does)
    if k < n and low[k] in _DATE_OPENERS:
        k = past_date(d, k)
    if k < n and low[k] == ",":
        k = past_aside(d, k, here, by_first)
    if k < n and low[k] in _RELATIVE_OPENERS:
        k = past_relative(d, k, here)
    room = 4
    future = False
    while k < n and room and sent[k] == here:
        if words[k] != ",":
            if low[k] not in _AUXILIARIES:
                break
            future = future or low[k] in _FUTURE
            room -= 1
        k += 1
    else:
        return None  # nothing but auxiliaries before the sentence (or the four words) ends
    table = by_first.get(low[k])
    if table is None:
        return None  # the common case: the first word after the mention starts no cue
    lows = []
    while k < n and len(lows) < 4 and sent[k] == here:
        if words[k] != ",":
            lows.append(low[k])
        k += 1
    status = _first_phrase(table, lows, last=False)
    # "the deal would be signed on Thursday": a signing still to come is announced
    return "announced" if future and status == "signed" else status


# The words a date phrase (``past_date``) and a relative clause (``past_relative``) open with.
_DATE_OPENERS = frozenset({"in", "on"})
_RELATIVE_OPENERS = frozenset({",", "which", "that", "the", "both"})


def _money_word(state: State, w: str) -> bool:
    """Whether an amount of money may end with the word ``w`` (a multiplier, a currency, a
    number): ``money_ending`` is asked only then."""
    cues = state.cues
    return w in cues.multipliers or w in cues.currencies or w[:1].isdigit()


def _past_partner(state: State, j: int) -> int:
    """The token after "with [the] <party>" following a mention ("deal with the UAE was signed")."""
    c = state.partner_at(j)
    o = state.org_start.get(c.i) if c is not None else None
    return (max(c.j, o.j) if o is not None else c.j) if c is not None else j  # past "the Swedish Defence Agency"


def _past_between(state: State, j: int) -> int:
    """The token after "between X and Y" following a mention ("ceasefire between Israel and
    Hamas took effect")."""
    found = coordinated_list(state, j + 1)
    return found[1] if found is not None else j


def _left(d: Doc, i: int) -> bool:
    """Whether the mention at token i is what a country leaves ("withdrew from the ...",
    "pulled out of the ...")."""
    k = i - 1
    while k >= 0 and d.low[k] in _BEFORE_MENTION:
        k -= 1
    if k >= 1 and d.low[k] == "from":
        return d.low[k - 1] in _LEAVING
    if k >= 2 and d.low[k] == "of" and d.low[k - 1] == "out":
        return True
    return k >= 0 and d.low[k] in _LEAVING


# How far along an agreement is: of the statuses the text states, the furthest stage is where it
# stands ("unveiled a ceasefire ... the agreement was clinched" is signed; "signed ... entered
# into force" in force); among mentions of one stage, the first states it.
# A text that only describes an agreement as lasting ("the alliance remains", "builds on") says
# it is in force when nothing else is said of it, never over a stated stage.
_STAGE = {"in_force_described": 0, "proposed": 1, "under_negotiation": 2, "under_review": 2, "announced": 3, "signed": 4, "in_force": 5}


def fill_facts(state: State) -> None:
    """Status, year, value and party facts of every agreement found."""
    d, gz = state.doc, state.gz
    low, n = d.low, d.n
    by_last, by_first = _by_last(state), _by_first(state)
    for acc in state.agreements:
        statuses: list[tuple[str, int, str]] = []
        if acc.status_hint:
            statuses.append((acc.status_hint, acc.status_sentence, acc.hint_rule))
        for i, j in sorted(acc.mentions):
            if i in acc.referring and not same_subject(d, acc, i, j) or i > acc.first and older(d, i, j):
                continue  # "The agreement was reached ..." said of an alliance; "the original deal"
            if j < n and d.words[j] == "(" and j + 2 < n and d.words[j + 2] == ")" and low[j + 3 : j + 4] == ["between"]:
                j += 3  # "the Trade Agreement (TA) between X and Y took effect": past the acronym
            if low[j - 1 : j + 2] == ["memorandum", "of", "understanding"]:
                j += 2  # "The port memorandum of understanding was signed": its cues come after
            if j < n and low[j] == "with":
                j = _past_partner(state, j)
            elif j < n and low[j] == "between":
                j = _past_between(state, j)
            # rule coordinated_agreement: the verb of the first ("... treaty and a fisheries pact")
            lead = coordinated_lead(state, i) if i >= 2 and low[i - 2] == "and" else i
            if i and _money_word(state, low[i - 1]) and (money := money_ending(state, i - 1)) is not None:
                lead = money  # "signed a $10 billion contract": the cue is before the amount
                if acc.value_at < 0 and not acc.unnamed:
                    # "a $6.5 billion Extended Fund Facility": the amount before a name is its value
                    acc.value_at, acc.value_rule = money, "money_before_name"
            status, rule = _cue_before(d, lead, by_last), "status_cue_before"
            if status is None and in_a_deal(d, lead):
                status, rule = "signed", "deal_frame"
            aside = in_aside(d, i)
            if status is None and not aside:
                status, rule = _cue_after(d, j, by_first), "status_cue_after"
                if status and 0 < j < n and past_relative(d, j, d.sent[j - 1]) != j:
                    rule = "status_relative_clause"
                if status == "signed" and _cue_after(d, past_participle(d, j), by_first) == "in_force":
                    statuses.append(("in_force", d.sent[i], "status_cue_after"))  # "The pact, sealed in 2024, took effect"
            elif status == "signed" and 0 < j < n and past_relative(d, past_date(d, j), d.sent[j - 1]) != j:
                # "signed the pact in July 2024, which took effect in September": both stages
                later = _cue_after(d, j, by_first)
                if later == "in_force":
                    statuses.append((later, d.sent[i], "status_relative_clause"))
            if status:
                statuses.append((status, d.sent[i], rule))
            # the year of a mention that reviews, negotiates or leaves the agreement is not the
            # year it was signed ("agreed to review the ... in 2026")
            unsigned = status in ("under_review", "under_negotiation") or _left(d, lead)
            # (a year already found is kept: another mention's is not read)
            year, rule = mention_year(state, i, j, aside) if not unsigned and acc.year is None else (None, "")
            if unsigned and status is None and i > 0:
                # "terminated a 2014 defence agreement": the year of the agreement left is its own
                w = d.words[i] if d.words[i][:1].isdigit() and i + 1 < j else d.words[i - 1]
                if len(w) == 4 and w.isdigit() and w[:2] in ("19", "20"):
                    year, rule = int(w), "year_before_mention"
            if year and acc.year is None:
                acc_year(acc, year, d.sent[i], rule)
            if acc.value_at < 0 and lead != i:
                acc.value_at, acc.value_rule = lead, "money_before_noun"  # "The $2 billion deal covers ..."
            if acc.value_at < 0:
                found_at = value_start(state, j) if j < n else None
                if found_at is None and j < n and low[j] in ("of", "for", "to", "on", "under", ","):
                    found_at = value_in_clause(state, j)  # "a sale of 36 jets to Indonesia, valued at ..."
                rule = "value_after_mention"
                if found_at is None and not acc.unnamed:
                    found_at = loan_under(state, i) if "under" in low[max(0, i - 2) : i] else None
                    rule = "loan_under_name"  # "a $3 billion loan under the ECF"
                acc.value_at = -1 if found_at is None else found_at
                acc.value_rule = rule
        if acc.value_at < 0 and (found_at := value_in_next_sentence(state, acc)) is not None:
            acc.value_at, acc.value_rule = found_at, "value_in_next_sentence"  # "... It is worth $2 billion."
        if acc.value_at >= 0:
            k = acc.value_at
            written = d.text[d.starts[k] : d.starts[k] + 100]
            found = parse_money(state, written)
            if found:
                acc_value(acc, with_conversion(state, written, found), d.sent[k], acc.value_rule)
        if statuses:
            counts: dict[str, int] = {}
            for st, _, _ in statuses:
                counts[st] = counts.get(st, 0) + 1
            best = max(counts, key=lambda st: (_STAGE.get(st, 0), counts[st]))
            sentence, rule = next((sent, rule) for st, sent, rule in statuses if st == best)
            acc_status(acc, "in_force" if best == "in_force_described" else best, sentence, rule)
        elif acc.family == "alliance" or (acc.known and acc.name in gz.agreements):
            first = min(acc.mentions)[0] if acc.mentions else 0
            rule = "alliance_in_force" if acc.family == "alliance" else "known_in_force"
            acc_status(acc, "in_force", d.sent[first] if d.words else 0, rule)
        elif acc.year is not None:
            # "a 2001 security cooperation agreement": dated by the text, so made that year
            year_fact = next(f for f in acc.facts if f.field == "year")
            acc_status(acc, "signed", year_fact.sentence, "dated_signed")
        if acc.year is None and acc.status in ("signed", "announced"):
            _dated_by_day(state, acc, [sent for st, sent, _ in statuses if st == acc.status])
        elif acc.year is None and acc.status == "in_force":
            # "took effect on October 1", "entered into force this month": the day's year
            for sentence in dict.fromkeys(sent for st, sent, _ in statuses if st == "in_force"):
                year, rule = day_year(state, sentence), "in_force_day_year"
                if year is None:
                    year, rule = lede_year(state, sentence), "lede_article_year"  # "took effect at midnight"
                if year is not None:
                    acc_year(acc, year, sentence, rule)
                    break
            for sentence in (sent for st, sent, _ in statuses if st == "signed" and acc.year is None):
                # "signed a peace agreement on Friday ... it entered into force on signing": the
                # signing's day gives the year (only a day: an agreement in force may be old)
                if (year := day_year(state, sentence)) is not None:
                    acc_year(acc, year, sentence, "day_article_year")
        if acc.status == "signed" and acc.year is not None:
            _aged(state, acc)
        for name, sentence in acc.parties:
            acc.facts.append(Fact("party", name, sentence, acc.party_rules.get(name, "")))


def _aged(state: State, acc: AgreementAcc) -> None:
    """An agreement signed two years or more before the article, which the text neither
    leaves nor is about to bring into effect, is in force. (Rule: aged_in_force.)"""
    published = article_year(state)
    if published is None or acc.year is None or acc.year > published[0] - 2:
        return
    d = state.doc
    for i, _ in acc.mentions:
        lead = money_ending(state, i - 1) if i else None  # "pulled out of a $4.9 billion loan deal"
        if _left(d, i if lead is None else lead) or any(d.lower(x) in ("effect", "force") for x in (i - 1, i - 2, i - 3)):
            return  # "withdrew from the 1987 treaty", "agreed to bring into effect a 2001 agreement"
    for sentence in {d.sent[i] for i, _ in acc.mentions} | {0}:
        if _coming_into_force(d, sentence):
            return  # "gathered the ratifications it needed to enter into force"
    sentence = next(f.sentence for f in acc.facts if f.field == "year")
    acc_status(acc, "in_force", sentence, "aged_in_force")


def _coming_into_force(d: Doc, sentence: int) -> bool:
    """Whether the sentence says something is yet to enter into force or take effect ("to
    enter into force", "will take effect", "to become effective")."""
    lo = d.sent_first[sentence] if sentence < len(d.sent_first) else -1
    if lo < 0:
        return False
    low, n = d.low, d.n
    k = lo
    while k + 2 < n and d.sent[k] == sentence and k - lo < 80:
        if low[k] in ("to", "will") and low[k + 1] in ("enter", "take", "come", "become"):
            if low[k + 2] in ("into", "effect", "effective") or low[k + 2 : k + 4] == ["in", "force"]:
                return True
        k += 1
    return False


def _dated_by_day(state: State, acc: AgreementAcc, sentences: list[int]) -> None:
    """An agreement signed or announced in a sentence dated by the day ("signed on Friday")
    takes the article's year: the status sentences first, then its other mentions'; so does
    one the lede reports signed or announced."""
    d = state.doc
    seen: set[int] = set()
    for sentence in [*sentences, *(d.sent[i] for i, _ in sorted(acc.mentions) if i not in acc.referring)]:
        if sentence in seen:
            continue
        seen.add(sentence)
        year = day_year(state, sentence)
        if year is not None:
            acc_year(acc, year, sentence, "day_article_year")
            return
    for sentence in sentences:
        year = full_date_year(state, sentence)
        if year is not None:
            acc_year(acc, year, sentence, "full_date_year")
            return
    for sentence in sentences:
        year = lede_year(state, sentence)
        if year is not None:
            acc_year(acc, year, sentence, "lede_article_year")
            return
    for sentence in sorted(seen):
        year = lede_year(state, sentence, headline=True)
        if year is not None:
            acc_year(acc, year, sentence, "headline_article_year")
            return


def acc_status(acc: AgreementAcc, status: str, sentence: int, rule: str) -> None:
    acc.status = status
    acc.facts.append(Fact("status", status, sentence, rule))


def acc_year(acc: AgreementAcc, year: int, sentence: int, rule: str) -> None:
    acc.year = year
    acc.facts.append(Fact("year", year, sentence, rule))


def acc_value(acc: AgreementAcc, found: tuple[str, float, str | None], sentence: int, rule: str) -> None:
    acc.value, acc.amount, acc.currency = found
    acc.facts.append(Fact("value", found[0], sentence, rule))
