"""Rule ``html2text-reference-links``: a web page converted with numbered reference links.

Python's html2text, asked for reference links (``--reference-links``, as blog-to-text
tools ask it), writes each link where it stood as ``[its text][5]`` and lists the
addresses under the page, one a line: ``  [5]: https://example.net/author/me/``. A reader
of the page saw the link's text, never its number or its address; read as written, every
menu item, tag and "Leave a comment" keeps its brackets (so no chrome rule knows it), and
the address list makes a last paragraph of the story.

Here the references become their text and the list's lines are blanked (line numbers still
point at the file). The converter drops the space between a word and the link after it
(``by[name][5]``): a link glued to a word gets the space back.

Guards: only a numbered reference that the file defines with an address (``http://…``,
``https://…``, ``mailto:…``, or a path from ``/``), so a writer's "[1]: see below" note and
a "[sic][2]" that nothing defines stay; and only a definition that some reference uses.
"""

from __future__ import annotations

import re

from fic2epub.lazy_re import lazy

# A numbered definition alone on its line: "  [5]: https://example.net/a/" (perhaps with a
# quoted title after the address, as html2text writes a link's title attribute).
_DEFINITION = lazy(
    r"[ ]{0,3}\[(?P<number>\d{1,4})\]:[ \t]+(?:https?://|mailto:|/)\S*(?:[ \t]+\"[^\"\n]*\")?"
    r"[ \t]*"
)
# A reference: "[text][5]". The text may wrap onto the next line; no brackets inside it.
_REFERENCE = lazy(r"\[(?P<text>[^\[\]]{0,300})\]\[(?P<number>\d{1,4})\]")


def html2text_reference_links(text: str) -> str:
    """``text`` with its defined numbered references as their text and their definitions
    blanked; else as it is."""
    # Cheap questions first: a definition needs "]: " and a reference "][" (and both a "]",
    # which one character's search finds many times faster).
    if "]" not in text or "]: " not in text or "][" not in text:
        return text
    lines = text.split("\n")
    defined = {
        found.group("number"): index
        for index, line in enumerate(lines)
        if line.lstrip().startswith("[") and (found := _DEFINITION.fullmatch(line)) is not None
    }
    if not defined:
        return text
    used = {found.group("number") for found in _REFERENCE.finditer(text)} & defined.keys()
    if not used:
        return text
    for number in used:
        lines[defined[number]] = ""
    text = "\n".join(lines)

    def shown(found: re.Match[str]) -> str:
        if found.group("number") not in used:
            return found.group(0)
        words = found.group("text")
        start = found.start()
        # by[name][5]: the converter ate the space between the word and its link.
        glued = start > 0 and text[start - 1].isalpha() and words[:1].isalnum()
        return f" {words}" if glued else words

    return _REFERENCE.sub(shown, text)
