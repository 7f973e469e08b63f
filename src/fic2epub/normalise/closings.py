"""What closes a chapter after its prose: end markers, debris, tags and the author's last word.

Read upward from the chapter's last line: end markers and separators, a mailing list's or a
page's footer, a blog post's tags, the title repeated above the next chapter, and the
author's unlabelled word under the story (a plea, a promise of more, a signed note, a chat
sign-off), which is the note it would have been labelled.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from fic2epub.lazy_re import lazy
from fic2epub.normalise.addressed_notes import addresses_reader
from fic2epub.normalise.ao3_page import chapter_position_line
from fic2epub.normalise.bare_tags import bare_tag_lines
from fic2epub.normalise.bracket_notes import trailing_bracket_note
from fic2epub.normalise.chrome import is_box_thanks, is_site_chrome, lone_button_among_chrome
from fic2epub.normalise.chrome_i18n import is_blog_post_line
from fic2epub.normalise.chunks import Chunk, drop_all, is_glyph_line
from fic2epub.normalise.closing_thanks import closing_thanks
from fic2epub.normalise.comments import post_date_line, reply_links
from fic2epub.normalise.contact_lines import contact_line
from fic2epub.normalise.dash_lines import prose_under_dash, signature_under_dash
from fic2epub.normalise.deviantart import work_info_block
from fic2epub.normalise.echomail import echomail_footer
from fic2epub.normalise.end_page import chrome_framed_block, page_after_the_end
from fic2epub.normalise.entry_footer import entry_currently_module, entry_mood_lines
from fic2epub.normalise.ffn_page import ffn_page_title
from fic2epub.normalise.footnotes import footnote_text
from fic2epub.normalise.foreign_header import cjk_date
from fic2epub.normalise.guestbook import guestbook_entries
from fic2epub.normalise.journal_lines import POST_TAGS_RE
from fic2epub.normalise.message_lines import is_message_line
from fic2epub.normalise.metadata import clean_title
from fic2epub.normalise.nota_bene import match_nota_bene
from fic2epub.normalise.note_above_note import writing_talk_above_note
from fic2epub.normalise.notes import (
    disclaimer_field,
    is_disclaimer_field,
    is_note_like,
    is_signature,
)
from fic2epub.normalise.page_footers import (
    bare_updated_line,
    ownership_line,
    page_footer,
    writing_dates_line,
)
from fic2epub.normalise.patterns import REVIEW_PLEA_RE, match_end_marker, match_note, same_text
from fic2epub.normalise.pleas import closing_plea, more_to_come, reply_plea
from fic2epub.normalise.postscript import postscript_after_end
from fic2epub.normalise.previews import unlabelled_preview
from fic2epub.normalise.profile_footer import more_by_list, profile_footer
from fic2epub.normalise.review_form import review_form_line
from fic2epub.normalise.sign_off import chat_sign_off
from fic2epub.normalise.submission_letter import contributor_bio, unlabelled_bio
from fic2epub.normalise.tumblr import hashtag_lines, note_list_line


def chapter_closing(
    chunks: list[Chunk],
    first: int,
    end: int,
    title: str | None,
    handles: frozenset[str] = frozenset(),
    addressees: frozenset[str] = frozenset(),
) -> None:
    """What closes a chapter after its prose: end markers, separators (a break there is
    dropped), a disclaimer, the title repeated above the next chapter, site debris, and an
    unlabelled plea for reviews, which is the author's note it would have been labelled.

    ``handles`` are the user names the header gives as the author's: one of them alone on a
    line at a chapter's end is the post's name over what follows (rule
    ``author-handle-at-chapter-end``), as a Tumblr post the author reblogged with its next
    part under it prints her name again above the part. ``addressees`` are the names the
    header spoke to and the story never names: a last paragraph calling one of them is the
    author's note (rule ``closing-word-to-addressee``, addressed_notes)."""
    echomail_footer(chunks, first, end)
    _mail_footer(chunks, first, end)
    _ruled_signature(chunks, first, end)
    _ruled_colophon_run(chunks, first, end)
    work_info_block(chunks, first, end, title, same_text)
    profile_footer(chunks, first, end)
    more_by_list(chunks, first, end)
    _post_tags(chunks, first, end)
    entry_mood_lines(chunks, first, end)
    entry_currently_module(chunks, first, end)
    guestbook_entries(chunks, first, end)
    page_after_the_end(chunks, first, end)
    _after_the_end(chunks, first, end)
    # A preview of the next chapter under the prose is the author's word, and whatever
    # closes the chapter above it (a plea) is read upward from its intro.
    index = unlabelled_preview(chunks, first, end) - 1
    while index >= first:
        chunk = chunks[index]
        text = chunk.text
        if chunk.role in ("dropped", "field"):
            pass  # settled by an earlier rule (a forum's poster box, a mail footer, tags)
        elif is_glyph_line(text):
            chunks[index] = replace(chunk, role="separator", rule="break-at-chapter-end")
        elif (footer := page_footer(text)) is not None:
            # Before end markers: an instalment's "(end of part one)" is the poster's pointer.
            chunks[index] = replace(chunk, role="dropped", rule=footer)
        elif contributor_bio(text):
            # A zine submission's bio of its writer (submission_letter).
            chunks[index] = replace(chunk, role="dropped", rule="contributor-bio")
        elif match_end_marker(text):
            chunks[index] = replace(chunk, role="end-marker", rule="end-marker")
        elif chunk.role == "text" and _contact_dropped(chunks, index):
            pass
        elif bare_updated_line(text):
            chunks[index] = replace(chunk, role="dropped", rule="page-updated-line")
        elif writing_dates_line(text):
            chunks[index] = replace(chunk, role="dropped", rule="writing-dates-line")
        elif _position_over_chrome(chunks, index, end):
            chunks[index] = replace(chunk, role="dropped", rule="chapter-position-at-end")
        elif ownership_line(text):
            chunks[index] = replace(chunk, role="dropped", rule="archive-ownership-line")
        elif "|" in text and ffn_page_title(text) is not None:
            # Rule ``ffn-link-card``: a phone's share sheet puts the link's card (the page
            # title "Title Chapter 1, a Fandom fanfic | FanFiction") under the shared text;
            # the builder reads the title and fandom from it when no header gave them.
            chunks[index] = replace(chunk, role="dropped", rule="ffn-link-card")
        elif (
            is_site_chrome(text)
            or post_date_line(text)
            or cjk_date(text) is not None
            or chrome_framed_block(chunks, index, first, end)
            or (title and _repeats(text, title))
            or _back_link_last(chunks, index)
        ):
            chunks[index] = replace(chunk, role="dropped", rule="debris-at-chapter-end")
        elif chunk.role == "text" and _subject_over_post_line(chunks, index, end):
            chunks[index] = replace(chunk, role="dropped", rule="post-subject-at-chapter-end")
        elif text[:1] == "(" and reply_links(text):
            # Rule ``comment-links-at-chapter-end``: a journal comment that holds a part ends
            # in its links, "(Reply) (Thread) (Link)", under the part's last line.
            chunks[index] = replace(chunk, role="dropped", rule="comment-links-at-chapter-end")
        elif review_form_line(chunks, index):
            chunks[index] = replace(chunk, role="dropped", rule="review-form")
        elif handles and text.strip() in handles:
            chunks[index] = replace(chunk, role="dropped", rule="author-handle-at-chapter-end")
        elif _ruled_chrome(chunk):
            chunks[index] = replace(chunk, role="dropped", rule="ruled-chrome")
        elif index > first and is_box_thanks(chunk, chunks[index - 1].text):
            chunks[index] = replace(chunk, role="dropped", rule="chrome-box-thanks")
        elif lone_button_among_chrome(
            text,
            [c.text for c in chunks[max(first, index - 2) : index]],
            [c.text for c in chunks[index + 1 : index + 3]],
        ):
            chunks[index] = replace(chunk, role="dropped", rule="lone-button")
        elif (disclaimer := disclaimer_field(chunk, "chapter-header-field")) is not None:
            chunks[index] = disclaimer
        elif chunk.role == "text" and footnote_text(chunks, index):
            # A word processor's footnote written out under the story (footnotes).
            chunks[index] = replace(chunk, role="note", rule="footnote-text", value=text)
        elif chunk.role == "text" and closing_plea(text):
            chunks[index] = replace(chunk, role="note", rule="review-plea", value=text)
        elif chunk.role == "text" and closing_thanks(text):
            chunks[index] = replace(chunk, role="note", rule="closing-thanks", value=text)
        elif chunk.role == "text" and reply_plea(text):
            chunks[index] = replace(chunk, role="note", rule="reply-plea", value=text)
        elif chunk.role == "text" and more_to_come(text):
            chunks[index] = replace(chunk, role="note", rule="more-to-come", value=text)
        elif chunk.role == "text" and chat_sign_off(
            text, _text_above(chunks, index, first), above_tags=_above_tags(chunks, index, end)
        ):
            chunks[index] = replace(chunk, role="note", rule="chat-sign-off", value=text)
        elif chunk.role == "text" and addresses_reader(text, addressees):
            chunks[index] = replace(
                chunk, role="note", rule="closing-word-to-addressee", value=text
            )
        elif chunk.role == "text" and _signed_note(chunks, index, first):
            index -= 1  # the signed paragraph above is the note's start
        elif (
            chunk.role == "text"
            and text[-1:] in ")]"
            and (top := trailing_bracket_note(chunks, index, first)) is not None
        ):
            index = top  # an unlabelled note in brackets, perhaps of several paragraphs
        elif chunk.role == "text" and writing_talk_above_note(chunks, index):
            chunks[index] = replace(chunk, role="note", rule="writing-talk-above-note", value=text)
        elif chunk.role == "text":
            return
        index -= 1


def _subject_over_post_line(chunks: list[Chunk], index: int, end: int) -> bool:
    """Rule ``post-subject-at-chapter-end``: the next blog post's subject ("Title – part 2")
    right over that post's writer-and-date line (blog-post-line-i18n), with no blank line
    between, closes the chapter above as page chrome. A short line that is no sentence."""
    text = chunks[index].text.strip()
    if len(text) > 120 or text[-1:] in '.!?"”»' or index + 1 >= end:
        return False
    below = chunks[index + 1]
    return below.gap == 0 and is_blog_post_line(below.text)


def _above_tags(chunks: list[Chunk], index: int, end: int) -> bool:
    """Whether only a post's tags and its chrome follow a chapter's closing line."""
    after = chunks[index + 1 : end]
    return any(c.label == "Tags" for c in after) and all(
        c.role in ("field", "dropped") for c in after
    )


def _text_above(chunks: list[Chunk], index: int, first: int) -> str:
    """The story paragraph above a closing line ("" when there is none).

    Rule ``texts-above-sign-off``: text messages set one a line ("juliet: obviously") are
    read past to the prose above them. A phone writer's characters text in lower case; the
    narrator's register, which the sign-off breaks from, is the prose's."""
    for above in range(index - 1, first - 1, -1):
        chunk = chunks[above]
        if chunk.role != "text":
            continue
        if is_message_line(chunk.text):
            continue
        return chunk.text
    return ""


def _repeats(text: str, title: str) -> bool:
    """Rule ``debris-at-chapter-end``: the title repeated above the next chapter, also as a
    blog heads each post of a story in parts ("Title (2/3)")."""
    if len(text) > len(title) + _REPEAT_EXTRA:
        # Too long to be the title and its tags; a long paragraph would only make
        # clean_title's patterns work hard for nothing.
        return False
    return same_text(text, title) or same_text(clean_title(text), title)


# What a repeated title may carry beyond the title: "[FIC] … (2/3) PG", or a page title's
# chapter, fandom and site ("Title Chapter 3: Name, a Fandom fanfic | FanFiction").
_REPEAT_EXTRA = 240


# A dashed sign-off under a note: "- Harriet", "~ Mel", "— K.".
_DASHED_SIGNATURE = lazy(r"[-–—~]+\s*\S.{0,30}")


def _signed_note(chunks: list[Chunk], index: int, first: int) -> bool:
    """Rule ``signed-closing-note``: the chapter's last paragraph talks to readers ("Thanks
    for reading…", "I wrote this on a train") and a dashed sign-off ("- Harriet") follows it:
    the author's unlabelled note, signed. Without the dashed signature under it, a
    first-person paragraph at the end is the story's own; with it, only when it reads as a
    note."""
    signature = chunks[index]
    above = index - 1
    if above < first or signature.gap > 1 or chunks[above].role != "text":
        return False
    if not _DASHED_SIGNATURE.fullmatch(signature.text) or not is_signature(signature.text):
        return False
    note = chunks[above]
    if len(note.text) > 600 or not (is_note_like(note.text) or _opens_on_plea(note.text)):
        return False
    chunks[above] = replace(note, role="note", rule="signed-closing-note", value=note.text)
    chunks[index] = replace(signature, role="note-body", rule="signed-closing-note")
    return True


# A dash rule that opens a signature: three to six hyphens alone on a line.
_SIGNATURE_RULE = lazy(r"-{3,6}")
# The most lines under it, and the longest of them.
_RULED_SIGNATURE_LINES = 3
_RULED_SIGNATURE_WIDTH = 80


def _ruled_signature(chunks: list[Chunk], first: int, end: int) -> None:
    """Rule ``ruled-signature``: a mail's signature set under a short dash rule ("----")
    rather than "-- ": the rule with a motto or a quotation hung right under it, the last
    lines of the post (a list's footer, dropped already, may follow). Guards: the rule is
    set off from the text above by a blank line while the signature lines follow it with
    none (a text with no blank lines anywhere is never read so), there are at most three
    of them, each short and none a note (a plea, the author talking), and nothing else
    follows them."""
    # Only the chapter's last kept lines matter: the rule and the signature under it.
    kept = _last(
        chunks, first, end, _RULED_SIGNATURE_LINES + 1, lambda i: chunks[i].role != "dropped"
    )
    for size in range(1, _RULED_SIGNATURE_LINES + 1):
        if len(kept) <= size:
            return
        rule, lines = kept[-size - 1], kept[-size:]
        if not _SIGNATURE_RULE.fullmatch(chunks[rule].text.strip()):
            continue
        signed = [chunks[i] for i in lines]
        if (
            chunks[rule].gap >= 1
            and signed[0].gap == 0
            and all(c.role == "text" and len(c.text) <= _RULED_SIGNATURE_WIDTH for c in signed)
            # A closing note under a rule ("thanks for reading!!") is the author's word.
            and not any(closing_plea(c.text) or is_note_like(c.text) for c in signed)
            and sum(len(c.lines) for c in signed) <= _RULED_SIGNATURE_LINES
        ):
            for index in (rule, *lines):
                chunks[index] = replace(chunks[index], role="dropped", rule="ruled-signature")
        return


def _opens_on_plea(text: str) -> bool:
    """Rule ``signed-plea-note``: a signed paragraph whose first sentence is a plea for
    feedback ("Let me know what you think? I rewrote the ending twice.") is the author's
    note even when the rest talks only of the writing. Guards: the plea is a whole
    sentence (it ends on "?", "!" or "."), so "Reviewing the ledger, she…" is no plea, and
    the paragraph is signed (``signed-closing-note``)."""
    found = REVIEW_PLEA_RE.match(text)
    return found is not None and found.group().rstrip()[-1:] in ("?", "!", ".")


# Mailing-list software appends its footer after the post: from its first line, all is chrome.
# Mailman's archive puts an attachment it kept out under its "-------------- next part
# --------------" divider ("An HTML attachment was scrubbed...", its address).
_FOOTER_START = lazy(
    r".*\byahoo!?\s+groups\s+(?:sponsor|links)\b.*|-- ?|-{2,}\s*next\s+part\s*-{2,}",
    re.IGNORECASE,
)


def _may_start_footer(line: str) -> bool:
    """Whether ``line`` opens a mailing list's footer (_FOOTER_START), its words looked for
    before the pattern runs: the pattern's leading ".*" tries every place in a long line."""
    return (line[:2] == "--" or "yahoo" in line.lower()) and bool(_FOOTER_START.fullmatch(line))


def _dash_breaks(chunks: list[Chunk], first: int, end: int, index: int) -> bool:
    """Rule ``dash-break-not-signature``: a lone "--" in a chapter whose writer parts scenes
    with lone "--" lines (another stands in the chapter, above or below it) is one more
    break, not a mail's signature delimiter: a mail has one signature, and its delimiter
    does not also stand between scenes."""
    mark = chunks[index].text.strip()
    if mark != "--":
        return False
    if prose_under_dash(chunks, index, end):
        return True
    if signature_under_dash(chunks, index, end):
        return False
    if any(
        chunks[other].text.strip() == mark and chunks[other].role != "dropped"
        for other in range(first, end)
        if other != index
    ):
        return True
    # Rule ``dash-break-in-earlier-chapter``: a lone "--" already read as a scene break in an
    # earlier chapter shows the writer's glyph for breaks; one chapter's last scene break is
    # no signature either. (A signature hung right under its "--" was told apart above.)
    return any(
        chunks[other].role == "scene-break" and chunks[other].text.strip() == mark
        for other in range(first)
    )


def _header_dash(chunks: list[Chunk], first: int, index: int) -> bool:
    """Rule ``dash-separator-not-signature``: a lone "--" under the story in a file whose
    writer also set a lone "--" between the header (or a note) and the story is that
    writer's separator once more, before a closing note, not a mail's signature delimiter:
    a mail's delimiter stands once, at the foot, never between a header and the text."""
    mark = chunks[index].text.strip()
    if mark != "--":
        return False
    return any(chunk.role == "separator" and chunk.text.strip() == mark for chunk in chunks[:first])


# Mailman's footer: "listname mailing list" over the list's address and its listinfo page.
_MAILMAN_LIST = lazy(r"[\w.-]+\s+mailing\s+list", re.IGNORECASE)


def _mailman_footer(chunks: list[Chunk], index: int) -> bool:
    """Rule ``mailman-footer``: Mailman appends to every post a rule of underscores over
    "listname mailing list", the list's address and its listinfo page. Guards: the chunk is
    those lines, its first naming the list in one word, and the line under it an address
    ("@") or a link ("://"), so a story's own line about a mailing list stays."""
    lines = chunks[index].lines
    if "mailing list" not in lines[0].lower() or chunks[index].role == "dropped":
        return False
    # A paragraph-per-line layout gives each footer line a chunk of its own.
    below = index + 1 < len(chunks) and chunks[index + 1].gap == 0
    under = lines[1] if len(lines) > 1 else chunks[index + 1].lines[0] if below else ""
    return ("@" in under or "://" in under) and _MAILMAN_LIST.fullmatch(
        lines[0].strip()
    ) is not None


def _underscore_rule(chunk: Chunk) -> bool:
    """A rule of underscores alone, as Mailman sets above its footer."""
    text = chunk.text.strip()
    return len(text) >= 10 and set(text) == {"_"}


def _mail_footer(chunks: list[Chunk], first: int, end: int) -> None:
    """Drop a mailing list's footer (sponsor block, group links) and everything after it.

    It is looked for among the chapter's last twelve lines that no rule has dropped: a web
    archive's copy repeats the page's head and the next message's header under the footer,
    and those (dropped already) do not push the footer out of reach."""
    for index in _last(chunks, first, end, 12, lambda i: chunks[i].role != "dropped"):
        if _mailman_footer(chunks, index):
            start = index - 1 if index > first and _underscore_rule(chunks[index - 1]) else index
            drop_all(chunks, range(start, end), "mailman-footer")
            return
        if (
            chunks[index].role == "text"
            and _may_start_footer(chunks[index].lines[0])
            and not _dash_breaks(chunks, first, end, index)
            and not _header_dash(chunks, first, index)
        ):
            # The "--" signature rule goes with the signature under it: left as a separator,
            # it would stand between a closing "THE END" and the author's words above it.
            # With nothing under it, it is read as a separator.
            alone = is_glyph_line(chunks[index].text) and index + 1 == end
            drop_all(chunks, range(index + 1 if alone else index, end), "mail-footer")
            return


# The longest line read as one tag in a list of one tag a line.
_LONGEST_TAG = 60
_HASHTAGS = lazy(r"(?:#[^#\s][^#]*?\s*){2,}")


# Rule ``post-source-line``: Tumblr's credit under a post that links where it came from,
# "Source: archiveofourown.org", a site's bare address and nothing else.
_SOURCE_LINE = lazy(r"source\s*:\s*(?:https?://)?(?:[\w-]{1,63}\.){1,4}[a-z]{2,12}(?:/\S*)?", re.I)


def _chrome_under_tags(text: str) -> bool:
    """What a post prints under its tags: its buttons, its date ("Oct 12, 2023" over "34
    notes", as a post copied from a blog's page shows it), its source link
    (``post-source-line``), its note count and the notes list ("name liked this",
    ``tumblr-notes-list``)."""
    return (
        is_site_chrome(text)
        or note_list_line(text)
        or post_date_line(text)
        or (text[:1] in "Ss" and _SOURCE_LINE.fullmatch(text.strip()) is not None)
    )


def _post_tags(chunks: list[Chunk], first: int, end: int) -> None:
    """The tag lines that close a blog post.

    Tumblr's "#fluff #my fic" line holds the story's tags; a LiveJournal or Dreamwidth
    "Tags:" line (and its indented continuation) files the post, and is dropped.
    """
    tag_lines = hashtag_lines(chunks, first, end, _chrome_under_tags)
    for index in tag_lines:
        # Tumblr's tags copied one to a line.
        tag = chunks[index].text.strip().lstrip("#").strip()
        chunks[index] = replace(
            chunks[index], role="field", rule="hashtag-lines", label="Tags", value=tag
        )
    if tag_lines:
        # Rule ``chrome-under-tags``: under the tags, only the post's chrome was passed over
        # (its date, note count, source link, buttons).
        for index in range(tag_lines[-1] + 1, end):
            if chunks[index].role == "text":
                chunks[index] = replace(chunks[index], role="dropped", rule="chrome-under-tags")
    for index in bare_tag_lines(chunks, first, end):
        tag = chunks[index].text.strip()
        chunks[index] = replace(
            chunks[index], role="field", rule="bare-tag-lines", label="Tags", value=tag
        )
    # The last six lines that an earlier rule has not dropped (a comment thread under a post),
    # the note count and the notes list under a post's tags not counted (the list may be long).
    for index in _last(chunks, first, end, 6, lambda i: _above_notes(chunks[i])):
        chunk = chunks[index]
        text = chunk.text
        if chunk.role != "text":
            continue
        if _HASHTAGS.fullmatch(text):
            tags = ", ".join(tag.strip() for tag in text.split("#") if tag.strip())
            chunks[index] = replace(
                chunk, role="field", rule="hashtag-line", label="Tags", value=tags
            )
            # Rule ``chrome-under-tags``: the note count, the notes list and the buttons
            # under the tag line are the post's chrome, not the author talking after the end.
            for under in range(index + 1, end):
                if chunks[under].role == "text" and _chrome_under_tags(chunks[under].text):
                    chunks[under] = replace(chunks[under], role="dropped", rule="chrome-under-tags")
        elif POST_TAGS_RE.fullmatch(text):
            # A bare "Tags:" label heads Dreamwidth's list of one tag a line ("fic",
            # "length: oneshot"), down to the blank line under it.
            listed = text.rstrip(" *_").endswith(":")
            for position in range(index, end):
                later = chunks[position]
                if position > index and not (
                    later.indent > 0
                    or ":" in later.text
                    or (listed and later.gap == 0 and len(later.text) <= _LONGEST_TAG)
                ):
                    break
                chunks[position] = replace(later, role="dropped", rule="post-tags")
            return


def _above_notes(chunk: Chunk) -> bool:
    """A line a post's closing tags may be: not dropped, and not the note count or a line of
    the notes list under them (``tumblr-notes-list``)."""
    return chunk.role != "dropped" and not note_list_line(chunk.text)


def _byline_names(chunks: list[Chunk], first: int) -> list[str]:
    """The names the header's bylines above ``first`` give the writer."""
    return [chunk.value or chunk.text for chunk in chunks[:first] if chunk.role == "byline"]


def _after_the_end(chunks: list[Chunk], first: int, end: int) -> None:
    """Short lines after a closing "THE END" are the author talking: an unlabelled note.

    The page's own footer under them (share links, "Top") is not the author's, and is left
    for the chapter's closing rules to drop.
    """
    tail = _last(
        chunks, first, end, 4, lambda i: chunks[i].role == "text" and not _chrome(chunks, i, first)
    )
    for position, index in enumerate(tail):
        if not match_end_marker(chunks[index].text) or position == len(tail) - 1:
            continue
        # Rule ``rule-under-the-end``: a rule (or a break's glyphs) right under "THE END"
        # sets the author's talk apart from the story, as a Markdown "---" does; it is no
        # part of the talk, and dropped with the chapter's closing breaks below.
        rest = tail[position + 1 :]
        while len(rest) > 1 and is_glyph_line(chunks[rest[0]].text):
            rest = rest[1:]
        after = _above_page_links(chunks, index, rest, first)
        # A "Disclaimer:" line there is the story's metadata (read as such below), not the
        # author talking: the note starts under it.
        after = [i for i in after if not is_disclaimer_field(chunks[i].text)]
        after = [i for i in after if not _contact_dropped(chunks, i)]
        if not after:
            return
        if all(len(chunks[i].text) <= 300 and not is_glyph_line(chunks[i].text) for i in after):
            chunks[index] = replace(chunks[index], role="end-marker", rule="end-marker")
            # Rule ``disclaimer-after-the-end``: a "Disclaimer:" there is the story's
            # disclaimer, put last; the talk is what follows it.
            talk = []
            for later in after:
                if (
                    disclaimer := disclaimer_field(chunks[later], "disclaimer-after-the-end")
                ) is None:
                    talk.append(later)
                else:
                    chunks[later] = disclaimer
            if talk and unlabelled_bio(chunks[talk[0]].text, _byline_names(chunks, first)):
                # The zine's bio of its writer, not her talk (submission_letter).
                drop_all(chunks, talk[:1], "unlabelled-contributor-bio")
                talk = talk[1:]
            if not talk:
                return
            first_note = chunks[talk[0]]
            # A labelled note after "The End" keeps its label ("Note de l'auteure : …"),
            # and so does one headed "N.B." there (``nota-bene-label``).
            found = match_note(first_note.text) or match_nota_bene(first_note.text)
            label, value = (found.label, found.rest) if found else ("", first_note.text)
            if found is None and (postscript := postscript_after_end(first_note.text)):
                label, value = postscript  # the writer's "PS:" (postscript)
            chunks[talk[0]] = replace(
                first_note, role="note", rule="talk-after-the-end", label=label, value=value
            )
            for later in talk[1:]:
                chunks[later] = replace(chunks[later], role="note-body", rule="talk-after-the-end")
            return


def _position_over_chrome(chunks: list[Chunk], index: int, end: int) -> bool:
    """Rule ``chapter-position-at-end``: a bare "Chapter 1 of 2" ("Kapitel 1 von 2") at a
    chapter's end, over the page's dropped chrome (its pager, its footer) or last: the page's
    place in the work, as a site prints it beside the pager under the text. An author's
    heading of that form opens a chapter; it never closes one."""
    text = chunks[index].text.strip()
    if len(text) > 30 or not chapter_position_line(text):
        return False
    return index + 1 >= end or (chunks[index + 1].role == "dropped" and chunks[index + 1].gap == 0)


def _contact_dropped(chunks: list[Chunk], index: int) -> bool:
    """Drop the line at ``index`` when it is only where comments go ("Comments to: …",
    contact_lines); say whether it was."""
    if not contact_line(chunks[index].text):
        return False
    chunks[index] = replace(chunks[index], role="dropped", rule="contact-field-after-the-end")
    return True


def _above_page_links(chunks: list[Chunk], marker: int, after: list[int], first: int) -> list[int]:
    """Rule ``footer-below-page-links``: of the lines after "THE END", those under the page's
    own links ("<< Back to Authors | Next in Series: … >>") are the site's footer ("The Hoard
    is a non-profit fan archive…"), not the author talking, and are dropped; the author's
    words stand above the links. A plea or a labelled note there is still the author's, and
    a "Disclaimer:" line is left to be read as one.
    Returns the lines above the links."""
    kept: list[int] = []
    linked = False
    for index in after:
        # A break's glyphs ("* * *") between are no page links, though chrome's rules know
        # them (``rule-under-the-end``).
        linked = linked or any(
            _chrome(chunks, i, first) and not is_glyph_line(chunks[i].text)
            for i in range(marker + 1, index)
        )
        text = chunks[index].text
        if linked and not (match_note(text) or closing_plea(text) or is_disclaimer_field(text)):
            chunks[index] = replace(chunks[index], role="dropped", rule="footer-below-page-links")
        else:
            kept.append(index)
    return kept


def _last(
    chunks: list[Chunk], first: int, end: int, count: int, wanted: Callable[[int], bool]
) -> list[int]:
    """The last ``count`` indexes in ``first``..``end`` that are ``wanted``, in order; looked
    for from the end, as only the chapter's last lines are."""
    found: list[int] = []
    for index in range(end - 1, first - 1, -1):
        if wanted(index):
            found.append(index)
            if len(found) == count:
                break
    return found[::-1]


def _chrome(chunks: list[Chunk], index: int, first: int) -> bool:
    """A site's line at the chapter's end: chrome, or a lone button beside chrome.

    Rule ``bracketed-end-marker``: a bracketed end mark ("[fin]", "[end]") has a link's
    shape, a word in brackets, but it is the writer's mark, not the page's link."""
    text = chunks[index].text
    before = [c.text for c in chunks[max(first, index - 2) : index]]
    return (
        (is_site_chrome(text) and not (text[:1] == "[" and match_end_marker(text)))
        or lone_button_among_chrome(text, before)
        or _ruled_chrome(chunks[index])
        or _back_link_last(chunks, index)
    )


# A link back to a site or page by its name: "Back to The Bridge of Dreams", "Return to
# Moonlit Fics". Capitalised words only (small words between), no sentence mark.
_BACK_TO_NAME = lazy(
    r"(?:back|return)\s+to\s+(?-i:(?:[Tt]he\s+)?[A-Z][\w'’&-]*"
    r"(?:\s+(?:[A-Z][\w'’&-]*|of|the|and|in|on|at|for|a|an|to|&)){0,7})",
    re.IGNORECASE,
)


def _back_link_last(chunks: list[Chunk], index: int) -> bool:
    """Rule ``back-link-at-end``: the file's last line, set in the middle of the page, a
    link back to the site by its name ("Back to The Bridge of Dreams"), as an old archive
    closes each story's text file. Only centred and only the file's last line: a story's
    own last line ("Back to London.") stands at the margin, or ends on a stop."""
    chunk = chunks[index]
    if not chunk.centred or index + 1 != len(chunks) or len(chunk.text) > 80:
        return False
    return chunk.text[:1] in "BbRr" and _BACK_TO_NAME.fullmatch(chunk.text.strip()) is not None


def _ruled_chrome(chunk: Chunk) -> bool:
    """Rule ``ruled-chrome``: a page's footer set under a rule with no blank line between
    ("=====" over "Back to my fic page | Email me | Sign my guestbook!"), which the layout
    reads as one paragraph. Every line is a rule or site chrome, and one at least is chrome,
    so a story's own line under a rule stays."""
    lines = chunk.lines
    if len(lines) < 2 or len(lines) > 6 or not any(is_glyph_line(line) for line in lines):
        return False
    chrome = [line for line in lines if not is_glyph_line(line)]
    # Rule ``ruled-page-footer``: a footer line the page-footer rules know (an archive's
    # credit) under the rule is chrome as well.
    return all(is_site_chrome(line) or page_footer(line) for line in chrome) or _ruled_colophon(
        lines
    )


# A copyright notice anywhere in a line: "copyright (c) 1993", "© 2004", "(c) 1998 by",
# "All rights reserved".
_COPYRIGHT_NOTICE = lazy(
    r"(?:copyright|©|\(c\))\s*(?:©|\(c\))?\s*\d{4}|all\s+rights\s+reserved", re.IGNORECASE
)


# The most lines of a notice between two rules under the story.
_COLOPHON_LINES = 6


def _ruled_colophon_run(chunks: list[Chunk], first: int, end: int) -> None:
    """Rule ``ruled-chrome`` (a colophon) when the layout kept the rules and the notice
    between them as chunks of their own: the last rule of the chapter, the text chunks
    right above it and the rule above them, with no blank line between, are dropped when
    the notice holds a copyright (see :func:`_ruled_colophon`)."""
    last = end - 1
    while last >= first and chunks[last].role == "dropped":
        last -= 1
    if last <= first or not is_glyph_line(chunks[last].text) or chunks[last].gap:
        return
    top = last - 1
    while top > first and chunks[top].role == "text" and not chunks[top].gap:
        if is_glyph_line(chunks[top].text) or last - top > _COLOPHON_LINES:
            break
        top -= 1
    if top == last - 1 or not is_glyph_line(chunks[top].text):
        return
    lines = tuple(line for chunk in chunks[top : last + 1] for line in chunk.lines)
    if _ruled_colophon(lines):
        for index in range(top, last + 1):
            chunks[index] = replace(chunks[index], role="dropped", rule="ruled-chrome")


def _ruled_colophon(lines: tuple[str, ...]) -> bool:
    """Rule ``ruled-chrome`` (a colophon): a zine's or a site's notice set between two rules
    under the story ("GENTLE CRAFT is an amateur publication. Letters of comment to the
    editor… All stories are copyright (c) 1993 by their authors."). Framed by rules above
    and below, and holding a copyright notice, so an author's note between rules stays."""
    if len(lines) < 3 or not (is_glyph_line(lines[0]) and is_glyph_line(lines[-1])):
        return False
    inner = " ".join(lines[1:-1])
    lowered = inner.lower()
    if not any(word in lowered for word in ("copyright", "©", "(c)", "rights reserved")):
        return False  # the cheap test first
    return _COPYRIGHT_NOTICE.search(inner) is not None
