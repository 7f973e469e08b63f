"""Field lines: the shapes a header line takes when it gives one field of the story's header.

"Key: value" is the common one; headers also write "Rated T", a bare "Summary" over its
paragraph, a status alone ("Complete"), "Complete? Yes", "~Pairing~ value" and "Prompt –
value". Each is read from the line's text alone; the header rules decide from context what
the field is for.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from fic2epub.lazy_re import lazy
from fic2epub.normalise.chunks import Chunk
from fic2epub.normalise.double_colon import double_colon_field
from fic2epub.normalise.ffn_mobile_info import mobile_info_complete
from fic2epub.normalise.fields import dated_label, exact_rating, field_for, is_known_label
from fic2epub.normalise.foreign_header import cjk_field
from fic2epub.normalise.form_subtitle import form_lead, form_subtitle
from fic2epub.normalise.patterns import (
    DASH_FIELD_RE,
    FIELD_RE,
    REVIEWS_LINK,
    SPACED_TILDE_FIELD_RE,
    TILDE_FIELD_RE,
    undecorate,
)

# A story's status on a line of its own, as Wattpad shows it; in its Turkish, Spanish and
# Portuguese interfaces "Tamamlandı", "Devam ediyor", "Completa", "En curso", "Em andamento";
# in its Indonesian one "Lengkap" (complete). Not "Tamat" nor "Bersambung": a writer ends a
# part with those, and they are read there as end marks.
_BARE_STATUS = lazy(
    r"(?:ongoing|completed?|in\s+progress|wip|hiatus|tamamland[ıi]|devam\s+ediyor|completa"
    r"|en\s+curso|em\s+andamento|lengkap)",
    re.IGNORECASE,
)
# Rule ``complete-question``: "Complete? No", "Finished? Yes": the status asked and
# answered on one line, with no colon. Only a yes/no answer, so a sentence never matches.
_COMPLETE_QUESTION = lazy(
    r"[*_]*(?P<label>complete[d]?|finished)[*_]*\s*\?[*_]*\s*:?\s*(?P<answer>yes|no|not\s+yet)[.!]?",
    re.IGNORECASE,
)
# "Rated G" or "Rated: T" on a line of its own. An eFiction skin sets the story's reviews
# link after the rating ("Rated: G   [Reviews - 5]"): the link is the site's, not the value.
_RATED = lazy(rf"rated\s*:?\s+(\S{{1,5}})(?:\s+{REVIEWS_LINK})?", re.IGNORECASE)
# Rule ``rated-with-reason``: the rating and, on the same line, why or a warning: "Rated M -
# don't like, don't read!", "Rated T for language", "Rated: K+, just fluff". The code is
# one word a rating's shape must take whole ("M", "PG-13"), the reason opens on "for", a
# dash, a comma or a sentence's end, and is short; so "Rated the best pie in town" or "Rated
# R by the censors" is no rating line.
_RATED_REASON = lazy(
    r"rated\s*:?\s+(?P<code>[\w+-]{1,5})(?![\w+-])(?:\s+for\s|\s*[-–—,;!(]|\.\s)[^\n]{1,100}",
    re.IGNORECASE,
)
# AO3 heads its summary with a bare "Summary" line, no colon.
_BARE_LABELS = frozenset({"summary", "description"})
# A header line longer than this is a story pasted onto one line, not a field.
_LONGEST_FIELD = 3000
_NOT_A_LABEL = lazy(
    r"^(?:he|she|they|it|we|i|you|but|and|so|then|when|because|the\s+\w+\s+\w+\s+\w+)\b",
    re.IGNORECASE,
)


def field_line(text: str) -> tuple[str, str] | None:
    """A "Key: value" header line (or "Prompt – value" for well-known labels)."""
    if undecorate(text).lower() in _BARE_LABELS or _bare_summary_label(text):
        return undecorate(text), ""
    if (rated := _RATED.fullmatch(text)) is not None:
        return "Rated", rated.group(1)
    if text[:1] in "Rr" and (code := _rated_with_reason(text)) is not None:
        # The mobile info line keeps its items: its last one may be the status.
        mobile = text.partition(":")[2].strip()
        return "Rated", mobile if mobile_info_complete(mobile) else code
    if _BARE_STATUS.fullmatch(text):
        return "Status", text
    if text[:1] in "UuPpCcWwLl" and (dated := dated_label(text)) is not None:
        return dated
    found = TILDE_FIELD_RE.fullmatch(text) if text.startswith("~") else None
    if found and is_known_label(found.group("key")):
        return found.group("key").strip(), found.group("value").strip()
    if (answer := _COMPLETE_QUESTION.fullmatch(text)) is not None:
        return answer.group("label"), answer.group("answer")
    found = FIELD_RE.fullmatch(text) if len(text) <= _LONGEST_FIELD else None
    if found:
        label = found.group("key").strip()
        if len(label.split()) <= 6 and not _NOT_A_LABEL.match(label):
            value = found.group("value").strip()
            if value[:1] in "aA" and form_subtitle(value) and not is_known_label(label):
                # Rule ``title-colon-form``: "Gold and Ash: a drabble dump" is a title and
                # its subtitle naming the kind of work (form_subtitle), not a field.
                return None
            if label[:1] in "dDfFoO" and form_lead(label) and not is_known_label(label):
                return None  # "drabble dump: the lighthouse keeper" (form-colon-title)
            return label, value
    found = DASH_FIELD_RE.fullmatch(text)
    if found:
        label = found.group("key").strip()
        if is_known_label(label):
            return label, found.group("value").strip()
    if "~" in text and (tilde := _spaced_tilde_field(text)) is not None:
        return tilde
    if (double := double_colon_field(text)) is not None:
        return double
    return cjk_field(text)


def _spaced_tilde_field(text: str) -> tuple[str, str] | None:
    """Rule ``spaced-tilde-field``: "Author ~ name", a known label with a tilde for its
    colon, as some journal headers write every field. Only a known label: a story's line
    with a tilde in it ("Soon ~ she said") has none."""
    found = SPACED_TILDE_FIELD_RE.fullmatch(text)
    if found is None or not is_known_label(label := found.group("key").strip()):
        return None
    return label, found.group("value").strip()


def _rated_with_reason(text: str) -> str | None:
    """The rating code of a ``rated-with-reason`` line, or None."""
    found = _RATED_REASON.fullmatch(text)
    if found is None:
        return None
    return found.group("code") if exact_rating(found.group("code")) is not None else None


def _bare_summary_label(text: str) -> bool:
    """Rule ``bare-summary-label``: a summary label alone on its line, no colon, in any
    language ("Sinopse", "Beschreibung", "Story Summary"), as sites head their summary box."""
    word = text.strip()
    return (
        len(word) <= 30
        and word.count(" ") <= 1
        and word[-1:] not in ":："
        and field_for(word) == "summary"
    )


# How many chunks below a paragraph the next entry's repeated header may start.
_ENTRY_REACH = 40


def serial_entry_below(chunks: Sequence[Chunk], index: int) -> bool:
    """Rule ``header-again-below``: a paragraph under the header, and under it (past more
    paragraphs only) the header's own "Title:" or "Author:" line again word for word. A
    serial's entries pasted one after another repeat their header, so its first entry's
    story starts here and the header ends above it: the paragraphs are neither a
    description nor the page's framing."""
    chunk = chunks[index]
    if chunk.role != "text" or not chunk.gap or field_line(chunk.text) is not None:
        return False
    # The header's field lines read so far: none, and nothing below can repeat one.
    read = {above.text for above in chunks[:index] if above.role == "field"}
    if not read:
        return False
    for below in chunks[index + 1 : index + _ENTRY_REACH]:
        if below.role != "text":
            return False
        if below.gap and (field := field_line(below.text)) is not None:
            return field_for(field[0]) in ("title", "authors") and below.text in read
    return False
