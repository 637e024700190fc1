"""A package told as made of listed texts ("the package consists of four contracts: the general
contract for A, a contract for B and a contract for C"; "the deal comprises three agreements: ...")
is a record of its own, beside one record per listed text; each listed text is part of the package
and, when it says nothing else, shares its status and year, which come from the earlier sentence
that signed the package ("signed the documents that bring into force the package of contracts").
(Rule: package_parts.)"""

from __future__ import annotations

from store.extract.facts import acc_status, acc_year
from store.extract.lists import sentence_countries, unnamed_name
from store.extract.state import AgreementAcc, State
from store.extract.when import day_year, full_date_year, lede_year
from store.records import Fact

_RULE = "package_parts"
_KEY = "package_parts"
# Verbs that tell what a package is made of, before the colon that lists its parts.
MADE_OF = frozenset("consists consist consisted comprises comprise comprised".split())
# Words of an earlier sentence that make the package; and that leave its making to come.
_SIGNING = frozenset("signed inked sealed concluded signing".split())
_NOT_DONE = frozenset({"will", "would", "to", "could", "may", "might", "expected", "plan", "plans"})
# How many sentences back the package's signing is looked for.
_BACK = 4


def made_of_verb(state: State, colon: int) -> int | None:
    """The verb before a colon that tells what a package is made of ("the package consists of
    four contracts:"), within six words; else None."""
    d = state.doc
    first = d.sent_first[d.sent[colon]]
    return next((x for x in range(colon - 1, max(first, colon - 7) - 1, -1) if d.low[x] in MADE_OF), None)


def package_whole(state: State, verb: int, plural: int, parties: list[str]) -> AgreementAcc | None:
    """The package's record: the one whose mention is the subject of ``verb`` ("the deal
    comprises"), else a new one of the listed texts' parties, named by the package's noun and
    the texts' plural ("package of contracts"); with no parties given, the two countries of
    the sentence that signed it."""
    d = state.doc
    low = d.low
    head = verb - 1
    if head < 0 or not low[head].isalpha() or low[head] in ("which", "that", "it"):
        return None
    for acc in state.agreements:
        if any(s <= head < e for s, e in acc.mentions):
            return acc
    if len(parties) < 2:
        signed = _signing(state, head)
        parties = sentence_countries(state, signed) if signed is not None else []
        if len(parties) != 2:
            return None
    core = f"{d.words[head]} of {d.words[plural]}"
    acc = AgreementAcc(name=unnamed_name(state, parties, core), unnamed=True, family="agreement", first=head, core=core)
    acc.families.add("agreement")
    for p in parties:
        acc.add_party(p, d.sent[head], _RULE)
    acc.spans.append(state.span(head, head + 1, _RULE))
    acc.mentions.append((head, head + 1))
    acc.keywords.append(core)
    counted = plural - 1 if plural >= 1 and verb < plural - 1 else plural
    acc.keywords.append(d.text[d.starts[counted] : d.ends[plural]])  # "four contracts"
    state.agreements.append(acc)
    return acc


def note_part(state: State, whole: AgreementAcc, part: AgreementAcc) -> None:
    """Remember that ``part`` is one of the texts ``whole`` is made of."""
    noted: list[tuple[AgreementAcc, AgreementAcc]] = state.cache.setdefault(_KEY, [])  # type: ignore[assignment]
    noted.append((part, whole))


def _signing(state: State, head: int) -> int | None:
    """The earlier sentence that signs the package whose noun is at ``head``: it writes that
    noun and a signing verb not left to come."""
    d = state.doc
    low = d.low
    noun, sentence = low[head], d.sent[head]
    for s in range(sentence - 1, max(-1, sentence - 1 - _BACK), -1):
        first = d.sent_first[s]
        if first < 0:
            continue
        last = d.sent_first[s + 1] if s + 1 < len(d.sent_first) and d.sent_first[s + 1] >= 0 else d.n
        words = low[first:last]
        if noun in words and any(w in _SIGNING and _done(words, i) for i, w in enumerate(words)):
            return s
    return None


def _done(words: list[str], i: int) -> bool:
    """Whether the signing verb at ``i`` is done, not to come ("will be signed", "to sign")."""
    return not any(w in _NOT_DONE or w == "be" for w in words[max(0, i - 2) : i])


def share_package_facts(state: State) -> None:
    """Give the package the status and year of its earlier signing, and each listed text its
    package (part_of) and, when it has none, the package's status and year."""
    noted = state.cache.get(_KEY)
    if not noted:
        return
    done: set[int] = set()
    for part, whole in noted:  # type: ignore[union-attr]
        if id(whole) not in done:
            done.add(id(whole))
            s = _signing(state, whole.first) if whole.status is None else None
            if s is not None:
                acc_status(whole, "signed", s, _RULE)
                year = day_year(state, s) or full_date_year(state, s) or lede_year(state, s)
                if whole.year is None and year is not None:
                    acc_year(whole, year, s, _RULE)
        sentence = part.spans[0].sentence if part.spans else state.doc.sent[part.first]
        if part.part_of is None and part is not whole:
            part.part_of = whole.name
            part.facts.append(Fact("part_of", whole.name, sentence, _RULE))
        if part.status is None and whole.status is not None:
            acc_status(part, whole.status, sentence, _RULE)
        if part.year is None and whole.year is not None:
            acc_year(part, whole.year, sentence, _RULE)
