"""Rules added for heldout104's stories 01-06 whose values the pass fixtures cannot show:
the names a byline gives, the disclaimer's label and text, and the title and authors read."""

from __future__ import annotations

import pytest

from fic2epub.normalise.bylines import byline_names
from fic2epub.normalise.chunks import Chunk
from fic2epub.normalise.notes import disclaimer_field
from fic2epub.options import ReadOptions
from fic2epub.readers import read_data


@pytest.mark.parametrize(
    ("line", "names"),
    [
        # The beta reader's credit after the author's name is no author (byline-beta-credit).
        ("written by Ada Crane, beta'd by moss_and_fern", ("Ada Crane",)),
        ("by wren_reads (beta: sparrow_hill)", ("wren_reads",)),
        ("By: Ash Vale; edited by Rue Moss", ("Ash Vale",)),
        # Near misses: co-authors listed, no beta's word, stay authors.
        ("by Ada Crane, Bea Lowe", ("Ada Crane", "Bea Lowe")),
        ("by Ada Crane and Betty Moss", ("Ada Crane", "Betty Moss")),
    ],
)
def test_byline_beta_credit(line: str, names: tuple[str, ...]) -> None:
    assert byline_names(line) == names


def _chunk(text: str) -> Chunk:
    return Chunk(text=text, lines=(text,), first=1, last=1, gap=1)


def test_disclaimer_label_aside() -> None:
    field = disclaimer_field(_chunk("Disclaimer (forgot it, sorry): Not mine."), "rule")
    assert field is not None
    assert (field.label, field.value) == ("Disclaimer", "Not mine.")
    # No colon after the bracket: a sentence, no field.
    assert disclaimer_field(_chunk("Disclaimer (the word) was red: odd."), "rule") is None


def test_colon_title_over_byline() -> None:
    text = (
        "Lanterns Lit: A Harbour Winter\n\nby Tamsin Reed\n\nRating: G\n\n"
        "The harbour froze on the ninth night, and nobody admitted to being pleased.\n"
    )
    story = read_data(text.encode(), ReadOptions(), "case")
    assert story.metadata.title == "Lanterns Lit: A Harbour Winter"
    assert story.metadata.authors == ("Tamsin Reed",)
    assert not story.metadata.extra
