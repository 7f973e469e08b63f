"""Rule ``angle-link-address``: a browser's text save writes each link's address after it.

Firefox's "Save Page As… Text Files" (its plain-text serializer) writes a link as its text
followed by the address in angle brackets: "A Mirror for Devaldevi <https://…/viewstory.php?
sid=412> by tapi_riverbank <https://…>". A link inside the page (a contents entry's
``#section0001``) gets the saved file's own ``<file:///C:/Users/…>`` address, and a long
address wraps onto a line of its own. The addresses are the page's markup, not the
author's words: read as they are, the title line is no "Title by name" line and every
contents entry runs on into a line of debris. So each address goes, and a line that held
only addresses goes with them. A long line that lost an address was wrapped with it in
("Title <…> by" over "name <…>"), so the line under it joins it again.

Only in a file written so: one with a ``<file:///…>`` address or with addresses on at
least three lines. An author's lone "<https://…>" in a note keeps its address.

Rule ``ao3-posted-link-address``: an AO3 HTML download saved as text may hold only two links
(the work's and the creator's), but its first lines say so themselves: AO3's "Posted
originally on the Archive of Our Own <https://…> at https://…." names the archive as a link,
which only a text save of the download writes. Such a file loses its addresses with two. The
same words with no address straight after "Own" (an AO3 TXT download, a pasted message) are
no such file.
"""

from __future__ import annotations

from fic2epub.lazy_re import lazy

# An address in angle brackets, with the space before it.
_ADDRESS = lazy(r"[ \t]*<(?:https?|file|ftp|mailto):[^<>\s]{1,2000}>")
# A line that holds nothing but addresses.
_ADDRESS_LINE = lazy(r"[ \t]*(?:<(?:https?|file|ftp|mailto):[^<>\s]{1,2000}>[ \t]*)+")
# A file needs this many addresses.
_LEAST_ADDRESSES = 3
# AO3's download message with the archive's name as a link: a text save of the download.
_AO3_POSTED_LINK = lazy(r"Posted originally on the Archive of Our Own\s{1,4}<https?://")
# A file that says so needs no more than the work's and the creator's addresses.
_LEAST_AO3_ADDRESSES = 2
# A line this long wrapped with its addresses in it: without them, its next line is its end.
_WRAPPED = 60


def angle_link_addresses(text: str) -> str:
    """``text`` without a text save's ``<address>`` after each link, when it has enough of
    them to be one; else as it is."""
    # "<" first: one character is found at memory speed (see line_search).
    if "<" not in text:
        return text
    least = _least_addresses(text)
    if "<file:///" not in text and text.count("<http") < least:
        return text
    lines = text.split("\n")
    if sum(_ADDRESS.search(line) is not None for line in lines) < least:
        return text
    kept: list[str] = []
    rejoin = False
    for line in lines:
        if rejoin and line.strip():
            # The line went on here only because its addresses filled it up.
            kept[-1] = f"{kept[-1]} {line.strip()}"
            line = kept.pop()
        rejoin = False
        if "<" not in line:
            kept.append(line)
        elif not _ADDRESS_LINE.fullmatch(line):
            kept.append(_ADDRESS.sub("", line))
            rejoin = len(line) >= _WRAPPED
    return "\n".join(kept)


def _least_addresses(text: str) -> int:
    """How many lines with addresses make ``text`` a text save: fewer when AO3's download
    message shows its link (rule ``ao3-posted-link-address``)."""
    if "Posted originally on the Archive of Our Own" in text and _AO3_POSTED_LINK.search(text):
        return _LEAST_AO3_ADDRESSES
    return _LEAST_ADDRESSES
