"""AO3's pointer run onto a note's last line is split off (rule ``run-on-pointer``)."""

from __future__ import annotations

from fic2epub.normalise.ao3_pointers import split_pointers
from fic2epub.normalise.chunks import Chunk

_POINTER = "(See the end of the work for more notes.)"


def _chunk(*lines: str) -> Chunk:
    return Chunk(text=" ".join(lines), lines=lines, first=10, last=9 + len(lines), gap=1)


def test_pointer_wrapped_across_lines_is_split_with_its_lines() -> None:
    note = _chunk("The ferry ran twice a day. (See the end of the", "work for more notes.)")
    head, tail = split_pointers(note.text, (note,))
    assert (head.text, head.lines, head.first, head.last) == (
        "The ferry ran twice a day.",
        ("The ferry ran twice a day.",),
        10,
        10,
    )
    assert (tail.text, tail.first, tail.last, tail.gap) == (_POINTER, 10, 11, 0)
    assert tail.lines == ("(See the end of the", "work for more notes.)")


def test_pointer_alone_and_prose_are_left_as_they_are() -> None:
    alone = _chunk(_POINTER)
    prose = _chunk("She told him to see the end of the chapter for notes (as ever).")
    assert split_pointers(alone.text + prose.text, (alone, prose)) == (alone, prose)


def test_pointer_in_capitals_is_split_too() -> None:
    """The telltale is looked for in the lower-cased text, as the pointer's regex ignores
    case: a copy that shouts the pointer is split like any other."""
    note = _chunk("The ferry ran twice a day. (SEE THE END OF THE WORK FOR MORE NOTES.)")
    head, tail = split_pointers(note.text, (note,))
    assert head.text == "The ferry ran twice a day."
    assert tail.text == "(SEE THE END OF THE WORK FOR MORE NOTES.)"
