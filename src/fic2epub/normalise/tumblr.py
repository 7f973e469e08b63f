"""Tumblr posts copied from the dashboard or a blog: reblog headers, part links and the
reblogger's own addition under a reblogged story.

A reblog copies as "reader reblogged writer" over the trail: the writer's name, the post, and
then, under the reblogger's name again, whatever the reblogger added (a comment, their tags,
the note count). A story posted in parts links its parts with "Part 2 here!" and "Part 1
here | masterlist". None of this is the story's or its author's.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from fic2epub.lazy_re import lazy
from fic2epub.normalise.chunks import OPENING_QUOTES, Chunk, Chunks
from fic2epub.normalise.tumblr_notes import is_note_entry
from fic2epub.normalise.tumblr_trail import USER_NAME, drop_colon_trail, drop_reblog_trail

# "reader reblogged writer", "reader reblogged this from writer", with Tumblr's user names
# (letters, digits and hyphens, no spaces).
_REBLOG = lazy(
    r"(?P<by>[A-Za-z0-9][\w-]{0,31})\s+reblogged\s+(?:this\s+from\s+)?(?P<source>[A-Za-z0-9][\w-]{0,31})\s*:?"
)
# The newer dashboard's "reader reblogged", the writer's name on the line under it.
_REBLOGGED_ALONE = lazy(r"(?P<by>[a-z0-9][a-z0-9-]{0,31})\s+reblogged")
# A post's note count, its last line: "61 notes", "1,204 notes", "3.2k notes".
_NOTE_COUNT = lazy(r"[\d.,]+\s*[kK]?\s+notes?", re.IGNORECASE)
# One link among a part's links: "Part 2 here!", "read chapter 3 here", "next part",
# "masterlist".
_PART_LINK_ITEM = (
    r"(?:(?:read|find)\s+)?(?:part|pt\.?|chapter|ch\.?)\s*\d{1,3}\s+(?:is\s+)?(?:up\s+)?here"
    r"|(?:(?:the\s+)?(?:next|previous|prev|first|last)\s+(?:part|chapter)(?:\s+(?:is\s+)?here)?)"
    r"|(?:my\s+|fic\s+)?master\s*list|(?:series|story)\s+masterlist"
)
_PART_LINKS = lazy(
    rf"(?:{_PART_LINK_ITEM})[\s!.:]*(?:\s*[|/•·]\s*(?:{_PART_LINK_ITEM})[\s!.:]*)*", re.IGNORECASE
)


def reblog_header(line: str) -> str | None:
    """Rule ``reblog-header``: the reblogger named by Tumblr's "reader reblogged writer"
    line, else None. Only two user names and the verb, so no sentence matches."""
    if "reblogged" not in line or len(line) > 90:
        return None
    found = _REBLOG.fullmatch(line.strip())
    return found.group("by") if found else None


def reblog_header_at(chunks: Sequence[Chunk], index: int) -> str | None:
    """The reblogger named by a reblog header at ``index`` (``reblog-header``), or by the
    newer dashboard's header split over two lines.

    Rule ``reblog-header-own-line``: "reader reblogged" alone, the writer's name on the
    line right under it. Guards: lower-case user names on both lines, as Tumblr's are, and
    no blank line between, so a story's "she reblogged" over a line of prose never matches.
    """
    text = chunks[index].text.strip()
    if "reblogged" not in text:
        return None
    if (name := reblog_header(text)) is not None:
        return name
    found = _REBLOGGED_ALONE.fullmatch(text)
    below = chunks[index + 1] if index + 1 < len(chunks) else None
    if found is None or below is None or below.gap:
        return None
    return found.group("by") if USER_NAME.fullmatch(below.text.strip()) else None


def is_reblogger_name(chunks: Sequence[Chunk], index: int) -> bool:
    """Rule ``reblogger-name``: a reblog copied from the reblogger's blog heads the page with
    the reblogger's name (and its "Follow" button) right above "reader reblogged writer". The
    name is the blog's, not the story's author: the writer named after "reblogged" is.

    Only a line that is exactly the reblogger's name with the header within three lines under
    it, so a character's name alone on a line is never taken.
    """
    text = chunks[index].text.strip()
    if not 0 < len(text) <= 32 or " " in text:
        return False
    for position in range(index + 1, min(index + 4, len(chunks))):
        if "reblogged" in chunks[position].text:
            return reblog_header_at(chunks, position) == text
    return False


_ONE_LINK_ITEM = lazy(rf"(?:{_PART_LINK_ITEM})[\s!.:]*", re.IGNORECASE)


def is_link_item(item: str) -> bool:
    """Whether one item of a line of links is a link phrase ("masterlist", "next part",
    "Part 2 here!"), not a heading or a word of a sentence."""
    return len(item) <= 40 and _ONE_LINK_ITEM.fullmatch(item.strip()) is not None


def is_part_link(line: str) -> bool:
    """Rule ``part-link``: a line that only links a story's other parts ("Part 2 here!",
    "Part 1 here | masterlist", "next part"). Each item is a link phrase; "Part 2" alone is
    a heading, and a sentence has other words, so neither matches."""
    if len(line) > 80:
        return False
    lowered = line.lower()
    if not ("here" in lowered or "master" in lowered or "part" in lowered):
        return False
    return _PART_LINKS.fullmatch(line.strip()) is not None


def drop_reblog_additions(chunks: Chunks, start: int) -> Chunks:
    """Rule ``reblog-addition``: under a reblogged post, the reblogger's name on a line of its
    own starts what the reblogger added (a comment, their tags, the note count), which runs
    to the post's note count, the next reblog header, a heading or the end.

    Only after a "reader reblogged writer" header names the reblogger, so a character's name
    alone on a line of an ordinary story never starts it. The header may be the first line
    of the copy, above the story's own header (a reblog copied from the dashboard), so the
    reblogger is also read from the lines above ``start``. Skipped when the text has no
    reblog header.
    """
    chunks = drop_colon_trail(chunks, start)
    if not any("reblogged" in chunk.text for chunk in chunks):
        # A reblog copied from the reblogger's page has no such header (tumblr_trail).
        return drop_reblog_trail(chunks, start)
    marked = list(chunks)
    # The header pass has dropped a header above the story as chrome; it still names the
    # reblogger.
    reblogger = reblogger_above(chunks, start)
    index = start
    while index < len(marked):
        chunk = marked[index]
        if (name := reblog_header_at(marked, index)) is not None:
            reblogger = name
        elif chunk.role in ("heading", "part"):
            pass  # a reblog's trail may head the story's next part
        elif chunk.role == "text" and starts_reblog_addition(chunk, reblogger):
            _drop_chain_above(marked, index, start)
            index = _drop_addition(marked, index)
            reblogger = None
            continue
        index += 1
    return tuple(marked)


def reblogger_above(chunks: Sequence[Chunk], index: int) -> str | None:
    """The reblogger named by the last "reader reblogged writer" header above ``index``."""
    reblogger: str | None = None
    for position in range(index):
        if (name := reblog_header_at(chunks, position)) is not None:
            reblogger = name
    return reblogger


def starts_reblog_addition(chunk: Chunk, reblogger: str | None) -> bool:
    """Whether ``chunk`` is the reblogger's name alone, which heads their addition."""
    return reblogger is not None and chunk.text.strip().rstrip(":") == reblogger


def _drop_chain_above(chunks: list[Chunk], index: int, start: int) -> None:
    """Rule ``reblog-chain``: on the dashboard, the reblogger's addition at ``index`` sits at
    the foot of the chain of earlier additions, each a blog's name alone on a line over what
    it wrote (a reader's question, the poster's answer), all set without a blank line
    between. That chain is the reblog's trail, not the story's or its note's.

    Guards: the block runs with no blank line from a line of Tumblr's user-name shape, with
    a blank line above it, down to the reblogger's name, every line of it still read as
    text, so a story's last paragraph (a blank line under it) stays."""
    first = index
    while first > start and chunks[first].gap == 0:
        first -= 1
        if chunks[first].role != "text":
            return
    # A blank line above the chain: in a copy with no blank lines at all, the chain and the
    # story run together and no line tells where one ends.
    if (
        first == index
        or chunks[first].gap == 0
        or not USER_NAME.fullmatch(chunks[first].text.strip())
    ):
        return
    for position in range(first, index):
        chunks[position] = replace(chunks[position], role="dropped", rule="reblog-chain")


def _drop_addition(chunks: list[Chunk], index: int) -> int:
    """Drop the reblogger's addition from ``index``; return the index after it."""
    while index < len(chunks):
        chunk = chunks[index]
        if chunk.role in ("heading", "part") or reblog_header_at(chunks, index) is not None:
            break
        chunks[index] = replace(chunk, role="dropped", rule="reblog-addition")
        index += 1
        if _NOTE_COUNT.fullmatch(chunk.text.strip()):
            break
    return index


# Tumblr's buttons under a post, copied run together on one line: "Reblog Like", "Share
# Reply Reblog Like".
_POST_BUTTONS = lazy(r"(?:(?:share|reply|reblog|like)\s+){1,3}(?:share|reply|reblog|like)", re.I)


def is_post_buttons(line: str) -> bool:
    """Rule ``tumblr-post-buttons``: the row of buttons under a Tumblr post, copied as one
    line of single-spaced labels ("Reblog Like", "Share Reply Reblog Like"). Only with
    "Reblog" among them, Tumblr's own button, so "Like, reply" in a story never matches."""
    return len(line) <= 30 and "eblog" in line and _POST_BUTTONS.fullmatch(line.strip()) is not None


def is_tumblr_chrome(line: str) -> bool:
    """A reblog header, a line of part links, a post's buttons or an image description:
    Tumblr's framing around a story's post."""
    return (
        reblog_header(line) is not None
        or is_part_link(line)
        or is_post_buttons(line)
        or is_image_description(line)
    )


# Tumblr's taglist under a post: "taglist: @a @b", "tagging: @a, @b", or the mentions alone.
_TAGLIST = lazy(
    r"(?:(?:perm(?:anent)?\s+|forever\s+|general\s+)?tag\s*list|tagging|tagged)\s*:?\s*"
    r"(?:@[\w.-]+[\s,&]*){1,80}",
    re.IGNORECASE,
)
_MENTIONS = lazy(r"(?:@[\w.-]+[\s,&]*){2,80}")


def is_taglist(line: str) -> bool:
    """Rule ``taglist``: a Tumblr post's list of blogs to notify, "taglist: @a @b" or a line of
    two or more @-mentions and nothing else. A sentence that mentions someone has words
    that are not mentions, so it never matches."""
    if "@" not in line:
        return False
    return bool(_MENTIONS.fullmatch(line) or _TAGLIST.fullmatch(line))


# An image's description typed for screen readers: "[Image description: …]", "[img desc:
# …]", "[ID: a cat on a wall. End ID]"; or bare between its own marks, "ID: … /end ID".
_IMAGE_DESCRIPTION = lazy(
    r"\[\s*(?P<named>(?:image|img|pic(?:ture)?|photo)\s+(?:id|desc(?:ription)?)|id)\s*:"
    r"\s*(?P<text>\S.*?)\s*\]"
    r"|(?:image\s+)?id\s*:\s*\S.*\bend\s+id\W{0,3}",
    re.IGNORECASE,
)
# The closing mark some describers add: "End ID", "/end ID".
_END_ID = lazy(r"\bend\s+id\W{0,3}$", re.IGNORECASE)
# How a description without its closing "End ID" opens: a picture described ("a photo of…",
# "the harbour at dusk"), not a game fic's status window ("[ID: Goblin Shaman, Level 4]").
_DESCRIBED = lazy(r"(?:an?|the|two|three|several|some)\s+\w", re.IGNORECASE)
# Words such a description runs to at least: a sentence's length.
_DESCRIPTION_WORDS = 6


def is_image_description(line: str) -> bool:
    """Rule ``image-description``: the text a post gives for its picture, "[ID: … End ID]",
    "[Image description: …]". Alt text for an image the saved text no longer holds: neither
    title, note nor story.

    Why: Tumblr (and blogs like it) ask posters to describe their images for screen
    readers, in brackets as a paragraph of its own, above or among the post's words. Guards:
    the whole line is the description, from its opening "[ID:" (or "ID:" with a closing
    "end ID") to its end, so "ID" in a sentence never starts one; a bracketed "[ID: …]"
    without "image" before it or "End ID" in it must run to a sentence's length and open as
    a description does ("a photo of…"), as a game fic's status lines ("[ID: Goblin Shaman,
    Level 4, hostile, weak to fire]") do not.
    """
    head = line[:24].lower()
    if "id" not in head and "desc" not in head:
        return False
    found = _IMAGE_DESCRIPTION.fullmatch(line.strip())
    if found is None:
        return False
    if found.group("named") is None or found.group("named").lower() != "id":
        return True
    described = found.group("text")
    if _END_ID.search(described) is not None:
        return True
    return len(described.split()) >= _DESCRIPTION_WORDS and bool(_DESCRIBED.match(described))


def drop_image_descriptions(chunks: list[Chunk], first: int, end: int) -> None:
    """Rule ``image-description``, inside a chapter: a post's art may stand between the
    story's paragraphs, and its description with it; the picture is gone, so its
    description goes too. Only lines that open with "[" or "ID" are tried."""
    for index in range(first, end):
        chunk = chunks[index]
        if chunk.role != "text":
            continue
        if chunk.text[:1] != "[" and chunk.text[:2].lower() != "id":
            continue  # "I said…": a first-person line is never one
        if is_image_description(chunk.text):
            chunks[index] = replace(chunk, role="dropped", rule="image-description")


# Tumblr's label over a post the blog has pinned to its top: "Pinned", "Pinned post", with
# or without the pin emoji.
_PINNED = lazy(r"(?:📌\s*)?pinned(?:\s+post)?", re.IGNORECASE)


def is_pinned_label(text: str) -> bool:
    """Rule ``tumblr-pinned-label``: the "Pinned" label Tumblr sets over a pinned post, a
    word of the page, not the post's title. The caller reads it only right under the blog's
    "Follow" button, so a chapter titled "Pinned" elsewhere is never taken."""
    return len(text) <= 16 and _PINNED.fullmatch(text.strip()) is not None


# The head of a Tumblr ask: "anonymous asked:", "some-reader asked:", with a user name of
# Tumblr's letters, digits and hyphens.
_ASKED = lazy(r"(?:anonymous|[A-Za-z0-9][\w-]{1,31})\s+asked\s*:")


def ask_end(chunks: Sequence[Chunk], index: int) -> int | None:
    """Rule ``tumblr-ask``: an ask answered by the post, "anonymous asked:" and the asker's
    question under it, is someone else's words (as a reader's comment is): neither the
    author's note nor the story. Returns the index after the question, or None.

    Only a line that is a user name and "asked:" alone, with the question right under it;
    a story's "Sarah asked:" is followed by speech in quotes, or sits within a paragraph.
    """
    text = chunks[index].text
    if "asked" not in text or len(text) > 45 or _ASKED.fullmatch(text.strip()) is None:
        return None
    question = index + 1
    if question >= len(chunks) or chunks[question].gap > 1 or chunks[question].role != "text":
        return None
    if chunks[question].text[:1] in OPENING_QUOTES:
        return None
    return question + 1


# One hashtag a line: "#some fandom", "#my writing" (a "#" and no space after it, so a
# Markdown heading is none, and no second "#").
_ONE_HASHTAG = lazy(r"#[^\s#][^#]{0,58}")


def _one_hashtag(text: str) -> bool:
    """Whether a stripped line is one hashtag alone (see ``_ONE_HASHTAG``)."""
    return text[:1] == "#" and _ONE_HASHTAG.fullmatch(text) is not None


# The chrome a post may end with under its tags: the date, the note count, the source
# link, the Reblog and Like buttons, a Share button.
_AFTER_TAGS = 6
# Two hashtags or more on one line: "#fluff #my fic #gérard de nerval".
_HASHTAG_LINE = lazy(r"(?:#[^#\s][^#]*?\s*){2,}")


def note_list_line(text: str) -> bool:
    """Whether a line is the post's note count ("58 notes") or a line of its notes list
    ("name liked this", :func:`~fic2epub.normalise.tumblr_notes.is_note_entry`): what Tumblr
    prints under a post's tags."""
    line = text.strip()
    if line[:1].isdigit():
        return len(line) <= 100 and _NOTE_COUNT.fullmatch(line) is not None
    return is_note_entry(line)


def hashtag_line(chunk: Chunk) -> Chunk | None:
    """Rule ``hashtags-end-note``: a post's tag line, two hashtags or more, under the
    author's closing note ("T/N: … Merci mille fois!" over "#sylvie #translation #fic") as
    the post's "Tags" field; None for any other line. Tumblr prints the tags under the post,
    so the line closes the note above it rather than being the note's last paragraph."""
    text = chunk.text.strip()
    if text[:1] != "#" or text.count("#") < 2 or not _HASHTAG_LINE.fullmatch(text):
        return None
    tags = ", ".join(tag.strip() for tag in text.split("#") if tag.strip())
    return replace(chunk, role="field", rule="hashtags-end-note", label="Tags", value=tags)


def hashtag_in_run(chunks: Sequence[Chunk], index: int) -> Chunk | None:
    """Rule ``hashtag-lines``, inside a closing note: a post's tags copied one to a line
    (LOFTER, Tumblr's app) under the author's last note. A line of one hashtag is a tag
    when the line above is one already read as such, or the line below is one too: a
    single "#1" alone may be the note's own line. Returns the line as a "Tags" field."""
    chunk = chunks[index]
    text = chunk.text.strip()
    if not _one_hashtag(text):
        return None
    above = chunks[index - 1] if index else None
    below = chunks[index + 1] if index + 1 < len(chunks) else None
    in_run = (above is not None and above.rule == "hashtag-lines") or (
        below is not None and below.gap == 0 and _one_hashtag(below.text.strip())
    )
    if not in_run:
        return None
    tag = text.lstrip("#").strip()
    return replace(chunk, role="field", rule="hashtag-lines", label="Tags", value=tag)


def hashtag_lines(
    chunks: Sequence[Chunk], first: int, end: int, chrome: Callable[[str], bool]
) -> list[int]:
    """Rule ``hashtag-lines``: a post's tags copied one to a line at its end, two lines or
    more, above nothing but a few lines of ``chrome`` (the note count, a button). Returns
    their indexes.
    """
    run: list[int] = []
    skipped = 0
    for index in range(end - 1, first - 1, -1):
        chunk = chunks[index]
        text = chunk.text.strip()
        if chunk.role == "dropped":
            continue
        if chunk.role == "text" and _one_hashtag(text):
            run.append(index)
            continue
        if run or skipped >= _AFTER_TAGS or not (_NOTE_COUNT.fullmatch(text) or chrome(text)):
            break
        skipped += 1
    return run[::-1] if len(run) >= 2 else []


# The links a Tumblr theme prints under the blog's name and description, one a line. The
# ask and submit boxes are Tumblr's own; the others any blog may add, a writer's blog its
# list of fics ("masterlist", "my writing").
_ASK_LINKS = frozenset({"ask me anything", "ask me something", "ask", "submit", "submit a post"})
_BLOG_LINKS = _ASK_LINKS | frozenset(
    {"archive", "message", "messages", "mobile", "random", "rss", "faq", "about", "theme"}
    | {"masterlist", "fic masterlist", "my writing", "writing", "my fics", "about me"}
)
# The longest blog description read past: a sentence or two, never a paragraph of prose.
_DESCRIPTION = 160
_DESCRIPTION_LINES = 2


def blog_sidebar_end(chunks: Sequence[Chunk], index: int, *, titled: bool = False) -> int | None:
    """Rule ``tumblr-blog-sidebar``: a Tumblr blog's own framing at the top of a post page
    copied from the blog, under the blog's name: its description, then its links one a line
    ("Ask me anything", "Submit", "Archive") or in one row (``tumblr-links-row``). Returns
    the index after the links, or None.

    The description names the blog, not the story, so it is no title. Guards: only right
    under the blog's name (a byline at the top of the copy), a description of one or two
    short lines, and two links or more with Tumblr's ask or submit box among them, so a
    story's "Archive" or a one-word title is never taken.

    Rule ``tumblr-theme-blog-title``: with ``titled``, a custom theme's blog title stands
    over the description instead of the blog's user name ("THE ODD SHELF"): the caller has
    read it as the story's title, and asks whether the framing under it is a blog's.
    """
    if index > 3 or not any(
        chunk.role == ("title" if titled else "byline") for chunk in chunks[:index]
    ):
        return None
    first = index
    while first < min(index + _DESCRIPTION_LINES, len(chunks)) and (
        _blog_link(chunks[first].text) is None and not blog_links_row(chunks[first].text)
    ):
        if len(chunks[first].text) > _DESCRIPTION:
            return None
        first += 1
    if first > index and first < len(chunks) and blog_links_row(chunks[first].text):
        # Rule ``tumblr-blog-sidebar``, its links copied as one row ("ask    submit
        # archive"), as a theme that sets them side by side copies.
        return first + 1
    end = first
    while end < len(chunks) and chunks[end].gap <= 1 and _blog_link(chunks[end].text):
        end += 1
    links = {_blog_link(chunk.text) for chunk in chunks[first:end]}
    if end - first < 2 or not links & _ASK_LINKS:
        return None
    if end < len(chunks) and chunks[end].gap <= 1 and is_pinned_label(chunks[end].text):
        # The "pinned" label over the first post, right under the links, is the page's too.
        end += 1
    return end


# Between the links of a row: a run of spaces, a bar or a middle dot.
_ROW_GAP = lazy(r"\s*[|·•]\s*|\s{2,}")


def blog_links_row(text: str) -> bool:
    """Rule ``tumblr-links-row``: a Tumblr blog's links copied as one row ("Ask me anything
    Submit   Archive", "Ask | Submit | Archive"), as a theme that sets them side by side
    copies. Two links or more, each one of a blog's, with Tumblr's ask or submit box among
    them; the line over the row is the blog's name, so its author's (``handle-line``), not a
    site's name over its menu."""
    if len(text) > 80 or not ("sk" in text or "ubmit" in text):
        return False
    links = [_blog_link(item) for item in _ROW_GAP.split(text.strip()) if item]
    return len(links) >= 2 and None not in links and bool(set(links) & _ASK_LINKS)


def _blog_link(text: str) -> str | None:
    """The link's words in lower case when ``text`` is one of a blog's links, else None."""
    if len(text) > 20:
        return None
    words = text.strip().lower()
    return words if words in _BLOG_LINKS else None


# A post's link to the text under its cut, the only words of its paragraph: "Keep reading",
# "Read more…", "( Read more... )", "Continue reading →".
_CUT_IN_TEXT = lazy(
    r"\(?\s*(?:(?:keep|continue)\s+reading|read\s+more)\s*(?:\.{3}|…)?\s*[»→>]?\s*\)?",
    re.IGNORECASE,
)


def is_cut_in_text(chunks: Sequence[Chunk], index: int, end: int, apart: int = 1) -> bool:
    """Rule ``cut-link-in-text``: a post's cut link ("Keep reading") placed between two
    paragraphs of the story. A blog copy keeps the link where the post folds, and the
    story runs on under it: the link is no text and no break, so the two sides join.

    Guards: a one-line paragraph of only the link's words (no sentence says just "Keep
    reading" with no stop or quote), set apart by blank lines, with story text on both
    sides, so a line of speech or a heading is never taken.

    Rule ``cut-link-in-unspaced-text``: in a chapter whose paragraphs follow one another
    with no blank line between (a phone app's copy, ``apart`` 0), the link's line is a
    paragraph of its own without them.
    """
    chunk = chunks[index]
    if len(chunk.text) > 24 or len(chunk.lines) > 1 or "read" not in chunk.text.lower():
        return False
    if not 0 < index < end - 1 or not _CUT_IN_TEXT.fullmatch(chunk.text.strip()):
        return False
    above, below = chunks[index - 1], chunks[index + 1]
    spaced = chunk.gap >= apart and below.gap >= apart
    return spaced and above.role == "text" and below.role == "text"
