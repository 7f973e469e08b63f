"""The quoted pass: a mail's quoted story and Markdown blockquotes lose their ``>`` markers."""

from __future__ import annotations

from fic2epub.model import Paragraph
from fic2epub.normalise.quoted import unquote
from fic2epub.options import ReadOptions
from fic2epub.readers.text import read_text
from story_text import inline_text, plain

_PROSE = [
    "The boats came in at dusk, one after another,",
    "low in the water with the day's catch.",
    "",
    "The women on the quay counted them in",
    "as they always had, and nobody spoke.",
    "",
    '"Six," said Maren at last. "There should be',
    'seven."',
    "",
    "Nobody answered her. The tide went out.",
    "By morning the harbour was mud.",
]


def _quoted(lines: list[str], marker: str = "> ") -> str:
    return "\n".join(f"{marker}{line}" if line else marker.strip() for line in lines)


def test_a_quoted_mail_loses_its_markers() -> None:
    text = "keeping this one\n\n" + _quoted(_PROSE)
    assert unquote(text) == "keeping this one\n\n" + "\n".join(_PROSE)


def test_nested_markers_and_an_unquoted_wrapped_line() -> None:
    lines = _quoted(_PROSE, ">> ").split("\n")
    # A mail program that re-wrapped a long quoted line leaves its end unquoted.
    lines.insert(2, "catch")
    assert unquote("\n".join(lines)).split("\n") == [*_PROSE[:2], "catch", *_PROSE[2:]]


def test_indentation_inside_the_quote_is_kept() -> None:
    text = _quoted([*_PROSE, "", "    Maren, her mark"])
    assert unquote(text).endswith("\n\n    Maren, her mark")


def test_a_short_quote_in_prose_and_greentext_keep_their_markers() -> None:
    short = "She read the card again.\n\n> Gone to the lighthouse.\n> Do not wait up.\n\nShe went."
    assert unquote(short) == short
    greentext = "\n".join(f">{line}" for line in _PROSE if line)
    assert unquote(greentext) == greentext
    assert unquote("if x > y then\ny > z") == "if x > y then\ny > z"


def test_markdown_blockquotes_lose_their_markers() -> None:
    text = "# Salt\n\n> **A/N:** Hello.\n>\n> More.\n\n## One\n\nText.\n\n## Two\n\nMore text."
    assert (
        unquote(text)
        == "# Salt\n\n**A/N:** Hello.\n\nMore.\n\n## One\n\nText.\n\n## Two\n\nMore text."
    )


def test_a_forwarded_quoted_story_through_the_reader() -> None:
    mail = [
        "Title: Salt and Iron",
        "Author: harbour_wren",
        "",
        "-----",
        "",
        *_PROSE,
        "",
        "The End",
        "",
        "A/N: For my sister, who knows the quay.",
    ]
    text = (
        "saving this, the lighthouse one\n\n"
        "---------- Forwarded message ---------\n"
        "From: Harbour Wren <wren@example.org>\n"
        "Date: Tue, Apr 1, 2014 at 8:02 AM\n"
        "Subject: [fic] Salt and Iron\n"
        "To: <friend@example.org>\n\n" + _quoted(mail)
    )
    story = read_text(text.encode(), ReadOptions())
    assert story.metadata.title == "Salt and Iron"
    assert story.metadata.authors == ("harbour_wren",)
    (chapter,) = story.chapters
    body = plain(chapter.blocks)
    assert body.startswith("The boats came in at dusk, one after another, low in the water")
    assert ">" not in body and "saving this" not in body and "Forwarded" not in body
    assert [note.label for note in story.back_notes] == ["A/N"]


def test_a_markdown_story_through_the_reader() -> None:
    text = (
        "# Salt and Iron\n\n*by harbour_wren*\n\n"
        "> **A/N:** My first harbour story.\n>\n> Be kind.\n\n"
        "## The Quay\n\nThe boats came in at *dusk*.\n\n---\n\nThe tide went out.\n\n"
        "## Low Water\n\nBy morning the harbour was mud.\n"
    )
    story = read_text(text.encode(), ReadOptions())
    assert story.metadata.title == "Salt and Iron"
    assert story.metadata.authors == ("harbour_wren",)
    (note,) = story.front_notes
    assert note.label == "A/N"
    paragraphs = [inline_text(b.content) for b in note.blocks if isinstance(b, Paragraph)]
    assert paragraphs == ["My first harbour story.", "Be kind."]
    assert [c.title for c in story.chapters] == ["The Quay", "Low Water"]
    assert "#" not in plain(story.chapters[0].blocks)


def test_a_blockquote_under_a_note_label_loses_its_markers() -> None:
    """Rule ``labelled-blockquote``: html2text quotes a note under its label line."""
    text = (
        "**Notes for the Chapter:**\n\n> A short note, wrapped\n> at the width.\n>\n"
        "> And a second paragraph.\n\nThe prose begins.\n"
    )
    assert unquote(text) == (
        "**Notes for the Chapter:**\n\nA short note, wrapped\nat the width.\n\n"
        "And a second paragraph.\n\nThe prose begins.\n"
    )


def test_a_quote_without_a_label_above_keeps_its_markers() -> None:
    text = "He read the sign aloud:\n\n> No fishing from the pier.\n\nNobody listened.\n"
    assert unquote(text) == text


def test_fanficfare_chapter_notes_through_the_reader() -> None:
    """FanFicFare's bold labels over quoted notes: each a note, labelled as written."""
    prose = "The ferry left at noon, as it always did, with the mail and three sheep."
    text = (
        "Salt and Iron\n\nby harbour_wren\n\n\n\t1. The Quay\n\n"
        "**Summary for the Chapter:**\n\n> The boats come in.\n\n"
        "**Notes for the Chapter:**\n\n> Written for a friend.\n>\n> Be kind.\n\n"
        f"{prose}\n\n{prose}\n\n\t2. Low Water\n\n{prose}\n\n"
        "**Notes for the Chapter:**\n\n> Thanks for reading.\n"
    )
    story = read_text(text.encode(), ReadOptions())
    first, second = story.chapters
    assert [note.label for note in first.notes_before] == [
        "Summary for the Chapter",
        "Notes for the Chapter",
    ]
    paragraphs = [
        inline_text(b.content) for b in first.notes_before[1].blocks if isinstance(b, Paragraph)
    ]
    assert paragraphs == ["Written for a friend.", "Be kind."]
    assert [note.label for note in second.notes_after] == ["Notes for the Chapter"]
    assert ">" not in plain(first.blocks) + plain(second.blocks)


def test_a_field_labels_nested_quote_loses_its_markers() -> None:
    """calibre's Markdown sets each tag list under its label as a nested quote."""
    text = "Fandom:\n> > > The Lighthouse Keeper\nSummary\n> A storm and a lamp.\n\nThe rain began."
    assert unquote(text) == (
        "Fandom:\nThe Lighthouse Keeper\nSummary\nA storm and a lamp.\n\nThe rain began."
    )


def test_a_quote_under_a_line_of_prose_keeps_its_markers() -> None:
    text = "He read the letter again:\n> > > Come home before the frost.\n\nHe did not go."
    assert unquote(text) == text
