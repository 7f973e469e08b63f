"""Rule ``feedback-form``: a web page's feedback form copied under the story.

Old home pages and some archives end a story page with a form for the reader: a heading
("Feedback Form", "Send us a review"), field lines whose boxes copy as blanks ("Your name:
________", "E-mail: [          ]"), a bare label over a text area ("Comments:") and the
buttons ("[ Send Feedback ]  [ Clear ]"). None of it is story or note; the page's own
footer under it is left to the other chrome rules.
"""

from __future__ import annotations

import re
from dataclasses import replace

from fic2epub.lazy_re import lazy
from fic2epub.normalise.chunks import Chunk, Chunks

# A label and the empty box after it: a run of underscores, or brackets holding nothing but
# spaces or underscores.
_BLANK_FIELD = lazy(r"[^\W\d_][\w '’./-]{0,30}:?\s*(?:_{3,}|\[[\s_]*\])", re.IGNORECASE)
# A bare label over a text area: "Comments:", "Your message:".
_BARE_LABEL = lazy(r"[^\W\d_][\w '’-]{0,24}:", re.IGNORECASE)
# The form's buttons, each in brackets: "[ Send Feedback ]  [ Clear ]", "[Submit] [Reset]".
_BUTTON = (
    r"\[\s*(?:[\w'’ ]{0,20}\s)?(?:send|submit|clear|reset|post|preview|cancel|sign)"
    r"(?:\s[\w'’ ]{0,20})?\s*\]"
)
_BUTTONS = lazy(rf"(?:{_BUTTON}\s*){{1,4}}", re.IGNORECASE)
# The form's heading: a short line naming the form or what it asks for.
_HEADING = lazy(
    r"(?=.{0,50}$)(?=.*\b(?:feedback|form|comments?|reviews?|guestbook|e-?mail|contact"
    r"|what\s+you\s+think)\b)"
    r"[^.;,]*[!:]?",
    re.IGNORECASE,
)
# Blank fields a form needs when only its heading, not its buttons, says it is one.
_MIN_FIELDS = 2


def drop_feedback_forms(chunks: Chunks) -> Chunks:
    """Drop each feedback form: its field lines, bare labels, buttons and its heading.

    Guards: the run needs the page's buttons, or a heading naming the form over two blank
    fields at least, so a form the story prints ("Name: ____" / "Signed: ____" on a clerk's
    desk) stays text.
    """
    # The literal test over every line first: most stories hold no box at all. "_" before "__":
    # one character is found at memory speed (see line_search).
    if not any("]" in chunk.text or ("_" in chunk.text and "__" in chunk.text) for chunk in chunks):
        return chunks
    marked = list(chunks)
    index = 0
    while index < len(marked):
        if not _blank_field(marked[index]):
            index += 1
            continue
        end, fields, buttons = _form_run(marked, index)
        headed = index > 0 and _form_heading(marked[index - 1])
        if not (buttons or (headed and fields >= _MIN_FIELDS)):
            index = end
            continue
        for position in range(index - 1 if headed else index, end):
            marked[position] = replace(marked[position], role="dropped", rule="feedback-form")
        index = end
    return tuple(marked)


def _form_run(chunks: list[Chunk], start: int) -> tuple[int, int, int]:
    """The end of the run of form lines that opens with a blank field at ``start``, with
    how many blank fields and button lines it holds."""
    fields = buttons = 0
    position = start
    while position < len(chunks):
        chunk = chunks[position]
        if position > start and chunk.gap > 1:
            break
        if _blank_field(chunk):
            fields += 1
        elif _one_line(chunk) and _BUTTONS.fullmatch(chunk.text):
            buttons += 1
        elif not (_one_line(chunk) and _BARE_LABEL.fullmatch(chunk.text)):
            break
        position += 1
    return position, fields, buttons


def _blank_field(chunk: Chunk) -> bool:
    """A form's field line with an empty box ("Your name: ______")."""
    text = chunk.text
    return (
        ("__" in text or "]" in text)
        and _one_line(chunk)
        and _BLANK_FIELD.fullmatch(text) is not None
    )


def _form_heading(chunk: Chunk) -> bool:
    """The short line over a form that names it ("Feedback Form", "Leave a review!")."""
    return _one_line(chunk) and _HEADING.fullmatch(chunk.text) is not None


def _one_line(chunk: Chunk) -> bool:
    return chunk.role == "text" and len(chunk.lines) == 1
