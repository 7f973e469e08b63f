"""The text a site's Share button gives to copy, pasted at the top of a story.

Three shapes are read:

* an app's share line: 'Check out "Title" by name on FanFiction! https://…' (the link and
  the "by name" may be missing, and "Read" or "I'm reading" may stand for "Check out"), or
  with the site first: 'Check out this story on FanFiction: "Title" by name';
* a reader's "Title | author | URL" line over a saved copy;
* AO3's Share block: "Title (1,246 words) by a, b" over "Chapters: 1/1", "Fandom: …" and the
  other tag lines, which the header reads as fields;
* the story's address alone on a line, as a reader pastes it under the title and handle.
"""

from __future__ import annotations

import re

from fic2epub.lazy_re import lazy
from fic2epub.normalise.chunks import Chunk
from fic2epub.normalise.fields import split_authors

# The share text of the sites' apps names the title in quotes, the author, and the site.
# The sites whose apps share so, as the share text names them.
_SHARE_SITES = (
    r"(?:fan\s*fiction(?:\.net)?|fictionpress(?:\.com)?|wattpad|ao3|archive\s+of\s+our\s+own)"
)
# Rule ``app-share-reading``: Wattpad's app says what the reader is reading, "I'm reading
# "Title" by name on #Wattpad https://…", the site's name as a hashtag, perhaps with the
# story's genre tags after it.
_APP_SHARE = lazy(
    r"(?:check\s+out|read|i['’]?m\s+reading|i\s+am\s+reading)(?:\s+this\s+story)?\s*:?\s+"
    # Rule ``app-share-part-from-story``: sharing from inside a part, the app names the
    # part first, 'Read "Part Two: The Golem" from "Title" by name on #Wattpad': the
    # story's title is the second quoted name.
    r"(?:[\"“][^\"“”]{1,200}[\"”]\s+from\s+)?"
    r"[\"“](?P<title>[^\"“”]{1,200})[\"”]"
    r"(?:\s*,?\s+by\s+(?P<author>[^\s\"“”].{0,60}?))?"
    rf"\s+on\s+#?{_SHARE_SITES}\s*[!.:]?(?:\s+#\w{{1,40}}){{0,6}}(?:\s*(?:https?://|www\.)\S+)?",
    re.IGNORECASE,
)


# Rule ``app-share-site-first``: the FanFiction app's share text names the site before the
# story, 'Check out this story on FanFiction: "Title" by name', the link perhaps after it.
_SITE_FIRST_SHARE = lazy(
    rf"(?:check\s+out|read)\s+this\s+(?:story|fic|fanfic)\s+on\s+{_SHARE_SITES}"
    r"\s*[!:.]?\s+[\"“](?P<title>[^\"“”]{1,200})[\"”]"
    # The author's name: at most four words, no comma or quote, so a sentence that runs
    # on after it ("…by tern, she said.") is not read as one.
    r"(?:\s*,?\s+by\s+(?P<author>[^\s\"“”,!?]{1,40}(?:\s[^\s\"“”,!?]{1,40}){0,3}?))?"
    r"\s*[!.]?(?:\s*(?:https?://|www\.)\S+)?",
    re.IGNORECASE,
)


def app_share_line(text: str) -> tuple[str, str] | None:
    """Rule ``app-share-line``: the title and author (possibly "") of an app's share line,
    'Check out "Title" by name on FanFiction! https://…', else None.

    The quoted title, the word "on" and a fiction site's name must all be there, so a
    sentence of the story that tells someone to check something out does not match.

    Rule ``app-share-part-from-story``: the share line of a part names the part, then the
    story: 'Read "Part Two" from "Title" by name on #Wattpad https://…'; the title is the
    story's.

    Rule ``app-share-site-first``: the same line with the site named first, 'Check out this
    story on FanFiction: "Title" by name' (the FanFiction app's wording): "this story on"
    and the site's name open the line, and the quoted title follows it.
    """
    if text[:1] not in "CcRrIi" or " on " not in text or len(text) > 400:
        return None
    found = _APP_SHARE.fullmatch(text.strip()) or _SITE_FIRST_SHARE.fullmatch(text.strip())
    if found is None:
        return None
    return found.group("title").strip(), (found.group("author") or "").strip()


# A reader's own line over a saved copy: "Title | author | https://…", as a bookmarking or
# "copy title and link" tool writes it. The author is a handle or a short name.
_TITLE_AUTHOR_URL = lazy(
    r"(?P<title>[^|]{1,200}?)\s+\|\s+(?P<author>[^|\s][^|]{0,40}?)\s+\|\s+"
    r"(?:https?://|www\.)\S+"
)


def title_author_url_line(text: str) -> tuple[str, str] | None:
    """Rule ``title-author-url-line``: the title and author of a reader's "Title | author |
    URL" line at the top of a saved copy, else None.

    Three "|"-parted items and the last one a link and nothing else, so a story's line with
    a "|" in it, or a site's link bar, does not match; the author is at most four words.
    """
    if "|" not in text or ("//" not in text and "www." not in text) or len(text) > 400:
        return None
    found = _TITLE_AUTHOR_URL.fullmatch(text.strip())
    if found is None or len(found.group("author").split()) > 4:
        return None
    return found.group("title").strip(), found.group("author").strip()


# A web address and nothing else: "https://www.fanfiction.net/s/123/1/Title".
_LONE_URL = lazy(r"(?:https?://|www\.)[^\s<>\"“”|]+", re.IGNORECASE)


def story_url_line(text: str) -> str | None:
    """Rule ``story-url-line``: the address of a line in the header that holds one web
    address and nothing else (the story's page, pasted by the reader under its title and
    the author's handle), else None. A line with words beside its link is not one."""
    stripped = text.strip()
    if stripped[:1] not in "hHwW" or " " in stripped or len(stripped) > 300:
        return None
    return stripped if _LONE_URL.fullmatch(stripped) else None


# AO3's share text: "<title> (<count> words) by <creators>"; the count may have separators.
_AO3_SHARE_TITLE = lazy(
    r"(?P<title>\S.{0,250}?)\s+\((?P<words>\d[\d,.\s]*)\s+words\)\s+by\s+(?P<names>\S.{0,200})"
)
# The line AO3 puts straight under it.
_CHAPTERS = lazy(r"chapters\s*:\s*\d+\s*/\s*(?:\d+|\?)", re.IGNORECASE)


def ao3_share_title(chunks: list[Chunk], index: int) -> tuple[str, str] | None:
    """Rule ``ao3-share-title``: the title and the creators (one per line) of AO3's share
    text, "Title (1,246 words) by a, b", when a "Chapters: N/M" line follows; else None.

    AO3 joins co-creators with ", ", so the names are split there; the word count is the
    site's, not part of the title.
    """
    text = chunks[index].text
    if "words)" not in text or index + 1 >= len(chunks):
        return None
    found = _AO3_SHARE_TITLE.fullmatch(text.strip())
    if found is None or not _CHAPTERS.fullmatch(chunks[index + 1].text.strip()):
        return None
    names = split_authors(found.group("names"))
    return found.group("title").strip(), "\n".join(names)
