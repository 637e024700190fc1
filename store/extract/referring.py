"""Which agreement a generic mention refers back to ("the treaty", "the deal", "a defence
pact" beside a named one): the latest of the same noun, then of the same family; texts of a
kind of their own (memorandum, contract, ceasefire) only to one already named so."""

from __future__ import annotations

from store.extract.dated_mention import aside, older_text
from store.extract.generic import generic_name
from store.extract.memoranda import subject_words
from store.extract.past_text import past_dated
from store.extract.sentence_titles import RULE as SENTENCE_TITLE
from store.extract.shapes import COUNTED, OTHER
from store.extract.state import AgreementAcc, State

# Nouns that name a kind of text of their own: never folded into a named agreement of another noun.
SPECIFIC = frozenset(
    {"memorandum", "protocol", "contract", "declaration", "charter", "convention", "truce", "ceasefire", "cease-fire", "armistice", "sale"}
)


# Nouns of a kind of document: one is never a text told before under another noun of its family.
_DOCUMENTS = frozenset({"memorandum", "protocol", "contract", "declaration", "charter", "convention"})

# Modifiers that say nothing of which agreement it is.
_PLAIN = frozenset("new bilateral trilateral joint landmark historic major broader wider first".split())


def refer(state: State, family: str, at: int, definite: bool, noun: str = "", mods: tuple[str, ...] = ()) -> AgreementAcc | None:
    """The agreement a generic mention refers back to (the latest 64 considered): one named
    with the same noun first ("the treaty" -> the latest treaty, not a later memorandum), then
    one of the same family, the most recently mentioned."""
    before: list[AgreementAcc] = []
    same: list[AgreementAcc] = []
    for a in state.agreements[-64:]:
        if a.mentions and a.first < at and not aside(a, mods):
            before.append(a)
            if (family in a.families or a.family == family) and (noun not in _DOCUMENTS or same_kind(a, noun)) and not other_kind(a, noun):
                same.append(a)  # "a trilateral memorandum" is no protocol told before
    content = {m for m in mods if m not in _PLAIN}
    if not definite and content:
        # "a currency swap arrangement" is another text than "the free trade agreement": an
        # indefinite description refers back only to one it shares a word with
        same = [a for a in same if _shares(a, content)]
    if not before:
        return None
    if len(same) == 1:
        return same[0]  # named with the noun or not, it is the only one of the family
    exact = [a for a in same if names_noun(a, noun)] if noun else []
    # a definite generic noun may be any text told before ("the deal" after "the pact"); a
    # specific one only a text of its kind ("the sale" is not "the protocol"), and a described
    # one no text of a specific kind it shares no word with ("the Gripen deal" is not "the
    # protocol"; "the trade agreement" may be "the deal"; rule: kind_of_reference)
    fallback = [a for a in before if same_kind(a, noun) and (not content or _shares(a, content) or _head(a) not in SPECIFIC)] if definite else []
    pool = exact or same or fallback
    if len(pool) > 1 and content and (told := [a for a in pool if _shares(a, content)]):
        pool = told  # "the border treaty": the treaty called so, not a later one on another subject (rule: described_again)
    if len(pool) == 1:
        return pool[0]
    return max(pool, key=lambda a: _last_before(a, at), default=None)


def refer_ahead(state: State, family: str, noun: str, mods: tuple[str, ...] = ()) -> AgreementAcc | None:
    """The agreement a mention made before it was introduced names ("after the signing of a
    free trade agreement" in a caption above the story): the one agreement of its noun family
    in the article, if there is exactly one; one introduced as older ("had reached a ceasefire
    in 2006") is not the news such a mention tells. (Rule: refer_ahead.)"""
    found = [a for a in state.agreements[:64] if a.mentions and (family in a.families or a.family == family) and not past_dated(state, a) and not older_text(a)]
    if len(found) != 1 or not same_kind(found[0], noun):
        return None
    content = {m for m in mods if m not in _PLAIN}
    return found[0] if not content or _shares(found[0], content) else None


def compatible(acc: AgreementAcc, mods: list[str], noun: str) -> bool:
    """Whether a description may be this agreement of the same parties: it says nothing of
    which one it is, the agreement was named by no content word, or they share one ("a free
    trade agreement" is not "the defence equipment transfer pact"); a memorandum, protocol or
    contract is never another noun's text."""
    head = acc.core.casefold().rsplit(" ", 1)[-1]
    if head in SPECIFIC and head != noun and mods:
        return False
    content = {m for m in mods if m not in _PLAIN}
    if not content:
        return True
    own = {w for w in acc.core.casefold().split()[:-1] if w not in _PLAIN}
    return not own or _shares(acc, content)


def named_later(state: State, acc: AgreementAcc, mods: list[str]) -> bool:
    """Whether a description may be a named agreement the text names only after it: a name of
    common words describes its text, so the description's content words, if any, must be among
    them ("the security treaty" is not the "Comprehensive Economic Partnership" named later; it
    may be "New START"). (Rule: named_later_shares.)"""
    content = {m for m in mods if m not in _PLAIN}
    return not content or not generic_name(acc.name, state.cues.family) or _shares(acc, content)


def _shares(acc: AgreementAcc, words: set[str]) -> bool:
    """Whether the agreement's name or keywords hold one of these words."""
    return bool(words & set(" ".join((acc.name, *acc.keywords)).casefold().split()))


_TRADE = frozenset({"contract", "sale"})


def same_kind(acc: AgreementAcc, noun: str) -> bool:
    """Whether a mention with this noun may be that agreement: a memorandum, contract,
    ceasefire... only one already named with the noun; a contract or sale may be a deal."""
    return noun not in SPECIFIC or names_noun(acc, noun) or (acc.unnamed and acc.family == "deal" and noun in _TRADE)


def other_kind(acc: AgreementAcc, noun: str) -> bool:
    """Whether a mention's specific noun names another kind of text than the agreement's own
    specific noun: "the ceasefire" is no "memorandum on maritime boundaries" told before, "the
    armistice" no energy charter; "the truce" may be "a ceasefire". (Rule: other_specific_kind.)"""
    if noun not in SPECIFIC or _head(acc) not in SPECIFIC or names_noun(acc, noun):
        return False
    return not (noun in _TRUCE_NOUNS and _head(acc) in _TRUCE_NOUNS)  # "A ceasefire ... The truce": one


# Nouns of one kind of text: a truce told as a ceasefire.
_TRUCE_NOUNS = frozenset({"truce", "ceasefire", "cease-fire", "armistice"})


def _head(acc: AgreementAcc) -> str:
    """The noun an agreement's own words end with ("protocol" of "the accession protocol")."""
    return acc.core.casefold().rsplit(" ", 1)[-1]


def names_noun(acc: AgreementAcc, noun: str) -> bool:
    """Whether a word of the agreement's name or keywords is the noun, plural "s" aside."""
    stem = noun.rstrip("s")
    words = " ".join((acc.name, *acc.keywords)).casefold()
    if stem not in words:
        return False  # a word equal to the stem up to trailing "s" holds the stem
    return any(w.rstrip("s") == stem for w in words.split())


def _last_before(acc: AgreementAcc, at: int) -> int:
    best = -1
    for i, _ in reversed(acc.mentions[-8:]):
        if i < at:
            return i
    for i, _ in acc.mentions:
        if best < i < at:
            best = i
    return best


def named_by_noun(state: State, noun: str, at: int) -> AgreementAcc | None:
    """The one named agreement before token ``at`` whose name holds the noun: "The Memorandum
    was signed by ..." after "the Memorandum of Understanding on ..." is that memorandum, whoever
    its signatories show to be its parties. (Rule: bare_named_noun.)"""
    stem = noun.rstrip("s")
    found = [
        a
        for a in state.agreements[:64]
        if not a.unnamed and a.mentions and a.first < at and any(w.rstrip("s") == stem for w in a.name.casefold().split())
    ]
    return found[0] if len(found) == 1 else None


def same_named(state: State, parties: list[str], family: str) -> AgreementAcc | None:
    """A named agreement of the same parties and noun family anywhere in the article: "the
    last arms control treaty between the United States and Russia" ... "New START"."""
    for acc in state.agreements[:64]:
        if not acc.unnamed and acc.family == family and {p for p, _ in acc.parties} == set(parties):
            return acc
    return None


def same_sentence_named(state: State, parties: list[str], sentence: int) -> AgreementAcc | None:
    """A named agreement of the same parties in the same sentence: "the partnership between
    the US, the UK and Australia, known as AUKUS"."""
    for acc in state.agreements[:64]:
        if acc.unnamed or {p for p, _ in acc.parties} != set(parties):
            continue
        if any(state.doc.sent[i] == sentence for i, _ in acc.mentions):
            return acc
    return None


def spelled_name(state: State, mods: list[str], at: int) -> AgreementAcc | None:
    """A named agreement whose name, head noun aside, is these modifiers: "a stand-by
    agreement" or "the high seas pact" is the "Stand-By Arrangement" or "High Seas Treaty" the
    text names anywhere. (Rule: lowercase_name.)"""
    if not mods:
        return None
    table = state.cache.get("spelled")
    if table is None:  # the named agreements are all found before the nouns are read: once
        table = {}
        for acc in state.agreements[:64]:
            if acc.unnamed or not acc.mentions:
                continue
            words = [w for w in acc.name.replace("-", " ").replace("\u2013", " ").casefold().split() if w.isalpha()]
            if len(words) >= 2:
                table.setdefault(tuple(words[:-1]), acc)
        state.cache["spelled"] = table
    return table.get(tuple(mods))  # type: ignore[union-attr]


_STAGES = (("staff", "level"),)
_STAGE_FIRSTS = frozenset(stage[0] for stage in _STAGES)  # without one, no stage: no pair to try


def programme_stage(state: State, mods: list[str]) -> AgreementAcc | None:
    """A lender's "staff-level agreement" is the first stage of its lending programme, the one
    the article names (not one it dates in the past). (Rule: programme_stage.)"""
    if len(mods) < 2 or _STAGE_FIRSTS.isdisjoint(mods) or not any(tuple(mods[x : x + 2]) in _STAGES for x in range(len(mods) - 1)):
        return None
    known = state.gz.agreements
    found = [
        a
        for a in state.agreements[:64]
        if a.known and a.mentions and a.name in known and "lending" in known[a.name].type and not _dated(state, a)
    ]
    return found[0] if len(found) == 1 else None


def _dated(state: State, acc: AgreementAcc) -> bool:
    """Whether a mention of the agreement follows a year ("Pakistan's 2019 Extended Fund Facility")."""
    words = state.doc.words
    return any(i > 0 and len(words[i - 1]) == 4 and words[i - 1].isdigit() for i, _ in acc.mentions)


def several(acc: AgreementAcc) -> bool:
    """Whether an unnamed agreement stands for several texts ("seven memoranda", "agreements on
    trade"): its noun is a plural, so no single named text is it. (Rule: plural_stays_apart.)"""
    head = acc.core.casefold().rsplit(" ", 1)[-1] if acc.core else ""
    return head in COUNTED


def _under(state: State, part: AgreementAcc, whole: AgreementAcc) -> bool:
    """Whether a sentence says one agreement is made under the other ("The treaty was planned
    under the ... Partnership"): two texts, the one within the other. (Rule: made_under.)"""
    low, sent = state.doc.low, state.doc.sent
    mine = {sent[i] for i, _ in part.mentions}
    for i, _ in whole.mentions:
        k = i - 1 - (i >= 2 and low[i - 1] == "the")
        if k >= 0 and low[k] == "under" and sent[i] in mine:
            return True
    return False


_TEXT_NOUNS = frozenset({"pact", "treaty", "agreement", "accord"})


def _a_text(acc: AgreementAcc) -> bool:
    """Whether an unnamed agreement is a text: not of the relationship family ("the U.S.-Japan
    alliance"), or also called a pact, treaty or agreement ("a defence pact", "the treaty").
    (Rule: alliance_called_text.)"""
    if acc.family != "alliance":
        return True
    return any(k.rsplit(" ", 1)[-1].casefold() in _TEXT_NOUNS for k in (acc.name, *acc.keywords))


def _quoted(acc: AgreementAcc) -> bool:
    """Whether the text gave the name in quotes ('the "Pukpuk" defence treaty'): a nickname
    that, like a name of common words, does not say whose agreement it is; so does a title in
    sentence case, which the text goes on to call by a common noun ("the deal")."""
    return any(s.rule == "quoted_name" or s.rule == SENTENCE_TITLE for s in acc.spans)


# Words before a text that say it is not the one told before it.
_ANOTHER = frozenset({"another", "other", "second", "separate", "further", "additional"})


def _contradicts(state: State, named: AgreementAcc, told: AgreementAcc) -> bool:
    """Whether the text says a generic name met after an agreement is another text: it is
    introduced as "another"/"other"/"a second" (also "three other documents were signed: ...
    a Memorandum"), or it is a memorandum, protocol... the one told before was never called,
    on a subject of its own that one shares no word with. (Rule: distinct_generic.)"""
    d = state.doc
    low, sent = d.low, d.sent
    i, j = min(named.mentions)
    first = d.sent_first[sent[i]]
    if not _ANOTHER.isdisjoint(low[max(first, i - 4) : i]):
        return True
    colon = next((x for x in range(i - 1, first - 1, -1) if low[x] == ":"), None)
    if colon is not None and not _ANOTHER.isdisjoint(low[first:colon]):
        return True
    head = next((w for w in named.name.casefold().split() if w in SPECIFIC), None)
    if head is None or same_kind(told, head):
        return False
    subject = {w.casefold() for w in subject_words(state, j)} - _SUBJECT_PLAIN
    return bool(subject) and not _shares(told, subject)


# Words of a subject that say nothing of which text it is.
_SUBJECT_PLAIN = frozenset("cooperation the a an of in and for on".split())


def fold_generic(state: State) -> None:
    """A name of common words ("the new Memorandum of Understanding") or one the text puts in
    quotes, and the one unnamed agreement of the same parties ("signed a defence cooperation
    pact") are one text: the described one folds into the named one, its phrases kept as
    aliases. (Rule: generic_fold.)"""
    from_parties: dict[frozenset[str], list[AgreementAcc]] = {}
    low = state.doc.low
    for acc in state.agreements:
        if acc.unnamed and len(acc.parties) >= 2 and _a_text(acc) and low[acc.first] not in OTHER:
            # "A separate agreement will ...", "an earlier deal": said to be another text (rule: other_not_folded)
            from_parties.setdefault(frozenset(p for p, _ in acc.parties), []).append(acc)
    if not from_parties:
        return
    nouns = state.cues.family
    gone: set[int] = set()
    for acc in state.agreements:
        if acc.unnamed or acc.known or len(acc.parties) < 2 or not (generic_name(acc.name, nouns) or _quoted(acc)):
            continue
        same = from_parties.get(frozenset(p for p, _ in acc.parties), [])
        if len(same) != 1 or id(same[0]) in gone:
            continue
        other = same[0]
        if several(other) or _under(state, other, acc):
            continue  # "signed seven memoranda ... a Comprehensive Partnership Agreement": many texts, not that one
        if other.first < acc.first and _contradicts(state, acc, other):
            continue  # "signed a long-term power agreement ... also signed a Memorandum on tourism": two texts
        gone.add(id(other))
        acc.mentions += other.mentions
        acc.spans += other.spans
        acc.referring |= other.referring
        acc.first = min(acc.first, other.first)
        for phrase in (other.name, *other.keywords, *other.aliases):
            if phrase not in acc.aliases and phrase != acc.name:
                acc.aliases.append(phrase)
        if acc.status_hint is None and other.status_hint:
            acc.status_hint, acc.status_sentence, acc.hint_rule = other.status_hint, other.status_sentence, other.hint_rule
        if acc.value_at < 0 <= other.value_at:
            acc.value_at, acc.value_rule = other.value_at, other.value_rule
    if gone:
        state.agreements[:] = [a for a in state.agreements if id(a) not in gone]
