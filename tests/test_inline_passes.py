"""The typography and emphasis passes, on fixture cases."""

from __future__ import annotations

import pytest

from fic2epub.normalise.emphasis import emphasis
from fic2epub.normalise.typography import typography
from fixture_cases import Case, read_cases
from story_text import inline_markup


@pytest.mark.parametrize("case", read_cases("typography"), ids=str)
def test_typography(case: Case) -> None:
    assert typography(case.source) == case.expected


@pytest.mark.parametrize("case", read_cases("emphasis"), ids=str)
def test_emphasis(case: Case) -> None:
    assert inline_markup(emphasis(case.source)) == case.expected


def test_typography_leaves_plain_text_alone() -> None:
    assert typography("Nothing to change here") == "Nothing to change here"
