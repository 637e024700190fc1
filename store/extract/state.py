"""The working state of one extraction: accumulators every rule module adds to."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from store.extract.cues import Cues
from store.extract.firm_words import described_firm_end, firm_words_end
from store.extract.gazetteer import Gazetteer
from store.extract.tokens import Doc
from store.records import Fact, Quote, Span

_ROMAN = re.compile(r"[IVX]{1,6}")
# Last words of a company's name: a firm named after a country is a party of its own.
_COMPANY_ENDS = frozenset(
    "airways airlines corporation corp company co group industries holdings limited ltd inc plc aerospace".split()
)


@dataclass(slots=True)
class CountryMention:
    i: int
    j: int
    name: str
    form: str  # name | alias | abbreviation | demonym | capital | ambiguous
    surface: str
    sentence: int
    actor: bool = True  # False: inside an organisation name, a place feature, etc.


@dataclass(slots=True)
class ActorAcc:
    """One organisation or country being gathered."""

    kind: str
    name: str
    code: str | None = None
    aliases: list[str] = field(default_factory=list)
    spans: list[Span] = field(default_factory=list)
    first: int = 10**9  # first token index


@dataclass(slots=True)
class RoleAcc:
    """One office read for a person: its words, where it stands, and the rules behind it."""

    title: str
    affiliation: str | None  # canonical country or organisation, once a rule finds it
    sentence: int
    title_i: int  # the office's first token
    name_j: int  # the end token of the name the office was read with
    rule: str  # the rule that read the office ("title-before-name")
    affiliation_rule: str = ""  # the rule that gave the affiliation

    def place(self, affiliation: str | None, rule: str) -> bool:
        """Give the office its affiliation (when one is found), naming the rule; whether it did."""
        if affiliation is None:
            return False
        self.affiliation, self.affiliation_rule = affiliation, rule
        return True


@dataclass(slots=True)
class PersonAcc:
    """One person being gathered: name parts, forms seen, mentions, roles."""

    given: str  # may be "" for surname-only persons
    middle: list[str]
    surname: str
    suffix: str = ""
    forms: list[str] = field(default_factory=list)
    spans: list[Span] = field(default_factory=list)
    roles: list[RoleAcc] = field(default_factory=list)
    first: int = 10**9
    reversed_seen: bool = False
    nicknames: list[str] = field(default_factory=list)  # "known as Hemedti": used alone later

    @property
    def display(self) -> str:
        if self.given and self.surname and not self.middle:
            return f"{self.given} {self.surname}"  # the common case, no suffix to consider
        parts = [p for p in (self.given, *self.middle, self.surname) if p]
        if not self.given and self.suffix and _ROMAN.fullmatch(self.suffix):
            parts.append(self.suffix)  # a regnal number is part of a one-word name: "Charles III"
        return " ".join(parts)


@dataclass
class AgreementAcc:
    """One agreement being gathered."""

    name: str
    unnamed: bool
    family: str
    aliases: list[str] = field(default_factory=list)
    keywords: list[str] = field(default_factory=list)
    parties: list[tuple[str, int]] = field(default_factory=list)  # canonical name, sentence
    spans: list[Span] = field(default_factory=list)
    mentions: list[tuple[int, int]] = field(default_factory=list)  # token ranges
    known: bool = False
    first: int = 10**9
    acronym: str | None = None
    core: str = ""  # name without country prefix, for unnamed ones the noun phrase
    families: set[str] = field(default_factory=set)
    referring: set[int] = field(default_factory=set)  # mentions of another noun family (no status cue)
    value_at: int = -1  # token where a stated value starts
    status_hint: str | None = None  # status implied by how it was found ("will create")
    hint_rule: str = ""  # the rule that implied it
    value_rule: str = ""  # the rule that placed value_at
    party_rules: dict[str, str] = field(default_factory=dict)  # party -> the rule that found it
    status_sentence: int = -1
    status: str | None = None
    year: int | None = None
    value: str | None = None
    amount: float | None = None
    currency: str | None = None
    facts: list[Fact] = field(default_factory=list)
    part_of: str | None = None  # the name of the larger agreement of this article it is part of

    @property
    def last(self) -> int:
        return max((i for i, _ in self.mentions), default=-1)

    def add_party(self, name: str, sentence: int, rule: str = "") -> None:
        for p, _ in self.parties:  # a plain loop: cheaper than a generator for a few parties
            if p == name:
                return
        self.parties.append((name, sentence))
        self.party_rules[name] = rule


@dataclass
class State:
    doc: Doc
    gz: Gazetteer
    cues: Cues
    blocked: bytearray  # tokens inside organisation / agreement names
    person_tok: bytearray  # tokens inside person names or titles
    countries: list[CountryMention] = field(default_factory=list)
    country_start: dict[int, CountryMention] = field(default_factory=dict)
    country_end: dict[int, CountryMention] = field(default_factory=dict)
    org_start: dict[int, CountryMention] = field(default_factory=dict)  # organisations as parties
    org_end: dict[int, str] = field(default_factory=dict)
    by_sentence: dict[int, list[str]] = field(default_factory=dict)  # actor countries per sentence
    cache: dict[object, object] = field(default_factory=dict)
    named_index: dict[str, list[AgreementAcc]] = field(default_factory=dict)
    orgs: dict[str, ActorAcc] = field(default_factory=dict)
    persons: list[PersonAcc] = field(default_factory=list)
    agreements: list[AgreementAcc] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    published: str | None = None  # the article's date (ISO), for events dated by the day
    candidates: list[Span] = field(default_factory=list)  # names without evidence (see Extraction)
    home: str | None = None  # the country the dateline names (by its name or capital)

    def span(self, i: int, j: int, rule: str = "") -> Span:
        d = self.doc
        return Span(d.sent[i], d.starts[i], d.ends[j - 1], rule)

    def block(self, i: int, j: int, arr: bytearray | None = None) -> None:
        target = self.blocked if arr is None else arr
        for k in range(i, j):
            target[k] = 1

    def free(self, i: int, j: int) -> bool:
        return self.blocked.find(1, i, j) < 0 and self.person_tok.find(1, i, j) < 0

    def partner_at(self, j: int) -> CountryMention | None:
        """The country or organisation that "with [the]" at token j introduces, if any."""
        d = self.doc
        if d.lower(j) != "with":
            return None
        k = j + 1 + (d.lower(j + 1) == "the")
        for x in range(k, k + 3):  # rule based_in_partner: "with Abu Dhabi-based X": the firm, not its seat
            if d.lower(x + 1) == "-" and d.lower(x + 2) == "based":
                k = x + 3
                break
            if x + 1 >= d.n or not d.is_cap(x + 1):
                break
        found = self.party_start(k)
        if found is None and (e := described_firm_end(d.words, d.low, k, d.n)) and e in self.org_start:
            return self.org_start[e]  # "with state-owned aircraft maker X": the firm (rule: described_partner)
        if found is None and k == j + 2 and k < d.n and d.words[k].isalpha() and d.words[k].islower():
            return self._body_again(k)
        return found

    def _body_again(self, k: int) -> CountryMention | None:
        """"with the committee": the one body named before whose name ends in that noun ("the
        Official Creditor Committee"), else None. (Rule: body_again.)"""
        d = self.doc
        if d.lower(k + 1) == "of" or d.is_cap(k + 1):
            return None  # "with the government of Chad", "with the state Titan": another reading
        word = d.low[k]
        named = [o for o in self.orgs.values() if o.first < k and o.name.rsplit(" ", 1)[-1].casefold() == word]
        if len(named) != 1:
            return None
        return CountryMention(k, k + 1, named[0].name, "org", d.words[k], d.sent[k])

    def party_start(self, k: int) -> CountryMention | None:
        """The country or organisation mention starting at token k; a company named after its
        country ("Qatar Airways", "China State Shipbuilding Corporation") is the company, a
        body named after it ("Japan Coast Guard") the country. (Rule: company_party.)"""
        c = self.country_start.get(k)
        if c is None:
            return self.org_start.get(k)
        if c.name == "Belgium" and c.form in _CITY_FORMS and (u := self._seat_of_union(c)) is not None:
            return u
        if c.form in _ADJECTIVE_FORMS and (e := firm_words_end(self.doc.words, self.doc.low, c.j, self.doc.n)) and e in self.org_start:
            # rules demonym_firm_party, firm_description: "with Chinese firm Tsingshan", "with
            # Italian energy group Eni": the firm
            return self.org_start[e]
        o = self.org_start.get(k)
        if o is not None and o.j > c.j and (self.doc.low[o.j - 1] in _COMPANY_ENDS or not self.public_body(o)):
            return o  # "U.S. Steel", "Saudi Aramco": a firm named after its country (rule: company_party)
        if c.j < self.doc.n and self.doc.words[c.j] in _APOSTROPHES:
            o = owned_firm(self, c)  # "with China's CBC": the firm (rule possessive_firm)
            return o if o is not None and not self.public_body(o) else c  # "India's Central Bureau of Investigation": India
        return c


    def _seat_of_union(self, c: CountryMention) -> CountryMention | None:
        """"Brussels" standing for a side in an article that names the European Union and never
        Belgium itself ("Wellington and Brussels signed the agreement"): the Union.
        (Rule: brussels_for_union.)"""
        if "European Union" not in self.orgs or any(m.name == "Belgium" and m.form not in _CITY_FORMS for m in self.countries):
            return None
        return CountryMention(c.i, c.j, "European Union", "name", c.surface, c.sentence)

    def public_body(self, o: CountryMention) -> bool:
        """Whether the organisation ``o`` is one of a state's own bodies ("Japan Coast Guard",
        "U.S. Navy", "China Development Bank", "Central Bureau of Investigation"), which stands
        for the state, or a known armed force or government of it."""
        return self.public_name(o.name, self.doc.low[o.i : o.j])

    def public_name(self, name: str, words: list[str]) -> bool:
        """Whether an organisation of this name, written with these folded words, is one of a
        state's own bodies (see ``public_body``)."""
        if not _LENDERS.isdisjoint(words):
            return False  # "Japan International Cooperation Agency", "China Development Bank": a lender signs for itself
        if not _PUBLIC.isdisjoint(words) or not _STATE_WORDS.isdisjoint(words):
            return True
        org = self.gz.organizations.get(name)
        return org is not None and org.type in ("military", "government")


_APOSTROPHES = frozenset({"'", "\u2019"})
# Words of a state's lending arm, a party of its own ("Export-Import Bank of Korea").
_LENDERS = frozenset({"development", "export-import", "exim", "eximbank", "cooperation", "investment"})
# Forms of a country mention that may describe a firm after it ("Chinese firm", "U.S. firm").
_ADJECTIVE_FORMS = frozenset({"demonym", "abbreviation"})
# Forms of a country mention that are a city standing for it ("Brussels").
_CITY_FORMS = frozenset({"capital", "ambiguous"})
# Words of a state's own services besides those of _PUBLIC ("Self-Defense Forces", "Coast Guard").
_STATE_WORDS = frozenset(
    "coast defense defence self armed central national federal state public reserve monetary authority bureau "
    "commission committee directorate service services ministries".split()
)
# Words of a state's own bodies, which stand for the state.
_PUBLIC = frozenset(
    "ministry department office cabinet government parliament senate congress assembly army navy "
    "military forces force guard police embassy court council agency bank treasury".split()
)


def owned_firm(state: State, c: CountryMention) -> CountryMention | None:
    """The firm right after a country's possessive ``c`` ("China's Citic Guoan Group"): a known
    organisation, or an unknown name the text marks as one, an acronym ("China's CBC") or a
    name with an apposition after it ("Chile's Codelco, the state miner"); else None.
    (Rule: possessive_firm.)"""
    d = state.doc
    words, low, n = d.words, d.low, d.n
    x = c.j
    if x + 2 >= n or words[x] not in _APOSTROPHES or low[x + 1] != "s" or d.ends[x] != d.starts[x + 1]:
        return None
    x += 2
    o = state.org_start.get(x)
    if o is not None:
        return o
    e = firm_words_end(words, low, x, n)
    if e and (o := state.org_start.get(e)) is not None:
        return o  # rule firm_description: "with Russia's state nuclear company Rosatom": the firm
    if state.country_start.get(x) is not None or state.person_tok[x] or not words[x][:1].isupper():
        return None
    e = x
    while e < n and e - x < 3 and words[e][:1].isupper() and words[e].isalpha() and not state.person_tok[e]:
        e += 1
    if e == x or d.sent[e - 1] != c.sentence:
        return None
    acronym = e == x + 1 and 2 <= len(words[x]) <= 6 and words[x].isupper()
    apposed = e + 1 < n and words[e] == "," and low[e + 1] in ("a", "an", "the")
    if not (acronym or apposed) or not _PUBLIC.isdisjoint(low[x:e]):
        return None  # "Russia's Defence Ministry, the ...": a state's own body is the state
    if any(entry.kind == "title" for w in words[x:e] for entry in state.gz.lookup(w)):
        return None  # "China's President, ...": an office
    name = d.span_text(x, e)
    return CountryMention(x, e, name, "name", name, c.sentence)
