"""Rule ``markdown-image-references``: reference-style images and their definitions go.

Google Docs' "Download → Markdown" (and other converters that keep images out of the
text's way) writes each picture as a reference, ``![][image1]`` or ``![a rose][img2]``,
where it stood, and defines the reference at the bottom of the file:
``[image1]: <data:image/png;base64,iVBORw0…>`` or ``[img2]: https://…/rose.png``. A
reader of the text sees the picture, not the marks, and the definition's long data line
is no one's words; read as text, a lone reference makes a paragraph (or a chapter of its
own above the first heading) and the definition a last note.

Only a reference that the file defines, and only a definition that an image refers to:
a writer's "[1]: see the footnote" with no image pointing at it stays, and so does a
"![ sic ][1]" that nothing defines.
"""

from __future__ import annotations

import re

from fic2epub.lazy_re import lazy

# An image by reference: "![alt][ref]" (the alt may be empty).
_IMAGE_REF = lazy(r"!\[[^\]\n]{0,200}\]\[(?P<ref>[^\]\n]{1,60})\]")
# A reference's definition, alone on its line: "[ref]: <url>" or "[ref]: url 'title'".
_DEFINITION = lazy(r"[ ]{0,3}\[(?P<ref>[^\]\n]{1,60})\]:[ \t]+\S.*")


def markdown_image_references(text: str) -> str:
    """``text`` without its defined image references and their definitions; else as it is.

    A line left empty by a reference becomes blank, so line numbers still hold.
    """
    # "[" before the pairs: one character is found at memory speed (see line_search).
    if "[" not in text or "![" not in text or "]:" not in text:
        return text
    lines = text.split("\n")
    defined = {
        found.group("ref").lower(): index
        for index, line in enumerate(lines)
        if (found := _DEFINITION.fullmatch(line)) is not None
    }
    used = {found.group("ref").lower() for found in _IMAGE_REF.finditer(text)}
    pictures = used & defined.keys()
    if not pictures:
        return text
    for ref in pictures:
        lines[defined[ref]] = ""

    def unmarked(found: re.Match[str]) -> str:
        return "" if found.group("ref").lower() in pictures else found.group(0)

    for index, line in enumerate(lines):
        if "![" in line:
            kept = _IMAGE_REF.sub(unmarked, line)
            lines[index] = kept if kept.strip() else ""
    return "\n".join(lines)
