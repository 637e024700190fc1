"""A plural of agreements whose subjects are listed each with its own "on": "signed a dozen
agreements on roads, on the supply of gas, and on a possible nuclear programme" are several
texts, one record each. The plural's record keeps the first subject; each further subject is a
record of the same parties, and shares the plural's status and year."""

from __future__ import annotations

from itertools import compress, count
from operator import attrgetter

from store.extract.lists import unnamed_name
from store.extract.package_parts import made_of_verb, note_part, package_whole, share_package_facts
from store.extract.shapes import COUNTED
from store.extract.sides import subject_sides
from store.extract.signed_documents import document_parties
from store.extract.state import AgreementAcc, State
from store.extract.triggers import positions, vocabulary
from store.records import Fact

_KEY = "listed_subjects"
_ENDS = frozenset({",", ";", ".", ")", ":"})
# Words that end a subject and open what is said of the signing: "on ports on Monday", "in 2024".
_AFTER = frozenset("on in at by during after before last this next which that who while as".split())
_DETS = frozenset({"the", "a", "an"})
# Verbs right before a plural that sign each text it lists.
_SIGNED = frozenset({"signed", "inked", "sealed", "initialled", "initialed"})


def further_subjects(state: State, end: int) -> list[tuple[int, int]]:
    """The (first, stop) tokens of each further subject after a plural's first one, which ends
    at ``end``: ", on X", ", and on Y", "and on Z", each opened by its own "on", in the sentence.
    Subjects under one "on" ("cooperation documents on trade, energy and health") are one
    package's subject."""
    d = state.doc
    low, sent, n = d.low, d.sent, d.n
    out: list[tuple[int, int]] = []
    if end >= n or low[end] not in (",", "and"):
        return out  # the common case: the subject is the plural's only one
    sentence = sent[end - 1]
    x = end
    while x < n and len(out) < 8 and low[x] in (",", "and"):  # "on ports on Monday": no further subject
        y = x + (low[x] == ",")
        y += y < n and low[y] == "and"
        if y + 1 >= n or low[y] != "on" or sent[y] != sentence:
            break
        s = y + 1 + (low[y + 1] in _DETS)
        e = s
        while e < n and sent[e] == sentence and e - s < 9 and low[e] not in _ENDS and low[e] not in _AFTER and not (low[e] == "and" and e + 1 < n and low[e + 1] == "on"):
            e += 1
        if e == s:
            break
        out.append((s, e))
        x = e
    return out


_ORDINALS = frozenset("first second third fourth fifth sixth seventh eighth ninth tenth last final".split())


def colon_items(state: State, k: int) -> list[tuple[int, int]]:
    """The subjects of a plural's members listed after a colon: "signed three MoUs: one on
    trade, a second on energy and a third on health", "three contracts: one for a power line
    and another for a port" (rule: listed_members)."""
    d = state.doc
    low, sent, n = d.low, d.sent, d.n
    out: list[tuple[int, int]] = []
    x = k + 2 + (low[k + 1] == ",")  # past the colon, or past ", including"
    while x < n and len(out) < 8 and sent[x] == sent[k]:
        x += low[x] in (",", "and") and x > k + 2
        x += low[x] == "and"
        if low[x] in ("one", "another"):
            x += 1
        elif low[x] in ("a", "the") and x + 1 < n and low[x + 1] in _ORDINALS:
            x += 2
        else:
            break
        x += x < n and low[x] in ("document", "memorandum", "agreement", "mou", "one")  # "a third document on"
        if x + 1 >= n or low[x] not in ("on", "for"):
            break
        s = x + 1 + (low[x + 1] in _DETS)
        e = s
        while e < n and sent[e] == sent[k] and e - s < 9 and low[e] not in _ENDS and low[e] not in _AFTER and low[e] != "and":
            e += 1
        if e == s:
            break
        out.append((s, e))
        x = e
    return out


def add_listed(state: State, plural: AgreementAcc, plural_noun: str, items: list[tuple[int, int]], family: str) -> None:
    """One record of the plural's parties for each further subject, named by the plural's noun
    ("MoUs" -> "MoU on health"). (Rule: listed_subjects.)"""
    d = state.doc
    noun = "MoU" if plural_noun in ("mous", "memoranda", "memorandums") else "contract" if plural_noun == "contracts" else COUNTED.get(plural_noun, "agreement")
    parties = [p for p, _ in plural.parties]
    noted: list[tuple[AgreementAcc, AgreementAcc]] = state.cache.setdefault(_KEY, [])  # type: ignore[assignment]
    for s, e in items:
        subject = d.text[d.starts[s] : d.ends[e - 1]]
        core = f"{noun} {'for' if 'for' in d.low[s - 2 : s] else 'on'} {subject}"  # "one for a port": a contract for a port
        acc = AgreementAcc(name=unnamed_name(state, parties, core), unnamed=True, family=family, first=s, core=core)
        acc.families.add(family)
        for p, sentence in plural.parties:
            acc.add_party(p, sentence, "listed_subjects")
        acc.spans.append(state.span(s, e, "listed_subjects"))
        acc.mentions.append((s, e))
        acc.keywords.append(subject)
        if plural.first >= 1 and d.low[plural.first - 1] in _SIGNED:
            acc.status_hint, acc.status_sentence, acc.hint_rule = "signed", d.sent[s], "listed_subjects"
        state.blocked[s:e] = b"\x01" * (e - s)
        state.agreements.append(acc)
        noted.append((acc, plural))


def share_listed_facts(state: State) -> None:
    """Each listed subject's record takes the plural's status and year when it has none; each
    listed part of a package, the package's."""
    share_package_facts(state)
    noted = state.cache.get(_KEY)
    if not noted:
        return
    for acc, plural in noted:  # type: ignore[union-attr]
        if acc.status is None and plural.status is not None:
            acc.status = plural.status
            acc.facts.append(Fact("status", plural.status, acc.spans[0].sentence, "listed_subjects"))
        if acc.year is None and plural.year is not None:
            acc.year = plural.year
            acc.facts.append(Fact("year", plural.year, acc.spans[0].sentence, "listed_subjects"))


# Plurals before a colon that announce a list of texts: "three other documents were signed:".
_LIST_PLURALS = frozenset("documents agreements memoranda memorandums mous accords deals pacts treaties contracts protocols instruments".split())
_ITEM_NOUNS = frozenset("agreement treaty accord pact arrangement memorandum mou protocol contract deal declaration charter".split())
# Words that end an item's subject: a relative clause, who it is between, where or when.
_ITEM_STOPS = frozenset(", ; . : ( ) between which that who signed under during at by with".split())
_SIGNING = frozenset("signed inked sealed exchanged initialled initialed concluded".split())


def _openers(state: State) -> list[tuple[int, bool]]:
    """Where a list of documents may open, and whether its items are parted by semicolons
    only: a colon ("... were signed: A; B"), or "among them"/"including" after the plural
    ("16 documents were signed, among them an agreement on A, and an agreement on B")."""
    d = state.doc
    low, text = d.low, d.text
    out: list[tuple[int, bool]] = []
    if ";" in text and ":" in text:
        out += [(k, True) for k in compress(count(), map(":".__eq__, low))]  # found in C, not a Python loop per token
    if ":" in text and ("consist" in text or "compris" in text):  # "the package consists of four contracts: the A, a B and a C"
        out += [(k, False) for k in compress(count(), map(":".__eq__, low)) if made_of_verb(state, k) is not None]
    if ":" in text and not _SIGNING.isdisjoint(vocab := vocabulary(state)) and not _LIST_PLURALS.isdisjoint(vocab):
        # "Three documents were signed: a host government agreement, a lease agreement and a concession agreement"
        out += [(k, False) for k in positions(state, _COLON) if _signed_plural(state, k)]
    if "among them" in text or "including a" in text:
        out += [(k + 1, False) for k in compress(count(), map("among".__eq__, low)) if k + 1 < d.n and low[k + 1] == "them"]
        out += [(k, False) for k in compress(count(), map("including".__eq__, low))]
    return out


_COLON = frozenset({":"})


def _signed_plural(state: State, k: int) -> bool:
    """Whether the colon at ``k`` closes a clause telling a plural of texts signed ("three
    documents were signed:", "signed four agreements:") and opens a list with no semicolon (rule:
    signed_list)."""
    d = state.doc
    low, sent = d.low, d.sent
    before = low[max(d.sent_first[sent[k]], k - 8) : k]
    if _LIST_PLURALS.isdisjoint(before) or _SIGNING.isdisjoint(before):
        return False  # the common case: a colon after no plural of texts signed
    return all(low[x] != ";" for x in range(k + 1, min(d.n, k + 60)) if sent[x] == sent[k])


def split_listed_documents(state: State) -> None:
    """"Three other documents were signed: an agreement on A; a service agreement for B; and a
    memorandum on C between X and Y", "16 documents were signed, among them an agreement on A,
    and an agreement on B": one record each, of the item's own "between" parties, else the
    plural's, and signed when the plural was. "Other" texts are not the one told before: a
    mention an earlier record took inside an item is the item's. (Rule: listed_documents.)"""
    d = state.doc
    if "including one" in d.text:
        _included_members(state)
    if ";" not in d.text and "among them" not in d.text and "including a" not in d.text and ":" not in d.text:
        return  # the common case: no list of that shape
    low, sent, n = d.low, d.sent, d.n
    for opener, semicolons in _openers(state):
        sentence = sent[opener]
        first = d.sent_first[sentence]
        plural = next((x for x in range(opener - 1, max(first, opener - 12) - 1, -1) if low[x] in _LIST_PLURALS), None)
        if plural is None:
            continue
        stop = next((x for x in range(opener + 1, n) if sent[x] != sentence), n)
        the = not semicolons and low[opener] == ":"  # the parts of a package: "the general contract for A"
        if semicolons:
            ends = [x for x in range(opener + 1, stop) if low[x] == ";"]
        else:  # ", and an agreement ...": a comma before the next item's determiner and noun
            parted = (",", ";", "and") if the else (",", ";")  # "an agreement on A and a protocol on B"
            ends = [x for x in range(opener + 2, stop) if low[x] in parted and low[x - 1] != "," and _item_noun(state, x + 1, stop, the) is not None]
        if not ends:
            continue  # one item: the other rules read it
        bounds = list(zip([opener, *ends], [*ends, stop], strict=True))
        verb = next((x for x in range(first, opener) if low[x] in _SIGNING), None)
        if not all(_item_noun(state, a + 1, b, the) is not None for a, b in bounds):
            continue  # a list of something else (places, amounts)
        shared: list[str] | None = None
        told = max((a for a in state.agreements if a.mentions and a.first < first), key=attrgetter("first"), default=None)
        made_of = made_of_verb(state, opener) if the else None
        whole = None
        if made_of is not None:  # "the package consists of four contracts:": the package is a record too
            shared = document_parties(state, plural, plural) or []
            whole = package_whole(state, made_of, plural, shared)
            if whole is not None and len(shared) < 2:
                shared = [p for p, _ in whole.parties]
        noted: list[tuple[AgreementAcc, AgreementAcc]] = state.cache.setdefault(_KEY, [])  # type: ignore[assignment]
        for a, b in bounds:
            x = a + 1 + (low[a + 1] == "and")
            k = _item_noun(state, x, b, the)
            own = _between(state, x, b)
            if own is None and shared is None:
                shared = document_parties(state, verb if verb is not None else plural, plural) or (verb is not None and subject_sides(state, verb)) or []
            parties = own or shared
            if not parties or len(parties) < 2:
                continue
            made = _item_record(state, x, k, b, parties, verb, the)  # type: ignore[arg-type]
            if whole is not None:
                note_part(state, whole, made)
            elif told is not None and made is not told:
                noted.append((made, told))  # signed on the occasion told before: its year too


def _included_members(state: State) -> None:
    """"Signed three contracts, including one for a power line and another for a port": each
    member is a record of the signing's parties (the plural, whose items are listed, is none).
    (Rule: listed_members.)"""
    d = state.doc
    low, n = d.low, d.n
    for k in compress(count(), map("including".__eq__, low)):
        if k < 3 or k + 1 >= n or low[k - 1] != "," or low[k + 1] != "one" or low[k - 2] not in _LIST_PLURALS:
            continue
        items = colon_items(state, k - 2)
        start = k - 2 - (low[k - 3] not in _SIGNED)  # "signed three contracts": the count
        parties = document_parties(state, start - 1, k - 2) if items else None
        if parties and len(parties) >= 2:
            plural = AgreementAcc(name="", unnamed=True, family="agreement", first=start)  # the list's sides, not a record
            for p in parties:
                plural.add_party(p, d.sent[k], "listed_members")
            add_listed(state, plural, low[k - 2], items, "agreement")


def _item_noun(state: State, x: int, stop: int, the: bool = False) -> int | None:
    """The agreement noun of an item opened by "a"/"an" at x (or after "and"), within 6 words;
    "the" too when the list tells what a package is made of ("the general contract for A")."""
    low = state.doc.low
    x += low[x] == "and"
    if x >= stop or low[x] not in (("a", "an", "the") if the else ("a", "an")):
        return None
    return next((k for k in range(x + 1, min(stop, x + 7)) if low[k] in _ITEM_NOUNS), None)


def _between(state: State, x: int, stop: int) -> list[str] | None:
    """The two parties of the item's own "between A and B" ("India's B" is B)."""
    low = state.doc.low
    at = next((k for k in range(x, stop) if low[k] == "between"), None)
    if at is None:
        return None
    out: list[str] = []
    k = at + 1
    while k < stop and len(out) < 2:
        k += low[k] == "the"
        found = state.party_start(k)
        if found is None:
            return None
        body = state.org_start.get(k)
        if body is not None and body.j > found.j:
            found = body  # "between the Ruritania Power Authority and ...": the bodies sign
        k = found.j
        if k + 2 < stop and state.doc.words[k] in ("'", "\u2019") and low[k + 1] == "s":
            behind = state.party_start(k + 2)  # "India's NTPC": the body, not its country
            if behind is not None and state.public_body(behind):
                k = behind.j  # "India's Central Bureau of Investigation": the state's own body stands for it (rule: owned_side)
            else:
                found, k = (behind, behind.j) if behind is not None else (found, k)
        out.append(found.name)
        if len(out) < 2:
            if k >= stop or low[k] != "and":
                return None
            k += 1
    return out if len(out) == 2 and out[0] != out[1] else None


def _item_record(state: State, x: int, k: int, stop: int, parties: list[str], verb: int | None, commas: bool = False) -> AgreementAcc:
    """The item's record: the one whose first mention lies in the item (its parties set to the
    item's), else a new one named by its words up to the subject's end (past commas, with
    ``commas``: a package's part "for the engineering, procurement and construction of A")."""
    d = state.doc
    low, sentence = d.low, d.sent[x]
    inside = [a for a in state.agreements if a.mentions and x <= a.first < stop]
    if inside:
        acc = inside[0]
        acc.parties.clear()
        for p in parties:
            acc.add_party(p, sentence, "listed_documents")
    else:
        for a in state.agreements:  # "other documents": not a mention of the one told before
            kept = [m for m in a.mentions if not x <= m[0] < stop]
            if len(kept) != len(a.mentions) and kept:
                a.mentions[:] = kept
                a.spans[:] = [s for s in a.spans if not (s.sentence == sentence and d.starts[x] <= s.start < d.ends[stop - 1])]
        e = link = k + 1
        if e < stop and low[e] == "between":  # "an agreement between the ministries on X": X is its subject
            e = link = next((y for y in range(e, min(stop, e + 8)) if low[y] in ("on", "for")), e)
        if e < stop and low[e] in ("on", "for", "of"):
            e += 1
            while e < stop and e - link < 10 and (low[e] not in _ITEM_STOPS or commas and low[e] == ","):
                e += 1
        s = x + 1
        said = d.text[d.starts[s] : d.ends[k]] + (" " + d.text[d.starts[link] : d.ends[e - 1]] if e > link else "")
        last = next((y for y in range(e, stop) if low[y] == "," and y + 1 < stop and low[y + 1] in ("which", "that")), stop)
        last = min(last, s + 25)
        while last > e and low[last - 1] in _ENDS:
            last -= 1
        whole = d.text[d.starts[s] : d.ends[last - 1]]  # the item as written: what it is on, in full
        acc = AgreementAcc(name=unnamed_name(state, parties, said), unnamed=True, family="agreement", first=s, core=said)
        acc.families.add("agreement")
        for p in parties:
            acc.add_party(p, sentence, "listed_documents")
        acc.spans.append(state.span(s, e, "listed_documents"))
        acc.mentions.append((s, e))
        acc.keywords.append(said)
        if whole != said:
            acc.keywords.append(whole)
        state.blocked[s:e] = b"\x01" * (e - s)
        state.agreements.append(acc)
    if verb is not None and acc.status_hint is None:
        acc.status_hint, acc.status_sentence, acc.hint_rule = "signed", sentence, "listed_documents"
    return acc
