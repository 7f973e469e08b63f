"""Text a reader copied out of a reading app or a browser's reader view, or drew out of a PDF."""

from __future__ import annotations

from fic2epub.normalise.ao3_page_title import ao3_page_title
from fic2epub.normalise.chunks import Chunk
from fic2epub.normalise.headings import mark_headings
from fic2epub.normalise.kindle import apple_books_excerpts
from fic2epub.normalise.layout import layout
from fic2epub.normalise.pages import form_feed_splits

CITATION = (
    "Excerpt From\nThe Millrace\nrosalind_ashdown\nThis material may be protected by copyright."
)


def test_apple_books_citations_and_wrapper_quotes_go() -> None:
    text = (
        "\u201cChapter 1: The Mill\nThe wheel turned all night.\n"
        "\u201cGo to bed,\u201d said his wife.\u201d\n\n" + CITATION + "\n\n"
        "\u201cChapter 2: The Weir\nBy morning the water was over the weir.\u201d\n\n"
        "Excerpt From\nThe Millrace\nrosalind_ashdown\n"
        "https://books.apple.com/gb/book/the-millrace/id000000\n"
        "This material may be protected by copyright.\n"
    )
    read = apple_books_excerpts(text)
    assert [line for line in read.split("\n") if line] == [
        "The Millrace",  # the book the citations name heads the text (apple-books-cited-title)
        "by rosalind_ashdown",
        "Chapter 1: The Mill",
        "The wheel turned all night.",
        "\u201cGo to bed,\u201d said his wife.",  # the author's closing quote stays
        "Chapter 2: The Weir",
        "By morning the water was over the weir.",
    ]
    assert "his wife.\n\n" in read  # the passages stay apart


def test_old_ibooks_citation_on_one_line() -> None:
    text = (
        "\u201cThe wheel turned all night.\u201d\n\n"
        "Excerpt From: Rosalind Ashdown. \u201cThe Millrace.\u201d iBooks. "
        "https://itun.es/gb/abcde.l\n\nThis material may be protected by copyright.\n\n"
        "Check out this book on the iBooks Store: https://itun.es/gb/abcde.l\n"
    )
    assert apple_books_excerpts(text).strip() == "The wheel turned all night."


def test_prose_excerpt_from_is_left_alone() -> None:
    text = (
        "\u201cRead it,\u201d she said.\n\nExcerpt from the minutes\nof the parish meeting\n"
        "Mr. Hale spoke against the weir.\n"
    )
    assert apple_books_excerpts(text) == text
    # A passage with no wrapper quotes keeps its own; only the citation goes.
    assert apple_books_excerpts("The wheel turned.\n\n" + CITATION).strip() == "The wheel turned."
    # "Excerpt From" inside a line of prose is no citation's head.
    prose = "The Excerpt From Chapter Nine\nThis material may be protected by copyright.\n"
    assert apple_books_excerpts(prose) == prose


def test_form_feed_inside_a_paragraph_is_joined() -> None:
    text = "The miller was tired,\n\n\fand the wheel turned all night.\n"
    assert form_feed_splits(text) == "The miller was tired,\n\fand the wheel turned all night.\n"
    cut = "the water came over the\n\fweir by morning.\n"
    assert form_feed_splits(cut) == cut


def test_form_feed_between_paragraphs_is_left() -> None:
    for text in (
        "The wheel turned all night.\n\n\fBy morning the water was over the weir.\n",
        "See the end of the work for more notes\n\n\fChapter 1: The Mill\n",
        # A page number at the page's foot is no sentence, whatever follows it.
        "The miller was tired\n\n12\n\fand the wheel turned.\n",
        # A running footer comes back at the foot of every page.
        "The Millrace\n\fand the wheel turned.\nThe Millrace\n\fand so on.\n",
        # A stray form feed inside a line is no page break.
        "The wheel turned and\fwent still.\n",
    ):
        assert form_feed_splits(text) == text


def _page_title(text: str) -> Chunk | None:
    chunks = list(mark_headings(layout(text)))
    return ao3_page_title(chunks, 0)


def test_ao3_page_title_gives_the_fandom() -> None:
    below = "\narchiveofourown.org\n\nSalt Marsh - Reeds\nreed_warbler\n\nThe tide came in.\n"
    found = _page_title(
        "Salt Marsh - Reeds - reed_warbler - Fenland Tales - Anon [Archive of Our Own]" + below
    )
    assert found is not None and found.value == "Fandom: Fenland Tales - Anon"
    chapter = _page_title(
        "Salt Marsh - Reeds - Chapter 3 - reed_warbler - Fenland Tales [Archive of Our Own]" + below
    )
    assert chapter is not None and chapter.value == "Fandom: Fenland Tales"
    # No lines below to go by: three parts still split, and then give the title and the
    # creator too (ao3-page-title-alone); more cannot, and give no fandom.
    bare = _page_title("Salt Marsh - reed_warbler - Fenland Tales [Archive of Our Own]\n\nA.\n")
    fields = "Title: Salt Marsh\nAuthor: reed_warbler\nFandom: Fenland Tales"
    assert bare is not None and bare.value == fields
    many = _page_title("Salt - Marsh - reed_warbler - Fenland - Tales [Archive of Our Own]\n")
    assert many is not None and many.role == "dropped"


def test_ao3_page_title_needs_the_site_and_three_parts() -> None:
    assert _page_title("Tuesday - I posted it at last [Archive of Our Own]\n") is None
    assert _page_title("Salt Marsh - reed_warbler - Fenland Tales\n") is None


def test_ao3_page_title_over_the_creator_line() -> None:
    """Firefox's Reader View keeps the creator's line under the page title but no title
    line: the creator's part splits the title from a fandom that holds a dash
    (ao3-page-title-over-creator)."""
    below = "\n\nreed_warbler\n\n4–5 minutes\n\nThe tide came in.\n"
    found = _page_title("Salt Marsh - reed_warbler - Fenland - Anon [Archive of Our Own]" + below)
    fields = "Title: Salt Marsh\nAuthor: reed_warbler\nFandom: Fenland - Anon"
    assert found is not None and found.value == fields
    # A line repeating the title below: that line gives it, and the parts are not split so.
    titled = _page_title(
        "Salt Marsh - reed_warbler - Fenland - Anon [Archive of Our Own]\n\nSalt Marsh" + below
    )
    assert titled is not None and titled.value != fields


def test_ao3_page_title_over_co_creators_joined_with_and() -> None:
    """Reader View's byline joins co-creators with "&" where the page title has ", ": the
    same creators, so the line still splits the title from the fandom
    (ao3-page-title-over-creator); other names do not."""
    below = "\n\nreed_warbler & bittern\n\n4–5 minutes\n\nThe tide came in.\n"
    page = "Salt Marsh - reed_warbler, bittern - Fenland - Anon [Archive of Our Own]"
    found = _page_title(page + below)
    fields = "Title: Salt Marsh\nAuthor: reed_warbler, bittern\nFandom: Fenland - Anon"
    assert found is not None and found.value == fields
    other = _page_title(page + below.replace("bittern", "avocet"))
    assert other is not None and other.value != fields
