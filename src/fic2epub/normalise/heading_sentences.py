"""A heading word that opens a sentence of the story ("Act Three: nobody was told.")."""

from __future__ import annotations

# Openings of a chapter's title written as a sentence on purpose, in lower case after the
# colon as the old novels set them: "Chapter 3: in which the ship sails."
_TITLE_OPENINGS = ("in which ", "wherein ", "where ", "or, ", "or ")
# The fewest words a title must run to before its closing stop makes it a sentence: a short
# lower-case title may end with a full stop by habit ("Part 2: endings.").
_SENTENCE_WORDS = 4


def sentence_after_heading_word(line: str, title: str | None) -> bool:
    """Rule ``heading-word-sentence``: "Act Three: nobody was allowed to know yet." opens
    with a part or chapter word and its number, but what follows the colon is a sentence
    of the story, not a title: it goes on in lower case after a capitalised heading word,
    runs to four words or more and ends with a full stop. A writer who lists a plan
    in the prose ("Act One: …", "Act Two: …") writes such lines.

    Guards: a line typed all in lower case ("part two: the long way home.") is a lower-case
    writer's heading; a short title with a stop ("Part 2: endings.") and the old novels'
    "in which …" titles stay headings; an ellipsis is a title's trailing off, not a stop,
    and a line that ends with "!" is the writer's aside on a heading ("Chapter 2 - sorry
    for the wait!").
    """
    if not title or not title[:1].islower() or not line[:1].isupper():
        return False
    if title[-1:] != "." or title.endswith(".."):
        return False
    if len(title.split()) < _SENTENCE_WORDS:
        return False
    return not title.lower().startswith(_TITLE_OPENINGS)
