"""The model in the form one fic2epub process sends another: cheap to pickle and unpickle.

A child process that builds chapters, or reads a whole story, hands its result back pickled.
Unpickling a dataclass restores it field by field in Python, and a long story has thousands
of paragraphs of two objects each (the paragraph and its one run of text), so a model
pickled as it is costs the receiving process more than building it afresh. Here each plain
paragraph (one run of text, not centred) travels as its bare text and is made again on
arrival; every other block, and everything around the blocks, travels as it is.
"""

from __future__ import annotations

from dataclasses import replace

from fic2epub.model import Block, Chapter, Paragraph, Part, Story, Text

SentBlocks = tuple[Block | str, ...]
"""Blocks as sent: a plain paragraph as its text, any other block as it is."""

SentChapter = tuple[Chapter, SentBlocks]
"""A chapter as sent: the chapter without its blocks, and its blocks as sent."""

SentStory = tuple[Story, tuple[tuple[Part, tuple[SentChapter, ...]], ...]]
"""A story as sent: the story without its parts, and each part without its chapters (its
title and epigraph) with its chapters as sent."""


def sent_blocks(blocks: tuple[Block, ...]) -> SentBlocks:
    """``blocks`` in the form they are sent (see :func:`received_blocks`)."""
    return tuple([_sent_block(block) for block in blocks])


def _sent_block(block: Block) -> Block | str:
    """A plain paragraph's text; any other block as it is."""
    if type(block) is Paragraph and block.align == "start" and len(block.content) == 1:
        run = block.content[0]
        if type(run) is Text:
            return run.text
    return block


def received_blocks(sent: SentBlocks) -> tuple[Block, ...]:
    """The blocks back from the form :func:`sent_blocks` gives."""
    # A bare text was a plain paragraph: one Text run, aligned at the start (the default).
    return tuple(
        [
            Paragraph(content=(Text(text=block),), align="start")
            if isinstance(block, str)
            else block
            for block in sent
        ]
    )


def sent_chapter(chapter: Chapter) -> SentChapter:
    """``chapter`` in the form it is sent (see :func:`received_chapter`)."""
    return replace(chapter, blocks=()), sent_blocks(chapter.blocks)


def received_chapter(sent: SentChapter) -> Chapter:
    """The chapter back from the form :func:`sent_chapter` gives."""
    shell, blocks = sent
    return replace(shell, blocks=received_blocks(blocks))


def sent_story(story: Story) -> SentStory:
    """``story`` in the form it is sent (see :func:`received_story`)."""
    parts = tuple(
        (replace(part, chapters=()), tuple([sent_chapter(chapter) for chapter in part.chapters]))
        for part in story.parts
    )
    return replace(story, parts=()), parts


def received_story(sent: SentStory) -> Story:
    """The story back from the form :func:`sent_story` gives."""
    shell, parts = sent
    return replace(
        shell,
        parts=tuple(
            replace(part, chapters=tuple([received_chapter(chapter) for chapter in chapters]))
            for part, chapters in parts
        ),
    )
