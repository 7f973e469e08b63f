"""Plain-text views of a Story for assertions."""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence

from fic2epub.model import Block, Emph, Inline, LineBreak, Paragraph, Story, Strong, Text


def inline_text(content: Sequence[Inline]) -> str:
    """The characters of inline content, with line breaks as newlines."""
    out: list[str] = []
    for inline in content:
        if isinstance(inline, Text):
            out.append(inline.text)
        elif isinstance(inline, LineBreak):
            out.append("\n")
        else:
            out.append(inline_text(inline.children))
    return "".join(out)


def plain(blocks: Iterable[Block]) -> str:
    """The paragraphs of some blocks, joined by newlines."""
    return "\n".join(inline_text(b.content) for b in blocks if isinstance(b, Paragraph))


def story_paragraphs(story: Story) -> list[str]:
    """Every story paragraph of every chapter, in order (notes excluded)."""
    return [
        inline_text(block.content)
        for chapter in story.chapters
        for block in chapter.blocks
        if isinstance(block, Paragraph)
    ]


def inline_markup(content: Sequence[Inline]) -> str:
    """Inline content as minimal HTML: <em>, <strong> and <br/>, text escaped."""
    out: list[str] = []
    for inline in content:
        if isinstance(inline, Text):
            out.append(html.escape(inline.text, quote=False))
        elif isinstance(inline, Emph):
            out.append(f"<em>{inline_markup(inline.children)}</em>")
        elif isinstance(inline, Strong):
            out.append(f"<strong>{inline_markup(inline.children)}</strong>")
        elif isinstance(inline, LineBreak):
            out.append("<br/>")
    return "".join(out)
