"""The word count of a chapter's paragraphs: the matches of the word pattern, however the
count is reached."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from fic2epub.model import Block, Emph, LineBreak, Paragraph, SceneBreak, Text, plain_text
from fic2epub.normalise.build import _count_words
from fic2epub.normalise.word_count import WORD, count_words

# Letters of several scripts and widths, the apostrophes the pattern joins words with, other
# quotes, digits, underscores, punctuation, ASCII and other spaces (some of which only
# str.split splits at), controls, a lone surrogate and a character beyond the BMP.
_CHARACTERS = st.sampled_from(
    [
        *"abcXYZéßøДж中ᾳ",
        *["'", "\u2019", "\u2018", '"', "\u201c", "\u201d", "9", "_", ".", ",", "-", "!"],
        *["\u2014", "\u2013", "\u2026", "''", "'a", "a'"],
        *[" ", "  ", "\t", "\n", "\x0b", "\x0c", "\r", "\x1c", "\x1f", "\x85", "\xa0"],
        *["\u2003", "\u3000", "\x00", "\ud800", "\U0001f600", "\u0301"],
    ]
)
_TEXTS = st.lists(_CHARACTERS, max_size=40).map("".join)
_PARAGRAPHS = st.builds(
    lambda texts, emphasised: Paragraph(
        content=(Text(text=texts[0]), LineBreak(), Emph(children=(Text(text=texts[1]),)))
        if emphasised
        else (Text(text=texts[0]),)
    ),
    st.tuples(_TEXTS, _TEXTS),
    st.booleans(),
)


def _counted(blocks: list[Block]) -> int:
    """The plain definition: the pattern's matches in each paragraph's text."""
    return sum(
        len(WORD.findall(plain_text(block.content)))
        for block in blocks
        if isinstance(block, Paragraph)
    )


@settings(max_examples=3000)
@given(st.lists(st.one_of(_PARAGRAPHS, st.just(SceneBreak())), max_size=6))
def test_words_are_the_patterns_matches(blocks: list[Block]) -> None:
    assert _count_words(blocks) == _counted(blocks)


def test_words_joined_by_apostrophes_count_once() -> None:
    blocks: list[Block] = [Paragraph(content=(Text(text="Don’t say it's 9 o'clock, Zoë."),))]
    assert _count_words(blocks) == 6


# Typeset English only: every letter ASCII, so the whole text takes count_words' ASCII way.
_TYPESET_TEXTS = st.lists(
    st.sampled_from(
        [
            *"aZ9_ '.-\n\t\x1c",
            *["\u2019", "\u2018", "\u201c", "\u201d", "\u2014", "\u2013", "\u2026", "\xa0"],
            *["''", "a'", "'a", "don\u2019t"],
        ]
    ),
    max_size=60,
).map("".join)


@settings(max_examples=3000)
@given(st.lists(_TYPESET_TEXTS, max_size=4))
def test_typeset_english_counts_the_patterns_matches(texts: list[str]) -> None:
    assert count_words(texts) == sum(len(WORD.findall(text)) for text in texts)


def test_apostrophes_that_join_and_those_that_do_not() -> None:
    # "rock'n'roll" is one word; "''" joins nothing; a leading or trailing one is no word.
    assert count_words(["rock'n'roll ''twas 'em o'' '' x'"]) == 5
