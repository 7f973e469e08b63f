"""Site chrome: the lines a page copy brings along that are neither story nor notes.

Navigation bars, site names, "Log In", reader counts ("214 notes", "3.1K reads"), comment
links, LiveJournal cut tags and mood lines, mailing-list headers and footers. Each rule is
about how a site frames a story, never about a story's own words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from fic2epub.lazy_re import lazy
from fic2epub.normalise.blog import blog_chrome, without_comment_count
from fic2epub.normalise.chrome_i18n import is_foreign_chrome
from fic2epub.normalise.chunks import Chunk
from fic2epub.normalise.fields import rating_or_pairing
from fic2epub.normalise.nav_links import is_bracketed_nav_link, is_run_together_links
from fic2epub.normalise.page_footers import page_footer
from fic2epub.normalise.patterns import FFN_MOBILE_PAGER, same_text
from fic2epub.normalise.social import is_social_chrome
from fic2epub.normalise.tumblr import is_image_description, is_tumblr_chrome

# Whole lines that sites print around a story.
_CHROME_LINE = lazy(
    r"(?:log\s*in|sign\s*up|sign\s+in|site\s+navigation|fandoms|browse|search|about|actions"
    r"|entire\s+work|share|download|work\s+header|follow(?:ing)?|unfollow|comments?|reply"
    r"|add\s+a\s+comment\.*|\(?leave\s+a\s+comment\)?|\(?post\s+a\s+new\s+comment\)?|read\s+more\.*"
    # Tumblr's link under a post's cut, in place of the hidden text: "Keep reading".
    r"|keep\s+reading"
    # eFiction's link under each chapter of its all-chapters page: "Back to index".
    r"|back\s+to\s+(?:the\s+)?(?:story\s+)?index"
    # Wattpad's story page: the button under its table of contents.
    r"|start\s+reading"
    r"|continue\s+reading(?:\s+next\s+part)?|time\s+\d+h(?:\s+\d+m)?"
    r"|\(\s*read\s+more\.*\s*\)|</?(?:lj-)?cut\b[^>]*>|more\s+from\s+\S.{0,40}|chapter\s+index"
    # An export's link back to its contents list is FicHub's "chapter list".
    r"|(?:chapter\s+(?:select(?:ion)?|navigation|menu|list)|(?:select|jump\s+to)\s+(?:a\s+)?chapter)"
    r"(?:\s+list)?\s*:?"
    # FanFiction.Net's old review box under a chapter: "Review this Story/Chapter".
    r"|review\s+this\s+(?:story|chapter)(?:\s*/\s*(?:story|chapter))?|submit\s+review"
    # Rule ``ffn-alert-links``: the old layout's links under the stats line, one or more of
    # "Add Story Alert - Add Author Alert - Add Story to Favorites - Add Author to Favorites",
    # or in its other wording "Add Favorite Story - Add Favorite Author"; the 2010 layout
    # ends its row on a bare "Add to Favorites". Its 2008 buttons, copied one to a line, lack
    # the "Add": "Story Alert", "Author Alert", "Favorite Story", "Favorite Author".
    r"|(?:(?:(?:add\s+)?(?:story|author)\s+alert|(?:add\s+)?favou?rite\s+(?:story|author)"
    r"|add\s+(?:(?:story|author)\s+)?to\s+favou?rites)"
    r"(?:\s*[-–|·]\s*|$))+"
    r"|chapter\s+text|work\s+text:?|review|(?:write|leave|post)\s+a\s+review|kudos|bookmark|subscribe|back\s+to\s+top|home"
    # AO3's work buttons in its Actions bar: "Kudos ♥", "Mark for Later".
    r"|kudos\s*[♥❤]|mark\s+for\s+later"
    r"|table\s+of\s+contents?|next\s+chapter|previous\s+chapter"
    # Rule ``tth-end-line``: Twisting the Hellmouth's line under a story's last chapter,
    # 'You have reached the end of "Title". This story is complete.' (or '"Title" – this
    # story is complete.', or '… – so far. This story is incomplete and the last chapter
    # was posted on …'). Only with the quoted title or "this story", so "You have reached
    # the end of the road." stays prose.
    r"|you\s+have\s+reached\s+the\s+end\s+of\s+(?:\"[^\"]{1,120}\"|“[^”]{1,120}”|this\s+story)"
    r"(?:\s*[-–—,]\s*so\s+far)?\s*[.!]?(?:\s*[-–—,]?\s+this\s+story\s+is\s+[^.!?]{1,120}[.!]?)?"
    # Rule ``printer-friendly-line``: an archive's print view names itself on a line of its
    # own, under the site's banner: "Printer Friendly Version", "Printable Version".
    r"|printer[\s-]*friendly(?:\s+(?:version|page|format|view))?|printable\s+(?:version|page)"
    # Royal Road's first button above and under each chapter, back to the story's page.
    r"|fiction\s+page"
    # eFiction's font-size control and report link: "- Text Size +", "[Report This]".
    r"|[-–]\s*text\s+size\s*\+|\[?\s*report\s+this\s*\]?"
    # Rule ``efiction-reviews-link``: eFiction's link to a story's reviews on a line of its
    # own under "Title by Author": "[Reviews - 5]". Only in its brackets with a count.
    r"|\[\s*reviews?\s*[-–:]\s*\d{1,6}\s*\]"
    # Rule ``ffn-text-size``: FanFiction.Net's old font and width controls above the text,
    # "Text Size: 50% 75% 100% 125% 150%" (2010), "Text Size: + -   Story Text: Full ¾ ½".
    r"|text\s+size\s*:(?:\s*(?:\d{2,3}\s*%|[+\-–]))+"
    r"(?:\s*story\s+text\s*:(?:\s*(?:full|[¾½¼]))+)?"
    # A pager's position under its links: "(Chapter 1 of 2)". Only in brackets, as a bare
    # "Chapter 1 of 2" may be the author's heading.
    r"|\(\s*chapter\s+\d{1,3}\s+of\s+\d{1,3}\s*\)"
    # AO3's buttons that switch a work page between its whole text and one chapter, and
    # the link back up from under the text: "Chapter by Chapter", "Top of Work".
    r"|chapter\s+by\s+chapter|top\s+of\s+work"
    # AO3's chapter navigation with its arrows: "← Previous Chapter", "Next Chapter →", "↑ Top".
    r"|←\s*previous\s+chapter|next\s+chapter\s*→|↑\s*top"
    # A pager's links, also to a story's parts: "<< Previous Part", "Next Part >>"; Quotev's
    # single guillemets: "‹ Previous Chapter", "Next Chapter ›"; both buttons copied as one
    # line, as a forum's threadmark bar gives them: "Prev Next".
    r"|[«‹<]*\s*prev(?:ious)?(?:\s+(?:chapter|part))?\s*[»›>]*"
    r"(?:\s+next(?:\s+(?:chapter|part))?\s*[»›>]*)?"
    r"|[«‹<]*\s*next(?:\s+(?:chapter|part))?\s*[»›>]+"
    # Rule ``continue-to-link``: a serial's link under a chapter post to the next one,
    # "Continue to Chapter 4: The Harbour →"; only with its arrow, so a sentence never matches.
    r"|(?:continue|go\s+on|read\s+on)\s+to\s+(?:the\s+next\s+)?(?:chapter|part|post)\b"
    r"[^.!?]{0,80}?\s*(?:→|»|>>)"
    # FFN's mobile pager, around the chapter's place in the story: "Ch 1 of 3 Next »".
    r"|"
    + FFN_MOBILE_PAGER
    # Rule ``mobile-review-pager``: the same pages' buttons under the text, the review link
    # between the arrows, copied with single spaces: "« Prev Review" on the last chapter,
    # "Review Next »" on the first, "« Prev Review Next »" between. Only with an arrow.
    + r"|[«<]+\s*prev(?:ious)?\s+review(?:\s+next\s*[»>]+)?|review\s+next\s*[»>]+"
    r"|yahoo!?\s+groups\s+links|<\*>.*|kudos\s*\(\d+\)|comments\s*\(\d+\)"
    # A web page's sign-in prompt for new visitors: "New User? Sign Up".
    r"|new\s+user\?\s*(?:sign\s+up|register)"
    # A site's menu button inviting visitors in: "Sign Up Free", "Sign up for free", "Join
    # now" (a bare "Join" may be a story's one-word line).
    r"|(?:sign\s*up|join|register)\s+(?:(?:for\s+)?free|now)!?"
    r"|skip\s+header|skip\s+to\s+(?:main\s+)?content|\[?\s*skip\s+to\s+(?:the\s+)?story\s*\]?"
    # Twisting the Hellmouth's story tabs, copied run together or spaced.
    r"|story\s*reviews\s*statistics(?:\s*related(?:\s*stories)?)?(?:\s*tracking)?|search\s+works|work\s+search:?|desktop/tablet\s+mode.*|(?:fanfiction\s+)?mobile\s+edition|"
    # Rule ``desktop-edition-link``: a mobile page's link to the full site at its foot,
    # alone on its line: "Desktop Edition", "Desktop Mode", "Desktop version".
    r"desktop\s+(?:edition|mode|version|site)|.*\byahoo!?\s+groups\s+sponsor\b.*"
    r"|post\s+comment|footer|about\s+the\s+archive|site\s+map|all\s+fields\s+are\s+required.*"
    r"|.{0,200}\bleft\s+kudos\s+on\s+this\s+work!?"
    r"|(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    r"|page\s+\d+(?:\s+of\s+\d+)?|\[?\s*community\s+profile\s*\]\s*\S+|entry\s+tags\s*:.*"
    r"|quote|like|likes|report|click\s+to\s+expand\.*|threadmarks?|reader\s+mode|\(edited\)"
    r"|follow\s*/\s*fav|favou?rite|post\s+review\s+as\s+guest|reblogs?"
    # Rule ``free-host-footer``: a free host's bar at the page's foot, "Get your own free
    # website at Tripod", which may follow the host's name and run on to its network's,
    # spaced wide ("Tripod   Get your own free website at Tripod   Lycos Network").
    r"|(?:[\w.!]+(?:\s[\w.!]+)?\s{2,})?get\s+your\s+own\s+free.*"
    r"|you\s+are\s+visitor\s+(?:number|no\.?)\s*\d+|\[\s*\w+\s*\]"
    # AO3's plea under a download, and an OTW-software clone's with its own name in it:
    # "Please drop by the SquidgeWorld Archive and comment to let the creators know …".
    r"|please\s+drop\s+by\s+the\s+(?:[\w'’.-]+\s+){0,3}archive(?:\s+of\s+our\s+own)?"
    r"\s+and\s+comment.*|microsoft\s+word\s*[-–—].*"
    r"|\S+\.(?:docx?|odt|rtf|pdf|txt)|[\w-]+(?:\.[\w-]+)*\.(?:com|net|org|de|fr|co\.uk|livejournal\.com)"
    # A free host's line under every page: "This page hosted FREE by Angelfire".
    r"|this\s+(?:page|site)\s+(?:is\s+)?hosted\s+(?:(?:for\s+)?free\s+)?by\s+.{1,80}|entry\s+tags\s*:.*"
    # Rule ``free-host-banner``: the host's own line at the top or foot of the page, bare:
    # "hosted by Tripod", "Hosted FREE by Angelfire". Only a free host's name, so a line of a
    # story ("hosted by the Duke") is never framing.
    r"|(?:page\s+)?hosted\s+(?:(?:for\s+)?free\s+)?by\s+"
    r"(?:tripod|angelfire|geocities|lycos|freewebs|webs\.com|bravenet|fortunecities)\.?"
    # Rule ``view-on-web-line``: a newsletter e-mail's first line, its link to the post's
    # page: "View this post on the web at https://…", "View in browser".
    r"|view\s+(?:this\s+(?:post|e-?mail|issue)|it|online|in\s+(?:your\s+|a\s+)?browser)"
    r"(?:\s+(?:on\s+the\s+web|online|in\s+(?:your\s+|a\s+)?browser))?(?:\s+at\s+\S+)?"
    # Rule ``newsletter-button-link``: a newsletter mail's buttons as its plain-text part
    # prints them, the label and its address in brackets: "Subscribe now [ https://… ]",
    # "Share [ https://… ]", "Leave a comment [ https://… ]"; and its "Unsubscribe" link.
    r"|(?:subscribe(?:\s+now)?|share|leave\s+a\s+comment|like|comment|restack|upgrade\s+to\s+paid"
    r"|read\s+in\s+app|get\s+the\s+app|give\s+a\s+gift\s+subscription)\s*\[\s*https?://\S+\s*\]"
    r"|unsubscribe(?:\s+(?:here|https?://\S+))?"
    # Rule ``become-member-button``: a creator page's join button, "Become a member",
    # "Become a patron" (Patreon), alone on its line.
    r"|become\s+a\s+(?:paid\s+)?(?:member|patron|supporter)!?"
    # Rule ``under-construction-sign``: an old home page's sign, "[UNDER CONSTRUCTION]" (an
    # animated picture's alt text), "This site is under construction!". Only in brackets or
    # naming the site or page, so a story's building site is never framing.
    r"|\[\s*(?:(?:site|page)\s+)?under\s+construction!*\s*\]"
    r"|(?:this\s+)?(?:site|page)\s+(?:is\s+)?(?:still\s+)?under\s+construction!*"
    # A webring's bar: "This Dickens Fan Fiction Ring site is owned by Pip."
    r"|this\s+(?:[\w'’&-]+\s+){0,8}(?:web\s?)?ring\s+site\s+is\s+owned\s+by\s+.{1,60}"
    # Rule ``webring-member-line``: the bar's other wording, "This site is a member of the
    # Harbour Tales Webring"; only a site or page that is a member of a ring.
    r"|this\s+(?:site|page|home\s*page)\s+is\s+(?:a\s+)?(?:proud\s+)?member\s+of\s+"
    r"(?:the\s+)?(?:[\w'’&-]+\s+){0,8}(?:web\s?ring|ring)!?\.?"
    r"|\S+\s+(?:\(\S+\)\s+)?wrote\s+in\s+.{1,80}|\S+\s+wrote\s*,?\s+@\s*.{0,40}"
    # A journal post's comment links: "( 3 comments — Reply )", "( Reply )".
    r"|\(\s*(?:\d+\s+comments?|reply|read\s+comments|comment)"
    r"(?:\s*[—–|-]\s*(?:reply|\d+\s+comments?|link|thread))*\s*\)"
    # Archive and blog software signing the page: "This story archive is powered by
    # eFiction 3.5.3.", "Powered by Blogger." Only known software, so no sentence matches.
    r"|(?:(?:this\s+(?:story\s+)?(?:archive|site|blog|forum)|[\w'’&]+(?:\s+[\w'’&]+){0,5})"
    r"\s+is\s+)?powered\s+by\s+"
    r"(?:efiction|wordpress|blogger|phpbb|vbulletin|xenforo|invision|mybb|smf|drupal"
    # The LiveJournal clones' footer: "JournalFen is powered by LiveJournal open-source code."
    r"|livejournal|dreamwidth)"
    r"(?:\s+v?\d[\d.]*)?(?:\s+(?:open[\s-]?source\s+)?(?:code|software|server))?\.?"
    # eFiction's print view signs off with the story's address: "This story archived at
    # http://…/viewstory.php?sid=12".
    r"|this\s+story\s+(?:is\s+)?archived\s+at\s*:?\s+\S{1,200}"
    # Rule ``skin-credit``: an archive skin's credit at the page's foot, "Skin "Birchbark"
    # designed by name", "Skin designed by Name". Only "skin" with its name in quotes, or
    # "Skin designed by" and a name that is no lower-case prose (capitalised words, or a
    # handle with "_" or a digit): "Skin by skin", "Skin made by hand" and "Skin created by
    # magic." are prose.
    r"|skin\s+(?:[\"“][^\"”]{1,40}[\"”]\s+(?:(?:designed|created|made)\s+)?by\s+[\w.-]+"
    r"(?:\s+[\w.-]+)?|designed\s+by\s+(?-i:[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?|[\w.-]*[_\d][\w.-]*))"
    # An old home page's footer: "Last updated 14 May 2003. Best viewed in 800x600."
    r"|(?:last\s+(?:updated|modified)\s*:?\s+[\w ,/.-]{4,30}?\.\s*)?best\s+viewed\s+"
    r"(?:in|with|at|using)\s+[\w .,/-]{2,60}?[.!]?"
    # Rule ``crosspost-line``: a journal post's note of the other places it went up,
    # "x-posted to comm_name", "Cross-posted to AO3 and ff.net", "xposted: comm_a, comm_b".
    # One clause only: a sentence running on after a full stop is the author's own.
    r"|(?:x|cross)[\s-]?post(?:ed)?(?:\s+(?:to|at|on|in)\b|\s*:)(?:(?![.!?]\s).){1,100}"
    # A Mailman list archive's line under each message.
    r"|more\s+information\s+about\s+the\s+\S+(?:\s+\S+){0,3}\s+mailing\s+list"
    # Wattpad's placeholder for a picture it hid: "Oops! This image does not follow our
    # content guidelines. To continue publishing, please remove it or upload …".
    r"|(?:oops!?\s+)?this\s+image\s+does\s+not\s+follow\s+our\s+content\s+guidelines\b.{0,160}"
    # FanFicFare's last line in its TXT output.
    r"|end\s+file\."
    # Asianfanfics' call under a story: "Like this story? Give it an upvote!"
    r"|(?:like|enjoyed|love)\s+this\s+story\?\s*give\s+it\s+an?\s+upvote!?"
    # Forum software (XenForo, phpBB) around a thread's posts.
    # Quotev's links under a part and after the last one: "Next Part: The Ring", "Add to
    # library", "More stories by @name", "You finished this story!". A part's title after
    # "Next Part:" has no sentence's end, so an author's "Next part: soon, I promise." stays.
    r"|next\s+part\s*:\s*[^.!?]{1,80}|add\s+to\s+(?:library|reading\s+list)"
    # Penana's button over a story's first chapter, beside "Start Reading".
    r"|add\s+to\s+(?:my\s+)?(?:shelf|bookshelf)"
    r"|more\s+(?:stories|works)\s+(?:by|from)\s+@?\S{1,40}"
    r"|you(?:['’]ve|\s+have)?\s+finished\s+this\s+story!?"
    # Scribble Hub's chapter page: its readers' score with the count of votes ("Rating: 4.6
    # (31)") and the buttons under the chapter ("Report Chapter", "Support the Author").
    r"|rating\s*:\s*\d(?:\.\d{1,2})?\s*(?:/\s*\d{1,2}\s*)?\(\s*[\d,]+\s*(?:votes?|ratings?)?\s*\)"
    r"|report\s+(?:chapter|story)|support\s+the\s+author"
    # Webnovel's vote button under a chapter, in full: "Vote with Power Stone".
    r"|vote\s+with\s+power\s+stones?"
    # New Reddit's search box over a subreddit's post: "Search in r/FanFiction".
    r"|search\s+in\s+r/[A-Za-z0-9_]{2,21}"
    r"|add\s+bookmark|view\s+all\s+\d+\s+threadmarks|thread\s+tools|watch\s+thread"
    r"|you\s+must\s+log\s+in\s+or\s+(?:register|sign\s+up)\s+to\s+(?:reply|post)(?:\s+here)?\.?)",
    re.IGNORECASE,
)
# Reader counts: "214 notes", "3.1K reads · 58 favorites · 12 comments", "2.3K Reads 189 Votes".
_COUNT = (
    r"[\d.,]+\s*[kKmM]?\s+(?:notes?|reads?|votes?|comments?|kudos|favou?rites?|favs|follows"
    r"|followers|reviews?|hits|bookmarks|parts?|views|likes|reblogs|upvotes?|subscribers|hearts"
    # Wattpad's count of a story's parts: "3 Part Story".
    r"|part\s+story)"
)
# Rule ``story-stats-line``: a story page's stats run together, chapters and words among
# the reader counts ("With 3 chapters, 12 votes, 40 subscribers, 2300 words"). Chapters
# and words count only beside a reader count, so a lone "2 chapters" is not chrome.
_STAT = rf"{_COUNT}|[\d.,]+\s*[kK]?\s+(?:chapters?|words)"
# Rule ``dated-stats-line``: a story page's date leading its counts ("Updated Sep 30, 2020 ·
# 3 parts · 1.8K reads"), as Quotev prints them. The date counts only before a separator
# and a reader count, so "Updated the files" is never matched.
_STATS_DATE = r"(?:(?:last\s+)?(?:updated|published|posted)\s*:?\s+[\w ,./-]{3,30}?\s*[·•|]\s*)?"
# A count beside its icon, the noun lost: Quotev's hearts, "♥ 87", or after the number as
# its phone layout prints them, "19 ♥".
_ICON_COUNT = r"[♥❤♡★☆]\s*[\d.,]+\s*[kKmM]?|[\d.,]*\d\s*[kKmM]?\s*[♥❤♡★☆]"
_COUNTS = lazy(
    rf"{_STATS_DATE}(?:{_COUNT})(?:\s*(?:[·•|,]|\s{{2,}})\s*(?:{_COUNT}|{_ICON_COUNT}))*"
    rf"|(?:with\s+)?(?:{_STAT})(?:\s*(?:[·•|,]|\s{{2,}})\s*(?:{_STAT}))+",
    re.IGNORECASE,
)
# "Key: value" lines of e-mail and blog software rather than of the story's header.
_CHROME_LABELS = lazy(
    r"(?:from|to|cc|reply-to|sender|message-id|mime-version|content-type|x-[\w-]+|subject"
    r"|current\s+(?:mood|music|location)|posted\s+by|posted\s+via"
    r"|last\s+edited(?:\s+by\s+[^:]{1,40})?|reactions|share"
    # Rule ``pipermail-navigation``: a Mailman list archive's links around each message.
    r"|(?:previous|next)\s+message(?:\s+\(by\s+(?:thread|date)\))?|messages\s+sorted\s+by)\s*:.*",
    re.IGNORECASE,
)
# Blogger's line under a post, in its own words and some of its translations: "Posted by
# Mira at 9:14 PM", "Opublikowany przez Mira o 21:14", "Eingestellt von Mira um 21:14".
_POSTED_AT = lazy(
    r"(?:posted\s+by|opublikowany\s+przez|publi[ée]e?\s+par|eingestellt\s+von"
    r"|publicado\s+por|geplaatst\s+door|pubblicato\s+da)\s+(?P<name>\S.{0,40}?)\s+"
    r"(?:at|o|à|um|en|às|a\s+las|op|alle)\s+\d{1,2}[:.]\d{2}(?:\s*[ap]\.?\s?m\.?)?",
    re.IGNORECASE,
)


def _posted_at(line: str) -> bool:
    """Whether a line is Blogger's "Posted by X at 9:14 PM" under a post."""
    return _POSTED_AT.fullmatch(line) is not None


# The first words of the "Posted by" line in English and the translations ``_POSTED_AT``
# knows, in lower case, and the letters they open with: the cheap test before the regex.
_POSTED_WORDS = (
    "posted",
    "opublikowany",
    "publié",
    "publie",
    "eingestellt",
    "publicado",
    "geplaatst",
    "pubblicato",
)
_POSTED_FIRST = frozenset("PpOoEeGg")


def blogger_poster(line: str) -> str | None:
    """The poster's name on Blogger's "Posted by X at 9:14 PM" line (its comment count after
    the time or not), else None."""
    if line[:1] not in _POSTED_FIRST or not line[:12].lower().startswith(_POSTED_WORDS):
        return None
    found = _POSTED_AT.fullmatch(without_comment_count(line.strip()))
    return found.group("name").strip() if found else None


# A blog post's share buttons copied as one line: "Email This   BlogThis!   Share to Twitter
# Share to Facebook", in any language; two or more of the items name a network.
_NETWORK = lazy(r"\b(?:twitter|facebook|pinterest|tumblr|reddit|whatsapp|e-?mail)\b", re.I)
# Navigation bars: several short items between separators. Two spaces separate items only on
# a line without sentence punctuation (some people type two spaces after a full stop).
_BAR_SEPARATOR = lazy(r"\s*(?:\||·|•|»|«|‹|›|\s\.\s|\s\*\s)\s*|\s{3,}")
_WIDE_SEPARATOR = lazy(r"\s{2,}")
# Both at once, for a bar of wide-spaced items some of which are "·"-separated groups.
_ANY_SEPARATOR = lazy(r"\s*(?:\||·|•|»|«|‹|›|\s\.\s|\s\*\s)\s*|\s{2,}")
_SENTENCE_MARKS = lazy(r"[.!?,;\"“”]")
# Guillemets open and close French and German dialogue: « Oui », dit-il.
_GUILLEMETS = lazy(r"[«»‹›]")
_QUOTED_TITLE = lazy(r"«[^\s«»][^«»]{0,80}[^\s«»]»|«[^\s«»]»")


# Link bars of old home pages: "[Home] [Stories] [Email Me]", each link in square brackets.
# One bracketed word alone ("[Home]") is a link too; one bracketed phrase may be a story's
# own "[Three years later]", so phrases count only as a bar of two or more.
# An item may carry its arrows: "[<< Back to My Fics]", "[Next >]". Rule
# ``next-story-link``: the link to the site's next story names it, "[ Next Story: Title >> ]".
# No item holds a "]", so each ends at the first one: the atomic group keeps the engine from
# retrying the ways an item's spaces split between its words and "\s*", which on a line of
# many spaced items that fails at its end took seconds.
_NEXT_ITEM = r"(?:next|prev(?:ious)?)\s+(?:story|fic|chapter|part|page)\s*:\s*[^\[\]<>«»:]{1,60}"
_BRACKET_LINKS = lazy(
    rf"(?:(?>\[\s*(?:[<«]+\s*)?(?:\w[\w'’ .&-]{{0,24}}!?|{_NEXT_ITEM})"
    r"\s*(?:[>»]+\s*)?\])\s*){2,8}",
    re.IGNORECASE,
)
# Rule ``back-link``: an old home page's links under a story: "<< Back to Fan Fiction |
# Next Story: Title >>". Opened by the arrows and "Back to", so no sentence matches.
_BACK_LINK = lazy(r"[«<]+\s*back\s+to\s+[^|<>]{1,60}(?:\|[^|<>]{1,80}){0,4}[»>]*", re.I)
# A pager around a chapter menu: "< Prev  2. The Second Title  Next >". The first chapter's
# page has no "< Prev" ("1. First Title  Next >") and the last one no "Next >" ("< Prev
# 4. Last Title"): one button is enough beside a numbered option, which no sentence has.
# FanFiction.Net's old layout (until about 2011) put "Chapter" before each option: "Chapter
# 1. The Turnip  Next »", "« Prev  Chapter 3. The Rope".
_PAGER = lazy(
    r"[«<]+\s*prev(?:ious)?\b.{0,120}?\bnext(?:\s+chapter)?\s*[»>]+"
    r"|[«<]+\s*prev(?:ious)?\s+(?:chapter\s+)?\d{1,4}\.\s+\S.{0,120}"
    r"|(?:chapter\s+)?\d{1,4}\.\s+\S.{0,120}?\s+next(?:\s+chapter)?\s*[»>]+",
    re.I,
)


def is_chapter_pager(text: str) -> bool:
    """Rule ``chapter-pager-line``: a pager around the chapter menu's current option, "1. The
    Lamp-Post  Next >" or the old FanFiction.Net layout's "Chapter 1. The Turnip  Next »". It
    names a chapter like a heading, but the button beside it makes it the site's."""
    line = text.strip()
    return (
        (line[:1].isdigit() or line[:8].lower() == "chapter ")
        and line.endswith((">", "»"))
        and _PAGER.fullmatch(line) is not None
    )


# Button labels that are site chrome only beside other buttons ("Reader mode  Statistics").
_BUTTON_WORDS = lazy(
    r"statistics|facebook|twitter|reddit|pinterest|whatsapp|e-?mail|link|print|top|help"
    # Dreamwidth's "Flag" (report the entry) sits alone under "Share".
    r"|flag"
    # A chapter page's pager copied one button a line: "Previous" / "Index" / "Next".
    r"|index|next|prev(?:ious)?"
    r"|upvote|add\s+to\s+(?:collection|library|reading\s+list)"
    # Webnovel's buttons under a chapter, one a line: "Power Stone" (its vote) and "Gift".
    r"|power\s+stones?|gift"
    # A book page's buttons beside "Add to Library": "Read", "Read Now", "Start Reading".
    r"|read(?:\s+now)?|(?:start|continue)\s+reading"
    # An older LiveJournal entry page's links and buttons, spaced out on one line over the
    # entry ("Previous Entry  Add to memories!  Tell a Friend!  Next Entry"): a row of them
    # is ``button-row``; alone, "Next Entry" may be a diary story's own line.
    r"|previous\s+entry|next\s+entry|add\s+to\s+memories!?|tell\s+a\s+friend!?"
    # vBulletin's log-in bar over a thread ("User Name  Password  Remember Me?  Log in") and
    # the thread's menus ("Thread Tools  Display Modes").
    r"|user\s*name|password|remember\s+me\??|log\s*in|thread\s+tools|display\s+modes"
    r"|search\s+this\s+thread|rate\s+this\s+thread",
    re.IGNORECASE,
)


# Fan-fiction sites by the names their pages print at the top (the logo's text). Only names
# no story would be titled by alone; "Royal Road" and "Twisting the Hellmouth" are the sites.
_SITE_NAMES = (
    r"archive\s+of\s+our\s+own(?:\s+beta)?|ao3|fan\s*fiction(?:\.net)?|fictionpress(?:\.com)?"
    r"|wattpad|quotev|ficwad|tumblr|livejournal|dreamwidth(?:\s+studios)?|royal\s*road"
    r"|scribble\s*hub|inkitt|deviant\s*art|asian\s*fanfics|spirit\s+fanfics(?:\s+e\s+hist[óo]rias)?"
    r"|nyah!?\s+fanfiction|ficbook(?:\.net)?|книга\s+фанфиков|fanfiktion\.de|efp(?:\s+fanfic)?"
    r"|mibba|twisting\s+the\s+hellmouth|tthfanfic(?:\.org)?|space\s*battles(?:\s+forums)?"
    r"|sufficient\s+velocity(?:\s+forums)?|questionable\s+questing|fanfic\s*lab|fimfiction"
    r"|media\s*miner|adult\s*fan\s*fiction(?:\.org)?|quizilla|webnovel|scribblehub|pixiv"
    # The mailing-list host whose web archive fandom's lists lived in.
    r"|yahoo!?\s+groups"
    # Creator and blog platforms a fic is posted on for free: their logo's text on top.
    r"|patreon|ko-?fi|substack|cohost!?|pillowfort"
)
# The name alone, or followed by the site's tagline or a page name after a separator:
# "Wattpad - Where stories live", "Asianfanfics | Browse".
_SITE_NAME = lazy(
    rf"(?:{_SITE_NAMES})(?:\s*(?:\s[-–—|·•:]|[|·•:])\s*\S.{{0,80}})?\s*", re.IGNORECASE
)


# A banner that opens with a site's name: "Twisting The Hellmouth Crossing Over Awards - …".
_SITE_PREFIX = lazy(rf"(?:{_SITE_NAMES})\b", re.IGNORECASE)


def opens_with_site_name(text: str) -> bool:
    """Whether a line begins with a fan-fiction site's name (a site banner or tagline)."""
    return _SITE_PREFIX.match(text.strip()) is not None


def is_site_name(text: str) -> bool:
    """Rule ``site-name``: a line that is a fan-fiction site's name, as the logo at the top of
    a copied page gives it, with or without the site's tagline after a separator. It is the
    page's chrome, not the story's title."""
    line = text.strip()
    return len(line) <= 120 and _SITE_NAME.fullmatch(line) is not None


# Rule ``label-first-read-counts``: Wattpad's web reader copied with each count after its
# name, the reads first: "Reads 1,204 • Votes 188 • Comments 23". Two counts at least, so a
# line of prose that opens "Reads 3 …" is never one.
_LABEL_FIRST_ITEM = r"(?:votes?|comments?|parts?)\s+[\d.,]*\d\s*[kKmM]?"
_LABEL_FIRST_COUNTS = lazy(
    rf"reads?\s+[\d.,]*\d\s*[kKmM]?(?:\s*(?:[·•|,]|\s{{2,}})\s*{_LABEL_FIRST_ITEM})+",
    re.IGNORECASE,
)


def is_read_count(text: str) -> bool:
    """Whether a line is a story page's reader counts with its reads in them ("1.4K Reads",
    "2.3K Reads 141 Votes", "Reads 1,204 • Votes 188"), as Wattpad prints them under a
    part's title."""
    line = text.strip()
    if len(line) > 80 or "ead" not in line:
        return False
    if line[:4].lower() == "read":
        return _LABEL_FIRST_COUNTS.fullmatch(line) is not None
    return _COUNTS.fullmatch(line) is not None


def is_reader_counts(text: str) -> bool:
    """Whether a line is a post's reader counts ("3 Comments   5 Reblogs   28 Likes", "214
    notes")."""
    line = text.strip()
    return 0 < len(line) <= 120 and line[:1].isdigit() and _COUNTS.fullmatch(line) is not None


def is_site_chrome(text: str) -> bool:
    """Whether a whole line is site framing (navigation, counts, comment links, mail headers)."""
    line = text.strip()
    if len(line) > 200:
        # A picture's description may run long; it is still the page's, not the story's.
        return is_image_description(line)
    if is_site_name(line):
        return True
    if _CHROME_LINE.fullmatch(line) or _COUNTS.fullmatch(line) or _CHROME_LABELS.fullmatch(line):
        return True
    if _button_row(line) or _taglist(line) or _share_bar(line):
        return True
    if _POSTED_AT.fullmatch(line) or blog_chrome(line, _posted_at):
        return True
    if line.startswith("[") and _BRACKET_LINKS.fullmatch(line):
        return True
    if is_bracketed_nav_link(line) or is_run_together_links(line):
        return True
    if line.startswith(("<", "«")) and (_PAGER.fullmatch(line) or _BACK_LINK.fullmatch(line)):
        return True
    if is_chapter_pager(line):
        return True
    if "|" in line and _link_bar(line):
        return True
    if (" > " in line or " :: " in line) and _GT_BREADCRUMB.fullmatch(line):
        return True
    if line[:1].isupper() and _MENU_WORDS.fullmatch(line):
        return True
    if is_social_chrome(line) or is_tumblr_chrome(line) or page_footer(line) is not None:
        return True
    return _navigation_bar(line) or is_foreign_chrome(line)


# Rule ``menu-words-line``: a site's top menu copied as one line with no separators, its items
# run together ("Just In Community Forum More Search", "Home Browse Search Log In"). Three
# items at least, each a capitalised menu label from this list, so no sentence matches.
_MENU_ITEM = (
    r"(?:Just\s+In|Community|Communities|Forums?|More|Search|Browse|Home|Log\s*[Ii]n|Login"
    # Spirit's English menu writes its buttons "Log in" and "Sign up", beside "Explore"
    # and "Write".
    r"|Sign\s+(?:[Uu]p|[Ii]n)|Register|Stories|Authors|Categories|Crossovers|Help|Updates|FAQ"
    r"|Explore|Write"
    r"|Challenges|Beta(?:\s+Readers)?|Contact(?:\s+Us)?|Top\s+Lists|Members)"
)
_MENU_WORDS = lazy(rf"{_MENU_ITEM}(?:\s+{_MENU_ITEM}){{2,12}}")


# Rule ``gt-breadcrumb``: a site's category path written with ">" ("Stories > Horror >
# Some Novel"), or with "::" as old archive scripts write their trail ("My Archive :: Fiction
# :: Title :: Chapter 2"). Three items at least, each a few words with no sentence marks,
# so "5 > 3" or a line of dialogue never matches.
_GT_BREADCRUMB = lazy(
    r"[^\s>.!?,;\"“”][^>.!?,;\"“”]{0,40}(?:\s>\s[^>.!?,;\"“”]{1,40}){2,6}"
    r"|[^\s:.!?,;\"“”][^:.!?,;\"“”]{0,40}(?:\s::\s[^:.!?,;\"“”]{1,40}){2,6}"
)


# Tumblr's taglist under a post: "taglist: @a @b", "tagging: @a, @b", or the mentions alone.
_TAGLIST = lazy(
    r"(?:(?:perm(?:anent)?\s+|forever\s+|general\s+)?tag\s*list|tagging|tagged)\s*:?\s*"
    r"(?:@[\w.-]+[\s,&]*){1,80}",
    re.IGNORECASE,
)
_MENTIONS = lazy(r"(?:@[\w.-]+[\s,&]*){2,80}")


def _taglist(line: str) -> bool:
    """Rule ``taglist``: a Tumblr post's list of blogs to notify, "taglist: @a @b" or a line of
    two or more @-mentions and nothing else. A sentence that mentions someone has words
    that are not mentions, so it never matches."""
    if "@" not in line:
        return False
    return bool(_MENTIONS.fullmatch(line) or _TAGLIST.fullmatch(line))


def _share_bar(line: str) -> bool:
    """Rule ``share-bar``: a row of share buttons set apart by wide spaces, two or more of
    them naming a network ("Share to Twitter   Share to Facebook"). A sentence is one item,
    so it never matches."""
    if "   " not in line:
        return False
    items = [item for item in re.split(r"\s{3,}", line) if item]
    named = sum(1 for item in items if _NETWORK.search(item) and len(item.split()) <= 5)
    return len(items) >= 2 and named >= 2 and all(len(item.split()) <= 5 for item in items)


# The site's thanks under its call to vote: "Thank you!", "Thanks!".
_THANKS = lazy(r"(?:thank\s+you|thanks)\s*!*", re.IGNORECASE)


def is_box_thanks(chunk: Chunk, above: str) -> bool:
    """Rule ``chrome-box-thanks``: the site's "Thank you!" right under its call to vote or
    comment (``above``), on the next line with no blank line between, is the same box
    ("Like this story? Give it an Upvote!" over "Thank you!", as Asianfanfics prints it
    under each chapter). Only a bare thanks under a line of site chrome: the author's own
    thanks carries more words, or stands apart."""
    if chunk.gap or len(chunk.text) > 12 or not _THANKS.fullmatch(chunk.text):
        return False
    return is_site_chrome(above)


def lone_button_among_chrome(line: str, before: list[str], after: Sequence[str] = ()) -> bool:
    """Rule ``lone-button``: a button label on a line of its own ("Top", "Print") among
    other site chrome, as a page's footer copies it ("Share: …", "Follow/Fav", "Top").

    A word such as "Top" alone could be a story's line, so it counts only when one of the
    two lines before it, or of the two ``after`` it, is site chrome too (Dreamwidth's
    "Flag" above "3 comments" and "Reply").
    """
    line = line.strip()
    if len(line) > 12 or not _BUTTON_WORDS.fullmatch(line):
        return False
    return any(is_site_chrome(near) for near in [*before[-2:], *after[:2]])


# The links of an old home page's footer: "Back to the Fic Page", "Email Me", "Sign My
# Guestbook!", "Home", "Return to Index".
_HOME_LINK = lazy(
    r"(?:[<«]+\s*)?(?:back|return|go\s+back)\s+to\s+.{1,50}|e-?mail\s+me!?|mail\s+me!?|(?:sign|view|read)\s+"
    r"(?:my|the)\s+guestbook!?|guestbook!?|home(?:\s+page)?!?|feedback!?|main\s+page|index"
    # A link to the site's other stories: "Other Fandom fic", "More stories", "My fiction";
    # only a fandom's name (capitalised) may stand between.
    r"|(?:(?:other|more)\s+(?-i:[A-Z][\w'’-]*\s+){0,3}|my\s+)?"
    r"(?:fic|fics|fanfic|fan\s+fiction|fiction|stories)"
    # An archive's alphabetical index: "Authors A-M", "Titles N-Z".
    r"|(?:authors|titles|stories)\s+[a-z]\s*[-–]\s*[a-z]",
    re.IGNORECASE,
)


def _link_bar(line: str) -> bool:
    """Rule ``home-page-links``: a "|"-separated bar of a home page's footer links ("Back to
    Ozma's Oz Page | Email Me | Sign My Guestbook!"). Every item must be such a link, so a
    line of story or header text with a "|" in it never matches."""
    items = [item.strip() for item in line.split("|")]
    return len(items) >= 2 and all(
        len(item.split()) <= 8 and (_HOME_LINK.fullmatch(item) or _STORY_ACTION.fullmatch(item))
        for item in items
    )


# Rule ``story-action-links``: a story page's action links in such a bar ("[Reviews - 3] |
# Add to Favorites | Printer Friendly").
_STORY_ACTION = lazy(
    r"\[?\s*(?:reviews?|comments?)(?:\s*[-:(]\s*\d+\s*\)?)?\s*\]?"
    r"|add\s+to\s+(?:favou?rites|library|collection|reading\s+list|bookmarks)"
    r"|printer[\s-]+friendly(?:\s+version)?|print(?:able\s+version)?|download|report(?:\s+story)?",
    re.IGNORECASE,
)


def _button_row(line: str) -> bool:
    """Rule ``button-row``: a row of site buttons copied as one line, their labels set apart by
    wide spaces ("Report  Reply", "Threadmarks  View all 4 threadmarks"). Every item must be a
    known button or chrome line, so two words of a story set apart by chance never match."""
    if "  " not in line:
        return False
    items = _WIDE_SEPARATOR.split(line)
    return len(items) >= 2 and all(
        _CHROME_LINE.fullmatch(item) or _BUTTON_WORDS.fullmatch(item) or is_site_name(item)
        for item in items
    )


# XenForo's thread header: "Thread starter some_user  Start date Jan 4, 2022". XenForo's
# user names may hold spaces ("Wren Abbot"): the shortest name of up to four words that
# "Start date" follows; with no date, only one word, so no sentence reads as a name.
_THREAD_STARTER = lazy(
    r"thread\s+starter\s*:?\s+(?:(?P<name>\S{1,40}?(?:\s\S{1,40}?){0,3}?)"
    r"\s+start\s+date\s*:?\s+.{1,40}?|(?P<solo>\S{1,40}))"
    # SpaceBattles adds the thread's tags: "… Start date Mar 3, 2021 Tags engineering verne".
    r"(?:\s+tags\s*:?\s+.{1,200})?",
    re.IGNORECASE,
)


def thread_starter(line: str) -> str | None:
    """The poster named by a forum thread's "Thread starter" line, else None.

    On a fiction forum (SpaceBattles, Sufficient Velocity, Questionable Questing) the
    thread's starter is the story's author.
    """
    found = _THREAD_STARTER.fullmatch(line.strip()) if len(line) <= 300 else None
    return (found.group("name") or found.group("solo")) if found else None


# phpBB's line under each post's subject: "Postby some_user » Sat Mar 09, 2019 8:41 pm"
# (its newer style prints "by some_user » …").
_POST_BY = lazy(r"(?:post\s*)?by\s+(?P<name>\S.{0,40}?)\s+»\s+(?P<date>\S.{4,40})", re.I)


def post_byline(line: str) -> str | None:
    """The poster named by a forum post's "Postby X » date" line, else None."""
    if "»" not in line or len(line) > 100:
        return None
    found = _POST_BY.fullmatch(line.strip())
    if found is None or not any(c.isdigit() for c in found.group("date")):
        return None
    return found.group("name")


# A chat message's header line, as Discord copies it: "some_user — Today at 9:03 PM",
# "some_user — Yesterday at 23:52", "some_user — 03/14/2023 9:03 PM".
_CHAT_HEADER = lazy(
    r"(?P<name>\S.{0,40}?)\s+[—–-]\s+(?:(?:today|yesterday)\s+at\s+|[\d/.-]{6,10},?\s+)"
    r"\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?",
    re.IGNORECASE,
)


# DiscordChatExporter's message line: the date and time in brackets, then the sender, with
# the "#4410" discriminator Discord gave every name until 2023: "[07-Feb-22 08:41 PM]
# santillane#4410", "[2/7/2022 8:41 PM] santillane". The date and the time must both be
# there, and the line holds nothing after the name (which Discord never lets hold a ":"),
# so a chat log's "[21:04] Anna: Ben." is a line of the story.
_EXPORTED_HEADER = lazy(
    r"\[\d{1,4}[-/.](?:\d{1,2}|[a-z]{3,9})[-/.]\d{2,4},?\s+\d{1,2}:\d{2}(?::\d{2})?"
    r"(?:\s*[ap]\.?m\.?)?\]\s+(?P<name>[^\s#:\[\]][^#:\[\]]{0,39}?)(?:#\d{4})?",
    re.IGNORECASE,
)


def chat_message_header(line: str) -> str | None:
    """The sender named by a chat message's "name — Today at 9:03 PM" line (or a chat
    exporter's "[07-Feb-22 08:41 PM] name#1234" line), else None."""
    if ":" not in line or len(line) > 80:
        return None
    if line[:1] == "[":
        found = _EXPORTED_HEADER.fullmatch(line.strip())
    else:
        found = _CHAT_HEADER.fullmatch(line.strip())
    return found.group("name") if found else None


# A reply's subject line, which repeats the thread's: "Re: [Title] Thread: …".
_REPLY_SUBJECT = lazy(r"re\s*:\s*(?P<subject>\S.{0,200})", re.IGNORECASE)


def reply_subject(line: str) -> str | None:
    """The subject a forum reply's "Re: subject" line repeats, else None."""
    found = _REPLY_SUBJECT.fullmatch(line.strip()) if len(line) <= 220 else None
    return found.group("subject").strip() if found else None


# The box of poster statistics under a forum post's author name: "Posts: 14", "Joined: …".
_POSTER_STATS = lazy(
    r"(?:posts|messages|joined|location|reputation|reaction\s+score|points|gender|group"
    # XenForo 1's poster box (Questionable Questing): "Likes Received: 1,905".
    r"|likes\s+received|trophy\s+points"
    # vBulletin's poster box: "Join Date: Mar 2005".
    r"|join\s+date)"
    r"\s*:\s*\S.{0,40}|status\s*:\s*(?:online|offline)",
    re.IGNORECASE,
)


def is_poster_stat(line: str) -> bool:
    """Whether a line is one of a forum poster box's statistics ("Posts: 14")."""
    return len(line) <= 60 and _POSTER_STATS.fullmatch(line.strip()) is not None


# Where a forum board's or a mailing list's footer starts under the last post.
_BOARD_FOOTER = lazy(
    r"display\s+posts\s+from\s+previous\s*:.*|who\s+is\s+online|users\s+browsing\s+this"
    r"\s+forum\s*:.*|jump\s+to\s*:.*|return\s+to\s+board\s+index"
    r"|you\s+must\s+log\s+in\s+or\s+(?:register|sign\s+up)\s+to\s+(?:reply|post).*"
    # vBulletin under a thread: "« Previous Thread | Next Thread »", "Posting Rules".
    r"|[«<]*\s*previous\s+thread\s*\|\s*next\s+thread\s*[»>]*|posting\s+rules"
    # Yahoo Groups, Google Groups and Mailman under a list's mail.
    r"|yahoo!?\s+groups\s+(?:links|sponsor).*|to\s+unsubscribe\s+from\s+this\s+group.*"
    r"|(?:-+\s*)?you\s+received\s+this\s+message\s+because\s+you\s+are\s+subscribed.*"
    r"|[\w.-]+\s+mailing\s+list",
    re.IGNORECASE,
)


def starts_board_footer(line: str) -> bool:
    """Whether a line opens a forum board's footer ("Who is online", "Jump to: …"), or a
    mailing list's, whose first line may be set in a rule ("---- Yahoo! Groups Sponsor ----")."""
    return len(line) <= 200 and _BOARD_FOOTER.fullmatch(line.strip().strip("-~> ")) is not None


def _navigation_bar(line: str) -> bool:
    """ "Just In | Community | Forum | More": short items, no story metadata among them."""
    if line[:1] == "【" and "】" in line:
        # Rule ``cjk-bracket-prefix``: "【fandom|pairing】title" heads a LOFTER or Weibo
        # post; the bar inside the brackets parts the post's tags, not a menu's links.
        return False
    separator = _BAR_SEPARATOR
    punctuated = _SENTENCE_MARKS.search(line) is not None
    if punctuated and _GUILLEMETS.search(line):
        # « Tu viens ? » demanda-t-elle: dialogue between guillemets, not links between them.
        return False
    if "«" in line and _QUOTED_TITLE.search(line):
        # Rule ``guillemet-title``: «Зов предков» set tight against its words quotes a
        # title; a bar's arrows stand apart from their links ("« Prev", "Home » Books").
        return False
    if not punctuated and len(_WIDE_SEPARATOR.split(line)) >= 3:
        # Wide spaces part the items ("Post Reply   Search this topic…   3 posts • Page 1");
        # an item may itself hold a "•"-separated group.
        separator = _ANY_SEPARATOR
    items = [item for item in separator.split(line) if item.strip(" <>")]
    # "<< Back to …" and "… >>" mark a link bar even with longer items.
    longest = 6 if line.startswith(("<<", "«")) or line.endswith((">>", "»")) else 4
    if len(items) < 2 or any(len(item.strip("<>«» ").split()) > longest for item in items):
        return False
    return pipe_metadata(line) is None and not any(":" in item for item in items)


_PAIR = lazy(r"\S\s*(?:/|&|\sx\s)\s*\S")
_WORDS = lazy(r"~?\s*[\d.,]+\s*[kK]?\+?\s+words?", re.IGNORECASE)


# Original fiction named where a fandom would stand: "original, rated G, ~900 words".
_ORIGINAL = lazy(r"orig(?:inal)?(?:\s+(?:fiction|work|story|fic))?", re.IGNORECASE)


def pipe_metadata(line: str) -> list[tuple[str, str]] | None:
    """Header fields from one line of "|"-separated items, or None if it is not such a line.

    "pairing: A/B | rating: G | words: 1.1k" gives labelled fields; "Fandom | A & B | G | ~600
    words" gives the fandom (first item), the pairing and the rating by their shape. Chat
    and blog posts write the same line with commas ("original, rated G, ~900 words"); a
    comma-separated line counts only when its items are all short and none is labelled.
    """
    if len(line) > 300:
        return None
    if " - " in line and "|" not in line and (dashed := _dashed_fields(line)) is not None:
        return dashed
    if "|" in line:
        items = [item.strip() for item in line.split("|") if item.strip()]
    elif "," in line and ":" not in line and len(line) <= 100:
        items = [item.strip() for item in line.split(",") if item.strip()]
        if any(len(item.split()) > 4 for item in items):
            return None
    else:
        return None
    if len(items) < 2:
        return None
    labelled = [item for item in items if ":" in item]
    if len(labelled) == len(items) or ("|" in line and _mostly_labelled(items, labelled)):
        # An archive's info bar may hold a few unlabelled counters among its fields
        # ("Rated: G | Reviews (12) | Chapters: 2"): only the labelled items are fields.
        pairs = (item.partition(":") for item in labelled)
        return [(label.strip(), value.strip()) for label, _, value in pairs]
    if "|" in line and (with_status := _fields_with_status(items, labelled)) is not None:
        return with_status
    fields: list[tuple[str, str]] = []
    recognised = 0
    for position, item in enumerate(items):
        if _WORDS.fullmatch(item):
            recognised += 1
        elif (field := rating_or_pairing(item, _PAIR)) is not None:
            fields.append(field)
            recognised += 1
        elif position == 0 and _ORIGINAL.fullmatch(item):
            pass  # original fiction: no fandom to name
        elif position == 0:
            fields.append(("Fandom", item))
        else:
            return None
    return fields if recognised >= 2 else None


# A story's status as the last item of an info line: "… - 1146 words - Complete".
_STATUS_ITEM = lazy(r"complete[d]?|in\s+progress|incomplete|wip|abandoned", re.IGNORECASE)


def _dashed_fields(line: str) -> list[tuple[str, str]] | None:
    """Rule ``dashed-info-line``: an archive's info line with its fields set apart by " - "
    ("Category: Books - Rating: PG - Genres: Drama - 1146 words - Complete"), as FicWad and
    other archives write it. Three labelled items at least, and every item labelled or a
    word count or status, so a sentence with dashes never matches (nor FanFiction.Net's
    line, with its unlabelled genre and characters, read by its own rule)."""
    items = [item.strip() for item in line.split(" - ") if item.strip()]
    fields: list[tuple[str, str]] = []
    other = 0
    for item in items:
        label, colon, value = item.partition(":")
        if colon and value.strip() and 0 < len(label.split()) <= 3 and label[:1].isalpha():
            fields.append((label.strip(), value.strip()))
        elif _STATUS_ITEM.fullmatch(item):
            fields.append(("Status", item))
        elif not _WORDS.fullmatch(item):
            other += 1
    labelled = sum(1 for label, _ in fields if label != "Status")
    return fields if labelled >= 3 and not other else None


def _fields_with_status(items: list[str], labelled: list[str]) -> list[tuple[str, str]] | None:
    """Rule ``pipe-fields-with-status``: an archive's info bar of labelled fields with the
    story's status as a bare item among them ("Chapters: 3 | Complete | Words: 1,960").
    Every other item must be labelled, two at least, and only one bare item, a status word,
    so a line of prose with a "|" in it never matches."""
    bare = [item for item in items if ":" not in item]
    if len(bare) != 1 or len(labelled) < 2 or not _STATUS_ITEM.fullmatch(bare[0]):
        return None
    pairs = [item.partition(":") for item in labelled]
    if any(not 0 < len(label.split()) <= 3 for label, _, _ in pairs):
        return None
    return [(label.strip(), value.strip()) for label, _, value in pairs] + [("Status", bare[0])]


def _mostly_labelled(items: list[str], labelled: list[str]) -> bool:
    """Rule ``pipe-fields-with-counters``: three or more of the items are "Label: value"
    fields with short labels, and they are more than half of the items."""
    short = [item for item in labelled if 0 < len(item.partition(":")[0].split()) <= 3]
    return len(short) >= 3 and len(short) * 2 > len(items)


# FanFiction.Net puts its category and the fandom above a story: "Books » Some Novel";
# FicWad writes "Books > …", and archives in other languages "Livres › …", "Libros » …".
# The media category and the mark after it, which the breadcrumb patterns below share as a
# string (reading another lazy pattern's source would compile it at import).
_CATEGORY = (
    r"(?:books|anime/manga|cartoons|comics|games|misc|movies|plays/musicals|tv\s+shows"
    r"|crossovers?|livres|films|séries(?:\s+tv)?|mangas|jeux\s+vidéo|libros|películas"
    r"|livros|filmes|bücher|filme|libri|boeken|książki)"
    r"\s*[»›>]\s*"
)
_FFN_BREADCRUMB = lazy(_CATEGORY + r"(?P<fandom>[^»›>]{1,80})", re.IGNORECASE)


def breadcrumb_fandom(line: str) -> str | None:
    """Rule ``breadcrumb-fandom``: the fandom of a site's category line ("Books » Little
    Women"), else None. The first item must be one of the sites' media categories, so a
    story's "Rivers » Thames" is left alone.

    Rule ``page-breadcrumb-fandom``: a page's full path, "Fan Fiction » Books » Arabian
    Nights » Title", names the fandom after the media category too, when the site's fan
    fiction section stands before it and the page's own title after it. On FanFiction.Net's
    old layout the path is the site's name, the category and the fandom ("FanFiction >
    Books > Dombey and Son"), with no title after it.
    """
    found = _FFN_BREADCRUMB.fullmatch(line.strip())
    if found is None and ("»" in line or ">" in line or "›" in line):
        found = _PAGE_BREADCRUMB.fullmatch(line.strip()) or _OLD_FFN_BREADCRUMB.fullmatch(
            line.strip()
        )
    return found.group("fandom").strip() if found else None


# FanFiction.Net's old mobile pages run the trail on to the story: "Books » Fandom » Title".
_TITLE_TRAIL = lazy(
    r"(?P<trail>" + _CATEGORY + r"[^»›>]{1,80}?)\s*[»›]\s*(?P<title>[^»›>]{1,120})", re.IGNORECASE
)


def breadcrumb_title(line: str, title: str | None = None) -> tuple[str, str] | None:
    """Rule ``breadcrumb-title``: a site's trail that runs from the media category through
    the fandom to the story ("Books » Sicilian Romance » The Lamp"), as FanFiction.Net's old
    mobile pages print it in place of a title line: (the category line, the title), else
    None. The first item must be one of the sites' media categories, so a story's "Rome »
    Naples » Palermo" is left alone.

    Rule ``gt-trail-over-title``: an archive's trail written with ">" ("Books > Fandom >
    Title", as Adult-FanFiction.org heads a story's page) counts only when its last item is
    the ``title`` the page's next line gives: a ">" path is also a site's plain category
    path ("Stories > Horror > Ghosts"), which names no fandom.
    """
    if len(line) > 250:
        return None
    if "»" not in line and "›" not in line:
        if title is None or " > " not in line:
            return None
        found = _GT_TITLE_TRAIL.fullmatch(line.strip())
        if found is None or not same_text(found.group("title"), title):
            return None
    else:
        found = _TITLE_TRAIL.fullmatch(line.strip())
    if found is None or breadcrumb_fandom(found.group("trail")) is None:
        return None
    return found.group("trail").strip(), found.group("title").strip()


_GT_TITLE_TRAIL = lazy(
    r"(?P<trail>" + _CATEGORY + r"[^»›>]{1,80}?)\s+>\s+(?P<title>[^»›>]{1,120})", re.IGNORECASE
)


# FanFiction.Net names a crossover's category "A & B Crossover" under "Crossover »"; its
# present-day pages join the pair with "+" ("A + B Crossover").
_CROSSOVER_NAME = lazy(r"(?P<pair>\S.*?\S)\s+crossover", re.IGNORECASE)
_CROSSOVER_CATEGORY = lazy(r"crossovers?\s*[»›>]", re.IGNORECASE)


def breadcrumb_fandoms(line: str) -> tuple[str, ...] | None:
    """The fandoms of a site's category line (see :func:`breadcrumb_fandom`), else None.

    Rule ``crossover-breadcrumb``: "Crossover » Old Novel & Other Novel Crossover" names
    two fandoms, "Old Novel" and "Other Novel"; the closing "Crossover" is the site's
    word, not part of either name. The site's present-day pages write "+" for "&".
    """
    fandom = breadcrumb_fandom(line)
    if fandom is None:
        return None
    joiner = " + " if " + " in fandom else " & "
    if joiner in fandom and _CROSSOVER_CATEGORY.search(line):
        found = _CROSSOVER_NAME.fullmatch(fandom)
        if found is not None and joiner in found.group("pair"):
            first, _, second = found.group("pair").partition(joiner)
            if first.strip() and second.strip():
                return first.strip(), second.strip()
        # Rule ``crossover-pair-breadcrumb``: the story page's own path names the pair
        # without the closing word, "Crossover » Old Novel & Other Novel". Only one
        # "&": with two, which one joins the fandoms ("Law & Order & Bones") is unknown.
        first, _, second = fandom.partition(joiner)
        if joiner not in second and first.strip() and second.strip():
            return first.strip(), second.strip()
    return (fandom,)


_PAGE_BREADCRUMB = lazy(
    r"(?:[^»›>]{1,30}[»›>]\s*){0,2}(?:fan\s*fiction|fanfics?|fanfiktion)\s*[»›>]\s*"
    + _CATEGORY
    + r"(?P<fandom>[^»›>]{1,80}?)"
    + r"\s*[»›>]\s*[^»›>]{1,100}",
    re.IGNORECASE,
)
# FanFiction.Net's old layout stops at the fandom, under the site's own name.
_OLD_FFN_BREADCRUMB = lazy(
    r"fan\s*fiction(?:\.net)?\s*[»›>]\s*" + _CATEGORY + r"(?P<fandom>[^»›>]{1,80})", re.I
)


# A blog's "Tags:" line under a post files the post; it is not the story's header.
# Blogger files a post under "Labels:" (Polish "Etykiety:", French "Libellés :", Spanish and
# Portuguese "Etiquetas:" or "Marcadores:", Italian "Etichette:").
# The label may be set bold, as a Markdown copy of the page writes it ("**Tags:** …").
# LiveJournal's Russian interface files an entry under "Метки:".
POST_TAGS_RE = lazy(
    r"(?:\*\*|__)?(?:(?:entry\s+)?tags|labels|etykiety|libell[ée]s|etiquetas|marcadores"
    r"|etichette|метки)\s*:.*",
    re.IGNORECASE,
)


# Dreamwidth's line above a post: "[personal profile] name posted in [community profile] comm"
# (LiveJournal: "[info]name posted in [info]comm", or "… wrote in …" in its older styles).
# The bracketed words are user icons. On a personal journal the icon and the name stand
# alone ("[personal profile] name"): no community to post in.
_JOURNAL_POSTER = lazy(
    r"\[\s*(?:personal\s+profile|info)\s*\]\s*(?P<name>[\w.-]{2,40})"
    r"(?:\s+(?:(?:posted|posting|wrote)\s+in|пишет\s+в)\s+"
    r"\[\s*(?:community(?:\s+profile)?|info)\s*\]\s*[\w.-]{2,40})?\s*,?",
    re.IGNORECASE,
)


# LiveJournal's newer community styles, copied as text, name the poster twice, the display
# name and the user name in brackets: "display_name (user_name) wrote in comm_name,". The
# user name in brackets tells it from a sentence ("She wrote in pencil,"). LiveJournal's
# Russian interface writes "пишет в" ("writes in") for "wrote in".
_NAMED_POSTER = lazy(
    r"[\w.-]{2,40}\s+\((?P<name>[\w.-]{2,40})\)\s+(?:(?:posted|wrote)\s+in|пишет\s+в)"
    r"\s+[\w.-]{2,40}\s*,?"
)


# diary.ru heads a diary's pages with its owner under the diary's name: "Дневник
# пользователя name" ("the diary of user name").
_DIARY_OWNER = lazy(r"дневник\s+пользователя\s+(?P<name>[^\s.,!?]{2,40})", re.IGNORECASE)


def journal_poster(line: str) -> str | None:
    """Rule ``journal-poster``: the poster named by a journal's "[personal profile] name
    posted in [community] comm" line above a post, by its icon and name alone on a line
    ("[info]name"), by a "name (name) wrote in comm," line, or by diary.ru's "Дневник
    пользователя name" under the diary's name, else None."""
    if len(line) > 140:
        return None
    if line.startswith("["):
        found = _JOURNAL_POSTER.fullmatch(line.strip())
    elif line[:7].lower() == "дневник":
        found = _DIARY_OWNER.fullmatch(line.strip())
    elif (" in " in line or " в " in line) and "(" in line:
        found = _NAMED_POSTER.fullmatch(line.strip())
    else:
        return None
    return found.group("name") if found else None
