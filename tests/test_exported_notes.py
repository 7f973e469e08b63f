"""Text steps for stories that passed through another program first: a typeset PDF's page
edges (``pdftotext -layout``), a typesetter's end mark, justified lines, and a read-later
app's note with its highlights and the saved blog's sharing block."""

from __future__ import annotations

from fic2epub.normalise.layout import layout
from fic2epub.normalise.pdf_pages import page_edge_furniture, typeset_end_marks
from fic2epub.normalise.read_later import read_later_note

_PAGES = (
    "        The lamplighter came along the canal every evening, and\n"
    "        the children waited for him on the bridge with their\n"
    "\n"
    "\n"
    "                                  31\n"
    "\f        THE LAMPLIGHTER                                  32\n"
    "\n"
    "\n"
    "        hands in their pockets.\n"
    "           He never spoke to them.\n"
    "\n"
    "\f        33                                   A CANAL ZINE\n"
    "\n"
    "        In winter he came earlier.\n"
)


def test_page_edges_go_and_the_split_paragraph_meets_again() -> None:
    """Rule pdf-page-edges: the folio, both running heads and the form feeds go, and the
    paragraph cut by the page's end runs on with no blank line."""
    text = page_edge_furniture(_PAGES)
    assert "31" not in text and "32" not in text and "33" not in text
    assert "THE LAMPLIGHTER" not in text and "A CANAL ZINE" not in text
    assert "\f" not in text
    assert "with their\n        hands in their pockets." in text


def test_page_edges_need_numbers_that_count_with_the_pages() -> None:
    """Rule pdf-page-edges, negative: a lone number at a page's foot that no other page
    edge agrees with (a year set apart, a list's count) is left, and so is the form feed."""
    text = "It happened in\n\n        1914\n\fThe war came to the village late.\n"
    assert page_edge_furniture(text) == text


def test_typeset_end_mark_after_the_last_word_goes() -> None:
    """Rule typeset-end-mark: the black square after a piece's last sentence."""
    assert typeset_end_marks("and she shut the door. ■\n\nNote: thanks.") == (
        "and she shut the door.\n\nNote: thanks."
    )


def test_typeset_end_mark_alone_or_inside_a_line_stays() -> None:
    """Rule typeset-end-mark, negative: a square on its own line (a scene break) or inside
    a sentence is left."""
    text = "She went out.\n\n■\n\nThe ■ key was stuck, and he swore.\n"
    assert typeset_end_marks(text) == text


_JUSTIFIED = (
    "           The  ferry left the harbour an hour late, because the\n"
    "        cook  had  gone  back  for his spoons, and nobody on the\n"
    "        quay would say a word against the cook.\n"
    "           Marit  stood  at  the rail and counted the islands as\n"
    "        they  went  by, one for each year she had been away, and\n"
    "        lost count somewhere past the lighthouse.\n"
)


def test_justified_spaces_are_single_again() -> None:
    """Rule justified-spaces: a paragraph of justified lines has single spaces again."""
    texts = [chunk.text for chunk in layout(_JUSTIFIED)]
    assert texts[0].startswith("The ferry left the harbour an hour late, because the cook had")
    assert all("  " not in text for text in texts)


def test_spaced_menu_run_into_a_line_keeps_its_spacing() -> None:
    """Rule justified-spaces, negative: a menu's wide-spaced items joined with the line
    under them stop short of the wrap width, so their spacing is kept."""
    text = "Home  Stories  Authors  Links\nStories\n" + "".join(
        f"The wind came off the fell at dusk and rattled every door in the row {n},\n"
        "and the dogs of the village barked at it as if it were a stranger come.\n"
        for n in range(3)
    )
    assert any("Home  Stories" in chunk.text for chunk in layout(text))


_NOTE = """---
id: 0a1b2c3d-0000-1111-2222-333344445555
title: |
  Frost on the Pier – a small blog
author: |
  gullwing
date_saved: 2024-01-02 10:00:00
---

# Frost on the Pier – a small blog
#Omnivore

[Read on Omnivore](https://omnivore.app/me/frost-on-the-pier-1a2b)
[Read Original](https://asmallblog.example.org/2023/12/frost-on-the-pier/)

## Content

**Title:** Frost on the Pier
**Author:** gullwing

The fishermen came in with ice in their beards.

### Share this:

- [Click to share on Tumblr (Opens in new window)](https://asmallblog.example.org/?share=tumblr)

Like Loading...

### Related

## Highlights

> Ice in their beards. [⤴️](https://omnivore.app/me/frost-1a2b#aa11bb22) ^aa11bb22
"""


def test_read_later_note_keeps_only_the_article() -> None:
    """Rules read-later-note and markdown-blog-footer: the app's frame, the blog's sharing
    block and the reader's highlights go; the post's own header and text stay."""
    text = read_later_note(_NOTE)
    assert text.lstrip().startswith("**Title:** Frost on the Pier")
    assert text.rstrip().endswith("ice in their beards.")
    assert "Omnivore" not in text and "Share this" not in text and "Highlights" not in text


def test_read_later_note_without_the_apps_links_is_left() -> None:
    """Rule read-later-note, negative: a Markdown story with a "Highlights" heading and a
    "Share this:" line of its own, and no app's links at its top, is left whole."""
    text = (
        "# Harbour Lights\n\n## Highlights\n\n> The best of the summer. ^summer1\n\n"
        "### Share this:\n\nShe wrote it on the back of a postcard and sent it to nobody.\n"
    )
    assert read_later_note(text) == text
