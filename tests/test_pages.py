"""A printed copy's page furniture: masthead, running heads, words hyphenated at line ends."""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fic2epub.normalise.chunks import Chunk
from fic2epub.normalise.folio_heads import folio_running_heads
from fic2epub.normalise.layout import layout
from fic2epub.normalise.pages import (
    _WORDS,
    _words_of,
    is_masthead,
    join_wrapped,
    running_head_lines,
    vocabulary,
)

WRAPPED = """\
     The ferryman had kept the crossing for thirty years, and
in all that time the river had not once frozen over. This
winter it did. He stood on the bank with his pole and his
lantern and watched the ice creep out from the reeds, and
he thought of his daughter, who had gone to live in Caer-
leon and never written. The ice was grey-green and thick.
     In the morning he walked across it, which no one in the
village had ever done before him, and the solid grey-
green ice held, and on the far side a boy was waiting--
and the boy said nothing at all to him, not then or later.
"""


def test_a_word_cut_at_a_line_end_is_whole_again_and_a_compound_keeps_its_hyphen() -> None:
    texts = [chunk.text for chunk in layout(WRAPPED)]
    joined = " ".join(texts)
    assert "in Caerleon and never written" in joined
    assert "and the solid grey-green ice held" in joined
    # A dash at a line's end is not a hyphen: the next line is only joined with a space.
    assert "was waiting-- and the boy" in joined


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (("a well-", "known tale"), "a well-known tale"),  # compound written elsewhere
        (("some-", "thing odd"), "something odd"),  # joined word written elsewhere
        (("the Anglo-", "Saxon road"), "the Anglo- Saxon road"),  # capital: left alone
        (("twenty-", "1 left"), "twenty- 1 left"),
    ],
)
def test_join_wrapped(lines: tuple[str, str], expected: str) -> None:
    words = vocabulary(["a well-known name", "something", *lines])
    assert join_wrapped(lines, words) == expected


def test_join_wrapped_without_words_removes_the_hyphen() -> None:
    assert join_wrapped(("under the wil-", "lows"), Counter()) == "under the willows"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("THE PAPER LANTERN          Issue 4 -- Autumn 1991", True),
        ("Lantern Tales     Vol. 2 No. 3     1984", True),
        ("He bought issue 4 of the paper in 1991.", False),
        ("THE PAPER LANTERN", False),
    ],
)
def test_masthead(line: str, expected: bool) -> None:
    assert is_masthead(line) is expected


def _chunk(text: str) -> Chunk:
    return Chunk(text=text, lines=(text,), first=1, last=1, gap=1)


def test_running_heads_repeat_a_header_line_or_each_other() -> None:
    region = [
        _chunk("THE FERRY          12"),
        _chunk("The river froze."),
        _chunk("13          Caer Books Annual"),
        _chunk("14          Caer Books Annual"),
        _chunk("He counted the boats           3"),
    ]
    heads = running_head_lines(region, ["The Ferry", "by Wil Marsh"])
    assert heads == {
        "THE FERRY          12",
        "13          Caer Books Annual",
        "14          Caer Books Annual",
    }


# Letters, digits of other scripts, numerals that are no digits (½, Ⅻ), a combining accent,
# underscores, hyphens, apostrophes and spaces of several kinds.
_WORDISH = st.text(alphabet=st.sampled_from("abZé\u0301ß½Ⅻ٣1_-'’.  \u00a0\t\n"), max_size=80)


@given(_WORDISH)
def test_words_read_piece_by_piece_are_the_pattern_s_words(text: str) -> None:
    assert _words_of(text) == _WORDS.findall(text)


_FOLIO_PAGES = """Saltings

By: reed_warbler

The tide came over the saltings twice a day, and twice a day the
heron went up from the creek and came down again a little further
1
Saltings · reed_warbler
inland, as if it had been insulted.

Nobody on the farm had ever seen it eat.

2
Saltings · reed_warbler

In the spring the farmer's girl began to leave sprats on the sluice gate.
3
"""


def test_a_folio_over_a_running_head_is_a_page_break() -> None:
    """A PDF copied as text without form feeds: each break's folio and running head go,
    the paragraph they cut is one again, and the last page's folio goes
    (folio-over-running-head)."""
    text = folio_running_heads(_FOLIO_PAGES)
    assert "reed_warbler\ninland" not in text and "further\ninland, as if" in text
    assert "Saltings · reed_warbler" not in text
    assert "eat.\n\nIn the spring" in text
    assert text.endswith("sluice gate.\n")


def test_a_folio_set_apart_by_blank_lines_mid_sentence_joins_the_paragraph() -> None:
    """Rule ``folio-apart-mid-sentence``: a copy that sets paragraphs apart by blank lines
    sets the furniture apart too; where the sentence runs on over the break it is one
    paragraph, and where it ended, two."""
    text = folio_running_heads(
        "The heron stood in the shallows of the\n\n1\nSaltings · reed_warbler\n\n"
        "cut for an hour, not moving.\n\n2\nSaltings · reed_warbler\n\nThen it went up.\n"
    )
    assert text == (
        "The heron stood in the shallows of the\ncut for an hour, not moving.\n\nThen it went up.\n"
    )


@pytest.mark.parametrize(
    "text",
    [
        # One break only: no pattern to go by.
        "The heron\n1\nSaltings · reed_warbler\nwent up.\n",
        # Numbers that do not count up by one: a story's list, not pages.
        "Lists:\n3\nHerons\nand\n1\nHerons\nand more.\n",
        # A line of dialogue under the number, ending as a sentence.
        "The score was\n1\nSaid Tom.\nthen\n2\nSaid Tom.\nagain.\n",
    ],
)
def test_a_folio_over_a_running_head_near_misses(text: str) -> None:
    assert folio_running_heads(text) == text
