"""A small book rendered and thrown away while a one-story conversion waits for its story.

The first book a process writes pays for much that later ones do not: the templates are
loaded and their code run for the first time, lxml parses and serialises its first
documents, ebooklib and the zip writer take their first steps. For a long story that is
about a third of writing it (some 10 of 32 ms at 1.2 MB). While the story is read on
another core (:mod:`fic2epub.early_read`), the command's own process has nothing to do, so
it renders this book first, in the format, templates and stylesheets the command asks for,
and the story's book is then written without those costs.

The sample book holds one of each thing a book shows (a header of every common field, notes
before and after the story and its chapters, a part, emphasis, a line break, a scene break,
an end marker), so that every template is run. It has no cover: a generated cover is drawn
by a helper process that must draw only the story's. Anything that goes wrong here is the
real book's to report, so it is dropped, and so are warnings.
"""

from __future__ import annotations

import warnings
from dataclasses import replace

from fic2epub.model import (
    Chapter,
    Emph,
    EndMarker,
    Field,
    LineBreak,
    Metadata,
    Note,
    NoteOrigin,
    Paragraph,
    Part,
    SceneBreak,
    Story,
    Strong,
    Text,
)
from fic2epub.options import WriteOptions


def warm_up(options: WriteOptions) -> None:
    """Render the sample book as ``options`` would write a story, and throw it away."""
    from fic2epub.pipeline import build_book, render_book

    sample = replace(options, cover=None, no_cover=True)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            render_book(build_book([sample_story()], sample), sample)
    except Exception:  # the real book meets the same, and reports it
        pass


def sample_story() -> Story:
    """A story of two chapters holding one of each thing a book shows."""
    return Story(
        metadata=Metadata(
            title="Sample",
            authors=("A. Writer", "B. Writer"),
            fandoms=("Fandom",),
            relationships=("A/B",),
            characters=("A", "B"),
            rating="T",
            warnings=("None",),
            categories=("Gen",),
            tags=("Tag",),
            summary="A summary.\n\nIn two paragraphs.",
            status="Complete",
            series="Series",
            series_index=2,
            disclaimer="Not mine.",
            word_count=12,
            published="2000-01-01",
            source_url="https://example.org/story",
            extra=(Field(label="Prompt", value="A prompt."),),
        ),
        front_notes=(_note("A/N", "before-story"),),
        parts=(
            Part(title="Part One", chapters=(_chapter(1),), epigraph=(_paragraph("Epigraph."),)),
            Part(title=None, chapters=(_chapter(2),)),
        ),
        back_notes=(_note("End Notes", "after-story"),),
        source="sample.txt",
    )


def _chapter(number: int) -> Chapter:
    return Chapter(
        title=f"Chapter {number}",
        number=number,
        blocks=(
            Paragraph(
                content=(
                    Text(text="Plain, "),
                    Emph(children=(Text(text="emphasised"),)),
                    Text(text=" and "),
                    Strong(children=(Text(text="strong"),)),
                    LineBreak(),
                    Text(text="after a break."),
                )
            ),
            SceneBreak(marker="* * *"),
            Paragraph(content=(Text(text="Centred."),), align="center"),
            EndMarker(text="The End"),
        ),
        notes_before=(_note("A/N", "chapter-start"),),
        notes_after=(_note("A/N", "chapter-end"),),
    )


def _note(label: str, origin: NoteOrigin) -> Note:
    return Note(label=label, blocks=(_paragraph("A note."),), origin=origin)


def _paragraph(text: str) -> Paragraph:
    return Paragraph(content=(Text(text=text),))
