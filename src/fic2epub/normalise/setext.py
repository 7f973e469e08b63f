"""A story converted from HTML to Markdown with setext headings (markdownify, epub2md).

markdownify, which tools such as epub2md use to turn an EPUB's chapters into Markdown,
writes a heading in the setext style by default: the heading's text on its line and a rule of
``=`` (``<h1>``) or ``-`` (``<h2>``) as long as the text under it. It also escapes every
character Markdown would read as a mark (``tashtego\\_and\\_twine``) and writes links as
``[text](url)``.

Such a file's headings are rewritten in the ``#`` form the Markdown reader knows (the rule's
line left blank, so line numbers stay the same), its links become their text and its escapes
are undone; the Markdown passes then read the title and the chapters.
"""

from __future__ import annotations

from fic2epub.lazy_re import lazy
from fic2epub.normalise.line_search import holds
from fic2epub.normalise.web_clip import ESCAPE, LINK

# An underline: a run of "=" or "-" alone on its line (three at least, so "--" is no rule).
_UNDERLINE = lazy(r"[ \t]*(?P<mark>=){3,}[ \t]*|[ \t]*(?P<dash>-){3,}[ \t]*")
# A file needs this many underlined headings: one could be a rule under a stray line.
_LEAST = 2
# The underline's length may miss the text's by this much (a hand-typed rule).
_SLACK = 2
# A heading is short and is no sentence.
_LONGEST = 100
_SENTENCE_END = (".", ",", ";", ":")


def setext_headings(text: str) -> str:
    """Rule ``setext-heading``: ``text`` with its setext headings written as ``#`` headings
    (``=`` underline: ``#``; ``-``: ``##``), its links as their text and its escapes undone,
    when it has at least two such headings; else ``text`` as it is.

    A line is a setext heading when it opens a block (first or after a blank line), is short
    and does not end like a sentence, and the rule right under it is about as long as it is:
    a converter measures the rule by the text, while a scene-break rule after a paragraph is
    neither right under a lone short line nor of its length.
    """
    # "=" before "\n==": one character is found at memory speed (see line_search); "\n--"
    # is looked for from the text's dashes, which are few (holds).
    if ("=" not in text or "\n==" not in text) and not holds(text, "\n--", "-"):
        return text
    lines = text.split("\n")
    found: list[tuple[int, str]] = []
    for index in range(1, len(lines)):
        line = lines[index]
        if line.lstrip()[:1] not in ("=", "-") or (rule := _UNDERLINE.fullmatch(line)) is None:
            continue
        heading = lines[index - 1].strip()
        opens_block = index == 1 or not lines[index - 2].strip()
        if (
            opens_block
            and heading
            and len(heading) <= _LONGEST
            and not heading.endswith(_SENTENCE_END)
            and any(character.isalnum() for character in heading)
            and abs(len(line.strip()) - len(heading)) <= _SLACK
        ):
            found.append((index, "#" if rule.group("mark") else "##"))
    if len(found) < _LEAST:
        return text
    first = found[0][0] - 1
    if not any(line.strip() for line in lines[:first]) and len({m for _, m in found}) == 1:
        # Rule ``setext-title``: a file opening with an underlined line, its other headings
        # underlined the same way, is titled by it ("Title" over "Chapter One", both with
        # "="): its chapters go a level down, as a converter would have set them.
        found = [found[0], *((index, marks + "#") for index, marks in found[1:])]
    for index, marks in found:
        lines[index - 1] = f"{marks} {lines[index - 1].strip()}"
        lines[index] = ""
    body = LINK.sub(lambda link: link.group("text"), "\n".join(lines))
    return ESCAPE.sub(lambda escape: escape.group("mark"), body)
