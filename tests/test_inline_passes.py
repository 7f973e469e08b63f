"""The typography and emphasis passes, on fixture cases."""

from __future__ import annotations

import html

import pytest

from fic2epub.model import Emph, Inline, LineBreak, Strong, Text
from fic2epub.normalise.emphasis import emphasis
from fic2epub.normalise.typography import typography
from fixture_cases import Case, read_cases


@pytest.mark.parametrize("case", read_cases("typography"), ids=str)
def test_typography(case: Case) -> None:
    assert typography(case.source) == case.expected


def _markup(inlines: tuple[Inline, ...]) -> str:
    out: list[str] = []
    for inline in inlines:
        if isinstance(inline, Text):
            out.append(html.escape(inline.text, quote=False))
        elif isinstance(inline, Emph):
            out.append(f"<em>{_markup(inline.children)}</em>")
        elif isinstance(inline, Strong):
            out.append(f"<strong>{_markup(inline.children)}</strong>")
        elif isinstance(inline, LineBreak):
            out.append("<br/>")
    return "".join(out)


@pytest.mark.parametrize("case", read_cases("emphasis"), ids=str)
def test_emphasis(case: Case) -> None:
    assert _markup(emphasis(case.source)) == case.expected


def test_typography_leaves_plain_text_alone() -> None:
    assert typography("Nothing to change here") == "Nothing to change here"
