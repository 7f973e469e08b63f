"""Property tests: any input either becomes a consistent book or fails with one clean line.

The fast profile (the default) runs over 10,000 generated inputs: most go through reading, the
JSON round trip, assembly and the block renderer; a few hundred through the whole EPUB and HTML
writers and a hundred through the command line. ``pytest --hypothesis-profile=thorough`` runs
ten times as many with fresh randomness (see ``conftest.py``).
"""

from __future__ import annotations

import functools
import re
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import event, given, settings
from hypothesis import strategies as st
from lxml import etree

from book_checks import assert_inert, check_epub, check_html, parse_xml, strings
from cli_helpers import invoke
from fic2epub import pipeline
from fic2epub.errors import Fic2EpubError, InputError
from fic2epub.model import Book, Story
from fic2epub.model_json import dumps, loads, story_to_dict
from fic2epub.options import NotesPlacement, ReadOptions, WriteOptions
from fic2epub.readers.text import read_text
from fic2epub.render import blocks_markup, make_environment
from fic2epub.safe_io import TEMP_MARKER
from fic2epub.writers import common

SOURCE = "story.txt"
MODES: tuple[NotesPlacement, ...] = ("auto", "front", "back", "inline", "omit")
XHTML_NS = "http://www.w3.org/1999/xhtml"
# What XML 1.0 cannot hold, plus the C1 controls decode also drops.
NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


def examples(count: int) -> settings:
    """``count`` examples in the fast profile, scaled by the loaded profile's max_examples."""
    return settings(max_examples=count * settings().max_examples // 100)


# --- strategies -----------------------------------------------------------------------------

# Every code point, lone surrogates and unassigned ones included.
ANY_CHAR = st.characters(exclude_categories=())
WORDS = st.sampled_from(
    [
        *"the lamp went out and she climbed stairs in rain".split(),
        *["'tis", "'90s", "rock 'n' roll", '"Hi,"', "--", "---", "...", "don't", "*", "_", "/"],
        *["<script>alert(1)</script>", "<b>", "&amp;", "&", "]]>", "<!--", "-->", "<![CDATA["],
        *["<img src=x onerror=alert(1)>", "javascript:alert(1)", "https://example.org/a_b_c"],
        *["שלום", "مرحبا بالعالم", "\u202eevil\u202c", "👩\u200d👩\u200d👧", "👍🏽", "🇫🇷"],
        *["e\u0301", "Z\u0335\u0336\u0337", "नमस्ते", "日本語", "\u00a0", "\u200b", "\ufeff"],
        *["\x00", "\x01", "\x0b", "\x1b", "\x7f", "\x85", "\ufffe", "\ud800", "\udfff", "\t"],
    ]
)
PHRASE = st.lists(st.one_of(WORDS, st.text(ANY_CHAR, max_size=6)), max_size=8).map(" ".join)
LABELS = st.sampled_from(
    [
        *["Title", "Author", "By", "Fandom", "Pairing", "Characters", "Rating", "Warnings"],
        *["Tags", "Summary", "Status", "Series", "Disclaimer", "Published", "Updated", "Words"],
        *["Prompt", "Beta", "<b>Label</b>", "Notes", "Chapters", "Language", "Source"],
    ]
)
NOTE_LABELS = st.sampled_from(["A/N:", "AN:", "AN1", "Author's Note:", "T/N:", "Notes:", "A/N"])
HEADINGS = st.one_of(
    st.builds("Chapter {}: {}".format, st.integers(0, 30), PHRASE),
    st.builds("Ch. {} - {}".format, st.integers(0, 30), PHRASE),
    st.builds("{}.".format, st.integers(0, 30)),
    st.builds("~ {} ~".format, st.integers(0, 30)),
    st.sampled_from(["Prologue", "Epilogue", "Interlude", "Part One", "Book II", "CHAPTER IV."]),
)
MARKS = st.sampled_from(["* * *", "~~~", "oOo", "-- -- --", "xXxXx", "#", "§", "***", "~*~"])
ENDS = st.sampled_from(["The End", "TBC", "fin", "~fin~", "To be continued...", "END"])
LINE = st.one_of(
    PHRASE,
    PHRASE,
    st.builds("{}: {}".format, LABELS, PHRASE),
    st.builds("by {}".format, PHRASE),
    st.builds("{} {}".format, NOTE_LABELS, PHRASE),
    HEADINGS,
    MARKS,
    ENDS,
    st.builds("{0}{1}{0}".format, st.sampled_from(["*", "_", "**", "__", "/"]), PHRASE),
)
SEPARATORS = st.sampled_from(["\n", "\n\n", "\n\n\n", "\r\n", "\r\n\r\n", "\r", "\u2029", ""])
INDENTS = st.sampled_from(["", "", "    ", "\t", "                    "])
STORY_TEXT = st.lists(st.tuples(INDENTS, LINE, SEPARATORS), max_size=20).map(
    lambda lines: "".join(f"{indent}{line}{sep}" for indent, line, sep in lines)
)
ENCODINGS = st.sampled_from(
    ["utf-8", "utf-8", "utf-8-sig", "utf-16", "utf-16-be", "utf-16-le", "utf-32", "cp1252"]
)


def encode(text: str, encoding: str) -> bytes:
    """``text`` as a file in ``encoding``: lone surrogates kept, what cp1252 lacks replaced."""
    if encoding == "cp1252":
        return text.encode(encoding, errors="replace")
    data = text.encode(encoding, errors="surrogatepass")
    if encoding == "utf-16-be":
        return b"\xfe\xff" + data  # Python writes no BOM for an explicit byte order
    return data


# Arbitrary text, in lines and paragraphs so that some of it reads as a story.
ANY_TEXT = st.lists(st.tuples(st.text(ANY_CHAR, max_size=60), SEPARATORS), max_size=8).map(
    lambda lines: "".join(f"{line}{sep}" for line, sep in lines)
)
ENCODED_TEXT = st.builds(encode, ANY_TEXT, ENCODINGS)
ENCODED_STORY = st.builds(encode, STORY_TEXT, ENCODINGS)
ANY_INPUT = st.one_of(st.binary(max_size=600), ENCODED_TEXT, ENCODED_STORY)


# --- checks ---------------------------------------------------------------------------------


@pytest.fixture(autouse=True, scope="module")
def _templates_compiled_once() -> Iterator[None]:
    """Compile the templates once for this module: the writers are under test, not Jinja."""
    cached = functools.lru_cache(maxsize=None)(make_environment)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(common, "make_environment", cached)
        yield


def assert_clean_error(error: Fic2EpubError) -> None:
    """One line, naming the story file, with the exit code of a failed conversion."""
    message = str(error)
    assert "\n" not in message and "\r" not in message, message
    assert message.startswith(f"{SOURCE}: "), message
    assert isinstance(error, InputError), repr(error)
    assert error.exit_code == 1


def read_or_fail(data: bytes) -> Story | None:
    """The story read from ``data``, or None after checking the error is a clean one."""
    try:
        story = read_text(data, ReadOptions(fallback_title="Fallback"), SOURCE)
    except Fic2EpubError as error:
        assert_clean_error(error)
        event(f"refused: {error.message.split(' (')[0]}")
        return None
    event("read")
    return story


def check_story(story: Story) -> None:
    """The JSON round trip is exact, and no text in the model is illegal in XML."""
    assert loads(dumps(story)) == story
    for text in strings(story_to_dict(story)):
        assert not NOT_XML.search(text), repr(text)
    assert story.metadata.title.strip()
    assert any(chapter.blocks for chapter in story.chapters)


def check_blocks(book: Book) -> None:
    """Every section's blocks render to well-formed, inert XHTML; section ids are file-safe."""
    ids = [section.id for section in book.sections]
    assert len(ids) == len(set(ids)), ids
    assert all(re.fullmatch(r"[A-Za-z][A-Za-z0-9_-]*", i) for i in ids), ids
    for section in book.sections:
        notes = [*section.notes, *section.notes_before, *section.notes_after]
        groups = [note.blocks for note in notes]
        if section.chapter is not None:
            groups.append(section.chapter.blocks)
        for blocks in groups:
            markup = blocks_markup(blocks, "xml")
            root = parse_xml(f'<div xmlns="{XHTML_NS}">{markup}</div>'.encode(), section.id)
            assert_inert(root, section.id)


def full_books(story: Story, notes: NotesPlacement, cover: bool) -> None:
    """The story through the real EPUB and HTML writers, each checked member by member."""
    epub_options = WriteOptions(notes=notes, no_cover=not cover)
    book = pipeline.build_book([story], epub_options)
    report = check_epub(pipeline.render_book(book, epub_options))
    # Every section is a document in the spine, in the book's order.
    sections = [path.rsplit("/", 1)[-1].removesuffix(".xhtml") for path in report.spine]
    assert [s for s in sections if s not in ("cover", "nav")] == [s.id for s in book.sections]
    html_options = WriteOptions(format="html", notes=notes)
    check_html(pipeline.render_book(pipeline.build_book([story], html_options), html_options))


# --- properties -----------------------------------------------------------------------------


@examples(3500)
@given(st.binary(max_size=2000))
def test_any_bytes_are_read_or_refused_cleanly(data: bytes) -> None:
    story = read_or_fail(data)
    if story is not None:
        check_story(story)
        check_blocks(pipeline.build_book([story], WriteOptions()))


@examples(3500)
@given(ENCODED_TEXT)
def test_any_text_in_any_encoding(data: bytes) -> None:
    story = read_or_fail(data)
    if story is not None:
        check_story(story)
        check_blocks(pipeline.build_book([story], WriteOptions()))


@examples(3000)
@given(ENCODED_STORY, st.sampled_from(MODES))
def test_story_shaped_text(data: bytes, notes: NotesPlacement) -> None:
    story = read_or_fail(data)
    if story is not None:
        check_story(story)
        check_blocks(pipeline.build_book([story], WriteOptions(notes=notes)))


@examples(450)
@given(ANY_INPUT, st.sampled_from(MODES), st.integers(0, 9))
def test_books_are_well_formed_and_agree(data: bytes, notes: NotesPlacement, dice: int) -> None:
    story = read_or_fail(data)
    if story is not None:
        full_books(story, notes, cover=dice == 0)


@examples(100)
@given(st.one_of(ENCODED_STORY, st.binary(max_size=300)), st.sampled_from(["epub", "html"]))
def test_the_command_line_writes_a_book_or_one_line(data: bytes, fmt: str) -> None:
    with tempfile.TemporaryDirectory() as temp:
        story = Path(temp) / SOURCE
        story.write_bytes(data)
        output = Path(temp) / "out" / f"book.{fmt}"
        result = invoke("convert", str(story), "-o", str(output), "--no-cover")
        leftovers = [p.name for p in Path(temp).rglob("*") if TEMP_MARKER in p.name]
        assert leftovers == []
        assert "Traceback" not in result.output
        if result.exit_code == 0:
            assert result.stdout == f"{output}\n"
            book = output.read_bytes()
            check_epub(book) if fmt == "epub" else check_html(book)
        else:
            assert result.exit_code == 1, result.output
            line = result.stderr.rstrip("\n")
            assert "\n" not in line and line.startswith(f"fic2epub: {story}: "), line
            assert "internal error" not in line
            assert not output.exists()
        assert story.read_bytes() == data


# --- the checks themselves can fail -----------------------------------------------------------


def test_the_checks_catch_a_script_and_a_dangling_link() -> None:
    story = read_text(b"Chapter 1\n\nShe ran.\n\nChapter 2\n\nHe hid.\n", ReadOptions(), SOURCE)
    options = WriteOptions(no_cover=True)
    data = pipeline.render_book(pipeline.build_book([story], options), options)
    check_epub(data)
    with pytest.raises(AssertionError, match="script"):
        check_epub(_replace_member(data, "EPUB/s1-ch001.xhtml", b"<p>", b"<p><script>x()</script>"))
    with pytest.raises(AssertionError, match="event handler"):
        check_epub(_replace_member(data, "EPUB/s1-ch001.xhtml", b"<p>", b'<p onclick="x()">'))
    with pytest.raises(AssertionError, match="leaves the manifest"):
        check_epub(_replace_member(data, "EPUB/toc.ncx", b"s1-ch002.xhtml", b"s1-ch009.xhtml"))
    with pytest.raises(AssertionError, match="not in the manifest"):
        check_epub(_replace_member(data, "EPUB/content.opf", b'idref="s1-ch002"', b'idref="x"'))
    with pytest.raises(AssertionError, match="well-formed"):
        check_epub(_replace_member(data, "EPUB/s1-ch001.xhtml", b"</p>", b"</i>"))
    with pytest.raises(AssertionError, match="javascript"):
        check_html(b'<!DOCTYPE html><html><body><a href="javascript:x()">a</a></body></html>')


def _replace_member(data: bytes, name: str, old: bytes, new: bytes) -> bytes:
    """``data`` (an EPUB) with the first ``old`` in member ``name`` replaced by ``new``."""
    import io
    import zipfile

    source = zipfile.ZipFile(io.BytesIO(data))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as target:
        for info in source.infolist():
            content = source.read(info)
            if info.filename == name:
                assert old in content, (name, old)
                content = content.replace(old, new, 1)
            target.writestr(info, content)
    return buffer.getvalue()


def test_every_xhtml_parse_is_strict() -> None:
    with pytest.raises(AssertionError, match="not well-formed"):
        parse_xml(b"<p>a &nbsp; b</p>", "x")
    assert etree.QName(parse_xml(b"<p>a</p>", "x")).localname == "p"
