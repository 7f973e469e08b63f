"""Newsgroup saves, zine files, chat exports, story-site pages and note-app exports: the
rules made for them, each with the ordinary text it must leave alone."""

from __future__ import annotations

from fic2epub.model import Story
from fic2epub.normalise.banner_box import banner_box
from fic2epub.normalise.discord_export import discord_export
from fic2epub.normalise.forum_lines import chat_message_header
from fic2epub.normalise.info_sentence import stats_chip_line
from fic2epub.normalise.notion import callout_icon, notion_export
from fic2epub.options import ReadOptions
from fic2epub.readers.text import read_text


def _read(text: str, encoding: str = "utf-8") -> Story:
    return read_text(text.encode(encoding), ReadOptions(), "story.txt")


def _prose(story: Story) -> str:
    return "\n".join(str(block) for chapter in story.chapters for block in chapter.blocks)


def _notes(notes: tuple[object, ...]) -> str:
    return "\n".join(str(block) for note in notes for block in note.blocks)  # type: ignore[attr-defined]


_ARTICLE = (
    'From: "Wren Hollis" <wren@example.org>\n'
    "Newsgroups: rec.arts.example.stories\n"
    "Subject: [FIC] The Lamplighter's Round (3/4) [PG]\n"
    "Date: Tue, 6 Mar 2001 21:14:02 +0000\n"
    "Message-ID: <abc123$1@news.example.org>\n"
    "References: <abc100$1@news.example.org>\n"
    "X-Newsreader: Microsoft Outlook Express 6.00.2600.0000\n"
    "\n"
    '"Wren Hollis" <wren@example.org> wrote in message\n'
    "news:abc100$1@news.example.org...\n"
    "> The last lamp on the quay would not light, and Tom went home\n"
    "> without it.\n"
    ">\n"
    "> (end of part two)\n"
    "\n"
    "Headers and disclaimer in part one.\n"
    "\n"
    "The third night the lamp on the quay lit at the first touch of the\n"
    "taper, and Tom stood looking at it for a long time.\n"
    "\n"
    "He had not expected to be sorry. He was, a little.\n"
)


def test_a_saved_follow_up_article_is_titled_by_its_subject() -> None:
    """Outlook Express's attribution and the quoted part go (quoted-reply); a part with no
    header of its own takes its title from the subject (mail-subject-title), its author
    from the From line, and its pointer back to part one goes (lone-part-pointer)."""
    story = _read(_ARTICLE)
    assert story.metadata.title == "The Lamplighter’s Round"
    assert story.metadata.authors == ("Wren Hollis",)
    assert story.metadata.rating == "PG"
    prose = _prose(story)
    assert "The third night the lamp" in prose
    for debris in ("would not light", "end of part", "wrote in message", "Headers", "Outlook"):
        assert debris not in prose


def test_a_list_tag_and_a_trailing_part_count_are_no_part_of_the_title() -> None:
    subject = "[harbourfic] FIC: The Lamplighter's Round, Part 3/4"
    story = _read(_ARTICLE.replace("[FIC] The Lamplighter's Round (3/4) [PG]", subject))
    assert story.metadata.title == "The Lamplighter’s Round"
    assert story.metadata.fandoms == ()


def test_a_subject_that_announces_no_story_is_no_title() -> None:
    """A reply's subject, or one with no fiction tag or part count, stays out of the title."""
    for subject in ("Re: [FIC] The Lamplighter's Round (3/4)", "lamps on the quay"):
        story = _read(_ARTICLE.replace("[FIC] The Lamplighter's Round (3/4) [PG]", subject))
        assert story.metadata.title != "The Lamplighter’s Round"


def test_a_plain_sentence_about_writing_in_a_message_is_no_attribution() -> None:
    story = _read(
        "Title: Ink\nAuthor: Wren Hollis\n\n"
        "Nobody at home believed a word of it.\n\n"
        "Anna wrote in message after message that she was well.\n\n"
        "Everybody wrote back kindly all the same.\n"
    )
    assert "Anna wrote in message after message" in _prose(story)


def test_a_box_with_corners_is_undrawn() -> None:
    """A "+---+" box with "|" sides around the opening lines is decoration (banner-box)."""
    text = (
        "+----------------------------+\n|                            |\n"
        "|        Tide Tables         |\n|   by Ann Pike & Bea Moss   |\n"
        "+----------------------------+\n\nRating: G\n"
    )
    assert banner_box(text) == "\n\nTide Tables\nby Ann Pike & Bea Moss\n\n\nRating: G\n"
    story = _read(text + "\nThe tide came in twice a day, whatever the tables said.\n")
    assert story.metadata.title == "Tide Tables"
    assert story.metadata.authors == ("Ann Pike", "Bea Moss")


def test_a_box_with_corners_needs_its_sides() -> None:
    for text in (
        "+--------------+\nThe tide came in.\n+--------------+\n",
        "+---+\n| a |\n+---+\n",
        "She ran.\n\n" * 8 + "+----------+\n| Note |\n+----------+\n",
    ):
        assert banner_box(text) == text


_ZINE_END = (
    "Title: Tide Tables\n\nThe tide came in twice a day, whatever the tables said.\n\nTHE END\n\n"
)


def test_a_ruled_copyright_notice_after_the_end_is_no_note() -> None:
    """A zine's notice between two rules, with its copyright, is chrome (ruled-chrome)."""
    story = _read(
        _ZINE_END + "-" * 50 + "\nHARBOUR LIGHTS is a fan publication. All stories\n"
        "are copyright (c) 1994 by their authors.\n" + "-" * 50 + "\n"
    )
    assert not story.back_notes
    assert "copyright" not in _prose(story)


def test_a_ruled_line_with_no_copyright_stays() -> None:
    story = _read(
        _ZINE_END + "-" * 50 + "\nThanks to Bea for reading this over twice.\n" + "-" * 50 + "\n"
    )
    assert "Thanks to Bea" in _prose(story) + _notes(story.back_notes)


def test_a_chat_exporter_message_line_names_its_sender() -> None:
    assert chat_message_header("[07-Feb-22 08:41 PM] tide_writer#4410") == "tide_writer"
    assert chat_message_header("[3/14/2023 9:12 PM] tide_writer") == "tide_writer"
    # A chat log's timestamped line of the story names no sender.
    assert chat_message_header("[21:04] Holmes: Watson. Where are you.") is None
    assert chat_message_header("[07-Feb-22] tide_writer") is None


_EXPORT = (
    "=" * 40 + "\nGuild: Harbour Writers\nChannel: fic / finished\n" + "=" * 40 + "\n\n"
    "[01-Mar-23 07:10 PM] tide_writer#4410\n"
    "ok here it is, the lighthouse one!! short and sad\n\n"
    "[01-Mar-23 07:11 PM] tide_writer#4410\n"
    "# The Keeper's Cat\n"
    "The keeper's cat had outlived three keepers, and meant to outlive the fourth.\n"
    "She sat on the **lamp-room** sill every night and watched the ships go by.\n"
    "When the fog came she went down to the kitchen and sat by the stove instead, and the "
    "keeper talked to her about the ships as if she could still see them.\n\n"
    "{Reactions}\n🐈 (4)\n\n"
    "[01-Mar-23 07:15 PM] gull_reader#0042\n"
    "the CAT\n\n"
    "[01-Mar-23 07:16 PM] tide_writer#4410\n"
    "The fourth keeper brought her fish on Sundays, and so she let him stay.\n\n"
    + "=" * 40
    + "\nExported 4 message(s)\n"
    + "=" * 40
    + "\n"
)


def test_a_chat_export_is_read_as_its_posters_story() -> None:
    """The exporter's channel block, reactions and footer go (discord-export); the title is
    the "# …" line opening a message (markdown-title), and the poster's message before it
    is an unlabelled note (chatter-above-title)."""
    step = discord_export(_EXPORT)
    for debris in ("Guild:", "{Reactions}", "🐈", "Exported"):
        assert debris not in step
    story = _read(_EXPORT)
    assert story.metadata.title == "The Keeper’s Cat"
    assert story.metadata.authors == ("tide_writer",)
    assert [note.label for note in story.front_notes] == [""]
    assert "lighthouse one" in _notes(story.front_notes)
    prose = _prose(story)
    assert "The keeper’s cat had outlived" in prose
    assert "Sundays" in prose
    assert "the CAT" not in prose and "gull_reader" not in prose


def test_braced_block_names_outside_an_export_stay() -> None:
    text = "The Drill\n\n{Reactions}\nShe wrote the word on the board and waited.\n"
    assert discord_export(text) == text


def test_a_stats_line_with_a_status_chip_gives_the_status() -> None:
    assert stats_chip_line("Updated Jun 12, 2016   Status [Completed]") == [
        ("Updated", "Jun 12, 2016"),
        ("Status", "Completed"),
    ]
    assert stats_chip_line("Status was all he cared about") is None


def test_a_lone_status_chip_gives_the_status() -> None:
    """A status chip alone on its line is one too, by its brackets (status-chip-line); with
    a colon it is left to the field test, and a bare "Status Completed" to the colonless
    table rows."""
    assert stats_chip_line("Status [Completed]") == [("Status", "Completed")]
    assert stats_chip_line("Status: [Completed]") is None
    assert stats_chip_line("Status Completed") is None


def test_a_story_site_vote_box_and_its_thanks_are_chrome() -> None:
    """The site's "Thank you!" under its call to upvote is the box's (chrome-box-thanks)."""
    story = _read(
        "Harbour Lights\nby tide_writer\nUpdated Jun 12, 2016   Status [Completed]\n\n"
        "The lights came on along the harbour one by one.\n\n"
        "THE END\n\n"
        "a/n: that's all, thank you for reading!\n\n"
        "Like this story? Give it an Upvote!\nThank you!\n"
    )
    assert story.metadata.status == "Complete"
    assert "Thank you!" not in _notes(story.back_notes)
    assert "thank you for reading" in _notes(story.back_notes)


def test_an_authors_own_thanks_stays() -> None:
    story = _read(
        "Title: Harbour Lights\n\nThe lights came on along the harbour one by one.\n\nThank you!\n"
    )
    assert "Thank you!" in _prose(story) + _notes(story.back_notes)


_NOTION = (
    "# Tide Tables\n\nAuthor: tide_writer\nStatus: Draft\n\n"
    "<aside>\n💡 A/N: Written on the ferry, so forgive the tides.\n\n</aside>\n\n"
    "## One: Low Water\n\nThe tide went out further than anyone remembered.\n\n"
    "## Two: High Water\n\nAnd then it came back, all at once.\n\n"
    "[Research](Tide%20Tables%20a1b2c3d4e5f60718293a4b5c6d7e8f90/Research%20"
    "0f1e2d3c4b5a69788796a5b4c3d2e1f0.md)\n"
)


def test_a_notion_callout_is_its_note_and_sub_page_links_go() -> None:
    """The callout's tags and icon go (notion-export, callout-icon), so its "A/N:" is the
    front note; the link to a sub-page's exported file goes."""
    assert "💡" not in callout_icon(_NOTION)
    cleaned = notion_export(callout_icon(_NOTION))
    assert "<aside>" not in cleaned and "Research" not in cleaned
    assert cleaned.count("\n") == _NOTION.count("\n")
    story = _read(_NOTION)
    assert [note.label for note in story.front_notes] == ["A/N"]
    assert [chapter.title for chapter in story.chapters] == ["One: Low Water", "Two: High Water"]
    assert "Research" not in _prose(story)


def test_inline_tags_and_web_links_stay() -> None:
    text = (
        "She wrote <aside> in the margin and nothing else.\n\n"
        "[the tide chart](https://example.org/tides.md)\n"
    )
    assert notion_export(callout_icon(text)) == text
