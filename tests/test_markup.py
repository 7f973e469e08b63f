"""The markup pass: HTML left in a text file, and text that only looks like it."""

from __future__ import annotations

import pytest

from fic2epub.model import Paragraph, SceneBreak
from fic2epub.normalise.markup import html_residue
from fic2epub.options import ReadOptions
from fic2epub.readers.text import read_text
from story_text import inline_markup, plain


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        # Character references, once there are two of them; a no-break space is a space.
        ("She said &quot;no&quot; and left.", 'She said "no" and left.'),
        ("didn&#8217;t &amp; couldn&#x2019;t", "didn’t & couldn’t"),
        ("one&nbsp;two&nbsp;three", "one two three"),
        # Emphasis tags become the emphasis pass's markers, spaces moved outside them.
        ("It was <i>very</i> late.", "It was *very* late."),
        ("<b>Nobody</b> and <STRONG>no one</STRONG>", "**Nobody** and **no one**"),
        ("an <em> odd </em> one", "an  *odd*  one"),
        # A line break ending its line is one break; a paragraph tag is one blank line.
        ("came.<br>\nA line.<br/>Another.", "came.\nA line.\nAnother."),
        ("<p>One.</p>\n<p>Two.</p>", "One.\n\nTwo."),
        ("<p>One.</p><hr /><p>Two.</p>", "One.\n\n* * *\n\nTwo."),
        # A run of blank lines the writer typed (a scene break) stays as typed.
        (
            "It was <i>late</i>.\n\n\n\nMorning.\n\nShe <b>woke</b>.",
            "It was *late*.\n\n\n\nMorning.\n\nShe **woke**.",
        ),
        # Emphasis open across a paragraph's end is closed there and opened again.
        ("<i>begins\n\nand ends</i> here", "*begins*\n\n*and ends* here"),
        ("<p><i>one</p><p>two</i></p>", "*one*\n\n*two*"),
        # Other tags go and keep their text.
        ('<span style="x">plain</span> <a href="http://x.example">link</a>', "plain link"),
        # A writer's own angle brackets and a lone ampersand reference stay as written.
        ("I <3 you. <sigh> Fish & chips.", "I <3 you. <sigh> Fish & chips."),
        ("AT&amp;T once", "AT&amp;T once"),
        ("x < y and y > z", "x < y and y > z"),
        # Beside a script, an image or an event handler, no markup is formatting.
        ("<i>a</i> <script>b</script> &amp;", "<i>a</i> <script>b</script> &amp;"),
        ('<b onclick="x()">bold</b> &amp; &lt;', '<b onclick="x()">bold</b> &amp; &lt;'),
        ('<p>one</p><img src="x.png"><p>two</p>', '<p>one</p><img src="x.png"><p>two</p>'),
    ],
)
def test_html_residue(source: str, expected: str) -> None:
    assert html_residue(source).strip("\n") == expected


def test_html_residue_through_the_reader() -> None:
    story = read_text(
        (
            b"Title: Lamplight\nAuthor: wick\n\n"
            b"<p>It was <i>very</i> late, and <b>nobody</b> came. She said &quot;wait&quot;.</p>\n"
            b"<p>&nbsp;</p>\n<hr>\n"
            b"<p>By morning the lamp had taken after all.</p>\n"
        ),
        ReadOptions(),
    )
    blocks = story.chapters[0].blocks
    assert [type(block) for block in blocks] == [Paragraph, SceneBreak, Paragraph]
    first = blocks[0]
    assert isinstance(first, Paragraph)
    assert inline_markup(first.content) == (
        "It was <em>very</em> late, and <strong>nobody</strong> came. She said “wait”."
    )
    assert plain(blocks) == (
        "It was very late, and nobody came. She said “wait”.\n"
        "By morning the lamp had taken after all."
    )
