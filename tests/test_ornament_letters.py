"""The borrowed ornament letters of dividers (``ornament-letter-divider``)."""

from __future__ import annotations

from fic2epub.normalise import ornament_letters
from fic2epub.normalise.ornament_letters import is_ornament_letter


def test_every_ornament_letter_stands_above_the_quick_refusal() -> None:
    # is_ornament_letter refuses anything below _LOWEST with one comparison: a borrowed letter
    # or an ancient block below it would never be found.
    lowest = ornament_letters._LOWEST
    assert all(char >= lowest for char in ornament_letters._BORROWED)
    assert all(chr(low) >= lowest for low, _ in ornament_letters._ANCIENT_BLOCKS)


def test_borrowed_and_ancient_letters_are_ornaments_and_prose_letters_are_not() -> None:
    assert is_ornament_letter("୨")
    assert is_ornament_letter("ꕤ")
    assert is_ornament_letter("\U00016978")  # a Bamum supplement sign, as in "·𖥸·"
    assert is_ornament_letter("\U00013000")  # an Egyptian hieroglyph
    assert not any(is_ornament_letter(char) for char in "Aé Ωжא")
