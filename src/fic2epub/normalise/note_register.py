"""Where a phone writer's lower-case note gives way to the story's capitalised prose.

A writer who types the note the way they text ("an: group chat fic. i love her") and the
story the way a book is set changes register at the story's first paragraph. That change
ends the note even when the story's first paragraph holds a word notes use too ("nobody
posted in the chat for a week").
"""

from __future__ import annotations

from fic2epub.lazy_re import lazy

# A story paragraph is a long one; a capitalised line a writer adds to a lower-case note
# ("Thanks to my beta!") is short.
_PROSE_LENGTH = 100
# An author goes on talking to readers in the first and second person ("This chapter was
# hard for me, and you all waited"); a story's narrator talks so only inside its dialogue.
_TALK = lazy(r"\bI\b|\b(?i:me|my|we|us|our|you|your)\b")
_SPEECH = lazy(r"\"[^\"]*\"|“[^”]*”")
# The opening quotes a story's first paragraph may start with.
_QUOTES = "\"“‘'"


def leaves_chat_register(note: str, text: str) -> bool:
    """Rule ``note-register-change``: a note paragraph with no capital letter at all (three
    words or more) is followed by a long paragraph that opens with a capital, as a sentence
    of prose does. The caller also makes sure the paragraph does not talk to readers.

    Guards: the note is chat-register throughout, not a heading or one word; the paragraph
    is long, so a short capitalised afterthought in the note ("Thanks, Sam!") stays in it,
    and says no "I", "my" or "you" outside its dialogue, so an author who capitalises a
    second paragraph of the note ("This chapter fought me all week…") keeps it there."""
    if len(text) < _PROSE_LENGTH or len(note.split()) < 3 or note != note.lower():
        return False
    if not any(char.isalpha() for char in note):
        return False
    if not text.lstrip(_QUOTES)[:1].isupper():
        return False
    return _TALK.search(_SPEECH.sub(" ", text)) is None
