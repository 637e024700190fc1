"""The shapes of an agreement noun phrase that decide what it names: a count before a plural
("15 cooperation agreements"), a subject after "on" ("an agreement on defence cooperation"),
an adjective that sets it apart ("a separate agreement") and an apposition to a body ("the
CSTO, the Moscow-led military alliance")."""

from __future__ import annotations

from store.extract.state import State
from store.extract.tokens import Doc

# Words a noun phrase never runs through ("The two countries have deepened defence ties").
CLOSED = frozenset(
    "have has had is are was were be been being will would can could may might shall should must "
    "do does did to of in on at by for with from into over under about as than that which who whom "
    "and or but not no it they we he she also just still already now then two three both each "
    "several many some most more other such own new".split()
)

# Plural nouns that make one agreement record only after a count: "signed 15 cooperation
# agreements worth $10 billion" (the text reports them as one package). (Rule: counted_plural.)
COUNTED = {"agreements": "agreement", "deals": "deal", "pacts": "agreement", "contracts": "deal", "memoranda": "agreement", "memorandums": "agreement", "mous": "agreement", "documents": "agreement", "arrangements": "arrangement"}
# The memorandum nouns that may go on "of understanding", singular and plural (the Latin and
# the English plural alike: "memoranda", "memorandums").
MEMO_NOUNS = frozenset({"memorandum", "memoranda", "memorandums"})
COUNT_WORDS = frozenset("two three four five six seven eight nine ten eleven twelve fifteen twenty thirty dozens several".split())


def counted(words: list[str], low: list[str], j: int) -> bool:
    """Whether token j is a count: a number of up to three digits or a number word."""
    w = words[j]
    return (w.isdigit() and len(w) <= 3) or low[j] in COUNT_WORDS


# Adjectives that set an agreement apart from those named before it ("a separate agreement",
# "a broader treaty"): such a mention never refers back. (Rule: another_text.)
OTHER = frozenset("separate broader wider another second further additional fresh older earlier previous prior former original".split())

# Words after "on" that are no subject of the text: "an agreement on the sidelines of".
_NO_SUBJECT = frozenset("sidelines margins behalf basis condition eve occasion day night terms between among".split())  # "between": who, not what


# Participles that open a clause after a subject, never a word of it.
_PARTICIPLES = frozenset(
    "signed inked sealed agreed reached concluded struck initialled ratified "
    "worth valued totalling totaling costing".split()  # "on migration worth 105 million euros": a value's cue
)


def subject_after(d: Doc, k: int) -> int:
    """The end of the subject an agreement noun at k is "on" ("an agreement on defence
    cooperation", "a memorandum of understanding on the digital economy"): up to three lower-case
    words; k + 1 when there is none. (Rule: subject_on.)"""
    low, words, sent, n = d.low, d.words, d.sent, d.n
    x = k + 1
    if low[k] in MEMO_NOUNS and x + 1 < n and low[x] == "of" and low[x + 1] == "understanding":
        x += 2
    if x + 1 >= n or sent[x] != sent[k] or not (low[x] == "on" or low[x] == "for" and low[x + 1] == "the"):
        return k + 1  # "an agreement on defence", "an agreement for the jets"
    y = x + 1 + (x + 1 < n and low[x + 1] in ("the", "a", "an"))  # "on a ...": not a subject "a"
    end = y
    counted = 0  # words read; "co-operation" is one (rule: hyphen_subject)
    while end < n and counted < 3 and sent[end] == sent[k] and words[end].isalpha() and words[end].islower():
        if low[end] in CLOSED or low[end] in _NO_SUBJECT or low[end] in _PARTICIPLES:
            break  # "the memorandum on the zone signed in 2024": the subject ends at the participle
        end += 1
        counted += 1
        if end + 1 < n and words[end] == "-" and d.ends[end - 1] == d.starts[end] == d.ends[end] - 1 and d.starts[end + 1] == d.ends[end] and words[end + 1].isalpha():
            end += 2  # "police co-operation": the hyphenated word whole
    if end == y or low[end - 1] in _NO_SUBJECT:
        return k + 1
    return _subject_tail(d, k, end)


# Words of time or place that end a subject's tail ("cooperation in the coming years").
_TIMES = frozenset("coming next past last future years months weeks decades meantime region long short medium".split())
# Words after "and" that open another clause, not a subject's word ("on fisheries and later met").
_CLAUSE_WORDS = frozenset(
    "later then soon again afterwards subsequently met said held visited discussed pledged promised vowed "
    "another one other a an the".split()  # "on satellites and another on digital trade": a second text
)
# Nouns naming a field that its own "of" names ("in the field of energy").
_FIELDS = frozenset({"field", "fields", "area", "areas", "sphere", "spheres", "domain"})
# Nouns whose field follows after "in" ("cooperation in the digital economy").
_FIELDED = frozenset({"cooperation", "co-operation", "collaboration", "investment", "partnership"})
# Endings of an action noun whose object follows after "of" ("the joint development of the satellite").
_ACTIONS = ("ment", "tion", "sion")


def _subject_tail(d: Doc, k: int, end: int) -> int:
    """Where a subject read up to ``end`` ends when it goes on: joined by "and" to one or two
    more words ("trade and investment facilitation", "research and innovation cooperation"),
    a field of cooperation after "in" ("cooperation in the digital economy"), or an action's
    object after "of" ("the joint development of the satellite"). (Rule: subject_tail.)"""
    low, words, sent, n = d.low, d.words, d.sent, d.n

    def run(x: int, most: int) -> int:
        e = x
        while e < n and e - x < most and sent[e] == sent[k] and words[e].isalpha() and words[e].islower():
            if low[e] in CLOSED or low[e] in _NO_SUBJECT or low[e] in _PARTICIPLES:
                break
            e += 1
        return e

    if end + 1 < n and low[end] == "and":
        more = run(end + 1, 2)
        if more > end + 1 and not any(w in _CLAUSE_WORDS or w.endswith("ed") for w in low[end + 1 : more]):
            end = more  # "trade and investment facilitation"; not "and later met with"
    last = low[end - 1]
    if end + 2 < n and (last in _FIELDED and low[end] == "in" or last.endswith(_ACTIONS) and low[end] == "of"):
        x = end + 1 + (low[end + 1] == "the")
        more = run(x, 3)
        if more > x and _TIMES.isdisjoint(low[x:more]) and low[more - 1] not in _NO_SUBJECT:
            end = more  # "cooperation in the digital economy", "development of the satellite"
            if low[end - 1] in _FIELDS and end + 1 < n and low[end] == "of" and (more := run(end + 1, 3)) > end + 1:
                end = more  # "cooperation in the field of energy"
    return end


def org_apposition(state: State, j: int) -> bool:
    """Whether the determiner at j opens an apposition to an organisation: "the Collective
    Security Treaty Organization (CSTO), the Moscow-led military alliance" describes the body,
    not another agreement. (Rule: org_apposition.)"""
    words, org_end = state.doc.words, state.org_end
    if j < 2 or words[j - 1] != ",":
        return False
    if j - 1 in org_end:
        return True
    return j >= 5 and words[j - 2] == ")" and words[j - 4] == "(" and j - 4 in org_end


def subject_core(d: Doc, core: str, k: int, end: int) -> str:
    """A bare noun's name from its subject ("agreement on defence cooperation" -> "defence
    cooperation agreement", "memorandum on trade and investment facilitation" -> "trade and
    investment facilitation memorandum"); other cores as they are. (Rule: subject_on.)"""
    if end <= k + 1 or " " in core:
        return core
    lo = max(k + 2, end - 7)
    while lo > k + 2 and d.words[lo] == "-" or lo > k + 2 and d.words[lo - 1] == "-":
        lo -= 1  # not from the middle of a hyphenated word
    written = d.text[d.starts[lo] : d.ends[end - 1]].casefold().split()
    words = [w for w in written if w not in ("on", "the", "of", "understanding", "a", "an", "in") and w not in _FIELDS]
    if len(words) > 4 or words[:1] == ["and"]:
        words = [w for w in words if w != "and"]  # "trade and investment facilitation" whole when short
    return " ".join([*words[-4:], core] if "and" in words else [*words[-3:], core])


def named_subject(d: Doc, k: int) -> int:
    """The end of a capitalised subject an agreement noun at k is "on" ("an MoU on an Industrial
    Workers' Exchange Program"): a text on that named thing, another than one named before;
    k + 1 when there is none. (Rule: named_subject.)"""
    words, low, n = d.words, d.low, d.n
    x = k + 1
    if x + 1 >= n or low[x] != "on":
        return k + 1
    y = x + 1 + (low[x + 1] in ("the", "a", "an"))
    e = y
    while e < n and e - y < 7 and d.sent[e] == d.sent[k] and (words[e][:1].isupper() or words[e] in ("'", "\u2019", "-") or e > y and low[e] == "s" and words[e - 1] in ("'", "\u2019")):
        e += 1
    while e > y and not words[e - 1][:1].isalnum():
        e -= 1  # not ending on a mark
    return e if e - y >= 2 else k + 1
