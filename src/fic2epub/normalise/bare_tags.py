"""Rule ``bare-tag-lines``: a post's tags copied one a line without their "#".

Pillowfort (and Tumblr's newer pages) show a post's tags as chips under it; copied from the
browser they come out one a line with no "#" ("some fandom", "character name", "my
fic"), right above the post's reader counts ("3 Comments   5 Reblogs   28 Likes"). They file
the post; they are neither the story's last lines nor the author's note.
"""

from __future__ import annotations

from collections.abc import Sequence

from fic2epub.lazy_re import lazy
from fic2epub.normalise.chrome import is_site_chrome
from fic2epub.normalise.chrome_counts import is_reader_counts
from fic2epub.normalise.chunks import Chunk
from fic2epub.normalise.patterns import match_end_marker, match_note
from fic2epub.normalise.pleas import closing_plea, more_to_come

# The most lines of chrome (counts, buttons) between the tags and the chapter's end.
_AFTER_TAGS = 3
# The most tags read, and the longest one.
_MOST_TAGS = 30
_LONGEST_TAG = 50
_MOST_WORDS = 6
# A tag has no sentence punctuation or quotes: a line of verse or prose has commas and stops.
_NOT_A_TAG = lazy(r"[.,;!?\"“”‘…*#]")


def bare_tag_lines(chunks: Sequence[Chunk], first: int, end: int) -> list[int]:
    """The indexes of a post's bare tags (see the module), in order; [] when there are none.

    Guards: the reader counts must stand under them, with only chrome between (no story
    ends on a count line); two tags or more, one a line with no blank line between, a blank
    line above the first; each short, with no sentence punctuation.
    """
    position = end - 1
    counted = False
    while position >= first and end - position <= _AFTER_TAGS:
        text = chunks[position].text
        if is_reader_counts(text):
            counted = True
        elif chunks[position].role != "dropped" and not is_site_chrome(text):
            break
        position -= 1
    if not counted:
        return []
    run: list[int] = []
    while position >= first and len(run) < _MOST_TAGS and _tag(chunks[position]):
        run.append(position)
        if chunks[position].gap:
            break
        position -= 1
    if len(run) < 2 or not chunks[run[-1]].gap:
        return []
    return run[::-1]


def _tag(chunk: Chunk) -> bool:
    """A line that may be one tag: short, no sentence punctuation, and none of the short
    lines a story ends with: an end marker ("The End"), a note ("a/n: thanks"), a word to
    readers ("Thanks for reading", "more soon")."""
    text = chunk.text.strip()
    return (
        chunk.role == "text"
        and 0 < len(text) <= _LONGEST_TAG
        and len(text.split()) <= _MOST_WORDS
        and _NOT_A_TAG.search(text) is None
        and not match_end_marker(text)
        and match_note(text) is None
        and not closing_plea(text)
        and not more_to_come(text)
    )
