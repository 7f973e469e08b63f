"""XenForo threads (SpaceBattles, Sufficient Velocity, Questionable Questing) copied as text.

A fiction forum's thread is a story posted chapter by chapter. Its copy holds, around the
author's posts, what the forum software prints:

* the thread's head: the site name and breadcrumbs, the thread title with its tags
  ("Story Title (Fandom fic) [Complete]"), the "Thread starter X Start date …"
  line (XenForo 2) or "Discussion in 'Forum' started by X, date." (XenForo 1), the
  threadmark menu and page numbers;
* each post's header: the poster's name (twice: the avatar's text and the name), a user
  title, the date, "#57", "Add bookmark"; XenForo 1's poster box lists "Joined:",
  "Messages:" and "Likes Received:" beside the post and puts the date and "#57" under it;
* a threadmarked post's bar, "Threadmarks: Chapter 2: Second Title" with "Prev"/"Next";
* under each post: "Last edited: …", "Reactions: X, Y and 212 others" (XenForo 1: "X, Y and
  31 others like this."), the "Like Reply" / "Reply" / "Report" buttons, page navigation;
* a quoted post inside a reply: "X said:", the quoted lines, "Click to expand...".

The helpers here tell those lines apart; :mod:`threads` finds the posts and the author.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from fic2epub.lazy_re import lazy
from fic2epub.normalise.chrome import is_site_chrome
from fic2epub.normalise.chunks import Chunk, is_glyph_line
from fic2epub.normalise.fields import date_line, is_known_label
from fic2epub.normalise.forum_lines import is_poster_stat, thread_starter
from fic2epub.normalise.patterns import BYLINE_RE, FIELD_RE, match_note, word_key

# A threadmarked post's bar: "Threadmarks: Chapter 2: Second Title".
_BAR = lazy(r"threadmarks?\s*:\s*(?P<title>\S.{0,120})", re.IGNORECASE)
# The thread's threadmark menu: "Threadmarks: Story Threadmarks (2)", "Threadmarks (3)".
_MENU = lazy(r"threadmarks?(?:\s*:\s*\S.{0,40})?\s*\(\d{1,4}\)", re.IGNORECASE)
# The thread's tools and its pages' navigation, each on a line of its own.
_THREAD_TOOLS = lazy(
    r"reader\s+mode|threadmarks?|statistics|watch|unwatch|recent\s+threadmarks"
    r"|view\s+all\s+\d{1,4}\s+threadmarks|thread\s+navigation|(?:first|last|next|prev(?:ious)?)"
    r"(?:\s+page)?|page\s+\d{1,4}|\d{1,4}|go\s+to\s+page|…|\.\.\.|share\s+this\s+(?:page|thread)"
    r"|share:?|facebook|twitter|reddit|pinterest|tumblr|whatsapp|email|link|search\s+titles\s+only",
    re.IGNORECASE,
)
# Buttons under a post, on one line or several: "Like Reply", "Reply", "Report", "Quote".
# vBulletin's are "Reply With Quote" (and "Quote", "Reply").
_BUTTONS = lazy(
    r"(?:(?:like|reply\s+with\s+quote|reply|quote|report|share|bookmark)\s*){1,5}", re.IGNORECASE
)
# XenForo 1's likes line: "HollyOak, Seven_Stars and 31 others like this.", "Marram likes
# this." A list of names before "like(s) this": no sentence mark among them.
_LIKES = lazy(
    r"[^.!?\"“”]{1,300}?\s(?:and\s+[\d,]{1,7}\s+others?\s+)?likes?\s+this\.?", re.IGNORECASE
)
# Rule ``reaction-counts``: the reactions summed under a post, each a reaction's name and
# its count: "Like x 64", "Like x 12 Informative x 3", "Hugs x 2, Love x 1". A name of one
# to three capitalised words, "x", a number, and nothing else: no sentence reads so.
_REACTION_COUNTS = lazy(
    r"(?:[A-Z][\w'’!-]{0,20}(?:\s[A-Z][\w'’!-]{0,20}){0,2}\s+[x×]\s+[\d,]{1,9}(?:[,;·|]?\s+|$))+"
)
# "Last edited: Mar 4, 2021", "Last edited by a moderator: …".
_EDITED = lazy(r"last\s+edited(?:\s+by\s+[^:]{1,40})?\s*:.{0,40}", re.IGNORECASE)
# A collapsed spoiler's button: "Spoiler", "Spoiler: Notes".
_SPOILER = lazy(r"spoiler(?:\s*:\s*[^.!?]{1,60})?", re.IGNORECASE)
# A quoted post's first line, "some_user said:", and its last, "Click to expand...".
_SAID = lazy(r"\S{1,40}(?:\s\S{1,40}){0,2}\s+said:")
_EXPAND = lazy(r"click\s+to\s+(?:expand|shrink)\.*", re.IGNORECASE)
# XenForo 1's thread line: "Discussion in 'Creative Writing SFW' started by Wren_Pitt, …".
_DISCUSSION = lazy(
    r"discussion\s+in\s+['‘’\"“”][^'‘’\"“”]{1,80}['‘’\"“”]\s+started\s+by\s+(?P<name>\S{1,40}?),"
    r"?\s+.{1,40}",
    re.IGNORECASE,
)
# The tags a thread title carries: "(Fandom fic)", "[Complete]", "[Worm]".
_TITLE_TAG_END = lazy(r"\s*(?:\([^()]{1,60}\)|\[[^\[\]]{1,60}\])\s*$")
_TITLE_TAG_START = lazy(r"^\s*\[[^\[\]]{1,60}\]\s*")
# Rule ``thread-fandom-quoted-title``: boards name a story's topic by its fandom, a colon and
# the story's title in quotes, 'Some Novel: "The Title"': the title is what the quotes hold.
_FANDOM_QUOTED = lazy(r"[^\"“”:]{1,60}:\s*[\"“](?P<title>[^\"“”]{1,100})[\"”]")
# A user title under the poster's name is a short phrase ("Lurks at midnight").
_LONGEST_USER_TITLE = 60


def thread_line(text: str) -> str | None:
    """Rule ``thread-starter``: the poster a thread's starter line names, else None ("Thread
    starter X Start date …", XenForo 1's "Discussion in 'Forum' started by X, date.")."""
    if (starter := thread_starter(text)) is not None:
        return starter
    if text[:1] not in "Dd" or len(text) > 200:
        return None
    found = _DISCUSSION.fullmatch(text.strip())
    return found.group("name") if found else None


def thread_title(text: str) -> str:
    """A thread title without its tags: "Story Title (Fandom fic) [Complete]"
    is titled "Story Title". A title that is all tags keeps them."""
    title = text.strip()
    while (found := _TITLE_TAG_END.search(title)) is not None and found.start() > 0:
        title = title[: found.start()].strip()
    while (found := _TITLE_TAG_START.match(title)) is not None and found.end() < len(title):
        title = title[found.end() :].strip()
    if (quoted := _FANDOM_QUOTED.fullmatch(title)) is not None:
        return quoted.group("title").strip()
    return title


def threadmark_bar(text: str) -> str | None:
    """Rule ``threadmark-bar``: the threadmark's name on a post's bar ("Threadmarks: Part 1 -
    Barbados"), else None. The thread's menu ("Threadmarks (3)") is no bar."""
    if text[:1] not in "Tt" or _MENU.fullmatch(text) is not None:
        return None
    found = _BAR.fullmatch(text.strip())
    return found.group("title").strip() if found else None


def is_thread_tool(text: str) -> bool:
    """Whether a line is one of the thread's tools or page links ("Reader mode", "Next",
    "2", "Threadmarks (3)")."""
    return len(text) <= 40 and (
        _THREAD_TOOLS.fullmatch(text.strip()) is not None or _MENU.fullmatch(text) is not None
    )


def is_post_chrome(text: str) -> bool:
    """Rule ``forum-post-chrome``: a line XenForo prints under a post: its buttons, "Last
    edited:", reactions and likes lines, or one of the thread's tools."""
    line = text.strip()
    if len(line) > 400:
        return False
    if line.endswith(("this", "this.")) and _LIKES.fullmatch(line):
        return True
    if line[-1:].isdigit() and (" x " in line or " × " in line):
        return _REACTION_COUNTS.fullmatch(line) is not None
    return (
        _BUTTONS.fullmatch(line) is not None
        or _EDITED.fullmatch(line) is not None
        or is_thread_tool(line)
        or is_site_chrome(line)
    )


def is_spoiler_button(text: str) -> bool:
    """Rule ``spoiler-button``: a collapsed spoiler's button ("Spoiler: Notes"): what it
    hides was not copied, and the button's label is the forum's."""
    return text[:1] in "Ss" and _SPOILER.fullmatch(text.strip()) is not None


def name_lines(chunks: Sequence[Chunk], start: int) -> tuple[int, int] | None:
    """Rule ``forum-doubled-name``: a XenForo post header's name block above ``start`` (its
    date line): the poster's name twice (the avatar's text, then the name), then maybe the
    user title. Returns (the block's first line, the name's line), else None."""
    for title in (0, 1):
        first = start - 2 - title
        if first < 0 or any(chunks[i].gap for i in range(first + 1, start + 1)):
            continue
        name, again = chunks[first], chunks[first + 1]
        if name.text != again.text or not poster_like(name):
            continue
        if title and not _user_title(chunks[start - 1]):
            continue
        return first, first + 1
    return None


def apart_name_lines(chunks: Sequence[Chunk], start: int) -> int | None:
    """Rule ``forum-name-apart``: a XenForo 2 post header copied with its parts set apart:
    the poster's name alone (the avatar was an image, so no doubled name), maybe a user
    title under it, then a blank line and the date block (``start``). Returns the name's
    line, else None. The name block stands apart on both sides: a blank line above it too
    (or the head of the text)."""
    if start < 1 or not chunks[start].gap:
        return None
    for title in (1, 0):
        first = start - 1 - title
        if first < 0 or (first and not chunks[first].gap):
            continue
        if title and (chunks[start - 1].gap or not _user_title(chunks[start - 1])):
            continue
        if poster_like(chunks[first]) and len(chunks[first].lines) == 1:
            return first
    return None


def poster_box(chunks: Sequence[Chunk], index: int) -> int | None:
    """Rule ``forum-poster-box-header``: XenForo 1's poster box opening a post at ``index``:
    the name twice, maybe a user title, then "Joined:"/"Messages:"/"Likes Received:" lines.
    Returns the index after the box, else None."""
    if index + 2 >= len(chunks):
        return None
    name, again = chunks[index], chunks[index + 1]
    if again.gap or name.text != again.text or not poster_like(name):
        return None
    at = index + 2
    if at < len(chunks) and not chunks[at].gap and _user_title(chunks[at]):
        at += 1
    stats = at
    while at < len(chunks) and not chunks[at].gap and is_poster_stat(chunks[at].text):
        at += 1
    return at if at > stats else None


def poster_like(chunk: Chunk) -> bool:
    """A user name on a line of its own: short, a few words, no sentence punctuation."""
    text = chunk.text
    return (
        chunk.role in ("text", "heading")
        and len(text) <= 40
        and len(text.split()) <= 4
        and not text.endswith((".", "!", "?", ",", ":", '"', "”"))
    )


def _user_title(chunk: Chunk) -> bool:
    """A user title under the name ("Well-known member"): a short line, not a date or stat.

    Rule ``forum-custom-user-title``: a member's own title may be a phrase with its own
    mark ("Knows where the towel is?", "Still here!"); it stands between the doubled name
    and the date, so only a label's colon rules it out."""
    text = chunk.text
    return (
        chunk.role in ("text", "heading")
        and len(text) <= _LONGEST_USER_TITLE
        and not text.endswith(":")
        and date_line(text) is None
        and not is_poster_stat(text)
    )


def post_footer(chunks: Sequence[Chunk], index: int) -> int | None:
    """Rule ``forum-post-footer``: XenForo 1 puts a post's date and "#57" under its text; the
    first line of that footer when ``index`` (the "#57" line) closes one, else None."""
    above = index - 1
    if above < 0 or chunks[index].gap or date_line(chunks[above].text) is None:
        return None
    return above


def quote_end(chunks: Sequence[Chunk], index: int, end: int) -> int | None:
    """Rule ``forum-quote``: a quoted post, from "X said:" to "Click to expand..." (within
    a dozen lines); the index after it, else None."""
    text = chunks[index].text
    if not text.endswith("said:") or _SAID.fullmatch(text) is None:
        return None
    for position in range(index + 1, min(end, index + 14)):
        if _EXPAND.fullmatch(chunks[position].text.strip()):
            return position + 1
    return None


def story_header_end(chunks: Sequence[Chunk], start: int, end: int) -> int | None:
    """Rule ``threadmark-below-header``: where the story's header block at the top of a post
    ends ("Title:", "by X", "Fandom:", "Summary:" lines, a spoiler button and a rule under
    them), or None when the post does not open with one. A post's threadmark names its
    first chapter; the header above the chapter is the story's, not the chapter's text."""
    index = start
    fields = 0
    while index < end:
        chunk = chunks[index]
        text = chunk.text
        if chunk.role == "dropped" or is_spoiler_button(text) or is_site_chrome(text):
            index += 1
            continue
        if match_note(text) is not None:
            break  # an author's note opens the chapter: no header here
        found = FIELD_RE.fullmatch(text) if len(text) <= 1000 else None
        labelled = found is not None and is_known_label(found.group("key").strip())
        if labelled or (len(text) <= 80 and BYLINE_RE.fullmatch(text) is not None):
            fields += 1
        elif index + 1 < end and fields == 0 and BYLINE_RE.fullmatch(chunks[index + 1].text):
            pass  # the title line above "by X"
        elif is_glyph_line(text) and fields:
            index += 1
            break
        else:
            break
        index += 1
    return index if fields >= 2 else None


def same_words(text: str, title: str) -> bool:
    """Whether a line repeats a title, ignoring case, punctuation and dashes."""
    return word_key(text) == word_key(title)


def drop(marked: list[Chunk], index: int, rule: str) -> None:
    """Mark one chunk as the forum's."""
    marked[index] = replace(marked[index], role="dropped", rule=rule)


def mark_bars(marked: list[Chunk], body: int, end: int) -> bool:
    """Rule ``threadmark-bar``: a post's threadmark bar near its top is the post's chapter
    heading, titled by the threadmark; the "Prev"/"Next" links beside it are the forum's.
    Whether the post has one."""
    for index in range(body, min(end, body + 4)):
        chunk = marked[index]
        if chunk.role == "dropped":
            continue
        title = threadmark_bar(chunk.text)
        if title is None and _bar_label(marked, index, end):
            # The bar copied a line a part: its label, the threadmark's name, the buttons.
            drop(marked, index, "threadmark-bar")
            index += 1
            chunk, title = marked[index], marked[index].text.strip()
        if title is None:
            if is_site_chrome(chunk.text):
                continue  # "Add bookmark" between the post's header and its bar
            return False
        marked[index] = replace(
            chunk, role="heading", rule="threadmark-bar", text=title, value=title
        )
        after = index + 1
        while after < end and marked[after].gap == 0 and _bar_button(marked[after].text):
            drop(marked, after, "forum-post-chrome")
            after += 1
        return True
    return False


# The label of a threadmarked post's bar on a line of its own.
_BAR_LABEL = frozenset({"threadmark", "threadmarks"})
# The longest threadmark name on a line of its own.
_LONGEST_MARK = 120


def _bar_label(marked: list[Chunk], index: int, end: int) -> bool:
    """Rule ``threadmark-bar`` (its lines): XenForo 2's thread view sets a threadmarked
    post's bar above its text, and a copy puts its parts a line each: "Threadmarks", the
    threadmark's name, then the "Prev" / "Next" buttons. Whether ``index`` is the label of
    such a bar: the name right under it, one short line, and a button line right under
    that (the thread's own "Threadmarks" menu has its tools under it, not a name)."""
    if marked[index].text.strip().lower() not in _BAR_LABEL or index + 2 >= end:
        return False
    name, buttons = marked[index + 1], marked[index + 2]
    return (
        name.role in ("text", "heading", "part")
        and name.gap == 0
        and len(name.lines) == 1
        and len(name.text) <= _LONGEST_MARK
        and not is_thread_tool(name.text)
        and not name.text.rstrip().endswith((".", ",", ";", ":"))
        and buttons.gap == 0
        and _bar_button(buttons.text)
    )


# The bar's buttons to the threadmarks before and after: "Prev", "Next", "Prev Next".
_BAR_BUTTONS = lazy(
    r"(?:[«<]\s*)?(?:prev(?:ious)?|next)(?:\s+(?:prev(?:ious)?|next))?(?:\s*[»>])?", re.I
)


def _bar_button(text: str) -> bool:
    """A line of a threadmark bar's buttons, or another of the thread's tools."""
    return is_thread_tool(text) or (
        len(text) <= 30 and _BAR_BUTTONS.fullmatch(text.strip()) is not None
    )


def clean_post(
    marked: list[Chunk],
    body: int,
    end: int,
    head: frozenset[str] = frozenset(),
    poster: str = "",
) -> None:
    """The forum's lines inside one of the author's posts: quoted posts (``forum-quote``),
    spoiler buttons (``spoiler-button``), and the chrome under the post
    (``forum-post-chrome``): from its end back to its last line of text, every line that is
    a button, a reactions or likes line, "Last edited:", a page link or a page number.

    ``head`` holds the lines of the thread's head (breadcrumbs, title, starter line): when
    the post is the last on a page and the next page's copy follows, its head repeated is
    passed over (the page-repeats pass drops it) and the chrome under the post above it is
    still the forum's."""
    index = body
    while index < end:
        text = marked[index].text
        if marked[index].role == "text" and (after := quote_end(marked, index, end)):
            for position in range(index, after):
                drop(marked, position, "forum-quote")
            index = after
            continue
        if marked[index].role == "text" and is_spoiler_button(text):
            drop(marked, index, "spoiler-button")
        index += 1
    index = end - 1
    while index >= body:
        chunk = marked[index]
        if chunk.role in ("text", "note-body") and is_post_chrome(chunk.text):
            drop(marked, index, "forum-post-chrome")
        elif chunk.role in ("text", "note-body") and _signature(marked, index, body):
            drop(marked, index, "forum-signature")
        elif chunk.role == "text" and (block := _user_block(marked, index, body, poster)):
            for position in range(block, index + 1):
                drop(marked, position, "forum-user-block")
            index = block
        elif chunk.role != "dropped" and chunk.text.strip() not in head:
            break
        index -= 1


# The longest user title under a poster's name ("Sea-sick Cartographer", "Well-known member").
_USER_TITLE = 40


def _user_block(marked: list[Chunk], index: int, body: int, poster: str) -> int | None:
    """Rule ``forum-user-block``: a copy of a post in a narrow layout sets the poster's box
    (their name, the user title under it) under the post's text, right above its buttons.
    The poster's name alone on a line, maybe with a short line with no sentence's end right
    under it, is the box, not the story's: where it starts, else None."""
    name = poster.strip()
    if not name or index <= body or marked[index - 1].role != "text":
        return None
    text = marked[index].text.strip()
    if text == name:
        return index
    above = marked[index - 1]
    if (
        marked[index].gap
        or above.text.strip() != name
        or len(text) > _USER_TITLE
        or text.endswith((".", "!", "?", "”", '"'))
    ):
        return None
    return index - 1


def _marks_run_together(chunk: Chunk) -> bool:
    """Rule ``recent-threadmarks-line``: the thread's recent threadmarks copied onto one line
    ("Part 1: The Ferry Part 2: The Lighthouse") read as a part's heading, but the same word
    and a number come back in it: the thread's menu, not the first post's own threadmark
    (which reader mode sets alone above the post)."""
    words = chunk.text.split()
    if len(words) < 4 or not words[0].isalpha():
        return False
    again = f" {words[0]} "
    text = chunk.text
    at = text.find(again, len(words[0]))
    return at > 0 and text[at + len(again) : at + len(again) + 1].isdigit()


def _signature(marked: list[Chunk], index: int, body: int) -> bool:
    """Rule ``forum-signature``: XenForo prints the poster's signature ("My timelines: …") between
    the post's "Last edited:" line and its reactions and buttons. A short line right under
    "Last edited:", in the chrome under the post, is the signature, not the post's text; so
    is one labelled "Signature:" (``labelled-forum-signature``)."""
    chunk = marked[index]
    if index <= body or len(chunk.lines) > 2 or len(chunk.text) > 240:
        return False
    if is_site_chrome(chunk.text):
        return False  # the site's own line there ("Reactions: Like x 12") is left to its rule
    if chunk.text[:3].lower() == "sig" and _SIGNATURE_LABEL.match(chunk.text) is not None:
        return True
    return _EDITED.fullmatch(marked[index - 1].text.strip()) is not None


# Rule ``labelled-forum-signature``: a copy (reader mode, a print view) that names the
# signature box: "Signature: my other fics | AO3: name", one line in the chrome under the
# post. The label says it is the poster's footer, wherever the "Last edited:" line is.
_SIGNATURE_LABEL = lazy(r"sig(?:nature)?\s*:\s*\S", re.IGNORECASE)


def repeated_titles(marked: list[Chunk], heading: int, end: int) -> None:
    """Rule ``repeated-threadmark-title``: a writer repeats the chapter's title inside the
    post under its threadmark (after a note, maybe). The repeat is no second chapter and no
    text: it is kept as a separator, where a note above it ends. The threadmark may carry a
    tag the post's own line leaves off ("The Ferry (Some Novel)" over "The Ferry")."""
    title = marked[heading].value or marked[heading].text
    titles = {title, thread_title(title)}
    seen = 0
    for index in range(heading + 1, end):
        chunk = marked[index]
        if chunk.role == "dropped":
            continue
        seen += 1
        if seen > 8:
            return
        # Cheap before the comparison: the lengths are near.
        near = [known for known in titles if abs(len(chunk.text) - len(known)) <= 8]
        if near and len(chunk.lines) == 1 and any(same_words(chunk.text, t) for t in near):
            marked[index] = replace(chunk, role="separator", rule="repeated-threadmark-title")
            return


def thread_head(marked: list[Chunk], first_post: int) -> None:
    """Rules ``thread-title`` and ``forum-breadcrumbs``: the head of a thread above its first
    post. The line above the starter line (past the thread's tools) is the thread's title,
    less its tags; the lines above it are the site's name and breadcrumbs; the lines
    between the starter line and the first post are the threadmark menu and page links."""
    starter = next(
        (
            index
            for index in range(first_post)
            if marked[index].role in ("text", "byline") and thread_line(marked[index].text)
        ),
        None,
    )
    if starter is None:
        return
    name = thread_line(marked[starter].text) or ""
    marked[starter] = replace(marked[starter], role="byline", rule="thread-starter", value=name)
    for index in range(starter + 1, first_post):
        role = marked[index].role
        if role in ("text", "heading"):
            drop(marked, index, "thread-head-chrome")
        elif role == "part" and _marks_run_together(marked[index]):
            drop(marked, index, "recent-threadmarks-line")
    title = starter - 1
    while title >= 0 and (marked[title].role == "dropped" or is_thread_tool(marked[title].text)):
        drop(marked, title, "thread-head-chrome")
        title -= 1
    if title < 0 or marked[title].role not in ("text", "title") or len(marked[title].text) > 150:
        return
    value = thread_title(marked[title].text)
    marked[title] = replace(marked[title], role="title", rule="thread-title", value=value)
    for index in range(title):
        if len(marked[index].text) <= 60:
            drop(marked, index, "forum-breadcrumbs")
