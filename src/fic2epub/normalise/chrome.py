"""Site chrome: the lines a page copy brings along that are neither story nor notes.

Navigation bars, site names, "Log In", reader counts ("214 notes", "3.1K reads"), comment
links, LiveJournal cut tags and mood lines, mailing-list headers and footers. Each rule is
about how a site frames a story, never about a story's own words.
"""

from __future__ import annotations

import re

from fic2epub.normalise.fields import exact_rating

# Whole lines that sites print around a story.
_CHROME_LINE = re.compile(
    r"(?:archive\s+of\s+our\s+own(?:\s+beta)?|ao3|fanfiction(?:\.net)?|fictionpress(?:\.com)?"
    r"|wattpad|quotev|tumblr|livejournal|dreamwidth(?:\s+studios)?"
    r"|log\s*in|sign\s*up|sign\s+in|site\s+navigation|fandoms|browse|search|about|actions"
    r"|entire\s+work|share|download|work\s+header|follow(?:ing)?|unfollow|comments?|reply"
    r"|add\s+a\s+comment\.*|\(?leave\s+a\s+comment\)?|\(?post\s+a\s+new\s+comment\)?|read\s+more\.*"
    r"|continue\s+reading(?:\s+next\s+part)?|time\s+\d+h(?:\s+\d+m)?"
    r"|\(\s*read\s+more\.*\s*\)|</?lj-cut[^>]*>|more\s+from\s+\S.{0,40}|chapter\s+index"
    r"|chapter\s+text|work\s+text:?|review|kudos|bookmark|subscribe|back\s+to\s+top|home"
    r"|table\s+of\s+contents|next\s+chapter|previous\s+chapter"
    r"|[«<]*\s*prev(?:ious)?(?:\s+chapter)?\s*[»>]*|[«<]*\s*next(?:\s+chapter)?\s*[»>]+"
    r"|yahoo!?\s+groups\s+links|<\*>.*|kudos\s*\(\d+\)|comments\s*\(\d+\)"
    r"|skip\s+header|desktop/tablet\s+mode.*|.*\byahoo!?\s+groups\s+sponsor\b.*"
    r"|post\s+comment|footer|about\s+the\s+archive|site\s+map|all\s+fields\s+are\s+required.*"
    r"|.{0,200}\bleft\s+kudos\s+on\s+this\s+work!?"
    r"|(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    r"|page\s+\d+(?:\s+of\s+\d+)?|\[?\s*community\s+profile\s*\]\s*\S+|entry\s+tags\s*:.*"
    r"|quote|like|likes|report|click\s+to\s+expand\.*|threadmarks?|reader\s+mode|\(edited\)"
    r"|follow\s*/\s*fav|favou?rite|post\s+review\s+as\s+guest|reblogs?|get\s+your\s+own\s+free.*"
    r"|you\s+are\s+visitor\s+(?:number|no\.?)\s*\d+|(?:\[\s*\w+\s*\]\s*){1,6}"
    r"|please\s+drop\s+by\s+the\s+archive\s+and\s+comment.*|microsoft\s+word\s*[-–—].*"
    r"|\S+\.(?:docx?|odt|rtf|pdf|txt)|[\w-]+(?:\.[\w-]+)*\.(?:com|net|org|de|fr|co\.uk|livejournal\.com)"
    r"|this\s+page\s+(?:is\s+)?hosted\s+by\s+.{1,80}|entry\s+tags\s*:.*"
    r"|\S+\s+(?:\(\S+\)\s+)?wrote\s+in\s+.{1,80}|\S+\s+wrote\s*,?\s+@\s*.{0,40})",
    re.IGNORECASE,
)
# Reader counts: "214 notes", "3.1K reads · 58 favorites · 12 comments", "2.3K Reads 189 Votes".
_COUNT = (
    r"[\d.,]+\s*[kKmM]?\s+(?:notes?|reads?|votes?|comments?|kudos|favou?rites?|favs|follows"
    r"|followers|reviews?|hits|bookmarks|parts?|views|likes|reblogs)"
)
_COUNTS = re.compile(rf"(?:{_COUNT})(?:\s*(?:[·•|,]|\s{{2,}})\s*(?:{_COUNT}))*", re.IGNORECASE)
# "Key: value" lines of e-mail and blog software rather than of the story's header.
_CHROME_LABELS = re.compile(
    r"(?:from|to|cc|reply-to|sender|message-id|mime-version|content-type|x-[\w-]+|subject"
    r"|current\s+(?:mood|music|location)|posted\s+by|posted\s+via)\s*:.*",
    re.IGNORECASE,
)
# Navigation bars: several short items between separators. Two spaces separate items only on
# a line without sentence punctuation (some people type two spaces after a full stop).
_BAR_SEPARATOR = re.compile(r"\s*(?:\||·|•|»|«|\s\.\s|\s\*\s)\s*|\s{3,}")
_WIDE_SEPARATOR = re.compile(r"\s{2,}")


def is_site_chrome(text: str) -> bool:
    """Whether a whole line is site framing (navigation, counts, comment links, mail headers)."""
    line = text.strip()
    if len(line) > 200:
        return False
    if _CHROME_LINE.fullmatch(line) or _COUNTS.fullmatch(line) or _CHROME_LABELS.fullmatch(line):
        return True
    return _navigation_bar(line)


def _navigation_bar(line: str) -> bool:
    """ "Just In | Community | Forum | More": short items, no story metadata among them."""
    separator = _BAR_SEPARATOR
    if not re.search(r"[.!?,;\"“”]", line) and len(_WIDE_SEPARATOR.split(line)) >= 3:
        separator = _WIDE_SEPARATOR
    items = [item for item in separator.split(line) if item.strip(" <>")]
    # "<< Back to …" and "… >>" mark a link bar even with longer items.
    longest = 6 if line.startswith(("<<", "«")) or line.endswith((">>", "»")) else 4
    if len(items) < 2 or any(len(item.strip("<>«» ").split()) > longest for item in items):
        return False
    return pipe_metadata(line) is None and not any(":" in item for item in items)


_PAIR = re.compile(r"\S\s*(?:/|&|\sx\s)\s*\S")
_WORDS = re.compile(r"~?\s*[\d.,]+\s*[kK]?\+?\s+words?", re.IGNORECASE)


def pipe_metadata(line: str) -> list[tuple[str, str]] | None:
    """Header fields from one line of "|"-separated items, or None if it is not such a line.

    "pairing: A/B | rating: G | words: 1.1k" gives labelled fields; "Fandom | A & B | G | ~600
    words" gives the fandom (first item), the pairing and the rating by their shape.
    """
    if "|" not in line or len(line) > 300:
        return None
    items = [item.strip() for item in line.split("|") if item.strip()]
    if len(items) < 2:
        return None
    if all(":" in item for item in items):
        pairs = (item.partition(":") for item in items)
        return [(label.strip(), value.strip()) for label, _, value in pairs]
    fields: list[tuple[str, str]] = []
    recognised = 0
    for position, item in enumerate(items):
        if _WORDS.fullmatch(item):
            recognised += 1
        elif exact_rating(item) is not None:
            fields.append(("Rating", item))
            recognised += 1
        elif _PAIR.search(item):
            fields.append(("Pairing", item))
            recognised += 1
        elif position == 0:
            fields.append(("Fandom", item))
        else:
            return None
    return fields if recognised >= 2 else None


# FanFiction.Net puts its category and the fandom above a story: "Books » Little Women".
_FFN_BREADCRUMB = re.compile(
    r"(?:books|anime/manga|cartoons|comics|games|misc|movies|plays/musicals|tv\s+shows"
    r"|crossovers?)\s*»\s*(?P<fandom>[^»]{1,80})",
    re.IGNORECASE,
)


def breadcrumb_fandom(line: str) -> str | None:
    """The fandom of a FanFiction.Net category line, else None."""
    found = _FFN_BREADCRUMB.fullmatch(line.strip())
    return found.group("fandom").strip() if found else None


# A blog's "Tags:" line under a post files the post; it is not the story's header.
POST_TAGS_RE = re.compile(r"(?:entry\s+)?tags\s*:.*", re.IGNORECASE)
