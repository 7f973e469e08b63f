"""fic2epub.records: records frozen for the type checker, cheap to make at run time."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from fic2epub.model import Paragraph, Text
from fic2epub.normalise.chunks import Chunk


def test_records_compare_and_hash_by_their_fields() -> None:
    one = Paragraph(content=(Text(text="The tide came in."),))
    same = Paragraph(content=(Text(text="The tide came in."),))
    other = Paragraph(content=(Text(text="The tide went out."),))
    assert one == same and one != other
    assert hash(one) == hash(same)
    assert len({one, same, other}) == 2


def test_replace_makes_a_new_record_and_leaves_the_old() -> None:
    chunk = Chunk(text="A/N: thanks", lines=("A/N: thanks",), first=1, last=1, gap=0)
    noted = replace(chunk, role="note", rule="note-label")
    assert (chunk.role, noted.role, noted.text) == ("text", "note", "A/N: thanks")


def test_the_type_checker_refuses_to_change_a_field(tmp_path: Path) -> None:
    """What keeps these records immutable is mypy, which CI runs strict: it must reject an
    assignment to any of their fields."""
    api = pytest.importorskip("mypy.api")
    source = tmp_path / "mutate.py"
    source.write_text(
        "from fic2epub.model import Text\n"
        "from fic2epub.normalise.chunks import Chunk\n"
        "def change(text: Text, chunk: Chunk) -> None:\n"
        "    text.text = 'b'\n"
        "    chunk.role = 'note'\n"
    )
    config = tmp_path / "mypy.ini"
    config.write_text(f"[mypy]\nmypy_path = {Path(__file__).resolve().parents[1] / 'src'}\n")
    report, _, status = api.run(
        ["--strict", "--no-incremental", "--config-file", str(config), str(source)]
    )
    assert status == 1
    assert report.count("is read-only") == 2, report
