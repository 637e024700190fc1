"""Named agreements: the gazetteer's, capitalised phrases ending in a head noun ("Reciprocal
Access Agreement") or going on past it ("Treaty of Amity and Cooperation"), and acronyms
defined in parentheses, with their later uses ("Japan-Philippines RAA"). Unnamed agreements
the text describes are found afterwards (``unnamed.py``).
"""

from __future__ import annotations

from store.extract.accession_tail import accession_end
from store.extract.acronym_inside import find_acronym_inside
from store.extract.acronyms import acronym_context, defined_otherwise
from store.extract.body_names import body_for, joined_body, titled_for
from store.extract.comma_named import comma_joined_end
from store.extract.formal_titles import title_end
from store.extract.hyphen_names import hyphen_end
from store.extract.indefinite_acronym import another_text
from store.extract.lists import hyphen_list
from store.extract.name_shape import apposed_to_name, capitalised_mid_sentence, heading_like
from store.extract.named_acc import mention as _mention
from store.extract.named_acc import new_named as _new_named
from store.extract.organizations import acronym_after, chunk_words, initials_match
from store.extract.own_programmes import own_programme, titled
from store.extract.part_of import parent_start
from store.extract.state import State
from store.extract.triggers import positions

DETS = frozenset({"the", "a", "an", "their", "its", "our", "this", "that", "his", "her", "your", "whose"})
DEFINITE = frozenset({"the", "their", "its", "our", "this", "that", "his", "her"})
_GENERIC_WORDS = frozenset(
    "security defense defence military trade economic strategic cooperation joint new bilateral "
    "trilateral peace nuclear mutual comprehensive partnership alliance framework".split()
)


# --- named agreements ------------------------------------------------------------------------


def _trailing_nouns(state: State, j: int) -> int:
    """"AUKUS [security pact]": up to two words after a name ending in an agreement noun."""
    d, fam = state.doc, state.cues.family
    low = d.low
    if j >= d.n or low[j] not in fam and (j + 1 >= d.n or low[j + 1] not in fam):
        return j  # no agreement noun right after the name: most mentions
    for n in (2, 1):
        k = j + n
        if k <= d.n and d.lower(k - 1) in fam and all(d.gap(x).isspace() for x in range(j, k)):
            if n == 1 or d.words[j][:1].isalpha():
                return k
    return j


def _known(state: State) -> None:
    d, gz = state.doc, state.gz
    blocked = state.blocked
    for m in d.matches:
        for e in m.entries:
            if e.kind == "agreement":
                break
        else:
            continue  # names nothing of the kind
        if blocked.find(1, m.i, m.j) >= 0 or defined_otherwise(state, m.text, e.name):
            continue
        if m.j - m.i == 1 and len(m.text) <= 4 and m.text.isupper() and m.text != e.name and not acronym_context(state, m.i, e.name):
            continue  # "SNP MSP Jane Doe": a short acronym with nothing of an agreement about it
        if _instrument_under(state, m.i, m.j):
            continue  # "Agreement under the United Nations Convention on the Law of the Sea on ..."
        known = gz.agreements.get(e.name)
        end = _trailing_nouns(state, m.j)
        if end == m.j and known is not None and own_programme(state, known.type):
            if not titled(d, m.i, m.j):
                blocked[m.i : m.j] = b"\x01" * (m.j - m.i)
            continue  # "a flagship of the Belt and Road Initiative": a state's policy, no text
        acc = _new_named(state, e.name, m.i, end, list(known.parties) if known else [], "agreement", known=True)
        if m.text != e.name and m.text not in acc.aliases:
            acc.aliases.append(m.text)
        if end > m.j:
            kw = d.span_text(m.i, end)
            if kw not in acc.keywords:
                acc.keywords.append(kw)


_INSTRUMENTS = frozenset({"agreement", "protocol", "amendment", "annex", "arrangement"})
_NAME_LINKS = frozenset({"on", "of", "the", "and", "for", "beyond", "in", "to"})


def _instrument_under(state: State, i: int, j: int) -> bool:
    """An instrument named after the one it belongs to ("Agreement under the United Nations
    Convention on the Law of the Sea on the Conservation ... of Areas beyond National
    Jurisdiction", "Protocol to the Convention on ..."): one agreement of its own, named in
    full, not the parent it names. (Rule: instrument_under.)"""
    d = state.doc
    if i < 3 or d.low[i - 1] != "the" or d.low[i - 2] not in ("under", "to"):
        return False
    head = i - 3
    if d.low[head] not in _INSTRUMENTS or not d.words[head][:1].isupper():
        return False
    end, k = j, j
    while k < d.n and k - j < 24 and d.sent[k] == d.sent[i]:
        if d.words[k][:1].isupper() and d.words[k][:1].isalpha():
            end = k + 1
        elif d.low[k] not in _NAME_LINKS:
            break
        k += 1
    acc = _new_named(state, d.span_text(head, end), head, end, [], "agreement")
    if acc.name not in acc.keywords:
        acc.keywords.append(acc.name)
    return True


def _joined_start(state: State, i: int) -> int:
    """Where a name starts when capitalised words joined by "and" come before token ``i``
    ("Broad-based Trade and Investment Agreement"): chunks stop at "and". Never across a
    country, an organisation or a person ("Japan and Australia ..." lists parties)."""
    d = state.doc
    if i < 2 or d.low[i - 1] not in ("and", "&"):
        return i
    first = d.sent_first[d.sent[i]]
    k, words = i - 2, 0
    start = i
    while k >= first and words < 4:
        w = d.words[k]
        if start < i and _prefix_ends(state, k + 1):
            break  # "PNG–Australia Comprehensive Strategic and ...": the party prefix ends the name's start (rule: prefixed_join)
        if state.country_start.get(k) or state.org_start.get(k) or state.blocked[k] or state.person_tok[k]:
            return i
        if w[:1].isupper() and w.isalpha() and d.low[k] not in ("the", "a", "an"):
            start, words = k, words + 1
        elif w == "-" and k > first and d.ends[k - 1] == d.starts[k]:
            pass  # "Broad-based": the hyphen and the lower-case part after it belong
        elif w.isalpha() and w.islower() and d.words[k - 1] == "-" and d.ends[k - 1] == d.starts[k]:
            pass
        else:
            break
        k -= 1
    if start == i or state.country_end.get(i - 1) or start == first:
        return i
    return start


def _prefix_ends(state: State, end: int) -> bool:
    """Whether a hyphenated party list ("PNG–Australia") ends at token ``end``."""
    return _prefix_at(state, end) is not None


def _prefix_at(state: State, end: int) -> tuple[list[str], int] | None:
    """The hyphenated party list ending at token ``end`` and its first token (eight tokens back at most)."""
    for b in range(max(0, end - 8), end):
        if state.country_start.get(b) is None and state.org_start.get(b) is None:
            continue
        found = hyphen_list(state, b)
        if found and found[1] == end and len(found[0]) >= 2:
            return found[0], b
    return None


_TAIL_LINKS = frozenset({"on", "of", "for"})
# Nouns after a name that make it a grouping of states ("the Warsaw Pact countries").
_BLOC_NOUNS = frozenset({"countries", "states", "nations", "bloc", "governments", "armies"})
# Words opening a capitalised run that are no part of a name: "The", "This Treaty".
_LEADING = frozenset({"The", "A", "An", "This", "That", "These", "Those"})


def _head_then_tail(words: list[str], heads: frozenset[str]) -> bool:
    """Whether an agreement noun is followed by "on"/"of"/"for" and a capitalised tail:
    "Joint Declaration on Security Cooperation", "Agreement on Reciprocal Access"."""
    if _TAIL_LINKS.isdisjoint(words):
        return False  # no link word at all: most chunks, answered without a loop
    for x in range(len(words) - 2):
        if words[x + 1] in _TAIL_LINKS and words[x].casefold() in heads and words[x][:1].isupper():
            return words[x + 2][:1].isupper() or words[x + 2] == "the" and x + 3 < len(words)
    return False


def _joined_end(state: State, j: int, heads: frozenset[str]) -> int:
    """Where a name that goes on past its noun ends when "and" joins one more capitalised run
    ("Treaty of Amity and Cooperation"): never a country, an organisation, a person or another
    agreement ("... and Kyoto Protocol")."""
    d = state.doc
    nxt = d.chunk_at.get(j + 1) if j < len(d) and d.low[j] == "and" else None
    if nxt is None or nxt.j - nxt.i > 3 or d.sent[nxt.i] != d.sent[j]:
        return j
    for k in range(nxt.i, nxt.j):
        if state.country_start.get(k) or state.org_start.get(k) or state.blocked[k] or state.person_tok[k]:
            return j
        if d.low[k] in heads or not d.words[k][:1].isupper():
            return j
    return nxt.j


def _named(state: State) -> None:
    d, gz = state.doc, state.gz
    heads, blocked = gz.agreement_heads, state.blocked
    country_start, org_start = state.country_start, state.org_start
    fold = d.fold
    # a one-token chunk holds one word at most: never a name here; nor a run without any head
    # noun (tested in C: most runs), which neither ends in one nor goes on past one
    for chunk in [c for c in d.runs if not heads.isdisjoint(fold[c.i : c.j])]:
        # the head noun first (few chunks end in one), then whether the chunk is free
        words = chunk.words or chunk_words(state, chunk)
        if len(words) < 2 or words[-1].casefold() not in heads and (_TAIL_LINKS.isdisjoint(words) or not _head_then_tail(words, heads)):
            continue
        if blocked.find(1, chunk.i, chunk.j) >= 0 or body_for(words) or joined_body(state, chunk.i, words):
            continue
        if all(w.isupper() for w in words):
            continue  # rule shouted_run: "MEMORANDA AND AGREEMENTS:", a run-in heading, names no text
        i = chunk.i
        while i < chunk.j and d.words[i] in _LEADING:
            i += 1
        for b in range(max(0, i - 6), i):
            c = country_start.get(b)
            if c is not None and c.i < i < c.j:
                i = b  # "São Tomé and Príncipe-Marshall Islands ...": the chunk began mid-name
                break
        lead = i
        parties: list[str] = []
        c = country_start.get(i)
        # a party list starts with a party: without one there, hyphen_list finds none
        prefix = hyphen_list(state, i) if (c or org_start.get(i)) is not None else None
        if prefix is None and c is not None and c.form in ("name", "abbreviation", "alias"):
            if c.j < chunk.j - 1:
                prefix = ([c.name], c.j)
        if prefix is not None:
            parties, i = prefix
            if i < chunk.j and d.words[i] == "-":
                i += 1
        while i < chunk.j and d.words[i] in _LEADING:
            i += 1
        rest = [d.words[k] for k in range(i, chunk.j) if d.words[k][:1].isalpha()]
        if not rest or titled_for(state, i):
            continue
        acro = acronym_after(state, chunk.j)
        specific = len(parties) >= 2 and not apposed_to_name(state, lead) or any(w.casefold() not in _GENERIC_WORDS and w.casefold() not in state.cues.evaluative and w.casefold() not in gz.agreement_heads for w in rest if w[:1].isupper())
        if not specific and i == lead:
            specific = capitalised_mid_sentence(state, i, chunk.j)  # "a Defence Cooperation Agreement"
        if not specific or len(rest) < 2 or (not acro and heading_like(state, chunk)):
            continue
        if i == lead:
            joined = _joined_start(state, i)  # "Trade and Investment Agreement"
            if joined != i:
                i = lead = joined
                rest = [d.words[k] for k in range(i, chunk.j) if d.words[k][:1].isalpha()]  # its acronym spells all
                before = _prefix_at(state, i)
                if before is not None:
                    parties, lead = before  # "PNG–Australia Comprehensive Strategic and Economic Partnership"
        end = chunk.j
        if words[-1].casefold() not in heads:
            end = accession_end(state, lead, hyphen_end(state, end))  # "... Co-operation", "... of X into ASEAN"
            end = hyphen_end(state, _joined_end(state, end, heads))  # "Treaty of Amity and Cooperation"
            end = comma_joined_end(state, end, heads)  # "Treaty of Friendship, Cooperation and Partnership"
        end = title_end(state, end, heads)  # "Declaration of Commitment to Protect the Civilians", "MoU on a X in the Field of Y"
        if end != chunk.j:
            acro = acronym_after(state, end)
            rest = [d.words[k] for k in range(i, end) if d.words[k][:1].isalpha()]
        if end < d.n and d.low[end] in _BLOC_NOUNS:
            continue  # rule bloc_not_agreement: "the Warsaw Pact countries": a grouping, not a text
        name = d.span_text(i, end)
        if (parent := parent_start(d, i, end)) is not None:  # "Annex C of the X Treaty": X Treaty too
            _new_named(state, d.span_text(parent, end), parent, end, list(parties), "agreement")
        acc = _new_named(state, name, lead, end, parties, "agreement")
        for k in range(lead, i):
            state.blocked[k] = 0  # the countries of a prefix are mentions of their own
        if i != lead and d.span_text(lead, end) not in acc.aliases:
            acc.aliases.append(d.span_text(lead, end))
        if name not in acc.keywords:
            acc.keywords.append(name)
        if acro and initials_match(rest, acro[0]):
            acc.acronym = acro[0]
            if acro[0] not in acc.aliases:
                acc.aliases.append(acro[0])
            _mention(state, acc, end + 1, end + 2)
            state.block(end, end + 3)


def _acronyms(state: State) -> None:
    """Later uses of a defined acronym, with an optional party prefix ("Japan-Philippines RAA")."""
    d = state.doc
    acros = {acc.acronym: acc for acc in state.agreements if acc.acronym}
    for acc in state.agreements:  # "MoU" is what everyone calls a Memorandum of Understanding
        if not acc.acronym and acc.name.casefold().startswith("memorandum of understanding"):
            for form in ("MoU", "MOU"):
                acros.setdefault(form, acc)
    if not acros:
        return
    for k in d.caps:
        w = d.words[k]
        acc = acros.get(w)
        if acc is None or state.blocked[k]:
            continue
        start, parties = k, []
        for b in range(max(0, k - 12), k):
            found = hyphen_list(state, b)
            if found and found[1] == k and d.gap(k).isspace():
                parties, start = found[0], b
                break
        if not parties and w == acc.acronym and another_text(state, acc, k):
            continue  # "South Africa secured an $8.5 billion JETP": another text of that kind
        target = acc
        mine = {p for p, _ in acc.parties}
        if len(parties) >= 2 and len(mine) >= 2 and set(parties) != mine:
            target = _new_named(state, acc.name, start, k + 1, parties, acc.family)
            target.acronym = acc.acronym
            if acc.acronym and acc.acronym not in target.aliases:
                target.aliases.append(acc.acronym)
        else:
            for p in parties:
                acc.add_party(p, d.sent[k], "name_prefix")
            _mention(state, acc, start, k + 1)
        for x in range(start, k):
            state.blocked[x] = 0
        alias = d.span_text(start, k + 1)
        if alias not in target.aliases and alias != target.name:
            target.aliases.append(alias)


_PLURAL_HEADS = {
    "declarations": "Declaration",
    "agreements": "Agreement",
    "treaties": "Treaty",
    "protocols": "Protocol",
    "conventions": "Convention",
    "memoranda": "Memorandum",
    "memorandums": "Memorandum",
}

_PLURALS = frozenset(_PLURAL_HEADS)


def _listed(state: State) -> None:
    """Names that share one plural head noun: "the Moscow and Pyongyang Declarations" are the
    Moscow Declaration and the Pyongyang Declaration, one record each. (Rule: named_list.)
    Not in a headline, where every word is capitalised: "Peru, Chile Sign Agreements" names
    two signatories, not two agreements. (Rule: headline_not_list.)"""
    d = state.doc
    words, low = d.words, d.low
    for k in positions(state, _PLURALS):  # few articles hold one: no test of every token
        if not words[k][:1].isupper() or state.blocked[k] or d.heading[d.sent[k]]:
            continue
        first = d.sent_first[d.sent[k]]
        groups: list[list[int]] = []
        cur: list[int] = []
        x = k - 1
        while x >= first and k - x <= 12 and not state.blocked[x] and not state.person_tok[x]:
            if words[x][:1].isupper() and words[x].isalpha() and low[x] != "the" and len(cur) < 3:
                cur.insert(0, x)
            elif low[x] in ("and", ",", "&") and cur:
                groups.insert(0, cur)
                cur = []
            else:
                break
            x -= 1
        if cur:
            groups.insert(0, cur)
        if len(groups) < 2:
            continue
        head = _PLURAL_HEADS[low[k]]
        for group in groups:
            i, j = group[0], group[-1] + 1
            acc = _new_named(state, f"{d.span_text(i, j)} {head}", i, j, [], "agreement")
            if acc.name not in acc.keywords:
                acc.keywords.append(acc.name)
        state.blocked[k] = 1


def find_named(state: State) -> None:
    """Known agreements, listed names, capitalised names with a head noun, and their acronyms."""
    _known(state)
    find_acronym_inside(state)  # "the Intermediate-Range Nuclear Forces (INF) Treaty"
    _listed(state)
    _named(state)
    _acronyms(state)
