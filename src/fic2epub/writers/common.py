"""What the EPUB and HTML writers share: section bodies, the table of contents, the stylesheet."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import Any, NamedTuple

from markupsafe import Markup

from fic2epub.assemble import part_anchor, toc_tree
from fic2epub.model import Block, Book, Chapter, Section, SectionKind, Story
from fic2epub.options import WriteOptions
from fic2epub.render import Method, blocks_markup, make_environment, render_template
from fic2epub.resources import STYLESHEET, find_resource, read_text

SECTION_TEMPLATES: dict[SectionKind, str] = {
    "titlepage": "titlepage.xhtml.jinja",
    "story-titlepage": "story-titlepage.xhtml.jinja",
    "preface": "notes.xhtml.jinja",
    "afterword": "notes.xhtml.jinja",
    "chapter": "chapter.xhtml.jinja",
}
"""The template that renders each kind of section."""

BLOCKS_MARK = "<?fic2epub-blocks {}?>"
"""What :meth:`BookRenderer.blocks` prints for markup it sets aside: an XML processing
instruction, which a document keeps through parsing and serialising as written."""

TOC_POSITION = 1
"""Where the table of contents sits in reading order: right after the title page."""

Href = Callable[..., str]
"""``href(section_id, fragment=None)``: a link to a section (or an element in it)."""


class StoryLink(NamedTuple):
    """A story as the anthology title page lists it."""

    story: Story
    section: Section
    """The story's own title page."""


class BookRenderer:
    """Renders a book's sections and table of contents for one output format."""

    def __init__(self, book: Book, options: WriteOptions, *, method: Method, href: Href) -> None:
        self.book = book
        self.method = method
        self.href = href
        self.environment = make_environment(options.templates)
        self.anthology = len(book.stories) > 1
        self.bundled = options.templates is None
        """Whether the templates are the bundled ones (no directory overrides any)."""
        self._set_aside: list[str] | None = None

    def render(self, name: str, **context: Any) -> str:
        """Render template ``name`` with the book-wide context plus ``context``."""
        return render_template(self.environment, name, **{**self._common(), **context})

    def blocks(self, blocks: Iterable[Block]) -> Markup:
        """Blocks as markup for a template (templates call this as ``blocks(...)``).

        Inside :meth:`blocks_set_aside`, the markup is kept aside and a mark printed instead.
        """
        markup = blocks_markup(blocks, self.method)
        if self._set_aside is None or not markup:
            return markup
        self._set_aside.append(markup)
        return Markup(BLOCKS_MARK.format(len(self._set_aside) - 1))

    @contextmanager
    def blocks_set_aside(self) -> Iterator[list[str]]:
        """Within this block, :meth:`blocks` prints ``BLOCKS_MARK`` numbered from 0 and keeps
        the markup in the list yielded, at that number, for the caller to put back."""
        previous, self._set_aside = self._set_aside, []
        try:
            yield self._set_aside
        finally:
            self._set_aside = previous

    def section_body(self, section: Section) -> Markup:
        """The markup of one section, the same for every output format."""
        story = self.book.stories[section.story_index]
        base = 2 if self.anthology else 1
        chapter_level = base
        if section.chapter is not None and _in_titled_part(story, section.chapter):
            chapter_level = base + 1
        context: dict[str, Any] = {
            "section": section,
            "story": story,
            "level": chapter_level if section.kind == "chapter" else base,
            "part_level": base,
            "part_id": part_anchor(section),
            "stories": self._story_links(),
            "section_lang": self._section_lang(story),
        }
        return Markup(self.render(SECTION_TEMPLATES[section.kind], **context).strip())

    def toc(self, level: int) -> Markup:
        """The table of contents as a ``<nav>``, headed at heading level ``level``."""
        return Markup(self.render("toc.xhtml.jinja", entries=toc_tree(self.book), level=level))

    def _common(self) -> dict[str, Any]:
        """Names every template can use."""
        return {
            "book": self.book,
            "meta": self.book.metadata,
            "anthology": self.anthology,
            "epub": self.method == "xml",
            "href": self.href,
            "blocks": self.blocks,
        }

    def _section_lang(self, story: Story) -> str | None:
        """The story's language where it differs from the book's, in the single HTML file.

        Each EPUB document declares its own language on ``<html>``, so there it stays None.
        """
        language = story.metadata.language
        if self.method == "html" and language and language != self.book.metadata.language:
            return language
        return None

    def _story_links(self) -> list[StoryLink]:
        """Each story with its title page section (empty for a single story)."""
        return [
            StoryLink(story=self.book.stories[section.story_index], section=section)
            for section in self.book.sections
            if section.kind == "story-titlepage"
        ]


def _in_titled_part(story: Story, chapter: Chapter) -> bool:
    """Whether ``chapter`` belongs to a part with a heading (its heading goes one level down)."""
    # Identity, not equality: two parts may hold chapters that compare equal.
    return any(
        part.title and any(candidate is chapter for candidate in part.chapters)
        for part in story.parts
    )


def stylesheet(options: WriteOptions) -> str:
    """The bundled (or overriding) stylesheet followed by each ``options.css``, as one text."""
    parts = [read_text(find_resource(STYLESHEET, options.templates))]
    parts.extend(read_text(path) for path in options.css)
    return "\n".join(part.rstrip("\n") + "\n" for part in parts)
