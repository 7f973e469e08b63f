"""Rule ``markdown-footnote``: a Markdown footnote, read as the numbered footnote it shows.

A writer keeping her story in Markdown (a Git repository, Obsidian, a static site) marks a
footnote with ``[^1]`` glued to the sentence and writes it out at the end of the file as
``[^1]: He did marry her.``; a Markdown viewer shows a raised number in the sentence and
the note, numbered, at the foot. Read as text, the caret is syntax no reader sees. The
reference becomes the bracketed number a word processor's text export writes ("[1]") and
the definition the footnote under it ("[1] He did marry her."), which the footnote rule
(footnotes) reads as the author's note after the story.

Only a label that the file both references (glued to the text before it) and defines on a
line of its own; the labels are numbered in the order they are defined.
"""

from __future__ import annotations

import re

from fic2epub.lazy_re import lazy

# A footnote's definition, alone on its line: "[^1]: text", "[^note]: text".
_DEFINITION = lazy(r"^[ ]{0,3}\[\^(?P<label>[^\]\s]{1,40})\]:[ \t]*(?=\S)", re.MULTILINE)
# A reference glued to the word or stop before it: "must be.”[^1]".
_REFERENCE = lazy(r"(?<=\S)\[\^(?P<label>[^\]\s]{1,40})\](?!:)")


def markdown_footnotes(text: str) -> str:
    """``text`` with its Markdown footnotes as numbered ones; else as it is."""
    if "[" not in text or "[^" not in text:
        return text  # "[" first: one character is found at memory speed (see line_search)
    numbers: dict[str, int] = {}
    for found in _DEFINITION.finditer(text):
        numbers.setdefault(found.group("label"), len(numbers) + 1)
    referenced = {found.group("label") for found in _REFERENCE.finditer(text)}
    numbers = {label: number for label, number in numbers.items() if label in referenced}
    if not numbers:
        return text

    def reference(found: re.Match[str]) -> str:
        number = numbers.get(found.group("label"))
        return found.group() if number is None else f"[{number}]"

    def definition(found: re.Match[str]) -> str:
        number = numbers.get(found.group("label"))
        return found.group() if number is None else f"[{number}] "

    return _DEFINITION.sub(definition, _REFERENCE.sub(reference, text))
