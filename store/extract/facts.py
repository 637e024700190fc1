"""Agreement facts: status, year and value, each from words right next to a mention.

Status: a cue phrase just before a mention ("the signing of", "negotiations on a new") or just
after it ("was signed"), read by ``status_cues``; else an alliance or a well-known agreement is in
force. Year: "in 2023" / "in July 2024" after a mention, or "the 2015 X". Value: money after
"worth" / "valued at" ("A$10 billion" -> 1e10 AUD)."""

from __future__ import annotations

from store.extract.adopted import adopted_sentence, adopted_year
from store.extract.fact_frames import founded, in_a_deal, older, past_participle, same_subject
from store.extract.fact_years import (
    dated_aside,
    in_aside,
    mention_year,
    past_date,
    past_relative,
    when_year,
)
from store.extract.in_principle import in_principle
from store.extract.known_aside import past_known_as
from store.extract.leaving import ended_after, leaving_verb, left, left_done, over
from store.extract.list_lead import list_lead
from store.extract.lists import coordinated_list, with_list
from store.extract.money import (
    bracketed_amount,
    loan_under,
    money_ending,
    parse_money,
    value_in_clause,
    value_openers,
    value_start,
    with_conversion,
)
from store.extract.next_value import value_in_next_sentence, value_of_works
from store.extract.not_yet_signed import lending, not_yet_signed
from store.extract.opening_year import opening_year
from store.extract.parties import party_phrase
from store.extract.phrase_value import (
    NO_PHRASE_AMOUNT,
    amount_in_phrase,
    headline_sentence,
    lender_approval,
    phrase_opening,
    received_under,
    under_opening,
    value_referred_back,
    value_under_which,
)
from store.extract.present_state import present_state
from store.extract.ratified_approval import RATIFIED, signed_approval, signed_approval_after
from store.extract.signed_weekday import signed_weekday_year
from store.extract.state import AgreementAcc, State
from store.extract.stated_value import stated_value
from store.extract.status_cues import (
    cue_after,
    cue_before,
    past_modifiers,
    status_by_first,
    status_by_last,
)
from store.extract.to_come import signing_to_come, signing_today
from store.extract.tokens import Doc
from store.extract.triggers import vocabulary
from store.extract.used_under import used_under
from store.extract.when import article_year, day_year, full_date_year, lede_year, perfect_year
from store.records import Fact


def _past_partner(state: State, j: int) -> int:
    """The token after "with [the] <party>" following a mention ("deal with the UAE was signed")."""
    if (listed := with_list(state, j)) is not None:
        return listed[1]  # "the treaty with Norway and Iceland was signed"
    c = state.partner_at(j)
    o = state.org_start.get(c.i) if c is not None else None
    return (max(c.j, o.j) if o is not None else c.j) if c is not None else j  # past "the Swedish Defence Agency"


def _past_between(state: State, j: int) -> int:
    """The token after "between X and Y" following a mention ("ceasefire between Israel and
    Hamas took effect")."""
    found = coordinated_list(state, j + 1) or party_phrase(state, j + 1)  # "between the two countries was signed"
    return found[1] if found is not None else j


# Words after a mention that open its complement, where a value clause may follow ("a sale of
# 36 jets to X, valued at ..."; "a deal signed in 2018 between X and Y, then valued at ...").
_CLAUSE_LEADS = frozenset({"of", "for", "to", "on", "under", ",", "signed", "agreed", "concluded", "struck", "sealed", "inked"})
# Words that open a clause on a mention that may put money into it ("under which", "that will see").
_CLAUSE_OPENERS = frozenset({"under", ",", "which", "that", "on", "in", "last", "signed", "agreed", "concluded", "reached", "struck", "inked", "sealed"})


# Verbs that carry an existing agreement on: their date is not the one it was signed.
_RENEWING = frozenset(
    {"extended", "renewed", "prolonged", "extend", "renew", "extending", "renewing", "restored", "restore", "reinstated", "reinstate"}
)


def _renewed(d: Doc, lead: int) -> bool:
    """Whether the verb right before a mention (past a determiner) extends or renews it ("renewed
    the accord in 2021")."""
    k = lead - 1 - (lead > 0 and d.low[lead - 1] in ("the", "a", "an", "its", "their"))
    return k >= 0 and d.low[k] in _RENEWING


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
    by_last, by_first = status_by_last(state), status_by_first(state)
    multipliers, currencies = state.cues.multipliers, state.cues.currencies
    openers = value_openers(state)  # value_start answers None at once for a word not in it: most mentions
    principle = "principle" in vocabulary(state)  # no "principle" written: no agreement in principle
    for acc in state.agreements:
        statuses: list[tuple[str, int, str]] = []
        if acc.status_hint:
            statuses.append((acc.status_hint, acc.status_sentence, acc.hint_rule))
        headed: tuple[int, str] | None = None  # a value read in a headline, kept for last
        for i, j in sorted(acc.mentions):
            if acc.value_at >= 0 and headline_sentence(state, d.sent[acc.value_at]):
                # rule body_value_first: a headline's amount (often converted for readers) yields
                # to one the body states of the same agreement ("at a cost of Rs 63,000 crore")
                headed, acc.value_at = headed or (acc.value_at, acc.value_rule), -1
            if i in acc.referring and not same_subject(d, acc, i, j) or i > acc.first and older(d, i, j):
                continue  # "The agreement was reached ..." said of an alliance; "the original deal"
            if j < n and d.words[j] == "(" and j + 2 < n and d.words[j + 2] == ")" and low[j + 3 : j + 4] == ["between"]:
                j += 3  # "the Trade Agreement (TA) between X and Y took effect": past the acronym
            if low[j - 1] == "memorandum" and low[j : j + 2] == ["of", "understanding"]:
                j += 2  # "The port memorandum of understanding was signed": its cues come after
            j = past_known_as(d, i, j)  # "The X Treaty, known as the LWT, was signed"
            if j < n and low[j] == "with":
                j = _past_partner(state, j)
            elif j < n and low[j] == "between":
                j = _past_between(state, j)
            # rule coordinated_agreement: the verb of the first ("... treaty and a fisheries pact")
            lead = list_lead(state, i)  # "signed an extradition treaty and a fisheries pact", "signed two accords: the X and the Y"
            prior = low[i - 1] if i else ""  # money_ending is asked only of a word an amount may end with
            if prior == ")" and (before := bracketed_amount(state, i - 1)) is not None:
                prior, i_money = low[before], before + 1  # "a €2.7 billion ($3 billion) deal": the amount before its conversion
            else:
                i_money = i
            if i and (prior in multipliers or prior in currencies or prior[:1].isdigit()) and (money := money_ending(state, i_money - 1)) is not None:
                lead = money  # "signed a $10 billion contract": the cue is before the amount
                lead = opening if 0 <= (opening := phrase_opening(d, money, by_last)) < money else lead  # "signed the expanded $4 billion ..."
                if acc.value_at < 0 and not acc.unnamed:
                    # "a $6.5 billion Extended Fund Facility": the amount before a name is its value
                    acc.value_at, acc.value_rule = money, "money_before_name"
            elif lead == i and i > 2 and low[i - 1] not in NO_PHRASE_AMOUNT and (in_phrase := amount_in_phrase(state, i, by_last)) is not None:
                lead = in_phrase[0]  # "approved the expanded $8 billion financial support programme"
                if acc.value_at < 0:
                    acc.value_at, acc.value_rule = in_phrase[1], "money_in_phrase"
            status, rule = cue_before(d, lead, by_last), "status_cue_before"
            if status is None and not acc.unnamed and d.words[i][:1].isupper() and (past := past_modifiers(d, lead, state.cues.family)) != lead:
                status, rule = cue_before(d, past, by_last), "cue_past_modifiers"  # "signed a ground-breaking defence X Agreement"
            if status == "announced" and (approval := signed_approval(state, lead, j)):
                status, rule = approval  # "the board approved a $600 million loan", "lawmakers approved"
            if status == "announced" and signing_today(d, lead):
                status, rule = "signed", "signing_today"  # "Today we sign the ... Treaty"
            if status is None and lead >= 2 and low[lead - 1] in ("a", "an") and in_a_deal(d, lead):
                status, rule = "signed", "deal_frame"
            aside = in_aside(d, i)
            if status is None and not aside:
                said: list[str] = []
                status, rule = cue_after(d, j, by_first, said), said[0] if said else "status_cue_after"
                if status == "announced" and (approval := signed_approval_after(state, j)):
                    status, rule = approval  # "the Extended Fund Facility approved on March 20"
                if status and 0 < j < n and past_relative(d, j, d.sent[j - 1]) != j:
                    rule = "status_relative_clause"
                if status == "signed" and signing_to_come(d, lead, j):
                    status, rule = "announced", "signing_to_come"  # "before the treaty is signed"
                if status == "signed" and cue_after(d, after := past_participle(d, j), by_first) == "in_force":
                    statuses.append(("in_force", d.sent[i], "status_cue_after"))  # "The pact, sealed in 2024, took effect"
                elif not acc.unnamed and (present := present_state(state, lead, j, status, after if status == "signed" else n)):
                    statuses.append(("in_force", d.sent[i], present))  # "The pact, signed in 2019, governs ..."
            elif status == "in_force_described" and not aside and (stated := cue_after(d, j, by_first)) not in (None, status):
                statuses.append((stated, d.sent[i], "stated_over_described"))  # "builds on a pact signed in 2023"
            elif status == "signed" and 0 < j < n and past_relative(d, past_date(d, j), d.sent[j - 1]) != j:
                # "signed the pact in July 2024, which took effect in September": both stages
                later = cue_after(d, j, by_first)
                if later == "in_force":
                    statuses.append((later, d.sent[i], "status_relative_clause"))
            if status is None and low[d.sent_first[d.sent[i]]] == "under" and under_opening(d, i):
                status, rule = "in_force_described", "under_opening"  # "Under the revised X Treaty, a member must ..."
            if status:
                statuses.append((status, d.sent[i], rule))
            # the year of a mention that reviews, negotiates or leaves the agreement is not the
            # year it was signed ("agreed to review the ... in 2026")
            # nor is that of one extended or renewed ("extended the accord in 2021"; rule: renewed_not_signed)
            renewed = status == "in_force" and _renewed(d, lead)
            unsigned = status in ("under_review", "under_negotiation") or renewed or left(d, lead) or rule == RATIFIED
            # (a year already found is kept: another mention's is not read)
            # (but "exit from the pact, signed in 1987": the aside dates its signing; rule signed_aside)
            readable = not unsigned or dated_aside(d, j)
            year, rule = mention_year(state, i, j, aside) if readable and acc.year is None else (None, "")
            if year is None and acc.year is None and status == "signed" and j < n:
                year, rule = signed_weekday_year(state, lead, j), "signed_weekday_year"  # "signed a pact on Sunday"
            if year is None and acc.year is None and status in ("signed", "announced"):
                year, rule = opening_year(d, i), "opening_year"  # "In 2001 the U.S. and Colombia signed ..."
                if year is None:
                    year, rule = when_year(d, lead), "when_clause_year"  # "in March 2021, when they signed a pact"
            if unsigned and (status in (None, "under_review") or renewed) and i > 0 and acc.year is None:
                # "terminated a 2014 defence agreement": the year of the agreement left is its own;
                # so is that of one under review ("a review of a 2017 security treaty"; rule: reviewed_dated)
                w = d.words[i] if d.words[i][:1].isdigit() and i + 1 < j else d.words[i - 1]
                if len(w) == 4 and w.isdigit() and w[:2] in ("19", "20"):
                    year, rule = int(w), "year_before_mention"
            if year and acc.year is None:
                acc_year(acc, year, d.sent[i], rule)
            if acc.value_at < 0 and lead != i:
                acc.value_at, acc.value_rule = lead, "money_before_noun"  # "The $2 billion deal covers ..."
            if acc.value_at < 0:
                found_at = value_start(state, j) if j < n and low[j] in openers else None
                if found_at is None and j < n and low[j] in _CLAUSE_LEADS:
                    found_at = value_in_clause(state, j)  # "a sale of 36 jets to Indonesia, valued at ..."
                rule = "value_after_mention"
                if found_at is None and not acc.unnamed:
                    found_at = loan_under(state, i) if "under" in low[max(0, i - 2) : i] else None
                    rule = "loan_under_name"  # "a $3 billion loan under the ECF"
                if found_at is None and j < n and low[j] in _CLAUSE_OPENERS:
                    found_at, rule = value_under_which(state, j), "under_which_invest"
                if found_at is None and i > 3 and "under" in low[i - 2 : i]:
                    found_at, rule = received_under(state, i), "received_under"
                if found_at is None:  # "The value of the deal exceeds ...", "Under the treaty, X will provide ..."
                    found_at, rule = stated_value(state, i, j)
                acc.value_at = -1 if found_at is None else found_at
                acc.value_rule = rule
        if headed is not None and (acc.value_at < 0 or headline_sentence(state, d.sent[acc.value_at])):
            acc.value_at, acc.value_rule = headed  # no body amount: the first the headlines gave
        if acc.value_at < 0 and (found_at := value_in_next_sentence(state, acc)) is not None:
            acc.value_at, acc.value_rule = found_at, "value_in_next_sentence"  # "... It is worth $2 billion."
        if acc.value_at < 0 and (works := value_of_works(state, acc)) is not None:
            acc.value_at, acc.value_rule = works  # "... the project would bring $35 billion", "The project's cost is ..."
        if acc.value_at < 0 and (back := value_referred_back(state, acc)) is not None:
            acc.value_at, acc.value_rule = back[1], "value_referred_back"  # "... the expanded $8 billion programme"
            if (said := cue_before(d, back[0], by_last)) is not None:
                lent = said == "announced" and lender_approval(d, back[0], back[2] + 1)
                statuses.append(("signed" if lent else said, d.sent[back[2]], "lender_approval" if lent else "status_referred_back"))
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
            if acc.hint_rule == "staff_level_stage" and best == "signed":
                best = "announced"  # "reached a staff-level agreement": the board has still to approve it
            sentence, rule = next((sent, rule) for st, sent, rule in statuses if st == best)
            if best == "signed" and not_yet_signed(state, acc):
                best, rule = "announced", "not_yet_signed"  # "agreed a deal ... It has yet to be signed"
            elif best == "signed" and principle and (principled := in_principle(d, acc)) is not None:
                best, sentence, rule = "announced", principled, "in_principle"  # "reached an in-principle deal"
            acc_status(acc, "in_force" if best == "in_force_described" else best, sentence, rule)
        elif principle and (principled := in_principle(d, acc)) is not None:
            acc_status(acc, "announced", principled, "in_principle")  # "An in-principle agreement ... was reached in May"
        elif (adopted := adopted_sentence(state, acc)) is not None:
            # "member states adopted the world's first X Agreement on Tuesday": no status, its day's year
            if acc.year is None and (year := adopted_year(state, adopted)) is not None:
                acc_year(acc, year, adopted, "adopted_agreement")
        elif acc.family == "alliance" or acc.known and acc.name in gz.agreements and not any(over(d, i, j) for i, j in acc.mentions):
            first = min(acc.mentions)[0] if acc.mentions else 0
            rule = "alliance_in_force" if acc.family == "alliance" else "known_in_force"
            acc_status(acc, "in_force", d.sent[first] if d.words else 0, rule)
        elif acc.year is not None and not any(over(d, i, j) for i, j in acc.mentions):
            # "a 2001 security cooperation agreement": dated by the text, so made that year; one a
            # party has left ("withdrew from a 2014 defence pact") has no status of the list (rule: left_dated)
            year_fact = next(f for f in acc.facts if f.field == "year")
            if any(founded(d, j) for _, j in acc.mentions) and (published := article_year(state)) and acc.year < published[0]:
                acc_status(acc, "in_force", year_fact.sentence, "founded_in_force")  # ", set up in 2012, provides ..."
            else:
                acc_status(acc, "signed", year_fact.sentence, "dated_signed")
        if acc.year is None and acc.status in ("signed", "announced"):
            _dated_by_day(state, acc, [sent for st, sent, r in sorted(statuses, key=lambda x: x[2] == RATIFIED) if st == acc.status])
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
            if acc.status == "signed" and (used := used_under(state, acc)) is not None:
                acc_status(acc, "in_force", used, "used_under")  # "hosted troops under a pact signed in 1998"
        for name, sentence in acc.parties:
            acc.facts.append(Fact("party", name, sentence, acc.party_rules.get(name, "")))


def _aged(state: State, acc: AgreementAcc) -> None:
    """An agreement signed two years or more before the article that the text speaks of
    leaving without its being left (a leaving to come or denied: "is withdrawing from", "no
    member has left") is in force: only what binds can be left. One the text only says was
    signed then is signed, as the text says. (Rule: aged_in_force.)"""
    published = article_year(state)
    if published is None or acc.year is None or acc.year > published[0] - 2:
        return
    if lending(state, acc):
        return  # a lender's programme approved years ago is still the one signed then (rule: lending_signed)
    d = state.doc
    if not any(leaving_verb(d, i, denied=True) >= 0 for i, _ in acc.mentions):
        return  # "signed a border treaty in 2009": signed, as the text says
    for i, j in acc.mentions:
        lead = money_ending(state, i - 1) if i else None  # "pulled out of a $4.9 billion loan deal"
        if left_done(d, i if lead is None else lead) or ended_after(d, j) or any(d.lower(x) in ("effect", "force") for x in (i - 1, i - 2, i - 3)):
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
    if _COMING.isdisjoint(low[lo + 1 : lo + 81]):
        return False  # no "enter", "take", "come" or "become" where the phrase would need one
    k = lo
    while k + 2 < n and d.sent[k] == sentence and k - lo < 80:
        if low[k] in ("to", "will") and low[k + 1] in _COMING:
            if low[k + 2] in ("into", "effect", "effective") or low[k + 2 : k + 4] == ["in", "force"]:
                return True
        k += 1
    return False


_COMING = frozenset({"enter", "take", "come", "become"})


def _dated_by_day(state: State, acc: AgreementAcc, sentences: list[int]) -> None:
    """An agreement signed or announced in a sentence dated by the day ("signed on Friday")
    takes the article's year: the status sentences first, then its other mentions'; so does
    one the lede reports signed or announced, or one a present perfect reports signed."""
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
    if acc.status == "signed" and not acc.known:  # a well-known agreement "has signed" may be old
        for i, j in sorted(acc.mentions):
            if (year := perfect_year(state, i, j)) is not None:
                acc_year(acc, year, d.sent[i], "perfect_article_year")
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
