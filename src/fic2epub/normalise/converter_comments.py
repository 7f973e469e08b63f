"""Rule ``unrtf-comment-header``: the comment lines unrtf writes above an RTF file's text.

``unrtf --text`` turns a word processor's RTF file into plain text and opens it with its own
comments, each line led by "###": its banner ("###  Translation from RTF performed by UnRTF,
version 0.21.10"), then what it read of the file ("### font table contains 3 fonts total",
"### creation date: …", "### revision date: …", "### author: …"), and a rule of hyphens
under them where the document's text starts. These are the converter's, not the writer's:
read as lines of the story they give the banner as the title and hide the story's own
header under a "paragraph" of comments.
"""

from __future__ import annotations

import re
from dataclasses import replace

from fic2epub.lazy_re import lazy
from fic2epub.normalise.chunks import Chunk

# The banner unrtf puts on the first line: it names the converter, so no story opens so.
_BANNER = lazy(r"#{3}\s+translation\s+from\s+rtf\s+performed\s+by\s+unrtf\b.*", re.IGNORECASE)
# How many comment lines may follow the banner: unrtf writes a handful of the file's facts.
_MOST = 16
# The rule unrtf draws under its comments, where the document's own text starts.
_RULE = lazy(r"-{3,}")


def drop_unrtf_comments(chunks: list[Chunk]) -> None:
    """Mark unrtf's comment lines and the rule under them dropped (``unrtf-comment-header``).

    Guards: the block must open the file with unrtf's banner, which names the converter;
    only the "###" lines straight under it, and one rule of hyphens right after them, go.
    """
    if not chunks or not chunks[0].text.startswith("###") or not _BANNER.fullmatch(chunks[0].text):
        return
    index = 0
    while index < min(len(chunks), _MOST) and _comment_chunk(chunks[index]):
        chunks[index] = replace(chunks[index], role="dropped", rule="unrtf-comment-header")
        index += 1
    if index < len(chunks) and _RULE.fullmatch(chunks[index].text.strip()):
        chunks[index] = replace(chunks[index], role="dropped", rule="unrtf-comment-header")


def _comment_chunk(chunk: Chunk) -> bool:
    """Whether every line of a chunk is one of unrtf's "###" comment lines."""
    return all(line.startswith("###") for line in chunk.lines)
