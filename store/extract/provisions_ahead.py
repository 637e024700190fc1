"""An agreement told by what it will bring ("Under the accord, the two navies will hold drills",
"Under the pact, Chile will open two ports", "Under the deal, port authorities are expected to
share cargo lists") is not shown in force by it: its provisions lie ahead, so it was just made.

When the text gives it no other stage, it is the story's own: the stage the lede tells of an
agreement (signed: "signed", "inked", "sealed", "exchanged", "signing ceremony"; else
announced: "agreed", "announced", "concluded", "reached", "struck"), of the lede's year. One the
text dates before the article's year, or a lede telling no stage, stays as it was.
(Rule: provisions_ahead.)
"""

from __future__ import annotations

from store.extract.facts import acc_status, acc_year
from store.extract.state import AgreementAcc, State
from store.extract.tokens import Doc
from store.extract.when import article_year, day_year, lede_sentences, lede_year

_FUTURE = frozenset({"will", "would"})
_SIGNED = frozenset({"signed", "inked", "sealed", "exchanged", "initialled", "initialed"})
_AGREED = frozenset({"agreed", "announced", "concluded", "reached", "struck"})
# Words before a verb that leave the act to come ("will sign", "expected to conclude").
_TO_COME = frozenset({"to", "will", "would", "not", "yet"})
# Nouns that make the lede's act one of an agreement.
_NOUNS = frozenset(
    "agreement agreements deal deals pact pacts accord accords treaty treaties memorandum memoranda "
    "statement declaration protocol protocols negotiations".split()
)
_REACH = 14  # tokens after the opening phrase's comma the future verb may stand at


def place_provisions_ahead(state: State) -> None:
    """Give an agreement whose only stage is a provision to come the lede's stage and year."""
    if not state.agreements:
        return
    published = article_year(state)
    for acc in state.agreements:
        if acc.status != "in_force" or not acc.facts:
            continue
        fact = next((f for f in reversed(acc.facts) if f.field == "status"), None)
        if fact is None or fact.rule != "under_opening" or not _ahead(state.doc, fact.sentence):
            continue
        if acc.year is not None and (published is None or acc.year < published[0]):
            continue  # "Under the 2015 deal, Iran will ...": an older text's terms
        found = _lede_stage(state)
        if found is None:
            continue
        stage, sentence = found
        acc_status(acc, stage, sentence, "provisions_ahead")
        _date(state, acc, sentence)


def _ahead(d: Doc, sentence: int) -> bool:
    """Whether the sentence opening "Under the <agreement>," goes on in the future ("X will",
    "X are expected to")."""
    low, sent = d.low, d.sent
    k = d.sent_first[sentence]
    if k < 0:
        return False
    comma = next((t for t in range(k, min(d.n, k + 10)) if low[t] == "," and sent[t] == sentence), None)
    if comma is None:
        return False
    for t in range(comma + 1, min(d.n - 1, comma + _REACH)):
        if sent[t] != sentence or low[t] == ",":
            return False
        if low[t] in _FUTURE or low[t] == "expected" and low[t + 1] == "to":
            return True
    return False


def _lede_stage(state: State) -> tuple[str, int] | None:
    """The stage the lede tells of an agreement, and its sentence: signed before announced."""
    d = state.doc
    low, sent = d.low, d.sent
    told: list[tuple[str, int]] = []
    for s in sorted(lede_sentences(state)):
        lo = d.sent_first[s]
        hi = lo
        while hi < d.n and sent[hi] == s:
            hi += 1
        words = low[lo:hi]
        if _NOUNS.isdisjoint(words):
            continue
        for x, w in enumerate(words):
            done = x == 0 or words[x - 1] not in _TO_COME
            if done and (w in _SIGNED or w == "signing" and words[x + 1 : x + 2] == ["ceremony"]):
                return "signed", s
            if done and w in _AGREED:
                told.append(("announced", s))
    return told[0] if told else None


def _date(state: State, acc: AgreementAcc, sentence: int) -> None:
    """The lede's year for an agreement the text has not dated."""
    if acc.year is not None:
        return
    year = day_year(state, sentence)
    rule = "day_article_year"
    if year is None:
        year, rule = lede_year(state, sentence), "lede_article_year"
    if year is not None:
        acc_year(acc, year, sentence, rule)
