"""How far an author's note reaches: from its label to a separator, a heading or the story."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from fic2epub.lazy_re import lazy
from fic2epub.normalise.ao3_associations import (
    association_under_pointer,
    drop_associations,
    is_association_line,
)
from fic2epub.normalise.ao3_gift import is_gift_line
from fic2epub.normalise.ao3_interface_i18n import has_pointer_telltale, is_text_marker
from fic2epub.normalise.chrome import is_box_thanks, is_site_chrome, lone_button_among_chrome
from fic2epub.normalise.chunks import OPENING_QUOTES, Chunk, is_glyph_line
from fic2epub.normalise.contact_lines import contact_line
from fic2epub.normalise.double_colon import double_colon_field
from fic2epub.normalise.fields import date_line, field_for
from fic2epub.normalise.journal_lines import POST_TAGS_RE
from fic2epub.normalise.note_aside import aside_over_prose
from fic2epub.normalise.note_cues_i18n import foreign_note_cue
from fic2epub.normalise.note_cut import cut_after_note
from fic2epub.normalise.note_register import leaves_chat_register
from fic2epub.normalise.note_run_on import (
    joined_below,
    joined_in_spaced_text,
    narrates,
    prose_spaced_below,
    talks_to_readers_briefly,
    written_line_by_line,
)
from fic2epub.normalise.page_footers import ownership_line
from fic2epub.normalise.patterns import (
    CHAPTER_RE,
    FIELD_RE,
    POINTER_RE,
    NoteLabel,
    match_end_marker,
    match_heading,
    match_note,
)
from fic2epub.normalise.reply_runs import reply_run_line
from fic2epub.normalise.tumblr import hashtag_in_run, hashtag_line

# Words and signs that mark text addressed to readers rather than story prose.
_NOTE_CUES = lazy(
    r"\b(?:reviews?|reviewing|reviewers?|r\s?&\s?r|thanks?|thank\s+you|thx|hope\s+you|enjoy(?:ed)?"
    # Rule ``chapter-of-a-life``: "chapter" used of a life or a tale inside the story ("a new
    # chapter of her life", "Chapter three of Rebecca's life began…") is the narrator's
    # figure, not the author talking about chapters: "of" with a third person's possessive.
    r"|chapters?(?!\s+(?:[a-z]+\s+)?of\s+(?:his|her|their|its|[A-Z][\w-]*['’]s?)\s)"
    r"|fics?|fanfic(?:tion)?|one-?shot|drabble|updates?|updated|updating|beta(?:ed|'d)?"
    r"|readers?|faves?|follows?|comments?|kudos|feedback|concrit|flames?"
    # Rule ``favourite-of-a-character``: "favourite" asks readers to favourite a story, but
    # after a third person's possessive ("the Sultan's favourite", "her favourite") it is
    # the narrator's word for what a character likes best.
    r"|(?=f)(?<!['’]s\s)(?<!\bhis\s)(?<!\bher\s)(?<!\bits\s)(?<!\btheir\s)favou?rites?"
    r"|disclaimer"
    r"|ooc|prompt|inspired|muse|lol|xd|sequel|wattpad|ao3|tumblr|livejournal|plot\s?bunny"
    r"|next\s+time|stay\s+tuned|see\s+you|cheers|love,|hugs|xoxo|pm\s+me|canon|fandom"
    # "Please" asks readers for something; "if you please" is a character's idiom.
    r"|(?<!if\syou\s)please|forgive|spoilers?|wiki|episodes?"
    r"|season\s+(?:\d|finale|premiere)|manga|anime"
    r"|headcanons?|otp|fluff|smut"
    # Mistakes owned or excused ("all mistakes are mine", "sorry for any mistakes"), not
    # a character's ("the last of its mistakes").
    r"|drabble|(?:all|any|my)\s+(?:the\s+)?mistakes|mistakes\s+(?:are|is)\s+(?:all\s+)?mine"
    # Rule ``writing-this-down``: the author's "writing this" is the story; a narrator's
    # "writing this down" is the account the story is ("I am writing this down so that …").
    r"|grammar|typos?|posted|writing\s+this(?!\s+down\b)|wrote\s+this"
    # Rule ``night-this-story-begins``: a narrator's "on the night this story begins", a time
    # word right before "this story begins" (or opens, starts, ends), tells the tale; the author
    # says "this story begins after the war" with no time word before it.
    # The lookahead first: the lookbehinds are only tried where "this" stands.
    r"|(?=this\s)(?:(?<!\bnight\s)(?<!\bday\s)(?<!\bmorning\s)(?<!\bevening\s)(?<!\byear\s)"
    r"(?<!\bweek\s)|(?!this\s+story\s+(?:begins|opens|starts|ends)\b))"
    r"this\s+(?:story|fic|chapter|one-?shot)|my\s+(?:first|beta|muse|friend)"
    r"|(?:don['’]t|do\s+not|doesn['’]t)\s+own|own\s+nothing|native\s+language"
    r"|on\s+with\s+the\s+(?:story|fic|chapter|show)"
    # Rule ``note-shout-out``: an author's public thanks ("Huge shout-out to my flatmate",
    # "Shoutout to everyone on the forum"). The noun, at the paragraph's start or after an
    # intensifier; a character who may "shout out to" someone in the prose does not.
    r"|(?:^|(?:huge|big|special|quick|massive|major|giant|also|and)\s+)"
    r"shout(?:-|\s)?outs?\s+(?:to|goes)"
    # An apology for a late update: "So sorry for the wait, all!", "sorry about the long
    # delay". Readers waited for the author, never a character for the narrator.
    r"|sorry\s+(?:for|about)\s+(?:the|this|my)\s+(?:\w+\s+){0,2}?(?:wait|delay|absence)"
    # Where a story sits or came from: "this one is set the winter before …", "written for".
    r"|(?:this(?:\s+(?:one|story|fic|chapter|part))?|it)\s+(?:is\s+set|takes\s+place)"
    r"\s+(?:\w+\s+){0,3}?(?:in|after|before|during|between)|written\s+for)\b"
    r"|!!|\?!|https?://|\bwww\.",
    re.IGNORECASE,
)
_SMILEY = lazy(r"(?:^|\s)(?:[:;=]-?[)(DPpO3]|\^\^|\^_\^|<3|;_;|T_T|o_O|x_x|:'\()")
_FIRST_PERSON_START = lazy(
    r"(?:I|I'm|I’m|I've|I’ve|I'd|I’d|I'll|I’ll|P\.?S\.?|Edit|EDIT|Oh,? and|Also|So,? yeah|Anyway)\b"
)
# Rule ``disclaimer-after-note``: a "Disclaimer:" paragraph of its own ends a closing note;
# archives print their stock disclaimer under the last chapter's notes.
_DISCLAIMER = lazy(r"[*_]*disclaimers?[*_]*\s*:", re.IGNORECASE)
_SIGNATURE = lazy(r"[~\-–—*]*\s*[\w.'’ -]{1,30}?\s*[~\-–—*!]*")


def is_note_like(text: str) -> bool:
    """Whether a paragraph reads as the author talking to readers, not as story prose."""
    if text[:1] in OPENING_QUOTES:
        return False
    return bool(_note_cue(text) or _SMILEY.search(text) or _FIRST_PERSON_START.match(text))


# Words an author talking to readers can hardly do without: "I", "my", "we", "you".
TALK_RE = lazy(r"\bI\b|\b(?i:me|my|we|us|our|you|your)\b")
# A paragraph this long whose only cues are everyday words is a story's, unless it talks.
_LONG_NARRATION = 120
# Cues that are everyday words too: a narrator may write "chapter", "thanks", "please",
# "forgive", "comments", "follows" or "carried the flame" as readily as an author. Not the
# words of a story's making ("episode", "canon", "prompt", "inspired", "muse", "posted",
# "updated", "readers"): a narrator hardly uses them, and an impersonal note ("Set after
# episode twelve. Inspired by a prompt.") that holds no "I" or "you" is still a note.
_EVERYDAY_CUES = frozenset(
    "thank thanks enjoy enjoyed follow follows comment comments flame flames favourite"
    " favourites favorite favorites please forgive cheers hugs".split()
) | {"thank you", "next time"}


def _note_cue(text: str) -> bool:
    """Whether a paragraph holds one of the words of an author talking to readers.

    Rule ``everyday-cue-in-narration`` (first ``chapter-of-a-book``): some cues are
    everyday words as well ("Chapter six was the one on tides", "she carried the flame",
    "he begged her to please stop"). In a long paragraph whose only cues are such words,
    with no "I", "we" or "you" in it, they are the narrator's.
    """
    found = _NOTE_CUES.search(text)
    if found is None:
        return foreign_note_cue(text)
    if not _everyday(found) or len(text) < _LONG_NARRATION:
        return True
    if not all(_everyday(cue) for cue in _NOTE_CUES.finditer(text, found.end())):
        return True
    return TALK_RE.search(text) is not None


def _everyday(cue: re.Match[str]) -> bool:
    """Whether a note cue found is an everyday word ("chapter", "thanks", "flame")."""
    word = " ".join(cue.group(0).lower().split())
    return word.startswith("chapter") or word in _EVERYDAY_CUES


def _plea(text: str) -> bool:
    """Whether a paragraph is a plea for comments (:func:`pleas.closing_plea`)."""
    # Imported here: pleas reads notes' own cues.
    from fic2epub.normalise.pleas import closing_plea

    return closing_plea(text)


def mark_note_run(chunks: list[Chunk], start: int, end: int, rule: str) -> None:
    """Mark the paragraphs from ``start`` to ``end`` as one unlabelled note."""
    chunks[start] = replace(
        chunks[start], role="note", rule=rule, label="", value=chunks[start].text
    )
    for position in range(start + 1, end):
        chunks[position] = replace(chunks[position], role="note-body", rule=rule)


def talks_to_readers(text: str) -> bool:
    """Stronger than :func:`is_note_like`: smileys or an "I …" opening, never a title's."""
    return bool(_SMILEY.search(text) or _FIRST_PERSON_START.match(text))


def is_signature(text: str) -> bool:
    """A sign-off line such as "Nayru", "~Mel" or "- K." closing a note."""
    words = text.split()
    if not 0 < len(words) <= 3 or text.endswith((":", "?")) or not _SIGNATURE.fullmatch(text):
        return False
    # "Rain." is a sentence; "- K." and "Nayru" sign off.
    return not text.endswith(".") or len(words[-1].strip("~-–—*.")) <= 2


def is_structural(chunk: Chunk) -> bool:
    """Lines that always end a note: glyph lines, headings, other notes, AO3 pointers."""
    text = chunk.text
    return (
        chunk.role in ("heading", "part")
        or is_glyph_line(text)
        or match_heading(text) is not None
        or match_note(text) is not None
        or bool(POINTER_RE.fullmatch(text))
    )


# The longest answer read as the note's under a quoted reply.
_LONGEST_ANSWER = 400


def _answers_quote(chunks: list[Chunk], start: int, index: int) -> bool:
    """Rule ``answer-under-quoted-reply``: a forum author's note that announces a reader's
    question ("AN: A question from last time:") and quotes the reply ("name said: … Click
    to expand...") goes on with the author's answer: the first paragraph under the quote is
    the note's, and the story starts after it.

    Only when the note's own line ends with a colon, every line between it and the paragraph
    is the quote the thread rules dropped, and the paragraph is short; a longer one is the
    story starting right under the quote."""
    if index <= start + 1 or chunks[index].role != "text" or chunks[index].continues:
        return False
    if not chunks[start].value.rstrip().endswith((":", "：")):
        return False
    if len(chunks[index].text) > _LONGEST_ANSWER:
        return False
    return all(chunk.rule == "forum-quote" for chunk in chunks[start + 1 : index])


# The labels AO3 sets over its notes boxes, each alone on its line.
_BOX_LABELS = frozenset({"notes", "end notes", "chapter notes", "chapter end notes"})


def _box_label_over_label(found: NoteLabel, head: Chunk, chunk: Chunk) -> bool:
    """Whether ``head`` is an AO3 box's label alone and ``chunk`` right under it a paragraph
    that opens with the author's own label and goes on (rule ``box-label-over-label``)."""
    if found.rest or found.label.lower() not in _BOX_LABELS or chunk.role != "text":
        return False
    if len(head.lines) != 1 or chunk.gap > 1:
        return False
    inner = match_note(chunk.text)
    return inner is not None and bool(inner.rest) and inner.label.lower() not in _BOX_LABELS


def _wrapped_on(chunks: Sequence[Chunk], index: int) -> bool:
    """Whether the line at ``index`` goes on with the sentence the note's line above broke
    off: no blank line between, the line above ends on a letter or a comma with no sentence
    closed, and this one opens in lower case."""
    chunk, above = chunks[index], chunks[index - 1]
    if chunk.gap or chunk.role != "text" or above.role not in ("note", "note-body"):
        return False
    last = above.text.rstrip()[-1:]
    return (last.isalpha() or last == ",") and chunk.text[:1].islower()


# The most lines a note's block under its label alone runs to (note-block-over-heading).
_BLOCK_LINES = 4


def _block_over_heading(chunks: Sequence[Chunk], index: int, stop: int) -> bool:
    """Rule ``note-block-over-heading``: a note's label alone on its line ("Author Notes:"),
    its paragraphs one a line under it with no blank line between (a word processor's plain
    text keeps no blank line between paragraphs), and a blank line and a chapter heading
    under the block: the whole block is the note's, however its lines read.

    Only a short block (four lines at most) whose every line follows the one above with no
    gap, the heading right under the blank line that closes it: a chapter's prose run on
    under a note has no heading under it so soon.
    """
    if chunks[index].gap or chunks[index - 1].role != "note-body":
        return False
    end = index
    while end < stop and not chunks[end].gap:
        if end - index >= _BLOCK_LINES or chunks[end].role != "text":
            return False
        end += 1
    return end < len(chunks) and chunks[end].gap > 0 and chunks[end].role in ("heading", "part")


def consume_note(
    chunks: list[Chunk],
    start: int,
    stop: int,
    *,
    to_end: bool = False,
    stop_at: Sequence[str] = (),
    stop_when: Callable[[Sequence[Chunk], int], bool] | None = None,
    label: NoteLabel | None = None,
) -> int:
    """Mark ``chunks[start]`` as a note and its body after it; return the index after the note.

    The note ends at a structural line, at a run of blank lines, at ``stop``, or where story
    prose resumes. ``to_end`` (a note after the story) runs it to ``stop`` past anything but
    a new note's label or a heading. ``stop_at`` holds texts that end it (a known title);
    ``stop_when(chunks, index)`` tells other lines that end it (a header field). ``label``
    is the note's label when a caller read it by a rule of its own (ficbook's dedication).
    """
    head = chunks[start]
    found = label or match_note(head.text)
    assert found is not None
    chunks[start] = replace(
        head, role="note", rule="note-label", label=found.label, value=found.rest
    )
    index = start + 1
    wants_body = not found.rest
    label_alone = wants_body
    replies = _REPLIES_LABEL.search(found.label) is not None or introduces_replies(found.rest)
    gift = -1
    while index < stop:
        chunk = chunks[index]
        text = chunk.text
        if chunk.role == "dropped":
            if chunk.rule.startswith(_ENTRY_FRAMING):
                # Rule ``note-ends-at-entry``: a journal entry's footer or the next entry's
                # framing closes the entry, and no note runs on into the next one.
                break
            index += 1  # settled by an earlier pass (a forum poster box, a page number)
            continue
        if (
            wants_body
            and found.label == "Notes"
            and (site_rule := _site_association(text)) is not None
            and not any(c.role == "heading" for c in chunks[:start])
        ):
            # AO3's gift line over the work's notes is the site's (``ao3-gift-line``), and
            # so are its other association lines, "Inspired by … by …" and the like
            # (``ao3-association-line``): the note's text starts under them. Only above the
            # first chapter, where AO3 prints the work's notes: a chapter's notes hold none.
            chunks[index] = replace(chunk, role="dropped", rule=site_rule)
            gift = index
            index += 1
            continue
        if (
            wants_body
            and chunk.indent >= head.indent + 2
            and chunk.gap <= 1
            and chunk.role == "text"
            # AO3's pointer is indented like a note's text but is no text: it falls through
            # to ``ao3-pointer`` below (and a label holding only it to ``pointer-only-note``).
            and not (has_pointer_telltale(text) and POINTER_RE.fullmatch(text))
            # Nor is the site's comment plea under AO3's "Afterword", however it is indented.
            and not is_site_chrome(text)
        ):
            # Rule ``note-text-indented``: the indented paragraph under a label alone
            # ("Chapter Notes" over "    A word on names: …") is its text, whatever it opens.
            chunks[index] = replace(chunk, role="note-body", rule="note-text-indented")
            wants_body = False
            index += 1
            continue
        if wants_body and _box_label_over_label(found, head, chunk):
            # Rule ``box-label-over-label``: AO3's notes box, its label alone on its line
            # ("End Notes"), over a paragraph the author opened with a label of their own
            # ("Translator's note: …"): the box's label names the note, and the author's
            # words, their label too, are its text.
            chunks[index] = replace(chunk, role="note-body", rule="box-label-over-label")
            wants_body = False
            index += 1
            continue
        if chunk.role in ("heading", "part") or match_note(text) or match_heading(text):
            break
        if text[:1] in "Cc" and _bylined_heading(text):
            break
        if chunk.role == "separator":
            break  # settled by an earlier pass between the note and the story (a forum
            # post's repeated chapter title)
        if association_under_pointer(chunks, index):
            index = drop_associations(chunks, index, stop)
            continue
        if POINTER_RE.fullmatch(text):
            chunks[index] = replace(chunk, role="dropped", rule="ao3-pointer")
            index += 1
            if wants_body:
                # Rule ``pointer-only-note``: AO3 fills the preface "Notes" of a work
                # that has end notes only with "(See the end of the work for notes.)".
                # The label then holds no note of its own, and what follows is the story.
                chunks[start] = replace(chunks[start], role="dropped", rule="pointer-only-note")
                # The download's association lines under the pointer are the site's still,
                # not the story's first lines.
                index = drop_associations(chunks, index, stop)
                break
            continue
        if (
            is_site_chrome(text)
            or (to_end and POST_TAGS_RE.fullmatch(text))
            or (
                # A button alone ("Flag") under other chrome ("Share"): only short lines.
                to_end
                and len(text) <= 12
                and lone_button_among_chrome(
                    text, [c.text for c in chunks[max(0, index - 2) : index]]
                )
            )
        ):
            # Site framing after a closing note (comment links) is dropped; before the story
            # (a cut tag, "Work Text:") it also ends the note.
            chunks[index] = replace(chunk, role="dropped", rule="site-chrome")
            index += 1
            if to_end:
                continue
            break
        if to_end:
            if is_glyph_line(text) or match_end_marker(text) or _DISCLAIMER.match(text):
                break
            if (tags := hashtag_line(chunk) or hashtag_in_run(chunks, index)) is not None:
                chunks[index] = tags
                index += 1
                continue
            if chunks[index - 1].rule == "site-chrome" and date_line(text) is not None:
                # Rule ``footer-date-line``: the post's date among the links under it
                # (LOFTER's "热度(86)" / "评论(7)" / "2019-11-03"), not the note's.
                chunks[index] = replace(chunk, role="dropped", rule="footer-date-line")
                index += 1
                continue
            if is_box_thanks(chunk, chunks[index - 1].text):
                chunks[index] = replace(chunk, role="dropped", rule="chrome-box-thanks")
                index += 1
                continue
            if ownership_line(text):
                # The archive's "All stories belong to their authors." under a closing
                # note is its footer, as under the prose (``archive-ownership-line``).
                chunks[index] = replace(chunk, role="dropped", rule="archive-ownership-line")
                index += 1
                continue
            above = chunks[index - 1]
            if above.role == "dropped" and chunk.gap and above.gap and _plea(text):
                # Rule ``plea-after-site-line``: under a closing note, past a line of the
                # site's (a source field, a button row) set apart by blank lines, a plea for
                # comments or points is the author's second word, an unlabelled note of its
                # own. A line run on under the site's line stays the note's.
                chunks[index] = replace(
                    chunk, role="note", rule="plea-after-site-line", label="", value=text
                )
                index += 1
                continue
            chunks[index] = replace(chunk, role="note-body", rule="note-after-story")
            # The note has its text now: an indented line further down is not taken as its
            # first paragraph (an indented comment plea is still the site's).
            wants_body = False
            index += 1
            continue
        if is_glyph_line(text) or text in stop_at or (chunk.gap >= 2 and not wants_body):
            break
        if _wrapped_on(chunks, index):
            # Rule ``note-wrapped-line``: a hard-wrapped note (a mail, a newsgroup post)
            # runs on to the next line mid-sentence: that line is the note's.
            chunks[index] = replace(chunk, role="note-body", rule="note-wrapped-line")
            wants_body = False
            index += 1
            continue
        if not wants_body and text[:1].isupper() and "@" in text and contact_line(text):
            # Rule ``contact-line-under-note`` (contact_lines): where to send feedback is
            # the header's contact field, not the note's; dropped, as after the story. A
            # wrapped header runs the line on from the note's, so only its capital shows
            # that it is a line of its own, not the tail of a sentence ("... so send
            # feedback to me@example.net").
            chunks[index] = replace(chunk, role="dropped", rule="contact-line-under-note")
            index += 1
            continue
        if _answers_quote(chunks, start, index):
            chunks[index] = replace(chunk, role="note-body", rule="answer-under-quoted-reply")
            index += 1
            continue
        if wants_body and (field := _leading_disclaimer(chunk)) is not None:
            # Rule ``disclaimer-opens-note``: an archive's "Story Notes:" box that opens with
            # the author's "Disclaimer: …" line. The disclaimer is the story's metadata, as
            # everywhere else; the note is what follows it.
            chunks[index] = field
            index += 1
            continue
        if stop_when is not None and stop_when(chunks, index):
            break
        if label_alone and not wants_body and _block_over_heading(chunks, index, stop):
            chunks[index] = replace(chunk, role="note-body", rule="note-block-over-heading")
            index += 1
            continue
        if not wants_body and (cut := cut_after_note(chunks, index, stop)) is not None:
            # The entry's cut ends the header, so the author's lines above it are the
            # note's (``note-runs-to-cut``); the story starts under the cut.
            for position in range(index, cut):
                if chunks[position].role != "dropped":
                    chunks[position] = replace(
                        chunks[position], role="note-body", rule="note-runs-to-cut"
                    )
            index = cut
            break
        if not wants_body and not chunk.continues and _hands_over(chunks, index):
            break
        if (
            not wants_body
            and not chunk.continues
            and (_narrator_speaks(chunks, index, stop) or _register_changes(chunks, index))
        ):
            break
        if not wants_body and _runs_into_prose(chunks, index, stop):
            chunks[index] = replace(chunk, rule="note-runs-into-prose")
            break
        if not wants_body and written_line_by_line(chunks, index):
            chunks[index] = replace(chunk, role="note-body", rule="note-line-by-line")
            index += 1
            continue
        if not wants_body and (reply_rule := reply_run_line(chunks, start, index)):
            chunks[index] = replace(chunk, role="note-body", rule=reply_rule)
            index += 1
            continue
        if replies and not wants_body and _REPLY_LINE.match(text):
            chunks[index] = replace(chunk, role="note-body", rule="review-reply-line")
            index += 1
            continue
        if not wants_body and _list_goes_on(chunks, index):
            chunks[index] = replace(chunk, role="note-body", rule="note-list-item")
            index += 1
            continue
        if not wants_body and _replies_follow(chunks, index, stop):
            chunks[index] = replace(chunk, role="note-body", rule="review-replies-intro")
            replies = True
            index += 1
            continue
        if (
            wants_body
            or chunk.continues
            or is_note_like(text)
            or _signs_off(chunks, index)
            or _lone_hand_over(text)
        ):
            rule = "note-body-first" if wants_body else "note-continues"
            chunks[index] = replace(chunk, role="note-body", rule=rule)
            wants_body = False
            replies = replies or introduces_replies(text)
            index += 1
            continue
        if _paragraph_hands_over(chunks, index):
            # Named apart from note-continues so --explain tells why the paragraph is the
            # note's though it holds no note cue; the next turn ends the note under it.
            chunks[index] = replace(chunk, role="note-body", rule="note-paragraph-hands-over")
            replies = replies or introduces_replies(text)
            index += 1
            continue
        if not wants_body and _last_line_over_prose(chunks, index, stop):
            chunks[index] = replace(chunk, role="note-body", rule="note-last-line-over-prose")
            index += 1
            continue  # the story on the line under it ends the note (note-runs-into-prose)
        if not wants_body and aside_over_prose(chunks, index, stop):
            chunks[index] = replace(chunk, role="note-body", rule="note-aside-over-prose")
            index += 1
            continue  # the narration on the line under it is the story's
        pointer = _pointer_ahead(chunks, index, stop)
        if pointer is None:
            break
        for i in range(index, pointer):
            chunks[i] = replace(chunks[i], role="note-body", rule="note-until-pointer")
        index = pointer  # the pointer itself is dropped on the next turn
    if gift >= 0 and wants_body and chunks[start].role == "note":
        # Rule ``gift-only-note``: AO3 prints its notes box for the gift line alone when the
        # author wrote no notes; with the line gone the label holds nothing of its own.
        chunks[start] = replace(chunks[start], role="dropped", rule="gift-only-note")
    return index


def _site_association(text: str) -> str | None:
    """The rule of an AO3 association line at the top of the work's notes ("For user.",
    "Inspired by … by …"), or None for the author's own line."""
    if is_gift_line(text):
        return "ao3-gift-line"
    return "ao3-association-line" if is_association_line(text, strict=True) else None


# A list item's mark: a hyphen, an asterisk or a bullet, then a space. (Not a dash: many
# languages open a line of dialogue with one.)
_LIST_MARKS = ("- ", "* ", "• ")
# The most items a note's list runs to.
_LIST_ITEMS = 12


def _list_goes_on(chunks: Sequence[Chunk], index: int) -> bool:
    """Rule ``note-list-item``: a note whose text is a list ("Notes:" over "- fix the middle",
    "- word goal 3k") goes on through the list: the next item, on the line right under the
    last one, is the note's too, whatever it says.

    Only a line with a list item's mark under a note line with one, in a run of such lines
    that a blank line closes: the items make a list from the note's first line of text on,
    and a paste with no blank lines whose lines of dialogue open with a hyphen ("- Hola -
    dijo.") is not taken for one.
    """
    chunk, above = chunks[index], chunks[index - 1]
    if chunk.gap or above.role != "note-body" or above.text[:2] not in _LIST_MARKS:
        return False
    end = index
    while end < len(chunks) and end - index < _LIST_ITEMS:
        item = chunks[end]
        if (end > index and item.gap) or item.text[:2] not in _LIST_MARKS or len(item.text) > 200:
            break
        end += 1
    return end > index and (end == len(chunks) or chunks[end].gap >= 1)


# The rules journal_parts drops a journal entry's footer and a later entry's framing by.
_ENTRY_FRAMING = ("journal-entry-footer", "journal-entry-repeat")


# What an archive's chapter line has after its bare number: the author's byline, "by name".
_BYLINE_REST = lazy(r"\s+by\s+[\w.'’ -]{1,40}")


def _bylined_heading(text: str) -> bool:
    """Rule ``bylined-heading-ends-note``: "Chapter One by pippin_and_pear", a bare chapter
    number with the author's byline after it, as eFiction heads each chapter on its
    all-chapters page, ends the note above it. (The byline pass makes it a heading later.)
    Only a number and a byline: "Chapter two is by far the longest." has more words."""
    found = CHAPTER_RE.match(text) if len(text) <= 80 else None
    return found is not None and _BYLINE_REST.fullmatch(text, found.end()) is not None


def _leading_disclaimer(chunk: Chunk) -> Chunk | None:
    """The "Disclaimer: …" paragraph right under a note's bare label, as a field; None for
    any other paragraph, or one set apart from the label by a run of blank lines."""
    if chunk.gap >= 2 or len(chunk.text) > 600 or not _DISCLAIMER.match(chunk.text):
        return None
    return disclaimer_field(chunk, "disclaimer-opens-note")


def disclaimer_field(chunk: Chunk, rule: str) -> Chunk | None:
    """The chunk as a "Disclaimer: …" field read by ``rule``; None when it is none."""
    found = _disclaimer_match(chunk.text)
    if found is None:
        return None
    label, value = found.group("key").strip(), found.group("value").strip()
    return replace(chunk, role="field", rule=rule, label=label, value=value)


def is_disclaimer_field(text: str) -> bool:
    """Whether a line is a "Disclaimer: …" field."""
    return _disclaimer_match(text) is not None


def _disclaimer_match(text: str) -> re.Match[str] | None:
    found = FIELD_RE.fullmatch(text) if ":" in text[:30] else None
    if found is not None and field_for(found.group("key")) == "disclaimer":
        return found
    if text[:1] in "Dd" and "(" in text[:14]:
        return _DISCLAIMER_ASIDE.fullmatch(text)
    return None


# Rule ``disclaimer-label-aside``: the label with the writer's aside in brackets before its
# colon, "Disclaimer (forgot it at the top, sorry): …", "Disclaimer (for the whole fic): …".
# The aside talks about the disclaimer; the label is still "Disclaimer" and the text after
# the colon its value. Guards: the word opens the line, the aside is one short bracket with
# no colon or bracket inside, and a value follows the colon.
_DISCLAIMER_ASIDE = lazy(
    r"(?P<key>disclaimers?)\s*\([^():\n]{1,60}\)\s*:\s+(?P<value>\S.*)",
    re.IGNORECASE | re.DOTALL,
)


# A "Review replies:" note's label (see ``review-replies-label`` in patterns.py).
_REPLIES_LABEL = lazy(r"repl|respons", re.IGNORECASE)
# Rule ``review-replies-intro``: the note's own sentence that announces its answers to
# reviewers: "Answers to guests, as I can't PM you:", "Thank you all! Replies:", "To my
# guest reviewers:", "Special thanks to:". The words of replying, reviewers or thanks in the
# paragraph's last sentence, which ends with the colon that hands over to the list.
_REPLIES_INTRO = lazy(
    r"\b(?:repl(?:y|ies|ying)|respon(?:ses?|ding)|answer(?:s|ing)?|guests?|reviews?|reviewers?"
    r"|reviewed|shout-?outs?|thanks?(?:\s+you)?\s+(?:so\s+much\s+|also\s+)?to)\b",
    re.IGNORECASE,
)
# The same announcement as a bare heading of its own, with any ending: "Review replies!",
# "Replies to reviews.", "Reviewer shout-outs", "Shout-outs to my guests!" (after a note's
# label, "A/N: Review replies!", or as its first paragraph). It names nothing but the replies,
# so "Thanks for the reviews!" (thanks, not answers) does not count.
_REPLIES_HEADING = lazy(
    r"(?:(?:guest\s+)?review(?:er)?s?\s+(?:replies|responses|shout-?outs?)"
    r"|(?:replies|responses|shout-?outs?)(?:\s+(?:to|for)\s+(?:(?:the|my|all|our)\s+)?"
    r"(?:(?:guest|anon(?:ymous)?)\s+)?(?:reviews?|reviewers?|guests?))?)"
    r"(?:\s+time)?\s*[!.:：]*",
    re.IGNORECASE,
)
# Where a paragraph's last sentence begins: after the last ". ", "! " or "? ".
_SENTENCE_END = lazy(r".*[.!?…][)\]\"'”’]*\s")


def introduces_replies(text: str) -> bool:
    """Rule ``review-replies-intro``: whether a note paragraph ends by announcing replies to
    reviewers, so the "Name: reply" paragraphs under it are the note's (``review-reply-line``).

    A bare heading naming only the replies ("Review replies!", "Replies to reviews.")
    announces them whatever ends it. Otherwise only a paragraph ending with a colon, and only
    its last sentence: "Thanks for the reviews! Here is the next one:" hands over to a
    chapter, not to answers. The sentence is a bare heading ("Replies:", "Shout-outs to:")
    or the author's own voice ("I", "my", "you"): "Mara read the reviews to the cast:" is a
    narrator's, over a quoted review.
    """
    text = text.rstrip(" *_")
    bare = text.lstrip(" *_")
    if bare[:1] in "RrSsGg" and _REPLIES_HEADING.fullmatch(bare):
        return True  # a bare "Review replies!" heading, whatever ends it
    head = _SENTENCE_END.match(text)
    last = text[head.end() if head else 0 :]
    if head and last[:1] in "RrSsGg" and _REPLIES_HEADING.fullmatch(last):
        return True  # the same heading as the note's last sentence: "…ate me. Review replies!"
    if not text.endswith((":", "：")):
        return False
    if _REPLIES_INTRO.search(last) is None:
        return False
    return len(last.split()) <= _BARE_INTRO_WORDS or TALK_RE.search(last) is not None


# The most words a bare "Replies:" heading ("Replies to guest reviews:") runs to.
_BARE_INTRO_WORDS = 4


def _replies_follow(chunks: Sequence[Chunk], index: int, stop: int) -> bool:
    """A paragraph of its own announcing replies ("Replies to the guests:") under a note's
    text, with the first "Name: reply" right under it: the note's, though it holds none of
    a note's other words."""
    if not introduces_replies(chunks[index].text) or index + 1 >= stop:
        return False
    after = chunks[index + 1]
    return after.role == "text" and after.gap <= 1 and _REPLY_LINE.match(after.text) is not None


# Rule ``review-reply-line``: under "Review replies:" (or a note announcing them, see above) each
# handle and a colon ("Guest: So glad!", "PaperKite: I know…", "@inkwell: yes"), which
# carries no note cue of its own; one to three words before the colon, text after it.
_REPLY_LINE = lazy(r"(?:to\s+|@)?[^\s:]{1,30}(?:\s[^\s:]{1,30}){0,2}\s*:\s+\S")


# Rule ``note-hands-over``: the words an author ends a note with to send readers on to the
# story: "On with it!", "On with the story", "Without further ado", "Enjoy!", "Read on",
# "Right, here we go!".
_HAND_OVER = lazy(
    r"(?:\b(?:(?:and\s+)?(?:now,?\s+)?on\s+with\s+(?:it|the\s+(?:story|fic|chapter|show))"
    r"|without\s+further\s+ado|(?:now\s+)?read\s+on|enjoy(?:\s+the\s+(?:story|fic|chapter))?"
    r"|here\s+(?:it\s+is|we\s+go|goes(?:\s+nothing)?)|(?:and\s+)?on\s+we\s+go)\W*)$",
    re.IGNORECASE,
)


def _hands_over(chunks: Sequence[Chunk], index: int) -> bool:
    """Rule ``note-hands-over``: a note paragraph that ends by sending readers on ("Okay, on
    with it!", "Enjoy!") is the note's last; the paragraph under it is the story, whatever
    its words. A signature or a "P.S." under it still signs the note.
    """
    previous = chunks[index - 1]
    if previous.role not in ("note", "note-body"):
        return False
    text = chunks[index].text
    if _signs_off(chunks, index) or text.lower().startswith(("p.s", "ps", "edit")):
        return False
    return _HAND_OVER.search(previous.text[-40:]) is not None


# The longest paragraph under a note that ``_paragraph_hands_over`` reads as the note's.
_HAND_OVER_PARAGRAPH = 400


def _paragraph_hands_over(chunks: Sequence[Chunk], index: int) -> bool:
    """Rule ``note-paragraph-hands-over``: a paragraph right under a note's paragraph that
    ends by sending readers on ("…which is even funnier. On we go.", "…Anyway, on with the
    story!") is the note's last paragraph, though it holds none of a note's words; the
    paragraph under it is the story (``note-hands-over``).

    Guards: one blank line at most above it; short; not a quoted line; the words that send
    readers on open a sentence (or follow a comma: "Anyway, on with it!"), so "…so I read
    on." is not one; the words ahead of them talk to readers ("we", "you", "sorry", "I
    hope", a note cue), so "Mara set the box down. Here goes nothing." stays the story's;
    and it does not narrate (past-tense story prose), so a story's first paragraph that
    closes on "Here we go" in a character's voice stays the story's."""
    chunk, previous = chunks[index], chunks[index - 1]
    text = chunk.text
    if previous.role not in ("note", "note-body") or chunk.gap > 1:
        return False
    if len(text) > _HAND_OVER_PARAGRAPH or text[:1] in OPENING_QUOTES or text[-1:] in "\"”’'":
        return False
    found = _HAND_OVER.search(text, max(0, len(text) - 40))
    if found is None:
        return False
    before = text[: found.start()].rstrip()
    if before and (before[-1] not in ".!?…,;:–—-" or not _talks_before_hand_over(before)):
        return False
    return not narrates(text, shortest=0)


# Rule ``note-paragraph-hands-over``, its reader talk: "we", "us", "our", "you", an apology,
# "guys", "everyone", "lol", or "I" with a verb of the author's present ("I hope", "I know",
# "I'm"). A bare "I" or "my" is not enough: a first-person story narrates with them.
_HAND_OVER_TALK = lazy(
    r"\b(?i:we|us|our|you|your|y['’]all|guys|everyone|folks|sorry|lol|haha)\b"
    r"|\bI(?:['’](?:m|ve|ll)\b|\s+(?:hope|know|think|promise|guess|swear)\b)",
)


def _talks_before_hand_over(before: str) -> bool:
    """Whether the words ahead of a paragraph's closing hand-over ("…which I could not
    bear, sorry. On we go.") talk to readers, so the hand-over is the author's; over plain
    narration ("Mara set the box on the table. Here goes nothing.") it is the story's."""
    return bool(_HAND_OVER_TALK.search(before) or _SMILEY.search(before) or _note_cue(before))


# The most words a paragraph of its own that only sends readers on has ("Right, here we go!").
_HAND_OVER_WORDS = 6


def _lone_hand_over(text: str) -> bool:
    """Rule ``note-hands-over``, its lone line: a short paragraph under a note that does
    nothing but send readers on ("Right, here we go!", "Without further ado…") is the note's
    last line, though it holds none of a note's words. Not a quoted line: "Here goes,"
    said Ron, is the story's."""
    if len(text) > 60 or text[:1] in OPENING_QUOTES or text[-1:] in "\"”’'":
        return False
    return len(text.split()) <= _HAND_OVER_WORDS and _HAND_OVER.search(text) is not None


# AO3's marker over the text on a work page, under the work's or the chapter's notes.
_TEXT_MARKER = lazy(r"(?:work|chapter)\s+text\s*:?", re.IGNORECASE)


def _register_changes(chunks: Sequence[Chunk], index: int) -> bool:
    """Rule ``note-register-change`` (see note_register.py): a lower-case note paragraph
    ends where capitalised story prose starts, unless that paragraph talks to readers."""
    previous = chunks[index - 1]
    if previous.role not in ("note", "note-body"):
        return False
    note = previous.value if previous.role == "note" else previous.text
    text = chunks[index].text
    return leaves_chat_register(note, text) and not talks_to_readers(text)


def _runs_into_prose(chunks: Sequence[Chunk], index: int, stop: int) -> bool:
    """Rule ``note-runs-into-prose`` (see note_run_on.py): in a text whose paragraphs are set
    apart by blank lines, a paragraph on the line right under a note's later paragraph (the
    note set apart by blank lines too, not written line by line), with no blank line
    between, that narrates in the past tense and holds none of a note's words, is the
    story's first paragraph: the blank line was lost, and the note ended above it.

    The paragraph under it must not talk about the story either, so a note that goes on
    after a narrated memory ("My grandmother told me this story…") keeps all of it."""
    text = chunks[index].text
    # Cheap first: only a line joined to the note in a blank-line-separated text is in doubt.
    if not joined_in_spaced_text(chunks, index):
        return False
    if _note_cue(text) or _SMILEY.search(text) or not narrates(text):
        return False
    after = chunks[index + 1] if index + 1 < stop else None
    return after is None or not talks_about_story(after.text)


def _last_line_over_prose(chunks: Sequence[Chunk], index: int, stop: int) -> bool:
    """Rule ``note-last-line-over-prose``: a note's later paragraph with the story joined to
    it on the very next line, the blank line between them lost (see note_run_on.py): "To the
    Guest who asked about the twins: yes, they are back next time." over "Tam rowed out
    before dawn…", or "Okay, here is the map." over the chapter's first paragraph. The
    short paragraph talks to readers though it holds no other note cue, so it is the note's
    last; the narration under it is the story's first paragraph (``note-runs-into-prose``).

    Guards: the paragraph is set apart from the note above by one blank line and is short,
    not dialogue, and does not narrate; the line under it follows with no blank line,
    narrates in the past tense with no note cue, and the paragraphs under that are set apart
    by blank lines, so the text shows its paragraphs are spaced and one blank line was lost.
    A dateline or a first line of the story over the narration says nothing to readers.
    """
    after = joined_below(chunks, index, stop)
    text = chunks[index].text
    if after is None or text.endswith((":", ",")):
        return False
    if not talks_to_readers_briefly(text) or not prose_spaced_below(chunks, index + 1):
        return False
    return not (_note_cue(after.text) or _SMILEY.search(after.text)) and narrates(after.text)


def _pointer_ahead(chunks: Sequence[Chunk], index: int, stop: int) -> int | None:
    """Rule ``note-until-pointer``: AO3 prints "(See the end of the work for more notes.)"
    as the last line of a notes block, and a work page "Work Text:" or "Chapter Text" under
    it, so every paragraph between a note and that pointer or marker is the note's, however
    it reads ("Nobody gets a happy ending here."). Returns the pointer's or marker's index,
    or None when a structural line, a blank run or five paragraphs come first.
    """
    for i in range(index, min(stop, index + 5)):
        chunk = chunks[i]
        text = chunk.text
        if has_pointer_telltale(text) and POINTER_RE.fullmatch(text):
            return i
        if (text[:1] in "WwCc" and _TEXT_MARKER.fullmatch(text.strip())) or is_text_marker(text):
            # The work page's "Work Text:" / "Chapter Text" marker closes the notes above it
            # the same way: what lies between is the note's.
            return i
        if chunk.role != "text" or chunk.gap >= 2 or is_structural(chunk):
            return None
    return None


def _signs_off(chunks: Sequence[Chunk], index: int) -> bool:
    """A short name line right under a note paragraph, followed by a break or nothing."""
    if not is_signature(chunks[index].text):
        return False
    after = chunks[index + 1] if index + 1 < len(chunks) else None
    return after is None or after.gap >= 2 or is_structural(after)


# An "I" opening: "I will grant him this…", "I'd never heard…", not "If" or "It".
_I_OPENING = lazy(r"I(?:['’](?:m|ve|d|ll))?\b")
# Speech set off in quotation marks, left out when looking for the narrator's own "I".
_QUOTED = lazy(r"\"[^\"]*\"?|“[^”]*”?")
# How many story paragraphs after an "I" paragraph show whether the narrator says "I".
_NARRATION_WINDOW = 4


def _narrator_speaks(chunks: Sequence[Chunk], index: int, stop: int) -> bool:
    """Rule ``first-person-narrator``: a paragraph after a note's text that opens with "I"
    and has no other word of an author talking to readers is the story's first line when
    the story is told in the first person: two of the few paragraphs under it also say
    "I", "me" or "my" outside quotation marks and hold no note words. ("Chapter Notes",
    "The steward narrates.", then "I will grant the Abbot this much…".)"""
    text = chunks[index].text
    # Cheap first: only an "I" opening with no other cue is in doubt.
    if text[:1] != "I" or not _I_OPENING.match(text) or _note_cue(text) or _SMILEY.search(text):
        return False
    # Rule ``first-person-after-plain-note``: a note that never says "I", "we" or "you"
    # ("Dalin wrote his allegory in 1740. This is the horse's side of it.") is not the
    # author chatting, so an "I" paragraph under it needs one more such paragraph, not two.
    above = chunks[index - 1]
    plain = above.role == "note" and TALK_RE.search(above.value or above.text) is None
    needed = 1 if plain else 2
    narrated = 0
    seen = 0
    for later in chunks[index + 1 : stop]:
        if later.role == "dropped":
            continue
        if later.role != "text" or later.gap >= 2 or is_structural(later):
            break
        seen += 1
        said = later.text
        if not _note_cue(said) and _FIRST_PERSON.search(_QUOTED.sub("", said)):
            narrated += 1
        if narrated >= needed or seen >= _NARRATION_WINDOW:
            break
    # Why two: one "I" paragraph could still be the note's closing line; two more in a row
    # that read as narration make the first-person story the likelier reading.
    return narrated >= needed


# A rule of one repeated character, five or more long: "=====", "-----", "_____", "~~~~~".
_RULE_LINE = lazy(r"([=\-_~#])\1{4,}")
_FIRST_PERSON = lazy(r"\b(?:I|I['’]m|I['’]ve|my|me)\b")


def note_closed_by_rule(chunks: list[Chunk], start: int, stop: int) -> int:
    """Rule ``note-until-rule``: a note above the story that runs over several paragraphs,
    closed by a rule line ("=====") the author put between it and the story.

    ``start`` is the index after the note's first paragraph; returns the index after the
    note's last paragraph (``start`` when the rule does not apply). Guards: a rule of one
    repeated character within five paragraphs, nothing structural or blank-run wide before
    it, and the paragraphs in between speak as the author (first person or a note's words).
    When the same rule recurs later (the author's scene break too) or the line is another
    glyph ("* * *"), at most two paragraphs in a note's own words may come before it.
    """
    between: list[int] = []
    for index in range(start, min(stop, start + 6)):
        chunk = chunks[index]
        if chunk.role == "dropped":
            continue
        text = chunk.text
        ruled = _RULE_LINE.fullmatch(text.strip()) is not None
        if ruled or (between and is_glyph_line(text)):
            if not between:
                return start
            if ruled and not any(c.text == text for c in chunks[index + 1 :]):
                if not all(_speaks_as_author(chunks[i].text) for i in between):
                    return start
            elif len(between) > 2 or not all(talks_about_story(chunks[i].text) for i in between):
                # A rule the author also breaks scenes with, or a scene-break glyph ("* * *"),
                # closes the note only when the one or two paragraphs before it talk about
                # the story in a note's own words, never on "I"/"my" alone: a first-person
                # story may open with a one-paragraph scene.
                return start
            for i in between:
                chunks[i] = replace(chunks[i], role="note-body", rule="note-until-rule")
            return between[-1] + 1
        if chunk.role != "text" or is_structural(chunk) or chunk.gap >= 2:
            return start
        if text[:1] in OPENING_QUOTES or _labelled_field(text):
            # A "Disclaimer: …" paragraph is a header line of its own, not the note's text.
            return start
        between.append(index)
    return start


def note_closed_by_heading(chunks: list[Chunk], start: int, stop: int) -> int:
    """Rule ``note-until-heading``: a note above the story whose last paragraph or two stand
    right over the first chapter's heading ("Thanks to Siân for the Welsh." under "Author's
    Notes: …", then "Chapter 1 - …"). Nothing but the heading follows them, so they are the
    note's, not a prologue of the story.

    ``start`` is the index after the note as read so far; returns the index after its last
    paragraph (``start`` when the rule does not apply). Guards: a note or its text just
    above; at most two short paragraphs, no blank-line run, no dialogue, no header field;
    each in the author's voice (a note's words or "I"/"my"), so an unheaded third-person
    prologue stays story; and a chapter heading right under them.
    """
    if start == 0 or start >= stop or chunks[start - 1].role not in ("note", "note-body"):
        return start
    between: list[int] = []
    for index in range(start, min(stop, start + 3)):
        chunk = chunks[index]
        text = chunk.text
        if chunk.role == "heading":
            break
        if chunk.role != "text" or is_structural(chunk) or chunk.gap >= 2 or len(text) > 300:
            return start
        if text[:1] in OPENING_QUOTES or _labelled_field(text) or not _speaks_as_author(text):
            return start
        between.append(index)
    else:
        return start
    for i in between:
        chunks[i] = replace(chunks[i], role="note-body", rule="note-until-heading")
    return start + len(between)


# Header labels that fill no metadata field but never open the author's talk either: where
# feedback or the story may go ("Feedback: yes please!", "Archive: ask first"), its size.
_HEADER_ONLY_LABELS = frozenset(
    {"feedback", "archive", "archiving", "permission", "contact", "e-mail", "email",
     "word count", "wordcount", "words", "challenge", "challenges"}
)  # fmt: skip


def _labelled_field(text: str) -> bool:
    """Whether a paragraph opens with a header field's label: "Disclaimer:", "Rating:".

    Rule ``header-only-label``: a list post's header goes on after its "Notes:" with
    "Feedback:" or "Archive:" lines, which are header fields, not more of the note."""
    if ":" not in text:
        return False
    found = FIELD_RE.fullmatch(text)
    if found is None:
        # "Disclaimer :: …" (double_colon).
        return double_colon_field(text) is not None
    key = found.group("key")
    return field_for(key) is not None or key.strip().lower().strip("*_ ") in _HEADER_ONLY_LABELS


def talks_about_story(text: str) -> bool:
    """A note's own words (reviews, "this fic", "is set after …", a link), not just "I"."""
    return text[:1] not in OPENING_QUOTES and bool(_note_cue(text) or _SMILEY.search(text))


def _speaks_as_author(text: str) -> bool:
    """A paragraph in the author's voice: a note's words, or "I"/"my" outside dialogue."""
    return is_note_like(text) or bool(_FIRST_PERSON.search(text))
