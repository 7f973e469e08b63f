"""Rule ``footnote-text``: a word processor's footnote, written out at the end of the text, is
the author's note under the story, not the story's last paragraph.

Word's "Save as Plain Text" (and other word processors' text exports) keeps a footnote's
reference in the sentence as "[1]" and writes the footnote's own text at the very end of the
document, "[1] Bakula is a tree …", after the last paragraph. A reader meets it as an endnote:
the author speaking about the story, as an unlabelled note after it would. Left as story, it
would be read as the last chapter's last paragraph, after a scene break made of the blank
lines above it.

Only the document's end is read so: a footnote the writer typed by hand under a chapter,
above the next heading or above "THE END", is that chapter's own apparatus and stays its
text, as a printed book sets its notes at the foot of the page.

Guards: the paragraph opens with the bracketed number and its text; nothing but other
footnotes (or dropped lines) follows it to the end of the file; and the same "[1]" stands
earlier in the text as a reference, glued to the word or the stop before it ("flowers[1]"),
so a story's own numbered list ("[1] Eggs") is left as it is. Its marker is kept: it is
what ties the note to the sentence.
"""

from __future__ import annotations

from fic2epub.lazy_re import lazy
from fic2epub.normalise.chunks import Chunk

# The footnote's opening: its number in square brackets, then its text. Not "[1]:", which
# is Markdown's link reference definition, not a word processor's footnote.
_FOOTNOTE = lazy(r"\[(?P<number>\d{1,3})\][ \t]*[^\s:]")
# The longest footnote read as one: a few sentences.
_LONGEST = 800


def footnote_text(chunks: list[Chunk], index: int) -> bool:
    """Whether the chunk is a footnote's text whose reference stands earlier in the story."""
    text = chunks[index].text
    if text[:1] != "[" or len(text) > _LONGEST:
        return False
    found = _FOOTNOTE.match(text)
    if found is None:
        return False
    if not all(_after_footnote(chunk) for chunk in chunks[index + 1 :]):
        return False
    marker = f"[{found.group('number')}]"
    return any(_referenced(chunk.text, marker) for chunk in chunks[:index])


def _after_footnote(chunk: Chunk) -> bool:
    """A chunk that may follow a footnote written at the document's end: another footnote,
    or a line already dropped."""
    return chunk.role == "dropped" or chunk.rule == "footnote-text"


def _referenced(text: str, marker: str) -> bool:
    """Whether ``marker`` stands in ``text`` glued to the word or stop before it."""
    position = text.find(marker, 1)
    while position > 0:
        if not text[position - 1].isspace():
            return True
        position = text.find(marker, position + 1)
    return False
