"""Rule ``media-placeholder-lines``: a phone browser's stand-in for a picture or a video.

Copied from a phone's browser or reading app, a page's cover, a picture between slides or a
video the writer embedded mid-part comes out as a bracketed word on a line of its own:
"(Image)", "[Image]", "[Media]", "(Video)". It stands for something the copy lost; it is
neither story nor note, so the line is taken out.

A placeholder set apart by blank lines takes one of them with it: the paragraphs around it
were one paragraph's gap apart, not a scene's.

Only the bare word in its brackets, alone on its line: "(Image of a horse)" or a story's
"[image]" inside a sentence is left alone.
"""

from __future__ import annotations

import re

from fic2epub.lazy_re import lazy

# The placeholder words, in round or square brackets.
_PLACEHOLDER = lazy(r"\((?:image|media|video|photo)\)|\[(?:image|media|video|photo)\]", re.I)
# A placeholder's line in the text, found from the line break before it: a search that
# starts with a literal is quick over a long story, where a case-blind search of the whole
# text (or lower-casing it) costs milliseconds.
_PLACEHOLDER_LINE = lazy(r"\n[ \t]*[(\[](?i:image|media|video|photo)[)\]][ \t]*(?=\n|\Z)")
# The longest placeholder line, with room for spaces around it.
_LONGEST = 12


def media_placeholder_lines(text: str) -> str:
    """``text`` without the lines that are a lost picture's or video's placeholder."""
    if "(" not in text and "[" not in text:
        # Every placeholder has its brackets: one character is found at memory speed (see
        # line_search), where the pattern steps through the text's line breaks.
        return text
    # Sliced at the first break, not partitioned: a partition copies all the rest of the text.
    end = text.find("\n")
    first = text if end < 0 else text[:end]
    if not _is_placeholder(first) and _PLACEHOLDER_LINE.search(text) is None:
        return text
    lines = text.split("\n")
    kept: list[str] = []
    for index, line in enumerate(lines):
        if not _is_placeholder(line):
            kept.append(line)
        elif kept and not kept[-1].strip() and not _text_under(lines, index):
            # Set apart by blank lines on both sides: one of them goes with it, so the
            # paragraphs around it stay one blank line apart, not a scene's gap.
            kept.pop()
    return text if len(kept) == len(lines) else "\n".join(kept)


def _is_placeholder(line: str) -> bool:
    """Whether the line is a placeholder and nothing else."""
    return len(line) <= _LONGEST and _PLACEHOLDER.fullmatch(line.strip()) is not None


def _text_under(lines: list[str], index: int) -> bool:
    """Whether a line of text (not a blank one) comes right under ``index``."""
    return index + 1 < len(lines) and bool(lines[index + 1].strip())
