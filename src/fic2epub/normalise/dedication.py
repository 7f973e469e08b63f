"""Rule ``dedication-first-line``: a file that opens with whom the story is for.

A draft pasted from a phone's notes, or a post with no header, often starts with a line to
the person the story was written for: "for jude who asked for the lighthouse one. sorry
it's late", "for @someone, happy birthday!!", "For Sam <3". It is the author talking, not
the title and not the story's first sentence, so it is an unlabelled note before the story.

Guards, since a story may open with "For a moment…", "For three days I didn't sleep." or
"For Marnie, the war was over.": only the file's first line, one line under 200
characters; "for" is followed by whom (an @-handle, "my …", or a word or two that is no
article, quantifier, number, time word or pronoun such as "him"); and the rest shows
someone addressed: typed in lower case, a "who" or a comma right after the name, a second
sentence, "!" or an emoji. A line opening with a capital "For", as a story's sentence
does, needs a mark no narrator writes: an @-handle, an emoji, "<3" or "happy birthday"
(the author's "I" alone is a first-person narrator's too: "For him, I would have…").

The same reading serves a dedication in brackets at a chapter's edge ("(this one's for my
aunt, who …)"), which :mod:`bracket_notes` marks as a note (``bracketed-note``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from fic2epub.lazy_re import lazy
from fic2epub.normalise.chunks import Chunk
from fic2epub.normalise.sign_off import is_emoji

# "for" and whom: an @-handle, "my sister", or one or two words ("marnie", "Sam Vimes").
_FOR_WHOM = lazy(
    r"for\s+(?P<whom>@[\w.-]{2,40}|(?:my|our)\s+[\w'’-]+|[\w'’-]+(?:\s+(?!who\b)[\w'’-]+)?)"
    r"(?P<rest>.*)",
    re.IGNORECASE | re.DOTALL,
)
# Words after "for" that open a phrase of the story's, not a person's name.
# Numbers and spans of time ("for two weeks", "for a moment", "for years") and pronouns
# ("for him", "for them") are the story's too: a dedication names someone.
_NOT_WHOM = frozenset(
    "a an the this that these those some all any each every one once now then so as "
    "what how whom which whatever ever always long while ages good "
    "two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty "
    "fifty hundred hundreds thousand thousands several many few half most more "
    "second seconds minute minutes hour hours day days night nights week weeks fortnight "
    "month months year years decade decades century centuries moment moments "
    "him her them it us me myself himself herself themselves itself".split()
)
# Idioms of "for my …" that name no one: "for my part, I…", "for my sake", "for my money".
_NOT_MY_WHOM = frozenset("part sake money own life taste liking trouble pains".split())
# What shows the line addresses someone, right after the name: a "who" clause, a comma, an
# exclamation, a dash or colon; or later in the line, a second sentence.
_ADDRESS = lazy(r"\s*(?:,|!|:|—|–|-\s)|\s+who\b|.*?[.!?]\s+\S", re.DOTALL)
# Stronger marks, for a line that opens with a capital "For" as a sentence would: marks a
# narrator never writes. "I", "you" or "sorry" are no such mark: a story's first-person
# sentence says them ("For him, I would have…").
_STRONG = lazy(r"<3|happy\s+b(?:irth)?day|\bhbd\b", re.IGNORECASE)
# In brackets, which set the line apart as the writer's aside already, a capital "For" may
# also show the address by a "who" clause right after the name ("[For my aunt, who …]").
_WHO_AFTER = lazy(r",?\s+who\b")
_LONGEST = 200


def dedication_first(chunks: Sequence[Chunk], index: int) -> bool:
    """Whether the chunk at ``index`` is a dedication opening the file (see the module)."""
    chunk = chunks[index]
    text = chunk.text
    if text[:4] not in ("for ", "For ") or len(text) > _LONGEST or len(chunk.lines) != 1:
        return False
    if chunk.role != "text" or index + 1 >= len(chunks):
        return False  # a dedication stands over a story, never alone
    if any(earlier.role != "dropped" for earlier in chunks[:index]):
        return False
    return _addressed(text, strong=text[0] == "F")


def _addressed(text: str, *, strong: bool, bracketed: bool = False) -> bool:
    """Whether ``text`` ("for …") names whom the story is for and shows them addressed;
    ``strong`` asks for the stronger marks a capital "For" needs, of which a line in
    brackets (``bracketed``) may show a "who" clause instead."""
    found = _FOR_WHOM.fullmatch(text)
    if found is None:
        return False
    whom = found.group("whom")
    words = whom.lower().split()
    if words[0] in _NOT_WHOM or words[0][:1].isdigit():
        return False  # "for two weeks", "for 3 days", "for him": the story's phrase
    if len(words) > 1 and words[1] in _NOT_MY_WHOM:
        return False
    rest = found.group("rest")
    emoji = any(is_emoji(char) for char in rest)
    if strong:
        if bracketed and _WHO_AFTER.match(rest):
            return True
        return whom[0] == "@" or emoji or _STRONG.search(rest) is not None
    return whom[0] == "@" or emoji or _ADDRESS.match(rest) is not None


# How a writer hands the story over before naming whom it is for: "this one's for", "this
# is for", "this story is for", "dedicated to".
_DEDICATING = lazy(
    r"(?:this(?:\s+(?:one|story|fic|piece|chapter|part))?(?:['’]s|\s+is)\s+(?=for\s)"
    r"|dedicated\s+to\s+)",
    re.IGNORECASE,
)


def dedicates(text: str) -> bool:
    """Rule ``bracketed-note`` (its dedication reading): the inside of a line in brackets
    that says whom the story is for ("for my aunt, who kept bees…", "this one's for
    @someone!", "dedicated to my sister, who asked"). The writer's word, not the narrator's:
    a narrator's aside in brackets ("(for two weeks, nobody spoke of it.)") tells the story,
    it does not hand it to someone.

    The same guards as :func:`dedication_first`: whom (not an article, a number, a time
    word or a pronoun), then a sign of address (a comma or "who" after the name, "!", a
    second sentence, an emoji); a capital "For" with nothing before it needs the stronger
    marks, or a "who" clause after the name. "This one's for" or "dedicated to" before the
    name count as the writer's own voice."""
    if len(text) > _LONGEST or text[:1] not in "fFtTdD":
        return False  # a cheap test first: none of the openings
    lead = _DEDICATING.match(text)
    rest = text if lead is None else text[lead.end() :]
    if lead is not None and lead.group(0)[:1] in "dD":
        rest = "for " + rest  # "dedicated to X" reads as "for X"
    if rest[:4].lower() != "for ":
        return False
    return _addressed(rest, strong=lead is None and rest[0] == "F", bracketed=True)
