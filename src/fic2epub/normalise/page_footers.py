"""Lines that a program or a home page adds under the story: a mail client's signature, a
download tool's credit, a page's copyright line, "last updated" line and hit counter; and
the pointer a writer posting in parts leaves under each instalment ("(continued in Part 2)").

A draft mailed from a phone ends with the client's own line ("Sent from my iPhone", "Get
Outlook for Android"); an old personal site's page ends with "This page was last updated
on 14/08/2003." and "You are visitor number 004211.". None is the writer's text. Each is read
only as a whole line, and only where the body and header passes look for debris (a
chapter's end, among closing notes), so a story's own sentence mid-chapter is left alone.
"""

from __future__ import annotations

import re

from fic2epub.lazy_re import lazy
from fic2epub.normalise.downloader_lines import downloader_line
from fic2epub.normalise.home_footer import home_footer_line
from fic2epub.normalise.note_app_lines import note_app_line

# Rule ``mail-client-signature``: the line a mail app adds under every message, in English
# and in the wordings of the commonest clients' other languages. The device or app must be
# named, so "Sent from my heart" is not one.
_DEVICES = (
    r"i(?:phone|pad|pod)|android|blackberry|samsung|galaxy|pixel|nokia|htc|motorola|huawei"
    r"|xperia|kindle|smartphone|(?:mobile\s+)?(?:phone|device)|tablet|mobile|windows\s+phone"
    r"|outlook(?:\s+for\s+\w+)?|(?:yahoo|aol|proton|windows\s+live)\s*mail|gmail"
    r"|mail\s+for\s+(?:windows|android|ios|iphone)(?:\s+\d+)?|protonmail|hotmail|thunderbird"
)
_MAIL_CLIENT = lazy(
    rf"sent\s+(?:from|with|via|using)\s+(?:my\s+|the\s+|an?\s+)?"
    rf"(?:[\w&®™.'’-]+\s+){{0,4}}?(?:{_DEVICES})\b[\w&®™ .,'’()/-]{{0,60}}"
    r"|get\s+outlook\s+for\s+(?:ios|android)"
    r"|envoy[ée]\s+de\s+(?:mon\s+)?(?:iphone|ipad|android|smartphone|mobile)\b.{0,40}"
    r"|von\s+meinem\s+(?:iphone|ipad|android|smartphone|handy|samsung[\w -]{0,30})\s+gesendet"
    r"|enviado\s+(?:desde|do)\s+(?:mi|meu)\s+(?:iphone|ipad|android|smartphone|celular)\b.{0,40}"
    r"|inviato\s+da(?:l\s+mio)?\s+(?:iphone|ipad|android|smartphone)\b.{0,40}",
    re.IGNORECASE,
)
# Rule ``page-updated-line``: a home page's "This page was last updated on 14/08/2003." The
# sentence form only: a bare "Last updated: …" in a header is the story's update date.
_PAGE_UPDATED = lazy(
    r"(?:this\s+(?:page|site|story|archive)\s+(?:was\s+|is\s+)?|page\s+)"
    r"last\s+(?:updated|modified|changed|revised)(?:\s+on)?\s*:?\s*[\w ,/.:-]{4,40}?[.!]?",
    re.IGNORECASE,
)
# The bare form under a story, "Last updated 14 March 2001": a date alone after the words,
# read only where a page's footer stands (see :func:`bare_updated_line`).
_BARE_UPDATED = lazy(
    r"last\s+(?:updated|modified)\s*:?\s*(?:on\s+)?"
    r"(?=[\w ,/.-]*\d)[\w ,/.-]{4,30}?[.!]?",
    re.IGNORECASE,
)
# Rule ``visitor-counter``: a home page's hit counter, in its common wordings: "You are
# visitor number 004211.", "You are the 4,211th visitor to this page", "This page has been
# visited 4211 times since 2001.", "Visitors since May 2001: 4211". Rule
# ``odometer-counter``: the counter's picture of wheels, copied as its spaced digits in
# brackets, "You are visitor number [0 0 4 2 1 1]".
_COUNTER = lazy(
    r"you\s+are\s+(?:visitor\s+(?:number|no\.?|#)\s*(?:[\d,]+|\[\s*(?:\d\s*){1,10}\])"
    r"|the\s+[\d,]+(?:st|nd|rd|th)\s+visitor)"
    r"(?:\s+(?:since|to\s+this\s+(?:page|site)|on\s+this\s+(?:page|site))\b[^.!]{0,40})?\s*[.!]?"
    r"|this\s+(?:page|site)\s+has\s+(?:been\s+)?(?:visited|viewed|accessed|had)\s+[\d,]+"
    r"\s+(?:times|visitors|hits)\b[^.!]{0,40}[.!]?"
    r"|(?:visitors|hits)\s+since\s+[\w ,/.-]{2,20}:\s*[\d,]+",
    re.IGNORECASE,
)

# Rule ``instalment-pointer``: a story posted in instalments (list mails, journal entries,
# forum posts) ends each but the last with a pointer to the next, and may open the next with
# one back: "(continued in Part 2)", "Continued in the next post...", "[cont. from part
# one]", "(continued in comments)". The whole line must be the pointer, naming a part,
# post, mail, entry or the comments, so "She continued in the next room." is prose.
# "Continued in next chapter" is an end marker (patterns.END_RE), so chapters are not
# named here. Rule ``instalment-pointer-of-total``: a poster who numbers her subjects "Part
# 2/3" names the part so in the pointer too, "Continued in Part 2/3", "cont. in part 3 of 5".
_NUMBER = (
    r"(?:#\s*)?(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|[ivx]{1,5})"
    r"(?:\s*/\s*\d{1,3}|\s+of\s+\d{1,3})?"
)
_UNIT = r"(?:part|post|message|mail|e-?mail|entry|instal?l?ment|section|comment)"
_POINTER = lazy(
    rf"[\[(]?\s*(?:(?:story\s+)?continue[sd]|cont(?:'d|’d|\.))\s+(?:in|on|from)\s+"
    rf"(?:(?:the\s+)?(?:next|previous|last|following)\s+{_UNIT}|{_UNIT}\s+{_NUMBER}"
    # A journal entry too long for the site goes on in the comments under it.
    r"|(?:the\s+)?comments)"
    r"\s*[.…!]*\s*[\])]?"
    # Rule ``pointer-click-next``: a home page's part says where to click for the next,
    # "Continued in Part Two... click Next Part below!"
    r"(?:\s*(?:just\s+)?click\s+(?:on\s+)?[\w' ’]{1,30}?\s+"
    r"(?:below|above|at\s+the\s+bottom)\s*[.!]*)?"
    # Rule ``part-in-comments-pointer``: a post too long for the site says where its next
    # part went, "Part 2 is in the comments because of the character limit.", "Part two
    # will be posted in the comments below!"
    rf"|[\[(]?\s*{_UNIT}\s+{_NUMBER}\s+(?:is|will\s+be|continues|goes)\s+(?:posted\s+)?in\s+"
    r"(?:the\s+)?(?:comments?|replies)(?:\s+below)?(?:\s*,?\s*(?:because|due\s+to|since)"
    r"\s[^.!?()\[\]]{1,60})?\s*[.…!]*\s*[\])]?"
    # The bracketed close of an instalment: "(end of part one)", "[End of part 2]".
    rf"|[\[(]\s*end\s+of\s+{_UNIT}\s+{_NUMBER}\s*[.…!]*\s*[\])]",
    re.IGNORECASE,
)
# Rule ``end-part-pointer``: the clipped close a list poster types at the foot of an
# instalment, over her "Continued in part 2": "End part 1", "End post 2.". Without "of"
# and a heading's words, so a story's "End of Part One" stays its end mark.
_END_PART = lazy(rf"end\s+{_UNIT}\s+{_NUMBER}\s*[.…!]*", re.IGNORECASE)

# Rule ``archive-credit``: the line an archive puts under each story it keeps, naming
# itself: "Archived at Some Archive -- http://…", "This story is archived at
# Ashwinder", "Archived by the Lighthouse archive". Either it gives the archive's address,
# or it is a bare name with no full stop, so "Archived at the museum since 1850." is prose.
# A printer-friendly page words it "This story was printed from The Press: http://…"; that
# form needs the address, since "printed from" may end a sentence of prose.
# Rule ``named-archive-credit``: a mailing list's archive names the list before it, as a
# compiled file's last line does: "twelvetowers_rr -- archived in the Files section". Only a
# user or list name (one word, no spaces) and a spaced dash.
_ARCHIVE_CREDIT = lazy(
    r"(?:[\w.-]{2,40}\s+(?:--|[-–—])\s+)?"
    r"(?:this\s+(?:story|fic|page|work)\s+(?:is|was|has\s+been)\s+)?"
    r"(?:archived\s+(?:at|on|by|in)\s+(?:.{0,100}(?:https?://|www\.)\S+/?|[^.!?]{2,80})"
    r"|printed\s+from\s+.{0,100}?(?:https?://|www\.)\S+/?)",
    re.IGNORECASE,
)
# Rule ``archive-ownership-line``: an archive's line under every story saying whose its
# contents are, in one to three short sentences: "All characters belong to their respective
# owners. All stories belong to their authors." Each sentence must give the owners as
# "respective owners" or "their authors", the archive's wording, so a story's sentence
# about who owns what ("The horses belong to the Duke.") is prose. Rule
# ``non-profit-site-line``: the archive may add that it makes no money, "The Lantern Archive
# is a non-profit fan site.", after such a sentence, never alone.
_OWNERSHIP = lazy(
    r"(?:(?:all\s+)?(?:characters|stories|works|fics|fan\s*fiction|content|rights|settings)"
    r"[\w ,&]{0,60}?\s+(?:belong|are\s+(?:the\s+)?(?:property|copyright))\s+(?:to|of)\s+"
    r"(?:their\s+)?(?:respective\s+(?:owners|authors|creators)|authors|creators)"
    r"[^.!?]{0,40}[.!]?\s*){1,3}"
    r"(?:[\w'’&. -]{1,60}?\s+is\s+an?\s+(?:non[\s-]?profit|not[\s-]for[\s-]profit)"
    r"(?:\s+fan)?\s+(?:site|website|archive)[.!]?)?",
    re.IGNORECASE,
)

# Rule ``archive-date-credit``: an archive's stamp under a story it keeps, the date it was
# filed and its terms: "Archived 07/09/1998. Do not redistribute without the author's OK.",
# "Archived on 3 May 2001." The date must be all of the first sentence, and any sentence
# after it must speak of copying, so "Archived in 1998, the letters went unread." is prose.
_ARCHIVE_DATE = lazy(
    r"archived\s+(?:on\s+)?(?:\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}"
    r"|\d{1,2}\s+[a-z]{3,9}\.?,?\s+\d{4}|[a-z]{3,9}\.?\s+\d{1,2},?\s+\d{4})[.!]"
    r"(?:\s+[^.!?]{0,80}?\b(?:archiv|repost|re-post|redistribut|distribut|cop(?:y|ied)"
    r"|reproduc|permission)[^.!?]{0,80}[.!]){0,2}",
    re.IGNORECASE,
)

# Rule ``copyright-line``: a page's copyright notice under the story, "Copyright 2003 Jo
# Bloggs. Please do not archive without asking.", "© 2001-2004 by Jo. All rights reserved.".
# The sign or word, a year and a name (a few capitalised words or a handle), then at most
# two short sentences about copying ("archive", "repost", "rights", "permission"), so a
# sentence that merely starts with the word ("Copyright 1887 was the year…") stays prose.
# A writing site adds the member's handle in brackets: "© Copyright 2022 Jo Bloggs (jobloggs
# at Site.Com). All rights reserved."
# Rule ``copyright-comments-line``: a file passed round bulletin boards adds where to send
# comments, "Comments by netmail to 1:109/414.", as a third short sentence.
# An archive's notice adds whose the work is: "… all new work belongs to its author."
# Rule ``hyphenated-handle-copyright``: DeviantArt's user names join words with hyphens
# ("© 2009 - 2024 ink-and-seal"), a handle as surely as one with "_" or a digit.
_NAME_WORD = r"(?:(?-i:[A-Z\u00c0-\u00de])[\w'’.-]*|[\w.-]*[_\d@][\w.@-]*|\w+(?:-\w+)+)"
_COPYRIGHT = lazy(
    r"(?:copyright|\(c\)|©)(?:\s*(?:©|\(c\)|copyright))?\s*(?:\d{4}(?:\s*[-–]\s*\d{2,4})?)\s*,?\s*"
    rf"(?:by\s+)?{_NAME_WORD}(?:\s+(?:and\s+|&\s+)?{_NAME_WORD}){{0,4}}"
    r"(?:\s*\([^()]{1,60}\))?[.!]?"
    r"(?:\s+[^.!?]{0,80}?\b(?:archiv|repost|re-post|post|cop(?:y|ied)|reproduc|rights|permission"
    r"|distribut|steal|plagiari|comments|feedback|netmail|belong)[^.!?]{0,80}[.!]){0,3}",
    re.IGNORECASE,
)

# Rule ``site-copyright-line``: a site's own notice under each page, its address first:
# "MediaMiner.org (c) 1999-2006. All fan works are the property of their authors.",
# "Example.net © 2004. All rights reserved." The host name (a dotted name ending in a
# top-level domain), the sign and a year or span, then at most two short sentences about
# rights or ownership, so "Boston.com (c) 2001 ran the story first, she said." stays prose.
_SITE_COPYRIGHT = lazy(
    r"[a-z\d][\w-]{0,40}(?:\.[\w-]{1,40}){0,2}\.(?:com|net|org|info|biz|[a-z]{2})\s*"
    r"(?:\(c\)|©|copyright)\s*\d{4}(?:\s*[-–]\s*\d{2,4})?[.!]?"
    r"(?:\s+[^.!?]{0,80}?\b(?:rights|propert|belong|owned|archiv|cop(?:y|ied)|reproduc"
    r"|permission|distribut)[^.!?]{0,80}[.!]){0,2}",
    re.IGNORECASE,
)

# Rule ``site-years-rights-line``: a site's footer with no copyright sign, its name, its
# years and "All Rights Reserved." ("Booksie 2021-2024. All Rights Reserved."). Only a
# name of one to three words, a year or a span of years, and the rights sentence closing it.
_SITE_YEARS_RIGHTS = lazy(
    r"[A-Z][\w.&'’-]{1,30}(?:\s+[\w.&'’-]{1,30}){0,2}\s+(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?"
    r"\s*[.,]?\s+all\s+rights\s+reserved\.?",
    re.IGNORECASE,
)


# Rule ``zine-rights-notice``: a fanzine's notice on its rights at the foot of a piece or a
# page: "IDLE PENS is an amateur, non-profit publication. All rights revert to the
# contributors on publication.", "Copyright reverts to the writers and artists." The zine's
# name (a few words) said to be an amateur or non-profit publication, zine or fanzine, and
# the sentence that the rights revert to its contributors, each alone or both, so "She is
# an amateur." or "The rights revert to the crown." stay prose.
_ZINE_KIND = (
    r"[\w.'’&-]+(?:\s+[\w.'’&-]+){0,5}\s+is\s+an?\s+(?:amateur|non-?profit|fan)"
    r"(?:\s*,?\s*(?:and\s+)?(?:amateur|non-?profit|fan))?\s+"
    r"(?:publication|fanzine|zine|magazine)[.!]"
)
_RIGHTS_REVERT = (
    r"(?:all\s+)?(?:rights|copyrights?)\s+(?:revert|return)s?\s+to\s+(?:the\s+|their\s+)?"
    r"(?:contributors|authors|writers|artists|creators)(?:\s+(?:and|&)\s+(?:artists|writers))?"
    r"(?:\s+(?:up)?on\s+publication)?[.!]"
)
_ZINE_RIGHTS = lazy(
    rf"{_ZINE_KIND}(?:\s+{_RIGHTS_REVERT})?|{_RIGHTS_REVERT}",
    re.IGNORECASE,
)

# Rule ``back-link-address``: a home page's link back to the page that lists the story,
# copied with its address: "Back to Anna's fic page: http://…", "Return to the index --
# www.…". The address must close the line, so "Back to the farm, she thought." is prose.
_BACK_LINK_ADDRESS = lazy(
    r"(?:back|return|go\s+back)\s+to\s+[^.!?]{1,60}?\s*(?:[:–—-]+|\bat)?\s*"
    r"<?(?:https?://|www\.)\S+?>?",
    re.IGNORECASE,
)

# Rule ``software-credit``: a site's footer crediting the software and the look it runs on,
# with the footer's links beside it: "Skin by Moss Designs. Powered by eFiction 3.5.3",
# "Proudly powered by WordPress | Theme: Twenty Twenty.", "Site Map | Contact | Powered by
# TtH Fiction Archive". The line falls into items at "|", "•" or a full stop; one is
# "Powered by <name>", and every other is a credit ("Theme: …", "Skin by …") or a short
# link. Static-site themes write "Built with Hugo" or "Made with Jekyll" for "Powered by"
# ("© 2023 Jo · Built with Hugo · Theme: Paper · Top ↑"). A lone "Powered by …" item is no
# footer here (the chrome rule knows the software by name), so a story's "Powered by
# steam." or "Built with oak." stays prose. Rule ``archive-credit-with-owners``: the credit
# may name what it powers ("Archive powered by eFiction 1.1.") and stand with the archive's
# line on who owns its stories ("All stories belong to their authors.", ``_OWNERSHIP``).
_CREDIT_WORDS = lazy(r"powered by|built with|made with")
# Rule ``colon-credit-items``: eFiction's skins part the footer's items with a spaced "::"
# as they part their menu's ("Birch skin by Moss  ::  Powered by eFiction 3.5.3").
_CREDIT_ITEMS = lazy(r"\s*[|•·]\s*|\s+::\s+|(?<=[a-z\d])\.\s+(?=[A-Z])")
_POWERED = lazy(
    r"(?:(?:the\s+|this\s+)?(?:archive|site|board|forum|blog)\s+(?:is\s+)?)?"
    r"(?:proudly\s+)?(?:powered\s+by|built\s+with|made\s+with)\s+"
    r"[\w®™.&'’-]+(?:\s+[\w®™.&'’-]+){0,5}?"
    r"(?:\s+(?:©|\(c\))\s*[\w .&-]{1,40})?\.?",
    re.IGNORECASE,
)
_CREDIT = lazy(
    # The skin may carry its name in front, in capitals ("Turnpike Tales skin by Moss").
    r"(?:(?-i:[A-Z])[\w'’&-]*\s+){0,3}"
    r"(?:(?:wordpress\s+)?theme|skin|design|layout|template|style)\s*(?::|(?:ed\s+)?by\b)\s*"
    r"[\w®™.&'’ -]{1,40}?\.?"
    r"|(?:©|\(c\)|copyright)\s*[\w .,&'’-]{1,40}",
    re.IGNORECASE,
)
# Rule ``site-footer-credit``: an archive's own lines at the foot of every page, crediting
# who built it ("Site design and code by Pell", "Site layout by Moss") or naming the network
# it belongs to ("XYZ is a member of the Lantern Lane Network", "… of the Fanfic Webring").
# The credit must say "site", and the network line must name one in capitals ending on
# "Network" or "Webring", so a story's "Design by committee." or "She is a member of the
# choir." (or "of the smuggling network") stays prose. A "Network" is a word of prose too
# ("Her father is a member of the Resistance Network"), so its member must be a site: a
# subject ending on "archive", "site", "page" or "story", an address ("Inkwell.net") or a
# site's abbreviation with two capitals or more ("TtH", "XYZ"). Any member of a "Webring"
# is a site.
_MEMBER_OF = r"\s+is\s+(?:a\s+)?(?:proud\s+)?member\s+of\s+(?:the\s+)?"
_SITE_FOOTER = lazy(
    r"site\s+(?:design|layout|code|coding|skin|graphics)"
    r"(?:\s*(?:,|and|&)\s*(?:design|layout|code|coding|skin|graphics|hosting))*"
    r"\s+by\s+[\w@.'’&-]+(?:\s+[\w@.'’&-]+){0,3}\.?"
    r"|(?:(?:[\w.'’&-]+\s+){0,4}(?:archives?|(?:web)?sites?|pages?|story)"
    r"|[\w-]+(?:\.[\w-]+)*\.[a-z]{2,4}|(?-i:(?=[a-z\d]*[A-Z][a-z\d]*[A-Z])[A-Za-z\d]{2,6}))"
    + _MEMBER_OF
    + r"(?-i:(?:[A-Z][\w.'’&-]*\s+){1,6}Network)\.?"
    r"|[\w.'’&-]+(?:\s+[\w.'’&-]+){0,4}"
    + _MEMBER_OF
    + r"(?-i:(?:[A-Z][\w.'’&-]*\s+){1,6}(?:Web\s*[Rr]ing|Webring))\.?",
    re.IGNORECASE,
)
# A footer link: a few capitalised words, no sentence marks ("Site Map", "Contact Us"), and
# a back-to-top link's arrow ("Top ↑").
_FOOTER_LINK = lazy(r"(?-i:[A-Z])[\w'’&-]*(?:\s+[\w'’&-]+){0,2}(?:\s*[↑⬆])?")


def _software_credit(line: str) -> bool:
    """Whether a footer line credits the site's software among its links (see
    ``_POWERED``)."""
    items = [item.strip() for item in _CREDIT_ITEMS.split(line) if item.strip()]
    if len(items) < 2 or len(items) > 8:
        return False
    powered = [item for item in items if _POWERED.fullmatch(item)]
    # Links stand only between bars: between full stops, "It was slow. Powered by oxen."
    # would pass for a link and a credit.
    barred = any(mark in line for mark in "|•·") or " :: " in line
    return bool(powered) and all(
        item in powered
        or _CREDIT.fullmatch(item)
        or (barred and _FOOTER_LINK.fullmatch(item))
        or _OWNERSHIP.fullmatch(item)
        for item in items
    )


# When the writer wrote and reworked the piece: "written 2022, tidied 2024", "(drafted May
# 2019; revised 2021)", perhaps in emphasis marks.
_WHEN = r"(?:in\s+)?(?:[A-Za-z]{3,9}\.?\s+)?(?:\d{1,2},?\s+)?\d{4}"
# The words a dating opens on (and the rule's cheap first test).
_DATING_WORDS = ("written", "drafted", "begun", "started", "finished")
_WRITING_DATES = lazy(
    rf"[*_(\[]*(?:{'|'.join(_DATING_WORDS)})\s+{_WHEN}"
    rf"(?:\s*[,;/–—-]\s*(?:and\s+)?(?:edited|revised|tidied|polished|finished|posted|"
    rf"rewritten|reworked)(?:\s+up)?\s+{_WHEN})*\.?[*_)\]]*",
    re.IGNORECASE,
)


def writing_dates_line(text: str) -> bool:
    """Rule ``writing-dates-line``: the writer's dating of the piece alone on a line under
    it, "written 2022, tidied 2024", "*drafted May 2019; revised 2021*": when it was written,
    not a line of the story. Only a year-bearing line of those words (at a chapter's end,
    where the closing rules ask)."""
    line = text.strip()
    if len(line) > 80 or line[:12].lower().lstrip("*_([").split(" ")[0] not in _DATING_WORDS:
        return False  # the cheap test first: the line opens on one of the words
    return _WRITING_DATES.fullmatch(line) is not None


def bare_updated_line(text: str) -> bool:
    """Rule ``page-updated-line``, bare form: "Last updated 14 March 2001" under the story, among
    a home page's footer lines. Only at a chapter's end (the body pass's closing lines): in
    a header the same line dates the story's last update."""
    line = text.strip()
    return len(line) <= 50 and line[:4].lower() == "last" and bool(_BARE_UPDATED.fullmatch(line))


# Literal words one of which a mail client's line holds, checked before the pattern.
_CLIENT_WORDS = ("sent", "outlook", "von meinem", "envoy", "enviado", "inviato")


def page_footer(text: str) -> str | None:
    """The rule naming the line as a mail client's or a home page's footer, else None."""
    line = text.strip()
    if len(line) > 160:
        return None
    lower = line[:40].lower()
    if any(word in lower for word in _CLIENT_WORDS) and _MAIL_CLIENT.fullmatch(line):
        return "mail-client-signature"
    if "last" in lower and _PAGE_UPDATED.fullmatch(line):
        return "page-updated-line"
    if ("visit" in lower or "hits" in lower) and _COUNTER.fullmatch(line):
        return "visitor-counter"
    if (
        ("cont" in lower or "end of" in lower or "comment" in lower or "repl" in lower)
        and len(line) <= 120
        and _POINTER.fullmatch(line)
    ):
        return "instalment-pointer"
    if lower.startswith("end") and len(line) <= 30 and _END_PART.fullmatch(line):
        return "end-part-pointer"
    if lower.startswith(("copyright", "(c)", "©")) and _COPYRIGHT.fullmatch(line):
        return "copyright-line"
    if "." in lower[:30] and _SITE_COPYRIGHT.fullmatch(line):
        return "site-copyright-line"
    whole = line.lower()
    # The cheap test for site-years-rights-line: the line closes on the rights words.
    if whole.rstrip(". ").endswith("rights reserved") and _SITE_YEARS_RIGHTS.fullmatch(line):
        return "site-years-rights-line"
    if ("revert" in whole or " publication" in whole) and _ZINE_RIGHTS.fullmatch(line):
        return "zine-rights-notice"
    if ("archived" in lower or "printed" in lower) and _ARCHIVE_CREDIT.fullmatch(line):
        return "archive-credit"
    if lower.startswith("archived") and _ARCHIVE_DATE.fullmatch(line):
        return "archive-date-credit"
    if (lower.startswith("site") or " member of " in whole) and _SITE_FOOTER.fullmatch(line):
        return "site-footer-credit"
    if _CREDIT_WORDS.search(whole) and _software_credit(line):
        return "software-credit"
    linked = "http" in line or "www." in line
    if linked and lower[:1] in "bgr" and _BACK_LINK_ADDRESS.fullmatch(line):
        return "back-link-address"
    if (home := home_footer_line(line)) is not None:
        # A personal site's link row, credits or webring bar (home_footer).
        return home
    # A download tool's credit and closing line (downloader_lines), a note app's source
    # line under a pasted block (note_app_lines).
    return downloader_line(line) or note_app_line(line)


def ownership_line(text: str) -> bool:
    """Rule ``archive-ownership-line``: an archive's "All characters belong to their
    respective owners." line under a story. Read only among a chapter's closing lines: in a
    header the same words may be the author's own disclaimer."""
    line = text.strip()
    lower = line.lower()
    if len(line) > 240 or not ("respective" in lower or "their authors" in lower):
        return False
    return _OWNERSHIP.fullmatch(line) is not None
