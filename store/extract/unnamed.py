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

from store.extract.agreements import DEFINITE, DETS
from store.extract.compound_types import compound_start
from store.extract.dated_mention import date_older, dated_core, dated_pair, older_text_at
from store.extract.deals import HOLDING, PARTICIPLES
from store.extract.described import (
    Phrase,
    coordinated_before,
    dated,
    described_parties,
    signed_year,
)
from store.extract.headline_deals import add_partners, fold_headline_guesses, note_partners
from store.extract.leaving import FAILED
from store.extract.listed_subjects import add_listed, colon_items, further_subjects
from store.extract.lists import unnamed_name
from store.extract.money import bracketed_amount, money_det, money_ending, value_start
from store.extract.older_signed import older_signed_year
from store.extract.parties import dominant_pair
from store.extract.partner_subject import subject_end
from store.extract.passive_signed import sides_agreed
from store.extract.phrase_words import MAYBE, listed_after, modifiers, named_modifier, staff_level
from store.extract.phrase_words import core as phrase_core
from store.extract.referring import (
    SPECIFIC,
    compatible,
    named_by_noun,
    named_later,
    programme_stage,
    refer,
    refer_ahead,
    same_kind,
    same_named,
    same_sentence_named,
    spelled_name,
)
from store.extract.shapes import (
    CLOSED,
    COUNTED,
    OTHER,
    counted,
    named_subject,
    org_apposition,
    subject_after,
    subject_core,
)
from store.extract.sides import TRUCES, declared_truce, one_side_truce
from store.extract.signed_documents import signing_witnesses
from store.extract.similar_with import similar_with
from store.extract.state import AgreementAcc, State
from store.extract.subject_pair import subject_parties
from store.extract.tokens import APOSTROPHES
from store.extract.told_before import (
    goods_deal,
    made_as,
    names_other_goods,
    strengthened,
    succeeded,
    told_before,
)
from store.extract.unnamed_parts import (
    attach,
    attributive_owner,
    hyphen_list_ends,
    lone_side_after,
    nouns,
    second_words,
)
from store.records import Fact

_HEADS_AFTER = frozenset(
    "ally allies partner partners member members talks negotiations negotiators obligations "
    "commitments text terms partnerships signatories signatory nations countries states".split()
)
_TREATY_NOUNS = frozenset({"pact", "treaty", "agreement", "accord", "accords"})
# Nouns that name a relationship: they join an agreement already found, never make one.
_WEAK = frozenset({"ties", "relationship", "relations", "cooperation"})
_COOPERATION = frozenset({"cooperation", "co-operation"})
_VERSIONS = frozenset({"version", "draft", "iteration", "incarnation", "form"})
_OLDER = frozenset({"earlier", "previous", "prior", "older", "former"})


# Words that make a determiner-less object no particular agreement ("will not sign any deal").
_QUANTIFIERS = frozenset({"any", "no", "every", "each", "more", "other", "further", "such"})
# Verbs whose object a determiner-less agreement noun may be ("signs defence pact").
_SIGNING_VERBS = frozenset("sign signs signed ink inks inked seal seals sealed strike strikes struck".split())
_QUOTES = frozenset("\"'\u201c\u201d\u2018\u2019")
# Words right after a noun that ``subject_after`` reads on from ("on", "for the", "of understanding on").
_SUBJECT_LINKS = frozenset({"on", "for", "of"})
# Words the walk left over a noun phrase stops at ("new" is a modifier: "a new security pact").
_CLOSED_WALK = CLOSED - {"new"}


def find_unnamed(state: State) -> None:
    """Scan generic agreement nouns left to right (see the module docstring)."""
    d, cues = state.doc, state.cues
    fam = cues.family
    for acc in state.agreements:
        acc.families.add(acc.family)
    text, words, low, sent, heading = d.text, d.words, d.low, d.sent, d.heading
    starts, ends, n = d.starts, d.ends, d.n
    blocked, person_tok = state.blocked, state.person_tok
    country_start, country_end = state.country_start, state.country_end
    evaluative, multipliers, currencies = cues.evaluative, cues.multipliers, cues.currencies
    seconds = second_words(cues)
    hyphen_ends = hyphen_list_ends(state)
    unnamed_by_parties: dict[frozenset[str], list[AgreementAcc]] = {}
    ahead: list[tuple[int, int, str, str, str, tuple[str, ...]]] = []  # mentions before the agreement they name
    dominant: list[str] | None = None
    guessed: list[AgreementAcc] = []  # made by a headline: the story may tell the same one
    for k in compress(count(), map(nouns(cues).__contains__, low)):
        if blocked[k]:
            continue  # a word of a mention found before ("the Paris Agreement"): half the nouns
        w = low[k]
        family = fam.get(w)
        plural = family is None and w in COUNTED
        if plural:
            family = fam.get(COUNTED[w])
        elif w == "cessation":
            # "a permanent cessation of hostilities" is a ceasefire (rule: cessation_of_hostilities)
            family = fam.get("ceasefire") if low[k + 1 : k + 3] == ["of", "hostilities"] else None
        if k > 0 and w in seconds and f"{low[k - 1]} {w}" in fam:
            family = fam[f"{low[k - 1]} {w}"]
        after, la = k + 1, (low[k + 1] if k + 1 < n else "")
        if family is None or person_tok[k] or la in fam or la in _HEADS_AFTER or family == "alliance" and la in APOSTROPHES:
            continue  # "treaty ally", "alliance members", "the alliance's members" (the body): the noun only modifies
        if w == "documents" and (k == 0 or low[k - 1] not in _COOPERATION):
            continue  # only "cooperation documents" are texts of agreement (rule: cooperation_documents)
        if la == "-" and ends[k] == starts[after]:
            continue
        sentence = sent[k]
        head = heading[sentence]
        # walk left over the noun phrase
        j, det, prefix, owned, owner, money_at = k - 1, None, None, False, None, None
        witnessed = 0
        after_prefix = k
        start = k
        while j >= 0 and sent[j] == sentence and k - j <= 9:  # "a long-awaited water-sharing agreement"
            lw = low[j]
            hl = hyphen_ends.get(j + 1)
            if hl:
                after_prefix = j + 1
                prefix, start = hl
                j = start - 1
                det = low[j] if j >= 0 and low[j] in DETS else det
                break
            if lw in DETS:
                det = lw
                break
            if lw == "own" and j >= 1 and (low[j - 1] in DEFINITE and low[j - 1] not in ("the", "this", "that") or low[j - 1] == "s"):
                j -= 1  # "their own border treaty", "Japan's own pact": the owner's, past "own" (rule: own_text)
                continue
            if lw in _SIGNING_VERBS and (j == 0 or low[j - 1] not in DETS) and _QUANTIFIERS.isdisjoint(low[j + 1 : k]):
                # "Japan signs defence pact with Philippines", "signed arms deals worth $110 billion": no determiner after
                # the verb, as headlines and packages write it (rule: bare_object); a plural with its subject ("signed
                # agreements on trade", "memoranda of understanding on trade") is one package as a counted one is (rule: plural_on_subject)
                det = "a" if not plural or (la in ("on", "of") and subject_after(d, k) > after) or value_start(state, after) is not None else None
                j = j + 1 if det else j  # read as if "a" stood before the phrase: the verb right before it (past a quote mark)
                break
            if (opened := compound_start(words, low, j)) is not None:
                start, j = opened, opened - 1  # "a status of forces agreement", "a sale and purchase agreement": one type
                continue
            wj = words[j]
            if plural and counted(words, low, j):
                det, start = "a", j  # "signed 15 cooperation agreements": the count opens the phrase
                break
            if lw == "s" and j >= 2 and words[j - 1] in APOSTROPHES and ends[j - 1] == starts[j]:
                # "Japan's alliance with the United States": an owner
                c = country_end.get(j - 1)
                owner = c.name if c is not None and c.actor else None
                det = "its"
                owned = owner is None
                break
            if blocked[j] or country_start.get(j) is not None or person_tok[j]:
                det, owned, owner = ("its", False, o) if (o := attributive_owner(state, j, k)) else (det, not (wj in APOSTROPHES or wj == "s"), owner)
                break
            if wj in _QUOTES and start - j <= 2:
                j -= 1  # a modifier in quotes: a "reciprocal" accord
                continue
            # "a $10 billion helicopter contract" ("a 3-million-dollar loan" too; asked only of a word an amount may end with)
            money_at = money_ending(state, j) if lw in multipliers or lw in currencies or lw[:1].isdigit() else None
            if money_at is not None:
                j, det = money_det(state, money_at, DETS)  # "a new $20 billion programme": past "new"
                break
            if (wj == "-" or wj == "\u2013") and j > 0 and ends[j - 1] == starts[j] and ends[j] == starts[j + 1]:
                start = j - 1
                j -= 2
                continue
            if j >= 2 and words[j - 1] in ("-", "\u2013") and ends[j - 2] == starts[j - 1] and ends[j - 1] == starts[j] and words[j - 2].isalpha():
                if not (blocked[j - 2] or country_start.get(j - 2) is not None or person_tok[j - 2]):
                    start = j - 2  # "stand-by", "staff-level": one modifier, whatever its halves
                    j -= 3
                    continue
            if lw == "of" and plural and j >= 2 and low[j - 1] == "signing" and low[j - 2] == "the":
                witnessed = j - 1  # "witnessed the signing of cooperation documents": one package (rule: witnessed_signing)
                det = "a"
                break
            if wj == ")" and (before := bracketed_amount(state, j)) is not None:
                j = before  # "a €2.7 billion ($3 billion) deal": the amount before its conversion
                continue
            if lw in _CLOSED_WALK:
                break
            c0 = wj[:1]
            if c0.isalpha() and (c0.islower() or head):
                start = j
                j -= 1
                continue
            if len(wj) == 4 and wj.isdigit() and j >= 1 and (low[j - 1] in DETS or low[j - 1] in _OLDER or low[j - 1] in FAILED or low[j - 1] == "s" and words[j - 2] in APOSTROPHES):
                start = j  # "the 2017 security treaty": a year between determiner and noun
                j -= 1
                continue
            if named_modifier(state, j, k):
                start = j  # "the Block 15 aircraft deal", "an F-16 contract": what is bought
                j -= 1
                continue
            break
        if w == "loan" and j >= 2 and low[j - 1] in ("on", "for") and low[j - 2] in fam:
            continue  # "a staff-level agreement on a $1.3 billion loan": what the agreement is on (rule: loan_subject)
        if plural and det is None and la == "with" and j >= 1 and low[j] in HOLDING and not listed_after(low, k, n) and (own_at := start + (low[start] in PARTICIPLES)) >= start:
            if held := similar_with(state, k, j, start, modifiers(d, own_at, k) if own_at < k else [], "signed" if own_at > start else "in_force"):
                for made in held:  # "China has similar pacts with Fiji and Samoa": one each (rule: plural_with_partners)
                    unnamed_by_parties.setdefault(frozenset(p for p, _ in made.parties), []).append(made)
                continue
            det, j = "a", start  # "Japan has similar arrangements with India": one record of the pair (rule: held_with)
        if plural and (det != "a" or listed_after(low, k, n)):
            if la == "with" and j >= 0 and low[j] in _SIGNING_VERBS:
                note_partners(state, sentence, j, after)  # "X and Y signed separate agreements with A and B"
                for made in similar_with(state, k, j, start, modifiers(d, start, k) if start < k else []):
                    unnamed_by_parties.setdefault(frozenset(p for p, _ in made.parties), []).append(made)
            continue  # several texts: a plural without a count, or one whose items are listed
        if owned or (det == "the" and org_apposition(state, j)):
            continue  # a plural without a count is several texts of no one record
        own = modifiers(d, start, k) if start < k else []  # read once: three rules ask for them
        stage = programme_stage(state, own) if start < k else None
        if start < k and (spelled := stage or spelled_name(state, own, start)) is not None:
            # "a $3-billion stand-by agreement" after "Stand-By Arrangement": the name in lower case
            value_pos = value_start(state, after) if money_at is None else money_at
            if value_pos is not None and spelled.value_at < 0:
                spelled.value_at = value_pos
                spelled.value_rule = "money_before_noun" if value_pos == money_at else "value_after_mention"
            if len(spelled.parties) < 2 and not spelled.known:  # "X and Y signed a peace agreement"
                found, how, _hint, _at = described_parties(state, Phrase(k, j, start, det, [], owner, money_at), None)
                for p in found if found and len(found) >= 2 else ():
                    spelled.add_party(p, sentence, how)
            attach(state, spelled, start, k + 1, text[starts[start] : ends[k]], family)
            if stage is not None:  # a staff-level agreement awaits the board: announced, whatever its verb
                spelled.referring.add(start)
                if spelled.status_hint is None:
                    spelled.status_hint, spelled.status_sentence, spelled.hint_rule = "announced", sentence, "programme_stage"
            continue
        keyword = text[starts[start] : ends[k + 2 if w.startswith("memorand") and low[k + 1 : k + 3] == ["of", "understanding"] else k]]
        # the modifiers' folded words (after a hyphenated party list, those between it and the noun)
        mods = own if prefix is None else modifiers(d, after_prefix, k) if start < k else []
        parties, how, hint, value_pos = described_parties(
            state, Phrase(k, j, start, det, mods, owner, money_at), prefix
        )
        if witnessed and not parties:
            parties, how = signing_witnesses(state, sentence, witnessed), "witnessed_signing"
        elif not parties and det in ("a", "an") and (agreed := sides_agreed(state, j, k)) is not None:
            (parties, how), hint = agreed, hint or (None if agreed[1] == "made_with" else "signed")  # "X and Y agreed ... under a deal"
        elif not parties and w in TRUCES and det in ("a", "an") and (one := one_side_truce(state, j)) is not None:
            parties, how = [one], "one_side_truce"
        if la in _SUBJECT_LINKS and (subject := subject_parties(state, after, bool(parties))) is not None:
            parties, how = subject  # "an agreement on the A-B-C railway project", "the protocol on X's accession to Y"
        listed = coordinated_before(state, j - 1) if det in ("a", "an") and mods and j >= 1 else None
        if listed is not None and not (parties and len(parties) >= 2):
            parties, how = listed, "coordinated_agreement"
        # "negotiations on a broader investment treaty", "a memorandum on the digital economy": another text than those before it
        subject_k, end = subject_end(state, k, la in _SUBJECT_LINKS)  # no subject without a link word; "with X on Y" too
        if end == after and la == "on" and det in ("a", "an"):
            end = named_subject(d, k)  # "an MoU on an Industrial Workers' Exchange Program": a text of its own
        maybe = bool(mods) and mods[0] in MAYBE  # "a possible visiting forces agreement": one still to make
        other = det in ("a", "an") and (not OTHER.isdisjoint(mods) or end > k + 1 or how == "coordinated_agreement" or maybe)
        # "an earlier version of the deal": another text of the same pair (rule: earlier_version)
        version = det == "the" and j >= 3 and low[j - 1] == "of" and low[j - 2] in _VERSIONS and low[j - 3] in OTHER
        # "the earlier deal signed in 2012", "a failed 2013 deal": said to be older than the one told (rule: older_text)
        # (a definite one only with a year of its own: "the earlier agreement" alone refers back)
        older = det == "the" and bool(mods) and mods[0] in _OLDER and (signed_year(low, k) or dated(words, start, k)) is not None
        older = older or det in ("a", "an") and not FAILED.isdisjoint(mods)
        own_year, series, end = older_text_at(state, det, start, k, end)  # "in a 2019 deal" (rule: dated_mention)
        older = older or own_year is not None or series
        other = other or older or (det in ("the", "a", "an") and succeeded(low, j))  # "the agreement follows the MoU on ...", "builds on a truce"
        if version:
            other, start = True, j - 3  # the text is called by the whole phrase
            keyword = text[starts[start] : ends[k]]
        # keyword without the determiner
        if parties and (len(parties) >= 2 or how == "one_side_truce"):
            kind = "agreement" if w in _TREATY_NOUNS else family  # "a defense pact" may be the named one
            target = None if other else same_sentence_named(state, parties, sentence) or same_named(state, parties, kind)
            if target is not None and det in ("a", "an") and target.first > start:
                target = None  # "struck a staff-level pact": a new one, not a name met only later
            elif target is not None and target.first > start and not named_later(state, target, mods):
                target = None  # "the security treaty ..." before "the ... Economic Partnership": another text
            if target is not None and not same_kind(target, w):
                target = None  # "a port memorandum" beside a named treaty of the same parties is another text
            same_parties = unnamed_by_parties.setdefault(frozenset(parties), [])
            if target is None and det == "the" and not other and (target := told_before(state, parties, mods, w, start)):
                parties = []  # "the partners, Shell and Delta Gas, signed the export agreement": the deal told before
            if target is None and not other:
                year = dated(words, start, k) or signed_year(low, k) or older_signed_year(state, det, k)  # a dated mention joins only an agreement of that year
                target = next(
                    (a for a in same_parties if family in a.families and same_kind(a, w) and (year is None or year in " ".join(a.keywords)) and compatible(a, mods, w)),
                    None,
                ) or (made_as(same_parties, mods, w) if year is None else None)  # "a government-to-government agreement"
            if target is None and det in DEFINITE and not mods:
                target = named_by_noun(state, w, start)  # "The Memorandum was signed by ...": the one named before
            if target is None and det in DEFINITE and not mods and w not in SPECIFIC and family != "alliance":
                # "ratified an agreement ... announced the deal": a bare definite mention of the
                # same parties refers back, whatever its noun
                target = next((a for a in same_parties if a.family != "alliance" and same_kind(a, w)), None)
            elif target is None and det in ("a", "an") and not mods and end == k + 1 and w not in SPECIFIC and family != "alliance":
                # "the signing of an agreement between X and Y ... X and Y signed a deal": a bare
                # noun of the same parties is the bare one before it, whatever its noun (rule: bare_again)
                target = next((a for a in same_parties if a.family != "alliance" and a.core == a.core.rsplit(" ", 1)[-1] and same_kind(a, w)), None)
            if target is None and (w in _WEAK or strengthened(low, sent, j, w) or declared_truce(low, j, k)):
                continue  # "China-India ties", "to strengthen the strategic partnership": a relationship, not an agreement
            if target is None:
                core = dated_core(subject_core(d, phrase_core(mods, w, evaluative, multipliers), subject_k, end) + (" of hostilities" if w == "cessation" else ""), own_year, low[k + 1 : k + 3])  # "the 2019 deal": its year in its name
                target = AgreementAcc(name=unnamed_name(state, parties, core), unnamed=True, family=family, first=start, core=core)
                target.families.add(family)
                state.agreements.append(target)
                same_parties.append(target)
                if head:
                    guessed.append(target)  # a headline's: the story may tell it (rule: headline_refers)
            for p in parties:
                target.add_party(p, sentence, how)
            date_older(target, own_year, sentence)
            if maybe and hint is None:
                hint, how = "proposed", "possible_modifier"  # rule possible_modifier
            if hint and target.status_hint is None:
                target.status_hint, target.status_sentence, target.hint_rule = hint, sentence, how
            if value_pos is not None and target.value_at < 0:
                target.value_at = value_pos
                target.value_rule = "money_before_noun" if value_pos == money_at else "value_after_mention"
            attach(state, target, start, end, text[starts[start] : ends[end - 1]] if end > k + 1 else keyword, family)
            if plural and end > k + 1 and (items := further_subjects(state, end)):
                add_listed(state, target, w, items, family)  # "agreements on roads, on ports and on power"
            elif plural and la == ":" and (items := colon_items(state, k)):
                add_listed(state, target, w, items, family)  # "three MoUs: one on trade, a second on energy"
            if staff_level(mods):  # a staff-level agreement awaits the lender's board: announced, whatever its verb
                if target.status_hint is None:
                    target.status_hint, target.status_sentence, target.hint_rule = "announced", sentence, "staff_level_stage"
        elif det in DEFINITE or (det in ("a", "an") and (mods or other) and not strengthened(low, sent, j, w)):
            target = before = refer(state, family, start, det in DEFINITE, w, tuple(mods) + ((yr,) if (yr := dated(words, start, k)) else ()))  # "the 2004 contract": that year's
            if target is not None and det in DEFINITE and names_other_goods(state, target, start, k):
                target = goods_deal(state, start, k, end, mods)  # "the Falcon 5 air defence deal": not the gas deal
                if target is None:
                    continue
            if other:
                target = None  # another text, of the same parties as the one before it
                if before is None or len(before.parties) < 2:
                    # the latest told before with its parties read ("the pact ... the X Agreement ... A separate agreement")
                    before = max((a for a in state.agreements if a.mentions and a.first < start and len(a.parties) >= 2), key=lambda a: a.first, default=before)
            # "an earlier agreement between <parties not read>": the text names others; no guess (rule: between_unread)
            if target is None and (det in DEFINITE or other) and (family in ("alliance", "agreement") or version or older) and w not in _WEAK and la != "between":
                if dominant is None:
                    dominant = dominant_pair(state)  # the same all through one article
                pair = [p for p, _ in before.parties] if other and before is not None and len(before.parties) >= 2 else dominant
                pair = dated_pair(state, sentence, end, pair) if own_year is not None else pair
                if pair is dominant and pair and lone_side_after(state, pair, sentence, start):
                    pair = []  # "Welcoming the agreement on X, ... deny Russia ...": no guess (rule: lone_side_guess)
                if pair:
                    core = dated_core(subject_core(d, phrase_core(mods, w, evaluative, multipliers), subject_k, end) + (" of hostilities" if w == "cessation" else ""), own_year, low[k + 1 : k + 3])
                    target = AgreementAcc(name=unnamed_name(state, pair, core), unnamed=True, family=family, first=start, core=core)
                    target.families.add(family)
                    state.agreements.append(target)
                    for p in pair:
                        target.add_party(p, sentence, "dominant_pair" if own_year is None else "dated_mention")
                    if maybe:
                        target.status_hint, target.status_sentence, target.hint_rule = "proposed", sentence, "possible_modifier"
                    if older and (y := own_year or dated(words, start, k)) is not None:
                        target.year = int(y)  # "the earlier 2012 deal": its own year (rule: older_text)
                        target.facts.append(Fact("year", target.year, sentence, "older_text" if own_year is None else "dated_mention"))
            if target is not None:
                said = text[starts[start] : ends[end - 1]] if other and end > k + 1 else keyword
                attach(state, target, start, end if other else k + 1, said, family)
            elif not other:
                ahead.append((start, k, keyword, family, w, () if det in DEFINITE else tuple(mods)))
    for start, k, keyword, family, w, mods in ahead:
        target = refer_ahead(state, family, w, mods)
        if target is not None and not state.blocked[k]:
            attach(state, target, start, k + 1, keyword, family)
    if guessed:
        fold_headline_guesses(state, guessed)
    add_partners(state)
