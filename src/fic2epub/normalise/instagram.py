"""Instagram posts copied from the web, a story told in the captions of a few posts.

Instagram keeps no blank line a writer types, so writers space a caption's paragraphs with
a line that holds only an invisible character (the braille blank U+2800, or the Hangul
filler U+3164): rule ``invisible-blank-lines`` reads such a line as the blank line it
stands for, in any file.

A post copied from the web page comes out as:

* the picture's alt text ("Photo by name on March 4, 2024. May be an illustration of …"),
  the account's name, "•", "Follow", the post's location, the account's name again over
  the caption, "Edited", "•" and the post's age ("12w");
* the caption, which is the story (its last line may be the post's hashtags);
* the comments, each a commenter's name over its age, the comment, its likes and "Reply";
  then "Liked by name and 203 others" (or "1,204 likes"), the date, "Add a comment…" and
  the box's "Post" button.

Rule ``instagram-posts`` keeps the caption and takes the rest out, post by post; a run taken
out leaves one blank line, so the captions' paragraphs stay paragraphs. Rule
``instagram-post-counter`` takes off the counter a writer glues to a caption's last
paragraph ("… held out his hand. (1/3)") when its number is the post's place.

Guards: a post is only read from a "Follow" line under the account's name (with "•"
between or not) or after it on the same line ("name • Follow"), the account's name again
within two lines under it and the post's age right after it (perhaps after "Edited" and
"•"); and only when the copy has Instagram's "Add a comment…" box or its likes line under
one post at least (a copy may stop before the last post's comments). Account names are
in lower case, as Instagram shows them. A story that says "Follow" on a line of its own
has no account name and age around it.
"""

from __future__ import annotations

import re

from fic2epub.lazy_re import lazy
from fic2epub.normalise.line_search import holds

# The lines that hold only an invisible character, as a blank spacer.
_INVISIBLE_BLANKS = "\u2800\u3164"
# An Instagram account's name: letters, digits, "." and "_", no spaces.
# (Instagram shows them in lower case, which keeps a story's "Maurice" line out.)
USER = lazy(r"[a-z0-9._]{1,30}")
# The dot between the account's name and "Follow", or "Edited" and the age.
DOTS = frozenset({"•", "·"})
# A post's or a comment's age: "12w", "3d", "5h", "1y".
_AGE = lazy(r"\d{1,3}\s?[smhdwy]")
# The picture's alt text over a post.
_ALT_TEXT = lazy(
    r"(?:(?:photo|video|image|reel)\s+(?:shared\s+)?by\s+\S+.{0,400}"
    r"|may\s+be\s+an?\s+\w.{0,400}|no\s+photo\s+description\s+available\.?)",
    re.IGNORECASE,
)
# The likes line under the comments: "Liked by name and 203 others", "1,204 likes".
LIKES = lazy(
    # The liker is an account's name, which ends on no stop ("Liked by everyone." is prose).
    r"(?:liked\s+by\s+(?-i:[a-z0-9._]{0,29}[a-z0-9_])(?:\s+and\s+(?:[\d,.]+[km]?\s+)?others?)?"
    r"|[\d,.]+[km]?\s+likes?"
    r"|be\s+the\s+first\s+to\s+like\s+this)",
    re.IGNORECASE,
)
# The comment box under a post.
COMMENT_BOX = lazy(r"add\s+a\s+comment\s*(?:…|\.\.\.)?", re.IGNORECASE)
# A counter glued to a caption's last paragraph: "… his hand. (1/3)".
_GLUED_COUNTER = lazy(r"\s+\((\d{1,2})\s?/\s?(\d{1,2})\)$")
# How far under "Follow" the caption's header may run.
_HEADER_LINES = 6


def invisible_blank_lines(text: str) -> str:
    """Rule ``invisible-blank-lines``: a line that holds only U+2800 or U+3164 (and spaces)
    is blank: an app that drops empty lines keeps it, so writers type it as one."""
    # Counted, not looked for: "in" looks for a character's low byte with memchr, and
    # U+2800's is 0 and U+3164's a "d", which fill a text of Latin letters, so the search
    # tries character after character; a count is one plain pass (half the time).
    if not text.count("\u2800") and not text.count("\u3164"):
        return text
    lines = text.split("\n")
    changed = False
    for index, line in enumerate(lines):
        if line and not line.strip(_INVISIBLE_BLANKS + " \t\r"):
            lines[index] = ""
            changed = True
    return "\n".join(lines) if changed else text


def instagram_posts(text: str) -> str:
    """``text`` with each Instagram post's chrome taken out (rule ``instagram-posts``)."""
    # Cheap test first: the button and the comment box or likes line must be there. The
    # button is looked for from the text's capital "F"s, which prose holds few of (holds).
    if not holds(text, "Follow", "F") or ("Add a comment" not in text and "ike" not in text):
        return text
    lines = text.split("\n")
    starts = _post_starts(lines)
    if not starts:
        return text
    drop: set[int] = set()
    footed = False
    for place, (start, caption) in enumerate(starts, 1):
        end = starts[place][0] if place < len(starts) else len(lines)
        footer = _footer_start(lines, caption, end)
        # A copy may stop before a post's comments: its caption then runs to the end.
        footed = footed or footer is not None
        footer = end if footer is None else footer
        drop.update(range(start, caption))
        drop.update(range(footer, end))
        drop.update(trailing_hashtags(lines, caption, footer))
        _strip_counter(lines, caption, footer, place)
    if not footed:
        return text  # no post with the page's footer: not Instagram's layout
    return without_lines(lines, drop)


def without_lines(lines: list[str], drop: set[int]) -> str:
    """The text of ``lines`` without those at the indices ``drop``: each run taken out
    leaves one blank line, so the paragraphs around it stay apart."""
    kept: list[str] = []
    for index, line in enumerate(lines):
        if index not in drop:
            kept.append(line)
        elif kept and kept[-1].strip():
            kept.append("")
    return "\n".join(kept)


def _post_starts(lines: list[str]) -> list[tuple[int, int]]:
    """Each post's first line and its caption's first line, in order."""
    found: list[tuple[int, int]] = []
    for index, line in enumerate(lines):
        if not line.rstrip().endswith("Follow"):
            continue
        account = _account(lines, index)
        if account is None:
            continue
        top, name = account
        caption = _header_end(lines, index, name)
        if caption is not None:
            found.append((top, caption))
    return found


def _account(lines: list[str], follow: int) -> tuple[int, str] | None:
    """The post's first line and the account's name, for a "Follow" line: the name over it
    (perhaps with a "•" between), or before it on the same line ("name • Follow"); the
    picture's alt text may stand over the name."""
    line = lines[follow].strip()
    if line == "Follow":
        above = follow - 1
        if above >= 0 and lines[above].strip() in DOTS:
            above -= 1
        if above < 0:
            return None
        name = lines[above].strip()
    else:
        above = follow
        name = line.removesuffix("Follow").rstrip().rstrip("•·").rstrip()
    if not USER.fullmatch(name):
        return None
    if above > 0 and _ALT_TEXT.fullmatch(lines[above - 1].strip()):
        return above - 1, name
    return above, name


def _header_end(lines: list[str], follow: int, name: str) -> int | None:
    """The caption's first line under a post's "Follow": after the location, the account's
    name again, "Edited", "•" and the post's age; None when the age is not there."""
    limit = min(len(lines), follow + 1 + _HEADER_LINES)
    index = follow + 1
    if index < limit and lines[index].strip() != name:
        index += 1  # the post's location
    if index >= limit or lines[index].strip() != name:
        return None
    index += 1
    while index < limit and (lines[index].strip() in DOTS or lines[index].strip() == "Edited"):
        index += 1
    if index < limit and _AGE.fullmatch(lines[index].strip()):
        return index + 1
    return None


def _footer_start(lines: list[str], caption: int, end: int) -> int | None:
    """The first line under a caption that is the post's: a comment's name over its age,
    or the likes line, or the comment box. None unless the box or the likes line comes."""
    first: int | None = None
    for index in range(caption, end):
        line = lines[index].strip()
        footer_line = bool(line) and (
            LIKES.fullmatch(line) is not None or COMMENT_BOX.fullmatch(line) is not None
        )
        if first is None and (footer_line or _comment_head(lines, index)):
            first = index
        if footer_line:
            return first
    return None


def _comment_head(lines: list[str], index: int) -> bool:
    """Whether a comment starts at ``index``: the commenter's name over the comment's age."""
    if index + 1 >= len(lines) or not USER.fullmatch(lines[index].strip()):
        return False
    return _AGE.fullmatch(lines[index + 1].strip()) is not None


def trailing_hashtags(lines: list[str], caption: int, footer: int) -> list[int]:
    """The caption's last lines that are its hashtags and nothing else."""
    found: list[int] = []
    for index in range(footer - 1, caption - 1, -1):
        words = lines[index].split()
        if not words:
            continue
        if not all(word.startswith("#") for word in words):
            break
        found.append(index)
    return found


def _strip_counter(lines: list[str], caption: int, footer: int, place: int) -> None:
    """Rule ``instagram-post-counter``: take "(1/3)" off the caption's last paragraph when
    its number is the post's place among the posts and not past its total."""
    for index in range(footer - 1, caption - 1, -1):
        line = lines[index]
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        found = _GLUED_COUNTER.search(line.rstrip()) if line.rstrip().endswith(")") else None
        if found is not None and int(found.group(1)) == place <= int(found.group(2)):
            lines[index] = line.rstrip()[: found.start()]
        return
