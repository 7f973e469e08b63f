"""Rule ``lj-xml-export``: LiveJournal's XML export of a journal's entries, read as the entries.

LiveJournal's export page (export.bml, "XML" format; Dreamwidth's and the LJ-code sites'
copies of it) saves a month of entries as one ``<livejournal>`` document: each
``<entry>`` holds ``<itemid>``, ``<eventtime>``, ``<logtime>``, ``<subject>``, the post
itself in ``<event>``, ``<security>``, ``<allowmask>``, ``<current_mood>``,
``<current_music>``. The post's own HTML is escaped inside ``<event>`` ("&lt;b&gt;Title:&lt;/b&gt;",
"&lt;lj-cut text=…&gt;"), since the document is XML. A reader sees the posts: each entry
becomes its subject, as the ``Subject:`` line an entry page shows, over its event with the
HTML unescaped (the HTML steps after this one read it as the journal rendered it). The
export's own elements (ids, times, security, mood and music) are the export's, not the post's.

Guards: the document element ``<livejournal>`` near the top, and at least one ``<entry>``
with an ``<event>`` in it; a story that only mentions such a tag is left alone.
"""

from __future__ import annotations

import html
import re

from fic2epub.lazy_re import lazy

# How far into the file the document element may stand (after an XML declaration).
_TOP = 400
# One entry, and the two of its elements a reader sees. Lazy runs bounded by their closing
# tags: no nesting, so no backtracking beyond one entry.
_ENTRY = lazy(r"<entry>(?P<body>.*?)</entry>", re.DOTALL)
_SUBJECT = lazy(r"<subject>(?P<text>.*?)</subject>", re.DOTALL)
_EVENT = lazy(r"<event>(?P<text>.*?)</event>", re.DOTALL)


def lj_xml_export(text: str) -> str:
    """``text`` as its entries' subjects and posts, when it is LiveJournal's XML export."""
    # Cheap first: the tags as substrings before any pattern runs, and "<" before them (one
    # character is found at memory speed, see line_search; a text with no tag lacks it).
    if "<" not in text or "<event>" not in text or "<livejournal>" not in text[:_TOP]:
        return text
    entries = [_entry_text(found.group("body")) for found in _ENTRY.finditer(text)]
    posts = [entry for entry in entries if entry]
    if not posts:
        return text
    # Two blank lines between entries, as between the posts of a journal page.
    return "\n\n\n".join(posts) + "\n"


def _entry_text(body: str) -> str:
    """One entry as a reader sees it: "Subject: …" over the unescaped post, or "" when the
    entry has no event."""
    event = _EVENT.search(body)
    if event is None:
        return ""
    post = html.unescape(event.group("text")).strip("\n")
    subject = _SUBJECT.search(body)
    title = html.unescape(subject.group("text")).strip() if subject else ""
    # A subject on one line only: an entry page shows it as one line over the post.
    title = " ".join(title.split())
    return f"Subject: {title}\n\n{post}" if title else post
