"""Hand-built stories for the assemble, render and writer tests (original prose, no real fics)."""

from __future__ import annotations

from fic2epub.model import (
    Chapter,
    Emph,
    EndMarker,
    Field,
    LineBreak,
    Metadata,
    Note,
    Paragraph,
    Part,
    SceneBreak,
    Story,
    Strong,
    Text,
)

HOSTILE_TITLE = 'Tom & Jerry: "Quotes" <3'


def para(*texts: str) -> Paragraph:
    """A plain paragraph of ``texts`` run together."""
    return Paragraph(content=tuple(Text(text=text) for text in texts))


def note(label: str, text: str, origin: str) -> Note:
    """A one-paragraph note."""
    return Note(label=label, blocks=(para(text),), origin=origin)  # type: ignore[arg-type]


def hostile_story() -> Story:
    """One chapter, every metadata field filled, and text that looks like markup."""
    chapter = Chapter(
        title=None,
        number=1,
        blocks=(
            para("The cat typed <script>alert(1)</script> & walked away."),
            Paragraph(
                content=(
                    Text(text="A CDATA end ]]> and a "),
                    Emph(children=(Text(text="very "), Strong(children=(Text(text="loud"),)))),
                    Text(text=" mouse."),
                    LineBreak(),
                    Text(text="Second line & <b>not bold</b>."),
                )
            ),
            Paragraph(content=(Text(text="~ centred ~"),), align="center"),
            SceneBreak(marker="* * *"),
            para("Cheese, at last."),
            EndMarker(text="The End"),
        ),
    )
    return Story(
        metadata=Metadata(
            title=HOSTILE_TITLE,
            authors=("Pat <Q> Writer", "R & D"),
            language="en",
            fandoms=("Cartoons & Co",),
            relationships=("Tom/Jerry",),
            characters=("Tom", "Jerry", "Spike"),
            rating="T",
            warnings=("No Archive Warnings Apply",),
            categories=("Gen", "Humor"),
            tags=("Slapstick", 'Quote "Marks"', "Tom"),
            summary="A chase <in> two acts.\nWith a second line.\n\nAnd a second paragraph.",
            status="Complete",
            series="Chase & Cheese",
            series_index=2.0,
            disclaimer="Not mine; the cheese is.",
            word_count=12345,
            published="2021-03-04",
            updated="2021-05-06",
            source_url="https://example.org/works/1?a=1&b=2",
            extra=(
                Field(label="Prompt", value="Write a chase.\nMake it < 500 words."),
                Field(label="Ages in this fic", value="Adults"),
            ),
        ),
        parts=(Part(title=None, chapters=(chapter,)),),
        source="hostile.txt",
    )


def notes_story() -> Story:
    """Three chapters with notes at the front, in chapters and at the back."""
    chapters = (
        Chapter(
            title="Chapter 1: Lanterns",
            number=1,
            blocks=(
                para("The lanterns went up one by one along the harbour wall."),
                SceneBreak(),
                para("By midnight only one was still burning."),
            ),
            notes_before=(note("AN1", "Thank you for reading the first part.", "chapter-start"),),
        ),
        Chapter(
            title=None,
            number=2,
            blocks=(para("Mira counted the boats twice and got two answers."),),
            notes_after=(note("A/N", "Posted late, sorry.", "chapter-end"),),
        ),
        Chapter(
            title="Chapter 3: Morning",
            number=3,
            blocks=(para("The tide had taken the last lantern out to sea."),),
            notes_before=(note("AN3", "Last one!", "chapter-start"),),
            notes_after=(note("End AN", "Reviews welcome.", "chapter-end"),),
        ),
    )
    return Story(
        metadata=Metadata(
            title="Harbour Lights",
            authors=("Ines Okafor",),
            fandoms=("Original Work",),
            summary="Lanterns, boats and one stubborn light.",
            published="2019-07-01",
        ),
        front_notes=(
            note("Author's Note", "This story was written for a lantern prompt.", "before-story"),
        ),
        parts=(Part(title=None, chapters=chapters),),
        back_notes=(
            note("Credits", "Beta read by a patient friend.", "after-story"),
            note("P.S.", "A sequel may follow.", "after-story"),
        ),
        source="harbour.txt",
    )


def parts_story() -> Story:
    """A prologue outside any part, then two titled parts."""

    def chapter(number: int, title: str | None, text: str) -> Chapter:
        return Chapter(title=title, number=number, blocks=(para(text),))

    return Story(
        metadata=Metadata(
            title="The Long Road",
            authors=("Sam Lee",),
            series="Roads",
            series_index=1.5,
            updated="2022-10-11",
        ),
        parts=(
            Part(title=None, chapters=(chapter(1, "Prologue", "Before the road, a gate."),)),
            Part(
                title="Part One: Leaving",
                chapters=(
                    chapter(2, None, "They packed before dawn."),
                    chapter(3, None, "The first mile was the hardest."),
                ),
            ),
            Part(
                title="Part Two: Arriving",
                chapters=(chapter(4, "The Gate Again", "The gate had been painted blue."),),
            ),
        ),
        source="road.txt",
    )


def one_shot(language: str = "fr") -> Story:
    """A one-chapter story without a heading, with a front note."""
    return Story(
        metadata=Metadata(
            title="Petite Pluie",
            authors=("Ines Okafor", "Luc Marchand"),
            language=language,
            tags=("Rain",),
        ),
        front_notes=(note("N/A", "Écrit un jour de pluie.", "before-story"),),
        parts=(
            Part(
                title=None,
                chapters=(
                    Chapter(
                        title=None,
                        number=1,
                        blocks=(para("Il pleuvait sur la ville, doucement."),),
                    ),
                ),
            ),
        ),
        source="pluie.txt",
    )


def no_author_story() -> Story:
    """A story with no byline and no dates."""
    return Story(
        metadata=Metadata(title="Nameless"),
        parts=(
            Part(
                title=None,
                chapters=(Chapter(title=None, number=1, blocks=(para("Nobody signed this."),)),),
            ),
        ),
    )
