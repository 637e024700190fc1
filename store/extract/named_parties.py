"""Parties of named agreements that their names do not give: those who join or accede to it,
adopt or sign it ("signed by X, along with Y and Z"), a possessive owner ("Pakistan's Extended
Fund Facility"), "between the two countries", the article's principal pair around a single
party, a lender's borrower, and, for a name of common words, the article's main agreement's.
"""

from __future__ import annotations

from store.extract.clause_partner import clause_parties, signing_subject
from store.extract.deals import PARTICIPLES
from store.extract.generic import generic_kind, generic_name
from store.extract.list_lead import list_lead
from store.extract.lists import coordinated_list, with_list
from store.extract.parties import (
    actor_before,
    body_at,
    dominant_pair,
    latest_list,
    party_phrase,
    phrase_parties,
    principal,
    subject_parties,
    with_party,
)
from store.extract.signers_subject import signers_subject
from store.extract.state import State


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


_JOIN = frozenset({"joined", "join", "joins", "joining"})


def _joiner(state: State, i: int) -> str | None:
    """The country that joins or accedes to the agreement at token i: "Sweden
    formally joined the North Atlantic Treaty", "Finland's accession to the ...". (Rule: accession.)"""
    d = state.doc
    k = i - 1
    while k >= 0 and d.low[k] in ("the", "a", "an"):
        k -= 1
    if k >= 1 and d.low[k] == "to" and d.low[k - 1] in ("acceded", "accede", "accession", "accedes"):
        k -= 1
    elif k < 0 or d.low[k] not in _JOIN:
        return None
    if k >= 1 and d.low[k] == "accession" and d.low[k - 1] == "s":
        return owner_before(state, k)
    return actor_before(state, k)


def _lending(state: State, name: str) -> bool:
    """Whether the gazetteer knows the agreement as a lender's programme (one per borrower)."""
    known = state.gz.agreements.get(name)
    return known is not None and "lending" in known.type


def owner_before(state: State, i: int) -> str | None:
    """The country whose possessive stands right before token i, a year between them allowed
    ("Pakistan's 2019 Extended Fund Facility"). (Rule: possessive_party.)"""
    d = state.doc
    k = i - 1
    if k >= 0 and len(d.words[k]) == 4 and d.words[k].isdigit():
        k -= 1
    if k < 2 or d.low[k] != "s" or d.words[k - 1] not in ("'", "\u2019") or d.ends[k - 1] != d.starts[k]:
        return None
    c = state.country_end.get(k - 1)
    return c.name if c is not None and c.actor else None


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


_ADOPT = frozenset({"adopted", "approved", "endorsed", "signed", "ratified", "agreed"})


def _adopted_by(state: State, j: int) -> list[str]:
    """"<agreement> [, ] [was] adopted by [the] X [members]": X, a body or a country, and those
    named with it ("signed ... by the AU, along with Kenya and Ghana", "signed by the Kingdom of
    A, the State of B and the United States of America")."""
    d = state.doc
    if d.lower(j) in ("concerning", "regarding", "covering", "on", "for"):
        # "The Framework Agreement on the Lake Chad Water Transfer was adopted by ...": past the subject
        x = j + 1 + (d.lower(j + 1) == "the")
        while x < len(d) and x - j < 10 and (d.words[x][:1].isupper() or d.words[x] in ("-", "\u2013")):
            x += 1
        j = x if x > j + 2 else j
    k = j + (d.word(j) == ",")
    k += d.lower(k) in ("was", "were", "has", "had", "been")
    k += d.lower(k) == "been"
    if d.lower(k) in _ADOPT and d.lower(k + 1) in ("on", "in") and d.sent[k + 1] == d.sent[k]:
        x = k + 2  # "was signed on Thursday in Rabat by ...": past a short time and place
        while x < len(d) and x - k < 8 and d.lower(x) != "by" and d.words[x][:1].isalnum():
            x += 1
        k = x - 1 if d.lower(x) == "by" else k
    if d.lower(k) not in _ADOPT and d.lower(k + 1) != "by":
        return []
    if d.lower(k + 1) != "by":
        return []
    start = k + 2 + (d.lower(k + 2) == "the")
    first = body_at(state, start)
    if first is None:
        return []
    out = [first]
    c = state.country_start.get(start) or state.org_start.get(start)
    x = c.j if c is not None else start + 1
    if d.word(x) == "(" and d.word(x + 2) == ")":
        x += 3  # "(ECOWAS)"
    comma = d.word(x) == ","
    x += comma
    if d.lower(x) in ("along", "together") and d.lower(x + 1) == "with":
        x += 2
    elif d.lower(x) == "and":
        x += 1
    elif not (comma and body_at(state, x + (d.lower(x) == "the")) is not None):
        return out  # (a list going on past its comma: "signed by A, B and C"; rule: signers_listed)
    found = coordinated_list(state, x) or ((body_at(state, x + (d.lower(x) == "the")),), x)
    out += [p for p in found[0] if p and p not in out]
    return out


# Nouns for those bound by an agreement: "the pact's 60th and 61st parties".
_BOUND = frozenset({"parties", "party", "signatories", "signatory", "members", "member"})


def _counted_parties(state: State, i: int, j: int) -> list[str] | None:
    """"Morocco and Sierra Leone were added ..., as the pact's 60th and 61st parties": the
    countries named before a mention whose possessive is followed by their count as parties."""
    d = state.doc
    low = d.low
    if not (d.word(j) in ("'", "\u2019") and d.lower(j + 1) == "s"):
        return None
    for x in range(j + 2, min(d.n, j + 7)):
        if low[x] in _BOUND:
            return latest_list(state, d.sent[i], i)
        if not (d.words[x][:1].isdigit() or low[x] in ("and", "newest", "latest", "first", "last")):
            return None
    return None


_AUX = frozenset("will would shall was were is are has have had be been to also".split())


def _past_signed(state: State, end: int) -> int:
    """The token after "[will be] signed" right after a name ending at ``end`` ("The ... Agreement
    will be signed with the US government", "a ... Agreement signed with Washington"), so
    "with" names the partner; ``end`` when the words are not so. (Rule: signed_with_partner.)"""
    d = state.doc
    x = end
    while x < d.n and x - end < 3 and d.low[x] in _AUX:
        x += 1
    return x + 1 if d.lower(x) in PARTICIPLES and (x > end or d.lower(x + 1) == "with") else end


def _lower_name(acc) -> bool:
    """Whether the agreement's name was written in common words ("the so-called migration and
    economic development partnership"), which say nothing of whose it is."""
    return any(s.rule == "so_called_name" for s in acc.spans)


def fill_named_parties(state: State, *, last: bool = False) -> None:
    """Parties of named agreements the name does not give: "between the two countries",
    "... Agreement in Japan", or the article's principal pair around a single party. ``last``:
    the pass after unnamed agreements were found, when a name of common words alone borrows
    the main agreement's parties."""
    d = state.doc
    for acc in state.agreements:
        if not acc.unnamed and not last:
            for i, _j in acc.mentions:
                joiner = _joiner(state, i)  # "Sweden joined the North Atlantic Treaty"
                if joiner:
                    acc.add_party(joiner, d.sent[i], "accession")
        if not acc.unnamed and not acc.parties:
            for i, j in sorted(acc.mentions):  # "... Agreement, adopted by WHO members": one party may be all
                adopters = _adopted_by(state, j + 3 if d.word(j) == "(" else j)
                for adopter in adopters:
                    acc.add_party(adopter, d.sent[i], "adopted_by")
                if adopters:
                    break
        if acc.known and not acc.parties and not last and not _lending(state, acc.name):
            for i, _j in sorted(acc.mentions):  # "Peru signed and ratified the <known convention>" (rule: known_subject)
                for p in subject_parties(state, i) or ():
                    acc.add_party(p, d.sent[i], "known_subject")
            continue  # a known treaty's other members are not the article's pair
        if acc.unnamed or (acc.known and not (len(acc.parties) == 1 and _lending(state, acc.name))) or len(acc.parties) >= 2:
            continue  # a lender's programme (one known party) takes its borrower here
        for i, j in sorted(acc.mentions):
            sentence = d.sent[i]
            owner = owner_before(state, i)  # "Pakistan's 2019 Extended Fund Facility"
            if owner:
                acc.add_party(owner, sentence, "possessive_party")
            for p in signers_subject(state, i) or subject_parties(state, i) or subject_parties(state, list_lead(state, i)) or ():
                acc.add_party(p, sentence, "subject")
            for p in _counted_parties(state, i, j) or ():
                acc.add_party(p, sentence, "accession")  # "X and Y ..., as the pact's 60th and 61st parties"
            end = j + 3 if d.word(j) == "(" else j
            if d.lower(end) == "in" and state.country_start.get(end + 1):
                acc.add_party(state.country_start[end + 1].name, sentence, "agreement_in")
            elif d.lower(end) == "for" and state.country_start.get(end + 1) and _lending(state, acc.name):
                acc.add_party(state.country_start[end + 1].name, sentence, "lent_for")  # "an Extended Fund Facility for Argentina"
            partner = with_party(state, end) or with_party(state, _past_signed(state, end))  # "ratified the ... Agreement with Japan"
            if partner:
                acc.add_party(partner, sentence, "with_partner")
                if (signer := signing_subject(state, i)) is not None and signer != partner:
                    acc.add_party(signer, sentence, "signing_subject")  # "The EU signed the X with Chile"
                for p in (with_list(state, end) or ([], 0))[0]:
                    acc.add_party(p, sentence, "with_list")  # "the treaty with Norway and Iceland"
            for p in clause_parties(state, i, end):
                acc.add_party(p, sentence, "clause_partner")  # "the treaty it signed with Spain"

            for p in _between(state, sentence) or _phrase_in(state, sentence):
                acc.add_party(p, sentence, "between_or_phrase")
            if len(acc.parties) >= 2:
                break
        if len(acc.parties) == 1:
            pair = principal(state, 2)
            if acc.parties[0][0] in pair:
                for p in pair:
                    acc.add_party(p, d.sent[acc.mentions[0][0]], "principal_pair")
            elif acc.known and (top := principal(state, 1)) and top[0] != acc.parties[0][0]:
                acc.add_party(top[0], d.sent[acc.mentions[0][0]], "lender_borrower")  # a lender's programme: the country the article is about
        if last and not acc.parties and acc.mentions and (generic_name(acc.name, state.cues.family) or generic_kind(acc.name, state.cues.family) or _lower_name(acc)):
            # "a Memorandum of Understanding" (or "the so-called migration partnership") of no
            # stated parties: those of the article's main agreement, else the article's own pair
            main = min((a for a in state.agreements if a is not acc and len(a.parties) >= 2 and a.mentions), key=lambda a: a.first, default=None)
            for p in [p for p, _ in main.parties] if main else dominant_pair(state) or principal(state, 2):
                acc.add_party(p, d.sent[acc.mentions[0][0]], "generic_name")
