"""Money as news writes it, and the amount an agreement is said to be worth.

"A$10 billion", "$6.5bn", "$3-billion", "€2 million", "500 million yen", "Rs 64,000 crore",
"eight billion dollars", "3-billion-dollar", "N$180 million", "5 billion AED", "N$1,3 billion"
(a comma before one or two digits and a multiplier is a decimal mark), "70 mln USD",
"70-million-U.S.-dollar": the text as written, the amount and the ISO currency. A value belongs
to an agreement when it stands right before its noun ("a $10 billion contract") or follows a
value cue after it ("worth", "valued at", ", which has a value of").
"""

from __future__ import annotations

import re
from functools import lru_cache

from store.extract.fact_years import past_aside
from store.extract.state import State


@lru_cache(maxsize=8)
def money_pattern(symbols: tuple[str, ...], words: tuple[str, ...], mults: tuple[str, ...]) -> re.Pattern[str]:
    """Money as written: "A$10 billion", "$6.5bn", "€2 million", "500 million yen"."""
    sym = "|".join(re.escape(s) for s in sorted(symbols, key=len, reverse=True))
    mult = "|".join(re.escape(m) for m in sorted(mults, key=len, reverse=True))
    word = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    # a comma is the decimal mark where one or two digits follow it and a multiplier comes next
    # ("N$1,3 billion", "€2,75 mld"): a thousands comma is always followed by three digits
    comma_decimal = rf"\d{{1,3}},\d{{1,2}}(?=[\s-]?(?:{mult})\b)"
    num = rf"{comma_decimal}|\d{{1,3}}(?:,\d{{3}}){{0,5}}(?:\.\d{{1,4}})?|\d{{1,15}}(?:\.\d{{1,4}})?"
    spelled = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
    # a hyphenated compound may name the dollar's country before it: "70-million-U.S.-dollar"
    return re.compile(
        rf"(?P<sym>{sym})\s?(?P<num>{num})(?:[\s-]?(?P<mult>{mult})\b)?"
        rf"|(?P<num2>{num}|(?:{spelled})\b)[\s-]?(?:(?P<mult2>{mult})[\s-])?(?:U\.S\.-(?=dollar))?(?P<word>{word})\b",
        re.I,
    )


# Amounts news spells out: "eight billion dollars".
NUMBER_WORDS = {
    w: float(i + 1)
    for i, w in enumerate("one two three four five six seven eight nine ten eleven twelve".split())
} | {"fifteen": 15.0, "twenty": 20.0, "thirty": 30.0, "forty": 40.0, "fifty": 50.0, "hundred": 100.0, "a hundred": 100.0}


def parse_money(state: State, text: str) -> tuple[str, float, str | None] | None:
    """The first amount of money at the start of ``text``: as written, amount, ISO currency."""
    cues = state.cues
    pattern = cues.derived.get("money")
    if pattern is None:  # built once per cue set
        # signs and codes written before the amount ("$", "Rs", "INR"); words after it ("yen")
        # (a word may be two: "Danish crowns", "U.S. dollars")
        symbols = tuple(k for k in cues.currencies if not k[:1].isalpha() or k != k.lower())
        # an ISO code may also follow the amount: "5 billion AED", "407 billion CZK"
        words = tuple(k for k in cues.currencies if k[:1].isalpha() and (k == k.lower() or len(k) == 3 and k.isupper()))
        pattern = cues.derived["money"] = money_pattern(symbols, words, tuple(cues.multipliers))
        # an amount's first digit stands within the longest sign and one space of its start
        cues.derived["money_reach"] = max(map(len, symbols), default=0) + 2
    first = text[:1]
    if first.isascii() and _DIGIT.search(text, 0, cues.derived["money_reach"]) is None and not _SPELLED.match(text):
        return None  # no digit where one must stand, no spelled number: no amount (most words)
    m = pattern.match(text)
    if not m:
        return None
    num = m.group("num") or m.group("num2") or "0"
    # a comma before one or two digits is a decimal mark; else it separates thousands
    num = num.replace(",", ".") if re.fullmatch(r"\d+,\d{1,2}", num) else num.replace(",", "")
    mult = (m.group("mult") or m.group("mult2") or "").casefold()
    unit = m.group("sym") or m.group("word") or ""
    # a word several countries use ("pesos", "dinars") is money of no one currency: ""
    currency = cues.currencies.get(unit) or cues.currencies.get(unit.casefold()) or cues.currencies.get(unit.upper()) or None
    try:
        amount = NUMBER_WORDS.get(num.casefold()) or float(num)
    except ValueError:
        return None
    amount *= cues.multipliers.get(mult, 1.0)
    return m.group(0).strip(), amount, currency


# The amounts news spells out ("eight billion dollars"), which start an amount without a
# digit, read as the money pattern reads them; a digit (``\d``, as the pattern reads it).
_SPELLED = re.compile("|".join(sorted(NUMBER_WORDS, key=len, reverse=True)), re.I)
_DIGIT = re.compile(r"\d")


def money_ending(state: State, j: int) -> int | None:
    """The first token of an amount of money that ends with token ``j`` ("$ 10 billion",
    "A $ 368 billion", "500 million euro"), or None."""
    d, cues = state.doc, state.cues
    w = d.low[j]
    if not (w in cues.multipliers or w in cues.currencies or w[:1].isdigit()):
        return None
    first = d.sent_first[d.sent[j]]
    end = d.ends[j]
    # a hyphened compound reaches further back: "45 - million - U . S . - dollar"
    for s in range(max(first, j - (9 if d.low[j - 1] == "-" else 5)), j + 1):
        written = d.text[d.starts[s] : end]
        found = parse_money(state, written)
        if found is not None and len(found[0]) == len(written):
            return s
    return None


def money_det(state: State, at: int, dets: frozenset[str]) -> tuple[int, str | None]:
    """Where the determiner of an agreement's noun phrase opened by the amount at token ``at``
    stands, and which it is: right before the amount, or past up to three lower-case words
    before an indefinite one ("a new $20 billion programme", "a fresh $3 billion loan"); with
    none there, the word before the amount and no determiner. (Rule: money_after_modifiers.)"""
    low, words = state.doc.low, state.doc.words
    j = at - 1
    while j >= 1 and at - j <= 3 and low[j] not in dets and words[j].isalpha() and words[j].islower():
        j -= 1
    if j >= 0 and low[j] in dets and (j == at - 1 or low[j] in ("a", "an")):
        return j, low[j]  # a definite one past modifiers ("the enlarged $2 billion ...") refers back
    return at - 1, low[at - 1] if at >= 1 and low[at - 1] in dets else None


def bracketed_amount(state: State, j: int) -> int | None:
    """The token before a bracketed conversion that closes at j right after an amount ("a
    €2.7 billion ($3 billion) deal"), so the walk over a noun phrase reads on to that amount;
    else None. (Rule: bracketed_conversion.)"""
    d = state.doc
    low, sent = d.low, d.sent
    for o in range(j - 2, max(0, j - 6), -1):
        if low[o] == "(":
            if sent[o] != sent[j] or o < 1 or money_ending(state, j - 1) != o + 1:
                return None
            return o - 1 if money_ending(state, o - 1) is not None else None
    return None


# Words between a mention and its value cue: ", which has a value of", "with a total value of".
_LEADS = frozenset(
    ", which that has had have is was be with a an total its estimated valued overall expected set to will would could then now".split()
) | frozenset("on monday tuesday wednesday thursday friday saturday sunday".split())  # "signed a pact on Monday worth ..."
# Participles of an estimate whose author may follow ("estimated by analysts to be worth").
_ESTIMATED = frozenset({"estimated", "valued", "put", "priced"})
# Hedges between a value cue and the amount: "worth some $2 billion", "valued at up to".
_HEDGES = frozenset("at of some about around nearly almost up to more than over as much roughly an estimated initial combined total".split())


def _value_tables(state: State) -> tuple[frozenset[str], dict[str, list[tuple[str, ...]]]]:
    """The words a value cue's walk may start at (a cue's first word or a word leading to one),
    and the value cue phrases by their first word (built once per cue set, read with one look-up)."""
    cues = state.cues
    cached = cues.derived.get("value_tables")
    if cached is None:
        by_first: dict[str, list[tuple[str, ...]]] = {}
        for cue in cues.value_cues:
            by_first.setdefault(cue[0], []).append(cue)
        cached = cues.derived["value_tables"] = (frozenset(by_first) | _LEADS, by_first)
    return cached


def value_openers(state: State) -> frozenset[str]:
    """The words a value cue's walk may start at: ``value_start`` answers None for any other, so
    a caller asking of many mentions tests the word first, with no call."""
    return _value_tables(state)[0]


def value_start(state: State, j: int) -> int | None:
    """The first token of the amount a value cue right after a mention gives ("worth $2
    billion", ", which has a value of $320 million", "valued at up to €1 billion"), or None.
    (Rule: value_after_mention.)"""
    d = state.doc
    low, n, sent = d.low, d.n, d.sent
    openers, by_first = _value_tables(state)
    if not 0 <= j < n or low[j] not in openers:
        return None  # the word after the mention neither is nor leads to a cue: most mentions
    here = sent[j - 1] if j else sent[j]
    if low[j] == "," and j + 1 < n and low[j + 1] in ("which", "who"):
        j = past_aside(d, j, here, ())  # "The package, which includes two terminals, is worth ..." (rule: value_past_aside)
    k = j
    size = skipped = 0
    while k < n and k - j < 6 + skipped and sent[k] == here:
        cues = by_first.get(low[k])
        if cues:  # "to the tune of" starts a cue, "to" alone leads to one ("expected to bring")
            for c in cues:  # the first cue in order that the words spell
                if len(c) == 1 or tuple(low[k : k + len(c)]) == c:
                    size = len(c)
                    break
            if size:
                break
        if low[k] == "by" and k > j and low[k - 1] in _ESTIMATED:
            # "estimated by analysts to be worth", "valued by the ministry at": past who estimates
            y = next((y for y in range(k + 1, min(n, k + 6)) if low[y] in ("to", "at") or sent[y] != here), k)
            if y == k or sent[y] != here:
                return None
            skipped, k, size = skipped + y - k, y, low[y] == "at"
            if size:
                break
            continue
        if low[k] not in _LEADS:
            return None
        k += 1
    if not size:
        return None
    k += size
    while k < n and k - j < 14 and (low[k] in _HEDGES or low[k] == "a" and d.lower(k + 1) in ("combined", "total")):
        k += 1  # "worth about", "worth a combined"
    if k >= n or sent[k] != here:
        return None
    return k if parse_money(state, d.text[d.starts[k] : d.starts[k] + 60]) is not None else None


def value_in_clause(state: State, j: int) -> int | None:
    """A value clause after the mention's complement: "a sale of up to 36 jets to Indonesia,
    valued at about $13.9 billion" (the next comma within 20 words), or an apposition there
    ("..., a $25 billion project", "..., a project valued at $18 billion", "..., with Canberra
    committing A$5.8 million"). (Rule: value_after_mention.)"""
    d = state.doc
    low, n, sent = d.low, d.n, d.sent
    if not 0 < j < n:
        return None
    here = sent[j - 1]
    if low[j] in ("on", "for") and j + 2 < n and low[j + 1] in ("a", "an"):
        lent = _lent_after(state, j + 2)  # "a staff-level agreement on a $1.2 billion loan"
        if lent is not None:
            return lent
    for x in range(j, min(n, j + 20)):
        if sent[x] != here or low[x] in (".", ";"):
            return None
        if low[x] in _IN_CLAUSE and (found := value_start(state, x)) is not None:
            return found  # "a deal to buy 24 jets from Denmark for $300 million"
        if low[x] == ",":
            found = value_start(state, x + 1) if low[x + 1 : x + 2] != ["which"] else value_start(state, x)
            found = found if found is not None else _apposed_value(state, x + 1)
            if found is None and x + 1 < n and low[x + 1] in _MADE:
                found = _past_aside(state, x + 1, here)  # "The deal, inked in March, is worth $3 billion"
            return found
    return None


# Value cues read inside the clause after a mention's complement ("... jets worth Rs 63,000 crore").
_IN_CLAUSE = frozenset({"worth", "for", "valued", "costing", "totalling", "totaling", "at"})  # "at a cost of"


def _lent_after(state: State, k: int) -> int | None:
    """The amount at k when a lent sum's noun follows it within three words ("$1.2 billion
    loan", "$3 billion IMF bailout package"): what an agreement "on" it is worth."""
    d = state.doc
    end = money_end(state, k)
    if end is None:
        return None
    for x in range(end, min(d.n, end + 3)):
        if d.low[x] in _LENT:
            return k
        if not d.words[x][:1].isalpha():
            return None
    return None


def money_end(state: State, k: int) -> int | None:
    """The token after an amount of money starting at k, or None."""
    d = state.doc
    found = parse_money(state, d.text[d.starts[k] : d.starts[k] + 60])
    if found is None:
        return None
    stop = d.starts[k] + len(found[0])
    x = k
    while x < d.n and d.starts[x] < stop:
        x += 1
    return x


# Participles of an aside on an agreement between its mention and its value.
_MADE = frozenset("signed inked sealed agreed concluded struck reached announced finalised finalized ratified approved unveiled".split())


def _past_aside(state: State, k: int, here: int) -> int | None:
    """The value a cue gives right after an aside that opens with a participle at k and
    closes with a comma within seventeen tokens (", inked in March, is worth ...", ", concluded through
    the U.S. Army's cooperation office in Lima, is worth ..."). (Rule: value_after_mention.)"""
    d = state.doc
    for y in range(k + 1, min(d.n, k + 18)):
        if d.sent[y] != here or d.low[y] == ";":  # a full stop inside "U.S." is no end
            return None
        if d.low[y] == ",":
            return value_start(state, y + 1)
    return None


# Nouns of a deal an agreement is told as made in (", in a deal worth $2 billion").
_DEAL_NOUNS = frozenset({"deal", "contract", "agreement", "transaction", "package"})
# Verbs of a party's share in an agreement: "with Canberra committing A$5.8 million".
_PUTTING_IN = frozenset("committing pledging providing contributing investing lending offering putting".split())
# What a party has put into a programme ("under which the U.S. has contributed $8 billion").
_PUT_IN = frozenset("contributed provided invested committed pledged spent lent disbursed".split())


def _under_which(state: State, k: int) -> int | None:
    """The amount of "a <programme noun> under which <party> has (reportedly) contributed $8
    billion": what was put into it is its value (a noun within four words of k, the verb
    within eight of "which"). (Rule: under_which_value.)"""
    low, n, sent = state.doc.low, state.doc.n, state.doc.sent
    try:
        u = low.index("under", k, min(n, k + 5))
    except ValueError:
        return None
    if u + 1 >= n or low[u + 1] != "which" or low[u - 1] not in _LENT and low[u - 1] not in ("plan", "scheme", "initiative"):
        return None
    for x in range(u + 2, min(n, u + 10)):
        if sent[x] != sent[u]:
            return None
        if low[x] in _PUT_IN:
            y = x + 1
            while y < n and low[y] in _HEDGES:
                y += 1
            if y < n and parse_money(state, state.doc.text[state.doc.starts[y] : state.doc.starts[y] + 60]) is not None:
                return y
            return None
    return None


def _apposed_value(state: State, k: int) -> int | None:
    """The amount of an apposition after a comma: "a $25 billion project" (the amount before
    a noun), "a project valued at ..." (one noun, then a value cue), "with <party> committing
    A$5.8 million" or a bare "committing $800 million" (a party's share). (Rule: value_after_mention.)"""
    d = state.doc
    low, words, n = d.low, d.words, d.n
    if k + 1 < n and words[k] in ('"', "\u201d", "'", "\u2019"):
        k += 1  # '"Plan Colombia," a ... program': the comma inside the closing quote
    if k >= n:
        return None
    if low[k] in ("a", "an"):
        k += 1
        x = k
        while x < n and x - k < 3 and low[x] in _HEDGES:
            x += 1
        if x < n and parse_money(state, d.text[d.starts[x] : d.starts[x] + 60]) is not None:
            return x
        found = value_start(state, k + 1) if k + 1 < n and words[k][:1].isalpha() else None
        return found if found is not None else _under_which(state, k)
    if low[k] == "in" and k + 2 < n and low[k + 1] in ("a", "an") and low[k + 2] in _DEAL_NOUNS:
        # "..., in a deal (that London said was) worth up to 8 billion pounds": the deal it was made in
        cue = next((x for x in range(k + 3, min(n, k + 10)) if low[x] in ("worth", "valued")), None)
        return value_start(state, cue) if cue is not None and d.sent[cue] == d.sent[k] else None
    if low[k] in _PUTTING_IN:  # "..., committing $800 million in investment": what its maker puts in
        x = k + 1
        while x < n and x - k < 4 and low[x] in _HEDGES:
            x += 1
        return x if x < n and parse_money(state, d.text[d.starts[x] : d.starts[x] + 60]) is not None else None
    if low[k] == "with":
        x = k + 1 + (k + 1 < n and low[k + 1] == "the")
        lo = x
        while x < n and x - lo < 3 and words[x][:1].isupper():
            x += 1
        if x > lo and x + 1 < n and low[x] in _PUTTING_IN:
            x += 1
            while x < n and low[x] in _HEDGES:
                x += 1
            if x < n and parse_money(state, d.text[d.starts[x] : d.starts[x] + 60]) is not None:
                return x
    return None


def with_conversion(state: State, text: str, found: tuple[str, float, str | None]) -> tuple[str, float, str | None]:
    """The amount as written with the conversion the text gives right after it in brackets:
    "1.5 billion Danish crowns ($210 million)" is one value, in the currency written first.
    (Rule: value_conversion.)"""
    written = found[0]
    rest = text[text.find(written) + len(written) :] if written in text else ""
    if rest.startswith(" (") and ")" in rest[:40]:
        inner = rest[2 : rest.index(")")]
        converted = parse_money(state, inner)
        if converted is not None and len(converted[0]) == len(inner.strip()):
            return f"{written} ({inner})", found[1], found[2]
    return found


# Nouns of the money lent under a programme ("a $3 billion loan under the Extended Credit Facility").
_LENT = frozenset({"loan", "loans", "programme", "program", "bailout", "package", "financing", "arrangement"})


def loan_under(state: State, i: int) -> int | None:
    """The amount of "<money> loan under the <name>" ending right before the mention at token
    i: what a lender's programme is worth. (Rule: loan_under_name.)"""
    d = state.doc
    low = d.low
    k = i - 1
    if k >= 0 and low[k] == "the":
        k -= 1
    if k < 2 or low[k] != "under" or low[k - 1] not in _LENT or d.sent[k - 1] != d.sent[i]:
        return None
    return money_ending(state, k - 2)

