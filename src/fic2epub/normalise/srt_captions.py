"""Rule ``srt-captions``: a caption file (SubRip ``.srt``, or WebVTT) kept as the story.

A podfic's captions, or a reading's, hold the story's words in numbered cues:

    7
    00:00:18,356 --> 00:00:23,826
    The theatre was dark when Shakespeare came
    back for the prompt book. He had

A cue is cut to fit the screen and the speaker's breath, not the sentence, so a sentence
runs on from cue to cue; the numbers and times are the player's, and a cue of nothing but
a bracketed sound ("[soft music]", "[music fades]") or of music notes ("♪ … ♪") describes
the recording, not the story. A reader of the captions as a text reads the words alone.

So the cues' numbers, times and sound cues go, and their words are joined with spaces into
paragraphs. Where a paragraph ended the captions cannot say; a cue that ends a sentence
ends one (never inside an open quotation), as does a pause of a second or more before the
next cue and a sound cue between two. A cue standing alone in the recording, after a sound
cue or at the start, of one short line in Title Case and without a sentence's last stop
("Chapter One: The Prompt Book") is a heading and a paragraph of its own. A WebVTT file's
"WEBVTT" header and its NOTE, STYLE and REGION blocks go with the times.

Rule ``podfic-spoken-intro``: a recording opens on the reader's spoken intro, before the
first heading cue (or, with none, the first sound cue after words): "After the Last Act,
by yorick_lives." names the title and its writer, said as one sentence, and goes in as a
title line over a "by" line, as a header reads them; "Read by pennywhistle_pod." credits
the voice, who is no author of the story, and goes. Only there: the same sentences in the
story are the story's.

Guards: the cues make one run of three cues at least, each a line of times (perhaps under
the cue's number or name) over its text, with nothing but cues between the first and the
last; lines before and after the run are kept as written. A story that quotes one
"00:01 --> 00:02" line is not a caption file. No paragraph starts on a lower-case word: a
cue that ends on a question ('"Will you?"') before "she asked." goes on into it.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from fic2epub.lazy_re import lazy

# A cue's times: "00:00:18,356 --> 00:00:23,826" (SRT), "00:18.356 --> 00:23.826" (WebVTT,
# hours optional, perhaps with settings after: "align:start").
_TIME = r"(?:(?P<{0}h>\d{{1,2}}):)?(?P<{0}m>\d{{2}}):(?P<{0}s>\d{{2}})[,.](?P<{0}ms>\d{{3}})"
_TIMES = lazy(rf"[ \t]*{_TIME.format('a')}[ \t]+-->[ \t]+{_TIME.format('b')}(?:[ \t]+\S.*)?")
# A WebVTT file's blocks that are not cues: comments, styles, regions.
_VTT_BLOCKS = ("NOTE", "STYLE", "REGION")
# A cue of sound alone: "[music]", "[soft lute music]", "♪ la la ♪".
_SOUND = lazy(r"\[[^\[\]\n]{1,60}\]|♪[^\n]{0,80}♪?|♫[^\n]{0,80}♫?")
# How a sentence ends, perhaps inside its quotation or bracket: "over.", "spoke?”", "it!)".
_SENTENCE_END = lazy(r".*[.!?…][\"'”’)\]]*")
# The blank lines between two cues.
_BLANKS = lazy(r"\n(?:[ \t]*\n)+")
# The spoken intro's title and writer: "After the Last Act, by yorick_lives."
_SPOKEN_TITLE = lazy(
    r"(?P<title>[^\s,][^,]{0,80}),[ \t]+(?:written[ \t]+)?by[ \t]+(?P<name>[^\s,.][^,]{0,40}?)\.?",
    re.IGNORECASE,
)
# The voice's credit: "Read by pennywhistle_pod.", "Podfic by …", "Performed by …".
_READER = lazy(
    r"(?:read|performed|recorded|narrated|voiced|podfic(?:ced)?)[ \t]+by[ \t]+\S.{0,60}",
    re.IGNORECASE,
)
# The intro is said within this many cues of the start.
_INTRO_CUES = 8
# A pause this long (milliseconds) between two cues ends a paragraph.
_PAUSE = 1000
# At least this many cues make a caption file.
_FEWEST = 3


class _Cue(NamedTuple):
    """One cue: its text lines, joined, and its times in milliseconds."""

    words: str
    lines: int
    start: int
    end: int


def srt_captions(text: str) -> str:
    """``text`` with its run of caption cues as paragraphs of their words; else as it is."""
    # Cheap first: every cue has its arrow. Its ">" alone is looked for before it, as a
    # search for one character is many times faster than one for "-->" in a text full of
    # "--" dashes.
    if ">" not in text or "-->" not in text or text.count("-->") < _FEWEST:
        return text
    blocks = _BLANKS.split(text.strip("\n"))
    cued = [_cue(block) for block in blocks]
    first = next((index for index, cue in enumerate(cued) if cue is not None), None)
    if first is None:
        return text
    last = max(index for index, cue in enumerate(cued) if cue is not None)
    webvtt = text.lstrip("\ufeff \n").startswith("WEBVTT")
    for index in range(first, last + 1):
        if cued[index] is None and not (webvtt and _vtt_header(blocks[index])):
            return text
    kept = [cue for cue in cued[first : last + 1] if cue is not None]
    if len(kept) < _FEWEST:
        return text
    before = [block for block in blocks[:first] if not (webvtt and _vtt_header(block))]
    return "\n\n".join([*before, *_paragraphs(kept), *blocks[last + 1 :]]) + "\n"


def _vtt_header(block: str) -> bool:
    """Whether a block above a WebVTT file's cues is the format's own."""
    return block.startswith("WEBVTT") or block.startswith(_VTT_BLOCKS)


def _cue(block: str) -> _Cue | None:
    """The block read as one cue, else None."""
    lines = block.split("\n")
    if len(lines) > 1 and "-->" in lines[1] and "-->" not in lines[0]:
        lines = lines[1:]  # the cue's number (SRT) or name (WebVTT)
    if not lines or "-->" not in lines[0] or (times := _TIMES.fullmatch(lines[0])) is None:
        return None
    words = [line.strip() for line in lines[1:] if line.strip()]
    return _Cue(" ".join(words), len(words), _ms(times, "a"), _ms(times, "b"))


def _ms(times: re.Match[str], which: str) -> int:
    """One of the cue's two times in milliseconds."""
    hours = int(times.group(f"{which}h") or 0)
    minutes, seconds = int(times.group(f"{which}m")), int(times.group(f"{which}s"))
    return ((hours * 60 + minutes) * 60 + seconds) * 1000 + int(times.group(f"{which}ms"))


def _paragraphs(cues: list[_Cue]) -> list[str]:
    """The cues' words joined into paragraphs, sound cues left out, the spoken intro read."""
    paragraphs: list[str] = []
    current: list[str] = []
    after_sound = True
    intro: int | None = None  # how many paragraphs the intro is, once known
    for index, cue in enumerate(cues):
        if _is_sound(cue):
            _flush(paragraphs, current)
            if intro is None and paragraphs:
                intro = len(paragraphs) if index <= _INTRO_CUES else 0
            after_sound = True
            continue
        if after_sound and _is_heading(cue):
            _flush(paragraphs, current)
            if intro is None:
                intro = len(paragraphs) if index <= _INTRO_CUES else 0
            paragraphs.append(cue.words)
        elif cue.words:
            current.append(cue.words)
            following = cues[index + 1] if index + 1 < len(cues) else None
            if _ends_paragraph(cue, following, " ".join(current)):
                _flush(paragraphs, current)
        after_sound = False
    _flush(paragraphs, current)
    return _spoken_intro(paragraphs[: intro or 0]) + paragraphs[intro or 0 :]


def _spoken_intro(paragraphs: list[str]) -> list[str]:
    """The intro's sentences as header lines: the title over its "by" line, the voice's
    credit gone (podfic-spoken-intro)."""
    lines: list[str] = []
    for paragraph in paragraphs:
        if _READER.fullmatch(paragraph):
            continue
        if (found := _SPOKEN_TITLE.fullmatch(paragraph)) is not None:
            lines.extend([found.group("title").strip(), f"by {found.group('name')}"])
        else:
            lines.append(paragraph)
    return lines


def _flush(paragraphs: list[str], current: list[str]) -> None:
    """Close the paragraph being gathered, if any."""
    if current:
        paragraphs.append(" ".join(current))
        current.clear()


def _is_sound(cue: _Cue) -> bool:
    """Whether the cue is only a sound's description (or empty)."""
    return not cue.words or _SOUND.fullmatch(cue.words) is not None


def _is_heading(cue: _Cue) -> bool:
    """A cue of one short line in Title Case with no sentence's stop or comma at its end:
    "Chapter One: The Prompt Book", "Part II", "Epilogue"."""
    words = cue.words
    if cue.lines != 1 or len(words) > 60 or not words[:1].isupper() or words[-1] in ".!?…,;":
        return False
    return all(
        word[:1].isupper() or not word[:1].isalpha() for word in words.split() if len(word) > 3
    )


def _ends_paragraph(cue: _Cue, following: _Cue | None, paragraph: str) -> bool:
    """Whether a paragraph ends after the cue: at a sentence's end outside quotation marks,
    before a sound cue or the last cue, or at a pause."""
    if following is None or _is_sound(following) or following.start - cue.end >= _PAUSE:
        return True
    if following.words[:1].islower():
        return False  # the sentence goes on: 'play?"' / 'she asked him at last.'
    open_quote = paragraph.count('"') % 2 == 1 or paragraph.count("“") > paragraph.count("”")
    return not open_quote and _SENTENCE_END.fullmatch(cue.words) is not None
