"""The writer's chat under the story: a lower-case sign-off with no label.

A phone or chat writer signs off under the last paragraph in the register of a message,
not of the story: "ok done, posting before i lose my nerve 🙈 part 2 if anyone wants
it??". It asks for nothing (no vote, no review), so the plea rules miss it; what tells
it is the change of register from the capitalised prose above.
"""

from __future__ import annotations

import re

from fic2epub.lazy_re import lazy
from fic2epub.normalise.chunks import bracketed_inside
from fic2epub.normalise.reader_talk import CHAT_I, talks_about_writing

# Talk about the writing or posting of the story, or chat's own words.
_WRITING_TALK = lazy(
    r"\b(?:post(?:ing|ed)?|writ(?:e|ing|ten)|wrote|part\s+(?:\d+|two|three|four|2|ii)|chapter"
    r"|sequel|fic|continue|more\s+(?:soon|later)|lol|omg|idk|tbh"
    # Rule ``chat-you``: chat's spellings of "you" and "your" ("mei if ur reading this u owe
    # me"): the writer talking to a reader in a message's words, never a book's.
    r"|(?:u|ur)(?![-'’])"
    # A farewell or a dedication in chat's words: "gtg bye!!", "love ya", "this one was for u".
    r"|bye|love\s+(?:u|ya)|ily|this\s+(?:one\s+)?(?:is|was)\s+for"
    # Rule ``request-thanks``: a fill's thanks to whoever asked for it ("thank you @anon for
    # asking for him!!", "thanks for the prompt"): the story was written on request.
    r"|asking\s+for|requests?|requested|prompts?|prompted)\b",
    re.IGNORECASE,
)


# Chat's own register: the pronoun "i" in lower case, and chat's words.
_CHAT_VOICE = lazy(r"(?:^|\s)i(?:\s|'|’)|\b(?:ok|lol|omg|idk|tbh|ngl|pls)\b")


# Chat's formula for closing what one has to say, at the paragraph's start: "ok thats all",
# "well that's it!!", "that's all for today".
_CLOSING_FORMULA = lazy(
    r"(?:(?:ok(?:ay)?|so|and|well)[,.!]*\s+that['’]?s\s+(?:it|all)\b"
    r"|that['’]?s\s+(?:it|all)\s+for\s+(?:now|today|tonight|this\s+one)\b"
    # Rule ``ok-done-sign-off``: "ok done!!", "okay i'm done": the writer saying the
    # writing is finished, in chat's words.
    r"|ok(?:ay)?[,.!]*\s+(?:i['’]?m\s+)?done\b)",
    re.IGNORECASE,
)


# A writer talking back to readers: "dont @ me", "fight me", "you guys", "y'all", and
# warning them of what comes ("next chapter is a mess, brace yourselves").
_TALKS_BACK = lazy(
    r"\b(?:don['’]?t\s+@\s*me|fight\s+me|you\s+guys|y['’]?all|hope\s+(?:you|u)\s+liked"
    r"|(?:prepare|brace)\s+(?:yourselves|urselves))\b",
    re.IGNORECASE,
)
# A smiley at the end of a line: ":)", ";D", ":-)", "<3".
_CLOSING_SMILEY = lazy(r"(?:^|\s)(?:[:;=]-?[)D]|<3)\W*$")
# A text message as a story sets it: the sender's name, a colon, the message.
_TEXT_MESSAGE = lazy(r"[^\W\d][\w.'’-]{0,20}:\s+\S")


def chat_sign_off(text: str, above: str, *, above_tags: bool = False) -> bool:
    """Rule ``chat-sign-off``: the last paragraph starts in lower case under capitalised
    prose, carries a chat mark (an emoji, "!!", "??", talking back: "dont @ me") and talks
    about writing or posting the story ("posted at 3am", "part 3", "lol"), thanks whoever
    asked for it ("thank you @x for asking for him!!", ``request-thanks``) or bids the
    reader goodbye ("gtg bye!! love ya, this one was for u"), or opens with chat's closing
    formula ("okay that's all", "that's it for today"), which needs no other cue. Right
    above a post's tags (``above_tags``), chat's own voice is enough: a lower-case "i",
    "ok", "lol" ("i adore them both ok").

    A paragraph wholly in brackets is read on its inside (``bracketed-sign-off``).

    Guards: the paragraph above starts with a capital or a quote, so a writer who keeps the
    whole story in lower case keeps their last line; dialogue never passes, nor a text
    message ("romeo: ok bye!!"); all three cues (two above a post's tags) must be there."""
    # Rule ``bracketed-sign-off``: a phone writer often sets the aside to readers in
    # brackets ("(ok that's it for now lol)"); the same cues are read inside them. A prose
    # aside in brackets ("(She never did.)") opens with a capital inside and stays text.
    text = bracketed_inside(text) or text
    if len(text) > 300 or not text[:1].islower() or not above:
        return False
    if not (above[:1].isupper() or above[:1] in "\"“‘'"):
        # Rule ``lower-case-story-sign-off``: a story kept all in lower case still ends on
        # its writer's closing formula when the line goes on to talk back to readers
        # ("ok thats all. fight me, the ferryman was right"); a narrator's "that's it"
        # has no one to talk back to.
        return bool(_CLOSING_FORMULA.match(text) and _TALKS_BACK.search(text))
    if above_tags and _CHAT_VOICE.search(text) is not None:
        return True
    if _CLOSING_FORMULA.match(text):
        # The writer closing in chat's words: enough alone, in lower case under prose.
        return True
    if ":" in text[:24] and _TEXT_MESSAGE.match(text):
        # A story's last text message ("romeo: ok bye!!") is the story's, in chat's words.
        return False
    marked = (
        "!!" in text
        or "??" in text
        or any(is_emoji(char) for char in text)
        # A smiley closing the line is chat's mark too: "… goes GREAT for everyone :)".
        or _CLOSING_SMILEY.search(text) is not None
        # Rule ``talk-back-mark``: talking back to readers ("dont @ me", "fight me") marks
        # chat as "!!" does: a narrator has no readers to talk back to. The writing talk
        # is still needed ("(writing part 2 on the train, dont @ me)").
        or _TALKS_BACK.search(text) is not None
    )
    if marked:
        return _WRITING_TALK.search(text) is not None
    return _lower_case_writing_talk(text)


def _lower_case_writing_talk(text: str) -> bool:
    """Rule ``lower-case-writing-talk``: with no chat mark, a last paragraph in chat's lower
    case, saying "i" in lower case, that talks about the writing as a note does (the fic,
    posting it, a beta, "please be gentle": :func:`talks_about_writing`) is the writer's
    closing word, as the same paragraph under a chapter's heading is its opening note. A
    narrator's last paragraph capitalises "I", and a lower-case story is left alone by the
    caller's test of the paragraph above."""
    return CHAT_I.search(text) is not None and talks_about_writing(text)


def is_emoji(char: str) -> bool:
    """Whether a character is an emoji (a pictograph, or a symbol such as ⭐ or ❤)."""
    code = ord(char)
    return code >= 0x1F300 or 0x2700 <= code <= 0x27BF or 0x2B00 <= code <= 0x2BFF
