"""The mood and music lines a journal style prints under an entry, above its tags.

LiveJournal's and Dreamwidth's older styles print "Current mood:" and "Current music:"
above the entry's text; many S2 styles print them under it instead, in lower case and
without "Current" ("mood: cold", "music: …"), right above the "Tags:" line and the comment
links. There they describe the poster's evening, not the story: left, they would pass for
the chapter's last lines or for the author's closing note.
"""

from __future__ import annotations

import re
from dataclasses import replace

from fic2epub.lazy_re import lazy
from fic2epub.normalise.chrome import is_site_chrome
from fic2epub.normalise.chunks import Chunk
from fic2epub.normalise.journal_lines import POST_TAGS_RE

# The fields a journal prints about the poster under an entry: "mood: cold", "Current
# music: …", "location: home".
# Rule ``entry-footer-security``: the entry's "Security: Public" among them, as LiveJournal's
# styles print it with the mood.
_MOOD = lazy(
    r"(?:current\s+)?(?:mood|music|location)\s*:\s*\S.{0,120}"
    r"|security\s*:\s*(?:public|private|friends(?:[\s-]only)?|custom|access[\s-]list)",
    re.IGNORECASE,
)


def entry_footer_line(text: str) -> bool:
    """Rule ``entry-footer-after-note``: a journal entry's footer line, its "Tags:" or a
    mood, music or location line, as the body pass meets it under a closing note before the
    closing rules drop it: the journal's, not story going on after the note."""
    if ":" not in text[:25]:
        return False  # the cheap test first: a label and its colon open the line
    # The entry's tags line as the closing rules drop it (journal_lines), under any label.
    return POST_TAGS_RE.fullmatch(text) is not None or _MOOD.fullmatch(text) is not None


def entry_mood_lines(chunks: list[Chunk], first: int, end: int) -> None:
    """Rule ``entry-footer-mood``: mood, music and location lines at a chapter's end, one
    under another and right above the entry's footer (its "Tags:" line or comment links,
    already settled or site chrome), are the journal's, and are dropped. Other site chrome
    under them ("Next Chapter") is no such footer.

    Only lines with no blank line between them and the footer under them (or a run of two
    or more, ``entry-footer-mood-run``), so a chapter that ends on a line of its own
    starting "Music:" keeps it."""
    index = end - 1
    footer_below = False
    while index >= first:
        chunk = chunks[index]
        text = chunk.text
        if chunk.label == "Tags" or (
            "comment" in text.lower() and (chunk.role == "dropped" or is_site_chrome(text))
        ):
            footer_below = True
        elif chunk.role == "dropped":
            pass  # other framing under the entry ("Link", "Reply") is read past
        elif (
            footer_below
            and chunk.role == "text"
            and ":" in text[:18]
            and (chunks[index + 1].gap == 0 or _mood_run(chunks, first, index))
            and _MOOD.fullmatch(text)
        ):
            chunks[index] = replace(chunk, role="dropped", rule="entry-footer-mood")
        else:
            return
        index -= 1


def _mood_run(chunks: list[Chunk], first: int, index: int) -> bool:
    """Rule ``entry-footer-mood-run``: the last of two or more mood lines one under another
    may stand a blank line above the footer, as a style sets them apart; one mood line
    alone must touch it."""
    return (
        index > first
        and chunks[index].gap == 0
        and chunks[index - 1].role == "text"
        and _MOOD.fullmatch(chunks[index - 1].text) is not None
    )


# A weblog module's label alone on its line: "Currently reading:", "Currently listening to:".
_CURRENTLY = lazy(
    r"currently\s+(?:reading|listening(?:\s+to)?|watching|playing|eating|drinking)\s*:",
    re.IGNORECASE,
)
# The most lines of the item under the label (a title, its "By …" line, a rating).
_MODULE_LINES = 3
# The longest line of the item.
_MODULE_LINE = 80


def entry_currently_module(chunks: list[Chunk], first: int, end: int) -> None:
    """Rule ``entry-footer-currently``: a weblog's "Currently reading:" module under an entry
    (Xanga's and old journal templates print the book, record or film the poster picked, as
    "Currently reading:" over a title and its "By …" line) is the blog's, not the story's.

    Why: left, it reads as the chapter's last lines or a stanza. Guards: the label is alone
    on its line, the item under it is at most three short lines with no sentence ending,
    and only site chrome (the entry's "posted … | comments" line, its pager) follows it to
    the chapter's end, so a story's character saying "Currently reading:" keeps the line."""
    index = _last_text(chunks, first, end)
    if index is None:
        return
    top = index
    while top > first and index - top < _MODULE_LINES and not chunks[top].gap:
        if _CURRENTLY.fullmatch(chunks[top].text.strip()):
            break
        top -= 1
    lines = [line for chunk in chunks[top : index + 1] for line in chunk.lines]
    if not _CURRENTLY.fullmatch(lines[0].strip()) or not 1 < len(lines) <= _MODULE_LINES + 1:
        return
    if any(len(line) > _MODULE_LINE or line.rstrip()[-1:] in '.!?"”' for line in lines[1:]):
        return
    for position in range(top, index + 1):
        chunks[position] = replace(chunks[position], role="dropped", rule="entry-footer-currently")


def _last_text(chunks: list[Chunk], first: int, end: int) -> int | None:
    """The chapter's last chunk that is neither dropped nor site chrome, when site chrome
    (not story, nor the author's note) follows it; None otherwise."""
    index = end - 1
    chrome_below = False
    while index >= first and (
        chunks[index].role == "dropped" or is_site_chrome(chunks[index].text)
    ):
        chrome_below = True
        index -= 1
    return index if chrome_below and index >= first else None
