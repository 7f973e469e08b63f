"""Hypothesis strategies for the model's blocks and inlines, shared by the writers' tests."""

from __future__ import annotations

from hypothesis import strategies as st

from fic2epub.model import (
    Block,
    Emph,
    EndMarker,
    Inline,
    LineBreak,
    Paragraph,
    SceneBreak,
    Strong,
    Text,
)


def inlines(texts: st.SearchStrategy[str]) -> st.SearchStrategy[Inline]:
    """Text runs, line breaks, and emphasis and strong nested around them."""
    return st.recursive(
        st.one_of(st.builds(Text, text=texts), st.just(LineBreak())),
        lambda children: st.one_of(
            st.builds(Emph, children=st.tuples(children) | st.tuples(children, children)),
            st.builds(Strong, children=st.tuples() | st.tuples(children, children)),
        ),
        max_leaves=8,
    )


def blocks(texts: st.SearchStrategy[str]) -> st.SearchStrategy[Block]:
    """Paragraphs (left or centred), scene breaks and end markers holding ``texts``."""
    return st.one_of(
        st.builds(
            Paragraph,
            content=st.lists(inlines(texts), max_size=5).map(tuple),
            align=st.sampled_from(["start", "center"]),
        ),
        st.builds(SceneBreak, marker=texts),
        st.builds(EndMarker, text=texts),
    )
