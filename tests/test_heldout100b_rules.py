"""Rules added for heldout100's stories 07-12 that the pass fixtures cannot show: a
chapter's title as the reader keeps it."""

from __future__ import annotations

import pytest

from fic2epub.normalise.heading_lines import heading_title


@pytest.mark.parametrize(
    ("line", "title"),
    [
        # A number sign glued to the figure is the writer's numbering (hash-number-title).
        ("#1", "#1"),
        ("#12", "#12"),
        ("#2: The Storm", "#2: The Storm"),
        # Markdown's marks, set off by a space, still go.
        ("# 1", "1"),
        ("## Chapter 3", "Chapter 3"),
        ("#Chapter 4", "Chapter 4"),
    ],
)
def test_hash_number_title(line: str, title: str) -> None:
    assert heading_title(line) == title
