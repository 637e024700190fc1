"""The year an agreement's own words give it, and the clauses that lead to them.

"signed in (July) 2023" or "which entered into force on December 29, 2022" after a mention,
"the 2015 X" before it; the relative clause that opens a cue on a mention (", which took
effect", "the pact the two countries signed").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Collection, Container
from itertools import filterfalse

from store.extract.calendar_words import MONTHS as _MONTHS
from store.extract.calendar_words import past_period_part
from store.extract.dated_object import dated_object
from store.extract.day_forms import is_day
from store.extract.fronted_year import fronted_signing_year
from store.extract.list_lead import past_listed
from store.extract.object_year import OPENERS as OBJECT_OPENERS
from store.extract.object_year import past_object
from store.extract.occasion_year import past_occasion
from store.extract.state import State
from store.extract.tokens import Doc

_YEAR = re.compile(r"(?:19|20)\d\d")  # four characters: a token of another length never matches
# Words between a mention and "in <year>" ("was signed in 2023").
_BEFORE_IN = frozenset(
    "was were is has had been signed agreed announced concluded reached unveiled inked ratified "
    "adopted approved sealed struck brokered".split()
) | frozenset("entered came went took into force effect".split()) | frozenset(  # "which entered into force on ..."
    "established founded created formed launched set up".split()  # ", set up on 15 November 2012," (rule: founding_year)
)
# The state "since" a year follows: "in force since 2014", "in effect since 2014".
_IN_EFFECT = frozenset("force effect place operation".split())
# The subject of a contact clause between a mention and its verb ("the pact the two
# countries signed in 2019"): a determiner, a count and a plural noun of parties.
_CLAUSE_SUBJECT = frozenset(
    "the both two three all sides countries nations governments leaders parties "
    "neighbours neighbors states allies partners".split()
)


def past_relative(d: Doc, k: int, here: int) -> int:
    """The token after a relative pronoun and its short subject that open a clause on the
    mention ending before k: ", which entered into force", "that was signed", "(which) the two
    countries signed". The clause's verb is then read like a cue right after the mention.
    (Rule: status_relative_clause.)"""
    low, sent, n = d.low, d.sent, d.n
    x = k + (k < n and low[k] == ",")
    pronoun = x < n and low[x] in ("which", "that") and sent[x] == here
    if pronoun:
        x += 1
    if x < n and low[x] in ("the", "both") and sent[x] == here:
        y = x
        while y < n and y - x < 3 and low[y] in _CLAUSE_SUBJECT:
            y += 1
        y += y + 1 < n and low[y] in _PERFECT and low[y + 1] in _CLAUSE_VERBS  # "the two countries had signed"
        if y > x + 1 and y < n and low[y] in _CLAUSE_VERBS:
            return y  # "the Vuvale Partnership the two countries signed in 2019"
    elif x + 1 < n and low[x] in _CONTACT_PRONOUNS and sent[x + 1] == here and (
        low[x + 1] in _CLAUSE_VERBS or x + 2 < n and low[x + 1] in _PERFECT and low[x + 2] in _CLAUSE_VERBS
    ):
        # "the Liptako Charter, which they signed in 2023", "which it had signed"; "the treaty it
        # concluded with Spain in 2002" (rule: pronoun_contact_clause)
        return x + 1 + (low[x + 1] in _PERFECT)
    elif pronoun and x < n and d.words[x][:1].isupper():
        y = x
        while y < n and y - x < 7 and sent[y] == here and (d.words[y][:1].isupper() or low[y] in ("and", "the", ",")):
            y += 1
        y += y + 1 < n and low[y] in _PERFECT and low[y + 1] in _CLAUSE_VERBS  # "which Chile had signed"
        if y < n and low[y] in _CLAUSE_VERBS:
            return y  # "the Treaty of Lima, which Chile and Peru signed in 1998"
    return x if pronoun else k


# Pronoun subjects of a relative clause on a mention ("which they signed", "that we agreed"), or
# of a contact clause, with no "which" or "that" before them ("the treaty it concluded").
_CONTACT_PRONOUNS = frozenset({"it", "they", "we"})
# Verbs of a contact clause's subject that say the agreement was made ("the two sides signed").
_CLAUSE_VERBS = frozenset("signed inked sealed agreed concluded struck reached ratified negotiated brokered".split())
# Auxiliaries of a clause's perfect ("which it had signed").
_PERFECT = frozenset({"had", "has", "have"})


# Every year ``_YEAR`` matches in ASCII digits, to test many words at once.
_YEARS = frozenset(f"{y}" for y in range(1900, 2100))


def holds_year(words: Collection[str]) -> bool:
    """Whether one of the words is a year as ``_YEAR`` reads one: tested in C against the
    ASCII years, then the few words outside ASCII ("19" and two digits of another script).
    Lower-casing leaves a year as it is, so callers pass the lower-cased words: the article's
    word set has hashed those already, which the test of each word against the set needs."""
    if not _YEARS.isdisjoint(words):
        return True
    joined = "".join(words)
    if joined.isascii() or "19" not in joined and "20" not in joined:
        return False  # such a year is not ASCII and starts "19" or "20": the usual case, in C
    return any(len(w) == 4 and _YEAR.fullmatch(w) for w in filterfalse(str.isascii, words))


def year_word(w: str) -> int | None:
    """The year a word writes as four figures between 1900 and 2099, else None."""
    return int(w) if len(w) == 4 and w.isdigit() and w[:2] in ("19", "20") else None


def sentence_size(d: Doc, lo: int, here: int, cap: int) -> int:
    """How many tokens (at most ``cap``) sentence ``here`` has from its first token ``lo``: a
    sentence's tokens are contiguous and sentences come in order, so a bisection finds its end."""
    return bisect_right(d.sent, here, lo, min(lo + cap, d.n)) - lo


def _no_year_near(state: State, i: int) -> bool:
    """Whether no year stands where ``mention_year`` looks for one: the mention's sentence and
    the dozen tokens before it (most mentions: their answer is known at once). Each sentence is
    read once per article, with the dozen tokens before it; one of more than 120 tokens counts
    as holding a year (it is read word by word)."""
    d = state.doc
    here = d.sent[i]
    memo: dict[int, bool] | None = state.cache.get(_SENTENCE_YEARS)  # type: ignore[assignment]
    if memo is None:
        memo = state.cache[_SENTENCE_YEARS] = {}
    has = memo.get(here)
    if has is None:
        lo = d.sent_first[here]
        size = sentence_size(d, lo, here, 120)
        has = memo[here] = size == 120 or holds_year(d.low[lo - 12 if lo > 12 else 0 : lo + size])
    return not has


_SENTENCE_YEARS = "sentence_years"


def mention_year(state: State, i: int, j: int, aside: bool | None = None) -> tuple[int | None, str]:
    """"signed in (July) 2023" after a mention, else "the 2015 <mention>". ``aside`` is
    ``in_aside(doc, i)`` when the caller knows it already."""
    if _no_year_near(state, i):
        return None, ""
    d = state.doc
    if (fronted := fronted_signing_year(d, i)) is not None:
        return fronted, "fronted_signing_year"  # "Signed in 1997, the treaty took effect in 1999"
    words, low, n = d.words, d.low, d.n
    k, how = j, "year_after_mention"
    if j < n and low[j] == "of" and (year := _of_date(d, j + 1)) is not None:
        return year, "year_of_name"  # "the Geneva Agreement of February 17, 1966", "the Treaty of 1993"
    if 0 <= j < n and words[j] == "(":  # "(RAA)", "(BBNJ agreement)"
        k = next((x + 1 for x in range(j + 1, min(n, j + 6)) if words[x] == ")"), j)
    if (listed := past_listed(state, j)) != j and listed < n and low[listed] in ("in", "on"):
        k = listed  # "signed the X Agreement and the Y Agreement in 2023" (rule: listed_agreement)
    if k < n and words[k] == ",":
        k += 1
        if k < n and low[k] in ("the", "a", "an"):
            # "the Abraham Accords, the US-brokered agreements signed ... in 2020": past the apposition
            nouns = state.cues.family
            x = next((x for x in range(k + 1, min(n, k + 8)) if low[x].rstrip("s") in nouns or low[x] in nouns), None)
            k = x + 1 if x is not None and x + 1 < n and low[x + 1] in _BEFORE_IN else k
    if in_aside(d, i) if aside is None else aside:
        k = n  # "the USMCA, which replaced NAFTA, came into force in 2020": not NAFTA's year
    if k > j and words[k - 1] == ",":
        aside = past_aside(d, k - 1, d.sent[i], _BEFORE_IN)
        k = aside if aside != k - 1 else k
    if k < n and low[k] in RELATIVE_OPENERS:  # a relative clause opens only with one of these
        k = past_relative(d, k, d.sent[i])
    while k < n and low[k] in _BEFORE_IN:
        k += 1
    if k < n and low[k] == "between" and low[k - 1] in _BEFORE_IN:
        # "the accord signed between Ethiopia and Eritrea in 2018": past the parties (rule: between_year)
        x = k + 1
        while x < n and x - k <= 8 and low[x] not in ("in", "on") and (words[x][:1].isupper() or low[x] in ("and", "the", ",", "-")):
            x += 1
        k = x if x < n and low[x] in ("in", "on") else k
    if k < n and low[k] in ("by", "with", "at") and low[k - 1] in _BEFORE_IN:
        # "signed by the two parties on 25 April, 2025", "signed with the United States in
        # 1998", "signed at the White House in 2020": past who or where (six words at most, or
        # twelve for a list of signers: "signed by Kenya, Uganda and Tanzania in 1994")
        x = k + 1
        reach = 12 if low[k] == "by" else 6
        while x < n and x - k <= reach and low[x] not in ("in", "on") and (words[x][:1].isalpha() or words[x] in (".", ",")):
            x += 1
        k = x if x < n and low[x] in ("in", "on") else k
    if k == j and k + 1 < n and low[k] in ("at", "during") and (x := past_occasion(d, k)) is not None:
        k = x  # "signed the X at a ceremony in Lima in 2019" (rule: occasion_year)
    if k == j and k < n and low[k] in OBJECT_OPENERS and (x := past_object(d, k)) is not None:
        k, how = x, "object_phrase_year"  # "a loan for Tunisia in 2013", "an agreement on X in 2022"
    if k + 2 < n and low[k] == "in" and words[k + 1][:1].isupper() and low[k + 1] not in _MONTHS:
        # "signed in Prague in 2010": past the place (three words at most)
        x = k + 2
        while x < n and x - k <= 4 and (words[x][:1].isupper() or words[x] == ","):
            x += 1
        k = x if x < n and low[x] in ("in", "on") else k
    if k + 2 < n and low[k] in ("dates", "dating") and low[k + 1] in ("back", "from"):
        k += 2 + (low[k + 1] == "back" and low[k + 2] == "to")  # "The accord dates back to 2012"
        w = words[k] if k < n else ""
        return (int(w), "dates_back_year") if len(w) == 4 and _YEAR.fullmatch(w) and d.sent[k] == d.sent[i] else (None, "")
    if k + 1 < n and low[k] == "in" and low[k + 1] in ("force", "effect", "place", "operation"):
        k += 2  # "has been in force since 2014": the year it took effect
    if k < n and (low[k] in ("in", "on") or low[k] == "since" and low[k - 1] in _BEFORE_IN | _IN_EFFECT):
        k = past_period_part(low, k + 1)  # "in early March 2024", "in mid-2024", "in the summer of 2023"
        if k < n and is_day(words[k]) and d.lower(k + 1) in _MONTHS:
            k += 1  # "on 25 April 2025"
        if k < n and low[k] in _MONTHS:
            k += 1
            if k < n and is_day(words[k]):
                k += 1
            if k < n and words[k] == ",":
                k += 1
        w = words[k] if k < n else ""
        if len(w) == 4 and _YEAR.fullmatch(w) and d.sent[k] == d.sent[i]:
            return int(w), how
    x = i - 1 - (i > 0 and low[i - 1] in ("the", "a", "an"))
    if x >= 3 and (low[x] == "," or words[x][:1].isdigit()) and (s := dated_object(d, x)) != x:
        # "signed, in March 2021, the X Charter": the date between the verb and its object (rule: dated_object)
        return next((int(w) for w in words[s + 1 : x + 1] if len(w) == 4 and _YEAR.fullmatch(w)), None), "dated_object"
    if i > 0 and len(words[i - 1]) == 4 and _YEAR.fullmatch(words[i - 1]):
        return int(words[i - 1]), "year_before_mention"
    if len(words[i]) == 4 and _YEAR.fullmatch(words[i]) and i + 1 < j:
        return int(words[i]), "year_before_mention"  # the mention opens with its year: "a 2001 security agreement"
    k = i - 1 - (i > 0 and low[i - 1] == "the")
    year = described_year(d, i) if k >= 0 and low[k] in _NAMING else None  # "..., known as (the) <mention>"
    return (year, "year_of_description") if year is not None else (None, "")


def _of_date(d: Doc, k: int) -> int | None:
    """The year of a date that closes a name's own "of" phrase at k ("of 1993", "of February
    17, 1966", "of 3 May 2001"): a name dated so is the agreement of that year. A year read as
    a count ("of 2000 troops") is not one. (Rule: year_of_name.)"""
    words, low, n = d.words, d.low, d.n
    here = d.sent[k - 1]
    if k < n and is_day(words[k]) and d.lower(k + 1) in _MONTHS:
        k += 1  # "of 3 May 2001"
    if k < n and low[k] in _MONTHS:
        k += 1
        if k < n and is_day(words[k]):
            k += 1
        k += k < n and words[k] == ","
    if not (k < n and len(words[k]) == 4 and _YEAR.fullmatch(words[k]) and d.sent[k] == here):
        return None
    after = low[k + 1] if k + 1 < n and d.sent[k + 1] == here else ""
    if after[:1].isdigit() or after[:1].isalpha() and after not in _AFTER_DATE and not after.endswith("ed"):
        return None  # "of 2000 troops", "of 2000 Tonnes" (not "the Accords of 2020 normalized ...")
    return int(words[k])


def of_year(d: Doc, j: int) -> bool:
    """Whether the mention ending at token j is dated by its name's own "of" phrase ("the
    Treaty of 1987"): that year is the text's, whatever the sentence says it came to."""
    return j < d.n and d.low[j] == "of" and _of_date(d, j + 1) is not None


_SIGNING = frozenset({"signed", "inked", "concluded", "sealed", "agreed"})


def dated_aside(d: Doc, j: int) -> bool:
    """Whether the words right after a mention ending at j date the text itself (", signed in
    1987", "that was signed in 1987", "the Treaty of 1987"), so its year is the agreement's
    even where the sentence speaks of its review, renewal or end."""
    if of_year(d, j):
        return True
    x = j + (j < d.n and d.words[j] == ",")
    x += x < d.n and d.low[x] in ("which", "that")  # "the accord that was signed in 2017"
    x += x < d.n and d.low[x] in ("was", "were", "had", "been", "they", "we", "it")  # "which they signed", "it concluded"
    return x < d.n and d.low[x] in _SIGNING


# Words that may follow a date closing a name ("the Accord of 1999 on Monday", "... of 1993 was").
_AFTER_DATE = frozenset(
    "on in at and or but to with between by for from as under after before when while since "
    "was is were are has have had that which remains still will would "
    "ended expired lapsed collapsed took entered came banned limited required".split()
)


def when_year(d: Doc, i: int) -> int | None:
    """The year of the date a "when" clause reporting the mention made hangs on: "in March 2021,
    when they signed an implementing arrangement", "in 2019, when the two sides inked the pact".
    (Rule: when_clause_year.)"""
    low, words, here = d.low, d.words, d.sent[i]
    near = low[i - 9 if i > 9 else 0 : i]
    if "when" not in near:
        return None  # the common case
    x = i - len(near) + near.index("when")
    if x < 3 or low[x - 1] != "," or d.sent[x - 2] != here:
        return None
    w = words[x - 2]
    if not (len(w) == 4 and _YEAR.fullmatch(w)):
        return None
    before = low[x - 3]
    # "in 2021,", "in March 2021,", "on 3 March 2021,", "on March 3, 2021,"
    dated = before == "in" or before in _MONTHS or before == "," and low[x - 4].isdigit() and low[x - 5] in _MONTHS
    return int(w) if dated and not any(low[y] in ("not", "never") for y in range(x + 1, i)) else None


# Words a description's name follows ("known as", "called", "named", "dubbed"): ``described_year``
# reads on only from one of them.
_NAMING = frozenset({"as", "called", "named", "dubbed"})
# The words a relative clause (``past_relative``) may open with.
RELATIVE_OPENERS = frozenset({",", "which", "that", "the", "both", "it", "they", "we"})


def described_year(d: Doc, i: int) -> int | None:
    """The year of the description a name is given for: "the 2015 nuclear deal, formally
    known as the Joint Comprehensive Plan of Action" is the 2015 one. (Rule: year_of_description.)"""
    low, words = d.low, d.words
    k = i - 1 - (i > 0 and low[i - 1] == "the")
    if k >= 1 and low[k] == "as" and low[k - 1] == "known":
        k -= 2
    elif k >= 0 and low[k] in ("called", "named", "dubbed"):
        k -= 1
    else:
        return None
    k -= k >= 0 and low[k] in ("formally", "officially", "also", "commonly", "widely", "now")
    k -= k >= 0 and low[k] == ","  # "a 2015 deal known as X" needs no comma (rule: year_of_description)
    if k < 1:
        return None
    for x in range(k, max(0, k - 5), -1):
        if low[x] in (",", ".", ";"):
            return None
        w = words[x]
        if len(w) == 4 and _YEAR.fullmatch(w) and low[x - 1] in ("the", "a", "an", "its", "their"):
            return int(w)
    return None


def past_date(d: Doc, k: int) -> int:
    """The token after a date phrase at k that a relative clause follows ("in July 2024, which
    took effect"), else k: the clause still speaks of the mention before the date."""
    low, words, n = d.low, d.words, d.n
    if not (k < n and low[k] in ("in", "on")):
        return k
    y = k + 1
    if y < n and is_day(words[y]):
        y += 1
    if y < n and low[y] in _MONTHS:
        y += 1
        if y < n and is_day(words[y]):
            y += 1
        if y < n and words[y] == ",":
            y += 1
    if not (y < n and len(words[y]) == 4 and _YEAR.fullmatch(words[y])):
        return k
    y += 1
    return y if y + 1 < n and words[y] == "," and low[y + 1] in ("which", "that") else k


def in_aside(d: Doc, i: int) -> bool:
    """Whether the mention at i is the object of a relative clause set off by commas (",
    which replaced NAFTA,"): what follows the clause is said of the word before it."""
    low, sent = d.low, d.sent
    near = low[i - 4 if i > 4 else 0 : i]
    if "which" not in near and "who" not in near:
        return False  # no relative pronoun among the four words before: most mentions
    for x in range(i - 1, max(-1, i - 5), -1):
        if sent[x] != sent[i] or low[x] == ",":
            return False
        if low[x] in ("which", "who") and x > 0 and low[x - 1] == ",":
            return True
    return False


_AUX = frozenset("was were is are has have had been will would".split())


def past_aside(d: Doc, k: int, here: int, telling: Container[str]) -> int:
    """The token after the comma closing a relative clause set off by commas after a mention (", which replaced
    NAFTA,"), when the clause's verb is not one that ``telling`` names; else k. The verb after
    the clause is then read as the mention's own. (Rule: status_relative_clause.)"""
    low, sent, n = d.low, d.sent, d.n
    if not (k + 2 < n and low[k] == "," and low[k + 1] in ("which", "who")):
        return k
    for y in range(k + 2, min(n, k + 10)):
        if sent[y] != here or low[y] in (".", ";") or low[y] in telling or low[y] in _AUX:
            return k  # the clause's own verb says something of the mention: ", which was signed"
        if low[y] == ",":
            return y + 1
    return k
