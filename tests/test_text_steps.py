"""The whole-text steps (``TEXT_STEPS``), on fixture cases: the text after all of them."""

from __future__ import annotations

import pytest

from fic2epub.normalise.text_steps import TEXT_STEPS
from fixture_cases import Case, read_cases


def _steps(text: str) -> str:
    for step in TEXT_STEPS:
        text = step(text)
    return text


@pytest.mark.parametrize("case", read_cases("text_steps"), ids=str)
def test_text_steps(case: Case) -> None:
    assert _steps(case.source) == case.expected
