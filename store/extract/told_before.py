"""Whether a definite description is the agreement told before it or another one.

"the export agreement" after "a natural gas export agreement with Egypt" is that agreement,
as "the deal" is the one deal told before,
even when its sentence names the firms that signed it ("the partners, Shell and Delta Gas,
signed the export agreement"): the firms carry out the deal the text framed between states.
"the Falcon 5 air defence deal" after a gas deal is not the gas deal: it names goods of its own.
"""

from __future__ import annotations

from store.extract.lists import unnamed_name
from store.extract.phrase_words import core as phrase_core
from store.extract.phrase_words import designation
from store.extract.referring import same_kind
from store.extract.shapes import subject_core
from store.extract.state import AgreementAcc, State

# Modifiers that say nothing of which agreement a description is.
_PLAIN = frozenset("new bilateral trilateral joint landmark historic major broader wider first final".split())


def _words_of(acc: AgreementAcc) -> set[str]:
    return set(" ".join((acc.name, *acc.keywords)).casefold().split())


def told_before(state: State, parties: list[str], mods: list[str], noun: str, start: int) -> AgreementAcc | None:
    """The one earlier unnamed agreement the noun may name (a deal, an agreement: one text) whose words hold every content word of
    "the <mods> <noun>" (any, for a bare "the deal"), when the parties this sentence gave it
    include a body that is no country (the firms or officials that signed it); None otherwise.
    (Rule: firms_sign_told_deal.)"""
    countries = state.gz.countries
    if all(countries.get(p) is not None for p in parties):
        return None  # the common case: states named as the sides, a text of their own
    content = {m for m in mods if m not in _PLAIN}
    found = [
        a
        for a in state.agreements
        if a.unnamed and a.mentions and a.first < start and a.family != "alliance" and same_kind(a, noun)
        and len(a.parties) >= 2 and content <= _words_of(a)
    ]
    return found[0] if len(found) == 1 else None


def names_other_goods(state: State, acc: AgreementAcc, start: int, k: int) -> bool:
    """Whether "the <words> <noun>" at tokens [start, k] names a designated product ("the
    Falcon 5 air defence deal") that the agreement ``acc`` it would refer back to never
    names: then it is another deal. (Rule: other_goods.)"""
    words = state.doc.words
    marks = [words[x].casefold() for x in range(start, k) if designation(words, x, k) and words[x][:1].isupper()]
    if not marks:
        return False  # the common case: no designation in the phrase
    return not (set(marks) & _words_of(acc))


def goods_deal(state: State, start: int, k: int, end: int, mods: list[str]) -> AgreementAcc | None:
    """A record of its own for a deal named by its goods, whose sides are the two countries
    its sentence names, a state's own body for its state ("Israel's ministry said German lawmakers approved the X deal"); None
    unless the sentence names exactly two. (Rule: goods_sentence_pair.)"""
    d, cues = state.doc, state.cues
    sentence = d.sent[k]
    names = list(state.by_sentence.get(sentence) or ())
    for c in state.countries:  # "Israel's defence ministry": a state's body is the state
        if c.sentence == sentence and c.i < k and c.name not in names and (c.i in state.org_start or c.j + 2 in state.org_start):
            names.append(c.name)
    if len(names) != 2:
        return None
    w = d.low[k]
    family = cues.family[w]
    core = subject_core(d, phrase_core(mods, w, cues.evaluative, cues.multipliers), k, end)
    acc = AgreementAcc(name=unnamed_name(state, names, core), unnamed=True, family=family, first=start, core=core)
    acc.families.add(family)
    state.agreements.append(acc)
    for p in names:
        acc.add_party(p, sentence, "goods_sentence_pair")
    return acc


# Modifiers that say how a text was made or what force it has, not what it is on.
_FORM_WORDS = frozenset(
    "government to intergovernmental inter-governmental bilateral formal legally binding final definitive "
    "official written state g2g".split()
)


def made_as(same_parties: list[AgreementAcc], mods: list[str], noun: str) -> AgreementAcc | None:
    """The one agreement of the same parties told before, whatever its noun, that a description
    saying only how it was made names ("a $29 billion deal with X ... signed a
    government-to-government agreement"): the same text. (Rule: made_as_told.)"""
    if not mods or not _FORM_WORDS.issuperset(mods):
        return None  # the common case: a description that says what the text is on
    found = [a for a in same_parties if a.family != "alliance" and same_kind(a, noun)]
    return found[0] if len(found) == 1 else None


# Verbs of a text that comes after another: "the agreement follows the memorandum".
_SUCCEEDS = frozenset("follows followed replaces replaced supersedes superseded succeeds succeeded".split())
_BUILDS = frozenset({"builds", "built", "building"})


def succeeded(low: list[str], det: int) -> bool:
    """Whether the definite description whose "the" is at ``det`` is what a text follows,
    replaces or builds on ("The agreement follows the memorandum of understanding signed in
    2024"), also the second of "builds on A ... and on B", or an indefinite one ("builds on a
    ceasefire reached in July"): an older text of its own, not the one told. (Rule: succeeded_text.)"""
    if det < 1:
        return False
    w = low[det - 1]
    if w == "on" and det >= 2 and low[det - 2] == "and":
        # "builds on a security agreement signed in 2023, ..., and on a deal announced last year"
        for x in range(det - 3, max(0, det - 40), -1):
            if low[x] == ".":
                return False
            if low[x] == "on" and low[x - 1] in _BUILDS:
                return True
        return False
    return w in _SUCCEEDS or (w == "on" and det >= 2 and low[det - 2] in _BUILDS)


# Verbs of making a relationship closer: what they take is the relationship, not a text.
_CLOSER = frozenset(
    "strengthen strengthens strengthening strengthened deepen deepens deepening deepened boost boosts boosting "
    "boosted enhance enhances enhancing enhanced bolster bolsters bolstering bolstered reinforce reinforces "
    "reinforcing reinforced consolidate consolidates consolidated".split()
)
_BONDS = frozenset({"partnership", "cooperation", "co-operation", "relationship"})
# Gerunds of building a bond and the words of an aim before them ("the aim of developing",
# "work towards building"): the bond is a goal, not a text made.
_BUILDING = frozenset({"developing", "building", "forging", "establishing", "creating"})
_AIMED = frozenset({"of", "towards", "toward"})


def strengthened(low: list[str], sent: list[int], det: int, noun: str) -> bool:
    """Whether a partnership whose phrase starts after token ``det`` is what a verb of making
    ties closer takes ("aims to strengthen bilateral cooperation and the strategic partnership
    between the two countries"), or one an aim is to build ("the aim of developing a strategic
    partnership"): the relationship, no agreement of its own. (Rule: strengthened_bond.)"""
    if noun not in _BONDS or det < 0:
        return False  # the common case: another noun
    if low[det] in ("a", "an"):
        # "with the aim of developing a strategic partnership": one still to build, no text
        return det >= 2 and low[det - 1] in _BUILDING and low[det - 2] in _AIMED and sent[det - 2] == sent[det]
    if low[det] != "the":
        return False  # "deepen their strategic partnership" names theirs
    for x in range(det, max(-1, det - 6), -1):
        if sent[x] != sent[det]:
            return False
        if low[x] in _CLOSER:
            return True
        if not low[x].isalpha():
            return False
    return False
