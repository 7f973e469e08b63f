"""Rule ``banner-box``: a title block drawn as a box of characters at the top of a file.

Old archive files and zines frame their opening lines (the title in capitals, the byline) in
a box typed by hand: a rule of ``*`` (or ``#``, ``=``) above and below, and each line between
starting and ending with the same character, padded with spaces to centre the text::

    ****************************
    *        THE TITLE         *
    *       by An Author       *
    ****************************

or, as fanzines typed up for a list archive draw it, with ``+`` corners, rules of ``-`` (or
``=``) and ``|`` sides::

    +--------------------------+
    |        The Title         |
    |  by One Author & Another |
    +--------------------------+

The frame is the file's decoration, not its words: the rules become blank lines and each
framed line its bare text, so the header passes read a title block there. The line count
stays the same, so ``--explain`` still numbers the source's lines.
"""

from __future__ import annotations

from fic2epub.lazy_re import lazy

# The characters a box is drawn with.
_FRAMES = "*#="
# A rule is at least this long: a scene break of a few stars is no box.
_SHORTEST_RULE = 10
# A rule between two "+" corners: "+------+", "+======+".
_CORNERED = lazy(r"\+(?:-{8,}|={8,})\+")
# The side a cornered box's framed lines start and end with.
_BAR = "|"
# The box must open within this many lines of the top: it frames the file's opening.
_OPENS_WITHIN = 12
# A box frames a title block, not a page of text.
_MOST_LINES = 12


def banner_box(text: str) -> str:
    """``text`` with the box framing its opening lines undrawn (see the module), or as it is.

    Guards: the box opens near the top with a rule of one frame character, every line up to
    the closing rule starts and ends with that character, at least one of them has words,
    and the closing rule follows within a few lines.
    """
    head = text[:4000].lstrip()
    cornered = head[:2] in ("+-", "+=")
    if not cornered and (
        head[:1] not in _FRAMES or head[:_SHORTEST_RULE] != head[0] * _SHORTEST_RULE
    ):
        return text
    lines = text.split("\n")
    top = next((i for i, line in enumerate(lines[:_OPENS_WITHIN]) if line.strip()), None)
    if top is None:
        return text
    frame = lines[top].strip()[0]
    side = _BAR if cornered else frame
    if not _rule(lines[top], frame):
        return text
    for bottom in range(top + 1, min(len(lines), top + _MOST_LINES + 2)):
        if _rule(lines[bottom], frame):
            break
        inner = lines[bottom].strip()
        if len(inner) < 2 or inner[0] != side or inner[-1] != side:
            return text
    else:
        return text
    framed = [lines[i].strip()[1:-1].strip() for i in range(top + 1, bottom)]
    if not any(any(c.isalpha() for c in line) for line in framed):
        return text
    lines[top] = lines[bottom] = ""
    lines[top + 1 : bottom] = framed
    return "\n".join(lines)


def _rule(line: str, frame: str) -> bool:
    """Whether ``line`` is a rule of the frame character, long enough for a box, or (for a
    frame of "+") a rule between two "+" corners."""
    stripped = line.strip()
    if frame == "+":
        return _CORNERED.fullmatch(stripped) is not None
    return len(stripped) >= _SHORTEST_RULE and stripped == frame * len(stripped)
