"""Page chrome by its shape: the site's controls, labels and notices that sit among the lines of
a story (a text-size control, "Listen live", a press-contact label, a redistribution notice,
"You are here:", a row of other stories' headlines).

Each entry of ``CHROME_PATTERNS`` is ``(name, regex)``, matched like ``boilerplate.LINE_PATTERNS``
(which takes them in): the whole stripped line, any case, bounded repetition only. Words that
no shape gives away live in ``data/furniture.json`` (``chrome_labels``).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

_SOCIAL = r"whatsapp|telegram|facebook|instagram|youtube|tiktok|twitter|x|linkedin|signal|viber|threads"
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\.?"
_DATE = rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s{_MONTH},?\s\d{{4}}|{_MONTH}\s\d{{1,2}}(?:st|nd|rd|th)?,?\s\d{{4}}|\d{{1,2}}[./-]\d{{1,2}}[./-]\d{{2,4}})"
_TIME = r"\d{1,2}[:.]\d{2}\s?(?:[ap]\.?m\.?)?(?:\s?[a-z]{2,4})?"


_LABEL_WORDS: list[str] = json.loads((Path(__file__).parent / "data" / "furniture.json").read_text(encoding="utf-8"))[
    "chrome_labels"
]


def _labels() -> str:
    """The editable labels of ``data/furniture.json`` as one alternation (longest first)."""
    return "|".join(re.escape(w) for w in sorted(_LABEL_WORDS, key=len, reverse=True))


CHROME_PATTERNS: list[tuple[str, str]] = [
    # rule redistribution_notice: a wire's or publisher's rights line ("This material may not be
    # published, broadcast, rewritten or redistributed."), alone or after a copyright
    ("redistribution_notice",
     r"(?:(?:©|copyright)[^\n]{0,160}?\s)?this (?:material|article|story|content|report) (?:may|must|shall) not be "
     r"(?:published|reproduced|copied|republished|redistributed|distributed)[^\n]{0,200}"
     r"|no part of this (?:article|story|publication|content|material|website)[^\n]{0,40} may be (?:reproduced|copied|republished)[^\n]{0,200}"
     r"|(?:any )?(?:unauthori[sz]ed )?(?:reproduction|republication|redistribution|copying) (?:in whole or in part )?of this (?:article|story|content|material|website|publication)[^\n]{0,160}"
     r"|all content (?:copyright|©)[^\n]{0,120}"),
    # rule text_size_control: "Text size A- A+", "Adjust font size:" (after a stamp, "X, May 2, 2024 Adjust font size:")
    ("text_size_control",
     r"(?:(?:[^\n]{0,60}\s)?(?:adjust|change) (?:the )?|)(?:font|text)[ -]?size:?(?:\s{0,3}(?:a[-+−]|[-+−]|a{1,3}|small|medium|large|reset)){0,6}"
     r"|a\s?[-−]\s?a\s?\+|a\+\s?a\s?[-−]|a a a"),
    # rule live_player: a station's player link ("Listen live", "Watch live", "Now playing: ...")
    ("live_player", r"(?:listen|watch)(?: us)? (?:live|now|online)|live (?:radio|stream|tv)|on air now|now playing\s?:?[^\n]{0,80}"),
    # rule press_contact: the label of a release's contact block and its phone or e-mail lines
    ("press_contact",
     r"(?:for )?(?:media|press|news)(?: and (?:public|investor|general))? (?:queries|enquiries|inquiries|contacts?|relations|office)"
     r"(?:,? (?:please )?contact)?\s?:?"
     r"|(?:for )?(?:further|more|additional) (?:information|details|enquiries|inquiries),? (?:please )?(?:contact|see|visit|go to|refer to)\s?:?(?:\s[^\n]{1,80})?"
     r"|(?:press )?contacts?\s?:"
     r"|(?:tel|telephone|phone|mobile|mob|cell|fax)\.?\s?:?\s?\+?[\d ()./-]{6,30}"
     r"|(?:e-?mail\s?:\s?)[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}"
     # rule bare_email: a reporter's or office's address alone on its line ("(ab@outlet.com)")
     r"|\(?[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}\)?"),
    # rule desk_credit: who translated or edited the story ("Translation: Ana Ruiz", "Edition: Ben Stone")
    ("desk_credit",
     r"(?:translation|translated by|translator|edition|editing|edited by|proofreading|text editing)\s?:?\s(?-i:[A-Z][\w'’.-]{0,30})"
     r"(?: (?:(?-i:[A-Z][\w'’.-]{0,30})|and|&|de|da|dos|van|von)){0,6}\.?"),
    # rule research_credit: "Researched and written by Jane Doe": the desk's credit, no byline
    ("research_credit",
     r"(?:researched|written and researched|researched and written|researched and compiled) by:? (?-i:[A-Z][\w'’.-]{0,30})"
     r"(?: (?:(?-i:[A-Z][\w'’.-]{0,30})|and|&|de|da|la|del|dos|van|von|al|bin)){0,6}(?:,? (?:for|of|at) [^\n.!?]{1,60})?\.?"),
    # rule posted_in: a blog's stamp with its sections ("Posted on 3 March 2025 in Politics, World")
    ("posted_in",
     rf"(?:posted|published|filed)(?: on)?\s?:?\s?{_DATE}(?:,?\s(?:at\s)?{_TIME})?(?:\s(?:in|under|by)\s[^\n.!?]{{1,80}})?"),
    # rule stamp_label: a stamp's label left alone on its line ("Published", "Last Updated:")
    ("stamp_label", r"(?:last |first )?(?:published|updated|modified|posted)(?: on| at)?\s?:?"),
    # rule join_channel_now: "WhatsApp Channel Join Now", "Get the latest news on our Telegram channel"
    ("join_channel_now",
     rf"(?:{_SOCIAL}) (?:channel|group|community)\s?[-:|]?\s?(?:join|follow)(?: now| us| here)?"
     rf"|get (?:the |all the |our )?(?:latest|breaking|daily|top)\b[^\n]{{0,60}} on (?:our|the) [^\n]{{0,30}}(?:{_SOCIAL}|app) ?(?:channel|group|page)?\.?"),
    # rule you_are_here: a breadcrumb's label ("You are here: Home")
    ("you_are_here", r"you are here\s?:?[^\n]{0,200}"),
    # rule nav_arrows: a pager's arrows alone on a line
    ("nav_arrows", r"[←→↑↓«»‹›⟵⟶<>×✕✖]{1,3}"),
    # rule view_count: "Views: 1", "Reads: 2,345", "Views 1,284" (a count needs no colon after views)
    ("view_count", r"(?:(?:total|page) )?(?:(?:views?|reads?|hits|shares?|likes?)\s?:|views?|reads)\s?\d[\d,.]{0,9}k?"
                   # rule visitor_counter: a release's number and visitor count ("(Release ID: 123) Visitor Counter : 45")
                   r"|(?:\(release id\s?:\s?\d{1,12}\)\s{0,3})?visitors?(?: counter| count)?\s?:\s?\d[\d,.]{0,12}"),
    # rule image_placeholder: an image's stand-in text ("author-img", "header image", "Image of <title>")
    ("image_placeholder",
     r"(?:author|header|featured|post|profile|hero|cover|app|site)[ _-]?(?:img|image|photo|pic|thumbnail|avatar|icon|logo)|logo|avatar|thumbnail"
     r"|(?:image|photo|picture) of (?-i:[A-Z])[^\n!?]{0,120}(?<!\.)"
     # a site's logo named ("African Press Agency Logo"): capitalised words and "Logo" or "Icon"
     r"|(?-i:[A-Z][\w&'’.-]{0,30})(?: (?-i:[A-Z][\w&'’.-]{0,30})){0,5} (?:logo|icon)"),
    # rule copyright_tail: an outlet's name before its copyright ("HARBOUR WIRE Copyright © 2005 - 2007")
    ("copyright_tail", r"[^\n©]{1,80}?\s(?:copyright\s?)?(?:©|\(c\))\s?\d{4}(?:\s?[-–]\s?\d{4})?(?:[.,]?\s?all rights reserved\.?)?"),
    # rule ad_slot: an advertising slot's name left as text ("Banner 3", "Leaderboard ad")
    ("ad_slot", r"(?:top |side |bottom )?(?:banner|leaderboard|skyscraper|sidebar|mpu)(?: ad(?:vert)?)?\s?\d{0,3}|ad (?:slot|space|unit)\s?\d{0,3}"),
    # rule enlarge_prompt: an image viewer's prompt ("Click to enlarge", "Tap to expand image")
    ("enlarge_prompt", r"(?:click|tap|touch)(?: here)? to (?:enlarge|zoom|expand)(?: (?:the |this )?(?:image|photo|picture))?|view larger(?: image)?|enlarge (?:this )?(?:image|photo)"),
    # rule outlet_ago: an outlet's name glued to a relative time ("Lagoon Post5 days ago", "Harbour Times · 2 hours ago")
    ("outlet_ago", r"(?-i:[A-Z][\w&.'’-]{0,30})(?: (?-i:[A-Z][\w&.'’-]{0,30})){0,4}\s?[|·•-]?\s?(?:\d{1,3}|an?) (?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?) ago"),
    # rule rule_line: a ruled line of equals signs, underscores or tildes
    ("rule_line", r"[=_~]{3,400}"),
    # rule app_store: an app banner's lines ("Get it on Google Play", "★★★★ - on Play Store", "Download Now", "The Ledger e-Paper")
    ("app_store",
     r"(?:[★☆⭐]{1,5}\s?[-–—]?\s?)?(?:(?:get|download|available)(?: it)? )?on (?:the )?(?:google play|play store|app store|apple app store)(?: store)?"
     r"|download now|install (?:the app|now)|(?:the |our )?[^\n]{0,40}?\be-?paper(?: edition)?"),
    # rule comment_rules: a comment section's rules and closing notes ("Top Comments", "Commenting for this story is now closed.")
    ("comment_rules",
     r"top comments|disclaimer (?:&|and) comment rules|comments? (?:rules|policy|guidelines)|commenting (?:for|on) this (?:story|article|post) is (?:now )?closed\.?"
     r"|if you have a facebook account[^\n]{0,120}"),
    # rule ad_dashes: an advert's label between dashes ("- Advertisement -")
    ("ad_dashes", r"[-–—*]{1,3}\s?(?:advertisements?|advert|ad|sponsored)\s?[-–—*]{1,3}|(?:advertisements?|advert|sponsored)\s?[-–—*]{1,3}"),
    # rule shortcode: a blog engine's shortcode left as text ("[ad_1]", "[/caption]")
    ("shortcode",
     r"\[/?(?:ads?|advert|caption|embed|gallery|video|audio|related|tweet|youtube|instagram|facebook|twitter|playlist|contact-form)"
     r"(?:[_-]?\d{1,3})?(?:\s[^\]\n]{0,120})?\]"),
    # rule domain_stamp: an aggregator's source line, a site's domain and a date ("lagoonpost.com – Jan 07")
    ("domain_stamp", rf"(?:[\w-]{{1,40}}\.){{1,3}}[a-z]{{2,6}}\s?[–—|-]\s?(?:{_MONTH}\s\d{{1,2}}(?:,?\s\d{{4}})?|\d{{1,2}}\s{_MONTH}(?:\s\d{{4}})?|{_DATE})"),
    # rule recent_list: the label of a list of a site's recent items ("Recent Posts", "Recent Cabinet Decisions")
    ("recent_list", r"(?:most )?recent (?:[a-z]{1,20} ){0,2}(?:posts|news|articles|stories|updates|decisions|releases|entries|comments|videos)"),
    # rule redirect_note: "Redirecting to full article..."
    ("redirect_note", r"redirecting(?: you)?(?: to)?[^\n]{0,60}|you are being redirected[^\n]{0,60}"),
    # rule download_pdf: "Download PDF", "Download the full report (PDF, 2 MB)"
    ("download_pdf", r"download (?:as |the )?(?:pdf|full (?:report|text|document|statement|release))\b[^\n]{0,80}|\(?download pdf\)?"
                     # rule print_friendly: "Print friendly pdf", "Printer-friendly version"
                     r"|print(?:er)?[- ]friendly(?:,? (?:pdf|version|page|format)(?:,? (?:pdf|(?:&|and) e-?mail))*)?"),
    # rule wire_clock: a wire's stamp of day, month and time without a year ("23 JAN, 21:05"): dates nothing
    ("wire_clock", rf"\d{{1,2}} {_MONTH},? \d{{1,2}}[:.]\d{{2}}|{_MONTH} \d{{1,2}},? \d{{1,2}}[:.]\d{{2}}"
                   # a clock time with its zone alone ("12:45 GMT", "9.05 am IST")
                   r"|\d{1,2}[:.]\d{2}\s?(?:[ap]\.?m\.?\s?)?(?:gmt|utc|[a-z]{1,2}st|[a-z]{1,2}dt|cet|cest|eet|msk|wat|eat|cat)"
                   # rule labelled_clock: a time alone after its label ("Time 15:22", "Time: 9.05 am")
                   r"|time\s?:?\s?\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?"),
    # rule feed_note: an aggregator's note that the copy came unedited from a feed
    ("feed_note",
     r"\(?(?:disclaimer\s?:\s?)?this (?:story|article|report|content|copy|news) (?:is|was|has been) (?:auto-?generated|automatically generated|published|sourced|taken|generated)"
     r" (?:from|via|through|off) (?:an? |the )?[^\n]{1,40}?(?:feed|copy|wire|news service|newswire)\b[^\n]{0,160}"),
    # rule disclaimer_note: the page's disclaimer ("Disclaimer: The views expressed ... are the author's own.")
    ("disclaimer_note", r"(?:disclaimer|disclosure)(?: statement)?\s?:\s?[^\n]{1,400}"),
    # rule views_disclaimer: "The views expressed herein are those of the author and ..." without its label
    ("views_disclaimer", r"the (?:views|opinions)(?: and opinions)? expressed (?:here(?:in)? |in this [a-z]{2,12} |above |below )?are (?=[^\n]{0,200}\b(?:authors?|writers?|contributors?|necessarily|own)\b)[^\n]{0,300}"),
    # rule link_notice: "The following links open in a new tab"
    ("link_notice", r"the following links? (?:opens?|will open) in a new (?:tab|window)\.?"),
    # rule channel_notice: "We're now on WhatsApp. Click to join."
    ("channel_notice", rf"we(?:'|’| a)re (?:now |also )?on (?:{_SOCIAL})(?: channels?)?[.!]?(?:\s(?:click|tap)(?: here)? to (?:join|follow)[^\n]{{0,40}})?"),
    # rule page_feedback: a page's question about itself and its answers ("Is this page useful?", "Yes this page is useful")
    ("page_feedback", r"(?:is|was|did you find) this (?:page|article|story|information|content) (?:useful|helpful)\??(?:\s?\|?\s?(?:yes|no|maybe|report a problem with this page)){0,4}"
                      r"|(?:yes|no),? this (?:page|article|story) (?:is|was) (?:not )?(?:useful|helpful)"),
    # rule headline_ticker_label and the other labels of data/furniture.json (editable)
    ("chrome_label", rf"(?:{_labels()})\s?:?"),
]

# The patterns run only on a line whose first word opens one of them (most prose lines open
# otherwise and cost a partition and a set lookup), or that ends as an outlet's relative time or
# a text-size control does, or opens with a symbol of a pager, a ruled line or a copyright.
_FIRST_WORDS = frozenset(
    "this no any unauthorised unauthorized reproduction republication redistribution copying all copyright "
    "text font text-size font-size adjust change a- a+ a− listen watch live on now for media press news further "
    "more additional contact contacts tel telephone phone mobile mob cell fax e-mail email researched written "
    "posted published filed last first updated modified get you views view reads read hits shares share likes "
    "like author header featured post profile hero cover author-img author-image header-image featured-image "
    "logo avatar thumbnail image photo picture top side bottom banner leaderboard skyscraper sidebar mpu ad "
    "click tap touch enlarge redirecting download disclaimer ★★★★ ★★★★★ available install commenting if advertisement "
    "advert sponsored app site recent most print printer printer-friendly print-friendly "
    "jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july august september "
    "october november december total stay tap we're we’re we are time is was did yes release visitor visitors "
    "disclosure translation translated translator edition editing edited proofreading".split()
)
MAX_CLOCK_LINE = 24
_SYMBOLS = "←→↑↓«»‹›⟵⟶<>=_~©×✕✖★☆⭐["
# Lines opening with "the" that are chrome: tested only on such lines, "the" opening most prose too.
_THE_OPENERS = ("the views ", "the opinions ", "the following link")
_ENDS = (" ago", "size", "size:", "e-paper", "epaper", " logo", " icon")


def _word0(low: str) -> str:
    """The first word of a lower-cased line, without an opening bracket or a closing colon or stop."""
    return low.lstrip("-–—* ").partition(" ")[0].strip("([:.")


_GATE = _FIRST_WORDS | frozenset(_SOCIAL.split("|")) | frozenset(_word0(w.lower()) for w in _LABEL_WORDS)
_LOWER_RX = re.compile("|".join(f"(?:{rx})" for _, rx in CHROME_PATTERNS if "(?-i:" not in rx))
_CASED_RX = re.compile("|".join(f"(?:{rx})" for _, rx in CHROME_PATTERNS if "(?-i:" in rx), re.IGNORECASE)


def is_chrome(line: str, low: str) -> bool:
    """Whether the stripped ``line`` (``low`` is ``line.lower()``) is one of ``CHROME_PATTERNS``."""
    if not low:
        return False
    word = _word0(low)
    if word not in _GATE and low[0] not in _SYMBOLS and not low.endswith(_ENDS) and "." not in word and "©" not in low and not (
        word == "the" and low.startswith(_THE_OPENERS)
    ):
        if not (low[0].isdigit() and len(low) <= MAX_CLOCK_LINE):
            return False  # a short line opening with a digit may be a wire's clock
    return _LOWER_RX.fullmatch(low) is not None or _CASED_RX.fullmatch(line) is not None


# A row of other stories' headlines on one line: at least this many items between bullets.
MIN_TICKER_ITEMS = 4
MAX_TICKER_ITEM_WORDS = 18
_TICKER_SPLIT = re.compile(r"\s{1,4}[•·|]\s{1,4}")


def is_headline_ticker(line: str) -> bool:
    """Rule headline_ticker: a line of four or more short items between bullets, none ending a
    sentence ("Talks resume in Lima  •  Port strike ends  •  ..."): a feed of other stories."""
    if "•" not in line and " | " not in line:
        return False
    parts = _TICKER_SPLIT.split(line.strip())
    if len(parts) < MIN_TICKER_ITEMS:
        return False
    for p in parts:
        p = p.strip()
        if not p or p[-1] in ".!?;," or len(p.split()) > MAX_TICKER_ITEM_WORDS:
            return False
    return sum(1 for p in parts if len(p.split()) >= 3) * 2 >= len(parts)


# A desk's sign-off of names or initials joined by slashes has at most this many characters.
MAX_DESK_LINE = 80
MAX_DESK_PART_WORDS = 3


def is_desk_names(line: str) -> bool:
    """Rule desk_names: a short line only of names or initials joined by bare slashes ("Ana
    Ruiz/Ben Stone/Li Wei", "JD/AnaRuiz"): the desk's sign-off under a release, never prose.
    Two single words ("Israel/Gaza", "LONDON/PARIS") may be a kicker or a dateline: a part of
    two words, a third part or a name run together is needed (initials alone: desk_initials)."""
    if "/" not in line or len(line) > MAX_DESK_LINE or " /" in line or "/ " in line or not line[-1:].isalpha() or line.isupper() and line.count("/") < 2:
        return False
    parts = line.split("/")
    named = len(parts) > 2
    for part in parts:
        words = part.split()
        if not 1 <= len(words) <= MAX_DESK_PART_WORDS:
            return False
        for w in words:
            if not (w[:1].isupper() and w.replace(".", "").isalpha()):
                return False
        named = named or len(words) > 1 or any(a.islower() and b.isupper() for a, b in zip(part, part[1:], strict=False))
    return named


# A tag: "#" and a word, perhaps with a few words after it ("#currency swap").
_TAG = r"#\w[\w-]{0,30}(?: [\w-]{1,30}){0,3}"
# The line as the furniture tests see it, its opening "#" stripped: more tags after the first.
_HASHTAG_ROW = re.compile(rf"{_TAG}(?:[ ,]{{1,3}}{_TAG}){{1,12}}|\w[\w-]{{0,30}}(?: [\w-]{{1,30}}){{0,3}}(?:[ ,]{{1,3}}{_TAG}){{2,12}}")


def is_hashtag_row(line: str) -> bool:
    """Rule hashtag_row: a line only of hashtags ("#trade deal #Fiji #fisheries"), the page's tags;
    the furniture tests strip a line's opening "#", so a row of three tags may start without it."""
    return _HASHTAG_ROW.fullmatch(line) is not None
