"""Who the parties of an agreement described by a common noun are ("a defence pact", "the
deal"), read off the words around it: a party list before it, "between X and Y" after it, an
owner and "with", a sale "of ... to", a contract won or awarded, those who signed it, the
subject of the verb before it, or, for a deal with a stated value, the sentence's countries.
Each answer names the rule that gave it.
"""

from __future__ import annotations

from typing import NamedTuple

from store.extract.calendar_words import WEEKDAYS as _WEEKDAYS
from store.extract.deals import (
    ACTING,
    AWARDED,
    HOLDING,
    PARTICIPLES,
    award_parties,
    awarded_passive,
    between_before,
    buyer_after,
    goods_frame,
    home_country,
    purchase,
    sale_parties,
    seller_after,
    signed_by,
    supply_through,
)
from store.extract.earlier_pair import earlier_pair
from store.extract.lists import coordinated_list, sentence_countries, with_list
from store.extract.loans import LENT_NOUNS, loan_sides
from store.extract.making_verbs import entered_into, making_verb, means_rule
from store.extract.money import value_start
from store.extract.parties import (
    LINK_VERBS,
    actor_before,
    latest_list,
    leaving_at,
    party_phrase,
    phrase_parties,
    phrase_subject,
    principal,
    subject_countries,
    with_party,
)
from store.extract.provided_frame import past_frame
from store.extract.shared_subject import joins, object_subject, shared_subject
from store.extract.sides import between_later, between_sides, person_country, subject_sides, the_two
from store.extract.state import State
from store.extract.with_after import with_past_phrase

_TALKS = frozenset({"negotiations", "talks"})
# Verbs that start talks ("relaunched negotiations on a free trade agreement"): their subject
# negotiates the agreement, though the verb alone makes nothing.
_TALK_VERBS = frozenset(
    "opened open began begin resumed resume relaunched relaunch restarted restart launched "
    "started start held hold continued continue".split()
)
# Verbs that say an agreement is being made, not reported as made ("will create a network").
_CREATE = frozenset({"create", "establish", "form", "build", "forge", "launch", "set", "develop"})
_SET = frozenset({"set", "sets", "setting"})

# Words before "to" that put an agreement within reach: "are close to a deal".
_NEAR = frozenset({"close", "closer"})


class Phrase(NamedTuple):
    """An agreement noun phrase: its noun k, the token before it (j), first token, determiner,
    folded modifiers, a possessive owner, and where an amount before the noun starts."""

    k: int
    j: int
    start: int
    det: str | None
    mods: list[str]
    owner: str | None
    money_at: int | None


def partners_including(state: State, j: int) -> list[str] | None:
    """"with its bilateral creditors, including India and Japan" at token j ("with"): the
    partners the text names after "including". (Rule: with_including.)"""
    d = state.doc
    low, n = d.low, d.n
    for k in range(j + 1, min(n, j + 8)):
        if low[k] == "," and k + 1 < n and low[k + 1] == "including":
            found = coordinated_list(state, k + 2)
            return found[0] if found else None
        if not d.words[k].isalpha() or d.sent[k] != d.sent[j]:
            return None
    return None


def dated(words: list[str], start: int, k: int) -> str | None:
    """The year among a noun phrase's words before its noun ("a 2001 security agreement")."""
    if start >= k:
        return None  # a bare noun: no words before it
    return next((w for w in words[start:k] if len(w) == 4 and w.isdigit() and w[:2] in ("19", "20")), None)


def signed_year(low: list[str], k: int) -> str | None:
    """The year of "<noun> signed in 2018" right after the noun at k: a mention so dated joins
    only an agreement of that year. (Rule: signed_in_year.)"""
    if k + 3 >= len(low) or low[k + 1] not in PARTICIPLES or low[k + 2] != "in":
        return None
    w = low[k + 3]
    return w if len(w) == 4 and w.isdigit() and w[:2] in ("19", "20") else None


_PLURALS = frozenset("agreements pacts deals accords treaties memoranda mous contracts documents".split())


def included(state: State, det: int) -> list[str] | None:
    """"India and Japan signed five agreements, including a defence pact and a memorandum on
    chips": each item listed after "including" is an agreement of the list's subject."""
    d = state.doc
    low = d.low
    first = d.sent_first[d.sent[det]]
    for x in range(det - 1, max(first, det - 16) - 1, -1):
        if low[x] in ("including", "among"):
            if any(low[y] in _PLURALS for y in range(max(first, x - 3), x)):
                return latest_list(state, d.sent[det], x)
            return None
        if low[x] in (".", ";"):
            return None
    return None


_AMONG = (("among", "them"), ("among", "those"), ("they", "include"), ("these", "include"), ("they", "included"))


def _among_them(state: State, det: int) -> int | None:
    """The sentence before one that opens "Among them was a ..." / "They include a ..." with
    the phrase at det, when that sentence names a plural of agreements; else None."""
    d = state.doc
    here = d.sent[det]
    first = d.sent_first[here]
    if here == 0 or det - first > 20 or tuple(d.low[first : first + 2]) not in _AMONG:
        return None
    before = d.sent_first[here - 1]
    return here - 1 if before >= 0 and any(w in _PLURALS for w in d.low[before:first]) else None


def _signed_list(state: State, det: int) -> bool:
    """Whether the list an item is included in was signed ("signed five agreements, including")."""
    d = state.doc
    first = d.sent_first[d.sent[det]]
    return any(d.low[x] in PARTICIPLES or d.low[x] == "signed" for x in range(max(first, det - 20), det))


def _by(parties: list[str] | None, rule: str) -> tuple[list[str] | None, str]:
    return parties, (rule if parties else "")




# Words that open a relative clause after an agreement noun ("the treaty it has been negotiating with").
_RELATIVE = frozenset({"it", "they", "that", "which", "we"})
# Auxiliaries and verbs of making such a clause may hold before its "with".
_RELATIVE_VERBS = frozenset(
    "has have had been is are was were negotiating negotiated signed discussing discussed agreed sought seeking".split()
)


_SIGNED = frozenset({"signed", "inked", "sealed"})


def aside_verb(low: list[str], comma: int, verbs: frozenset[str]) -> int:
    """The verb before a short aside between commas that ends at ``comma`` ("signed, through
    diplomatic channels, an MoU"), or ``comma`` when no such verb opens it. (Rule: aside_object.)"""
    for x in range(comma - 1, max(0, comma - 7), -1):
        if low[x] == ",":
            return x - 1 if x >= 1 and low[x - 1] in verbs else comma
        if low[x] in (".", ";", ":"):
            return comma
    return comma


def talks_with(state: State, link: int) -> list[str] | None:
    """"Egypt is in talks with the IMF for a new loan": the subject before "talks" and the
    partner after "with", the link word ("for", "on", "over") at ``link``. (Rule: talks_with.)"""
    org_end, country_end, low = state.org_end, state.country_end, state.doc.low
    c = country_end.get(link)
    if link not in org_end and (c is None or not c.actor):
        return None  # no party right before the link word: the common case
    for w in range(link - 1, max(1, link - 9), -1):
        if low[w] == "with" and low[w - 1] in ("talks", "negotiations"):
            partner, subject = with_party(state, w), actor_before(state, w - 1)
            return [subject, partner] if subject and partner and subject != partner else None
        if low[w] == "with" and low[w - 1] in ("way", "underway") and not _TALKS.isdisjoint(low[max(0, w - 5) : w - 1]):
            # "negotiations were under way with X on a third contract": X and the side that talks (rule: talks_under_way)
            partner = with_party(state, w)
            subject = actor_before(state, w - 1) or (home_country(state, partner) if partner else None)
            return [subject, partner] if subject and partner and subject != partner else None
    return None


_TALKING = frozenset({"negotiating", "discussing", "seeking"})


def relative_with(d, after: int) -> int:
    """The "with" of a short relative clause of negotiating or signing right after an agreement
    noun ("the security treaty it has been negotiating with Australia"), or 0.
    (Rule: relative_with.)"""
    x = after + 1
    while x < d.n and x - after <= 4 and d.low[x] in _RELATIVE_VERBS:
        x += 1
    return x if x > after + 1 and x < d.n and d.low[x] == "with" and d.sent[x] == d.sent[after] else 0


def described_parties(
    state: State, phrase: Phrase, prefix: list[str] | None
) -> tuple[list[str] | None, str, str | None, int | None]:
    """The parties of the phrase, the rule that found them, a status the finding implies
    ("a contract won" is signed, "will create" announced) and where a stated value starts."""
    d = state.doc
    low, n = d.low, d.n
    k, j, start, det, mods, owner, money_at = phrase
    after = k + 1
    la = low[after] if after < n else ""
    w = low[k]
    sentence = d.sent[k]
    parties: list[str] | None = prefix
    how = "hyphen_list" if prefix else ""
    hint = None
    at = between_later(d, after) if parties is None and la != "between" else after
    if parties is None and d.lower(at) == "between":
        after_between = at  # "the accord signed between X and Y", "an agreement on visa-free travel between X and Y"
        found = coordinated_list(state, after_between + 1)
        if found:
            parties, how = found[0], "between_list"
        else:
            pp = party_phrase(state, after_between + 1) or the_two(state, after_between + 1)
            if pp:
                parties, how = phrase_parties(state, pp[0], sentence, k), "between_phrase"
            else:
                parties, how = _by(between_sides(state, after_between + 1), "between_sides")
    with_after = la == "with"
    if parties is None and owner is not None and with_after:
        partner = with_party(state, after)
        parties, how = ([owner, partner], "owner_with") if partner and partner != owner else (None, how)
    if parties is None and w == "sale" and la in ("of", "to"):
        parties, how = _by(sale_parties(state, start, after), "sale_of_to")  # "a sale of F-16 jets to Turkey", "the sale to Turkey of"
    with_at = after if with_after else relative_with(d, after) if la in _RELATIVE else after + 2 if low[after : after + 3] == ["of", "understanding", "with"] else 0
    if parties is None and det in ("the", "a", "an") and (mods or j >= 2 and joins(low, past_frame(low, j - 1))) and with_at and not (j >= 1 and leaving_at(low, j - 1)):
        partner = with_party(state, with_at)  # "the 2017 bilateral security treaty with Australia"
        # "Australia cancelled a submarine deal with Paris": the one who acts on it (rule: acting_subject)
        held = j >= 1 and low[j - 1] in HOLDING  # "Japan has a swap arrangement with India" (rule: held_with)
        # "China signing a security pact with X": a gerund's subject too (rule: gerund_subject)
        lead = past_frame(low, j - 1)  # "signed a pact with Peru and [a framework for] an accord with Bolivia": the sentence's subject (rule: joined_object)
        acts = j >= 1 and (low[lead] in LINK_VERBS or low[j - 1] in ACTING or held or making_verb(low, j - 1) or joins(low, lead) or low[j - 1] == "under")
        subject = (object_subject(state, lead) if joins(low, lead) else shared_subject(state, lead) or actor_before(state, j - 1)) if acts else None
        home = (subject if subject != partner else None) if subject else (person_country(state, start, partner) or home_country(state, partner)) if partner else None
        parties, how = (list(dict.fromkeys([home, partner, *(with_list(state, with_at) or ([], 0))[0]])), means_rule(low, j - 1)) if home and partner else (None, how)
        if parties and (held and low[j - 1] != "had" or low[j - 1] == "under"):
            hint = "in_force"  # a pact a country has with another, or acts under, is in force
        if parties and not with_after:
            how = "relative_with"
            if not _TALKING.isdisjoint(low[after:with_at]):
                hint = "under_negotiation"  # "the treaty it has been negotiating with X": still in talks
    if parties is None and det in ("its", "their") and (partner := with_party(state, with_past_phrase(state, k, after))):
        # "Ghana is reviewing its border agreement with Togo": the owner named before and the partner
        mine = actor_before(state, start)
        parties, how = ([mine, partner], "its_with") if mine and mine != partner else (None, how)
    if parties is None and det in ("a", "an") and j >= 4 and low[j - 1] in ("for", "on", "over"):
        parties, how = _by(talks_with(state, j - 1), "talks_with")  # "X is in talks with Y for a new loan"
        hint = "under_negotiation" if parties else hint
    if parties is None and det in ("a", "an") and mods:
        parties, how = _by(between_before(state, sentence, start), "between_before")  # "agreements between X and Y, including a defence pact"
    if parties is None and det in ("the", "a", "an"):
        past = after + 2 if w == "memorandum" and low[after : after + 2] == ["of", "understanding"] else after
        # "The deal, signed by Japanese PM A and Australian PM B" (only where "by" follows)
        parties, how = _by(signed_by(state, past), "signed_by") if "by" in low[past + 1 : past + 5] or "behalf" in low[past + 1 : past + 6] else (None, "")
    if parties is None and det in ("a", "an") and w in LENT_NOUNS and la in ("to", "for", "from"):
        if (lent := loan_sides(state, j, after)) is not None:  # "the Bank approved a $250 million loan to help Guatemala"
            parties, hint, how = lent
    if parties is None and w in AWARDED and la in (",", "was", "were", "has", "had"):
        parties, how = _by(awarded_passive(state, after), "award_passive")  # "The contract was awarded to X by Y"
        hint = "signed" if parties else hint
    if parties is None and det in ("a", "an") and w in AWARDED and j >= 1:
        parties, how = _by(award_parties(state, j, after), "contract_award")  # "X won a $1.2 billion contract from Y"
        hint = "signed" if parties else hint  # a contract won or awarded is a signed one
    if parties is None and det in ("a", "an"):
        near = low[j - 16 if j > 16 else 0 : j]  # "including" or "among" before it, or no list
        parties, how = _by(included(state, j), "including_list") if "including" in near or "among" in near else (None, "")
        if parties and _signed_list(state, j):
            hint = "signed"  # "signed five agreements, including a defence pact"
    if det in ("a", "an") and (listed := _among_them(state, j)) is not None:
        # "... signed 15 agreements. Among them was a memorandum on ...": one of those signed
        end = d.sent_first[listed + 1]
        plural = next((a for a in state.agreements for i, x in a.mentions if d.sent[i] == listed and low[x - 1] in _PLURALS), None)
        listing = [p for p, _ in plural.parties] if plural is not None else latest_list(state, listed, end)
        parties, how = (parties, how) if parties else _by(listing if listing and len(listing) >= 2 else None, "including_list")
        if parties and any(w in PARTICIPLES for w in low[d.sent_first[listed] : end]):
            hint = "signed"
    if parties is None and det == "their":
        parties, how = _by(latest_list(state, sentence, start), "their_list")
    if parties is None and det in ("a", "an", "the"):
        through = j >= 2 and low[j - 1] in ("through", "under", "via")  # else no supply through it
        parties, how = _by(supply_through(state, j), "supply_through_deal") if through else (None, "")
    if parties is None and det in ("a", "an", "the") and la == "for":
        parties, how = _by(purchase(state, after), "purchase_for")  # "a deal for Hungary to acquire Swedish-made jets"
    if parties is None and det in ("a", "an") and j >= 2:
        if (framed := goods_frame(state, j)) is not None:  # "will buy six frigates from X in a deal"
            parties, hint = framed
            how = "goods_frame"
    if parties is None and det in ("a", "an", "the") and j >= 1:
        v = past_frame(low, j - 1)  # 0 <= v < k: the word before the determiner ("announced a framework for" a deal: the verb)
        if v >= 2 and low[v] in _WEEKDAYS and low[v - 1] == "on":
            v -= 2  # "agreed on Monday a deal under which ...": the day between verb and object
        elif low[v] == "," and (v := aside_verb(low, v, LINK_VERBS)) != j - 1 and low[v] in _SIGNED:
            hint = "signed"  # "signed, through diplomatic channels, an MoU on ...": the verb past the aside
        verb = low[v]
        if verb in ("on", "to", "upon", "for", "over") and v >= 3 and low[v - 2] == "on" and low[v - 1] in _WEEKDAYS:
            v -= 2  # "agreed on Saturday to a seven-day ceasefire": past the day
            verb = low[v]
        if verb == "up" and v >= 1 and low[v - 1] in _SET:
            v -= 1  # rule set_up: "agreed to set up a partnership" creates it as "set" does
            verb = low[v]
        talking = False
        if verb in ("on", "to", "upon", "for", "over") and v >= 1:
            if verb != "for" and verb != "over" and low[v - 1] in LINK_VERBS:
                v -= 1  # "agreed on a rice trade deal"
            elif verb != "to" and verb != "upon" and low[v - 1] in _TALKS and v >= 2 and (low[v - 2] in LINK_VERBS or low[v - 2] in _TALK_VERBS):
                v -= 2  # "concluded negotiations on a trade agreement"
            elif verb != "upon" and v >= 2 and (low[v - 1] in _NEAR if verb == "to" else low[v - 1] in _TALKS and low[v - 2] == "in"):
                talking = True  # "are in talks over a trade pact", "are close to a deal" (rule: verb_subject)
            verb = low[v]
        if verb in HOLDING and la != "with" and (held_by := latest_list(state, sentence, v)):
            # "Turkmenistan and Azerbaijan have a gas memorandum": the holders, in force while held (rule: held_by_list)
            parties, how = held_by, "held_by_list"
            hint = "in_force" if verb != "had" or low[v - 1] in ("has", "have") else None
        leaving = leaving_at(low, v) if la == "with" else 0
        if leaving and low[leaving - 1] not in ("not", "never", "no") and (partner := with_party(state, after)):
            # "Peru pulled out of the fisheries deal with Chile": the leaver and its partner
            first = shared_subject(state, leaving) or actor_before(state, leaving)
            if first and first != partner:
                parties, how = [first, partner], "subject_and_partner"
        if parties is None and (talking or verb in LINK_VERBS or entered_into(low, v) or (verb in _TALK_VERBS and low[v + 1] in _TALKS)):
            joined = shared_subject(state, v) if la == "with" else None  # "X signed ... and announced a deal with Y": X's, not the list before
            parties, how = _by(latest_list(state, sentence, v) if joined is None else None, "verb_subject")
            if parties is None and joined is None:  # "Sudan's army and the rival paramilitary RSF signed a declaration"
                parties, how = _by(subject_sides(state, v), "subject_sides")
            if parties is None and joined is None:
                parties, how = _by(subject_countries(state, sentence, v) or phrase_subject(state, sentence, v), "verb_subject")
            if parties is None:
                nxt = k + 4 if d.word(k + 1) == "(" and d.word(k + 3) == ")" else k + 1  # "Rio Tinto signed a lithium contract (DCA) with Argentina"
                nxt += 2 if low[k] == "memorandum" and d.lower(nxt) == "of" else 0  # rule memorandum_of_with: "of understanding with X"
                if d.lower(nxt) == "on" and d.lower(nxt + 1) in _WEEKDAYS:
                    nxt += 2  # rule day_before_goods: "signed an agreement on Monday to supply arms to X"
                nxt = with_past_phrase(state, k, nxt)  # "an agreement on energy with X", "contracts worth $2 billion with X"
                first = shared_subject(state, v) or actor_before(state, j - 1)
                second = with_party(state, nxt) or seller_after(state, nxt) or buyer_after(state, nxt)
                if first and second and first != second:
                    parties, how = [first, second], "subject_and_partner"
                elif first and la == "with" and (named := partners_including(state, after)):
                    parties, how = [first, *(p for p in named if p != first)], "with_including"
            if parties and verb in _CREATE:
                hint = "announced"
    value_pos = value_start(state, after) if money_at is None else money_at
    value = value_pos is not None
    specific = value or (la in PARTICIPLES and after + 1 < n and low[after + 1] in ("in", "by", "on", "last", "with"))
    specific = specific or dated(d.words, start, k) is not None  # "a 2001 security cooperation agreement": a particular one
    if parties is None and specific and det in ("a", "an"):
        # "under a security pact signed in 2022": a particular agreement, subject's parties
        parties, how = _by(latest_list(state, sentence, start), "specific_subject")
        if parties is None and len(here := sentence_countries(state, sentence)) == 2:
            parties, how = here, "specific_sentence_pair"  # "X will supply Y through a deal signed on Tuesday"
        if parties is None:  # "The two countries agreed ... under a cooperation agreement signed in 2018"
            parties, how = _by(phrase_subject(state, sentence, start), "specific_phrase_subject")
        if parties is None:  # "Shell already buys gas under an earlier deal signed in 2014"
            parties, how = _by(earlier_pair(state, sentence, start), "earlier_pair")
    if parties is None and value:
        here = sentence_countries(state, sentence)
        pair = principal(state, 2)
        if len(here) >= 2:
            parties, how = here, "value_sentence"
        elif pair and set(here) <= set(pair):
            parties, how = pair, "value_principal"
    return parties, how, hint, value_pos


def coordinated_before(state: State, j: int) -> list[str] | None:
    """Rule coordinated_agreement: "signed an extradition treaty and a fisheries agreement": an
    agreement whose mention ends right before the "and" at token j has the parties of this one
    too; the phrase after "and" is another text."""
    d = state.doc
    if j < 1 or d.low[j] not in ("and", ","):
        return None
    for acc in state.agreements:
        if len(acc.parties) >= 2 and any(x == j and d.sent[i] == d.sent[j] for i, x in acc.mentions):
            return [p for p, _ in acc.parties]
    return None

