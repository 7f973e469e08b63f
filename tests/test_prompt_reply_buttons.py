"""A writing-prompt reply on the 2023 Reddit page copied with no vote words.

Rules ``prompt-reply-buttons-first`` (comment heads on one line, "Reply"/"Share" closing
each comment, a reply going on in the writer's next comment, the replier as the author)
and ``bracketed-fic-self-reference`` (a parenthesised intro that calls itself a fic).
"""

from __future__ import annotations

from fic2epub.model import SceneBreak
from fic2epub.normalise.bracket_notes import is_bracketed_talk
from fic2epub.options import ReadOptions
from fic2epub.readers.text import read_text
from story_text import story_paragraphs

_PARA = (
    "The lighthouse keeper kept a ledger of every ship that passed, and a second ledger, "
    "smaller, of every ship that did not come back, and she never once confused the two "
    "even on the foggiest nights of the year."
)
_INTRO = (
    "(This is a little fic for a lighthouse novel nobody reads anymore, the kind with three "
    "volumes and a shipwreck in each. It is short, promise.)"
)
_THREAD = f"""\
Skip to main content
r/WritingPrompts
Log In
r/WritingPrompts
• 1 yr. ago
gull_feather_
[WP] A lighthouse keeper keeps a ledger nobody else may read.
Writing Prompt
Share
Sort by:
Best
AutoModerator
• 1y ago
Welcome to the Prompt! All top-level comments must be a story or poem.
I am a bot, and this action was performed automatically.
tide_clerk
• 1y ago • Edited 1y ago
{_INTRO}
{_PARA}

{_PARA}

{_PARA}
(cont. in reply)
Reply
Share
120
tide_clerk
• 1y ago
(cont.)
The second ledger was the one she read at night.

{_PARA}
Reply
Share
80
salt_reader
• 1y ago
Lovely, thank you!
Reply
Share
5
"""


def test_a_prompt_reply_over_two_comments_is_one_story_by_the_replier() -> None:
    story = read_text(_THREAD.encode(), ReadOptions(), "wp.txt")
    assert story.metadata.authors == ("tide_clerk",)
    assert [note.label for note in story.front_notes] == [""]
    text = "\n".join(story_paragraphs(story))
    assert text.startswith("The lighthouse keeper kept a ledger")
    assert "The second ledger was the one she read at night." in text
    for debris in ("[WP]", "AutoModerator", "cont.", "Edited", "Reply", "salt_reader"):
        assert debris not in text
    # The thread between the two comments closes up: no break between the parts.
    chapter = story.parts[0].chapters[0]
    assert not any(isinstance(block, SceneBreak) for block in chapter.blocks)


def test_a_bracketed_aside_calling_itself_a_fic_is_a_note() -> None:
    assert is_bracketed_talk("(This is sort of fan fiction of an old French novel.)")
    assert is_bracketed_talk("(this was a drabble for a friend's birthday)")
    # A narrator's aside says no such thing.
    assert not is_bracketed_talk("(This was the last time she saw the harbour.)")
