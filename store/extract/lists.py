"""Party lists as news writes them: "U.S.-Japan", "the United States, the United Kingdom, and
Australia", and the short names an unnamed agreement is called by ("U.S.-Japan alliance")."""

from __future__ import annotations

from store.extract.body_state import state_of_body
from store.extract.firm_words import firm_words_end
from store.extract.organizations import defined_acronyms
from store.extract.owned_side import backed_party
from store.extract.state import AgreementAcc, State

_JOIN = frozenset({",", "and", "the", "&"})
_ARTICLES = frozenset({"the", "a", "an"})
LIST_JOINS = frozenset({"-", "\u2013", "/"})
# Words of "the Government of X" that name the state X in a list.
_OF_STATE = frozenset({"government", "governments", "state", "republic", "kingdom", "people"})


def country_at(state: State, k: int):
    """The country mention starting at token k (actors and embedded ones alike)."""
    return state.country_start.get(k)


def party_at(state: State, k: int):
    """A country or organisation mention starting at token k."""
    return state.party_start(k)


def subject_end(state: State, verb: int, skip: frozenset[str]) -> int:
    """Where the subject of ``verb`` ends: back past the adverbs and auxiliaries of ``skip``
    ("Finland has also signed"), never past the sentence's first word."""
    d = state.doc
    first = d.sent_first[d.sent[verb]]
    k = verb
    while k > first and d.low[k - 1] in skip:
        k -= 1
    return k


def hyphen_list(state: State, i: int) -> tuple[list[str], int] | None:
    """"U.S.-Japan" / "Japan-Australia-India" starting at token i: parties and the end token."""
    d = state.doc
    words, starts, ends, n = d.words, d.starts, d.ends, d.n
    country_start, org_start = state.country_start, state.org_start
    names: list[str] = []
    k = i
    while len(names) < 8:
        c = country_start.get(k) or org_start.get(k)
        if c is None:
            return None
        names.append(c.name)
        k = c.j
        # a joining mark written tight against the parties on both sides: "U.S.-Japan"
        if (
            k + 1 < n
            and words[k] in LIST_JOINS
            and ends[k - 1] == starts[k]
            and ends[k] == starts[k + 1]
            and (country_start.get(k + 1) or org_start.get(k + 1))
        ):
            k += 1
            continue
        break
    if len(names) < 2:
        return None  # the common case: a party and a mark, no party after it
    parties = list(dict.fromkeys(names))
    return (parties, k) if len(parties) >= 2 else None


# Plural nouns of the sides a list names after "of" ("the governments of X and Y").
_OF_PLURAL = frozenset({"governments", "leaders", "presidents", "ministers", "peoples", "people"})


def coordinated_list(state: State, i: int, limit: int = 14) -> tuple[list[str], int] | None:
    """"the United States, the United Kingdom, and Australia" from token i: parties and end."""
    d = state.doc
    words, low, n = d.words, d.low, d.n
    country_start, org_start = state.country_start, state.org_start
    names: list[str] = []
    k = i
    end = i
    steps = 0
    while k < n and steps < limit:
        c = state.party_start(k)
        if c is not None and (backed := backed_party(state, k)) is not None:
            c = backed  # "Israel and the Iran-backed group Hezbollah": the group (rule: backed_side)
        if c is not None and c.form == "demonym" and names and low[k - 1] in _ARTICLES and low[k - 2] == ",":
            # rule firm_apposition: "Shell, the British energy major,": the country describes the firm
            e = firm_words_end(words, low, c.j, n)
            if e and org_start.get(e) is None:
                k = e
                steps += 1
                continue
        if c is not None and c.form == "demonym" and d.lower(c.j)[:1].islower():
            # "Indonesian state shipbuilder PT PAL": the demonym describes the party after it
            nxt = next((x for x in range(c.j, min(c.j + 3, n)) if org_start.get(x) is not None), None)
            if nxt is not None and all(words[x].islower() for x in range(c.j, nxt)):
                c = org_start[nxt]
        elif c is not None and c.form == "demonym" and org_start.get(c.j) is not None:
            c = org_start[c.j]  # "the Palestinian Islamic Resistance Movement": the body (rule: demonym_body)
        if c is not None:
            home = state_of_body(state, c.name, k, c.j) if k in org_start and c is org_start[k] else None
            names.append(home or c.name)
            k = end = _past_descriptor(state, c.j)  # "and the Hezbollah militant group"
            steps += 1
            if k + 2 < n and words[k] == "(" and words[k + 2] == ")" and words[k + 1][:1].isupper():
                k += 3  # "the Islamic Resistance Movement (Hamas) and Israel": past its short form (rule: bracketed_short_form)
            continue
        lw = low[k] if k >= 0 else ""
        if lw in _JOIN and names or (lw == "the" and not names):
            k += 1
            steps += 1
            continue
        if not names and lw in _OF_PLURAL and low[k + 1 : k + 2] == ["of"]:
            k += 2  # "between the governments of Peru and Chile" (rule: plural_of_list)
            steps += 1
            continue
        if names and lw in _OF_STATE and k + 2 < n and low[k + 1] == "of" and country_start.get(k + 2):
            k += 2  # "Rio Tinto, A and the Government of Mongolia": the state (rule: government_of_list)
            steps += 1
            continue
        # "the South American Mercosur bloc": capitalised words before a party
        if (
            names
            and words[k][:1].isupper()
            and (
                country_start.get(k + 1)
                or org_start.get(k + 1)
                or (
                    k + 1 < n
                    and words[k + 1][:1].isupper()
                    and (country_start.get(k + 2) or org_start.get(k + 2))
                )
            )
        ):
            k += 1
            steps += 1
            continue
        break
    names = list(dict.fromkeys(names))
    return (names, end) if len(names) >= 2 else None


# Words that open another phrase, never a description of the party before ("said their army").
_NOT_DESCRIBING = frozenset("the a an its their his her our and or".split())


def _past_descriptor(state: State, end: int) -> int:
    """The token after a lower-case description closing a list's last party ("and the Hezbollah
    militant group", "and the M23 rebel movement"; `party_descriptors`), else ``end``: the verb
    after it is the list's sentence's. (Rule: party_descriptor.)"""
    d = state.doc
    table = state.cues.derived.get("party_descriptors")
    if table is None:
        raw = (state.gz.cues or {}).get("party_descriptors") or ()
        table = state.cues.derived["party_descriptors"] = frozenset(str(w).casefold() for w in raw)
    for x in range(end, min(d.n, end + 3)):
        w = d.words[x]
        if not (w.isalpha() and w.islower()) or w in _NOT_DESCRIBING or d.sent[x] != d.sent[end - 1]:
            return end
        if d.low[x] in table:
            return x + 1
    return end


def sentence_countries(state: State, sentence: int) -> list[str]:
    return list(state.by_sentence.get(sentence, ()))


def short_form(state: State, name: str) -> str:
    country = state.gz.countries.get(name)
    if country is not None:
        return state.cues.short_forms.get(country.code, name)
    org = state.gz.organizations.get(name)
    if org is not None:
        short = [a for a in (name, *org.aliases) if a.isupper() and 2 <= len(a) <= 6]  # "NATO" before its "OTAN"
        if short:
            return short[0]
    if name in state.orgs and len(name.split()) > 2:
        # a body the article itself abbreviates ("... Fisheries Agency (FFA)"), as organizations.py read it
        for acronym, spelled in defined_acronyms(state).items():
            if spelled == name or spelled.endswith(" " + name) or name.endswith(" " + spelled):
                return acronym
    return name


def unnamed_name(state: State, parties: list[str], core: str) -> str:
    return "-".join(short_form(state, p) for p in parties) + " " + core


def described_record(
    state: State,
    parties: list[str],
    core: str,
    family: str,
    span: tuple[int, int],
    keyword: str,
    rule: str,
    *,
    sentence: int,
    first: int | None = None,
    mention: tuple[int, int] | None = None,
) -> AgreementAcc:
    """An unnamed record a rule found, named by its parties and the text's own words: its
    parties, its span (its mention unless another is given) and its keyword carry the rule. The caller gives its
    status and adds it (one constructor for the rules that each made it the same way)."""
    i, j = span
    acc = AgreementAcc(name=unnamed_name(state, parties, core), unnamed=True, family=family, first=i if first is None else first, core=core)
    acc.families.add(family)
    for p in parties:
        acc.add_party(p, sentence, rule)
    acc.spans.append(state.span(i, j, rule))
    acc.mentions.append(span if mention is None else mention)
    acc.keywords.append(keyword)
    return acc


def with_list(state: State, j: int) -> tuple[list[str], int] | None:
    """The parties of a list of two or more after "with" at j and the token after it ("the X
    Treaty with Norway and Iceland was signed in 1961": every one a party, the
    verb after the list the mention's), else None: one partner alone is ``State.partner_at``'s.
    (Rule: with_list.)"""
    d = state.doc
    if d.lower(j) != "with" or state.partner_at(j) is None:
        return None
    found = coordinated_list(state, j + 1)
    if found is None or found[1] >= d.n or d.sent[found[1]] != d.sent[j]:
        return None
    return found
