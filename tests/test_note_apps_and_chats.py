"""Stories kept in note apps or shared through chats, docs and old web pages: Obsidian notes,
Discord threads, published Google Docs, old.reddit posts, home pages with a webring."""

from __future__ import annotations

from fic2epub.model import Chapter, EndMarker, Story
from fic2epub.normalise.discord import discord_markup
from fic2epub.normalise.gdocs_page import published_doc_page
from fic2epub.normalise.obsidian import obsidian_markup
from fic2epub.normalise.old_reddit import old_reddit
from fic2epub.normalise.pleas import closing_plea
from fic2epub.options import ReadOptions
from fic2epub.readers.text import read_text
from story_text import plain, story_paragraphs


def _read(text: str) -> Story:
    return read_text(text.encode("utf-8"), ReadOptions(), "story.txt")


def _prose(story: Story) -> str:
    return "\n".join(story_paragraphs(story))


def _end_marker(chapter: Chapter) -> str | None:
    return next((b.text for b in chapter.blocks if isinstance(b, EndMarker)), None)


# --- Obsidian -------------------------------------------------------------------------------


def test_obsidian_links_comments_and_highlights_read_as_shown() -> None:
    text = (
        "Met [[Tomas Vey|Tomas]] by the [[Mill]] ![[map.png]] at [[Harbour#North Quay]].\n"
        "%% fix the date %%\n"
        "She said ==nothing== at all.\n"
    )
    assert obsidian_markup(text) == (
        "Met Tomas by the Mill  at Harbour > North Quay.\n\nShe said nothing at all.\n"
    )


def test_obsidian_comment_over_lines_keeps_the_line_count() -> None:
    text = "One.\n%% cut this\nand this %%\nTwo.\n"
    assert obsidian_markup(text) == "One.\n\n\nTwo.\n"


def test_plain_text_equals_signs_and_percents_stay() -> None:
    # No Obsidian mark in the file: a "==" of a plain story stays, and so does "100%%".
    assert obsidian_markup("==Part One==\nThe fog came in.\n") == "==Part One==\nThe fog came in.\n"
    text = "He was 100%% sure, [[she thought]]. 50%% of it.\n"
    assert obsidian_markup(text) == "He was 100%% sure, she thought. 50%% of it.\n"


def test_a_callout_titled_as_a_note_is_that_note() -> None:
    assert obsidian_markup("> [!note] A/N\n> Thanks to Bea.\n") == "> A/N:\n> Thanks to Bea.\n"
    # A callout that is no note keeps its title and loses its mark.
    assert obsidian_markup("> [!quote] The Letter\n> Dear Ivo,\n") == "> The Letter\n> Dear Ivo,\n"


def test_an_obsidian_note_reads_its_front_matter_lists_and_callout() -> None:
    story = _read(
        "---\ntitle: Salt Roads\nauthor: quay_wren\ncharacters:\n  - Mara Teel\n  - Ivo\n"
        "tags:\n  - fic\n---\n\n> [!note] A/N\n> For the harbour prompt.\n\n"
        "# Chapter 1: Tide\n\n[[Mara Teel|Mara]] walked the quay at dawn, counting boats.\n\n"
        "# Chapter 2: Ebb\n\nThe boats came back at noon, and ==all of them== were full.\n"
    )
    assert story.metadata.title == "Salt Roads"
    assert story.metadata.characters == ("Mara Teel", "Ivo")
    assert [note.label for note in story.front_notes] == ["A/N"]
    assert [chapter.title for chapter in story.chapters] == ["Chapter 1: Tide", "Chapter 2: Ebb"]
    assert "Mara walked the quay" in _prose(story)
    assert "all of them were full" in _prose(story)


def test_front_matter_author_list_and_folded_summary() -> None:
    """Rules ``yaml-block-list`` (each item one name whole, never run on into the next) and
    ``yaml-block-scalar`` (a folded "summary: >" is the lines under it, without the mark)."""
    story = _read(
        "---\ntitle: Lantern Quay\nauthor:\n  - Ada Thorn\n  - Bram Lisle\nsummary: >\n"
        "  Two lamplighters argue about the tide\n  and lose.\n---\n\n"
        "# Chapter 1: Dusk\n\nThe lamps were lit late that night.\n\n"
        "# Chapter 2: Dawn\n\nBy morning the quay was under water.\n"
    )
    assert story.metadata.authors == ("Ada Thorn", "Bram Lisle")
    assert story.metadata.summary == "Two lamplighters argue about the tide and lose."


# --- Discord --------------------------------------------------------------------------------

_THREAD = (
    "#stories\n"
    "Lamplight (short fic)\n"
    "quill_and_ink — 05/02/2024 8:01 PM\n"
    "# Lamplight\n"
    "-# original | gen | ~600 words\n"
    "ok here it is!! two parts\n"
    "## Part 1: Oil\n"
    "The lamp had been lit every night for forty years, and tonight nobody came to light it.\n"
    "Ada waited on the stair until the dark was complete.\n"
    "[8:02 PM]## Part 2: Wick\n"
    "She lit it herself, in the end, with a match from her apron pocket.\n"
    "||Nobody ever asked who had done it.||\n"
    "THE END\n"
    "moth_reader — 05/02/2024 8:10 PM\n"
    "oh this is lovely\n"
    "quill_and_ink — 05/02/2024 8:12 PM\n"
    "@moth_reader thank you so much\n"
)


def test_discord_marks_go_only_in_a_copied_channel() -> None:
    cleaned = discord_markup(_THREAD)
    assert "\n## Part 2: Wick\n" in cleaned
    assert "\nNobody ever asked who had done it.\n" in cleaned
    assert "\noriginal | gen | ~600 words\n" in cleaned
    # Without a message header line, a story's own bars and bracketed times stay.
    prose = "[8:02 PM] The log said ||nothing||.\n"
    assert discord_markup(prose) == prose


def test_a_discord_thread_reads_as_its_posters_story() -> None:
    story = _read(_THREAD)
    assert story.metadata.title == "Lamplight"
    assert story.metadata.authors == ("quill_and_ink",)
    assert [note.label for note in story.front_notes] == [""]
    assert [chapter.title for chapter in story.chapters] == ["Part 1: Oil", "Part 2: Wick"]
    last = story.chapters[-1]
    assert not last.notes_after
    assert "Nobody ever asked who had done it." in plain(last.blocks)
    assert "|" not in _prose(story) and "lovely" not in _prose(story)


# --- Google Docs ----------------------------------------------------------------------------


def test_a_published_docs_page_loses_its_framing() -> None:
    text = (
        "Published using Google Docs\nLearn more\nReport abuse\nlamp fic v2 FINAL\n"
        "Updated automatically every 5 minutes\nThe Lamp\nby Ada Lind\n"
        "The lamp was lit.\n"
        "Published by Google Docs–Report Abuse–Updated automatically every 5 minutes\n"
    )
    cleaned = published_doc_page(text)
    assert cleaned.split("\n")[5:8] == ["The Lamp", "by Ada Lind", "The lamp was lit."]
    assert "Google" not in cleaned and "FINAL" not in cleaned
    assert cleaned.count("\n") == text.count("\n")


def test_a_story_that_names_google_docs_keeps_its_lines() -> None:
    text = "She wrote it in Google Docs.\nUpdated automatically every 5 minutes, it said.\n"
    assert published_doc_page(text) == text


# --- old.reddit -----------------------------------------------------------------------------

_REDDIT = (
    "jump to content\nmy subreddits\nr/OldTales\ncomments\n"
    "[OC] The Ferry at Dusk\nStory\nsubmitted 3 years ago by ferry_wren\nsource\n"
    "**Title:** The Ferry at Dusk\n**Rating:** G\n\n&nbsp;\n\n---\n\n&nbsp;\n\n"
    "The ferryman took the last crossing alone, as he always did.\n\n"
    "The river was high and *very* quiet.\n\n"
    "*(cont. in comments, sorry!)*\n"
    "12 comments\nshare\nsave\nhide\nreport\nall 12 comments\nsorted by: best\n"
    "[-]ferry_wren[S] 20 points 3 years ago\nsource\n"
    "Halfway over, a lantern answered his from the far bank.\n\n"
    "**END**\n\n^(A/N: thanks for reading!)\npermalink\nembed\nsave\nparent\nreport\nreply\n"
    "[-]dock_owl 4 points 3 years ago\nwho had the lantern??\npermalink\nembed\nsave\n"
)


def test_an_old_reddit_post_goes_on_in_the_submitters_comment() -> None:
    story = _read(_REDDIT)
    assert story.metadata.title == "The Ferry at Dusk"
    prose = _prose(story)
    assert "The river was high and very quiet.\nHalfway over, a lantern answered" in prose
    assert "cont. in" not in prose and "lantern??" not in prose and "points" not in prose
    assert [note.label for note in story.back_notes] == ["A/N"]
    assert _end_marker(story.chapters[0]) == "END"


_REDDIT_PROMPT_POST = (
    "jump to content\nmy subreddits\nTernWritesHere\ncomments\n\n"
    "[WP] The last ferry leaves at midnight, and you are its only passenger."
    " (self.TernWritesHere)\n"
    "submitted 2 years ago by tern_writes\nPrompt Response\n\n"
    "[WP] The last ferry leaves at midnight, and you are its only passenger.\n\n"
    "The ferryman did not ask for a fare, which worried me more than anything else.\n\n"
    "We crossed in silence, and on the far bank the lamps were already lit for me.\n\n"
    "Thanks for reading! Crit welcome.\n\n"
    "3 comments share save hide report\n94% Upvoted\n\nall 3 comments\nsorted by: best\n"
    "[-]gull_reader 4 points 2 years ago\nchills!!\npermalink embed save report reply\n"
)


def test_an_old_reddit_prompt_answered_in_a_post() -> None:
    """old-reddit-prompt-post, old-reddit-flair-under-byline: a prompt answered in the
    writer's own post. The prompt titles no story, its quote atop the post is no text, and
    the flair under the byline and the post's score under its buttons are the page's."""
    story = _read(_REDDIT_PROMPT_POST)
    assert "WP" not in (story.metadata.title or "")
    prose = _prose(story)
    assert prose.startswith("The ferryman did not ask for a fare")
    assert "Prompt Response" not in prose and "Upvoted" not in prose and "[WP]" not in prose
    assert [note.label for note in story.back_notes] == [""]


def test_a_story_line_about_a_submission_is_not_a_reddit_page() -> None:
    text = "It was submitted two years ago by the clerk.\n\nNobody read it.\n"
    assert old_reddit(text) == text


# --- an old home page -----------------------------------------------------------------------


def test_a_home_page_banner_menu_and_webring_frame_the_story() -> None:
    story = _read(
        "~*~ Orchard Lane ~*~\nStories since 1999!\n[ Home ] [ Links ] [ Mail Me! ]\n"
        "Best viewed in Netscape 4\n\n"
        "The Apple Cart\nby Hester Vale\n\nRating: G\n\n"
        "The cart tipped over on the hill, and every apple in the county went rolling.\n\n"
        "The End\n\n"
        "Did you enjoy it? Please e-mail me and say so! ^_^\n\n"
        "<< Back to Stories | Next Story: Pear Trees >>\n\n"
        "This Orchard Fiction Ring site is owned by Hester.\n"
    )
    assert story.metadata.title == "The Apple Cart"
    assert story.metadata.authors == ("Hester Vale",)
    assert _end_marker(story.chapters[0]) == "The End"
    assert [note.label for note in story.back_notes] == [""]
    assert "Back to" not in _prose(story) and "Ring" not in _prose(story)


def test_a_plea_to_write_to_the_author_closes_the_story_as_a_note() -> None:
    assert closing_plea("Liked it? Drop me a line and tell me what you thought!")
    assert closing_plea("Please email me, I answer every letter. ^_^")
    # Dialogue, or a sentence of the story about letters, is no plea.
    assert not closing_plea("“Please email me,” she said, and hung up.")
    assert not closing_plea("He promised to write to me every week from the front.")
    assert closing_plea("If you read this far, write to me -- I reply to every one.")
    # A letter in the story that closes asking its reader to write back is the story's.
    assert not closing_plea("Write to me. I said you need not, but I was wrong about that.")
    # Nor one that asks what its reader thinks of something in the story's world.
    assert not closing_plea("Write to me soon, and tell me what you think of the new vicar.")


def test_a_summary_before_chapter_one_is_not_taken_for_chatter() -> None:
    story = _read(
        "The Mill Race\n\nby Ann Roe\n\n"
        "Two sisters, one mill, and a flood nobody saw coming.\n\n"
        "Chapter 1\n\nThe water rose in the night and took the footbridge with it.\n\n"
        "Chapter 2\n\nBy morning the whole valley had come to look at the place.\n"
    )
    assert story.metadata.summary == "Two sisters, one mill, and a flood nobody saw coming."
    assert not story.front_notes


def test_a_heading_under_story_text_does_not_title_the_file() -> None:
    # A sentence above the first "#" heading is the story's: that heading is a chapter.
    story = _read(
        "It had rained all week in the valley.\n\n# One\n\nThe river rose.\n\n"
        "# Two\n\nThe river fell, and the town came out to see what it had left behind.\n"
    )
    assert story.metadata.title != "One"
    assert [chapter.title for chapter in story.chapters][-2:] == ["One", "Two"]
