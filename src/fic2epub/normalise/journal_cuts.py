"""A journal entry's cut links inside the story: the folded section's name over its heading.

LiveJournal and Dreamwidth fold an entry's text under a cut, and the page shows the cut's
link text in spaced brackets where the fold starts: "( Part II: The Long Road )". An
entry cut section by section repeats each section's heading in its cut link, and the
heading itself stands right under it when the entry is copied unfolded.
"""

from __future__ import annotations

from dataclasses import replace

from fic2epub.normalise.chunks import Chunk
from fic2epub.normalise.journal_parts import is_cut_link

# The roles a cut link may have been given by the rules above: a heading's words in it
# ("( Part I: The Start )") read as a part or chapter heading.
_CUT_ROLES = ("text", "part", "heading")


def cut_over_heading(chunks: list[Chunk]) -> None:
    """Rule ``cut-over-heading``: a cut link in spaced brackets ("( Part I: The Start )",
    "( Read more... )") with a chapter or part heading right under it is the
    journal's link to the fold, not a heading of its own: the heading under it heads the
    section. Marks the link dropped.

    Guards: the spaced brackets of a cut link on a line of its own (is_cut_link: a story's
    aside is written "(like this)", and a bracketed sentence is left alone), and a heading
    as the very next line, so a cut over prose is left to the other rules.
    """
    for index, chunk in enumerate(chunks[:-1]):
        if chunk.text[:2] != "( " or chunk.role not in _CUT_ROLES:
            continue
        below = chunks[index + 1]
        if below.role in ("heading", "part") and is_cut_link(chunk.text.strip()):
            chunks[index] = replace(chunk, role="dropped", rule="cut-over-heading")
