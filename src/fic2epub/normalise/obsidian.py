"""Rule ``obsidian-markup``: a note kept in Obsidian, read as Obsidian shows it.

Obsidian adds its own marks to Markdown. A ``[[wikilink]]`` to another note shows as the
note's name, or as its alias when written ``[[Note|alias]]``; ``![[picture.png]]`` embeds a
file. ``%% … %%`` is a comment, hidden in the reading view (writers keep their to-do lists
there). ``==text==`` is a highlight. A callout is a blockquote opened by ``> [!type] Title``;
writers set their author's note in one (``> [!note] A/N``), and the title then is the note's
label. None of those marks is the story's text, and all are rare outside Obsidian: a link or
comment is there only when both its brackets are, and highlights are undone only in a file
that has another Obsidian mark, so "==" in a plain story stays.

Rule ``obsidian-link-line``: a line of nothing but wikilinks, perhaps under a label that
names such links ("Related: [[reading notes]] · [[fic index]]", "See also:", "Up:"), links
the note to the others in the writer's vault: a map of their notes, not a sentence of the
story, so it goes. A line with words of its own besides the links ("She read [[the letter]]
twice.") is text, and one under a field's label ("fandom: [[Name]]") is a header field.

Line breaks are kept, so line numbers still point at the file.
"""

from __future__ import annotations

import re

from fic2epub.lazy_re import lazy
from fic2epub.normalise.patterns import match_note

# "[[Note]]", "[[Note|alias]]", "[[Note#Heading]]", and the embed "![[picture.png]]".
_WIKILINK = lazy(
    r"(?P<embed>!?)\[\[(?P<target>[^\[\]|\n]{1,200})(?:\|(?P<alias>[^\[\]\n]{1,200}))?\]\]"
)
# What is left of a line of wikilinks once they are gone: a label that names links to other
# notes and its colon, then the separators that stood between the links. A field's label
# ("fandom: [[Name]]", as a Logseq property reads) is a header field, not a map.
_LINKS_ONLY = lazy(
    r"[ \t]*(?:(?:related|see[ \t]+also|links|linked|backlinks|up|parent|next|previous|prev"
    r"|back|index|moc|home|nav|navigation)[ \t]*:)?[ \t·•|,;/–—-]*",
    re.IGNORECASE,
)
# "%% hidden %%", over one line or several; the marks stand apart from other words, so a
# typed "100%%" is not one.
_COMMENT = lazy(r"(?<!\S)%%(?P<body>[^%]{1,4000}?)%%(?!\S)", re.DOTALL)
# "==highlighted==", inside one line, the marks against the words.
_HIGHLIGHT = lazy(r"(?<![=\w])==(?=[^\s=])(?P<text>[^=\n]{1,400}?)(?<=[^\s=])==(?![=\w])")
# A callout's opening line: "> [!note] A/N", "> [!warning]- Content warnings", "> [!tip]".
_CALLOUT = lazy(r"(?P<quote>[ \t]*>[ \t]?)\[!(?P<kind>[A-Za-z-]{1,20})\][+-]?[ \t]*(?P<title>.*)")


def obsidian_markup(text: str) -> str:
    """The text with Obsidian's wikilinks, comments, callout marks and highlights undone.

    Skipped at once when the text has none of the marks' brackets.
    """
    if "[" not in text and "%" not in text:
        return text  # one character first, at memory speed (see line_search)
    if "[[" not in text and "%%" not in text and "[!" not in text:
        return text
    marked = False
    if "%%" in text:
        text, count = _COMMENT.subn(_hide, text)
        marked = marked or count > 0
    if "[[" in text:
        text = _without_link_lines(text)
        text, count = _WIKILINK.subn(_shown, text)
        marked = marked or count > 0
    if "[!" in text:
        lines = text.split("\n")
        for index, line in enumerate(lines):
            if "[!" in line[:8] and (found := _CALLOUT.fullmatch(line)) is not None:
                lines[index] = _callout(found, lines[index + 1] if index + 1 < len(lines) else "")
                marked = True
        text = "\n".join(lines)
    if marked and "==" in text:
        text = _HIGHLIGHT.sub(r"\g<text>", text)
    return text


def _without_link_lines(text: str) -> str:
    """The text without its lines of wikilinks alone (obsidian-link-line). The blank lines
    under such a line go too, as many as there are above it, so the paragraphs around it
    stay as far apart as the text's others, not a scene break's run of blank lines apart
    (as html_comment_lines keeps the gap across a comment)."""
    kept: list[str] = []
    blanks = 0  # blank lines under a dropped line still to drop
    for line in text.split("\n"):
        if blanks and not line.strip():
            blanks -= 1
            continue
        blanks = 0
        if "[[" in line and _LINKS_ONLY.fullmatch(_WIKILINK.sub("", line)) is not None:
            while blanks < len(kept) and not kept[-1 - blanks].strip():
                blanks += 1
            continue
        kept.append(line)
    return "\n".join(kept)


def _hide(found: re.Match[str]) -> str:
    """A comment, hidden: only its line breaks stay."""
    return "\n" * found.group("body").count("\n")


def _shown(found: re.Match[str]) -> str:
    """What a wikilink shows: its alias, else the note's name ("Note > Heading" for a link to
    a heading); an embedded file shows nothing of its name."""
    if found.group("embed"):
        return ""
    if found.group("alias"):
        return found.group("alias").strip()
    target = found.group("target").strip()
    page, _, heading = target.partition("#")
    return f"{page} > {heading.lstrip('^')}" if page and heading else (page or heading)


def _callout(found: re.Match[str], following: str) -> str:
    """A callout's opening line as the note label it stands for ("> A/N:"), when its title
    (or, untitled, its kind: "[!note]" is a "Note") reads as one and text follows in the
    quote; else its title alone, the kind's mark gone."""
    quote, title = found.group("quote"), found.group("title").strip()
    label = title or found.group("kind").capitalize()
    body = following.strip().startswith(">") and following.strip().strip(">").strip()
    if body and len(label) <= 40 and match_note(f"{label.rstrip(':')}: x") is not None:
        return f"{quote}{label.rstrip(':')}:"
    return f"{quote}{title}" if title else quote.rstrip()
