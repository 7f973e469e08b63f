"""Rule ``turkish-8bit``: Windows-1254 Turkish text is not read as cp1252."""

from __future__ import annotations

import pytest

from fic2epub.normalise.decode import decode

TURKISH = (
    "Yağmur bütün gece yağdı. Sabah olunca balıkçı kayığını kıyıya çekti.\r\n"
    "“Bugün denize çıkmayacağız,” dedi oğluna. “Rüzgâr fazla sert.”\r\n"
    "Çocuk sesini çıkarmadı, ama gözleri hâlâ ufuktaydı.\r\n"
)
ICELANDIC = (
    "Það var kalt í veðri þegar hún gekk niður að sjónum.\n"
    "Fuglarnir flugu yfir hafið og hún hugsaði um bróður sinn, sem ýtti bátnum út.\n"
)


def test_turkish_cp1254_is_read_as_such() -> None:
    assert decode(TURKISH.encode("cp1254"), "s.txt") == TURKISH.replace("\r\n", "\n")


@pytest.mark.parametrize(
    "story",
    [ICELANDIC, "Zoë and Þór ate smørrebrød at the café; “ýes,” said Ðan.\n"],
    ids=["icelandic", "english-names"],
)
def test_icelandic_letters_keep_their_cp1252_reading(story: str) -> None:
    assert decode(story.encode("cp1252"), "s.txt") == story
