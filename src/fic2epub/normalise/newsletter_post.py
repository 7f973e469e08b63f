"""A newsletter's web post copied from the browser: the masthead and the post's headline.

Newsletter sites (Substack, Ghost, Buttondown and their like) head a post page with the
publication's name and its Subscribe / Sign in buttons, then the post's title, its subtitle,
the author's name, the date, the like and comment counts and a Share button, one a line.
The publication's name is not the story's title: the post's title is, and its subtitle is
the post's summary. Medium sets the same headline with more buttons between the name and
Share: Follow, the reading time, a "·", "Listen", and "--" for a count it hides.
"""

from __future__ import annotations

import re
from dataclasses import replace

from fic2epub.lazy_re import lazy
from fic2epub.normalise.blog import is_reading_time
from fic2epub.normalise.bylines import title_like
from fic2epub.normalise.chunks import Chunk, tail_start
from fic2epub.normalise.foreign_header import is_post_date
from fic2epub.normalise.subscribe_box import is_subscribe_box

# The buttons a newsletter sets by its name, and the one that closes the post's headline.
_MASTHEAD_BUTTONS = frozenset({"subscribe", "sign in", "log in", "sign up", "subscribed"})
_SHARE = frozenset({"share", "share this post"})
# How far down the page the Share button may stand.
_REACH = 20
# Rule ``post-headline-buttons``: the buttons Medium and its like set between the author's
# name and Share: Follow, Listen, a "·" or "--" standing for a hidden count, and "Published
# in <publication>". Only read between a name line and a Share button, so a story's own
# "Follow" or "Listen" line is never touched.
_HEADLINE_BUTTONS = frozenset({"follow", "following", "listen", "·", "•", "--", "—", "more"})
_PUBLISHED_IN = lazy(r"published\s+in\s+\S.{0,60}", re.IGNORECASE)
# A reading time and a date on one line: "6 min read · Feb 2, 2024".
_TIME_THEN_DATE = lazy(r"(?P<time>[^·•]{1,30}?)\s*[·•]\s*(?P<date>[^·•]{4,40})")


def _headline_button(text: str) -> bool:
    """Whether a line is a button of a post's headline, between the name and Share."""
    line = text.strip()
    if len(line) > 70:
        return False
    return (
        line.lower() in _HEADLINE_BUTTONS
        or is_reading_time(line)
        or _PUBLISHED_IN.fullmatch(line) is not None
    )


def _headline_date(text: str) -> bool:
    """A post's date line, perhaps after its reading time ("6 min read · Feb 2, 2024")."""
    if is_post_date(text):
        return True
    found = _TIME_THEN_DATE.fullmatch(text.strip())
    return bool(found and is_reading_time(found.group("time")) and is_post_date(found["date"]))


def newsletter_headline(chunks: list[Chunk]) -> None:
    """Rule ``newsletter-headline``: near the top, a Share button under bare counts, a date
    line and a name line is a newsletter post's headline. The line above the name is the
    subtitle (a summary) when a title-like line stands above it, else the title; the name is
    the byline; the lines above the title, when one of them is a Subscribe or Sign in button,
    are the masthead, dropped (rule ``newsletter-masthead``).

    Only with every piece in place, in that order, each a line of its own: a story that opens
    on a date line over a name has no Share button under it."""
    kept = [i for i in range(min(len(chunks), _REACH)) if chunks[i].role != "dropped"]
    for place, index in enumerate(kept):
        if chunks[index].role != "text" or chunks[index].text.strip().lower() not in _SHARE:
            continue
        above = [i for i in kept[:place] if not chunks[i].text.strip().isdigit()]
        buttons = [i for i in above if _headline_button(chunks[i].text)]
        above = [i for i in above if i not in buttons]
        if len(above) < 3 or not all(len(chunks[i].lines) == 1 for i in above[-4:]):
            return
        date, name = above[-1], above[-2]
        if not _headline_date(chunks[date].text) or not _name_line(chunks[name].text):
            return
        if any(i < name for i in buttons):
            return  # a button above the name: not a headline's
        for i in buttons:
            chunks[i] = replace(chunks[i], role="dropped", rule="post-headline-buttons")
        top = above[-3]
        subtitle = None
        if len(above) >= 4 and _title_over_subtitle(chunks, above[-4], top):
            subtitle, top = top, above[-4]
        if not title_like(chunks[top]):
            return
        _mark(chunks, top, subtitle, name, date, index)
        masthead = range(0, top)
        if any(chunks[i].text.strip().lower() in _MASTHEAD_BUTTONS for i in masthead):
            for i in masthead:
                chunks[i] = replace(chunks[i], role="dropped", rule="newsletter-masthead")
        return


def _title_over_subtitle(chunks: list[Chunk], title: int, subtitle: int) -> bool:
    """Whether the line above the headline's top line is its title, the top line a subtitle.

    The title must read as one. The subtitle is one when it does not read as a title, or
    when the title line stands right under the masthead's buttons (or first on the page): a
    subtitle may be a short question that reads as a title too."""
    if not title_like(chunks[title]):
        return False
    if chunks[title].text.strip().lower() in _MASTHEAD_BUTTONS:
        return False
    if not title_like(chunks[subtitle]):
        return True
    before = chunks[:title]
    return not before or before[-1].text.strip().lower() in _MASTHEAD_BUTTONS | _SITE_MENU


# The site's menu beside its Sign in button, which Medium sets above a post.
_SITE_MENU = frozenset({"write", "search", "open in app", "home", "get started"})


def _mark(
    chunks: list[Chunk], title: int, subtitle: int | None, name: int, date: int, share: int
) -> None:
    rule = "newsletter-headline"
    chunks[title] = replace(chunks[title], role="title", rule=rule)
    if subtitle is not None:
        chunks[subtitle] = replace(chunks[subtitle], role="summary", rule=rule)
    author = chunks[name].text.strip()
    chunks[name] = replace(chunks[name], role="byline", rule=rule, value=author)
    dated = chunks[date].text.strip()
    if (found := _TIME_THEN_DATE.fullmatch(dated)) is not None and not is_post_date(dated):
        dated = found.group("date").strip()  # the reading time before it is no date
    value = f"Published: {dated}"
    chunks[date] = replace(chunks[date], role="info", rule=rule, value=value)
    for i in range(date + 1, share + 1):
        chunks[i] = replace(chunks[i], role="dropped", rule=rule)


def _name_line(text: str) -> bool:
    """A short line of one to four words with no sentence mark: a person's name."""
    words = text.split()
    return 1 <= len(words) <= 4 and len(text) <= 40 and not any(c in text for c in ".!?:;,")


# How many kept chunks from the chapter's end the box may stand: the likes, comments and
# the site's footer come under it.
_FOOTER_REACH = 80


def newsletter_footer_start(chunks: list[Chunk], first: int, end: int) -> int:
    """Rule ``newsletter-footer``: near the end, the newsletter's subscribe box ("Thanks for
    reading <name>! Subscribe for free …") ends the post: it and everything under it (the
    Subscribe button, likes and restacks, Previous/Next, the discussion, the site's footer)
    are the page's.

    Only the box with both its thanks and its Subscribe on one short line: a story's "thanks
    for reading" plea has no Subscribe in it, and stays a plea. Only the last such box ends
    the post; the ones above it are the boxes set between paragraphs (in_post_buttons).
    Returns where the footer starts (``end`` when there is none), so that a closing note
    above the box is read as the post's last lines.
    """
    # The cheap question first: a subscribe box has "ubscribe" in it.
    boxes = [
        i for i in range(first, end) if "ubscribe" in chunks[i].text and is_subscribe_box(chunks[i])
    ]
    if not boxes:
        return _counts_footer_start(chunks, first, end)
    # Only a box among the chapter's last lines ends the post (tail_start: counted from its
    # end, so the likes and comments under it do not push it out of reach).
    footer = boxes[-1] if boxes[-1] >= tail_start(chunks, first, end, _FOOTER_REACH) else end
    if footer < end and _prose_under_box(chunks, footer):
        # Rule ``in-post-box-over-prose``: the story goes on under the last box, and the
        # page's reactions come later: the box is one set between paragraphs.
        in_post_buttons(chunks, first, end, boxes)
        return _counts_footer_start(chunks, first, end)
    in_post_buttons(chunks, first, footer, [box for box in boxes if box < footer])
    for at in range(footer, end):
        if chunks[at].role != "dropped":
            chunks[at] = replace(chunks[at], role="dropped", rule="newsletter-footer")
    return footer


# The shortest paragraph of prose under a box that says the story goes on there.
_PROSE = 60


def _prose_under_box(chunks: list[Chunk], box: int) -> bool:
    """Whether story paragraphs stand under a subscribe box before the page's reactions
    footer ("18 Likes", "Discussion about this post"), in this chapter or a later one (the
    box may close a part, over the next part's heading): under the post's own closing box
    come only buttons and counts. Only when such a footer is found below the prose, so a
    box whose footer was not copied keeps ending the post."""
    end = len(chunks)
    footer = next(
        (
            i
            for i in range(box + 1, end)
            if ("ikes" in chunks[i].text or "iscussion" in chunks[i].text)
            and len(chunks[i].text) <= 60
            and _footer_landmark(chunks, i, end)
        ),
        None,
    )
    if footer is None:
        return False
    return any(
        chunks[i].role == "text" and len(chunks[i].text) >= _PROSE for i in range(box + 1, footer)
    )


def in_post_buttons(chunks: list[Chunk], first: int, end: int, boxes: list[int]) -> None:
    """Rule ``in-post-subscribe-box``: a subscribe box with story above and below it is the
    box Substack sets between paragraphs; it and its Subscribe button under it are the
    page's, and the story goes on after them. Rule ``in-post-share-button``: in such a post,
    a bare "Share" line between paragraphs is the button set there the same way.

    Only in a post that has such a box, so a story's own one-word "Share" paragraph in any
    other file is left alone; and only "Share" alone, with no sentence mark."""
    if not boxes:
        return
    for box in boxes:
        chunks[box] = replace(chunks[box], role="dropped", rule="in-post-subscribe-box")
        button = _next_kept(chunks, box + 1, end)
        if button is not None and chunks[button].text.strip().lower() in _MASTHEAD_BUTTONS:
            chunks[button] = replace(chunks[button], role="dropped", rule="in-post-subscribe-box")
    for index in range(first, end):
        chunk = chunks[index]
        if chunk.role == "text" and chunk.text.strip().lower() in _SHARE:
            chunks[index] = replace(chunk, role="dropped", rule="in-post-share-button")


def _next_kept(chunks: list[Chunk], start: int, end: int) -> int | None:
    """The first chunk from ``start`` (before ``end``) that is not dropped, if any."""
    return next((i for i in range(start, end) if chunks[i].role != "dropped"), None)


# A newsletter post's reaction counts under it: "18 Likes", "2 Restacks", on one line with
# a "∙" between them or one a line; and the heading of its comments.
_COUNT = r"\d[\d,.]*[KkMm]?\s+"
_LIKES = lazy(rf"{_COUNT}likes?(?:\s*[∙·•]\s*{_COUNT}restacks?)?", re.IGNORECASE)
_RESTACKS = lazy(rf"{_COUNT}restacks?", re.IGNORECASE)
_DISCUSSION = "discussion about this post"
# How far under the likes line the restacks count or the discussion's heading may stand.
_LANDMARK_REACH = 8


def _counts_footer_start(chunks: list[Chunk], first: int, end: int) -> int:
    """Rule ``newsletter-counts-footer``: a post whose subscribe box stood between its parts
    (or that has none) ends, near the page's end, where Substack prints its reactions: the
    "18 Likes" line with its "2 Restacks" beside or under it, or "Discussion about this
    post" over the comments. That line and all under it are the page's; a closing note
    above them stays the post's last lines.

    Guards: a likes line counts only with the restacks count or the discussion's heading a
    few lines under it (or on its line), so a story's own "12 likes" line is left alone;
    and only among the chapter's last lines."""
    # The cheap question first: one of the landmark words near the end at all.
    tail = tail_start(chunks, first, end, _FOOTER_REACH)
    marks = [
        i
        for i in range(tail, end)
        if chunks[i].role != "dropped"
        and len(chunks[i].text) <= 60
        and ("ikes" in chunks[i].text or "iscussion" in chunks[i].text)
    ]
    start = next((i for i in marks if _footer_landmark(chunks, i, end)), None)
    if start is None:
        return end
    for at in range(start, end):
        if chunks[at].role != "dropped":
            chunks[at] = replace(chunks[at], role="dropped", rule="newsletter-counts-footer")
    return start


def _footer_landmark(chunks: list[Chunk], index: int, end: int) -> bool:
    """Whether the line at ``index`` opens a newsletter's reactions footer: the discussion's
    heading, or a likes count with the restacks count or the discussion's heading near."""
    text = chunks[index].text.strip()
    if text.lower() == _DISCUSSION:
        return True
    found = _LIKES.fullmatch(text)
    if found is None:
        return False
    if "estack" in text:
        return True
    below = [c.text.strip() for c in chunks[index + 1 : min(end, index + _LANDMARK_REACH)]]
    return any(_RESTACKS.fullmatch(line) or line.lower() == _DISCUSSION for line in below)
