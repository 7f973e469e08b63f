"""Bylines: the header lines that name a story's author, and the title line above them.

"by X" and the lines that carry on its names ("and", "Co-written with Z"), "Title by X" on
one line, a Share button's text, names alone under the title, a lone user name, and the
"@handle" under a display name. A title-like line is read here too, as a byline is often
told by the title over it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from fic2epub.lazy_re import lazy
from fic2epub.normalise.ao3_page import chapter_position_text
from fic2epub.normalise.blog import is_reading_time
from fic2epub.normalise.book_title_line import book_title_author
from fic2epub.normalise.chrome import is_site_chrome
from fic2epub.normalise.chunks import QUOTES, Chunk
from fic2epub.normalise.credit_lines import credit_line
from fic2epub.normalise.field_lines import field_line
from fic2epub.normalise.fields import bracket_rating_line, is_known_label, split_authors
from fic2epub.normalise.notes import is_structural, talks_to_readers
from fic2epub.normalise.patterns import (
    BYLINE_RE,
    COAUTHOR_RE,
    REVIEWS_LINK,
    TITLE_BY_RE,
    undecorate,
)
from fic2epub.normalise.share_text import (
    ao3_share_title,
    app_share_line,
    story_url_line,
    title_author_url_line,
)
from fic2epub.normalise.site_names import is_site_name

# "by the river…" is prose; "by wrenfield and …" is a byline.
_PROSE_AFTER_BY = lazy(
    r"(?:the|a|an|his|her|my|their|our|its|this|that|then|now|way|far|far|now|all|some|one|"
    r"himself|herself|themselves|myself|midnight|morning|evening|noon|dawn|dusk)\b",
)
# A user name: one lower-case token with a digit, "-" or "_" in it.
HANDLE = lazy(r"(?=\S*[-_\d])[a-z0-9][a-z0-9_.-]{2,39}")
# Rule ``byline-work-kind``: a writing site prints the kind of work after the author's name in
# brackets, "by Name (fan fiction)", "by Name (poetry)". Why: the bracket names the work, not
# the author, and with it the line read as no byline. Guard: only these kinds, closing the line.
_WORK_KIND = lazy(
    r"\s+\((?:fan\s*fic(?:tion)?|fanfic|original\s+fiction|fiction|poetry|short\s+story)\)",
    re.IGNORECASE,
)
# Rule ``byline-contact-link``: an archive page sets a link to write to the author after
# the name, copied as its bracketed text: "by Name [Contact]", "by Name [e-mail]", "by Name
# (Email)". The link is the page's, not part of the name. Guard: only these link words,
# alone in their brackets, closing the line.
_CONTACT_LINK = lazy(
    r"\s+(?:\[\s*(?:contact|e-?mail(?:\s+(?:me|author))?|profile|website|homepage)\s*\]"
    r"|\(\s*(?:contact|e-?mail(?:\s+(?:me|author))?)\s*\))\s*$",
    re.IGNORECASE,
)
# Rule ``byline-bracketed-aside``: the writer's aside in round brackets after her name,
# "by Sunna (a saga retelling, sort of. it goes so badly)": the aside is the writer talking
# about the story, not part of the name. Guard: one bracket closing the line, holding five
# words or more, so a short bracketed pen name or source ("by Ann (Old Ballads)") stays.
_BRACKETED_ASIDE = lazy(r"\s+\((?P<aside>[^()]{8,300})\)\s*$")
_ASIDE_WORDS = 5
# A Markdown link: "[name](https://…/users/name)".
_MARKDOWN_LINK = lazy(r"\[(?P<name>[^\[\]\n]{1,80})\]\((?:https?://|/)[^()\s]*\)")
# A line set wholly in emphasis: "*by X*", "_by X_", "**by X**".
_EMPHASISED_LINE = lazy(r"(?P<mark>\*{1,2}|_{1,2})(?P<inner>[^\s*_].*?[^\s*_]|[^\s*_])(?P=mark)")


def same_user_name(first: str, second: str) -> bool:
    """Whether two user names are one person's, case and spacing aside ("Mira K." and
    "mira k.", "hrodna_harvest" and "Hrodna_Harvest")."""
    return "".join(first.lower().split()) == "".join(second.lower().split())


def byline_names(text: str) -> tuple[str, ...] | None:
    """The names of a byline ("by X", "By: X and Y", a bare "By:"), else None.

    Rule ``emphasised-byline``: a Markdown file sets its byline in emphasis ("*by X*",
    "_by X_", "**By: X**"); the markers wrap the whole line and are not part of the names.

    Rule ``markdown-link-byline``: a converter's Markdown keeps each name's link to its
    profile ("by [name](https://archiveofourown.org/users/name)", html2text's AO3 byline):
    the name is the link's text, the address is the page's.
    """
    if "](" in text:
        text = _MARKDOWN_LINK.sub(r"\g<name>", text)
    if (wrapped := _EMPHASISED_LINE.fullmatch(text)) is not None:
        text = wrapped.group("inner")
    if text.endswith(")") and (kind := _WORK_KIND.search(text)) is not None:
        text = text[: kind.start()]
    if text.endswith(("]", ")")) and (link := _CONTACT_LINK.search(text)) is not None:
        text = text[: link.start()]
    if (
        text.endswith(")")
        and (aside := _BRACKETED_ASIDE.search(text)) is not None
        and len(aside.group("aside").split()) >= _ASIDE_WORDS
    ):
        text = text[: aside.start()]
    found = BYLINE_RE.fullmatch(text)
    if not found:
        return None
    names = found.group("names").strip()
    if "eta" in names or "dited" in names or "roof" in names:
        names = _without_beta_credit(names)
    if not names:
        return () if re.search(r"by\s*:?\s*$", text, re.IGNORECASE) else None
    if len(names) > 80 or len(names.split()) > 8 or _PROSE_AFTER_BY.match(names):
        return None
    # Handles are often lower case, but a run of lower-case words is a sentence ("By day I
    # weave the shroud"), not a list of names.
    plain_words = [w for w in names.split() if w.islower() and w not in ("and", "with", "&")]
    if len(plain_words) >= 2 and not _handle_list(names) and not _titled_name(names):
        return None
    if names.endswith((".", ",", ";")) and not re.search(r"\b\w\.$", names):
        return None
    # Rule ``at-handle-byline``: "by @chalk_and_slate": split_authors drops the "@" a site
    # prints before a user name (fields.at-handle-name).
    return split_authors(names)


# Rule ``byline-beta-credit``: the byline thanks the beta reader after the author's names,
# "written by Nell Strand, beta'd by kit_morrow", "by wren (beta: sparrow)", "by Ash; edited
# by Rue". The beta reads the story, not writes it: the credit after the comma, semicolon
# or bracket is no author's name. Guards: the credit opens with a beta's or an editor's
# word and "by" or a colon, and names precede it.
_BETA_CREDIT = lazy(
    r"\s*(?:,|;|\(|\s-\s|\s–\s)\s*(?:and\s+)?(?:beta(?:['’]?d|ed|-?\s?read)?|edited|proof-?read)"
    r"\s*(?:by\b|:)\s*\S.*",
    re.IGNORECASE,
)


def _without_beta_credit(names: str) -> str:
    """The byline's names without a beta reader's credit after them (byline-beta-credit)."""
    found = _BETA_CREDIT.search(names)
    return names[: found.start()].strip() if found is not None and found.start() else names


# The small words a pen name in the old style joins its capitalised words with.
_NAME_PARTICLES = frozenset("of the de la le du da di del van von der".split())
# The most capitalised words such a pen name holds ("Lady Anne de la Mare"): a longer run
# of capitals joined by "of" and "the" is a heading or an institution's name.
_MOST_NAME_WORDS = 4
# Common nouns an authority's phrase opens with after "by" ("By Order of the Ministry",
# "By Appointment to the Crown", "By Decree of the Council"): a notice in the story, no
# one's name.
_AUTHORITY_NOUNS = frozenset(
    "order orders command decree appointment authority permission leave request royal "
    "grace right rights act law power virtue means way dint kind courtesy".split()
)


def _titled_name(names: str) -> bool:
    """Rule ``byline-particle-name``: a pen name in the old style, "Maud of the Marsh",
    "Warden of the Weir": at most four capitalised words joined only by small particles
    ("of", "the", "de", "von"), first and last word capitalised. A sentence after "by" has
    lower-case words of its own ("by order of the king"), and an authority's phrase opens
    with a common noun ("By Order of the Ministry"), which no pen name does."""
    words = names.split()
    if len(words) < 3 or not (words[0][:1].isupper() and words[-1][:1].isupper()):
        return False
    if words[0].lower() in _AUTHORITY_NOUNS:
        return False
    if sum(1 for word in words if word[:1].isupper()) > _MOST_NAME_WORDS:
        return False
    return all(word[:1].isupper() or word in _NAME_PARTICLES for word in words)


def _handle_list(names: str) -> bool:
    """Rule ``byline-handle-list``: co-creators' user names listed with commas ("by
    wrenfield, ash_and_ember"), each one lower-case token, at least one a handle (with a
    "_", "-" or digit), as AO3 writes a shared byline; a sentence's words are never so.
    Two co-authors may be joined by a spaced "&" instead ("by wren_x & sparrow"): a
    sentence joins words with "and", seldom with "&" after a handle."""
    items = [item.strip() for item in _LIST_SPLIT.split(names)]
    if not 2 <= len(items) <= 6 or not all(_LIST_ITEM.fullmatch(item) for item in items):
        return False
    return ("," in names or " & " in names) and any(HANDLE.fullmatch(item) for item in items)


_LIST_SPLIT = lazy(r"\s*,\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+")
_LIST_ITEM = lazy(r"[\w.-]{2,40}")


def consume_byline(chunks: list[Chunk], index: int) -> int:
    """Mark a byline and the lines that carry on its names ("and", "Y", "Co-written with Z")."""
    names = byline_names(chunks[index].text) or ()
    emphasised = _EMPHASISED_LINE.fullmatch(chunks[index].text) is not None
    rule = "emphasised-byline" if emphasised else "byline"
    chunks[index] = replace(chunks[index], role="byline", rule=rule, value="\n".join(names))
    index += 1
    pending = not names
    while index < len(chunks):
        chunk = chunks[index]
        text = undecorate(chunk.text)
        if chunk.gap >= 2 or is_structural(chunk) or field_line(text) is not None:
            break
        if text.lower() in ("and", "&", "with", "+"):
            value, pending = "", True
        elif (found := COAUTHOR_RE.fullmatch(text)) and len(text) <= 80:
            value, pending = "\n".join(split_authors(found.group("names"))), False
        elif pending and _name_like(text):
            value, pending = "\n".join(split_authors(text)), False
        else:
            break
        chunks[index] = replace(chunk, role="byline", rule="byline-continues", value=value)
        index += 1
    return index


def issue_line(text: str) -> bool:
    """Rule ``issue-line-not-byline``: a zine's or a newsletter's issue line under its cover
    title ("Issue 1 — Winter 2024", "Vol. 3, No. 2") numbers the issue; it names nobody.
    (Cheap test first: a digit in the line.)"""
    return len(text) <= 60 and any(c.isdigit() for c in text) and bool(_ISSUE_LINE.search(text))


def bare_byline(chunks: list[Chunk], index: int) -> bool:
    """Names alone under the title ("wren & sparrow"), with header matter, not prose, next."""
    text = chunks[index].text
    if not _name_like(text) or text[:1] in QUOTES:
        return False
    if issue_line(text):
        return False  # issue-line-not-byline
    if text.endswith((")", "]")) and (_PART_COUNT_END.search(text) or _RATING_END.search(text)):
        # Rule ``part-count-not-byline``: "Crumbs (1/2)" is a post's title counting the
        # story's instalments, as a blog heads each part; no pen name counts parts.
        # Rule ``rated-subject-not-byline``: nor does one carry a rating: "Ёлка. «Шкатулка»
        # (G)", "Hoarfrost (PG-13)", "Hoarfrost (Some Saga, PG-13)" is a journal post's
        # subject.
        return False
    after = chunks[index + 1] if index + 1 < len(chunks) else None
    if after is None:
        return False
    if byline_names(after.text):
        # A line above "by X" is the title (or a subtitle), not more names.
        return False
    if re.search(r"\s(?:&|and)\s", text) and len(text.split()) <= 6:
        return True
    if after.gap == 0 and AT_HANDLE.fullmatch(after.text.strip()):
        # Rule ``name-above-handle``: a site shows the author's display name over their
        # "@handle" (Quotev, Wattpad's profile card); the name is the byline.
        return True
    if after.gap == 0 and _handles_above_header(chunks, index):
        return True
    # A browser's reader view sets the post's byline just above its reading time.
    reading_time = is_reading_time(after.text, in_header=True)
    # Rule ``handle-over-story-url``: a reader's copy heads the story text with its title,
    # the author's handle and the story's address, one a line; the address right under the
    # name shows the name is the header's, not the story's first line.
    url_below = after.gap == 0 and story_url_line(after.text) is not None
    return is_structural(after) or starts_header_line(after) or reading_time or url_below


# A periodical's issue number: "Issue 1", "Vol. 3", "Volume 2", "No. 4".
_ISSUE_LINE = lazy(r"\b(?:issue|vol\.?|volume|no\.)\s*#?\d", re.IGNORECASE)
# Two writers' names joined by "&" or "and": each side a personal name or a user name.
_PAIR = lazy(r"(?P<first>[^&]{2,40}?)\s+(?P<join>&|and)\s+(?P<second>[^&]{2,40})")
_PAIR_NAME = lazy(r"(?:[^\W\d_][\w'’.-]*)(?:\s+[^\W\d_][\w'’.-]*){0,2}")


def pair_byline_over_header(chunks: list[Chunk], index: int) -> bool:
    """Rule ``subtitle-above-pair-byline``: two co-writers' names alone on a line ("Ann Lowe &
    Ben Hart"), the header's notes or the first heading after a blank line under it, are
    the byline; the short line between it and the title is then the title's subtitle.

    Guards: each side a name of one to three capitalised words, or a user name; with "and",
    each a full name or a user name, so a subtitle such as "Pride and Prejudice" is no
    pair. The line under it must end the header (a note, a heading, a break), not be prose.
    """
    if index + 1 >= len(chunks):
        return False
    chunk, after = chunks[index], chunks[index + 1]
    text = chunk.text.strip()
    if len(chunk.lines) != 1 or not after.gap or not _name_like(text):
        return False
    found = _PAIR.fullmatch(text)
    if found is None:
        return False
    sides = (found.group("first"), found.group("second"))
    if not all(HANDLE.fullmatch(side) or _pair_name(side, found.group("join")) for side in sides):
        return False
    return is_structural(after) or starts_header_line(after)


def _pair_name(side: str, join: str) -> bool:
    """A personal name on one side of a pair: capitalised words, two or more with "and"."""
    if not _PAIR_NAME.fullmatch(side) or not all(word[:1].isupper() for word in side.split()):
        return False
    return join == "&" or len(side.split()) >= 2


def handle_over_chrome(chunks: list[Chunk], index: int) -> bool:
    """Rule ``handle-over-chrome``: a user name alone under the title, the site's chips or
    counts right under it ("Fan Fiction · Romance", "1.2K views"), as a story page copied on
    a phone (no blank lines) sets its author. Only a lower-case handle (with "_", "-" or a
    digit): a story's first line is never one over the page's chrome."""
    text = chunks[index].text.strip()
    if index + 1 >= len(chunks) or not HANDLE.fullmatch(text):
        return False
    after = chunks[index + 1]
    return after.gap == 0 and _chrome_line(after)


def _chrome_line(chunk: Chunk) -> bool:
    """A line of the page's chrome: dropped already, or a site's name or chips or counts."""
    return chunk.role == "dropped" or is_site_name(chunk.text) or is_site_chrome(chunk.text)


def _handles_above_header(chunks: list[Chunk], index: int) -> bool:
    """Rule ``creator-per-line``: AO3's work page, copied from a browser, lists co-creators
    one a line under the title ("wick_and_wax" over "lamplighter"), then "Summary:". Only
    single-word handles (or "pseud (user)"), two to four of them, right above a header line.
    """
    end = index
    while (
        end < len(chunks)
        and end - index < 4
        and chunks[end].role == "text"
        and _HANDLE_LINE.fullmatch(chunks[end].text)
    ):
        if end > index and chunks[end].gap:
            return False
        end += 1
    if end - index < 2 or end >= len(chunks) or chunks[end].gap > 1:
        return False
    return starts_header_line(chunks[end]) or is_structural(chunks[end])


# One creator as AO3 prints it: a user name, or a pseud with the user name in brackets.
_HANDLE_LINE = lazy(r"[\w.-]{2,40}(?: \([\w.-]{2,40}\))?")
# A user's handle alone on its line, as a profile card prints it under the display name.
AT_HANDLE = lazy(r"@[\w.-]{2,40}")
# An instalment count closing a line: "(1/2)", "[2 of 3]", "(part 1/4)".
_PART_COUNT_END = lazy(
    r"[(\[]\s*(?:part\s+)?\d{1,3}\s*(?:/|\bof\b)\s*(?:\d{1,3}|\?)\s*[)\]]$", re.IGNORECASE
)


# A rating in brackets closing a line: "(G)", "(PG-13)", "[NC-17]", "(R)"; or last in a
# bracketed list after the fandom, as a journal post's subject gives it: "(Fandom, PG-13)".
_RATING_END = lazy(
    r"[(\[]\s*(?:[^()\[\]]{1,80}[,;|/]\s*)?(?:G|PG(?:-?1[35])?|R|NC-?1[78]|NC-?21|PG-?15)\s*[)\]]$"
)


# An archive's reviews link closing a line: "[Reviews - 5]", "[Reviews: 12]".
_REVIEWS_LINK = lazy(rf"\s+{REVIEWS_LINK}$", re.IGNORECASE)


def _name_like(text: str) -> bool:
    """A short line that can be a pen name: a few words, no sentence punctuation."""
    return 0 < len(text) <= 60 and len(text.split()) <= 5 and not text.endswith((".", "!", "?"))


def shared_title(chunks: list[Chunk], index: int) -> tuple[str, str, str] | None:
    """The title, authors and rule name of a Share button's text at ``index``, else None."""
    text = chunks[index].text
    if (found := app_share_line(text)) is not None:
        return found[0], "\n".join(split_authors(found[1])), "app-share-line"
    if (names := ao3_share_title(chunks, index)) is not None:
        return names[0], names[1], "ao3-share-title"
    # The reader's line tops the file: only dropped framing may stand above it.
    framed_only = all(c.role == "dropped" for c in chunks[:index])
    if framed_only and (book := book_title_author(text)) is not None:
        return book[0], book[1], "book-title-author-line"
    reader_line = title_author_url_line(text)
    if reader_line is not None and framed_only:
        return reader_line[0], "\n".join(split_authors(reader_line[1])), "title-author-url-line"
    return None


def title_and_byline(chunks: list[Chunk], index: int) -> tuple[str, str] | None:
    """ "Title by Author" on one line, at the top or above more header lines."""
    chunk = chunks[index]
    text = chunk.text
    if text.endswith("]"):
        # eFiction's all-chapters page sets the reviews link beside the byline ("Title by
        # name [Reviews - 5]"): the link is the site's, not part of the name.
        text = _REVIEWS_LINK.sub("", text)
    found = TITLE_BY_RE.fullmatch(text)
    if found is None or chunk.continues:
        return None
    after = _next_unframed(chunks, index)
    if after is not None and credit_line(after.text) is not None:
        # Rule ``title-over-credit-line``: the line below credits the writers ("a roleplay
        # by quill & ember"), so this line's "by" is the title's own ("Night by the River").
        return None
    header_follows = after is not None and (
        is_structural(after)
        or field_line(after.text) is not None
        or bracket_rating_line(after.text) is not None
        or _chapter_line_below(after, found.group("names"))
    )
    if index > 0 and not header_follows:
        return None
    title = found.group("title").strip().strip('"“”')
    names = found.group("names").strip()
    if not _name_like(names) or not title:
        return None
    lower_phrase = names[:1].islower() and " " in names and not handles_only(names)
    if lower_phrase and not (header_follows and _one_word_names(names)):
        return None
    return title, "\n".join(split_authors(names))


def _one_word_names(names: str) -> bool:
    """Rule ``co-author-title-line``: over an archive's info block, "Title by nightcandle and
    Ferrule" credits two writers, a lower-case user name beside a capitalised one. With the
    header's fields under the line, a list of one-word names joined by "and" or "&", one of
    them capitalised or handle-shaped, is a byline; a phrase ("by the river and sea") has a
    name of two words or none capitalised."""
    parts = split_authors(names)
    return (
        len(parts) > 1
        and all(" " not in part for part in parts)
        and any(part[:1].isupper() or HANDLE.fullmatch(part) for part in parts)
    )


def handles_only(names: str) -> bool:
    """Rule ``joined-handles-byline``: "by marisol_cane & tobacco_and_salt" names two user
    handles joined by "&" or "and", as an archive's title line credits co-authors. A lower-case
    name with a space is prose ("Night by the river") unless every name the split gives is
    one handle-shaped word (an underscore, a digit or a hyphen in it); "candle & moon" stays
    prose."""
    parts = split_authors(names)
    return len(parts) > 1 and all(HANDLE.fullmatch(part) for part in parts)


# A site's logo line: its name and its tagline on one line, set apart by a separator
# ("Pampa Books :: a fiction archive", "The Lamp Room | stories of the sea"), or a name that
# says what the site is ("The Harbour Fiction Archive").
_LOGO_LINE = lazy(
    r"[^\s:|]\S*(?:\s+\S+){0,7}\s+(?:::|\||·|•|–|—|-|~)\s+\S.{0,80}"
    r"|.{0,80}\b(?:archives?|fan\s*fic(?:tion)?s?|library|fic\s+collection)\b.{0,80}",
    re.IGNORECASE,
)


def title_under_site_name(chunks: list[Chunk], index: int) -> tuple[str, str] | None:
    """Rule ``site-name-over-title-by``: an archive's printable page opens on the archive's
    name, then the story's "Title by Author" line over its info block. The header took the
    name for the title, as the file's first line; the "Title by Author" line right under
    it, with the header's fields under it, is the story's own title line. Returns its title
    and authors, else None.

    Guards: the line above is the file's first kept line, taken as a bare title, and reads as
    a site's logo (a name and tagline split by a separator, or a name saying "archive",
    "fan fiction", "library"); this line passes ``title_and_byline`` with header fields or
    a structural line under it. A subtitle with its own "by" ("Book Two by Name") under a
    plain title stays the byline the other rules read."""
    if index == 0 or len(chunks[index - 1].text) > 120:
        return None
    above = chunks[index - 1]
    if (above.role, above.rule) != ("title", "bare-title-line") or above.gap > 2:
        return None
    if any(chunk.role != "dropped" for chunk in chunks[: index - 1]):
        return None
    if not _LOGO_LINE.fullmatch(above.text.strip()):
        return None
    return title_and_byline(chunks, index)


def _chapter_line_below(after: Chunk, names: str) -> bool:
    """Rule ``efiction-chapter-line-below``: an eFiction chapter page whose template shows no
    info block sets the chapter's own "Chapter title by Name" line under the story's "Title
    by Name" line and the page's links; the same name on both says the upper line is the
    story's title, not a line of prose."""
    if " by " not in after.text or after.continues:
        return False
    below = TITLE_BY_RE.fullmatch(_REVIEWS_LINK.sub("", after.text))
    return below is not None and below.group("names").strip() == names.strip()


def _next_unframed(chunks: list[Chunk], index: int) -> Chunk | None:
    """The next chunk below ``index`` that is not site framing, looking five chunks ahead.

    An archive's chapter page puts its links ("[Reviews - 6]  Printer") and controls ("- Text
    Size +") between "Title by Author" and the story's info block; Twisting the Hellmouth
    puts the page's place ("Chapter 2 of 4") there. eFiction's story page may set each on
    a line of its own: "[Reviews - 5]", "Table of Contents   Report This", "Printer   Chapter
    or Story", "- Text Size +".
    """
    for after in chunks[index + 1 : index + 6]:
        if after.role == "dropped" or is_site_chrome(after.text):
            continue
        if not chapter_position_text(after.text):
            return after
    return None


def handle_line(chunks: list[Chunk], index: int) -> bool:
    """A lone user name: "kit-writes", or "thimbleandthistle" above a "Follow" link."""
    text = chunks[index].text
    if HANDLE.fullmatch(text):
        return True
    after = chunks[index + 1] if index + 1 < len(chunks) else None
    plain = re.fullmatch(r"[a-z][a-z0-9]{4,39}", text) is not None
    return plain and after is not None and is_site_chrome(after.text)


def byline_next(chunks: list[Chunk], index: int) -> bool:
    """Whether a byline follows at once: then a line such as "Royal Road" is a story's title,
    not the site's name."""
    after = chunks[index + 1] if index + 1 < len(chunks) else None
    return after is not None and after.gap <= 1 and byline_names(after.text) is not None


def starts_header_line(chunk: Chunk) -> bool:
    """A chunk that opens a header line (a known field or a byline): it ends a note."""
    field = field_line(chunk.text)
    return (field is not None and is_known_label(field[0])) or byline_names(chunk.text) is not None


def title_like(chunk: Chunk) -> bool:
    """A short line that reads as a title, not as the first sentence of the story."""
    text = chunk.text
    # A line set apart by a deliberate break (``continues``) may be one: wrapped text's header
    # lines ("Harbour Lights" over "By: …") each stand alone that way.
    if len(text) > 100 or len(text.split()) > 15:
        return False
    if text.endswith((".", ",", ";", ":")) and not text.endswith(("...", "…")):
        return False
    if text[:1] in QUOTES and not (text[-1:] in QUOTES and len(text) < 60):
        return False
    return chunk.centred or not talks_to_readers(text)


def title_cased_over_byline(chunks: list[Chunk], index: int) -> bool:
    """Rule ``title-cased-over-byline``: a title that opens as an author talks ("I Hope I
    Don't Intrude", "I Remember Rain") is a title all the same where it stands right over a
    byline ("By: name") written in title case: a note to readers is a sentence, with its
    short words and verbs in lower case, and has no byline under it.

    Every word of four letters or more must start with a capital (an apostrophe's tail aside),
    the line must not end as a sentence does, and hold no smiley.
    """
    text = chunks[index].text.strip()
    # Cheap first: only the "I …" openings title_like refuses come here.
    if text[:1] != "I" or len(text) > 80 or text.endswith((".", ",", ";", ":", "!")):
        return False
    words = [word.strip(_WORD_EDGES) for word in text.split()]
    if len(words) < 2 or any(len(word) >= 4 and not word[:1].isupper() for word in words):
        return False
    return byline_next(chunks, index) and not _SMILEY_IN.search(text)


# Punctuation around a title's words, stripped before the case test.
_WORD_EDGES = "\"'‘’“”()[]—–-…?!,"
# A smiley anywhere in the line: a note's mark, never a title's.
_SMILEY_IN = lazy(r"[:;=]-?[)(DPp]|<3|\^\^")
