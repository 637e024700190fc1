"""Lines that are web-page furniture, not article prose: data-like pattern lists, easy to extend.

Each entry of ``LINE_PATTERNS`` is ``(name, regex)``; a line (stripped, any case) that the
regex matches in full is boilerplate. Add a pattern to the list to teach the parser a new
kind of furniture. All patterns use bounded repetition only, so hostile lines cost linear time.
``TAIL_CUT`` names lines after which a page is only comments and chrome.
"""

from __future__ import annotations

import re
import unicodedata
from re import _parser  # the width of a pattern, as the regex compiler computes it

from store.parse.chrome import (
    CHROME_PATTERNS,
    is_chrome,
    is_desk_names,
    is_hashtag_row,
    is_headline_ticker,
)
from store.parse.prompts import MAX_BOILERPLATE_LINE, is_player_chrome, is_reader_prompt

_SOCIAL = (
    r"whatsapp|twitter|x|facebook|instagram|telegram|linkedin|youtube|threads|tiktok|"
    r"google news|reddit|pinterest|bluesky|mastodon|flipboard|email|e-mail|messenger|line|kakaotalk|weibo|vk|🖨️?"
)

# One link of a share row: "Share on <any site>" in up to three words, "Copy link", "Email".
_SHARE_ITEM_RX = (
    r"(?:click to )?(?:share|post|send) (?:on|via|to|with) \w[\w.+-]{0,20}(?: \w[\w.+-]{0,20}){0,2}"
    r"|copy(?: the)? link|link copied|(?:email|print|save)(?: this)?(?: article| story| page| link)?"
)

LINE_PATTERNS: list[tuple[str, str]] = [
    # share / follow prompts
    ("follow_channel", rf"(?:(?:tap|click)(?: here)? to |stay (?:updated|informed|connected)\s?[:,–—-]?\s?)?follow (?:the |us |our )?[^\n]{{0,80}}? on (?:{_SOCIAL})\b[^\n]{{0,120}}"),
    ("follow_us", r"follow us\b[^\n]{0,120}"),
    # rule follow_channel_of: "Follow the Harbour Times WhatsApp channel"
    ("follow_channel_of", rf"(?:for [^\n,]{{1,40}}, |(?:tap|click)(?: here)? to |stay (?:updated|informed|connected)\s?[:,–—-]?\s?)?(?:follow|join) (?:the |us |our )?[^\n,]{{0,80}}? (?:official )?(?:{_SOCIAL}) (?:channel|page|account|group|handle)s?\b(?:\s(?:for|to|on|and)\s[^\n.,;]{{0,60}})?[.!]?"),
    # rule share_options: the row may open with its label ("Share options:") and name X by its old name too
    ("share_row", rf"(?:share (?:options|via|on|this (?:article|story))\s?:\s?)?(?:(?:share|tweet|print|copy link|pin it|save|{_SOCIAL})(?: this| on| via)?(?: article| story| liveblog| page| post)?(?: \(formerly twitter\))?[\s|,:•·/]{{0,8}}){{1,12}}"),
    ("share_item", _SHARE_ITEM_RX),
    ("share_prompt", r"share (?:this|the) (?:article|story|post|page)\b[^\n]{0,80}"),
    ("subscribe", r"(?:subscribe|sign up)(?: now| today| for free| here)?(?: (?:to|for) [^\n]{0,100})?[.!]?"),
    ("newsletter", r"(?:sign up|subscribe|get|join|receive|register)\b[^\n]{0,60}\bnewsletters?\b[^\n]{0,80}|[^\n.]{0,30}\bnewsletters?:?"),
    ("click_here", r"click here\b[^\n]{0,120}"),
    ("app_prompt", r"(?:download|get) (?:the|our) [^\n]{0,40}\bapp\b[^\n]{0,60}"),
    ("new_window", r"(?:click|share|email|print|tweet|opens)\b[^\n()]{0,80}\(opens in (?:a )?new (?:window|tab)\)"),
    # rule wp_related_in: WordPress's related post's section under its headline: 'In "Africa"'
    ("wp_related_in", r"in [\"“][^\"”\n]{1,40}[\"”]"),
    ("wp_like", r"like this:?|like loading(?:\.{0,3}|…)|loading…"),
    ("join_channel", r"join (?:us|our)\b[^\n]{0,40}\b(?:channel|group|community|newsletter)s?\b[^\n]{0,60}"),
    ("briefing", r"get (?:our|the) [^\n]{0,40}\b(?:briefing|digest|alerts?)\b[^\n]{0,60}|enter your e-?mail(?: address)?[^\n]{0,40}"),
    ("paywall", r"(?:you have|you've) (?:reached|read|used) [^\n]{0,80}\barticles?\b[^\n]{0,80}|already (?:a subscriber|a member|have an account)\??[^\n]{0,40}|this (?:article|story|content) is (?:for|available to|exclusive to) (?:subscribers|members|premium)[^\n]{0,60}|subscribe to (?:continue|keep) reading[^\n]{0,60}"),
    ("support", r"support (?:independent |our |quality )?journalism[^\n]{0,80}|become a (?:member|subscriber|supporter)\b[^\n]{0,60}|donate(?: now| today)?|gift this (?:article|story)"),
    # comment sections
    ("leave_reply", r"leave a (?:reply|comment)(?: cancel reply)?|post a comment|add a comment|view comments|cancel reply"),
    ("email_notice", r"your email address will not be published\.?[^\n]{0,120}"),
    ("required_fields", r"required fields are marked ?\*?"),
    ("no_comments", r"no comments(?: yet)?\.?|be the first to comment\.?[^\n]{0,40}"),
    ("comment_count", r"(?:no tags ?|full (?:article|story) )?\d{1,6} comments?(?: \d{1,6})?|comments? ?\(\d{1,6}\)|comments?"
                      # rule comment_header_prompt: "Comments - share your knowledge and experience"
                      r"|comments\s?[-–—|]\s?(?:share|join|have|add|leave|tell) (?:your|us|the|in)\b[^\n.]{0,60}"),
    ("comments_not_from", r"the comments posted here are not from [^\n]{1,400}"),
    ("kindly_refrain", r"kindly refrain from [^\n]{1,300}"),
    ("save_my_name", r"save my name, email[^\n]{0,200}"),
    ("login_comment", r"(?:log|sign) in to (?:comment|reply)[^\n]{0,60}"),
    # rule member_to_comment: "Please note you must be a Harbour Insider to leave comments on this article."
    ("must_login", r"(?:please note,? )?you must be (?:logged|signed) in to (?:post a )?(?:comment|reply)\.?"
                   r"|(?:please note,? )?you (?:must|need to) be an? [^\n]{1,40}? to (?:leave|post|add|make) (?:a )?(?:comments?|repl(?:y|ies))(?: on this (?:article|story))?\.?"),
    ("comments_closed", r"comments are (?:closed|disabled|off)(?: for this (?:article|story|post))?\.?"),
    ("comment_ui", r"(?:show|view|load|read|hide|see) (?:all )?comments?(?: \(\d{1,6}\))?|join the (?:conversation|discussion)|please enable javascript to view the comments[^\n]{0,80}"),
    ("comment_form", r"(?:\d{1,6} )?repl(?:y|ies)(?: ↓)?|report|add (?:your|a) comment|post (?:a )?comment|sort by [^\n]{0,20}|(?:oldest|newest) first|what do you think\??|have your say|name|e-?mail|website|notify me of [^\n]{0,80}|δ|this site uses akismet[^\n]{0,120}|comments are moderated[^\n]{0,80}|make a comment|all fields (?:are )?required\.?|not to be published|commentar(?:y|ies)|captcha(?: challenge)?"),
    ("wp_chrome", r"like|liked by [^\n]{0,40}|reblog|follow|posted in [^\n.]{1,60}|(?:« ?)?previous(?: post)?|next(?: post)?(?: ?»)?|back to top ?↑?|(?:proudly )?powered by [^\n]{1,40}|theme(?: by|:) [^\n]{1,40}"),
    ("gallery_count", r"(?:(?:image|photo|slide|picture) )?\d{1,3} ?(?:of|/) ?\d{1,3}"),
    ("report_error", r"report (?:an error|a correction|a typo|this ad)"),
    ("no_tags", r"no tags\.?"),
    # rule hashtags: a row of hashtags ("#Norway #Fisheries"), its first mark stripped with the markdown
    ("hashtags", r"#?[^\W\d_][\w-]{0,40}(?:,?\s{1,3}#[^\W\d_][\w-]{0,40}){1,20}"),
    # site chrome
    ("exit_mobile", r"exit mobile version"),
    # a language switch of the site: "MercoPress, en Español", "Read in English", "Versión en español"
    ("language_switch", r"(?:[^\n,]{1,40},\s?)?(?:read |versi[oó]n |also )?(?:en espa[nñ]ol|in english|em portugu[eê]s|en fran[cç]ais|auf deutsch|in italiano|em ingl[eê]s|en ingl[eé]s)"),
    # rule language_list: the page's other languages after their label ("This page in: English | Français",
    # "Read this release in: Urdu , Hindi , Tamil"): one word each, two or more
    ("language_list", r"(?:this (?:page|article|story|release|post) (?:is )?(?:also )?(?:available )?in|read (?:this (?:page|article|story|release|post) )?in|(?:also )?available in)\s?:?\s?[^\W\d_]{2,20}(?:\s?[|,/]\s?[^\W\d_]{2,20}){1,12}"),
    ("flash", r"breaking(?: news)?|live(?: updates| blog)?|exclusive|developing(?: story)?|just in"),
    # rule live_page_chrome: a live page's controls and closing notice ("Refresh for latest updates",
    # "Show 12 earlier updates", "This blog is now closed.", "Share this live blog")
    ("live_page", r"(?:refresh|reload)(?: (?:the|this) page)? (?:for|to see) (?:the )?latest (?:updates|posts)|(?:show|see|load) (?:\d{1,4} )?(?:earlier|older|newer|new|more) (?:updates|posts|entries)"
                  r"|(?:this|the|our) (?:live )?(?:blog|live page|coverage) (?:is|has) (?:now )?(?:closed|ended)\.?|share this (?:live )?(?:blog|page|post)"),
    ("desk_credit", r"(?:by |our |from our |staff |special |senior |foreign |diplomatic |political |news ){0,3}(?:writer|reporter|correspondent)s?|(?:web|news|online|foreign|digital|city) desk|(?:with )?(?:agencies|staff|wire services|news agencies|agency staff|agency reporter)|(?:tnn|ians|pti|ani|afp|ap|reuters|dpa|xinhua) (?:&|and|with) agencies"),
    ("account", r"log ?in|log ?out|sign ?in|sign ?out|register|my account|create (?:an|a free) account[^\n]{0,40}"),
    ("footer_link", r"privacy(?: policy| notice)?|terms (?:of use|of service|and conditions|& conditions)|contact(?: us)?|about(?: us)?|sitemap|careers|advertise(?: with us)?|accessibility(?: statement)?"
                    # rule site_domain: the site's own domain as a link of its footer row ("gov.il", "gov.uk")
                    r"|[a-z0-9-]{2,30}\.(?:[a-z0-9-]{2,30}\.){0,2}[a-z]{2,6}"),
    ("ad_scroll", r"advertisements?\s?[-–—:|]?\s?(?:scroll (?:down )?to continue(?: reading| with content)?|continue reading below|story continues below)"),
    ("advertisement", r"advertisements?|advert|sponsored(?: content)?|promoted(?: content)?|ad"),
    ("breadcrumb", r"home\s?(?:»|›|>|/|\|)[^\n]{0,200}"),
    ("skip_to", r"skip to (?:main )?(?:content|navigation)"),
    ("nav", r"toggle navigation|main menu|menu|search|home|back to top|scroll to top|loading\.{0,3}"),
    ("continue_reading", r"(?:continue|keep) reading[^\n]{0,60}|story continues below(?: advertisement)?"),
    ("cookies", r"we use cookies\b[^\n]{0,300}|(?:accept|reject|allow|decline)(?: all)?(?: cookies)?|(?:this|our) (?:web)?site uses cookies[^\n]{0,300}|by (?:continuing to (?:use|browse)|using) (?:this|our|the) (?:web)?site\b[^\n]{0,250}|(?:cookie|privacy) (?:settings|preferences|policy|notice)|manage (?:cookies|preferences|consent)"),
    ("rights", r"all rights reserved\.?"),
    # rule licence_notice: a site's licence for its content ("All content is available under the Open
    # Government Licence v3.0, except where otherwise stated")
    ("licence_notice", r"(?:all )?(?:content|text|material)s? (?:on this (?:site|page|website) )?(?:is|are) (?:available|published|licensed) under (?:the |a )?[^\n]{1,80}licen[cs]e[^\n]{0,120}"),
    ("listen", r"listen to (?:this )?(?:article|story)[^\n]{0,40}|\d{1,3} min(?:ute)?s? read|reading time:?[^\n]{0,30}"),
    ("lists", r"trending(?: now)?|most (?:read|popular|viewed|shared|commented|watched)|popular (?:posts?|now)|you (?:may|might) also like[^\n]{0,20}|recommended(?: for you)?|top (?:stories|news)|latest (?:news|stories|headlines|videos?)|don[’']t miss|in case you missed it|editor[’']?s[’']? picks?|(?:more|other) (?:[a-z]+ )?(?:stories|news|articles)|more from [^\n.]{0,40}|(?:next|previous) (?:article|story|post)|load more|up next|what to read next|must read"),
    ("related", r"related(?: (?:articles?|posts?|stories|news|coverage|content|topics|reading|links))?:?"),
    ("counts", r"\d{1,7}(?:\.\d)?k? (?:shares?|views?|reads?)"),
    ("taxonomy", r"(?:tags?|tagged(?: with| as| in)?|filed under|categories|category|topics?)\s?:[^\n]{0,200}|filed under\s[^\n.]{1,80}"
                 # rule facet_label: a release's facets alone on a line ("Country: Bangladesh", "Sector: Energy")
                 r"|(?:country|countries|region|regions|sectors?|themes?|keywords?|subjects?|section)\s?:\s?[^\n.!?]{1,60}"),
    ("about_author", r"about the authors?(?::\s?[^\n]{0,400})?|more (?:articles )?(?:from|by) this (?:author|writer|reporter)"),
    # links to other stories
    ("read_more", r"(?:read more|also read|read also|see also|also see|related|recommended|more on this|watch|read|listen|top stories|most read|latest stories)(?:\s{0,3}(?::|\||>>|»)|\s{1,3}[-–—]\s)[^\n]{0,300}"),
    # rule catch_news_prompt: "(Catch all the Business News and Latest News Updates on The Ledger.)"
    ("catch_news_prompt", r"\(?catch (?:all |up on )?the (?:latest )?[^\n]{0,160}?\bnews\b[^\n]{0,160}?\.?\)?\.?"),
    ("read_more_bare", r"read more\.{0,3}|read more (?:with|at|from) [\w.&'’ -]{1,40}|full (?:article|story)|read (?:the )?(?:full|original|whole) (?:story|article|report)[^\n]{0,60}|for (?:the )?(?:full|original|whole|complete) (?:story|article|report)[^\n]{0,80}"),
    # a wire credit naming agencies by their acronyms: "* With AFP and AP", "With Reuters"
    ("with_wires", r"\*?\s?with (?:(?-i:[A-Z]{2,8})|reuters)(?:(?:,| and| &) (?:(?-i:[A-Z]{2,8})|reuters)){0,4}\.?"),
    # photo credits and captions
    ("photo_credit", r"(?:file )?(?:photos?|images?|pictures?|pics?|pictured|photograph|illustration|graphic|video|caption)(?: source| credits?)?(?:\s{0,3}(?::|/|\|)|\s{1,3}(?:by|[-–—])\s)[^\n]{0,200}"),
    ("file_photo", r"(?:file )?photo|file (?:image|picture)|representational (?:image|photo)|representative (?:image|photo)"
                   # rule illustrative_image: "Image for illustrative purpose", "For representation purposes only"
                   r"|(?:(?:image|photo|picture)s? (?:is )?)?(?:used )?for (?:illustrative|illustration|representation(?:al)?) purposes?(?: only)?\.?"),
    ("credit_paren", r"\((?:file )?(?:photos?|images?|pictures?|credit)\b[^()\n]{0,200}\)"),
    ("inputs_from", r"[(\[]?with (?:[a-z&]{2,12} ){1,3}inputs?[)\]]?\.?|[(\[](?:with )?(?:additional )?inputs? from [^\n()]{1,80}[)\]]\.?|(?:with )?(?:additional )?inputs? from [^\n.]{1,60}|edited by:? [^\n,]{1,60}|\[edited by:? [^\n,\]]{1,60}\]"),
    ("media_id", r"(?:image|photo|asset|media|video) id:?\s?[\w-]{1,40}"),
    ("bare_number", r"\d{1,6}"),
    ("duration", r"\d{1,2}:\d{2}(?::\d{2})?"),
    ("relative_time", r"(?:(?:last )?updated|posted|published)?:?\s?(?:\d{1,3}|an?) (?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?) ago"),
    ("time_stamp", r"(?:last )?(?:updated|posted|published):?\s?(?:at\s)?\d{1,2}[:.]\d{2}\s?(?:[ap]\.?m\.?)?(?:\s?[a-z]{2,4})?"),
    ("release_label", r"(?:[^\W\d_]{1,20}(?: [^\W\d_]{1,20}){0,2} ?/ ?)?(?:press|media|news) releases?(?: ?(?:no\.?|#) ?\d{1,6})?|(?:joint |official )?(?:press )?statement|for immediate release|end"),
    ("distributed_by", r"(?:distributed|syndicated|supplied) by [^\n]{1,80}"),
    ("release_id", r"[(\[]?(?:press )?(?:release|story|article|news|document|ref(?:erence)?) (?:id|no\.?|number)\s?:?\s?[\w/.-]{1,24}[)\]]?\.?"),
    # (rule desk_initials_double: "RJP // VM", initials parted by a double slash as some wires print them)
    ("desk_initials", r"(?-i:[A-Z]{1,4}(?:\s?/{1,2}\s?[A-Z]{1,4}){1,4})"),
    # rule wire_slug: an agency's routing codes closing its copy ("dpa xy yyzz a3 ama", "EFE ab/cd/ef"):
    # the wire's tag, then two to six codes of one to four letters or digits, no word of prose
    ("wire_slug", r"(?-i:(?:dpa|apa|afp|efe|ansa|kna|sda|ats|tt|ntb|ritzau|stt|pap|ctk|mti|hina|sta|bta|anp|belga|EFE|AFP|APA|ANSA|DPA) (?:(?:[a-z0-9]{1,4} ){1,5}[a-z0-9]{1,4}|[a-z]{1,4}(?:/[a-z]{1,4}){1,5}))"),
    # rule desk_slug: a wire desk's initials in lower case closing the copy ("jd/kp/lm")
    ("desk_slug", r"(?:bur[-/])?[a-z]{1,4}(?:-[a-z]{1,4})?(?:/[a-z]{1,4}(?:-[a-z]{1,4})?){1,5}"),
    # rule desk_slug_spaced: a desk's initials in lower case, spaced ("ks tm", "bur ab"): no words
    # of the story are two or three lower-case letters alone on a line
    ("desk_slug_spaced", r"(?-i:[a-z]{2,3} [a-z]{2,3})"),
    ("sign_off", r"\((?:end|ends|enditem)\)|[-–—=]{0,3}\s?(?:ends|enditem(?:/[a-z]{1,4})?|end of story)\s?[-–—=]{0,3}|[-–—=]{1,3}\s?end\s?[-–—=]{1,3}|={2,}\s?[a-z]{2,20}|-{0,2}\s?30\s?-{0,2}|#{3,}|\*{3,}|(?:[-–—]\s?){3,}"),
    ("credit", r"(?:image |photo )?credits?\s{0,3}:[^\n]{0,200}"),
    ("caption_label", r"(?:image|media|video|photo) (?:caption|source),\s?[^\n]{0,300}"),
    # stray ids, file names and bare links
    ("uuid", r"[0-9a-f]{8}[ -]?[0-9a-f]{4}[ -]?[0-9a-f]{4}[ -]?[0-9a-f]{4}[ -]?[0-9a-f]{12}"),
    ("hex_id", r"(?=[0-9a-f -]{0,120}\d)(?=[0-9a-f -]{0,120}[a-f])[0-9a-f]{8,64}(?:[ _-][0-9a-f]{2,64}){0,7}"),
    ("image_file", r"[\w.~-]{1,120}\.(?:jpe?g|png|gif|webp|svg|bmp|tiff?|heic|avif|mp4|mov)|img[_-]?\d{1,12}[^\n]{0,20}"),
    ("url_field", r"(?:url|link|permalink|canonical(?: url)?)\s?:\s{0,3}[^\s]{1,2000}"),
    ("bare_url", r"(?:(?:https?://|www\.|pic\.twitter\.com/)[^\s]{1,2000}\s{0,3}){1,8}"),
    # wire-service footers
    ("wire_footer", r"\(?(?:additional )?(?:reporting|writing|editing|compiled|translated) by (?-i:[A-Z][\w'’.-]{0,30})(?:\s(?:(?-i:[A-Z][\w'’.-]{0,30})|and|in|&)){0,8}(?:[;,]\s?[^\n]{0,300})?\)?\.?"),
    ("bare_by", r"by:?"),
    # rule desk_credit_line: "Editor: Li Wei", "Translated by: Ana Cruz": the desk's staff, no byline
    ("desk_staff", r"(?:editor|edited by|translator|translated by|compiled by|producer|produced by)\s?:\s?(?-i:[A-Z][\w'’.-]{0,25})(?: (?-i:[A-Z][\w'’.-]{0,25})){0,3}\.?"),
    # rule staff_byline: "Written by Harbour Times staff": an outlet's staff, no person to name
    ("staff_byline", r"(?:(?:written|story|posted|reported) )?by:? (?:the )?(?-i:[A-Z][\w'’&.-]{0,30})(?: (?-i:[A-Z][\w'’&.-]{0,30})){0,5} staff(?: writers?| reporters?)?\.?"),
    # rule more_in_section: "More In World News", "More from Politics": a link to a section of the site
    ("more_in_section", r"more (?:in|from) (?-i:[A-Z][\w&'’-]{0,20})(?: (?-i:[A-Z&][\w&'’-]{0,20})){0,3}"),
    # rule currency_note: a wire's conversion note under the figures ("($1 = 0.9210 euros)")
    # rule production_credit: a wire video's or story's crew in brackets ("(Production: Jane Doe)")
    ("production_credit", r"\((?:production|produced by|video(?: by)?|camera|graphics?(?: by)?|photos? by|writing by|compiled by)\s?:?\s[^()\n]{1,120}\)\.?"),
    # rule syndicated_feed: an aggregator's note that it ran the copy unedited from a feed
    ("syndicated_feed", r"(?:disclaimer\s?:\s?)?\(?(?:except for the headline, )?this (?:story|article|report|news|copy) has not been edited by [^\n]{1,200}"
                        r"|(?:disclaimer\s?:\s?)?\(?(?:this|the) (?:story|article|report) (?:is|was|has been) (?:auto-?generated|published) from an? (?:syndicated|agency|wire) (?:feed|copy)[^\n]{0,120}"
                        r"|\(?only the headline of this (?:story|article|report|copy) may have been (?:reworked|edited) by [^\n]{1,240}"),
    # rule contact_email: "Please contact info@example.com for assistance.": the page's contact line
    ("contact_email", r"(?:please )?(?:contact|e-?mail|write to|reach)(?: us)?(?: at| on)? [\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}(?: (?:for|with|if) [^\n]{1,80})?\.?"),
    ("currency_note", r"\((?:[$€£¥]\s?1|1 [a-z]{2,12}|[a-z]{1,3}\$\s?1) = [$€£¥]?\s?[\d.,]{1,12}(?: [a-z][a-z .'’-]{0,30})?\)"),
    ("copyright", r"(?:©|ⓒ|\(c\)|copyright\s?(?:©|ⓒ|\(c\)|\d{4}))[^\n]{0,200}|copyright(?-i:\s[A-Z][\w&.'’-]{0,30}){1,6}(?:,\s?(?:19|20)\d{2})?\.?(?:\s?all rights reserved\.?)?"),
]

# A short line (up to MAX_PROMPT_LINE) containing one of these (lower case) is a prompt or a
# credit of the page, not the story's prose.
PROMPT_MARKERS: tuple[str, ...] = (
    "to your inbox", "in your inbox", "into your inbox", "opens in new window", "enable javascript",
    "originally published by", "originally appeared", "this article was originally published", "this story was originally published", "this article first appeared", "this story first appeared", "first published by", "this article was first published", "this story was first published", "first appeared in", "first appeared on", "trust principles", "this article is republished",
    # rule live_closed: a live page's closing notice; rule podcast_prompt: a podcast's listening prompt
    "live coverage has ended", "live coverage has now ended", "live blog has ended", "live blog is now closed", "live blog has now closed", "wherever you get your podcasts",

)  # fmt: skip
MAX_PROMPT_LINE = 160

# A short line (up to MAX_CAPTION_LINE) containing one of these (lower case) is a photo
# caption or credit.
CAPTION_MARKERS: tuple[str, ...] = (
    "getty images", "shutterstock", "istock", "ap photo/", "reuters/", "afp photo", "epa-efe",
)  # fmt: skip
MAX_CAPTION_LINE = 300

# Lines after which the rest of a page is comments and chrome (the article has ended).
TAIL_CUT = re.compile(
    r"leave a (?:reply|comment)(?: cancel reply)?|post a comment|\d{0,6} ?comments?|comments? \(\d{1,6}\)|"
    r"related (?:articles|posts|stories|news)|you (?:may|might) also like|tags|topics|related topics|more on these topics",
    re.IGNORECASE,
)


# Patterns with a case-sensitive part ("(?-i:[A-Z]...)" for names) run on the line as written;
# the others run, faster, without IGNORECASE on the line in lower case.
_CASED = re.compile("|".join(f"(?:{rx})" for _, rx in LINE_PATTERNS if "(?-i:" in rx), re.IGNORECASE)
_LOWER_PATTERNS = [rx for _, rx in LINE_PATTERNS if "(?-i:" not in rx]
_LOWER = re.compile("|".join(f"(?:{rx})" for rx in _LOWER_PATTERNS))


def _max_width(rx: str) -> int:
    """The most characters ``rx`` can match: bounded, since every pattern repeats boundedly."""
    return _parser.parse(rx).getwidth()[1]


# Most lines that reach the patterns are prose longer than LONG_LINE, and few patterns can
# match that many characters: such a line is tried against those alone (the lower-case and the
# cased ones each). The answer is the same (a whole-line match needs a pattern that long) and
# comes sooner.
LONG_LINE = 160
_LONG = re.compile("|".join(f"(?:{rx})" for rx in _LOWER_PATTERNS if _max_width(rx) > LONG_LINE))
_CASED_LONG = re.compile(
    "|".join(f"(?:{rx})" for _, rx in LINE_PATTERNS if "(?-i:" in rx and _max_width(rx) > LONG_LINE), re.IGNORECASE
)


def _matches_pattern(line: str, low: str) -> bool:
    """Whether ``line`` (``low`` is ``line.lower()``) is one of the patterns in full, or the
    site's chrome (``chrome``: gated by its first word, so it is not in the alternations above)."""
    rx = _LONG if len(low) > LONG_LINE else _LOWER
    cased = _CASED_LONG if len(line) > LONG_LINE else _CASED
    return rx.fullmatch(low) is not None or cased.fullmatch(line) is not None or is_chrome(line, low)


LINE_PATTERNS.extend(CHROME_PATTERNS)  # named for ``which_boilerplate``; matched by ``is_chrome``
_URL_START = ("http://", "https://", "www.", "pic.twitter.com/")

# A row of links ("Share on Kakao | Share on Facebook | Copy link", "About · Contact · Privacy")
# is boilerplate when every item is a whole pattern above.
_ROW_SPLIT = re.compile(r"\s{0,3}[|·•]\s{0,3}")
MAX_ROW_ITEMS = 12
# A caption ends with a credit in brackets: "Leaders at the summit. (File photo)", "(Photo: AFP)".
_CAPTION_TAIL = re.compile(
    r"\((?:file |ap |afp |reuters |epa )?(?:photos?|images?|pictures?|photograph|credit)\b[^()\n]{0,120}\)\.?",
    re.IGNORECASE,
)


def _bare(line: str) -> str:
    """The line without markdown marks."""
    return line.strip().strip("*_#> ").strip()


def _unsymbolled(bare: str) -> str | None:
    """Rule lead_symbol: a line opened by arrows or emoji ("➤ Click here ...", "👉 Join ...")
    without them, tried when the line as written is no furniture; None for a line opening with
    a letter, a digit or a copyright sign (nearly every line: one test)."""
    if not bare or bare[0].isalnum() or bare[0] in "©ⓒ®" or unicodedata.category(bare[0]) not in ("So", "Sm"):
        return None
    rest = bare.lstrip(_LEAD_SYMBOLS + "".join(c for c in bare[:4] if unicodedata.category(c) == "So")).strip()
    return rest if rest and rest != bare else None


_LEAD_SYMBOLS = "→⇒\ufe0f "


def is_boilerplate(line: str) -> bool:
    """True when the whole (stripped) line is page furniture."""
    bare = _bare(line)
    if _boilerplate(bare, None):
        return True
    rest = _unsymbolled(bare)
    return rest is not None and _boilerplate(rest, None)


def is_furniture(line: str, low: str | None = None) -> bool:
    """``is_boilerplate``, a player's message or a reader prompt: the body's furniture test,
    the line lower-cased once for all three (most lines are prose, which all three read);
    ``low`` is ``line.lower()`` when the caller has it."""
    bare = _bare(line)
    if len(line) > MAX_BOILERPLATE_LINE:  # too long for a player's message or a prompt
        return _boilerplate(bare, None)
    if low is None:
        low = line.lower()
    if _boilerplate(bare, low if bare == line else None) or is_player_chrome(line, low) or is_reader_prompt(line, low):
        return True
    rest = _unsymbolled(bare)
    return rest is not None and is_furniture(rest)


def _boilerplate(line: str, low: str | None) -> bool:
    """``is_boilerplate`` of a stripped line; ``low`` is ``line.lower()`` when known."""
    if not line:
        return True
    if len(line) > MAX_BOILERPLATE_LINE:
        return line.startswith(_URL_START) and " " not in line or ("•" in line or " | " in line) and is_headline_ticker(line)
    if low is None:
        low = line.lower()
    if _matches_pattern(line, low) or ("•" in line or " | " in line) and is_headline_ticker(line):
        return True
    if len(line) > MAX_CAPTION_LINE:
        return False
    if "/" in line and is_desk_names(line) or " #" in line and is_hashtag_row(line):
        return True
    return _has_caption_marker(line, low) or _is_caption(line) or _is_row(line) or _is_stray_id(line)


# A stray asset id is one token of letters, digits and _-. with at least this many digits
# ("GettyImages-1234567890", "AP24067123456789", "2024-03-07T104512Z_1_LYNXMPEK2607B_RTROPTP").
MIN_ID_DIGITS = 4
MIN_ID_LENGTH = 8
_ID_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-.*#")


def _is_stray_id(line: str) -> bool:
    if len(line) < MIN_ID_LENGTH or " " in line:
        return False
    return sum(map(str.isdigit, line)) >= MIN_ID_DIGITS and _ID_CHARS.issuperset(line)


def _is_caption(line: str) -> bool:
    """A line closed by a bracketed photo credit."""
    if not line.endswith((")", ").")):
        return False
    start = line.rfind("(")
    return start > 0 and _CAPTION_TAIL.fullmatch(line, start) is not None


def _is_row(line: str) -> bool:
    """A row of share links or site links, each item boilerplate on its own."""
    if "|" not in line and "·" not in line and "•" not in line:
        return False
    parts = _ROW_SPLIT.split(line, maxsplit=MAX_ROW_ITEMS)
    if len(parts) < 2 or len(parts) > MAX_ROW_ITEMS:
        return False
    return all(
        not p or _matches_pattern(p, p.lower()) for p in parts
    )


def _has_caption_marker(line: str, low: str) -> bool:
    """Whether ``line`` (``low`` is ``line.lower()``) holds a caption or prompt marker, or is a
    credit of the desk ("AFP contributed to this report.") or a Trust Project notice."""
    for marker in CAPTION_MARKERS:  # a plain loop: no generator to set up for each line
        if marker in low:
            return True
    if "only a portion of the news" in low:
        return True  # rule partial_feed_notice: a wire's note that its site shows part of its service
    if len(line) <= MAX_PROMPT_LINE:
        for marker in PROMPT_MARKERS:
            if marker in low:
                return True
        if "contributed" in low:  # rule contributed_credit: one scan, then the pattern
            return _CONTRIBUTED.search(low) is not None
        return "trust project" in low and _TRUST_PROJECT.search(low) is not None
    return False


_CONTRIBUTED = re.compile(r"contributed (?:to this (?:report|story|article)|reporting)")
_TRUST_PROJECT = re.compile(r"(?:part|member) of the trust project")


def which_boilerplate(line: str) -> str | None:
    """The name of the first pattern a line matches (for tests and debugging)."""
    line = line.strip().strip("*_#>➤►▶ ").strip()
    for name, rx in LINE_PATTERNS:
        if re.fullmatch(rx, line, re.IGNORECASE):
            return name
    if len(line) <= MAX_CAPTION_LINE and _has_caption_marker(line, line.lower()):
        return "caption_marker"
    if len(line) <= MAX_CAPTION_LINE and _is_caption(line):
        return "caption_credit"
    if len(line) <= MAX_CAPTION_LINE and _is_row(line):
        return "link_row"
    if len(line) <= MAX_CAPTION_LINE and _is_stray_id(line):
        return "stray_id"
    if is_desk_names(line):
        return "desk_names"
    return None


def is_tail_cut(line: str) -> bool:
    """True for a line that starts the comments/related-links tail of a page."""
    line = line.strip().strip("*_#>➤►▶ ").strip()
    return len(line) <= 80 and TAIL_CUT.fullmatch(line) is not None


def strip_trailing_urls(line: str) -> str:
    """The line without bare links at its end ("... near Taiwan. https://t.co/x" -> "... Taiwan.")."""
    while True:
        line = line.rstrip()
        space = line.rfind(" ")  # the last word is tested in place: the line is not copied
        if space < 0 or not line.startswith(_URL_START, space + 1):
            return line
        line = line[:space]
