"""A Rentry paste saved from its ``/raw`` view: Markdown with Rentry's own marks.

Rule ``rentry-centred``: Rentry centres a line written ``-> text <-`` (and right-aligns one
written ``-> text ->``); writers centre their title, byline and "THE END" that way. The
arrows are layout, not words: they go and the text stays, Markdown and all. Only a line that
opens with ``->`` and closes with ``<-`` or ``->`` is touched, so an arrow inside a sentence
("Lima -> Cusco") stays.

Rule ``rentry-admonition``: Rentry's admonition, ``!!! note Text`` (also ``!!! info``,
``!!! warning``, ``!!! danger``, ``!!! greentext``, and the titled ``!!! note "Title"``), is a
box; writers put their author's note or a closing thank-you in one. The mark goes and the
box's text stays on its line, so a label in it ("A/N: …") reads as a note's label. Only the
mark at the start of a line, with one of those kinds and then text, is touched, so a shout
of "!!! what a night" stays.

Line breaks are kept, so line numbers still point at the file.
"""

from __future__ import annotations

import re

from fic2epub.lazy_re import lazy
from fic2epub.normalise.line_search import holds, line_may_start

# "-> text <-" (centred) or "-> text ->" (right-aligned), the whole line.
_ALIGNED = lazy(r"(?P<indent>[ \t]*)->[ \t]*(?P<text>\S.*?)[ \t]*(?:<-|->)[ \t]*")
# "!!! note Text", "!!! info", "!!! warning \"Title\" Text": the admonition's mark and kind.
_ADMONITION = lazy(
    r"[ \t]*!!![ \t]*(?:note|info|warning|danger|greentext|tip|caution|important)"
    r"(?:[ \t]+\"(?P<title>[^\"\n]{1,80})\")?[ \t]+(?P<text>\S.*)",
    re.IGNORECASE,
)
# Either mark at a line's start, searched for in the whole text first (line_search).
_MARK_START = lazy(r"\n[^\S\n]*(?:->|!!!)")


def rentry_marks(text: str) -> str:
    """``text`` without Rentry's alignment arrows and admonition marks (rules
    ``rentry-centred`` and ``rentry-admonition``, see the module).

    Skipped at once when the text has neither mark.
    """
    # ">" is found at memory speed and "!!!" from the text's "!"s (holds), where the search
    # for a line's start tries every line (9 M instructions on a 1.2 MB story): a text with
    # neither has no mark.
    if (">" not in text and not holds(text, "!!!", "!")) or not line_may_start(_MARK_START, text):
        return text
    lines = text.split("\n")
    for index, line in enumerate(lines):
        stripped = line.lstrip()
        if stripped.startswith("->") and (found := _ALIGNED.fullmatch(line)) is not None:
            lines[index] = found.group("indent") + found.group("text")
        elif stripped.startswith("!!!") and (found := _ADMONITION.fullmatch(line)) is not None:
            title = found.group("title")
            lines[index] = f"{title}: {found.group('text')}" if title else found.group("text")
    return "\n".join(lines)
