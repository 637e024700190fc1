"""Rule intent_document: a letter or declaration of intent ("signed a letter of intent on air
defence", "an intergovernmental declaration of intent on energy") and an exchange of notes ("a
1966 exchange of notes between London and Washington", "the two countries exchanged notes on
radar systems") are texts of commitment between two sides, which the agreement scan, keyed on
single nouns, does not read. Their sides: a "between" after the phrase, else the countries its
sentence names before it, with those of the persons it names, else, after "the two countries" or
signers named, the two sides of the agreement just told; none when its sentence goes on to tell another agreement
(the exchange is then a step of that one)."""

from __future__ import annotations

from store.extract.lists import described_record
from store.extract.offices import seat_country
from store.extract.state import State
from store.extract.told_pair import told_pair
from store.extract.triggers import positions, vocabulary
from store.records import Fact

# The head nouns of the phrases and the word after "of" that makes them one.
_HEADS = {"letter": "intent", "letters": "intent", "declaration": "intent", "exchange": "notes"}
_OPENERS = frozenset({"a", "an", "the", "this", "that", "its", "their", "intergovernmental", "joint", "bilateral"})


def find_intent_documents(state: State) -> None:
    """Each "<head> of <intent|notes>" and each "exchanged notes" no mention took (see the
    module docstring): one record per phrase, or the mention of the same pair's one told before."""
    vocab = vocabulary(state)
    if "intent" not in vocab and "notes" not in vocab:
        return
    d = state.doc
    low, n = d.low, d.n
    for k in positions(state, frozenset(_HEADS) | {"exchanged"}):
        if k + 2 >= n:
            continue
        if state.blocked[k]:
            _name_whole(state, k)  # "a declaration of intent" the scan read as "a declaration"
            continue
        w = low[k]
        if w == "exchanged":
            if low[k + 1] != "notes":
                continue
            end, core = k + 2, "exchange of notes"
        elif low[k + 1] == "of" and low[k + 2] == _HEADS[w]:
            end, core = k + 3, f"{'letter' if w == 'letters' else w} of {_HEADS[w]}"
        else:
            continue
        parties = _sides(state, k, end)
        if parties is None:
            continue
        start = k - 1 if k >= 1 and low[k - 1] in ("intergovernmental", "joint", "bilateral") and w != "exchanged" else k
        keyword = d.text[d.starts[start] : d.ends[end - 1]]
        sentence = d.sent[k]
        acc = described_record(state, parties, core, "agreement", (start, end), keyword, "intent_document", sentence=sentence)
        if w == "exchanged":
            acc.status_hint, acc.status_sentence, acc.hint_rule = "signed", sentence, "intent_document"
        year = d.words[start - 1] if start >= 1 else ""
        if len(year) == 4 and year.isdigit() and year[:2] in ("19", "20"):
            acc.year = int(year)  # "a 1966 exchange of notes"
            acc.facts.append(Fact("year", acc.year, sentence, "intent_document"))
        state.agreements.append(acc)
        state.block(start, end)


def _name_whole(state: State, k: int) -> None:
    """An unnamed record whose mention ends at the head noun ``k`` of "<head> of <intent|notes>"
    is called by the whole phrase: "Peru-Chile declaration of intent"."""
    d = state.doc
    low = d.low
    tail = _HEADS.get(low[k])
    if tail is None or low[k + 1] != "of" or low[k + 2] != tail:
        return
    for acc in state.agreements:
        if acc.unnamed and acc.core.endswith(low[k]) and any(j == k + 1 for _, j in acc.mentions):
            acc.core += f" of {tail}"
            acc.name += f" of {tail}"
            acc.keywords.append(d.text[d.starts[k] : d.ends[k + 2]])
            state.block(k, k + 3)
            return


def _sides(state: State, k: int, end: int) -> list[str] | None:
    """The two (or more) sides of the phrase at ``k`` .. ``end`` (see the module docstring)."""
    d = state.doc
    between = _between(state, end)
    if between is not None:
        return between
    sentence = d.sent[k]
    if any(i > k and d.sent[i] == sentence for a in state.agreements for i, _ in a.mentions):
        return None  # "the next step would be an exchange of notes, after which the agreement ...": a step of that one
    first = d.sent_first[sentence]
    before = [c.name for c in state.countries if c.sentence == sentence and c.actor and c.j <= k]
    named = list(dict.fromkeys([*before, *_people_countries(state, sentence, k)]))
    if len(named) >= 2:
        return named
    if _two_sides(state, first, k) or state.person_tok.find(1, first, k) >= 0:
        return told_pair(state, k, people=True)  # "the two countries also exchanged notes", "A and B signed"
    return None


def _two_sides(state: State, first: int, k: int) -> bool:
    """Whether the words before token ``k`` in its sentence speak of the sides as a pair or group
    ("the two countries", "both sides")."""
    low = state.doc.low
    return any(tuple(low[x : x + len(p)]) == p for p in state.cues.party_phrases for x in range(first, k - len(p) + 1))


def _between(state: State, end: int) -> list[str] | None:
    """"between A and B" within a few words after the phrase ("on developing X between the
    Saudi Ministry of Defense and the US Department of Defense")."""
    d = state.doc
    low = d.low
    x = end
    while x < d.n and x - end < 16 and d.sent[x] == d.sent[end - 1] and low[x] != "between":
        x += 1
    if x >= d.n or low[x] != "between" or d.sent[x] != d.sent[end - 1]:
        return None
    a, a_end = _side_at(state, x + 1 + (d.lower(x + 1) == "the"))
    if a is None or a_end >= d.n or low[a_end] != "and":
        return None
    b, _ = _side_at(state, a_end + 1 + (d.lower(a_end + 1) == "the"))
    if b is None or b == a:
        return None
    return [a, b]


def _side_at(state: State, k: int) -> tuple[str | None, int]:
    """The side named at token ``k`` and where its words end: a ministry written after its
    country ("the Saudi Ministry of Defense") is the country, to the body's last word; a seat of
    government ("the Department of Defense", the Pentagon) the country it stands for."""
    c = state.party_start(k)
    if c is None:
        return None, k
    body = state.org_start.get(k)
    end = max(c.j, body.j) if body is not None else c.j
    return seat_country(state, c.name) or c.name, end


def _people_countries(state: State, sentence: int, before: int) -> list[str]:
    """The countries of the offices of the persons the sentence names before token ``before``."""
    d = state.doc
    lo, hi = d.starts[d.sent_first[sentence]], d.starts[before]
    found: list[tuple[int, str]] = []
    for p in state.persons:
        homes = [r.affiliation for r in p.roles if r.affiliation and r.affiliation in state.gz.countries]
        if homes:
            found += [(s.start, homes[0]) for s in p.spans if lo <= s.start < hi]
    return [c for _, c in sorted(found)]
