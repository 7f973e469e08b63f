"""The blog's own words between an answered ask and the fill that answers it.

A Tumblr writer who fills a prompt sent to her ask box answers the ask in the post: the
ask ("anonymous asked: could you write …") is the asker's, and the answer often opens with
a line of her own to the asker before the story ("oh anon. here you go, about 900 words,
no title because I am bad at titles"). That line is the writer's unlabelled note; the
story starts under it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from fic2epub.lazy_re import lazy
from fic2epub.normalise.chunks import OPENING_QUOTES, Chunk

# What a writer says to an asker about the fill she hands over: the asker called "anon" or
# "nonnie", the fill handed over ("here you go", "here it is"), its missing title or its
# length in words. A story's first paragraph says none of these.
_LEAD_IN_CUES = lazy(
    r"\b(?:anon|nonnie|anonnie)\b"
    r"|\bhere\s+(?:you\s+go|you\s+are|it\s+is|goes)\b"
    r"|\bno\s+title\b|\buntitled\b"
    r"|\b\d[\d,.]*\s*k?\s+words\b",
    re.IGNORECASE,
)
# The longest lead-in: a line or two of talk, not a paragraph of the story.
_LONGEST = 400


def ask_lead_in(chunks: Sequence[Chunk], index: int) -> bool:
    """Rule ``ask-answer-lead-in``: the first paragraph under an answered ask (the
    ``tumblr-ask`` lines above it) that talks to the asker about the fill: it calls them
    "anon", hands the fill over ("here you go"), or gives its length or its lack of a
    title. That paragraph is the writer's note; the story is what follows.

    Guards: right under the ask; one paragraph, short and not quoted speech; two cues
    at least, or one and the writer's own "I"/"you"; and a paragraph of text under it, so
    an answer that is the story alone ("Anon rode out at dawn.") is left to the story."""
    if index == 0 or index + 1 >= len(chunks) or chunks[index - 1].rule != "tumblr-ask":
        return False
    chunk = chunks[index]
    text = chunk.text
    if chunk.role != "text" or len(text) > _LONGEST or text[:1] in OPENING_QUOTES:
        return False
    if chunks[index + 1].role != "text":
        return False
    cues = len(_LEAD_IN_CUES.findall(text))
    return cues >= 2 or (cues == 1 and _VOICE.search(text) is not None)


# The writer's own voice to the asker: "I", "I'm", "you".
_VOICE = lazy(r"\bI\b|\bI['’](?:m|ve|d|ll)\b|\b(?i:you|u)\b")
