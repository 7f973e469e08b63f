"""Rule ``split-reblog-header``: the Tumblr app's reblog header, copied over three lines.

The phone app sets a reblog's header as the reblogger's name, then " reblogged" on a line
of its own (the app draws the reblog icon before it), then the original poster's name:

    leidenrain
     reblogged
    rikas-umbrella

The dashboard writes the same header as "leidenrain reblogged" over the poster's name,
which :mod:`tumblr` reads (``reblog-header-own-line``). This step joins the reblogger's
name and the verb into that one line, so the app's copy is read the same way.

Guards: only among the copy's first lines; "reblogged" alone on its line, with a Tumblr
user name (lower-case letters, digits, hyphens) right above it and another, different one
right under it, no blank line between. A story's "she reblogged" is never alone so.
"""

from __future__ import annotations

from fic2epub.normalise.tumblr_trail import USER_NAME

# How far into the copy the header may stand (the app's bar may come first).
_HEAD_LINES = 8


def split_reblog_header(text: str) -> str:
    """``text`` with the app's three-line reblog header joined (see the module's rule)."""
    head = text[:600]
    if "reblogged" not in head:
        return text
    lines = text.split("\n", _HEAD_LINES + 1)
    for index in range(1, min(len(lines) - 1, _HEAD_LINES)):
        if lines[index].strip() != "reblogged":
            continue
        above, below = lines[index - 1].strip(), lines[index + 1].strip()
        if USER_NAME.fullmatch(above) and USER_NAME.fullmatch(below) and above != below:
            joined = [*lines[: index - 1], f"{above} reblogged", *lines[index + 1 :]]
            return "\n".join(joined)
    return text
