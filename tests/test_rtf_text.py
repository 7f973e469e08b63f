"""Rule ``rtf-document``: an RTF file named .txt is read as the text it holds."""

from __future__ import annotations

from fic2epub.model import Emph, Paragraph, Strong
from fic2epub.normalise.rtf_text import rtf_document
from fic2epub.options import ReadOptions
from fic2epub.readers.text import read_text

_RTF = (
    r"{\rtf1\ansi\deff0{\fonttbl{\f0 Times New Roman;}}"
    "\r\n"
    r"\f0\fs24 The Salt Road\par by heron_vale\par\par "
    r"\ldblquote Go,\rdblquote  said the ferryman. \i Now\i0 , before the tide.\par "
    r"She went, and the \b whole\b0  river went with her.\par}"
)


def test_an_rtf_document_gives_its_text_and_emphasis() -> None:
    story = read_text(_RTF.encode("ascii"), ReadOptions())
    assert story.metadata.title == "The Salt Road"
    assert story.metadata.authors == ("heron_vale",)
    paragraphs = [b for b in story.chapters[0].blocks if isinstance(b, Paragraph)]
    assert [type(inline).__name__ for inline in paragraphs[0].content] == ["Text", "Emph", "Text"]
    assert isinstance(paragraphs[0].content[1], Emph)
    assert any(isinstance(inline, Strong) for inline in paragraphs[1].content)


def test_text_that_only_mentions_rtf_is_left_alone() -> None:
    text = "She typed {\\rtf1 into the box and nothing happened.\n\\i was all it said.\n"
    assert rtf_document(text) == text


def test_an_emphasis_group_is_marked_as_its_text() -> None:
    """Rule ``rtf-emphasis-group``: "{\\i …}" sets its stretch in italics, the group's end
    turning them off; a group holding another switch or group is left to the switch rule."""
    text = r"{\rtf1\ansi She said, {\i Not the blue one.}\par Then {\b {\i both}}.\par}"
    held = rtf_document(text)
    assert "She said, *Not the blue one.*" in held
    assert "*both*" in held
