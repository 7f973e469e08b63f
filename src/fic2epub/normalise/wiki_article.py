"""Rule ``wiki-article-page``: a story posted as a wiki article (a Fandom fanon wiki, any
MediaWiki site) and copied from the browser.

The page frames the article with the site's bars (the network's name and menu, the wiki's
name and menu), then the article's title over its action bar ("Edit   History   Talk (0)
Share", "Read   Edit source   View history"). A fanon article opens on an infobox, which a
copy turns into its title again and each label alone on a line above its value ("Author",
"Lupe", "Status", "Complete"); then comes the lead paragraph, the table of contents
("Contents [hide]" over numbered section names), and the sections, each heading glued to
its "[edit | edit source]" (or "[edit]") link. Under the article come its categories, the
licence line ("Community content is available under CC-BY-SA unless otherwise noted.") and
the site's footer.

The bars, the action bar, the infobox's repeated title, the contents box, the categories,
the licence line and all below it are the site's and go; each infobox pair becomes a
"Label: value" header line, and each section heading loses its edit link, so a "Notes"
section reads as a note and a "Chapter 1" one as a chapter. Line numbers still point at
the file: a line that goes is left blank.

Only on a page with two section headings glued to an edit link and an action bar under a
title line near the top.
"""

from __future__ import annotations

import re

from fic2epub.lazy_re import lazy
from fic2epub.normalise.web_clip import next_filled

# A section heading's edit link glued to its end: "Notes[edit | edit source]", "Plot[edit]".
_EDIT_LINK = lazy(r"\s*\[\s*edit(?:\s*\|\s*edit\s+source)?\s*\]\s*$", re.IGNORECASE)
# The article's action bar under its title, its items set apart by runs of spaces or bars.
_ACTIONS = frozenset(
    {"edit", "edit source", "history", "view history", "talk", "share", "read", "discuss"}
    # Fandom's newer bar counts the article's comments: "Edit   Comments (2)   Share".
    | {"comments"}
)
_ACTION_SPLIT = lazy(r"\s{2,}|\s*\|\s*")
_TALK_COUNT = lazy(r"\s*\(\d{1,5}\)$")
# The labels a fanon infobox shows above its values. (A string, so that the row's pattern
# is built from it without compiling the label's pattern as the module loads.)
_INFOBOX_LABELS = (
    r"author|writer|written\s+by|based\s+on|fandom|series|status|chapters|rating|language"
    r"|genres?|characters|pairings?|published|updated|words|word\s+count|summary"
)
_INFOBOX_LABEL = lazy(_INFOBOX_LABELS, re.IGNORECASE)
# One infobox row on one line: its label, a tab or two spaces, the value.
_INFOBOX_ROW = lazy(
    rf"(?P<label>{_INFOBOX_LABELS})(?:\t+[ \t]*|[ ]{{2,}})(?P<value>\S.{{0,120}})",
    re.IGNORECASE,
)
# Rule ``wiki-story-section``: a section that only says where the story starts ("Story",
# "The story", "Fic", "Text"): its heading is the page's outline, not a chapter's title.
_STORY_SECTION = lazy(r"(?:the\s+)?(?:story|fic|fanfic|text|full\s+text)", re.IGNORECASE)
# Rule ``wiki-talk-section``: a section copying the page's comments or its talk page,
# under the story ("Comments", "Comments from the talk page", "Talk"): readers', not the
# story's, to the categories.
_TALK_SECTION = lazy(r"(?:comments|talk|discussion)\b.{0,60}", re.IGNORECASE)
# The contents box's title and its numbered entries ("1 Notes", "2.1 Chapter I").
_CONTENTS = lazy(r"contents\s*(?:\[\s*(?:hide|show)\s*\])?", re.IGNORECASE)
_CONTENTS_ENTRY = lazy(r"\d{1,2}(?:\.\d{1,2})*\s+\S.{0,120}")
# The categories box and the licence line under the article.
_CATEGORIES = lazy(r"categories(?:\s*:.*)?", re.IGNORECASE)
_LICENCE = lazy(
    r"(?:community\s+)?content\s+is\s+available\s+under\s+(?:cc[\s-]by[\s-]sa|the\s+creative"
    r"\s+commons|gfdl).{0,80}",
    re.IGNORECASE,
)
# How far down the action bar may stand, and how many edit-linked headings a page needs.
_TOP = 15
_SECTIONS = 2


def wiki_article(text: str) -> str:
    """``text`` without a wiki article page's framing (see the module docstring)."""
    # The action bar near the top is the cheapest of the guards, so it is tested first.
    head = text.split("\n", _TOP)[:_TOP]
    actions = next((i for i, line in enumerate(head) if _action_bar(line)), None)
    if actions is None or actions == 0 or not head[actions - 1].strip():
        return text
    if "[edit" not in text and "[Edit" not in text and "[EDIT" not in text:
        return text
    lines = text.split("\n")
    if sum(1 for line in lines if _EDIT_LINK.search(line) and line.strip()[:1] != "[") < 2:
        return text
    title = lines[actions - 1].strip()
    kept = [""] * (actions - 1) + [title] + [""]
    kept = _lead_summary(kept + _infobox(lines[actions + 1 :], title), actions + 1)
    kept = _without_contents(kept)
    kept = _sections(kept)
    return "\n".join(_without_foot(kept))


def _sections(lines: list[str]) -> list[str]:
    """The lines with each section heading's edit link gone, a heading that only names the
    story blanked, and a comments or talk section blanked with all under it (the foot
    follows it)."""
    out = list(lines)
    for index, line in enumerate(out):
        edit = _EDIT_LINK.search(line)
        if edit is None:
            continue
        name = line[: edit.start()].strip()
        if _STORY_SECTION.fullmatch(name):
            out[index] = ""
        elif _TALK_SECTION.fullmatch(name):
            out[index:] = [""] * (len(out) - index)
            break
        else:
            out[index] = line[: edit.start()]
    return out


def _action_bar(line: str) -> bool:
    """Whether the line is an article's action bar: three or more of its links alone."""
    items = [_TALK_COUNT.sub("", item).lower() for item in _ACTION_SPLIT.split(line.strip())]
    items = [item for item in items if item]
    return len(items) >= 3 and all(item in _ACTIONS for item in items)


def _infobox(lines: list[str], title: str) -> list[str]:
    """The lines under the action bar, the infobox's repeated title blanked and each of its
    label-above-value pairs written as a "Label: value" line on the value's line (the
    label's line blanked)."""
    out = list(lines)
    at = next_filled(out, 0)
    if at < len(out) and out[at].strip() == title:
        out[at] = ""
        at += 1
    pairs = 0
    # Rule ``wiki-infobox-rows``: a copy that kept the box's table rows gives each pair on
    # one line, label and value set apart by a tab or a run of spaces ("Author<TAB>Lupe").
    while at < len(out) and (row := _INFOBOX_ROW.fullmatch(out[at].strip())) is not None:
        out[at] = f"{row.group('label')}: {row.group('value')}"
        pairs += 1
        at += 1
    if pairs:
        return out if pairs >= 2 else list(lines)
    while at + 1 < len(out) and _INFOBOX_LABEL.fullmatch(out[at].strip()):
        value = out[at + 1].strip()
        if not value or _INFOBOX_LABEL.fullmatch(value):
            break
        out[at], out[at + 1] = "", f"{out[at].strip()}: {value}"
        pairs += 1
        at += 2
    # A lone pair is too little to call a box: "Status" over a sentence may be a story's.
    return out if pairs >= 2 else list(lines)


def _lead_summary(lines: list[str], below: int) -> list[str]:
    """The lines with the article's lead paragraph, when it is one paragraph over the
    contents box or the first section, labelled "Summary:": a fanon article's lead tells what
    the story is; the story itself is in the sections."""
    start = next(
        (i for i in range(below, len(lines)) if lines[i].strip() and not _field_line(lines[i])),
        None,
    )
    if start is None or _EDIT_LINK.search(lines[start]):
        return lines  # the sections begin at once: the page has no lead
    end = next((i for i in range(start, len(lines)) if not lines[i].strip()), len(lines))
    after = next_filled(lines, end)
    if after == len(lines) or not (
        _CONTENTS.fullmatch(lines[after].strip()) or _EDIT_LINK.search(lines[after])
    ):
        return lines
    out = list(lines)
    out[start] = f"Summary: {out[start].strip()}"
    return out


def _field_line(line: str) -> bool:
    """Whether the line is an infobox pair written as a "Label: value" line."""
    label, colon, _ = line.partition(":")
    return bool(colon) and _INFOBOX_LABEL.fullmatch(label.strip()) is not None


def _without_contents(lines: list[str]) -> list[str]:
    """The lines with the contents box (its title and numbered entries) blanked."""
    out = list(lines)
    for index, line in enumerate(out):
        if not _CONTENTS.fullmatch(line.strip()):
            continue
        end = index + 1
        while end < len(out) and _CONTENTS_ENTRY.fullmatch(out[end].strip()):
            end += 1
        if end - index >= 2:
            out[index:end] = [""] * (end - index)
        break
    return out


def _without_foot(lines: list[str]) -> list[str]:
    """The lines with the categories, the licence line and all below it blanked."""
    licence = next((i for i, line in enumerate(lines) if _LICENCE.fullmatch(line.strip())), None)
    if licence is None:
        return lines
    start = licence
    while start > 0 and (
        not lines[start - 1].strip() or _CATEGORIES.fullmatch(lines[start - 1].strip())
    ):
        start -= 1
    return lines[:start] + [""] * (len(lines) - start)
