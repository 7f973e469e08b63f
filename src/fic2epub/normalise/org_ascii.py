"""Rule ``org-ascii-export``: a story exported by Emacs Org-mode's ASCII back end.

``org-ascii-export`` lays a document out as plain text of its own shape: the title centred
and upcased between two heavy rules (``━━━`` in UTF-8, ``===`` in ASCII), the author and the
date centred under it, a ``Table of Contents`` underlined and listing the headlines, then
each top headline on its own line with a full-length double rule under it (``═══``, ASCII
``===``) and its text indented two spaces; list items start with ``•`` (ASCII ``-``).

Only a file with two or more underlined headlines is read so, and only when it opens with that
title block or underlines them with the UTF-8 double rule ``═``, which is Org's own (an ``===``
underline alone is any Markdown converter's setext heading). Its parts are rewritten as the
reader knows them, line for line:

- Rule ``org-ascii-title``: the title block's rules are dropped, the title kept as written,
  the centred line under it read as the author ("by NAME") and a centred date dropped.
- Rule ``org-ascii-contents``: the table of contents (its title, underline and entries up to
  the first blank line) is dropped: it repeats the headlines.
- Rule ``org-ascii-headline``: an underlined headline becomes a ``## `` heading; a headline
  that is a note's label ("Afterword", "Author's Note") stays a label line, so the note it
  holds stays a note.
- Rule ``org-ascii-fields``: before the first headline, a list item that is a header field
  ("• Rating: G") loses its bullet, and the indented lines that continue it their indent.

Line breaks are kept, so line numbers still point at the file.
"""

from __future__ import annotations

from fic2epub.lazy_re import lazy
from fic2epub.normalise.fields import is_known_label
from fic2epub.normalise.patterns import match_note
from fic2epub.normalise.web_clip import next_filled

_TITLE_RULE = lazy(r"[ \t]{2,}(?:━{3,}|={3,})[ \t]*")
_HEADLINE_RULE = lazy(r"(?:═{2,}|={2,})[ \t]*")
_CONTENTS_RULE = lazy(r"(?:─{3,}|-{3,})[ \t]*")
_CENTRED = lazy(r"[ \t]{6,}(?P<text>\S.{0,80}?)[ \t]*")
_DATE = lazy(r"\d{4}-\d{2}-\d{2}(?:\s.*)?|[A-Z][a-z]+ \d{1,2}, \d{4}|\d{1,2} [A-Z][a-z]+ \d{4}")
_ITEM_FIELD = lazy(r"(?:•|-)[ \t]+(?P<label>[^:\n]{1,30}):(?P<rest>.*)")
_CONTENTS_TITLE = "Table of Contents"
_LEAST_HEADLINES = 2
# Centred lines under the title block that may still be its author and date.
_TITLE_BLOCK_REACH = 10


def org_ascii_export(text: str) -> str:
    """The text with an Org ASCII export's title block, contents and headlines rewritten."""
    # "=" before "===": one character is found at memory speed (see line_search).
    if "━" not in text and "═" not in text and ("=" not in text or "===" not in text):
        return text
    lines = text.split("\n")
    top = _title_block(lines)
    headlines = _headlines(lines)
    if top is None:
        # With no title block (no "#+TITLE"), only the UTF-8 double rule marks the export:
        # an "===" underline is any Markdown converter's, which the setext rule reads.
        headlines = [index for index in headlines if "═" in lines[index + 1]]
    if len(headlines) < _LEAST_HEADLINES:
        return text
    if top is not None:
        _rewrite_title_block(lines, top)
    _drop_contents(lines)
    first = headlines[0]
    _unbullet_fields(lines, first)
    for index in headlines:
        lines[index + 1] = ""
        heading = lines[index].strip()
        lines[index] = heading if match_note(heading + ":") else f"## {heading}"
    return "\n".join(lines)


def _title_block(lines: list[str]) -> int | None:
    """The index of the centred title between two rules at the top, else None."""
    index = next_filled(lines, 0)
    if index + 2 >= len(lines):
        return None
    rule, title, under = lines[index : index + 3]
    if (
        _TITLE_RULE.fullmatch(rule)
        and rule.strip() == under.strip()
        and _CENTRED.fullmatch(title)
        and len(title.strip()) <= len(rule.strip()) + 2
    ):
        return index + 1
    return None


def _rewrite_title_block(lines: list[str], title: int) -> None:
    """Rules dropped, the title unindented, the author as a byline and the date dropped."""
    lines[title - 1] = lines[title + 1] = ""
    lines[title] = lines[title].strip()
    author_seen = False
    for index in range(title + 2, min(len(lines), title + 2 + _TITLE_BLOCK_REACH)):
        line = lines[index]
        if not line.strip():
            continue
        found = _CENTRED.fullmatch(line)
        if found is None:
            break
        value = found.group("text")
        if _DATE.fullmatch(value):
            lines[index] = ""
        elif not author_seen:
            lines[index] = f"by {value}"
            author_seen = True


def _headlines(lines: list[str]) -> list[int]:
    """Indexes of headlines: an unindented short line with a double rule of its length under
    it, opening a block."""
    found = []
    for index in range(len(lines) - 1):
        line = lines[index]
        under = lines[index + 1]
        if (
            line.strip()
            and not line[:1].isspace()
            and (index == 0 or not lines[index - 1].strip())
            and _HEADLINE_RULE.fullmatch(under)
            and len(under.strip()) == len(line.strip())
        ):
            found.append(index)
    return found


def _drop_contents(lines: list[str]) -> None:
    """Blank the table of contents: its title, its underline and its entries."""
    for index in range(len(lines) - 1):
        if lines[index].strip() == _CONTENTS_TITLE and _CONTENTS_RULE.fullmatch(lines[index + 1]):
            end = next_filled(lines, index + 2)
            while end < len(lines) and lines[end].strip():
                end += 1
            for blank in range(index, end):
                lines[blank] = ""
            return


def _unbullet_fields(lines: list[str], first_headline: int) -> None:
    """Header list items that are fields, without their bullets and continuation indents."""
    in_item = False
    for index in range(first_headline):
        line = lines[index]
        found = _ITEM_FIELD.fullmatch(line)
        if found is not None and is_known_label(found.group("label")):
            lines[index] = f"{found.group('label')}:{found.group('rest')}"
            in_item = True
        elif in_item and line.startswith("  ") and line.strip():
            lines[index] = line.strip()
        else:
            in_item = False
