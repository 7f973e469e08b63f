"""Rule ``wrapped-value-run``: a long header value hard-wrapped over several lines, read up
to the next field under it.

A journal post's header typed with hard line breaks wraps a long summary across two or
three lines, unindented and with no blank line, and the next field follows straight under
it ("Summary: The burn comes over its banks in the back-end of the year, and" / "Johnny
Gibb has opinions about whose fault that is... Mrs. Gibb has" / "opinions about Johnny." /
"Notes: …"). The header reads a line as more of the value when the next header line is
right under it; the first of two or three wrapped lines has more wrap under it instead, so
the value stopped at its first line and the rest started the story.

The run is the value's when the value's own line was filled and breaks mid-sentence, and
every line of the run is plain text that carries on with no blank line until another
header line (a known field or a note's label) takes over. Guards: only a long field's value
(a summary, a disclaimer, a field the header does not know), at most three lines, none of
them a field, each but the last filled as the value's own line was (a time or a user name
under a post's subject is no wrapped line), and the header line must follow them right
away: story prose never ends on a header field, so a paragraph under a one-line summary
stays the story's.
"""

from __future__ import annotations

from collections.abc import Sequence

from fic2epub.normalise.bylines import starts_header_line
from fic2epub.normalise.chunks import Chunk
from fic2epub.normalise.field_lines import field_line
from fic2epub.normalise.patterns import match_note

# The most wrapped lines a value may run on to before the field under them.
_MOST_LINES = 3
# How long the value's own line must be to have been filled by a wrap, not ended by hand.
_FILLED = 50


def value_runs_to_field(chunks: Sequence[Chunk], head: int, index: int) -> bool:
    """Whether ``index`` opens a run of wrapped lines of the value on ``head``'s line that
    the next header line closes (see the module)."""
    if len(chunks[head].text) < _FILLED:
        return False
    end = index
    while end + 1 < len(chunks) and end - index + 1 < _MOST_LINES:
        after = chunks[end + 1]
        if after.gap or after.role != "text" or _header_line(after):
            break
        end += 1
    run = chunks[index : end + 1]
    if any(c.gap or c.role != "text" or field_line(c.text) is not None for c in run):
        return False
    # Every line but the run's last was filled by the wrap, as the value's own line was.
    if any(len(c.text) < _FILLED for c in run[:-1]):
        return False
    below = chunks[end + 1] if end + 1 < len(chunks) else None
    return below is not None and below.gap <= 1 and _header_line(below)


def _header_line(chunk: Chunk) -> bool:
    """A line that opens the header's next line: a known field, a byline or a note label."""
    return starts_header_line(chunk) or match_note(chunk.text) is not None
