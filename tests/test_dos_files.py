"""A DOS program's text file: its code page, its centred title block and its indented
notice (layout's ``indented-block-last-line``)."""

from __future__ import annotations

import textwrap

from fic2epub.normalise.layout import layout

_PROSE = (
    "The ferry left without them, and Marta said nothing at all for an hour, which was "
    "usual for her on a Sunday at the harbour, where the boats lay tilted on the mud like "
    "sleeping dogs all morning and the gulls stood about on the rails as if they owned them."
)


def _file() -> str:
    prose = "\n\n".join(textwrap.fill(_PROSE, 65) for _ in range(4))
    return (
        "\n                        The Lamp Room\n"
        "                      by Jo Ames\n\n"
        "        Copyright (c) 1994 by Jo Ames.  This file may be freely\n"
        "        copied on bulletin boards and elsewhere provided it is\n"
        "        kept whole.  Comments by netmail to 1:222/333.\n\n\n" + prose + "\n"
    )


def test_an_indented_notice_keeps_its_short_last_line() -> None:
    chunks = layout(_file())
    notice = next(chunk for chunk in chunks if chunk.text.startswith("Copyright"))
    assert len(notice.lines) == 3
    assert notice.text.endswith("1:222/333.")
    assert not any(chunk.centred and "netmail" in chunk.text for chunk in chunks)
