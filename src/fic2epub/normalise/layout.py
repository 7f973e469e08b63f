"""Pass ``layout``: text -> chunks, undoing hard wrapping and noting gaps, indents and centring.

Three layouts are told apart:

* ``lines``: every line is a paragraph. Blank-line separated stories and phone pastes with no
  blank lines at all both read this way; the gap before each chunk is kept for scene breaks.
  A run of lines plainly wrapped together among them is still joined (wrapped-run-in-lines),
  and so is a two-line paragraph wrapped at those runs' width (wrapped-pair-in-lines).
* ``wrapped``: lines were broken at a fixed width (60–100 columns). A line ends its paragraph
  only where the next line's first word would have fitted on it, so verse, letters and
  header lines keep their breaks while wrapped prose is joined again.
* ``indented``: wrapped, and a new paragraph starts at every indented line.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from itertools import pairwise
from typing import NamedTuple

from fic2epub.lazy_re import lazy
from fic2epub.normalise.ao3_pointers import is_pointer_line, split_pointers
from fic2epub.normalise.chunks import Chunk, Chunks
from fic2epub.normalise.fields import field_for, is_known_label
from fic2epub.normalise.indented_pairs import indented_wrapped_pair
from fic2epub.normalise.mail import is_mail_field, is_mbox_separator, opens_mail_header
from fic2epub.normalise.message_lines import is_message_line
from fic2epub.normalise.nav_bars import navigation_bar
from fic2epub.normalise.pages import join_wrapped, vocabulary
from fic2epub.normalise.patterns import match_heading
from fic2epub.options import Layout


class _Line(NamedTuple):
    number: int
    text: str  # stripped
    indent: int
    gap: int  # blank lines before


# The two-line gaps it takes to call a text double-spaced (a short post has a dozen blocks).
_DOUBLE_SPACED_LEAST = 8

_SENTENCE_ENDS = (".", "!", "?", '"', "”", "’", "'", "…", ")", ":", "*", "~")


def layout(text: str, forced: Layout = "auto") -> Chunks:
    """Split text into chunks according to its (detected or forced) paragraph layout, with
    AO3's pointer run onto a note's line set apart (ao3_pointers)."""
    lines = _read_lines(text)
    if not lines:
        return ()
    width = _wrap_width(lines)
    kind = forced if forced not in ("auto", "blank") else "lines"
    if forced == "auto":
        kind = _detect(lines, width)
    if kind == "lines" or width is None:
        chunks = _lines_with_wrapped_runs(lines, width)
    else:
        chunks = _unwrap(lines, width, indented=kind == "indented")
    return split_pointers(text, chunks)


def _read_lines(text: str) -> list[_Line]:
    """The non-blank lines, each with its number, indent and the blank lines before it."""
    result: list[_Line] = []
    gap = 0
    for number, raw in enumerate(text.split("\n"), start=1):
        stripped = raw.strip()
        if not stripped:
            gap += 1
            continue
        indent = len(raw) - len(raw.lstrip())
        result.append(_Line(number, stripped, indent, gap if result else 0))
        gap = 0
    if _double_spaced(result):
        return [line._replace(gap=line.gap - 1) if line.gap > 1 else line for line in result]
    return result


def _double_spaced(lines: Sequence[_Line]) -> bool:
    """Rule ``double-spaced``: a text whose blocks are parted by two blank lines where others
    part them by one (a web page copied with its paragraph margins, a word processor's
    spacing, line ends doubled on the way) reads as if each gap were one blank line less.

    Only where two-line gaps are many and one-line gaps all but absent: where both are
    common, the wider gaps are the writer's own (scene breaks, sections).
    """
    gaps = Counter(line.gap for line in lines)
    single, double = gaps[1], gaps[2]
    wide = sum(count for gap, count in gaps.items() if gap > 1)
    return double >= _DOUBLE_SPACED_LEAST and single * 20 <= single + wide


def _continued(lines: Sequence[_Line]) -> list[tuple[_Line, _Line]]:
    """Pairs of a line and the line right after it, with no blank line between."""
    return [(a, b) for a, b in pairwise(lines) if b.gap == 0]


def _wrap_width(lines: Sequence[_Line]) -> int | None:
    """The column a hard-wrapped text was wrapped at, estimated from its longer lines."""
    pairs = _continued(lines)
    if len(pairs) < 4:
        return None
    # Rule ``mail-header-width``: a mail's header lines ("Reply-To:  List <LIST@HOST>") are
    # the mail program's, never wrapped, and often longer than the wrapped text under them;
    # counted, a log of a few mails would seem wrapped wider than it is. They are left out
    # when the other lines still show a width.
    measured = [a for a, _ in pairs if ":" not in a.text[:40] or not is_mail_field(a.text)]
    if len(measured) < len(pairs) and len(measured) >= 4:
        width = _width_of(measured)
        if width is not None:
            return width
    return _width_of([a for a, _ in pairs])


def _width_of(lines: Sequence[_Line]) -> int | None:
    """The width most of ``lines`` (all but the longest twentieth) stay within, when it is
    one text is wrapped at.

    Rule ``pdf-text-width``: up to 110 columns, as ``pdftotext`` draws an A4 page's lines
    out of a PDF (FicHub's among them) at about 105; an editor or a mail program wraps
    at 100 at most."""
    lengths = sorted(line.indent + len(line.text) for line in lines)
    width = lengths[int(0.95 * (len(lengths) - 1))]
    return width if 40 <= width <= _WIDEST else None


# The widest wrap taken as one (rule ``pdf-text-width``).
_WIDEST = 110


def _fits(line: _Line, following: _Line, width: int, margin: int = 5) -> bool:
    """Whether the next line's first word would have fitted on this line, ``margin``
    columns short of ``width``.

    If it would have, the author (not a wrapping editor) broke the line there.
    """
    word = following.text.split(" ", 1)[0]
    if word[:1] >= _CJK_FIRST:
        # Rule ``cjk-line-fit``: Chinese and Japanese put no spaces between words, and a
        # wrapper breaks their lines at any character: the next line's first character is
        # what would have had to fit, not its whole run of unspaced text.
        word = word[:1]
    # The margin absorbs wrappers that stop a few columns short (indented blocks, or a
    # width the estimate overshoots); deliberate short lines are far shorter than that.
    return line.indent + len(line.text) + 1 + len(word) <= width - margin


# The first code point of the CJK punctuation, kana, Han and Hangul blocks (and all the
# full-width forms above them).
_CJK_FIRST = "\u3000"


def _detect(lines: Sequence[_Line], width: int | None) -> Layout:
    """Choose ``lines``, ``wrapped`` or ``indented`` from line lengths and indents."""
    if width is None:
        return "lines"
    pairs = _continued(lines)
    soft = sum(1 for a, b in pairs if not _fits(a, b, width))
    # Wrapped text is mostly continued lines, and most of those break where the width ran out;
    # a header block of short "Key: value" lines is neither.
    if soft < max(3, 0.4 * len(pairs)):
        return "lines"
    if len(pairs) < 0.4 * len(lines) and not _short_wrapped(len(pairs), soft):
        return "lines"
    if _unwrapped_paragraphs(lines, width, soft):
        return "lines"
    # A wrapping editor breaks lines mid-sentence; a phone paste ends nearly every line with a
    # sentence's end, however short its lines are.
    open_ends = sum(1 for a, _ in pairs if not a.text.endswith(_SENTENCE_ENDS))
    if open_ends < 0.3 * len(pairs):
        return "lines"
    if width > _EDITOR_WIDEST and _new_sentences_after_open_ends(pairs):
        return "lines"
    indented_starts = sum(1 for a, b in pairs if _indents(a, b))
    return "indented" if indented_starts else "wrapped"


def _new_sentences_after_open_ends(pairs: Sequence[tuple[_Line, _Line]]) -> bool:
    """Rule ``wide-lines-capital-starts``: lines wider than an editor wraps at (only
    ``pdftotext`` draws them that wide, ``pdf-text-width``) that are one-line paragraphs of a
    phone paste with its end stops left off. A wrapped line that ends mid-sentence goes on in
    lower case on the next line more often than not (a name or "I" aside); a paragraph with
    no stop at its end is followed by the next one's capital. So when fewer than one in
    four of the lines after an open end (and opening with a letter that has a case) start
    in lower case, the lines were not wrapped."""
    firsts = [b.text[0] for a, b in pairs if not a.text.endswith(_SENTENCE_ENDS)]
    cased = [first for first in firsts if first.islower() or first.isupper()]
    if len(cased) < 3:
        return False  # too few to tell (or a script without case)
    return 4 * sum(first.islower() for first in cased) < len(cased)


# The widest an editor or a mail program wraps at; wider wraps are ``pdftotext``'s.
_EDITOR_WIDEST = 100


def _short_wrapped(pairs: int, soft: int) -> bool:
    """Rule ``wrapped-among-short-paragraphs``: a wrapped story whose dialogue is mostly
    one-line paragraphs has few continued lines, but nearly every one of them breaks where
    the width ran out (as FanFicFare's TXT wraps every line at 78). Eight such breaks, three
    in four of the continued lines, are a wrapper's; a header's or a poem's short lines
    fit where they break, so they never count."""
    return soft >= 8 and 4 * soft >= 3 * pairs


def _unwrapped_paragraphs(lines: Sequence[_Line], width: int, soft: int) -> bool:
    """Rule ``long-lines-not-wrapped``: lines far past the wrap width are paragraphs that
    were never wrapped, so the short lines that set the width were written short.

    A text with blank lines between one-line paragraphs and a few runs of short lines (a
    song's stanzas, a header block) can look wrapped at the short lines' width; a wrapping
    editor leaves no line with spaces in it much longer than its width, so several such
    lines, against few breaks where the width ran out, mean the text is not wrapped.
    """
    # An address has no space to break at, so a wrapper leaves it long: not counted.
    long = sum(
        1 for line in lines if line.indent + len(line.text) > width + 20 and " " in line.text
    )
    return long >= 3 and 2 * long >= soft


def _indents(previous: _Line, line: _Line) -> bool:
    """A paragraph's first line indented (by up to 8 columns) under the line before it."""
    return previous.indent < line.indent <= previous.indent + 8


def _centred(line: _Line, width: int | None, margin: int = 0) -> bool:
    """A short line pushed to the middle with spaces.

    Rule ``margin-line-not-centred``: text drawn with a page's left margin (``margin``, four
    columns or more, as ``pdftotext -layout`` keeps it) starts its lines at the margin, and
    a paragraph's first line a few columns in from it; a line there is the text's own, however
    short, never centred (a line centred in the text's column stands further in, by half the
    room it leaves)."""
    if margin >= _PAGE_MARGIN and margin <= line.indent <= margin + 8:
        return False
    if width is None:
        return line.indent >= 8 and len(line.text) < 60
    if line.indent < 4 or len(line.text) > 0.75 * width:
        return False
    middle = line.indent + len(line.text) / 2
    return abs(middle - width / 2) <= max(4.0, width * 0.1)


def _block_line(group: Sequence[_Line], line: _Line, width: int | None, margin: int) -> bool:
    """Rule ``indented-block-last-line``: a paragraph set in from the margin as a block (a
    DOS file's copyright notice, indented eight columns) ends with a short line at the
    block's indent; it may fall near the middle, but it is the block's, not a centred line.
    Only under two lines or more at the same indent, none centred: a letter's closing set
    in ("Your brother," over "Pierre") is one line over the name, and the name stays apart."""
    block = group[-2:]
    return len(block) == 2 and all(
        above.indent == line.indent and not _centred(above, width, margin) for above in block
    )


# The narrowest left margin taken for a page's (rule ``margin-line-not-centred``).
_PAGE_MARGIN = 4


def _single(line: _Line, width: int | None) -> Chunk:
    return Chunk(
        text=line.text,
        lines=(line.text,),
        first=line.number,
        last=line.number,
        gap=line.gap,
        indent=line.indent,
        centred=_centred(line, width),
    )


def _lines_with_wrapped_runs(lines: Sequence[_Line], width: int | None) -> Chunks:
    """One chunk a line, except for runs of lines that were plainly wrapped together.

    Rule ``wrapped-run-in-lines``: a file may be read line by line as a whole (a page copy's
    long unwrapped header and notes) while its story was hard-wrapped before it was pasted in.
    A run of three or more lines with no blank line between, each but the last filled to
    within a few columns of the same width, each broken where the next word would not have
    fitted, and most broken mid-sentence, is one paragraph: a phone paste's one-line
    paragraphs end on sentences and vary in length, and verse breaks where words still fit.
    The run's first line may stand deeper than the rest (a paragraph indent); a line at that
    deeper indent again starts the next paragraph. Two such runs give the width a two-line
    paragraph is read against (:func:`_wrapped_pair`).
    """
    runs: list[list[_Line]] = []
    for line in lines:
        # AO3's pointer under a note is a paragraph of its own, not the note's wrapped end.
        if runs and line.gap == 0 and _runs_on(runs[-1], line) and not is_pointer_line(line.text):
            runs[-1].append(line)
        else:
            runs.append([line])
    wrapped = [len(run) >= _RUN_LEAST and _wrapped_run(run) for run in runs]
    widths = [_run_width(run) for run, joined in zip(runs, wrapped, strict=True) if joined]
    # The widest run, once: taking it again for every run made long texts quadratic.
    widest = max(widths) if len(widths) >= _PAIR_WIDTHS else None
    chunks: list[Chunk] = []
    for run, joined in zip(runs, wrapped, strict=True):
        if joined or (widest is not None and _wrapped_pair(run, widest)):
            words = (
                vocabulary(line.text for line in run)
                if any(line.text.endswith("-") for line in run)
                else Counter[str]()
            )
            chunks.append(_join(run, max(len(line.text) for line in run), words, continues=False))
        elif len(run) == 2 and indented_wrapped_pair(
            run[0].text, run[0].indent, run[1].text, run[1].indent
        ):
            hyphened = run[0].text.endswith("-")
            words = vocabulary(line.text for line in run) if hyphened else Counter[str]()
            chunks.append(_join(run, len(run[0].text), words, continues=False))
        elif len(run) == 1:
            chunks.append(_single(run[0], width))  # most runs: a line of its own
        else:
            chunks.extend(_single(line, width) for line in run)
    return tuple(chunks)


# How many wrapped runs must show the text's width before a pair of lines is read against it.
_PAIR_WIDTHS = 2
# How far short of the width a wrapped paragraph's line (but its last) may stop.
_FILL_SLACK = 12


def _run_width(run: Sequence[_Line]) -> int:
    """The width a wrapped run was filled to: its longest line but the last."""
    return max(line.indent + len(line.text) for line in run[:-1])


def _wrapped_pair(run: Sequence[_Line], width: int) -> bool:
    """Rule ``wrapped-pair-in-lines``: a two-line paragraph among wrapped runs (the runs
    ``wrapped-run-in-lines`` joins, two at least, give ``width``) is one paragraph too when
    its first line was filled to within a few columns of that width, breaks mid-sentence,
    and breaks where the next word would not have fitted. Two lines alone prove no width,
    so the text's own runs must; a couplet's or a header's short lines fit where they
    break, and a line ending on a sentence may be the writer's break."""
    if len(run) != 2:
        return False
    first, second = run
    if first.indent + len(first.text) < width - _FILL_SLACK or first.text.endswith(_SENTENCE_ENDS):
        return False
    if _LABEL.match(second.text):
        return False  # a header's next field line
    return not _fits(first, second, width, margin=0)


def _runs_on(run: Sequence[_Line], line: _Line) -> bool:
    """Whether ``line`` may go on the wrapped run: at the indent of the run's continuation
    lines, or (as the run's second line) under a first line indented as a paragraph's is."""
    first = run[0]
    if len(run) == 1:
        return line.indent == first.indent or _indents(line, first)
    # The second line set the run's indent; a line at the first line's deeper indent is the
    # next paragraph's first line.
    return line.indent == run[1].indent


def _capitalised_lines(run: Sequence[_Line]) -> bool:
    """Rule ``capitalised-lines-not-wrapped``: a run whose every line opens with a capital
    letter, even after a line that ends mid-sentence ("Little owl, little grey," / "Sitting
    high…"), is verse (or a list), each line set by hand, however evenly the lines fill
    the width. Wrapped prose goes on in lower case after most of its open ends; a name or
    "I" may open one such line, not all of them. Guards: an open end must be among the
    breaks (lines that each end a sentence are left to the other rules), and "I", which
    opens prose's lines as often as verse's, never counts as a capital. A list of names or
    tags in title case ("Time Travel, Found Family,"), wrapped at the width, opens its
    lines with capitals too: verse's words inside a line are mostly in lower case."""
    following = [line.text for line in run[1:]]
    if any(not _capital_word(text) for text in following):
        return False
    if not any(not line.text.endswith(_SENTENCE_ENDS) for line in run[:-1]):
        return False
    inner = [word for line in run for word in line.text.split()[1:] if word[:1].isalpha()]
    return 2 * sum(word[:1].islower() for word in inner) > len(inner)


def _capital_word(text: str) -> bool:
    """Whether ``text`` opens with a capitalised word other than the pronoun "I"."""
    word = text.split(None, 1)[0].lstrip("\"“‘'(")
    pronoun = word.rstrip(",.;:!?") == "I" or word.startswith(("I'", "I’"))
    return word[:1].isupper() and not pronoun


# The fewest lines a wrapped run must have: two lines could be any two paragraphs.
_RUN_LEAST = 3


def _wrapped_run(run: Sequence[_Line]) -> bool:
    """Whether ``run`` (lines with no blank line between) reads as one wrapped paragraph."""
    body = run[:-1]
    width = _run_width(run)
    if not 55 <= width <= _WIDEST or any(
        line.indent + len(line.text) < width - _FILL_SLACK for line in body
    ):
        return False
    if any(_LABEL.match(line.text) for line in run[1:]):
        return False  # a header block's field lines, each a line of its own
    # No margin: the width is the run's own longest line, not an estimate that may overshoot,
    # and a menu's or a song's lines of like length break where a word would still fit.
    if any(_fits(line, following, width, margin=0) for line, following in pairwise(run)):
        return False  # the next word would have fitted: the break was the writer's
    if width > _EDITOR_WIDEST and _new_sentences_after_open_ends(list(pairwise(run))):
        return False  # a phone paste's wide one-line paragraphs (wide-lines-capital-starts)
    if _capitalised_lines(run):
        return False
    open_ends = sum(1 for line in body if not line.text.endswith(_SENTENCE_ENDS))
    return 2 * open_ends >= len(body)


def _unwrap(lines: Sequence[_Line], width: int, *, indented: bool) -> Chunks:
    """Join hard-wrapped lines back into paragraphs; keep deliberate breaks as breaks.

    A deliberate break (the next word would have fitted) starts a chunk marked ``continues``:
    the passes see each such line alone (a header line, a line of verse), and the story
    builder joins a run of them into one paragraph with line breaks.
    """
    chunks: list[Chunk] = []
    group: list[_Line] = []
    continues = False
    # In indented text, a line at the paragraph indent after a short line starts a paragraph
    # (not a verse line); the base is the indent most lines (the continuation lines) have.
    base = Counter(line.indent for line in lines).most_common(1)[0][0]
    openers = _paragraph_indents(lines, base) if indented else frozenset[int]()
    # The text's own words tell a word hyphenated at a line's end from a compound; counted
    # only when some line ends in a hyphen.
    cut = any(line.text.endswith("-") for line in lines)
    words = vocabulary(line.text for line in lines) if cut else Counter[str]()

    justified = 0

    def flush() -> None:
        nonlocal justified
        if group:
            chunks.append(_join(group, width, words, continues=continues, margin=base))
            justified += len(group) > 1 and _justified(group, width)
            group.clear()

    for position, line in enumerate(lines):
        if group:
            previous = group[-1]
            following = lines[position + 1] if position + 1 < len(lines) else None
            new_paragraph = (
                line.gap > 0
                or (_centred(line, width, base) and not _block_line(group, line, width, base))
                or _centred(previous, width, base)
                or (indented and _indents(previous, line))
                or (indented and _one_line_paragraph(group, line, openers))
                or (indented and _flush_heading(previous, line, following, base, width))
                or _menu_line(previous)
                or _page_rule_under(previous, line, following)
            )
            deliberate = not new_paragraph and (
                (_fits(previous, line, width) and not _hyphen_runs_on(previous, line))
                or _next_field(previous, line)
                or (len(group) == 1 and _address_under_line(previous, line))
                or _next_message(group[0], line)
                or _post_header_line(previous)
                or _ruled_block_line(group, lines, position)
                or _leader_entry(previous)
            )
            if deliberate and indented and base < line.indent <= base + 8:
                new_paragraph, deliberate = True, False
            if new_paragraph or deliberate:
                flush()
                continues = deliberate
        group.append(line)
    flush()
    if justified >= _JUSTIFIED_LEAST:
        return tuple(_sentence_spaces(chunk) for chunk in chunks)
    return tuple(chunks)


def _hyphen_runs_on(previous: _Line, line: _Line) -> bool:
    """Rule ``hyphen-line-runs-on``: a line that ends on a word's hyphen ("a well-", "her
    father's long-") under which the next line opens in lower case ("meaning guest") was
    broken by a typesetter, however short it is: a PDF's line breaks at a compound's
    hyphen, or the justification left room the next word would seem to fit in. A writer
    never ends a line on purpose halfway through a word. A dash ("--", " -") is no
    hyphen, and a line with a space before its hyphen or a capital under it is left."""
    text = previous.text
    return len(text) >= 2 and text.endswith("-") and text[-2].isalpha() and line.text[:1].islower()


def _paragraph_indents(lines: Sequence[_Line], base: int) -> frozenset[int]:
    """The indents (up to 8 columns in from ``base``) that mark a paragraph's first line:
    lines there go on at ``base`` more often than at their own indent (three times at
    least), as a word processor indents only the first line; a block indented as a whole
    goes on at its indent."""
    starts: Counter[int] = Counter()
    runs: Counter[int] = Counter()
    for above, below in pairwise(lines):
        if below.gap or not base < above.indent <= base + 8:
            continue
        if below.indent == base:
            starts[above.indent] += 1
        elif below.indent == above.indent:
            runs[above.indent] += 1
    return frozenset(i for i, n in starts.items() if n >= _OPENERS_LEAST and n > runs[i])


# The paragraphs that must show an indent for it to mark paragraphs.
_OPENERS_LEAST = 3


def _one_line_paragraph(group: Sequence[_Line], line: _Line, openers: frozenset[int]) -> bool:
    """Rule ``indented-one-line-paragraph``: in a text whose paragraphs are marked only by a
    first-line indent (``openers``, :func:`_paragraph_indents`), a line at that indent under
    a paragraph's first line, at the same indent and ending a sentence ("     “Does he?”
    said their mother. “Go to Mass?”"), starts a paragraph of its own: the one above was a
    paragraph of one line, however close to the width it came, as its continuation would
    stand at the margin. A line that ends on a colon or mid-sentence goes on."""
    first = group[0]
    return (
        len(group) == 1
        and first.indent in openers
        and line.indent == first.indent
        and (first.text.rstrip(_CLOSERS).endswith(_STOPS) or _cut_off_speech(first.text))
    )


def _cut_off_speech(text: str) -> bool:
    """Rule ``indented-cut-off-speech``: a line that ends on a speech cut off by a dash
    and closed by its quotation mark ("the last item--\"", "the last item—”") ends its
    paragraph as a sentence's stop does (:func:`_one_line_paragraph`): the next speaker
    takes over. A dash with no closing mark after it ("and then--") breaks off mid-sentence,
    and the sentence may go on on the next line, so it is no end."""
    stripped = text.rstrip(_CLOSE_QUOTES)
    return len(stripped) < len(text) and stripped.endswith(_CUT_DASHES)


# The quotation marks that close a speech, and the dashes that cut one off ("--", "—", "-").
_CLOSE_QUOTES = "\"”’'"
_CUT_DASHES = ("-", "—", "–")


# A sentence's stops, and the marks that may close it after the stop.
_STOPS = (".", "!", "?", "…")
_CLOSERS = "\"”’')"


def _menu_line(line: _Line) -> bool:
    """Rule ``menu-line-unwrapped``: a site's menu of links between bars ("Home | Browse |
    Search | Login") is a line of its own, however near the wrap width it runs: a page saved
    as wrapped text keeps its menu on one line, and the line under it (the story's title)
    never goes on from it."""
    if line.text.count("|") < _MENU_BARS:
        return False  # the cheap test first
    items = [item.strip() for item in line.text.split("|")]
    # Links are a word or three of letters: a post's info line between bars ("Fandom
    # (Author) | A & B | 1.1k") names its story, with brackets, marks and figures.
    return all(_MENU_ITEM.fullmatch(item) for item in items) and navigation_bar(line.text)


# The bars it takes to read a line as a menu of links, and one link of it.
_MENU_BARS = 2
_MENU_ITEM = lazy(r"[^\W\d_]+(?:[ '’-][^\W\d_]+){0,2}")


def _flush_heading(
    previous: _Line, line: _Line, following: _Line | None, base: int, width: int
) -> bool:
    """Rule ``flush-heading-in-indented``: in a text whose paragraphs are marked only by a
    first-line indent, with no blank lines, a chapter heading at the margin ("Chapter II")
    under a finished line (a sentence's end, or a line its first word would have fitted on)
    is a line of its own, neither the end of the paragraph above (a line ending on a
    sentence goes on at the margin, so it looks like one) nor a short line the next starts
    under. The line below must start a paragraph: indented, or at the margin with a capital
    or a quotation mark (a first paragraph set flush under its heading); a line in lower
    case there runs on a sentence ("Chapter 2 / of the old book …")."""
    if line.indent > base or len(line.text) > _HEADING_LONGEST:
        return False
    if not previous.text.endswith(_SENTENCE_ENDS) and not _fits(previous, line, width):
        return False  # a wrapped sentence runs on into it
    if following is not None and not following.gap and following.indent <= base:
        # A line at the margin under it starts the chapter's first paragraph only with a
        # capital or a quotation mark; in lower case, prose goes on under it.
        return not following.text[:1].islower() and match_heading(line.text) is not None
    return match_heading(line.text) is not None


# The longest line read as a chapter heading among indented paragraphs.
_HEADING_LONGEST = 60


# The justified paragraphs it takes to read a text as justified by a typist's hand.
_JUSTIFIED_LEAST = 2
# Two or three spaces after a sentence's end, before the next sentence's first mark.
_SENTENCE_SPACES = lazy(r"(?<=[.!?]) {2,3}(?=[A-Z“\"‘(])|(?<=[.!?][”\"’)]) {2,3}(?=[A-Z“\"‘(])")


def _sentence_spaces(chunk: Chunk) -> Chunk:
    """Rule ``justified-text-sentence-spaces``: in a text whose wrapped paragraphs were
    justified by a typist who put two spaces after every sentence (``justified-spaces``
    undoes both in those), a paragraph of one line ("It was late.  She went home.") keeps
    only the doubled spaces, and they are the same habit: one space again. Only between a
    sentence's end and a capital or an opening quotation mark, and only in such a text,
    so a line spaced out on purpose elsewhere keeps its spacing."""
    if len(chunk.lines) != 1 or "  " not in chunk.text:
        return chunk
    return replace(chunk, text=_SENTENCE_SPACES.sub(" ", chunk.text))


# The shortest rule drawn across a page, and how far an underline's length may miss its text's.
_PAGE_RULE = 20
_UNDERLINE_SLACK = 3


def _page_rule_under(previous: _Line, line: _Line, following: _Line | None) -> bool:
    """Rule ``page-rule-under-text``: a rule drawn across the page between a line of text
    and the page's footer, no blank line on either side ("sends its regards." over a line
    of dashes over "[ Back to top ]"), is no wrapped line of the paragraph above: it starts
    a chunk of its own, so the footer under it is read apart from the text.

    Only a long rule that is no underline (an underline is as long as its text, give or
    take a few marks), with a line of text right under it: a rule closing a ruled box has
    a blank line or the file's end under it, and the box is read whole."""
    text = line.text
    return (
        following is not None
        and following.gap == 0
        and len(text) >= _PAGE_RULE
        and _rule_line(line)
        and not _rule_line(following)
        and abs(len(text) - len(previous.text)) > _UNDERLINE_SLACK
    )


# A printed contents entry: a name, a dot leader and a page number ("The News ..... 7").
_LEADER_ENTRY = lazy(r".*\S\s*(?:\.\s?){4,}\s*\d{1,4}")


def _leader_entry(previous: _Line) -> bool:
    """Rule ``leader-entry-line``: a printed contents entry ending in its dot leader and
    page number is no wrapped line of the entry under it: the page number ends the line, so
    the next line is a deliberate break (a zine copied from its PDF, wrapped at its width)."""
    text = previous.text
    return text[-1:].isdigit() and "...." in text and _LEADER_ENTRY.fullmatch(text) is not None


# The most lines between the two rules of a ruled title block.
_RULED_BLOCK_LINES = 6


def _ruled_block_line(group: Sequence[_Line], lines: Sequence[_Line], position: int) -> bool:
    """Rule ``page-rule-over-text``: a title block set between two like rules drawn across
    the page ("-----" / "ELEVEN ISSUES" / "Posted … | 430 words" / "-----", as a writer's
    export heads each piece) is no wrapped paragraph: each of its lines is a deliberate
    break, so the passes see the rules and the lines between them apart.

    Only between two rules of the same text with two lines at least and no blank line
    between them, and prose under the block: a rule over a page's footer ("-----" / "Back
    to the archive") is read with its footer, and one boxed line as a heading's box."""
    line, previous = lines[position], group[-1]
    if _rule_line(line) and not _rule_line(previous):
        # The closing rule: the opening one a few lines up, none blank between.
        if len(line.text) < _PAGE_RULE or not _prose_under(lines, position):
            return False
        for back in range(position - 1, max(position - 2 - _RULED_BLOCK_LINES, -1), -1):
            if lines[back].text == line.text:
                return back < position - 2  # two lines at least between the rules
            if lines[back].gap:
                return False
        return False
    if not _rule_line(previous) or _rule_line(line) or len(previous.text) < _PAGE_RULE:
        return False
    # The opening rule: the same rule closes the block a few lines down, none blank.
    for offset, following in enumerate(lines[position + 1 : position + 1 + _RULED_BLOCK_LINES]):
        if following.gap:
            return False
        if following.text == previous.text:
            # Two lines at least between the rules: one boxed line is a heading's box,
            # read whole (dash_box).
            return offset > 0 and _prose_under(lines, position + 1 + offset)
    return False


# The fewest words of the prose line under a ruled title block (fewer if it ends a sentence).
_PROSE_WORDS = 8


def _prose_under(lines: Sequence[_Line], closing: int) -> bool:
    """Whether a paragraph of prose follows the ruled block closing at ``closing``, past a
    blank line: a piece's text. A site's ruled footer ("Return to the archive") ends the
    file, and a banner box over a header has its fields under it."""
    if closing + 1 >= len(lines):
        return False
    below = lines[closing + 1]
    text = below.text
    words = len(text.split())
    sentence = words >= _PROSE_WORDS or (words >= 3 and text.endswith((".", "!", "?", "”", '"')))
    return below.gap > 0 and sentence and ":" not in text[:24]


def _rule_line(line: _Line) -> bool:
    """A rule drawn across the text ("=====", "-----"): marks with no letter or figure,
    three at least, so no wrapped line of prose is one."""
    text = line.text
    return len(text) >= 3 and text[0] in _RULE_MARKS and not any(c.isalnum() for c in text)


# The marks a rule line may start with.
_RULE_MARKS = frozenset("=-_*~#+.:<>/\\|")


# A label a header or note line opens with ("Feedback:", "Author's Note:", "A/N:").
_LABEL = lazy(r"[A-Z][\w'’ /-]{0,24}:(?:\s|$)")
# An upper-case label before a spaced dash, as list posts' headers write them: "FEEDBACK - …".
_DASH_LABEL = lazy(r"[A-Z][A-Z'’-]{1,15}(?: [A-Z][A-Z'’-]{1,15}){0,2} [-–—] ")
# A list's separator left at a line's end by the wrap: " -", " –", " ·", " |".
_DANGLING = lazy(r"\S\s[-–·|]$")
# How a finished line of a header value ends. Rule ``field-after-ellipsis``: a typed "…"
# ends a note's last sentence as "..." does (a word processor or a Windows-1252 mail turns
# the three dots into the one character), so "Feedback: …" under it is a field of its own.
_FINISHED = (".", "!", "?", ")", "…")


# A microblog post's header line: the poster's name ending on their fediverse handle
# ("Ann Lark :quill: @ann@writing.social"), or the post's content warning ("CW: …").
_POST_HEADER = lazy(
    r"(?:.{1,60}\s)?@[\w.-]{1,40}@[\w-]+(?:\.[\w-]+)+|(?:cw|tw|content\s+warning)\s*:.{0,200}",
    re.IGNORECASE,
)


def _post_header_line(previous: _Line) -> bool:
    """Rule ``post-header-line-ends``: a microblog post's header line (the poster's name and
    handle, its content warning) is a line of its own, never a wrapped paragraph's first:
    the post's text under it is set on a line of its own by the app, however short the
    header line is."""
    text = previous.text
    if "@" not in text and (text[:1] not in "cCtT" or ":" not in text):
        return False  # the cheap test first: a handle's "@", or a warning's first letter and colon
    return _POST_HEADER.fullmatch(text) is not None


def _next_field(previous: _Line, line: _Line) -> bool:
    """A header line ("Feedback: …") after a finished one breaks there, wrapped or not.

    Rule ``field-after-address``: a field whose value is one web address ("Author URL:
    https://…") is finished too; a wrapper never breaks inside an address, so the next
    line's label starts a field of its own. (A mail header block keeps its lines together.)
    A list of addresses ("Author URL: https://…, https://…", co-authors' pages) counts too.
    A known label alone on its line always starts a field (``bare-label``).

    Rule ``dangling-separator``: a line that ends on a spaced list separator ("… - Favs: 2 -",
    "… · Words: 900 ·") is cut inside its list, so the label under it ("Published: …")
    goes on with that line's value; no finished value ends on a bare separator.
    """
    if _DANGLING.search(previous.text) is not None:
        return False
    found = _LABEL.match(previous.text)
    # A mail header block keeps its lines together, for the mail reader to take apart.
    field = None
    known = False
    if found is not None and not (is_mail_field(previous.text) or is_mail_field(line.text)):
        field = field_for(found.group())
        # A header's extra labels ("Beta:", "Spoilers:") head a field line as well.
        known = field is not None or is_known_label(found.group().strip().rstrip(":"))
    if (
        not field
        and opens_mail_header(line.text)
        and not is_mail_field(previous.text)
        and not is_mbox_separator(previous.text)
    ):
        # Rule ``mail-from-line``: a mail's header starts under a line of the page's own (a
        # web archive's "Message 412 of 980 | Previous | Next"), never inside a paragraph;
        # a mailbox's "From " line above it stays with the header.
        return True
    if known and _rule_line(line):
        # Rule ``rule-under-field``: a rule drawn under a header's last field line closes
        # the header; as wide as the wrap, it is no part of the field's value.
        return True
    label = _LABEL.match(line.text)
    if label is None:
        # Rule ``dash-field-after-sentence``: "FEEDBACK - …" after a value's finished line.
        dashed = line.text[:1].isupper() and _DASH_LABEL.match(line.text) is not None
        return dashed and previous.text.endswith(_FINISHED)
    if previous.text.endswith(_FINISHED):
        return True
    if label.end() >= len(line.text) and field_for(label.group()) is not None:
        # Rule ``bare-label``: a story field's label alone on its line ("Additional Tags:",
        # its value indented below) heads a field; no wrapped value ends with a bare label.
        return True
    if known and field_for(label.group()) is not None:
        # Rule ``field-after-field``: a story field ("Language:", "Rating:") under another
        # field line (a story field's, or an extra one's such as "Beta:") starts a field of
        # its own; a wrapped value never goes on with a label.
        return True
    value = previous.text[found.end() :].strip() if found is not None else " "
    addresses = value.replace(",", " ").split()
    return bool(addresses) and all(
        item.startswith(("http://", "https://", "www.")) for item in addresses
    )


def _next_message(first: _Line, line: _Line) -> bool:
    """Rule ``message-after-message``: in wrapped text, a text message set on its own line
    ("MARISKA: row F") under another one, its sender's name and a colon first, is a line of
    its own, though its first word would not have fitted on the line above: a chat quoted in
    a story keeps a line for each message, and a wrapper never breaks a sentence where the
    next line opens with a name and a colon. ``first`` is the line that opened the block
    above, so a message that wrapped onto a second line still counts. Header labels
    ("Summary:", "Rating:") are left to the field rules, and the two lines must stand at one
    indent. A mail's header lines ("From: …", "To: …") are left to the mail reader."""
    return (
        first.indent == line.indent
        and is_message_line(line.text, fields=False)
        and is_message_line(first.text, fields=False)
        and not is_mail_field(line.text)
        and not is_mail_field(first.text)
    )


# A line that holds one web address and nothing else.
_ADDRESS_ONLY = lazy(r"(?:https?://|www\.)\S+")
# The last words of a line that lead into an address under it ("my tumblr is", "find it at").
_LEAD_INS = frozenset("at here on see via from to in is are link url visit check and or".split())


def _address_under_line(previous: _Line, line: _Line) -> bool:
    """Rule ``address-line-apart``: a line holding only a web address, under a block's
    first line, is a line of its own (a reader's title line with the story's address under
    it, "Title by name" over "https://…"), though the address alone would not have fitted
    on the line above.

    A wrapper moves an address it cannot fit to the next line, so the width cannot tell;
    the line above can. Where it leads into the address (it ends on ":" or on a word such
    as "at", "here", "is"), the address finishes its sentence and the lines join. Only under
    a block's first line: deeper in a wrapped paragraph the address is its next words.
    """
    if line.text[:1] not in "hw" or _ADDRESS_ONLY.fullmatch(line.text) is None:
        return False
    last = previous.text.rsplit(" ", 1)[-1].lower()
    return not previous.text.endswith((":", ",", "-", "–", "—")) and last not in _LEAD_INS


def _join(
    group: Sequence[_Line], width: int, words: Counter[str], *, continues: bool, margin: int = 0
) -> Chunk:
    first = group[0]
    texts = tuple(line.text for line in group)
    joined = join_wrapped(texts, words)
    if len(group) > 1 and "  " in joined and _justified(group, width):
        joined = _unjustified(joined)
    return Chunk(
        text=joined,
        lines=texts,
        first=first.number,
        last=group[-1].number,
        gap=first.gap,
        indent=first.indent,
        centred=len(group) == 1 and _centred(first, width, margin),
        continues=continues,
    )


# A run of spaces between two words inside a line.
_WIDE_SPACE = lazy(r"(?<=\S) {2,}(?=\S)")


def _justified(group: Sequence[_Line], width: int) -> bool:
    """Whether a wrapped paragraph's lines were justified: every line but the last that has
    a run of spaces inside it ends at the text's wrap ``width`` (within two columns), as a
    typesetter spreads a line to fill it, and spreads it by a space or two between words;
    a menu's, a table's or a mail header's columns run wider, and stop short."""
    spread = [line for line in group[:-1] if "  " in line.text]
    return (
        bool(spread)
        and all(line.indent + len(line.text) >= width - 2 for line in spread)
        and not any(_COLUMN_GAP.search(line.text) for line in group)
    )


# A gap between a table's or a header's columns: four spaces or more, or a cell's bar.
# Rule ``sentence-gap-not-column``: a typist's two spaces after a sentence, spread by the
# justification to four, five or six ("before.    Nobody"), are no column gap; seven or
# more are, whatever stands before them.
_COLUMN_GAP = lazy(r"(?<![ .!?\"”’)]) {4,}| {7,}|\|")


def _unjustified(text: str) -> str:
    """Rule ``justified-spaces``: a paragraph joined from lines a typesetter justified (as
    ``pdftotext -layout`` keeps them, "the  length  of  the  platform") has its words
    parted by single spaces again. Only a paragraph of two lines or more whose spread lines
    reach its right edge (:func:`_justified`): a line of its own keeps its spacing (a
    running head, a table's row, a line spaced out on purpose), and so do a menu's items
    run into the line under them."""
    return _WIDE_SPACE.sub(" ", text)
