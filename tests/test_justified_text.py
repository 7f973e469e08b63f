"""Layout rules for text a typist justified, with two spaces after every sentence: the
spread gaps after a sentence (``sentence-gap-not-column``) and a one-line paragraph's
doubled spaces (``justified-text-sentence-spaces``)."""

from __future__ import annotations

from fic2epub.normalise.layout import layout

# Two paragraphs justified to 60 columns; the first spreads a sentence's two spaces to four.
_JUSTIFIED = (
    "The  weir  keeper  kept  his  boots  by the stove all winter\n"
    "and  his  wife  kept  the  cat  off  them.    The  cat   was\n"
    "not told why.\n"
    "\n"
    "It was late.  She put the lamp out.\n"
    "\n"
    "Nobody  on  the  river  road  had  seen  the  heron   since\n"
    "October,  and  the  boys  said  it  had  gone  to  the  sea.\n"
    "The boys said a great deal.\n"
)


def test_sentence_gap_spread_by_justification_is_a_single_space() -> None:
    """Rule sentence-gap-not-column: four spaces after a full stop in a justified line are
    the sentence's two spread by the justification, not a column gap."""
    texts = [chunk.text for chunk in layout(_JUSTIFIED)]
    assert texts[0].endswith("off them. The cat was not told why.")


def test_one_line_paragraph_of_a_justified_text_loses_its_doubled_spaces() -> None:
    """Rule justified-text-sentence-spaces: in a justified text, a paragraph of one line has
    single spaces after its sentences, as the justified ones do."""
    texts = [chunk.text for chunk in layout(_JUSTIFIED)]
    assert "It was late. She put the lamp out." in texts


def test_table_gap_after_a_word_stays_a_column() -> None:
    """Rule sentence-gap-not-column, negative: seven spaces after a full stop, or four
    after a word, part a table's columns; the row keeps its spacing."""
    text = _JUSTIFIED + "\nNo. 4.       Weir       open\n"
    assert "No. 4.       Weir       open" in [chunk.text for chunk in layout(text)]


def test_doubled_spaces_stay_in_a_text_that_is_not_justified() -> None:
    """Rule justified-text-sentence-spaces, negative: a ragged text's one-line paragraph
    keeps its spacing, which may be the writer's own."""
    text = (
        "The weir keeper kept his boots by the stove all winter, and his\n"
        "wife kept the cat off them, and the cat was not told why.\n"
        "\n"
        "It was late.  She put the lamp out.\n"
        "\n"
        "Nobody on the river road had seen the heron since October, and\n"
        "the boys said it had gone to the sea, as the boys said a lot.\n"
    )
    assert "It was late.  She put the lamp out." in [chunk.text for chunk in layout(text)]
