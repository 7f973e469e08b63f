"""Saved mailboxes, old home pages and zines: their framing around the story."""

from __future__ import annotations

import pytest

from fic2epub.model import EndMarker
from fic2epub.normalise.mail import is_mbox_separator, unescape_mbox
from fic2epub.normalise.page_footers import bare_updated_line, page_footer
from fic2epub.normalise.pages import is_masthead
from fic2epub.normalise.patterns import DASH_FIELD_RE, match_note
from fic2epub.options import ReadOptions
from fic2epub.readers.text import read_text
from story_text import story_paragraphs


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Sent from my iPhone", "mail-client-signature"),
        ("Sent from my BlackBerry® wireless device", "mail-client-signature"),
        ("Sent from Yahoo Mail on Android", "mail-client-signature"),
        ("Sent from Mail for Windows 10", "mail-client-signature"),
        ("Get Outlook for iOS", "mail-client-signature"),
        ("Von meinem iPhone gesendet", "mail-client-signature"),
        ("This page was last updated on 3 May 2002.", "page-updated-line"),
        ("Page last modified: 12/01/1999", "page-updated-line"),
        ("You are visitor number 000312.", "visitor-counter"),
        ("You are the 1,204th visitor to this page.", "visitor-counter"),
        ("This page has been visited 5120 times since June 2000.", "visitor-counter"),
        ("(continued in Part 2)", "instalment-pointer"),
        ("Continued in the next post...", "instalment-pointer"),
        ("[cont. from part one]", "instalment-pointer"),
        ("(end of part one)", "instalment-pointer"),
        ("[End of Part 2]", "instalment-pointer"),
        ("Back to Pell's Hardy page: http://www.example.net/~pell/hardy/", "back-link-address"),
        ("Return to the fic index -- www.example.org/fic.html", "back-link-address"),
    ],
)
def test_page_footer_lines(line: str, rule: str) -> None:
    assert page_footer(line) == rule


def test_bare_last_updated_line_is_read_only_as_a_dated_footer() -> None:
    assert bare_updated_line("Last updated 14 March 2001")
    assert bare_updated_line("Last modified: 03/05/2002")
    assert not bare_updated_line("Last updated the map before the war.")
    assert not bare_updated_line("Last updated yesterday")


@pytest.mark.parametrize(
    "line",
    [
        "Sent from my sister, with love.",
        "She sent from the kitchen for more bread.",
        "Last updated: 2003-08-14",  # a header's update date, read as a field
        "He was the visitor they had waited for.",
        '"Sent from the front," she read aloud, "on the ninth."',
        "She continued in the next room.",
        "Continued in next chapter",  # an end marker, read by patterns.END_RE
        "End of Part One",  # unbracketed: the author's end marker
        "(the end of part one of her life was quiet)",
        "Back to the farm, she thought. The road ran on.",
        "Back to the shop. See www.example.com for the hours, she wrote.",
    ],
)
def test_page_footer_leaves_prose(line: str) -> None:
    assert page_footer(line) is None


def test_mbox_separator_and_unescape() -> None:
    assert is_mbox_separator("From wren@example.org  Tue Jan  5 09:12:44 1999")
    assert not is_mbox_separator("From the hill the valley was white.")
    box = (
        "From wren@example.org  Tue Jan  5 09:12:44 1999\n"
        "From: W <w@x.org>\n\nlooked down.\n>From the hill\n"
    )
    assert unescape_mbox(box).endswith("looked down.\nFrom the hill\n")
    # Without a mailbox's separator line, ">From" is a quotation and stays.
    quoted = "She wrote back:\n\n>From the hill I saw you.\n"
    assert unescape_mbox(quoted) == quoted


def test_zine_issue_line_and_editor_note() -> None:
    assert is_masthead("A Cranford letterzine -- Issue 5, Winter 1994")
    assert not is_masthead("The newsletter came in issue 5 of 1994, and she read it twice.")
    note = match_note("From the editor:")
    assert note is not None and note.label == "From the editor"
    assert match_note("From the editor, she had a long letter.") is None
    assert match_note("From the editor's desk came a note.") is None


def test_dash_label_with_hyphen() -> None:
    found = DASH_FIELD_RE.fullmatch("E-MAIL - wren@example.org")
    assert found is not None and found.group("key") == "E-MAIL"


_MAILBOX = """\
From wren@example.org  Tue Jan  5 09:12:44 1999
From: "Wren Hollis" <wren@example.org>
To: teashop-fic@lists.example.org
Subject: [teashop] NEW: The Long Table 1/2 (G)
Date: Tue, 5 Jan 1999 03:10:02 -0500

TITLE - The Long Table (1/2)
AUTHOR - Wren Hollis
E-MAIL - wren@example.org
RATING - G

----------

I. Eleven Chairs

The table had eleven chairs and twelve guests, and Mrs. Jamieson had
counted them twice before she admitted that the sum would not come
right, however she did it.

--\x20
Wren

From wren@example.org  Wed Jan  6 10:30:00 1999
From: "Wren Hollis" <wren@example.org>
To: teashop-fic@lists.example.org
Subject: [teashop] NEW: The Long Table 2/2 (G)
Date: Wed, 6 Jan 1999 04:20:11 -0500

TITLE - The Long Table (2/2)
Disclaimer and notes in part one.

----------

II. The Stool

Somebody fetched a stool from the scullery and set it at the foot of
the table.
>From there the youngest guest could see everybody, and did.

--\x20
Wren
"""


def test_mailbox_of_list_posts() -> None:
    story = read_text(_MAILBOX.encode(), ReadOptions(), "box.txt")
    assert story.metadata.title == "The Long Table"
    assert story.metadata.authors == ("Wren Hollis",)
    chapters = [c for part in story.parts for c in part.chapters]
    assert [c.title for c in chapters] == ["I. Eleven Chairs", "II. The Stool"]
    text = "\n".join(story_paragraphs(story))
    assert "From there the youngest guest" in text
    for debris in ("TITLE -", "Disclaimer and notes", ">From", "----------"):
        assert debris not in text


# --- Google Groups' web archive ------------------------------------------------------------

_GROUPS_THREAD = """\
[FIC] Salt Roads (1/2) G
4 views
Skip to first unread message
Tam Lorimer's profile photo
Tam Lorimer
unread,
Mar 2, 1997, 1:00:00 AM
to
Title: Salt Roads
Author: Tam Lorimer
Rating: G

Part One: The Cart

The cart left before dawn with the salt sacks roped down under canvas.

Nobody spoke until the river.

--
Tam
"The road is long," as the carter said.

Reply all
Reply to author
Forward

[FIC] Salt Roads (2/2) G
2 views
Skip to first unread message
Tam Lorimer's profile photo
Tam Lorimer
unread,
Mar 9, 1997, 1:00:00 AM
to
Disclaimers in part one.

Part Two: The River

The mule stopped to drink and would not be hurried.

--
Tam

Reply all
Reply to author
Forward
"""


def test_google_groups_thread_pages() -> None:
    story = read_text(_GROUPS_THREAD.encode(), ReadOptions(), "groups.txt")
    assert story.metadata.title == "Salt Roads"
    assert story.metadata.authors == ("Tam Lorimer",)
    chapters = [c for part in story.parts for c in part.chapters]
    assert [c.title for c in chapters] == ["Part One: The Cart", "Part Two: The River"]
    text = "\n".join(story_paragraphs(story))
    assert text.startswith("The cart left before dawn")
    assert text.endswith("would not be hurried.")
    for debris in ("profile photo", "unread", "views", "Reply", "Forward", "carter", "part one"):
        assert debris not in text


def test_google_groups_poster_is_the_author_without_a_header() -> None:
    story = read_text(
        b"[FIC] Salt Roads (1/2) PG\n2 views\n"
        b"Tam Lorimer's profile photo\nTam Lorimer\nunread,\nMar 2, 1997, 1:00:00 AM\nto\n\n"
        b"The cart left before dawn with the salt sacks roped down under canvas.\n\n"
        b"Nobody spoke until the river.\n",
        ReadOptions(),
        "groups.txt",
    )
    assert story.metadata.authors == ("Tam Lorimer",)
    # The subject titles the story; the rating after its part count is the story's.
    assert story.metadata.title == "Salt Roads"
    assert story.metadata.rating == "PG"
    assert story_paragraphs(story)[0].startswith("The cart left")


def test_profile_photo_in_prose_is_left_alone() -> None:
    story = read_text(
        b"She changed her profile photo twice that night.\n\n"
        b"It was Tam's profile photo\n\nthat she kept coming back to, though.\n",
        ReadOptions(),
        "story.txt",
    )
    assert "It was Tam’s profile photo" in "\n".join(story_paragraphs(story))


# --- A list digest --------------------------------------------------------------------------

_DIGEST = """\
From: fenland-fic@lists.example.org
Subject: [fenland-fic] Digest Number 12

There are 2 messages in this issue.

Topics in this digest:

      1. FIC: The Eel Traps (1/2) [G]
      2. FIC: The Eel Traps (2/2) [G]

________________________________________________________________________

Message: 1
   Date: Thu, 1 Jun 2000 20:00:00 -0000
   From: "Nan Saxby" <nan@example.org>
Subject: FIC: The Eel Traps (1/2) [G]

Title: The Eel Traps
Author: Nan Saxby
Rating: G

**********

One: Dusk

Nan set the traps at dusk, where the reeds bent over the cut.

(end of part one)

--
Nan
"Mind the tide."

________________________________________________________________________

Message: 2
   Date: Fri, 2 Jun 2000 20:00:00 -0000
   From: "Nan Saxby" <nan@example.org>
Subject: FIC: The Eel Traps (2/2) [G]

The Eel Traps (2/2) by Nan Saxby. Headers in part one.

**********

Two: Dawn

In the morning every trap was full, and one held a boot.

--
Nan
"""


def test_digest_parts_lose_their_pointers_signatures_and_short_header() -> None:
    """Rules ``instalment-pointer`` ("(end of part one)"), ``mail-signature`` (signed with
    the poster's first name) and ``short-repeated-header`` (part two's one-line header)."""
    story = read_text(_DIGEST.encode(), ReadOptions(), "digest.txt")
    assert story.metadata.title == "The Eel Traps"
    chapters = [c for part in story.parts for c in part.chapters]
    assert [c.title for c in chapters] == ["One: Dusk", "Two: Dawn"]
    assert not any(isinstance(c.blocks[-1], EndMarker) for c in chapters)
    assert [len(c.notes_after) for c in chapters] == [0, 0]
    text = "\n".join(story_paragraphs(story))
    assert text.startswith("Nan set the traps")
    assert text.endswith("one held a boot.")
    for debris in ("end of part", "Mind the tide", "(2/2)", "Headers", "Nan\n"):
        assert debris not in text


def test_digest_part_opening_with_the_title_in_a_sentence_keeps_it() -> None:
    """Rule ``short-repeated-header`` needs the part count right after the title: a
    sentence that opens with the story's title is the story's."""
    source = _DIGEST.replace(
        "The Eel Traps (2/2) by Nan Saxby. Headers in part one.\n\n**********\n\nTwo: Dawn\n\n",
        "Two: Dawn\n\nThe Eel Traps were Nan's by right, her father said.\n\n",
    )
    story = read_text(source.encode(), ReadOptions(), "digest.txt")
    assert "The Eel Traps were Nan’s by right" in "\n".join(story_paragraphs(story))


def test_short_header_with_a_bare_part_count_and_a_dashed_pointer_is_dropped() -> None:
    """Rule ``short-repeated-header``: a later post's one-line header may give its part
    count without brackets and its pointer after a dash ("The Eel Traps 2/2 -- headers in
    part one."); a line that goes on past a count ("2/2 of the traps…") is prose."""
    short = _DIGEST.replace(
        "The Eel Traps (2/2) by Nan Saxby. Headers in part one.",
        "The Eel Traps 2/2 -- headers in part one.",
    )
    text = "\n".join(story_paragraphs(read_text(short.encode(), ReadOptions(), "digest.txt")))
    assert "headers" not in text
    assert "2/2" not in text
    prose = _DIGEST.replace(
        "The Eel Traps (2/2) by Nan Saxby. Headers in part one.\n\n**********\n\nTwo: Dawn\n\n",
        "Two: Dawn\n\nThe Eel Traps 2/2 of them were full by morning.\n\n",
    )
    text = "\n".join(story_paragraphs(read_text(prose.encode(), ReadOptions(), "digest.txt")))
    assert "The Eel Traps 2/2 of them were full by morning." in text


# --- A LISTSERV list's notebook log ----------------------------------------------------------

_RULE = "=" * 73
_LISTSERV_LOG = f"""\
{_RULE}
Date:         Mon, 3 Mar 1997 20:15:02 -0500
Reply-To:     Lantern and Lamplight Fiction Discussion List <LANTERN-L@LISTS.EXAMPLE.ORG>
Sender:       Lantern and Lamplight Fiction Discussion List <LANTERN-L@LISTS.EXAMPLE.ORG>
From:         Ada Quill <aquill@EXAMPLE.ORG>
Subject:      FIC: Lamplight (1/2) [Cranford] G

Title: Lamplight
Author: Ada Quill <aquill@example.org>
Rating: G

PART ONE: THE OIL

The lamp in the parlour had smoked all week, and Miss Matty would
not hear of a new wick while the old one had a quarter-inch left in
it. Martha trimmed it twice a day and said nothing, which in Martha
was a speech.

On Friday the glass cracked. Miss Matty sat and looked at it for a
long time, as if it had done it on purpose.

--\x20
Ada Quill                      aquill@example.org
{_RULE}
Date:         Tue, 4 Mar 1997 09:40:11 +0000
Reply-To:     Lantern and Lamplight Fiction Discussion List <LANTERN-L@LISTS.EXAMPLE.ORG>
Sender:       Lantern and Lamplight Fiction Discussion List <LANTERN-L@LISTS.EXAMPLE.ORG>
From:         Bel Harker <bharker@EXAMPLE.AC.UK>
Subject:      Re: FIC: Lamplight (1/2) [Cranford] G

> On Friday the glass cracked.

Poor Matty! More soon, please.
{_RULE}
Date:         Tue, 4 Mar 1997 21:02:45 -0500
Reply-To:     Lantern and Lamplight Fiction Discussion List <LANTERN-L@LISTS.EXAMPLE.ORG>
Sender:       Lantern and Lamplight Fiction Discussion List <LANTERN-L@LISTS.EXAMPLE.ORG>
From:         Ada Quill <aquill@EXAMPLE.ORG>
Subject:      FIC: Lamplight (2/2) [Cranford] G

PART TWO: THE GLASS

The new glass came from Drumble in a box full of straw, and the
whole of the High Street knew of it by noon, because the carrier
told the baker and the baker told everybody else in the town.

--\x20
Ada Quill                      aquill@example.org
"""


def test_listserv_log_reads_its_rules_headers_and_signatures() -> None:
    """A LISTSERV log: "=====" rules joined to the mail headers under them and the
    signatures above them (mail-separator), header lines wider than the wrapped prose
    (mail-header-width), and a reader's reply between the writer's posts."""
    story = read_text(_LISTSERV_LOG.encode(), ReadOptions(), "log.txt")
    assert story.metadata.title == "Lamplight"
    assert story.metadata.authors == ("Ada Quill",)
    chapters = [c for part in story.parts for c in part.chapters]
    assert [c.title for c in chapters] == ["PART ONE: THE OIL", "PART TWO: THE GLASS"]
    text = "\n".join(story_paragraphs(story))
    # The wrapped paragraphs are joined again, however wide the header lines are.
    assert "would not hear of a new wick while the old one had a quarter-inch left in it." in text
    assert "as if it had done it on purpose." in text
    for debris in ("====", "Date:", "aquill", "Poor Matty", "Bel Harker", "LANTERN-L"):
        assert debris not in text


def test_rule_line_in_a_story_is_not_split_from_its_paragraph() -> None:
    """split_at_rules splits a rule out only where a mail field is under it."""
    from dataclasses import replace

    from fic2epub.normalise.chunks import Chunk
    from fic2epub.normalise.mail import split_at_rules

    lines = ("The list:", "=" * 20, "Bread: two loaves")
    chunk = Chunk(text=" ".join(lines), lines=lines, first=1, last=3, gap=0)
    assert split_at_rules((chunk,)) == (chunk,)
    mail = ("Yours ever,", "=" * 20, "From: Ada <ada@example.org>")
    split = split_at_rules((replace(chunk, text=" ".join(mail), lines=mail),))
    assert [c.lines for c in split] == [mail[:1], mail[1:2], mail[2:]]
    assert [c.first for c in split] == [1, 2, 3]
