"""A story posted as a thread of short posts on a microblog (Mastodon, Bluesky, Twitter).

A microblog post holds a few hundred characters, so a story goes out as a thread of posts,
each one a reply to the one before. Copied from the web app's thread view, each post opens
with the poster's display name, their ``@handle`` (``@name@instance`` on the fediverse)
and the post's date, then the post's content warning ("Content warning: …", "CW: …") and
its "Show less" toggle; under the text come the post's hashtags, its full date, the app it
was sent from and its counts ("3 boosts", "12 favorites", or bare numbers under each icon).
Writers number the posts "1/8", "2/8" … at the start of each one so that readers know
where they are. The app's bar ("Log in", "Create account", "Back") sits above the thread
and its links ("About · Privacy policy") below it. None of that is the story's.

:func:`fedi_posts` finds the posts for :mod:`threads`, which keeps the posts of the poster
who wrote the most and drops the readers' replies; :func:`clean_fedi_post` then drops each
kept post's chrome and its counter.
"""

from __future__ import annotations

import re
from dataclasses import replace

from fic2epub.lazy_re import lazy
from fic2epub.normalise.chrome import is_site_chrome
from fic2epub.normalise.chunks import Chunk, Chunks
from fic2epub.normalise.foreign_header import is_post_date
from fic2epub.normalise.patterns import MONTH_ABBR

# "@name" or "@name@instance.social", alone on its line.
_HANDLE = lazy(r"@[\w.-]{1,40}(?:@[\w-]+(?:\.[\w-]+)+)?")
# A post's short date: "Mar 3", "12 Jan", "3h", "5m", "2d", "1w".
_SHORT_DATE = lazy(
    # ("sept" and the full names are the abbreviation and more letters.)
    rf"(?:{MONTH_ABBR}[a-z]*\.?\s+\d{{1,2}}"
    rf"|\d{{1,2}}\s+{MONTH_ABBR}[a-z]*\.?"
    # Rule ``fedi-age-months``: Bluesky counts a post's age past a month in months and
    # years ("3mo", "1y").
    r"|\d{1,2}\s?(?:mo|[smhdwy]))",
    re.IGNORECASE,
)
# The post's content warning, the text the reader clicks through.
_CONTENT_WARNING = lazy(r"(?:content\s+warning|cw|tw|spoiler)\s*:.*", re.IGNORECASE)
# The toggle under a content warning.
_TOGGLE = lazy(r"(?:show|hide)\s+(?:less|more|content|post|all)", re.IGNORECASE)
# A post's counts, as the focused post of a thread view spells them out.
_COUNT = lazy(
    r"\d[\d,.]*[km]?\s+(?:boosts?|reblogs?|favou?rites?|favs?|likes?|replies|reply|reposts?"
    r"|quotes?|bookmarks?|stars?|retweets?|views?)",
    re.IGNORECASE,
)
# The bare count under each of a post's icons, and the dot between the footer's items.
_BARE_COUNT = lazy(r"\d[\d,.]*[km]?|[·•]", re.IGNORECASE)
# The app a post was sent from, named on the focused post's footer line.
_APP = lazy(
    r"web|(?:mastodon|tusky|ivory|elk|ice\s+cubes|phanpy|fedilab|moshidon|megalodon|toot!|"
    r"metatext|mona|bluesky|twitter)(?:\s+for\s+\w+)?",
    re.IGNORECASE,
)
# The app's bar above a copied thread.
_TOP_BAR = frozenset(
    (
        "log in",
        "sign in",
        "sign up",
        "create account",
        "back",
        "post",
        "home",
        "explore",
        "search",
        "thread",
        "notifications",
        "live feeds",
        "about",
        # X's conversation page: its heading and the banner over the timeline.
        "conversation",
        "see new posts",
    )
)
# A post's time of day before the dot and its date: "2:14 PM · ".
_TIME_DOT = lazy(r"\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?\s*[·•]\s*", re.IGNORECASE)
# A bare domain, the instance's name over its bar: "writing.exchange".
_DOMAIN = lazy(r"[\w-]+(?:\.[\w-]+)+")
# A post's counter opening its first line: "1/8 ", "(2/8) ", "3/ ", "🧵 1/5 ".
POST_COUNTER = lazy(r"(?:🧵\s*)?[(\[]?(\d{1,3})\s?/\s?(\d{1,3})?[)\]]?(?:\s+|$)")
# Rule ``thread-counter-at-end``: the thread's first post may carry its counter at the end
# of its text instead, after the title and the line announcing the thread: "… after. 1/".
_END_COUNTER = lazy(r"(?:^|\s+)(?:🧵\s*)?[(\[]?1\s?/\s?(\d{1,3})?[)\]]?\s*$")
# Rule ``reply-setting``: who may answer a post, as Bluesky sets it under the focused post
# ("Everybody can reply", "Nobody can reply", "Followers can reply").
_REPLY_SETTING = lazy(
    r"(?:everybody|everyone|nobody|no\s+one|some\s+people|followers|mentioned\s+users"
    r"|only\s+(?:followers|mentioned\s+users))\s+can\s+reply",
    re.IGNORECASE,
)
# X's box for a reply under the thread, and its button: the app's, under the last post.
_REPLY_BOX = frozenset(("post your reply", "tweet your reply", "reply"))


def _is_handle(chunk: Chunk) -> bool:
    if "@" not in chunk.text:
        return False  # the cheap test first: no copy of a paragraph without a handle
    text = chunk.text.strip()
    if text[:1] != "@" or len(text) > 120:
        return False
    return _HANDLE.fullmatch(text) is not None or _dated_handle(text)


def _dated_handle(text: str) -> bool:
    """Rule ``fedi-handle-and-age``: the handle with the post's age after a dot on its line,
    "@name.bsky.social · 1y", as Bluesky's thread view sets a reply's header."""
    handle, dot, age = text.partition("·")
    return bool(dot) and _HANDLE.fullmatch(handle.strip()) is not None and _header_line(age)


def _header_line(text: str) -> bool:
    """A line of a post's header under the handle: its date (after a dot, "· 3h", as
    Bluesky and Twitter set it), content warning or toggle."""
    line = text.strip().lstrip("·• ")
    if not line:
        return text.strip() in ("·", "•")
    if len(line) <= 45 and (_SHORT_DATE.fullmatch(line) or is_post_date(line)):
        return True
    return _CONTENT_WARNING.fullmatch(line) is not None or _TOGGLE.fullmatch(line) is not None


# Rule ``fedi-name-and-handle``: the web app's post header copied as one line, the display
# name (its custom emoji as ":code:") and the handle after it: "Ann Lark :quill:
# @ann@writing.social". Only the full fediverse handle, with its instance, ends such a line.
_NAME_AND_HANDLE = lazy(r"(?P<name>[^.?!,]{1,60}?)\s+(?P<handle>@[\w.-]{1,40}@[\w-]+(?:\.[\w-]+)+)")


def _post_head(chunks: Chunks, index: int) -> tuple[int, str | None]:
    """Where the post header whose handle is on ``chunks[index]`` starts, and the poster's
    handle; (index, None) when the line is no handle."""
    chunk = chunks[index]
    if index and not chunk.gap and _is_handle(chunk):
        name = chunks[index - 1].text.strip()
        if 0 < len(name) <= 60 and not name.endswith((".", "?", "!", ":", ",")):
            return index - 1, chunk.text.strip().partition("·")[0].strip().lower()
        return index, None
    if "@" not in chunk.text:
        return index, None  # the cheap test first: every chunk comes here
    text = chunk.text.strip()
    if len(text) <= 120 and (both := _NAME_AND_HANDLE.fullmatch(text)):
        return index, both.group("handle").lower()
    return index, None


def fedi_posts(chunks: Chunks) -> list[tuple[int, int, str]]:
    """Rule ``fedi-post-header``: each post's display name, ``@handle`` right under it and
    the date, content-warning and toggle lines under that, as (start, body, poster handle).

    Only in a thread: two posts or more, each header a short name line with no sentence
    stop over a line that is a handle alone, and two of them at least with a date or a
    content warning under the handle. A chat log typed as a story, or a story site's
    author card under each chapter title, sets a name over a handle too, but no date."""
    posts: list[tuple[int, int, str]] = []
    handles: list[int] = []
    for index in range(len(chunks)):
        handle = chunks[index]
        if handle.role != "text":
            continue
        start, poster = _post_head(chunks, index)
        if poster is None:
            continue
        body = index + 1
        while body < len(chunks) and not chunks[body].gap and _header_line(chunks[body].text):
            body += 1
        posts.append((start, body, poster))
        handles.append(index)
    # A header line under the handle: a date, a content warning; or the age on its line.
    dated = sum(
        1
        for handle, body in zip(handles, (body for _, body, _ in posts), strict=True)
        if body > handle + 1 or "·" in chunks[handle].text
    )
    return posts if len(posts) >= 2 and dated >= 2 else []


def mark_fedi_headers(marked: list[Chunk], posts: list[tuple[int, int, str]]) -> None:
    """Drop the posts' headers (``fedi-post-header``) and the app's bar above the first one
    (``fedi-top-bar``): its short lines of the app's words and the instance's domain."""
    for start, body, _poster in posts:
        for index in range(start, body):
            marked[index] = replace(marked[index], role="dropped", rule="fedi-post-header")
    first = posts[0][0]
    above = [chunk.text.strip() for chunk in marked[:first] if chunk.role != "dropped"]
    if above and all(_top_bar_line(line) for line in above):
        for index in range(first):
            if marked[index].role != "dropped":
                marked[index] = replace(marked[index], role="dropped", rule="fedi-top-bar")


def _top_bar_line(line: str) -> bool:
    """A line of the app's bar above the thread: its words, the instance's domain, or (rule
    ``fedi-app-menu``) the app's name and its menu row ("Bluesky" over "Home    Search
    Notifications …", "New Post"), as the web app's sidebar is copied."""
    if line.lower() in _TOP_BAR or _DOMAIN.fullmatch(line) or _APP.fullmatch(line):
        return True
    return is_site_chrome(line)


def _footer_line(text: str) -> bool:
    """A line of a post's footer: hashtags, the date, the app, the counts, the dots."""
    line = text.strip()
    if not line or len(line) > 160:
        return False
    if line.lower() in _REPLY_BOX or (line.endswith("reply") and _REPLY_SETTING.fullmatch(line)):
        return True
    if line[0] == "#":
        return all(word[:1] == "#" for word in line.split())
    if line[0].isdigit() or line in ("·", "•"):
        if _BARE_COUNT.fullmatch(line) or _COUNT.fullmatch(line) or is_post_date(line):
            return True
        if "  " in line and all(_BARE_COUNT.fullmatch(token) for token in line.split()):
            # Rule ``fedi-bare-count-row``: the counts under the reply, repost and like
            # icons copied on one line, set apart by wide spaces ("0  1  14", Bluesky).
            return True
        # Rule ``fedi-time-date``: the focused post's time before its date, "2:14 PM · Nov
        # 9, 2023", as X sets it under the post.
        timed = _TIME_DOT.match(line)
        return timed is not None and is_post_date(line[timed.end() :])
    return bool(_APP.fullmatch(line) or _SHORT_DATE.fullmatch(line) or is_post_date(line))


def _link_bar(text: str) -> bool:
    """The site's links under the thread: three items or more between dots, each a few
    words ("About · Status · Privacy policy")."""
    items = text.split(" · ")
    return len(items) >= 3 and all(0 < len(item.split()) <= 4 for item in items)


def clean_fedi_post(marked: list[Chunk], body: int, end: int) -> None:
    """Rule ``fedi-post-footer``: drop the chrome under a kept post's text, read up from
    its end (the site's link bar, the counts, the app, the date, the hashtags); the post's
    first text line always stays."""
    index = end - 1
    while index > body:
        chunk = marked[index]
        if chunk.role == "dropped":
            index -= 1
            continue
        if not (_footer_line(chunk.text) or ("·" in chunk.text and _link_bar(chunk.text))):
            break
        marked[index] = replace(chunk, role="dropped", rule="fedi-post-footer")
        index -= 1


def strip_counters(marked: list[Chunk], bodies: list[tuple[int, int]]) -> None:
    """Rule ``thread-counter``: the "N/M" opening each post's first line, when the posts'
    numbers run 1, 2, 3 … in order (and their totals agree). A story's own line that opens
    with a fraction ("1/2 cup of flour") is one line, not a run over every post."""
    firsts: list[int] = []
    numbers: list[int] = []
    totals: set[str] = set()
    opening = _opening_end_counter(marked, bodies)
    for body, end in bodies[1:] if opening is not None else bodies:
        first = next((i for i in range(body, end) if marked[i].role == "text"), None)
        if first is None:
            return
        match = POST_COUNTER.match(marked[first].text)
        if match is None:
            return
        firsts.append(first)
        numbers.append(int(match.group(1)))
        totals.add(match.group(2) or "")
    start = 1 if opening is None else 2
    if len(firsts) < 2 or numbers != list(range(start, start + len(numbers))) or len(totals) > 1:
        return
    if opening is not None:
        _strip_end_counter(marked, opening)
        opening_post_intro(marked, bodies[0])
    for first in firsts:
        chunk = marked[first]
        match = POST_COUNTER.match(chunk.text)
        if match is None:  # pragma: no cover - matched above
            continue
        text = chunk.text[match.end() :]
        head = chunk.lines[0][match.end() :].strip()
        lines = (head, *chunk.lines[1:]) if head else chunk.lines[1:]
        if not text.strip():
            marked[first] = replace(chunk, role="dropped", rule="thread-counter")
        else:
            marked[first] = replace(chunk, text=text, lines=lines, rule="thread-counter")


def _opening_end_counter(marked: list[Chunk], bodies: list[tuple[int, int]]) -> int | None:
    """Rule ``thread-counter-at-end``: the index of the first post's last text line when it
    ends on the counter "1/" (the post opens with the thread's title, not its counter);
    None when the first post opens with a counter or holds none at its end. The caller
    strips it only when the later posts run 2, 3 … in order."""
    if len(bodies) < 3:
        return None
    body, end = bodies[0]
    lines = [i for i in range(body, end) if marked[i].role == "text"]
    if not lines or POST_COUNTER.match(marked[lines[0]].text) is not None:
        return None
    last = lines[-1]
    return last if _END_COUNTER.search(marked[last].text) is not None else None


def _strip_end_counter(marked: list[Chunk], index: int) -> None:
    """Take the counter off the end of the first post's last line (thread-counter-at-end)."""
    chunk = marked[index]
    text = _END_COUNTER.sub("", chunk.text)
    if not text.strip():
        marked[index] = replace(chunk, role="dropped", rule="thread-counter-at-end")
        return
    lines = (*chunk.lines[:-1], _END_COUNTER.sub("", chunk.lines[-1]))
    marked[index] = replace(chunk, text=text, lines=lines, rule="thread-counter-at-end")


def opening_post_intro(marked: list[Chunk], post: tuple[int, int]) -> None:
    """Rule ``thread-opening-post``: a thread whose first post opens with the thread mark
    ("🧵 THE TITLE") and ends on its counter "1/", while the story runs from "2/" on, opens
    with a post that announces the story rather than telling it: its first line is the
    title, and the lines under it say what the thread is ("a … fic, after …"). They are the
    thread's description, not story text. Without the mark the post may be the story's
    first lines, and stays as it is."""
    body, end = post
    lines = [i for i in range(body, end) if marked[i].role == "text"]
    if len(lines) < 2 or not marked[lines[0]].text.startswith(_THREAD_MARK):
        return
    quoted = next((i for i in lines[1:] if _QUOTED_TITLE.fullmatch(marked[i].text.strip())), None)
    if quoted is not None:
        # Rule ``thread-quoted-title``: the mark opens a line announcing the thread ("🧵 a
        # little fic for …") and the title stands quoted on a line of its own under it.
        title = marked[quoted].text.strip()[1:-1].strip()
        marked[quoted] = replace(
            marked[quoted], role="title", rule="thread-quoted-title", value=title
        )
        lines = [i for i in lines if i != quoted]
    else:
        lines = lines[1:]
    for index in lines:
        marked[index] = replace(marked[index], role="summary", rule="thread-opening-post")


# A title quoted alone on its line: "“The Second Letter”", '"Salt"'.
_QUOTED_TITLE = lazy(r"[\"“][^\"“”.!?]{1,80}[\"”]")


# The emoji that announces a thread: a spool of thread.
_THREAD_MARK = "\U0001f9f5"
