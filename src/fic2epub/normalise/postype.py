"""A Korean post page's head: the series' name over the post's own title.

Postype heads a post with the channel's name and its "구독하기" (subscribe) button, then
the series the post belongs to, the post's title, the channel's name again, the date and
the view count, one a line:

    채널 이름 / 구독하기 / 시리즈 이름 / 글 제목 / 채널 이름 / 2024.02.11 23:14 / 조회 1,204

The first title-like line is the series', not the post's.
"""

from __future__ import annotations

from collections.abc import Sequence

from fic2epub.normalise.chunks import Chunk
from fic2epub.normalise.foreign_header import is_post_date


def series_over_post_title(chunks: Sequence[Chunk], index: int) -> bool:
    """Rule ``series-over-post-title``: under the header's byline, a short line over another
    short line, the byline's name again and the post's date, one under the other with no
    blank line between, is the series' name over the post's title: the post's title is the
    line that the author's name and the date sit right under.

    Only when the name under the two lines repeats the byline above them word for word and
    the date follows it: a story's title and first line have neither."""
    if index + 3 >= len(chunks):
        return False
    names = {(c.value or c.text).strip() for c in chunks[:index] if c.role == "byline"}
    series, title, name, date = chunks[index : index + 4]
    return (
        bool(names)
        and not any(c.gap for c in (title, name, date))
        and name.text.strip() in names
        and all(_short(c.text) for c in (series, title))
        and is_post_date(date.text)
    )


# The longest series or post title this reads.
_LONGEST = 60


def _short(text: str) -> bool:
    """A title's line: short, and no sentence's end."""
    line = text.strip()
    return 0 < len(line) <= _LONGEST and line[-1] not in ".!?。！？"
