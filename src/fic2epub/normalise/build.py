"""Pass ``build``: chunks with roles -> the Story model (metadata, notes, chapters, blocks)."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import replace
from typing import NamedTuple

from fic2epub.background import map_shared
from fic2epub.lazy_re import lazy
from fic2epub.model import (
    Align,
    Block,
    Chapter,
    EndMarker,
    Inline,
    LineBreak,
    Note,
    NoteOrigin,
    Paragraph,
    Part,
    SceneBreak,
    Story,
    plain_text,
)
from fic2epub.model_wire import SentChapter, received_chapter, sent_chapter
from fic2epub.normalise.ao3_interface_i18n import is_chapter_text_marker, points_to_chapter_end
from fic2epub.normalise.blogger_post import blogger_posters
from fic2epub.normalise.body import chapter_regions
from fic2epub.normalise.breadcrumbs import breadcrumb_fandoms, breadcrumb_title
from fic2epub.normalise.chunks import Chunk, Chunks
from fic2epub.normalise.deviantart import info_block_authors
from fic2epub.normalise.emphasis import emphasis
from fic2epub.normalise.ffn_byline import RULE as FFN_ACCOUNT_BYLINE
from fic2epub.normalise.ffn_page import page_chapter_heading
from fic2epub.normalise.fields import LIST_FIELDS, field_for, split_authors
from fic2epub.normalise.form_subtitle import works_owner
from fic2epub.normalise.header import story_start
from fic2epub.normalise.heading_lines import heading_title
from fic2epub.normalise.labels_i18n import regional_language
from fic2epub.normalise.language import language_of, stop_word_shares
from fic2epub.normalise.language_field import text_language
from fic2epub.normalise.metadata import MetadataBuilder, bold_field_value
from fic2epub.normalise.page_top_headings import PART_FIELD_CHAPTER
from fic2epub.normalise.part_epigraphs import is_part_epigraph
from fic2epub.normalise.patterns import SEQUEL_RE
from fic2epub.normalise.piece_writers import piece_writers
from fic2epub.normalise.script import script_language
from fic2epub.normalise.tagged_fandoms import tagged_crossover
from fic2epub.normalise.title_tags import tagged_bracket
from fic2epub.normalise.typography import typography, typography_many
from fic2epub.normalise.word_count import count_words

_AO3_WORK_NOTES = lazy(r"(?:end\s+)?notes", re.IGNORECASE)


def paragraph(chunks: Sequence[Chunk], texts: Sequence[str]) -> Paragraph:
    """One paragraph from a chunk, or from a run of lines joined by deliberate breaks.

    ``texts`` are the chunks' texts, already typographically corrected.
    """
    if len(texts) == 1:
        # Most paragraphs: one chunk, whose runs are the content as they come.
        align: Align = "center" if chunks[0].centred else "start"
        return Paragraph(content=emphasis(texts[0]), align=align)
    align = "center" if all(chunk.centred for chunk in chunks) else "start"
    content: list[Inline] = []
    for position, text in enumerate(texts):
        if position:
            content.append(LineBreak())
        content.extend(emphasis(text))
    return Paragraph(content=tuple(content), align=align)


def _block_text(chunk: Chunk) -> str:
    return chunk.value if chunk.role == "note" else chunk.text


def blocks_of(chunks: Sequence[Chunk]) -> tuple[Block, ...]:
    """Story blocks from text, scene-break and end-marker chunks, in order."""
    wanted = [c for c in chunks if c.role in _PROSE or c.role == "end-marker"]
    # The loop below meets the wanted chunks in this same order: each takes its text in turn.
    corrected = iter(typography_many([_block_text(c) for c in wanted]))
    blocks: list[Block] = []
    run: list[Chunk] = []
    texts: list[str] = []
    for chunk in chunks:
        role = chunk.role
        if role == "scene-break":
            if run:
                blocks.append(paragraph(run, texts))
                run, texts = [], []
            blocks.append(SceneBreak(marker=chunk.text))
        elif role == "end-marker":
            if run:
                blocks.append(paragraph(run, texts))
                run, texts = [], []
            blocks.append(EndMarker(text=_unemphasised(next(corrected))))
        elif role in _PROSE:
            text = next(corrected)
            if run and (chunk.break_before or not chunk.continues):
                blocks.append(paragraph(run, texts))
                run, texts = [], []
            if chunk.break_before:
                blocks.append(SceneBreak(marker=""))
            if _block_text(chunk):
                run.append(chunk)
                texts.append(text)
    if run:
        blocks.append(paragraph(run, texts))
    return tuple(blocks)


_PROSE = ("text", "note", "note-body")

# An end marker set wholly in Markdown emphasis: "*Fin.*", "_fin_", "**The End**".
_WRAPPED = lazy(r"(?P<mark>\*{1,3}|_{1,3})(?P<inner>[^*_\s](?:.{0,38}[^*_\s])?)(?P=mark)")


def _unemphasised(text: str) -> str:
    """Rule ``emphasised-end-marker``: the end marker without the emphasis marks around it;
    the marks set the words, they are not the words."""
    if text[:1] not in "*_":
        return text
    found = _WRAPPED.fullmatch(text.strip())
    return found.group("inner") if found else text


class _Notes:
    """Notes collected from a run of chunks, in order."""

    def __init__(self) -> None:
        self.notes: list[Note] = []

    def collect(self, chunks: Sequence[Chunk], origin: NoteOrigin) -> None:
        current: list[Chunk] = []
        label = ""
        for chunk in chunks:
            if chunk.role == "note":
                self._close(label, current, origin)
                label, current = chunk.label, [chunk]
            elif chunk.role == "note-body" and current:
                current.append(chunk)
        self._close(label, current, origin)

    def _close(self, label: str, chunks: list[Chunk], origin: NoteOrigin) -> None:
        if chunks and chunks[0].text.startswith("*") and chunks[-1].text.endswith("*"):
            # "*A/N: …*": the whole note set in italics; the markers frame it, nothing else.
            last = chunks[-1]
            chunks = [*chunks[:-1], replace(last, text=last.text.rstrip("*").rstrip())]
            if chunks[-1].role == "note":
                chunks[-1] = replace(chunks[-1], value=chunks[-1].value.rstrip("*").rstrip())
        if len(chunks) > 1 and _bracket_closes_note(chunks):
            # "[A/N: …" or "(…" opened a bracket that its last paragraph closes; the opening
            # bracket is already out of the note's value (bracketed-note, the note label).
            last = chunks[-1]
            chunks = [*chunks[:-1], replace(last, text=last.text[:-1].rstrip())]
        blocks = blocks_of(chunks) if chunks else ()
        if "'" in label:
            # Rule ``note-label-typeset``: any label typed with a straight apostrophe
            # ("Author's Note:", eFiction's "Author's Chapter Notes:") is typeset like the
            # note under it, so the book names it "Author’s Note" whichever way the site or
            # writer typed it.
            label = typography(label, dashes=False)
        if blocks:  # a label with nothing under it (a web form's "Note:") is no note
            self.notes.append(Note(label=label, blocks=blocks, origin=origin))


# A smiley whose ")" ends a note: ":)", ";-)", "=)". The ")" is the face's, not a bracket's.
_SMILEY_END = lazy(r"(?:^|\s)[:;=8]-?\)$")


def _bracket_closes_note(chunks: Sequence[Chunk]) -> bool:
    """Rule ``note-closing-bracket``: a note over several paragraphs whose first opens a
    bracket ("[" or "(") and whose last ends with the matching one; that bracket frames
    the note and is dropped. Not a closing ")" that is a smiley's (":)"), nor one that
    closes a bracket of the last paragraph's own ("… (see part one)")."""
    opener, last = chunks[0].text[:1], chunks[-1].text
    closer = {"[": "]", "(": ")"}.get(opener)
    if closer is None or not last.endswith(closer):
        return False
    if closer == ")" and _SMILEY_END.search(last):
        return False
    # The brackets balance over the whole note only when the last one closes the first.
    joined = "".join(chunk.text for chunk in chunks)
    return joined.count(opener) == joined.count(closer)


def build_story(chunks: Chunks, *, source: str, fallback_title: str) -> Story:
    """Assemble the Story from classified chunks."""
    start = story_start(chunks)
    meta = MetadataBuilder()
    front = _Notes()
    title = _read_header(chunks[:start], meta, front)
    if title is None:
        title = _link_card_title(chunks[start:], meta)
    # The parts are laid out first, each with the chapter jobs it holds; the chapters, which
    # are most of the work and independent of each other, are then built all at once.
    outline: list[tuple[str | None, tuple[Block, ...], list[_ChapterJob]]] = []
    jobs: list[_ChapterJob] = []
    part_title: str | None = None
    epigraph: tuple[Block, ...] = ()
    regions = chapter_regions(chunks, start)
    for first, end in regions:
        head = chunks[first - 1] if first > start else None
        if head is None and (len(regions) == 1 or _titled_pages(chunks, regions)):
            # A lone chapter page with no heading of its own is named by its page title, and
            # so is the first of several whose later ones are (ffn-page-title-chapter).
            head = page_chapter_heading(chunks[:start])
        if head is None and title and _sequel_follows(chunks, regions, first):
            # Rule ``story-before-sequel``: a story with its sequel appended under a
            # "Sequel: Title" heading has no heading of its own; it is the story the file's
            # title names, so its chapter bears that title.
            head = replace(
                chunks[first], text=title, role="heading", rule="story-before-sequel", value=title
            )
        if head is not None and head.role == "part":
            if jobs or part_title is not None:
                outline.append((part_title, epigraph, jobs))
            part_title, epigraph, jobs = typography(head.text, dashes=False), (), []
            if is_part_epigraph(chunks[first:end]):
                # Rule ``part-epigraph``: the lines under the part heading are the part's.
                epigraph = blocks_of([c for c in chunks[first:end] if c.role == "text"])
                continue
            if not any(chunk.role == "text" for chunk in chunks[first:end]):
                continue
            head = None
        region = chunks[first:end]
        _chapter_fields(region, meta)
        number = len(jobs) + 1 + sum(len(held) for _, _, held in outline)
        jobs.append(_ChapterJob(region, head, number))
    if jobs or part_title is not None or not outline:
        outline.append((part_title, epigraph, jobs))
    everything = [job for _, _, held in outline for job in held]
    built = iter(
        map_shared(
            _built_chapter,
            everything,
            _ChapterJob.size,
            least=_SHARED_WORK,
            send=_sent_chapter,
            receive=_received_chapter,
        )
    )
    words = 0
    parts: list[Part] = []
    for title_of_part, part_epigraph, held in outline:
        chapters: list[Chapter] = []
        for chapter, count in itertools.islice(built, len(held)):
            chapters.append(chapter)
            words += count
        parts.append(Part(title=title_of_part, chapters=tuple(chapters), epigraph=part_epigraph))
    parts = _epilogue_outside_parts(parts)
    if "authors" not in meta.values:
        # A blog post whose header names no author: the poster under the post wrote it.
        meta.add_list("authors", blogger_posters(chunks[start:]))
    if "authors" not in meta.values:
        meta.add_list("authors", info_block_authors(chunks[start:]))
    if "authors" not in meta.values:
        # An anthology whose header names no editor: its pieces' writers (piece_writers).
        meta.add_list("authors", piece_writers(chunks[start:]))
    if "authors" not in meta.values and title and (owner := works_owner(title)) is not None:
        # A writer's "complete works — name" export (complete-works-owner).
        meta.add_list("authors", [owner])
    # Without a language field, the story's own paragraphs tell its language: their script
    # (Cyrillic, Greek, kana…) or, in Latin script, their commonest words.
    paragraphs = [chunk.text for chunk in chunks[start:] if chunk.role == "text"]
    # Sampled once: the same shares tell the language, or check a field's (language_field).
    shares = stop_word_shares(paragraphs)
    written_in = script_language(paragraphs) or language_of(shares)
    metadata = meta.build(title=title or fallback_title, language=written_in)
    if "language" in meta.values:
        # A field the whole text gives the lie to (language_field).
        metadata = replace(metadata, language=text_language(metadata.language, shares))
    if metadata.fandoms and " / " in metadata.fandoms[0]:
        # A "Fandom: A / B" line the post's tags confirm as a crossover (tagged_fandoms).
        metadata = replace(metadata, fandoms=tagged_crossover(metadata.fandoms, chunks[start:]))
    language = regional_language(metadata.language, (chunk.text for chunk in chunks[:start]))
    story = Story(
        metadata=replace(metadata, language=language, word_count=words),
        front_notes=tuple(front.notes),
        parts=tuple(parts),
        source=source,
    )
    # AO3 points from the work's notes to "the end of the work" when it has end notes too;
    # its pointer "for other works inspired by this one" alone points to no notes.
    pointed = any(
        c.rule == "ao3-pointer" and "work" in c.text.lower() and "notes" in c.text.lower()
        for c in chunks[:start]
    )
    pointed = (
        pointed or _last_chapter_unpointed(chunks, regions) or _author_points_to_end(chunks[:start])
    )
    # A last part that is only the author's note (wattpad_overview) is the work's afterword.
    pointed = pointed or any(c.rule == "note-part" for c in chunks[start:])
    return _settle_notes(story, work_end_notes=pointed, afterword=_afterword_label(chunks, regions))


# The author's own pointer to notes at the end, in the work's opening notes: "See the end
# for sources.", "Translations at the end.", "More notes at the end!"
_END_POINTER = lazy(
    r"\bsee\s+(?:the\s+)?end\b|\b(?:notes?|sources?|translations?|more)\s+(?:are\s+)?at\s+the\s+end\b",
    re.IGNORECASE,
)


def _author_points_to_end(header: Chunks) -> bool:
    """Rule ``author-end-pointer``: the work's opening note points to notes at the end in the
    author's own words ("See the end for sources."), as AO3's "See the end of the work for
    more notes" does: the note after the last chapter is the work's end note."""
    return any(
        chunk.role in ("note", "note-body") and _END_POINTER.search(chunk.value or chunk.text)
        for chunk in header
    )


def _link_card_title(body: Chunks, meta: MetadataBuilder) -> str | None:
    """The title (and fandom) from a share sheet's link card under the story (rule
    ``ffn-link-card``), for a paste whose header names no title; None without one."""
    cards = [chunk for chunk in body if chunk.rule == "ffn-link-card"]
    return meta.read_title_line(cards[-1].text) if cards else None


def _last_chapter_unpointed(chunks: Chunks, regions: Sequence[tuple[int, int]]) -> bool:
    """Rule ``unpointed-chapter-end``: on an AO3 page whose chapters point to their own end
    notes ("(See the end of the chapter for more notes.)"), a last chapter with no such
    pointer has no end notes of its own, so a note after its text is the work's end note.

    Why: AO3 prints the chapter pointer whenever a chapter has end notes, even with no notes
    at its start, so the missing pointer rules the chapter's own notes out. Guards: never
    where the chapters were copied as pages of their own (``chapter-pages-apart``); an
    earlier chapter's pointer shows the copy is AO3's and keeps its pointers; or, where no
    chapter has end notes to point to, the last chapter's "Chapter Text" marker (AO3's
    landmark over a chapter's text on the work page) shows that its preface, where the
    pointer would stand, was copied with it.
    """
    if len(regions) < 2:
        return False
    pointed = [_points_to_chapter_end(chunks[first:end]) for first, end in regions]
    if pointed[-1]:
        return False
    first, end = regions[-1]
    # Rule ``chapter-pages-apart``: chapter pages copied one by one (each with AO3's page
    # footer under it) close each page with its own chapter's "Notes:", as a reader reads
    # them, whether or not an earlier page pointed to its chapter's end notes; only the
    # whole work's page keeps a last note apart as the work's.
    if _pages_apart(chunks, regions):
        return False
    return any(pointed[:-1]) or _has_text_marker(chunks[first:end])


def _pages_apart(chunks: Chunks, regions: Sequence[tuple[int, int]]) -> bool:
    """Whether a chapter before the last holds AO3's page footer ("Actions", "Kudos"):
    the chapters were copied as pages of their own, not from the whole work's page."""
    return any(
        chunk.rule == "ao3-page-footer"
        for first, end in regions[:-1]
        for chunk in chunks[first:end]
    )


def _has_text_marker(region: Sequence[Chunk]) -> bool:
    """Whether a chapter holds AO3's "Chapter Text" marker line (dropped as chrome)."""
    return any(chunk.role == "dropped" and is_chapter_text_marker(chunk.text) for chunk in region)


def _points_to_chapter_end(region: Sequence[Chunk]) -> bool:
    """Whether a chapter holds AO3's pointer to the end of the chapter."""
    return any(chunk.role == "dropped" and points_to_chapter_end(chunk.text) for chunk in region)


def _chapter_fields(region: Sequence[Chunk], meta: MetadataBuilder) -> None:
    """Header lines repeated at a chapter's start: the first of each kind counts, once."""
    for chunk in region:
        if chunk.role == "field":
            meta.add_field(chunk.label, bold_field_value(chunk.text, chunk.value))
        elif chunk.rule in ("bracket-stats-line", "dashed-info-under-heading"):
            # A chapter page's stats line under its chapter line (``bracket-stats-line``,
            # ``dashed-info-under-heading``).
            _add_info_fields(chunk, meta)


# Info lines whose value holds "Label: value" fields, one a line.
_FIELD_INFO_RULES = frozenset(
    {
        "pipe-header-line",
        "posted-on-line",
        "post-info-line",
        "wrapped-post-info-line",
        "series-sentence",
        "series-part-line",
        "series-number-line",
        "ffde-date-line",
        "full-stop-info-line",
        "rated-chip-line",
        "chatty-subtitle",
        "story-url-line",
        "ffde-chip-line",
        "ao3-page-title",
        "stats-chip-line",
        "status-chip-line",
        "status-word-line",
        "status-published-line",
        "status-badge-line",
        "bracket-rating-line",
        "bracket-stats-line",
        "wide-stats-line",
        "ffn-category-under-logo",
        "ffn-crossover-name",
        "ffn-app-info-line",
        "subcategory-breadcrumb",
        "trail-above-page-title",
        "fan-section-trail",
    }
)


def _add_info_fields(chunk: Chunk, meta: MetadataBuilder) -> None:
    """Add the fields an info line was read into, its value's "Label: value" lines."""
    for line in filter(None, chunk.value.split("\n")):
        label, _, value = line.partition(": ")
        meta.add_field(label, value)


def _read_header(chunks: Chunks, meta: MetadataBuilder, front: _Notes) -> str | None:
    """Fill metadata from the header chunks; collect the front notes; return a bare title."""
    title: str | None = None
    spoken = _spoken_stops(chunks)
    index = 0
    while index < len(chunks):
        chunk = chunks[index]
        if chunk.rule == FFN_ACCOUNT_BYLINE:
            meta.add_list("authors", [chunk.value])  # one account's name, never split
        elif chunk.role == "field":
            values = [chunk.value] if chunk.value else []
            end = index + 1
            while end < len(chunks) and chunks[end].role == "field-value":
                end += 1
            if end > index + 1 and _BLOCK_SCALAR.fullmatch(chunk.value):
                # Rule ``yaml-block-scalar``: front matter's "summary: >" (or "|") says the
                # value is the indented lines under it; the mark is no part of it.
                values = []
            items = _block_list(chunk, chunks[index + 1 : end])
            while items is None and index + 1 < end:
                index += 1
                if values and _wraps_value(chunk, chunks[index - 1], chunks[index]):
                    values[-1] = f"{values[-1]} {chunks[index].text}"
                else:
                    values.append(chunks[index].text)
            if items is not None and field_for(chunk.label) is not None:
                # Each item of a YAML block list on its own: an item is one name whole
                # ("- Ann Lee" under "author:"), never run on into the next. A field the
                # story does not know keeps its items together, one a line.
                for item in items:
                    meta.add_field(chunk.label, item)
                index = end
                continue
            if items is not None:
                values, index = items, end - 1
            if spoken and field_for(chunk.label) == "title" and values:
                values[-1] = values[-1][:-1]  # the line's stop, not the title's (spoken_stops)
            meta.add_field(chunk.label, bold_field_value(chunk.text, "\n".join(values)))
        elif chunk.role == "title" and title is None:
            line = chunk.value or chunk.text
            if (tagged := tagged_bracket(line, chunks)) is not None:
                # "Somebody (Old Romance)" under "#oldromance": the bracket is the fandom.
                line = tagged[0]
                meta.add_field("Fandom", tagged[1])
            title = meta.read_title_line(line)
            if chunk.label:  # "Title by Author" on one line
                meta.add_list("authors", chunk.label.split("\n"))
            if chunk.rule == "breadcrumb-title" and (
                trail := breadcrumb_title(chunk.text, chunk.value)
            ):
                # "Books » Fandom » Title": the trail names the fandom above the title.
                for fandom in breadcrumb_fandoms(trail[0]) or ():
                    meta.add_field("Fandom", fandom)
        elif chunk.role == "byline" and chunk.value:
            meta.add_list("authors", split_authors(chunk.value.replace("\n", ", ")))
        elif chunk.role == "info" and chunk.rule in _FIELD_INFO_RULES:
            _add_info_fields(chunk, meta)
        elif chunk.role == "info":
            meta.read_info_line(chunk.text)
        elif chunk.role == "summary":
            previous = meta.values.pop("summary", None)
            text = typography(chunk.text)
            meta.set("summary", f"{previous}\n\n{text}" if previous else text)
        index += 1
    _creator_as_author(chunks, meta)
    front.collect(chunks, "before-story")
    return title


# The rules that keep a page owner's name as a dropped line's value.
_OWNER_RULES = frozenset({"creator-name-block", "blog-tagline"})


def _creator_as_author(chunks: Chunks, meta: MetadataBuilder) -> None:
    """Rule ``creator-as-author``: a creator page's name (Patreon's name over "is creating
    …", Ko-fi's over its "Support" button, creator_pages), or the owner a site's tagline
    names ("a fic site by @name", foreign_header), is the story's writer when the header
    names no other: the post is the creator's own. A byline in the story's header
    wins, as a creator may post under a shop name."""
    if meta.values.get("authors"):
        return
    creator = next((c.value for c in chunks if c.rule in _OWNER_RULES and c.value), None)
    if creator:
        meta.add_list("authors", [creator])


# Info lines whose value holds the "Label: value" fields the rule read from them.
_OPENING_HEADING = lazy(r"(?:prologue|prolog|pr[óo]logo|foreword|preface)\b", re.I)
_CLOSING_HEADING = lazy(r"(?:epilogue|epilog|[ée]pilogue|ep[íi]logo|coda|afterword)\b", re.I)


def _epilogue_outside_parts(parts: list[Part]) -> list[Part]:
    """Rule ``epilogue-outside-parts``: a story that opens with a prologue before its first
    "Part I" and closes with an epilogue after the last part's chapters has the epilogue
    outside the parts too, as the prologue is. Only when the prologue stands outside: in a
    story whose parts begin at the top, the epilogue stays in the last part."""
    if len(parts) < 3 or parts[0].title is not None or parts[-1].title is None:
        return parts
    if not all(_OPENING_HEADING.match(c.title or "") for c in parts[0].chapters):
        return parts
    last = parts[-1]
    if len(last.chapters) < 2 or not _CLOSING_HEADING.match(last.chapters[-1].title or ""):
        return parts
    epilogue = last.chapters[-1]
    return [
        *parts[:-1],
        replace(last, chapters=last.chapters[:-1]),
        Part(title=None, chapters=(epilogue,)),
    ]


# A YAML block list's item: "- Emily", "  - west tower".
_LIST_MARK = "- "


# The fewest one-line fields a spoken header holds.
_SPOKEN_FIELDS = 3


def _spoken_stops(chunks: Chunks) -> bool:
    """Rule ``spoken-header-stops``: a file made to be read aloud by a text-to-speech app
    ends every header line with a full stop, so the voice pauses there ("Title: Willows in
    the Rain.", "Written by: A and B.", "Rated: General."). When every one-line field of the
    header (three at least) ends in one stop, and no more, the stop is the line's, not the
    title's: a title ending in a stop of its own stands among fields that do not."""
    fields = [chunk.value for chunk in chunks if chunk.role == "field"]
    return (
        len(fields) >= _SPOKEN_FIELDS
        and all(value.endswith(".") and not value.endswith("..") for value in fields)
        and not any(chunk.role == "field-value" for chunk in chunks)
    )


# A YAML block scalar's indicator: ">" folds the lines under it, "|" keeps them; "-" or "+"
# after it says what becomes of the last line break.
_BLOCK_SCALAR = lazy(r"[>|][-+]?")


def _block_list(field_chunk: Chunk, lines: Chunks) -> list[str] | None:
    """Rule ``yaml-block-list``: a label with no value over lines that each open with "- "
    is a YAML block list (front matter's "characters:" over "  - Emily"): one item a line,
    the marks gone. Else None."""
    if field_chunk.value or not lines:
        return None
    if not all(line.text.startswith(_LIST_MARK) for line in lines):
        return None
    return [line.text[len(_LIST_MARK) :].strip() for line in lines]


def _wraps_value(field_chunk: Chunk, previous: Chunk, line: Chunk) -> bool:
    """Rule ``indented-value-wrap``: a line indented under a one-value field's label line, with
    no blank line between, is that value wrapped ("Summary: … by" / "    counting. …"): it
    joins with a space. A list field keeps one item per line.

    Rule ``unindented-value-wrap``: a hand-typed header often just goes on at the start of the
    next line. That line wraps the value when it carries a sentence on in lower case
    ("Dedication: For Sam, who read it on a" / "train."), or when the line above is as long
    as a wrapped line and stops mid-sentence. Short lines that stop without a full stop are
    the author's own lines ("Notes:" / "Thanks to Ivo" / "Written for Nell") and stay apart.

    Rule ``comma-list-wrap``: a list field written as one comma list that runs past the line
    goes on at the next line ("Fandom:" / "A - Alfred" / "Tennyson, B"); the wrap may split a
    tag, so the line joins with a space and the commas alone part the items. Only under a
    line long enough to have been wrapped: short comma lines one under another ("Tom, Ann" /
    "Sam, Eve") are the author's own rows, and a tag list one tag a line has no commas.

    Rule ``bracket-value-wrap``: in a list field, a line that is only a bracketed remark
    ("Fandom:  The Lamplighter's Almanac" / "        (Tobias Wren)") qualifies the item
    above it, as a hand-wrapped header breaks before the bracket: it joins with a space. No
    list item of its own is a bare bracket: names, works and tags open on a word.
    """
    if line.gap != 0:
        return False
    if field_for(field_chunk.label) in LIST_FIELDS:
        if line.text.startswith("(") and _BRACKET_REMARK.fullmatch(line.text):
            return True
        return (
            len(previous.text) >= _WRAPPED_LINE
            and "," in previous.text
            and (line.indent > 0 or "," in line.text)
        )
    if line.indent > field_chunk.indent:
        return True
    if line.text[:1].islower():
        return True
    return len(previous.text) >= _WRAPPED_LINE and not previous.text.endswith(_SENTENCE_ENDS)


# A line that is one bracketed remark and nothing more: "(Tobias Wren)", "(TV, 1984)".
_BRACKET_REMARK = lazy(r"\([^()]{1,60}\)")

# Shortest line that a wrap at the usual 60 to 80 columns leaves before its break.
_WRAPPED_LINE = 45
_SENTENCE_ENDS = (".", "!", "?", "…", ":", ";", '"', "”", "’", ")")


def _titled_pages(chunks: Sequence[Chunk], regions: Sequence[tuple[int, int]]) -> bool:
    """Whether the second chapter is headed by its page's title line (ffn-page-title-chapter)."""
    return len(regions) > 1 and chunks[regions[1][0] - 1].rule == "ffn-page-title-chapter"


def _sequel_follows(chunks: Chunks, regions: Sequence[tuple[int, int]], first: int) -> bool:
    """Whether the chapter starting at ``first`` is the file's first, untitled, and the
    next chapter's heading is a sequel's ("Sequel — The Return", sequel-heading)."""
    if len(regions) < 2 or regions[0][0] != first:
        return False
    head = chunks[regions[1][0] - 1]
    return head.role == "heading" and SEQUEL_RE.fullmatch(head.text.strip()) is not None


def _heading_title(head: Chunk) -> str:
    """A heading as written (its hyphens too), less Markdown's "##" marks and glyphs wrapped
    around it; a heading joined from two lines carries its joined title as its value."""
    return typography(head.value or heading_title(head.text), dashes=False)


class _ChapterJob(NamedTuple):
    """What one chapter is built from: its chunks, its heading and its number."""

    region: Chunks
    head: Chunk | None
    number: int

    def size(self) -> int:
        """Roughly the work of building it: the length of its text."""
        return sum(len(chunk.text) for chunk in self.region)


# A story shorter than this (in characters) builds its chapters in one process: a child's
# start and its pickled chapters cost more than it saves below about 100 KB.
_SHARED_WORK = 100_000


def _built_chapter(job: _ChapterJob) -> tuple[Chapter, int]:
    """A chapter and the number of words in its story text."""
    chapter = _chapter(job.region, job.head, job.number)
    return chapter, _count_words(chapter.blocks)


def _sent_chapter(built: tuple[Chapter, int]) -> tuple[SentChapter, int]:
    """A built chapter and its word count in the form the child sends (see model_wire)."""
    chapter, words = built
    return sent_chapter(chapter), words


def _received_chapter(sent: tuple[SentChapter, int]) -> tuple[Chapter, int]:
    """The built chapter and its word count back from the form :func:`_sent_chapter` gives."""
    chapter, words = sent
    return received_chapter(chapter), words


def _chapter(region: Sequence[Chunk], head: Chunk | None, number: int) -> Chapter:
    """One chapter: notes at its start and end, and its story blocks."""
    before, after = _Notes(), _Notes()
    story = [c for c in region if c.role in ("text", "scene-break", "end-marker")]
    prose_start = _first_text(region)
    # A note in the middle of a chapter has no place of its own; it joins the closing notes.
    before.collect(region[:prose_start], "chapter-start")
    after.collect(region[prose_start:], "chapter-end")
    return Chapter(
        # A chapter begun by its entry's part count alone (part-field-chapter) is untitled.
        title=_heading_title(head)
        if head is not None and head.rule != PART_FIELD_CHAPTER
        else None,
        number=number,
        blocks=blocks_of(story),
        notes_before=tuple(before.notes),
        notes_after=tuple(after.notes),
    )


def _first_text(region: Sequence[Chunk]) -> int:
    for index, chunk in enumerate(region):
        if chunk.role == "text":
            return index
    return len(region)


# The labels of a note that stands before the story by its name.
_FOREWORD_LABELS = frozenset({"foreword", "preface"})


def _foreword_to_front(chapters: tuple[Chapter, ...], front: list[Note]) -> tuple[Chapter, ...]:
    """Rule ``foreword-before-story``: a site's first chapter page sets the story's
    "Foreword:" under the chapter line (Storiesonline), but a foreword is the story's by its
    name, not the chapter's: the notes so labelled that open chapter 1 join ``front``.
    Guard: only the first chapter's leading notes, only these labels."""
    first = chapters[0]
    lead = 0
    while lead < len(first.notes_before) and (
        first.notes_before[lead].label.lower() in _FOREWORD_LABELS
    ):
        lead += 1
    if not lead:
        return chapters
    front += [replace(n, origin="before-story") for n in first.notes_before[:lead]]
    return (replace(first, notes_before=first.notes_before[lead:]), *chapters[1:])


def _settle_notes(story: Story, *, work_end_notes: bool = False, afterword: bool = False) -> Story:
    """Decide which chapter notes are the story's own front and back notes.

    In a one-chapter story, notes at the chapter's start and end are the story's. In a longer
    one they stay with their chapters, except AO3's work-level "Notes"/"End Notes" at the end.
    """
    chapters = story.chapters
    if not chapters:
        return story
    front = list(story.front_notes)
    back: list[Note] = []
    if len(chapters) == 1:
        only = chapters[0]
        front += [replace(n, origin="before-story") for n in only.notes_before]
        back = [replace(n, origin="after-story") for n in only.notes_after]
        chapters = (replace(only, notes_before=(), notes_after=()),)
    else:
        chapters = _foreword_to_front(chapters, front)
        last = chapters[-1]
        # Rule ``typed-end-notes``: AO3 prints its work's end notes under "End Notes" in
        # title case; an author's own sentence-case "End notes:" is the chapter's note.
        work = [n for n in last.notes_after if n.label in ("End Notes", "END NOTES")]
        if work and (_story_notes_above(front) or _efiction_chapter_notes(chapters)):
            # Rule ``efiction-chapter-end-notes``: under eFiction's "Story Notes" (the
            # story's own box) the "End Notes" box closes a chapter, the last one too; so
            # where a chapter opens on eFiction's "Author's Notes" box, its pair.
            work = []
        if work and not (afterword or _afterword(last.notes_after)):
            # Rule ``flattened-end-notes``: AO3 sets its work's end notes under an
            # "Afterword" heading, and in a chapter that heads its own end notes "End
            # Notes" (FanFicFare's flattened copy) with no "Afterword", they are the chapter's.
            work = [n for n in work if not _chapter_level_labels(chapters)]
        if not work and work_end_notes and last.notes_after:
            # Rule ``pointed-end-notes``: the work's notes said "See the end of the work for
            # more notes", so the last note after the last chapter is the work's end note,
            # however the page labels it (AO3's web page heads both kinds "Notes:").
            closing = last.notes_after[-1]
            if "chapter" not in closing.label.lower():
                work = [closing]
        if not work and last.notes_after and _gatherers_note(last.notes_after[-1]):
            # Rule ``gatherers-closing-note``: a collection's last note from its mods or
            # editors ("Mod note: That's everything!") closes the book, not its last piece.
            work = [last.notes_after[-1]]
        if work:
            back = [replace(n, origin="after-story") for n in work]
            kept = tuple(n for n in last.notes_after if n not in work)
            chapters = (*chapters[:-1], replace(last, notes_after=kept))
    parts: list[Part] = []
    position = 0
    for part in story.parts:
        count = len(part.chapters)
        parts.append(replace(part, chapters=chapters[position : position + count]))
        position += count
    return replace(
        story,
        front_notes=tuple(front),
        parts=tuple(parts),
        back_notes=tuple(back),
    )


# The labels of a collection's gatherers' notes: "Mod note", "From the editors",
# "Moderators' note", "A word from the organisers".
_GATHERERS = lazy(
    r"(?:a\s+(?:note|word|letter)\s+)?(?:from\s+the\s+)?"
    r"(?:mod|moderator|editor|organi[sz]er)s?['’]?s?(?:\s+notes?)?",
    re.IGNORECASE,
)


def _gatherers_note(note: Note) -> bool:
    """Whether a note is from the collection's mods or editors (``gatherers-closing-note``)."""
    return _GATHERERS.fullmatch(note.label.strip()) is not None


def _story_notes_above(front: Sequence[Note]) -> bool:
    """Whether the story's front notes are headed "Story Notes", as eFiction heads the
    story's own notes box: its "End Notes" box belongs to a chapter, never to the work
    (AO3 heads its work notes "Notes")."""
    return any(n.label.lower() == "story notes" for n in front)


def _efiction_chapter_notes(chapters: Sequence[Chapter]) -> bool:
    """Whether a chapter opens on a note headed "Author's Notes", the box eFiction sets
    under a chapter's heading; the "End Notes" box under the text is its pair, a chapter's
    (AO3 heads a chapter's notes "Notes" or "Chapter Notes")."""
    return any(
        n.label.lower().replace("’", "'") == "author's notes"
        for chapter in chapters
        for n in chapter.notes_before
    )


def _afterword_label(chunks: Chunks, regions: Sequence[tuple[int, int]]) -> bool:
    """Rule ``afterword-label-alone``: AO3's "Afterword" over the work's "End Notes" in the
    last chapter's region. With nothing of its own under it, the label makes no note (the
    "End Notes" label follows at once), but it still marks the notes under it as the
    work's, however the chapters above head their own notes.

    Only the file's one "Afterword": works pasted one after another each close on their own
    (ao3_pasted_works), and there every work's notes stay with its chapter."""
    if not regions:
        return False
    labels = [
        at
        for at, chunk in enumerate(chunks)
        if chunk.role == "note" and chunk.label.lower() == "afterword"
    ]
    return len(labels) == 1 and regions[-1][0] <= labels[0] < regions[-1][1]


def _afterword(notes: Sequence[Note]) -> bool:
    return any(n.label.lower() == "afterword" for n in notes)


def _chapter_level_labels(chapters: Sequence[Chapter]) -> bool:
    """Whether earlier chapters head their notes "Notes"/"End Notes", not "Chapter Notes"."""
    return any(
        n.label.lower() in ("notes", "end notes")
        for chapter in chapters[:-1]
        for n in (*chapter.notes_before, *chapter.notes_after)
    )


def _count_words(blocks: Sequence[Block]) -> int:
    """The number of words (see :mod:`~fic2epub.normalise.word_count`) in the paragraphs
    among ``blocks``."""
    return count_words(
        plain_text(block.content) for block in blocks if isinstance(block, Paragraph)
    )
