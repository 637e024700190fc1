"""Documents signed one by one at a ceremony: "A and B signed a document on the joint committee,
and a second one setting up an exchange mechanism", "C and D signed a third document on the
export of rice". Each is an agreement of its own, named by its subject; its parties are the
signers' countries (the sentence's two countries, a subject list of countries, the pair of
the agreement just told or the article's main pair), and it is signed."""

from __future__ import annotations

from store.extract.lists import sentence_countries, unnamed_name
from store.extract.parties import dominant_pair, latest_list, phrase_parties, phrase_subject
from store.extract.state import AgreementAcc, State
from store.extract.told_pair import told_pair
from store.extract.triggers import positions

_DOCUMENT = frozenset({"document"})
_SIGNING = frozenset("signed sign signs inked ink sealed exchanged initialled initialed".split())
_ORDINALS = frozenset("first second third fourth fifth sixth seventh eighth ninth tenth another".split())
# Words that lead from the document to its subject: "on", "setting up", "establishing".
_LINKS = (("on",), ("about",), ("setting", "up"), ("to", "set", "up"), ("establishing",), ("creating",), ("for",))
# Words that end a subject: what follows says where, when or under what it was signed.
_STOPS = frozenset(", . ; : ( ) from to for with under in at by on during which that and".split())


def _subject(state: State, x: int) -> tuple[int, int] | None:
    """The subject's (first, stop) tokens after the link word(s) at x, or None."""
    d = state.doc
    low, sent, n = d.low, d.sent, d.n
    for link in _LINKS:
        if tuple(low[x : x + len(link)]) == link:
            s = x + len(link)
            s += s < n and low[s] in ("the", "a", "an")
            e = s
            while e < n and sent[e] == sent[x] and e - s < 9 and (low[e] not in _STOPS or e == s and low[e] == "and"):
                e += 1
            return (s, e) if e > s else None
    return None


def document_parties(state: State, verb: int, k: int) -> list[str] | None:
    """The sentence's two countries, a list of countries as the verb's subject, or the pair of
    the agreement told last, else the article's main pair (officials who sign name their countries, if at all, elsewhere)."""
    sentence = state.doc.sent[k]
    here = sentence_countries(state, sentence)
    if len(here) == 2:
        return here
    listed = latest_list(state, sentence, verb)
    if listed and len(listed) >= 2 and all(p in state.gz.countries for p in listed):
        return listed
    return told_pair(state, k, people=True) or dominant_pair(state) or None


def find_signed_documents(state: State) -> None:
    """Each document signed in the sentence's clause, and each "a second one" after it, as an
    agreement named by its subject. (Rule: signed_document.)"""
    if "document" not in state.doc.text:
        return
    d = state.doc
    low, sent = d.low, d.sent
    made: list[AgreementAcc] = []
    for k in positions(state, _DOCUMENT):
        if state.blocked[k]:
            continue
        x = k - 1 - (low[k - 1] in _ORDINALS)
        if x < 1 or low[x] not in ("a", "an") or low[x - 1] not in _SIGNING:
            continue
        found = _subject(state, k + 1)
        parties = document_parties(state, x - 1, k) if found else None
        if not parties:
            continue
        made.append(_record(state, parties, x, k, found))
        # ", and a second one setting up ...": another document of the same signing
        y = found[1]
        if low[y : y + 2] == [",", "and"] and low[y + 2] in ("a", "an") and low[y + 3] in _ORDINALS and low[y + 4] == "one" and sent[y + 4] == sent[k]:
            more = _subject(state, y + 5)
            if more:
                made.append(_record(state, parties, y + 2, y + 4, more))
    if len(made) >= 2:
        _drop_package(state, made)


# Last words of a plural that stands for several texts ("several Memoranda of Understanding").
_PLURALS = frozenset({"agreements", "memoranda", "memorandums", "mous", "documents", "accords", "deals"})


def _drop_package(state: State, made: list[AgreementAcc]) -> None:
    """A plural of the same parties told just before the documents ("several Memoranda of
    Understanding were signed between A and B") is those documents, not another record.
    (Rule: documents_of_plural.)"""
    sent = state.doc.sent
    first = min(a.first for a in made)
    mine = {p for p, _ in made[0].parties}
    for acc in list(state.agreements):
        words = acc.name.casefold().split()
        if acc in made or not acc.mentions or _PLURALS.isdisjoint(words):
            continue
        if {p for p, _ in acc.parties} == mine and acc.first < first and sent[first] - sent[acc.first] <= 3:
            state.agreements.remove(acc)


def _record(state: State, parties: list[str], first: int, k: int, subject: tuple[int, int]) -> AgreementAcc:
    d = state.doc
    s, e = subject
    said = d.text[d.starts[s] : d.ends[e - 1]]
    core = f"document on {said}"
    acc = AgreementAcc(name=unnamed_name(state, parties, core), unnamed=True, family="agreement", first=first, core=core)
    acc.families.add("agreement")
    for p in parties:
        acc.add_party(p, d.sent[k], "signed_document")
    acc.spans.append(state.span(first, e, "signed_document"))
    acc.mentions.append((first, k + 1))
    acc.keywords.append(said)
    acc.status_hint, acc.status_sentence, acc.hint_rule = "signed", d.sent[k], "signed_document"
    state.blocked[first:e] = b"\x01" * (e - first)
    state.agreements.append(acc)
    return acc


# Verbs of looking on at a signing ("the presidents witnessed the signing of ...").
_WITNESS = frozenset("witnessed witness witnesses attended attend attends oversaw oversee oversees".split())


def signing_witnesses(state: State, sentence: int, at: int) -> list[str] | None:
    """"Peru and Ghana witnessed the signing of cooperation documents", "they also witnessed the
    signing of ...": those who look on at the signing (``at`` is "signing") are its parties: a
    list or party phrase before the verb, or "they" meaning the story's pair. (Rule: witnessed_signing.)"""
    low = state.doc.low
    first = state.doc.sent_first[sentence]
    v = at - 2
    if v <= first or low[at - 1] != "the" or low[v] not in _WITNESS:
        return None
    found = latest_list(state, sentence, v) or phrase_subject(state, sentence, v)
    if found:
        return found
    x = v - 1 if low[v - 1] == "also" else v
    if x - 1 >= first and low[x - 1] == "they":
        pair = phrase_parties(state, 2, sentence, x - 1)
        return pair if len(pair) == 2 else None
    return None
