"""Rule ``writing-talk-above-note``: the writer's unlabelled word right above a labelled note.

Under a story the writer often says where it comes from or what it owes ("This is sort of
a fanfic of …, if you haven't read it …, thanks for the prompt!") and then adds a labelled
note ("Edit: thanks for the gold!"). The label shows the story has ended above it; the
paragraph over it, in the writer's voice and about the writing, is a note too, not the
story's last paragraph.

Guards: the next paragraph below (past the page's dropped lines) is a note with a label;
the paragraph talks about the writing in the writer's voice
(:func:`~fic2epub.normalise.reader_talk.talks_about_writing`: short, no dialogue). A
narrator's last paragraph above an "Edit:" note names no fic, beta or prompt as its own.
"""

from __future__ import annotations

from fic2epub.normalise.chunks import Chunk
from fic2epub.normalise.reader_talk import talks_about_writing


def writing_talk_above_note(chunks: list[Chunk], index: int) -> bool:
    """Whether the text at ``index`` is the writer's note over a labelled note below it
    (rule ``writing-talk-above-note``, see the module). The note is sought past the
    chapter's prose, where the closing notes were marked: a next chapter's heading, or
    anything else not dropped, stops the search."""
    below = next((i for i in range(index + 1, len(chunks)) if chunks[i].role != "dropped"), None)
    if below is None or chunks[below].role != "note" or not chunks[below].label:
        return False
    return talks_about_writing(chunks[index].text)
