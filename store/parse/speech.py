"""Quoted speech: “...” and "..." spans of a paragraph, each with its speaker as the text names it.

The speaker comes from the words around the quote: '..., Austin said', '..., said Austin',
'Biden said: “...”', 'according to X'. "he/she added" takes the previous quote's speaker when
that quote is in the same or the previous paragraph. A quote running over several sentences
is recorded once per sentence it covers, with the same speaker.
"""

from __future__ import annotations

import re

from store.records import Quote

_VERBS = (
    r"said|says|added|adds|told|tells|stated|states|noted|notes|explained|explains|wrote|writes|"
    r"warned|warns|insisted|insists|continued|remarked|declared|asserted|argued|argues|stressed|"
    r"emphasized|emphasised|replied|asked|recalled|observed|announced|acknowledged|concluded|"
    r"cautioned|urged|posted|tweeted|commented|confirmed|underlined|underscored"
)
_NAME = (
    r"[A-Z][\w’'\-]{0,30}\.?"
    r"(?:\s(?:(?:of|de|van|von|der|den|bin|al|la|le|da|del|di|du)\s){0,2}[A-Z][\w’'\-]{0,30}\.?){0,6}"
)
_PRONOUN = r"he|she|they|we|it|He|She|They|We|It"
_QUOTE = re.compile(r"“[^“”\n]{1,5000}”|\"[^\"\n]{1,5000}\"")
_AFTER_WHO_VERB = re.compile(rf"[,.!?]?\s{{0,3}}(?P<who>{_NAME}|{_PRONOUN})\s{{1,3}}(?:{_VERBS})\b")
_AFTER_VERB_WHO = re.compile(rf"[,.!?]?\s{{0,3}}(?:{_VERBS})\s{{1,3}}(?P<who>{_NAME})")
_AFTER_ACCORDING = re.compile(rf"[,.!?]?\s{{0,3}}according to (?:the\s)?(?P<who>{_NAME})")
_BEFORE_WHO_VERB = re.compile(rf"(?P<who>{_NAME}|{_PRONOUN})\s{{1,3}}(?:{_VERBS})(?:\sthat)?\s{{0,3}}[,:]?\s{{0,3}}$")
_WHO_SAID = re.compile(rf"(?P<who>{_NAME})\s{{1,3}}(?:{_VERBS})\b")
_ACCORDING = re.compile(rf"[Aa]ccording to (?:the\s)?(?P<who>{_NAME})")
_SPEECH = re.compile(rf"(?P<who>{_NAME})\s{{1,3}}(?:said|says|told|tells|stated|wrote|writes)\b")
_DROP_LEADING = ("The ", "A ", "An ")
_PRONOUNS = frozenset({"he", "she"})
_NOT_NAMES = frozenset({"They", "We", "It", "This", "That", "These", "Those", "There", "Here"})


def _clean(who: str | None) -> str | None:
    if not who:
        return None
    who = who.strip().rstrip(".")
    for lead in _DROP_LEADING:
        if who.startswith(lead):
            who = who[len(lead) :]
    if who.lower() in ("they", "we", "it") or who in _NOT_NAMES or not who:
        return None
    return who


def _speaker(text: str, qstart: int, qend: int, sent_start: int, sent_end: int) -> str | None:
    """The speaker named just after or just before the quote marks, within the sentence."""
    window_end = min(sent_end, qend + 120)
    for rx in (_AFTER_WHO_VERB, _AFTER_VERB_WHO, _AFTER_ACCORDING):
        m = rx.match(text, qend, window_end)
        if m:
            return _clean(m["who"])
    window_start = max(sent_start, qstart - 150)
    m = _BEFORE_WHO_VERB.search(text, window_start, qstart)
    if m:
        return _clean(m["who"])
    m = _ACCORDING.search(text, window_start, qstart)
    if m:
        return _clean(m["who"])
    who = None
    for m in _SPEECH.finditer(text, window_start, qstart):
        who = m["who"]  # "X said Cairo wanted “a binding agreement”": the last speaker before it
    return _clean(who)


def _last_named(text: str, start: int, end: int) -> str | None:
    """The last "NAME said" between the previous quote and this one (for "he added")."""
    who = None
    for m in _WHO_SAID.finditer(text, start, end):
        who = _clean(m["who"])
    return who


def find_quotes(
    text: str,
    paragraphs: list[tuple[int, int]],
    sentences: list[tuple[int, int, int]],
) -> list[Quote]:
    """Quotes in ``text``; ``paragraphs`` are (start, end), ``sentences`` (paragraph, start, end)."""
    quotes: list[Quote] = []
    last_speaker: str | None = None
    last_paragraph = -10
    last_quote_end = 0
    if "“" not in text and '"' not in text:
        return quotes  # no paragraph can hold a quote
    si = 0
    n_sentences = len(sentences)
    for pi, (pstart, pend) in enumerate(paragraphs):
        if text.find("“", pstart, pend) < 0 and text.find('"', pstart, pend) < 0:
            continue  # no quote marks: the sentences are skipped when a later paragraph needs them
        while si < n_sentences and sentences[si][0] < pi:
            si += 1
        first = si
        last = si
        while last < n_sentences and sentences[last][0] == pi:
            last += 1
        if first == last:
            continue
        j = first
        for m in _QUOTE.finditer(text, pstart, pend):
            qs, qe = m.start() + 1, m.end() - 1
            if text[qs].isspace() or text[qe - 1].isspace():
                continue  # inch marks or stray quote characters, not quoted words
            while j < last and sentences[j][2] <= qs:
                j += 1  # quotes come in order, so the scan over sentences stays linear
            covered = []
            k = j
            while k < last and sentences[k][1] < qe:
                covered.append(k)
                k += 1
            if not covered:
                continue
            end_sentence = sentences[covered[-1]]
            start_sentence = sentences[covered[0]]
            who = _speaker(text, m.start(), m.end(), start_sentence[1], end_sentence[2])
            if who and who.lower() in _PRONOUNS:
                named = _last_named(text, max(pstart, last_quote_end), m.start())
                who = named or (last_speaker if pi - last_paragraph <= 1 else None)
            last_quote_end = m.end()
            if who:
                last_speaker, last_paragraph = who, pi
            for i in covered:
                _, ss, se = sentences[i]
                a, b = max(qs, ss), min(qe, se)
                while a < b and (text[a].isspace() or text[a] in "“\""):
                    a += 1
                while b > a and (text[b - 1].isspace() or text[b - 1] in ",;:.”\""):
                    b -= 1
                if b > a:
                    quotes.append(Quote(sentence=i, start=a, end=b, speaker=who))
    return quotes
