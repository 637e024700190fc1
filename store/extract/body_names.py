"""Names ending in an agreement noun that name a body or an event, not a text: an alliance or
partnership "for" a cause, an alliance "of" its members, a name led by a body's noun
("Government of National Accord"), a body's noun "on" plain agreement nouns inside the name
("Joint Standing Committee on Treaties"), and a body or event named "for a" text still to be
made ("the Summit for a New Global Financing Pact"). Asked by ``agreements._named``."""

from __future__ import annotations

from store.extract.state import State

_TAIL_LINKS = frozenset({"on", "of", "for"})
_BODY_HEADS = frozenset({"alliance", "partnership", "coalition", "initiative"})
_MEMBERS_HEADS = frozenset({"alliance", "coalition"})
# First words of a name that make it a body whatever noun it ends in: "Government of National Accord".
_BODY_LEADS = frozenset(
    "government council movement party front committee commission ministry authority assembly "
    "office secretariat army forces union league".split()
)
# Nouns of a body or a gathering that can carry a text's kind in their own title, after "on" or
# "for": "Committee on Treaties", "Summit for a New Financing Pact".
_TITLE_BODIES = _BODY_LEADS | frozenset(
    "summit conference forum campaign coalition alliance initiative network platform dialogue "
    "tribunal court panel group agency department bureau division unit".split()
)
# Plain agreement nouns a body's title may be "on": no name of a text of their own.
_PLAIN_HEADS = frozenset(
    "treaty treaties agreement agreements accord accords convention conventions pact pacts".split()
)
# Words before a name that make it a body one belongs to: "a member of the X Alliance".
_MEMBERSHIP = frozenset({"member", "members"})


def body_for(words: list[str]) -> bool:
    """Whether a name is a body's: an alliance or partnership "for" a cause ("Glasgow Financial
    Alliance for Net Zero", "Partnership for Global Infrastructure and Investment") or an
    alliance "of" its members names the members' grouping, not a text they signed; so does a
    body's noun "on" a plain agreement noun ending the name ("Joint Standing Committee on
    Treaties"). (Rules: body_named_for, body_of_members, body_led_name, body_on_texts.)"""
    lead = 1 if words[0] in ("The", "the") else 0
    if len(words) > lead + 2 and words[lead].casefold() in _BODY_LEADS and words[lead + 1] in _TAIL_LINKS:
        return True  # rule body_led_name: "Government of National Accord", "Movement for the Pact"
    for x in range(len(words) - 2):
        if words[x].casefold() in _BODY_HEADS and words[x + 1] == "for" and words[x + 2][:1].isupper():
            return True
        if words[x].casefold() in _MEMBERS_HEADS and words[x + 1] == "of" and _members(words[-1]):
            return True  # rule body_of_members: "Alliance of Sahel States", "Alliance of Small Island States"
        if words[x].casefold() in _TITLE_BODIES and words[x + 1] in ("on", "for") and _plain_tail(words[x + 2 :]):
            return True  # rule body_on_texts: "Joint Standing Committee on Treaties"
        if words[x].casefold() in _TITLE_BODIES and words[x + 1] == "for" and words[x + 2] in ("a", "an"):
            return x > 0 or words[x][:1].isupper()  # rule event_for_text: "Summit for a New Financing Pact"
    return False


def _plain_tail(tail: list[str]) -> bool:
    """Whether the words after a body's "on" are only a plain agreement noun ("Treaties", "the Treaty")."""
    if tail and tail[0] in ("the", "The"):
        tail = tail[1:]
    return len(tail) == 1 and tail[0].casefold() in _PLAIN_HEADS


def titled_for(state: State, i: int) -> bool:
    """Whether the name starting at token i follows "<Body or event> for a(n)": the title of a
    gathering or campaign for a text still to be made ("the Summit for a New Global Financing
    Pact", "a Campaign for a Plastics Treaty"), no text itself. (Rule: event_for_text.)"""
    d = state.doc
    if i < 3 or d.low[i - 1] not in ("a", "an") or d.low[i - 2] != "for":
        return False  # the common case: one look
    head = d.words[i - 3]
    return head[:1].isupper() and head.casefold() in _TITLE_BODIES


def joined_body(state: State, i: int, words: list[str]) -> bool:
    """Whether an alliance or coalition name follows "member(s) of (the)": "a member of the
    Civil Society Debt Alliance" belongs to a body, not to a text. (Rule: member_of_body.)"""
    if words[-1].casefold() not in _MEMBERS_HEADS:
        return False  # the common case: one look
    low = state.doc.low
    x = i - (i > 0 and low[i - 1] == "the")
    if low[i] == "the":
        x = i
    return x >= 2 and low[x - 1] == "of" and low[x - 2] in _MEMBERSHIP


def _members(word: str) -> bool:
    """Whether a name's last word is a plural of members ("States", "Nations", "Civilizations")."""
    return word[:1].isupper() and len(word) > 3 and word.endswith("s") and not word.endswith("ss")
