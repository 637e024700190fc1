"""Plain records that flow through pactscope: parsed articles, extraction hits, stored entities.

Everything here is a dataclass with no behaviour beyond conversion to and from plain dicts,
so that every stage (parse -> extract -> resolve -> store -> index -> UI) shares one vocabulary.
Character offsets always index into ``Article.text`` (the body paragraphs joined by a blank line).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

ActorKind = Literal["person", "country", "organization"]
# "caption": a photo caption (its credit cut off); "headline": the title, kept as the last
# paragraph so extraction reads it (views and the export show it as the title, not as body).
ParagraphKind = Literal["text", "heading", "bullet", "source", "post", "caption", "headline"]
Status = Literal["signed", "in_force", "announced", "proposed", "under_negotiation", "under_review"]
STATUSES: tuple[str, ...] = (
    "signed",
    "in_force",
    "announced",
    "proposed",
    "under_negotiation",
    "under_review",
)


# --- parsing -------------------------------------------------------------------------------


@dataclass(slots=True)
class Paragraph:
    """One block of body text: prose, a heading, a bullet item, a source-list item or a post."""

    kind: ParagraphKind
    start: int
    end: int


@dataclass(slots=True)
class Sentence:
    """A sentence of the body: the unit that evidence, mentions and search hits point at."""

    index: int
    paragraph: int
    start: int
    end: int


@dataclass(slots=True)
class Quote:
    """Quoted speech inside one sentence, with the speaker's name as the text gives it."""

    sentence: int
    start: int
    end: int
    speaker: str | None


@dataclass(slots=True)
class Article:
    """A parsed article: header fields, the cleaned body and its structure.

    ``title`` is "" when the text has no headline; ``label`` is what lists show: the title, or
    else the first words of the lede."""

    id: str
    file: str
    title: str
    dateline: str | None
    byline: str | None
    published: str | None
    source: str | None
    text: str
    paragraphs: list[Paragraph] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    label: str = ""
    url: str | None = None  # where the article came from (a page's canonical URL, a feed link)

    def sentence_text(self, index: int) -> str:
        s = self.sentences[index]
        return self.text[s.start : s.end]

    def paragraph_text(self, index: int) -> str:
        p = self.paragraphs[index]
        return self.text[p.start : p.end]


# --- extraction (per article, before resolution) -------------------------------------------


@dataclass(slots=True)
class Span:
    """Where a mention sits: sentence index and character offsets into ``Article.text``."""

    sentence: int
    start: int
    end: int
    rule: str = ""  # the extraction rule that found this mention ("title-before-name")


@dataclass(slots=True)
class RoleHit:
    """An office the article gives a person, with the country it belongs to (canonical name)."""

    title: str
    affiliation: str | None
    sentence: int
    rule: str = ""  # the rule that read the office
    affiliation_rule: str = ""  # the rule that gave it its affiliation ("" when none)


@dataclass(slots=True)
class ActorHit:
    """One actor found in one article, all its surface forms folded together."""

    kind: ActorKind
    name: str
    aliases: list[str] = field(default_factory=list)
    code: str | None = None  # ISO 3166 alpha-2 for countries
    roles: list[RoleHit] = field(default_factory=list)
    spans: list[Span] = field(default_factory=list)
    rule: str = ""  # the rule of the actor's first mention in the article


@dataclass(slots=True)
class Fact:
    """One field of an agreement as one article states it, with the sentence it came from."""

    field: Literal["party", "status", "year", "value", "part_of"]
    value: Any
    sentence: int
    rule: str = ""  # the extraction rule that stated this fact


@dataclass(slots=True)
class AgreementHit:
    """One agreement found in one article."""

    name: str
    unnamed: bool = False
    aliases: list[str] = field(default_factory=list)
    keywords: list[str] = field(default_factory=list)
    parties: list[str] = field(default_factory=list)  # canonical actor names (countries/orgs)
    year: int | None = None
    status: str | None = None
    value: str | None = None  # as written, e.g. "A$10 billion"
    amount: float | None = None  # parsed number in units, e.g. 1e10
    currency: str | None = None  # ISO 4217 where known, e.g. "AUD"
    facts: list[Fact] = field(default_factory=list)
    spans: list[Span] = field(default_factory=list)
    part_of: str | None = None  # the name of another agreement of the same article it is part of


@dataclass(slots=True)
class QuoteHit:
    """A quote attributed to a person actor of the same article (by the hit's name)."""

    speaker: str
    sentence: int
    start: int
    end: int


@dataclass(slots=True)
class Extraction:
    """Everything extraction found in one article."""

    article_id: str
    actors: list[ActorHit] = field(default_factory=list)
    agreements: list[AgreementHit] = field(default_factory=list)
    quotes: list[QuoteHit] = field(default_factory=list)
    # names the article gives no evidence for ("X arrived"): persons only when the store
    # already knows the name as a person with an office (resolve/known_names.py)
    candidates: list[ActorHit] = field(default_factory=list)


# --- stored entities (after resolution across articles) ------------------------------------


@dataclass(slots=True)
class StoredRole:
    title: str
    affiliation: str | None  # actor id of the country
    article: str
    sentence: int
    rule: str = ""  # see RoleHit
    affiliation_rule: str = ""


@dataclass(slots=True)
class StoredQuote:
    article: str
    sentence: int
    start: int
    end: int


@dataclass(slots=True)
class Actor:
    """A person, country or organisation: one record across all articles."""

    id: str
    kind: ActorKind
    name: str
    aliases: list[str] = field(default_factory=list)
    code: str | None = None
    roles: list[StoredRole] = field(default_factory=list)
    articles: dict[str, int] = field(default_factory=dict)  # article id -> mention count
    quotes: list[StoredQuote] = field(default_factory=list)


@dataclass(slots=True)
class StoredFact:
    field: str
    value: Any
    article: str
    sentence: int
    rule: str = ""  # see Fact


@dataclass(slots=True)
class Agreement:
    """An agreement: one record across all articles, each field with its evidence."""

    id: str
    name: str
    unnamed: bool = False
    aliases: list[str] = field(default_factory=list)
    keywords: list[str] = field(default_factory=list)
    parties: list[str] = field(default_factory=list)  # actor ids
    year: int | None = None
    status: str | None = None  # latest stated status
    value: str | None = None
    amount: float | None = None
    currency: str | None = None
    articles: list[str] = field(default_factory=list)
    facts: list[StoredFact] = field(default_factory=list)
    part_of: str | None = None  # the id of the larger agreement (a framework deal) it is part of


@dataclass(slots=True)
class ArticleMeta:
    """What the catalog keeps of an article: enough for lists, without the body."""

    id: str
    file: str
    title: str
    dateline: str | None
    byline: str | None
    published: str | None
    source: str | None
    ingested: str
    body: tuple[int, int]  # (offset, length) in the body segment
    sentences: int
    actors: list[str] = field(default_factory=list)  # actor ids
    agreements: list[str] = field(default_factory=list)  # agreement ids
    label: str = ""  # what lists show: the title, or the lede's first words ("" in old stores)
    url: str | None = None  # where the article came from (a page's canonical URL, a feed link)
    relink: dict[str, dict[str, Any]] = field(default_factory=dict)
    """Corrections to the body line's mentions, kept here so the line is not rewritten:
    ``"to"`` maps an entity id as the line has it to the id it is now (None: unmarked),
    ``"kind"`` gives a new kind by the same ids (``store/db/schema.py``, ``relinked``)."""

    @property
    def shown(self) -> str:
        """The article's name on screen: its title, or the first words of its lede."""
        return self.title or self.label


@dataclass(slots=True)
class Mention:
    """A link from a span of an article to an actor or agreement."""

    entity: str  # actor or agreement id
    kind: str  # person | country | organization | agreement
    sentence: int
    start: int
    end: int
    rule: str = ""  # the extraction rule that found the mention (see Span)


@dataclass(slots=True)
class Body:
    """An article's body as kept in the body segment: text, structure and mentions."""

    id: str
    text: str
    paragraphs: list[Paragraph]
    sentences: list[Sentence]
    quotes: list[Quote]
    mentions: list[Mention]

    def sentence_text(self, index: int) -> str:
        s = self.sentences[index]
        return self.text[s.start : s.end]


def to_dict(record: Any) -> dict[str, Any]:
    """A record as plain JSON-ready data."""
    return asdict(record)


# --- corrections (an analyst's fixes to what extraction got wrong) --------------------------

CORRECTION_OPS: tuple[str, ...] = (
    "merge",
    "split",
    "rename",
    "kind",
    "delete",
    "add-party",
    "remove-party",
    "set",
    "dismiss",
)
"""What a correction does; docs/architecture.md says what each takes (``store/db/corrections.py``)."""


@dataclass(slots=True)
class Correction:
    """One fix an analyst asks for: an operation on record ids, its arguments and why.

    ``targets`` are actor or agreement ids as they are now; ``args`` depend on ``op`` (a new
    ``name``, a ``kind``, a ``field`` and ``value``, the ``articles`` and ``mentions`` of a split).
    """

    op: str
    targets: tuple[str, ...]
    args: dict[str, Any] = field(default_factory=dict)
    note: str = ""


@dataclass(slots=True)
class TargetRef:
    """How a correction finds its target again after a rebuild changed ids: the id it had,
    and the table, kind and names the record had when the correction was made."""

    table: str  # "actors" | "agreements"
    id: str
    kind: str  # person | country | organization | agreement
    name: str
    aliases: tuple[str, ...] = ()


@dataclass(slots=True)
class CorrectionEntry:
    """A correction as the log keeps it: its number, when (ISO UTC), whether it applies, and
    the problem its last replay met (a target that no longer exists), if any.

    ``refs`` identify the targets robustly; ``made`` holds the ids the correction created (a
    split's new record, a merge's survivor) so a replay gives them the same ids again."""

    seq: int
    at: str
    correction: Correction
    state: Literal["active", "undone"] = "active"
    problem: str | None = None
    refs: tuple[TargetRef, ...] = ()
    made: tuple[str, ...] = ()

    @property
    def id(self) -> str:
        """The key the catalog stores the entry under."""
        return str(self.seq)
