"""Forum posts in phpBB 2's classic topic page: the poster's box over "Post subject:".

phpBB 2's default style (subSilver, 2002-2007) sets a topic's posts in an Author/Message
table. Copied as text, each post opens with the poster's name, the poster's box ("Joined:
14 Feb 2001", "Posts: 212", "Location: …"), then the post's own lines, "Post subject: …"
and "Posted: Sat Oct 12, 2002 11:41 pm" (one a line, or together on one line). Above the
first post stand the board's lines: the forum crumb ("Board Forum Index -> Fan Fiction"),
the topic's title, the "post new topic / post reply" buttons, the "View previous topic ::
View next topic" links and the table's "Author / Message" head. A later browser's copy
sets blank lines between the board's lines, puts the page's title on top ("Board :: View
topic - …"), the poster's rank under the name and a blank line over the statistics, and
runs the post icon's alt text "Post" into "Posted:".
"""

from __future__ import annotations

import re

from fic2epub.lazy_re import lazy
from fic2epub.normalise.chunks import Chunks
from fic2epub.normalise.forum_lines import is_poster_stat

# The poster's name: a user name or display name of up to four words, no sentence marks.
_NAME = lazy(r"[^\s:;!?\"“”,.][^:;!?\"“”,]{0,38}")
# The post's own line: "Post subject: Re: [FIC] …" (the subject may be empty) and/or
# "Posted: Sat Oct 12, 2002 11:41 pm", which phpBB 2 sets on one line or two.
_SUBJECT = lazy(r"post\s+subject\s*:.{0,200}", re.IGNORECASE)
# Rule ``phpbb2-posted-i18n``: "Posted:" in phpBB 2's language packs, Greek "Δημοσιεύτηκε",
# German "Verfasst am", French "Posté le", Spanish "Publicado", Italian "Inviato", Dutch
# "Geplaatst", Portuguese "Enviada".
_POSTED_WORDS = (
    "posted",
    "δημοσιεύτηκε",
    "verfasst am",
    "posté le",
    "publicado",
    "inviato",
    "geplaatst",
    "enviada",
)
# Rule ``phpbb2-post-icon``: the post's icon, copied as its alt text "Post", runs into
# "Posted:" ("PostPosted: Sun Mar 01, 2009 7:42 pm    Post subject: …").
_POSTED_VALUE = r"\s*:\s*(?=[^\n]*\d)\S.{4,40}?"
_POSTED = lazy(r"(?:post\s*)?posted" + _POSTED_VALUE, re.IGNORECASE)
_POSTED_I18N = lazy(
    r"(?:(?:post\s*)?"
    + "|".join(word.replace(" ", r"\s+") for word in _POSTED_WORDS)
    + ")"
    + _POSTED_VALUE,
    re.IGNORECASE,
)
# The first four letters of each (the rule's cheap first test; "PostPosted" opens "post").
_POSTED_HEADS = frozenset(word[:4] for word in _POSTED_WORDS)
_SUBJECT_AND_POSTED = lazy(
    r"(?:post\s*)?posted\s*:\s*(?=[^\n]*\d)\S.{4,40}?\s+post\s+subject\s*:.{0,200}",
    re.IGNORECASE,
)
# The most poster-box lines between the name and the post's own lines.
_STATS = 5
# The board's lines above the first post: a dozen short lines at most.
_HEAD_LINES = 12
_HEAD_LINE = 200


def phpbb2_headers(chunks: Chunks) -> list[tuple[int, int, str, int]]:
    """Rule ``phpbb2-post-header``: each post's (start, body, poster, name line) for a topic copied
    from phpBB 2's classic page: the poster's name, one poster-box line or more ("Joined:",
    "Posts:"), "Post subject:" and "Posted: date", with no blank line between.

    Why: without it the header lines read as a stanza above the story and a reader's reply
    as the story's. Guards: the whole shape must be there (a story's own "Posted:" line has
    no "Post subject:" and no poster box above it), each line short."""
    found: list[tuple[int, int, str, int]] = []
    lone: list[tuple[int, int, str, int]] = []
    for index, chunk in enumerate(chunks):
        text = chunk.text.strip()
        if text[:4].lower() not in _POSTED_HEADS:
            continue  # the cheap test first: only a "Post subject:" / "Posted:" line
        if (body := _post_lines_end(chunks, index)) is None:
            if (alone := _lone_posted(chunks, index)) is not None:
                lone.append(alone)
            continue
        if found and index < found[-1][1]:
            continue  # the second of the post's own lines, already read
        name = index - 1
        while name >= 0 and index - name <= _STATS and is_poster_stat(chunks[name].text):
            name -= 1
        if name == index - 1 and (below := _box_below(chunks, body)) is not None:
            found.append((index, below, chunks[body].text.strip(), body))
            continue
        if name < 0 or name == index - 1 or any(chunks[i].gap for i in range(name + 2, index)):
            continue  # no poster box, or a blank line inside it
        if chunk.gap and not _box_apart(chunks, name, chunk.gap):
            continue  # a blank line between a story's lines and a "Posted:" line
        if chunks[name + 1].gap:
            top = _name_over_rank(chunks, name)
            if top is None:
                continue
            name = top
        poster = chunks[name].text.strip()
        if not _NAME.fullmatch(poster) or len(poster.split()) > 4:
            continue
        found.append((name, body, poster, name))
    # A lone "Posted:" post counts under the table's head, or with another post of its shape.
    lone = [post for post in lone if len(lone) > 1 or post[0] < post[3]]
    return sorted(found + lone) if lone else found


# The longest rank title under a poster's name ("Newbie", "Νέο μέλος").
_LONE_RANK = 30


def _lone_posted(chunks: Chunks, index: int) -> tuple[int, int, str, int] | None:
    """Rule ``phpbb2-posted-only``: a copy of phpBB 2's topic page that keeps no "Post
    subject:" line (an empty subject, or a language pack's page): the poster's name, maybe
    the rank under it ("Member"), one statistics line or more ("Posts: 214"), then
    "Posted: date" alone, with no blank line between; the post's text stands one blank
    line under it. Returns (start, body, poster, name line), else None.

    Guards: the statistics right over the "Posted:" line, the cell apart from the lines
    above it (a blank line, the file's top or the table's "Author / Message" head), the
    name a user name's shape, and (in :func:`phpbb2_headers`) the table's head over the
    cell or a second post of the shape, so a story's "Posted:" line stays."""
    text = chunks[index].text.strip()
    if len(text) > 80 or chunks[index].gap or not _POSTED_I18N.fullmatch(text):
        return None
    if index + 1 >= len(chunks) or not chunks[index + 1].gap:
        return None
    name = index - 1
    while name >= 0 and index - name <= _STATS and is_poster_stat(chunks[name].text):
        if chunks[name + 1].gap:
            return None
        name -= 1
    if name < 0 or name == index - 1 or chunks[name + 1].gap:
        return None
    if not _cell_apart(chunks, name) and name > 0 and not chunks[name].gap:
        rank = chunks[name].text.strip()
        if len(rank) > _LONE_RANK or not _NAME.fullmatch(rank) or len(rank.split()) > 3:
            return None
        name -= 1  # the rank under the name
    if not _cell_apart(chunks, name):
        return None
    poster = chunks[name].text.strip()
    if not _NAME.fullmatch(poster) or len(poster.split()) > 4:
        return None
    start = name
    if name and not chunks[name].gap and _BOARD_LINE.fullmatch(chunks[name - 1].text.strip()):
        start = name - 1  # the table's head, which the first post's cell stands under
    return start, index + 1, poster, name


def _box_apart(chunks: Chunks, name: int, gap: int) -> bool:
    """Rule ``phpbb2-box-apart``: a browser's copy of phpBB 2's topic may set a blank line
    (or two) between the poster's cell (the name and statistics, "Joined:", "Posts:") and
    the post's own lines, as it does between the page's other cells. Only when the cell
    stands apart above too (:func:`_cell_apart`), so a story's lines ending in a
    "Posts:"-like line over a blank line and a "Posted:" line are no poster's cell."""
    if gap > _AVATAR_GAP:
        return False
    # A name and rank set apart from the statistics are tested by ``phpbb2-rank-box``.
    return bool(chunks[name + 1].gap) or _cell_apart(chunks, name)


def _box_below(chunks: Chunks, body: int) -> int | None:
    """Rule ``phpbb2-box-below``: an older browser's copy of phpBB 2's topic sets each
    post's own lines first ("Post subject:", "Posted:") and the poster's cell under them:
    the name, then one statistics line or more ("Joined:", "Posts:", "Location:"), with no
    blank line between but the avatar's empty place (a blank line or two) under the name.
    Returns the index under the cell, else None.

    Guards: a name of up to four words with no sentence marks right under the post's own
    lines, and a statistics line right under the name, so a story's "Posted:" line over
    its prose stays."""
    if body >= len(chunks) or chunks[body].gap:
        return None
    poster = chunks[body].text.strip()
    if not _NAME.fullmatch(poster) or len(poster.split()) > 4:
        return None
    end = body + 1
    while (
        end < len(chunks)
        and end - body <= _STATS
        # The avatar's empty place may stand between the name and the first statistic.
        and chunks[end].gap <= (_AVATAR_GAP if end == body + 1 else 0)
        and is_poster_stat(chunks[end].text)
    ):
        end += 1
    return end if end > body + 1 else None


# The longest rank title under a poster's name ("Newbie", "Senior Member", "Site Admin").
_RANK = 30
# The most blank lines between the rank and the statistics: the avatar's (or the rank
# image's) empty place copies as one blank line or two.
_AVATAR_GAP = 2


def _name_over_rank(chunks: Chunks, top: int) -> int | None:
    """Rule ``phpbb2-rank-box``: phpBB 2's poster cell copied from a browser sets the
    poster's name and rank title ("Newbie") apart from the statistics by a blank line
    ("tia_x" / "Newbie" / "" / "Joined: …"). ``top`` is the line over that blank line: the
    rank, with the name right over it, or the name alone. Returns the name's index, or None.

    Only one blank line, and only when the cell stands apart from the lines above it (a
    blank line, the file's top, or the table's "Author / Message" head right over it), so a
    story's paragraph over a "Joined:" line is no poster's cell."""
    if not 0 < chunks[top + 1].gap <= _AVATAR_GAP:
        return None
    if top and not chunks[top].gap:
        rank = chunks[top].text.strip()
        if len(rank) > _RANK or not _NAME.fullmatch(rank) or len(rank.split()) > 3:
            return None
        top -= 1
    return top if _cell_apart(chunks, top) else None


def _cell_apart(chunks: Chunks, top: int) -> bool:
    """Whether the poster's cell whose name is at ``top`` stands apart from the lines above
    it: a blank line, the file's top, or the table's "Author / Message" head (or the
    buttons closing the post before, in a copy with no blank line between the posts) right
    over it."""
    if top == 0 or chunks[top].gap:
        return True
    above = chunks[top - 1].text.strip()
    return _BOARD_LINE.fullmatch(above) is not None or is_post_buttons(above)


def _post_lines_end(chunks: Chunks, index: int) -> int | None:
    """The index under a post's own lines that start at ``index`` ("Post subject:" then
    "Posted:", or both on one line), else None."""
    text = chunks[index].text.strip()
    if len(text) > 260:
        return None
    if _SUBJECT_AND_POSTED.fullmatch(text):
        return index + 1
    if index + 1 >= len(chunks) or chunks[index + 1].gap:
        return None
    following = chunks[index + 1].text.strip()
    if _SUBJECT.fullmatch(text) and _POSTED.fullmatch(following):
        return index + 2
    if _POSTED.fullmatch(text) and _SUBJECT.fullmatch(following):
        return index + 2
    return None


# The subject on a post's own line: "Post subject: [FIC] Title (G)", maybe run on with
# "Posted: …" before it and the "Reply with quote" button after it.
_SUBJECT_VALUE = lazy(
    r"(?:.{0,60}\s)?post\s+subject\s*:\s*(?P<subject>.*?)(?:\s+reply\s+with\s+quote)?",
    re.IGNORECASE,
)


def post_subject(chunks: Chunks, start: int, body: int) -> int | None:
    """Rule ``phpbb2-subject-title``: the index of the "Post subject:" line among a post's
    header lines (``start`` to ``body``) when it gives a subject that is no reply's ("Re:
    …"), else None. The first post's subject names the topic, and so the story, when the
    page has no title line of its own."""
    for index in range(start, body):
        text = chunks[index].text.strip()
        if "ubject" not in text or (found := _SUBJECT_VALUE.fullmatch(text)) is None:
            continue
        subject = found["subject"].strip()
        if subject and not subject.lower().startswith("re:"):
            return index
        return None
    return None


def subject_of(text: str) -> str:
    """The subject a "Post subject:" line gives (:func:`post_subject`)."""
    found = _SUBJECT_VALUE.fullmatch(text.strip())
    return found["subject"].strip() if found else ""


def board_head(chunks: Chunks, first_post: int) -> tuple[list[int], int | None]:
    """Rule ``phpbb2-board-head``: the board's lines above the first post (the crumb, the
    buttons, the topic links and the "Author / Message" head), and the topic's title
    among them. Returns the board's line indices and the title's index (None when there is
    no one other line). Empty when the lines above run long or a blank line parts them
    from the post, so a paragraph the copier wrote above the thread stays."""
    if first_post > _HEAD_LINES or any(len(chunks[i].text) > _HEAD_LINE for i in range(first_post)):
        return [], None
    board = [i for i in range(first_post) if _BOARD_LINE.fullmatch(chunks[i].text.strip())]
    if not board:
        return [], None
    names = _board_names(chunks, board)
    board = [i for i in range(first_post) if i in board or chunks[i].text.strip() in names]
    others = [i for i in range(first_post) if i not in board]
    # Blank lines between the board's lines (a browser's copy) are no matter when all of
    # them are the board's; a line of the copier's own may stand apart above the thread,
    # but not the topic's title between the board's header and its crumb.
    apart = others and any(chunks[i].gap for i in range(1, first_post + 1))
    if apart and not all(board[0] < i < board[-1] for i in others):
        return [], None
    return board, others[0] if len(others) == 1 else None


# The board's name before "Forum Index" in its crumb.
_CRUMB_NAME = lazy(r"(?P<name>.{1,80}?)\s+forum\s+index\b.*", re.IGNORECASE)


def _board_names(chunks: Chunks, board: list[int]) -> frozenset[str]:
    """Rule ``phpbb2-board-name``: the board's name as its crumb gives it ("Quill Board
    Forum Index -> Stories"): the page's header sets it on a line of its own over the
    menu, the logo's place."""
    names = set()
    for index in board:
        found = _CRUMB_NAME.fullmatch(chunks[index].text.strip())
        if found is not None:
            names.add(found["name"].strip())
    return frozenset(names)


# A link of phpBB 2's header menu.
_MENU_ITEM = (
    r"(?:faq|search|memberlist|usergroups|register|profile|log\s+in"
    r"|log\s+in\s+to\s+check\s+your\s+private\s+messages|log\s+out(?:\s+\[[^\]]{1,40}\])?"
    r"|you\s+have\s+no\s+new\s+messages|you\s+have\s+\d{1,4}\s+new\s+messages?)"
)


# The board's own lines above a topic: the crumb to the forum, the buttons, the links to
# the topics either side and the posts table's head (tab or spaces between its cells).
_BOARD_LINE = lazy(
    r".{1,80}\bforum\s+index\b.{0,120}|(?:post\s+new\s+topic|post\s+reply)(?:\s+post\s+reply)?"
    r"|view\s+previous\s+topic\s*::\s*view\s+next\s+topic|author\s+message"
    # Rule ``phpbb2-table-head-i18n``: the table's head in Greek ("Συντάκτης  Μήνυμα"), and
    # over the first post its "Topic: …" form ("Συντάκτης  Θέμα: [FIC] Title").
    r"|(?:author|συντάκτης)\s+(?:θέμα|topic)\s*:.{1,200}|συντάκτης\s+μήνυμα"
    r"|goto\s+page.{0,60}|printable\s+version"
    # Rule ``phpbb2-menu``: the page header's menu, its links run on one line or two ("FAQ
    # Search Memberlist Usergroups Register", "Profile Log in to check your private
    # messages Log in"): two links or more.
    rf"|{_MENU_ITEM}(?:\s+{_MENU_ITEM})+"
    # The browser's page title over the copy (``phpbb2-page-title``).
    r"|.{1,80}\s::\s+view\s+topic\s+-\s+.{1,200}",
    re.IGNORECASE,
)


# Rule ``phpbb2-page-title``: the browser's page title over the copy, "Board Name :: View
# topic - [FIC] Title (G)": the board's name and the topic's subject.
_PAGE_TITLE = lazy(r".{1,80}\s::\s+view\s+topic\s+-\s+(?P<subject>\S.{0,200})", re.IGNORECASE)


def page_title_subject(text: str) -> str | None:
    """The topic's subject in phpBB 2's page title ("Board :: View topic - Subject"), else
    None (``phpbb2-page-title``)."""
    if "::" not in text or len(text) > 300:
        return None
    found = _PAGE_TITLE.fullmatch(text.strip())
    return found["subject"].strip() if found else None


# phpBB 2's buttons under a post, copied as their images' alt text on one line: "View
# user's profile Send private message Send e-mail Visit poster's website AIM Address …".
_BUTTON = (
    r"(?:view\s+user['’]s\s+profile|send\s+private\s+message|send\s+e-?mail"
    r"|visit\s+poster['’]s\s+website|aim\s+address|yahoo\s+messenger|msn\s+messenger"
    r"|icq\s+number"
    # Rule ``phpbb2-buttons-i18n``: a language pack's buttons, which it labels with words
    # (no images): "Back to top", "Profile", "PM", "Reply with quote"; Greek "Επιστροφή
    # στην αρχή", "Προφίλ", "Προσωπικό μήνυμα", "Απάντηση με παράθεση".
    r"|back\s+to\s+top|profile|pm|reply\s+with\s+quote|quote"
    r"|επιστροφή\s+στην\s+αρχή|προφίλ|προσωπικό\s+μήνυμα|απάντηση\s+με\s+παράθεση)"
)
_BUTTONS = lazy(rf"{_BUTTON}(?:\s+{_BUTTON}){{0,7}}", re.IGNORECASE)


def is_post_buttons(text: str) -> bool:
    """Rule ``phpbb2-post-buttons``: the row of buttons phpBB 2 prints under each post, as a
    copy gives their alt text ("View user's profile Send private message"), and the "Back
    to top" link over it. Only read inside a topic :func:`phpbb2_headers` found."""
    if len(text) > 200:
        return False
    line = text.strip()
    return line.lower() == "back to top" or _BUTTONS.fullmatch(line) is not None
