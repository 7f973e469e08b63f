"""Site chrome: what a page copy brings along, told apart from story lines."""

from __future__ import annotations

import time

import pytest

from fic2epub.normalise.blog import is_reading_time, posted_line
from fic2epub.normalise.breadcrumbs import breadcrumb_fandom
from fic2epub.normalise.chrome import is_site_chrome, lone_button_among_chrome
from fic2epub.normalise.chrome_counts import is_read_count
from fic2epub.normalise.forum_lines import chat_message_header, post_byline, thread_starter
from fic2epub.normalise.journal_lines import journal_poster
from fic2epub.normalise.pipe_fields import pipe_metadata
from fic2epub.normalise.site_names import is_site_name


@pytest.mark.parametrize(
    "line",
    [
        "Archive of Our Own beta",
        "Log In",
        "Just In | Community | Forum | More",
        "Stories   Quizzes   Polls   Sign Up",
        "214 notes",
        "3.1K reads · 58 favorites · 12 comments",
        "12 Part Story",
        "« Prev   Review   Next »",
        "<< Back to the Garden of Fic | Email me! | Sign my guestbook! >>",
        "Current mood: accomplished",
        "Message-ID: <1234@example.net>",
        '<lj-cut text="Read more">',
        "http://groups.example.org/group/fic/",
        "readers_and_more, Penny, and 86 more users left kudos on this work!",
        "[Main] [Fic Index] [Guest Book] [Mail Me]",
        "< Prev  3. The Salt Road  Next >",
        "Chapter select",
        "Forum index ‹ Writing ‹ Works in Progress",
        "New Topic   Search this topic…   12 posts • Page 2 of 2",
        "Report  Reply",
        "Threadmarks  View all 9 threadmarks",
        "Reader mode  Statistics",
        "Last edited: Feb 3, 2021",
        "Reactions: wayfarer_9, Penny and 12 others",
        "Add bookmark",
        "You must log in or register to reply here.",
        "taglist: @fern-and-fable @quietharbour @the.salt.road",
        "@mossy-stones, @kettleblack & @wren",
        "Posted by millrace at 9:14 PM",
        "Eingestellt von millrace um 21:14",
        "Email This   BlogThis!   Share to Twitter   Share to Facebook",
        "« Prev Ch 2 of 5",
        "Ch 1 of 4 Next »",
        "« Prev Ch 2 of 5 Next »",
        # The mobile page's buttons under the text, single-spaced (mobile-review-pager).
        "« Prev Review",
        "Review Next »",
        "< Prev Review Next >",
        "Mobile Edition",
        "Oops! This image does not follow our content guidelines. To keep going, swap it out.",
        "Keep reading",
        "Back to Wren's Lantern Page | Other Gaskell fic | Home",
        "Home | More stories | Email me",
        "1. The Lamp-Post  Next >",
        "< Prev 4. The Well at Hollin",
        "Start reading",
        "Back to index",
        "Yahoo! Groups   Sign In   New User? Sign Up",
        "Review this Story/Chapter",
        # Rule ``ffn-review-print-links``: the 2010 layout's row under the chapter select.
        "Review this Story . Print . Email",
        "Submit Review",
        "Add Story Alert - Add Author Alert - Add Story to Favorites - Add Author to Favorites",
        "Add Story to Favorites",
        # Rule ``ffn-alert-links``: the 2010 layout ends its row on a bare "Add to Favorites".
        "Add Story Alert - Add Author Alert - Add to Favorites",
        # Rule ``ffn-text-size``: the old layouts' font and width controls.
        "Text Size: 50% 75% 100% 125% 150%",
        "Text Size: + -   Story Text: Full  ¾  ½",
        "Next Part >>",
        "<< Previous Part",
        "This page hosted FREE by Tripod * Make your own page!",
        # Rule tumblr-post-buttons: a post's buttons run together.
        "Reblog Like",
        "Share Reply Reblog Like",
        # Quotev's pager and its counts with the hearts' icon.
        "Next Chapter ›",
        "‹ Previous Chapter",
        "3.4K reads · ♥ 210 · 40 comments",
        # The phone layout sets the icon after the number.
        "90 reads · 7 ♥ · 2 comments",
        # Rule ``tth-end-line`` with a dash before "this story is …".
        'You have reached the end of "The Glass Bell" – this story is complete.',
        # Rule ``bracketed-nav-link``: whole-line links in brackets.
        "[Back to top]",
        "( Return to the Top of the Page )",
        "[Next Chapter]",
        "[<< Previous Part]",
        "[Back to Wren's Lantern Fiction]",
        "(Return to Index)",
        "[ Prev | Top | Next ]",
        "[Table of Contents]",
        # Rule ``gt-breadcrumb``: an old archive script's trail set with "::".
        "Lantern Stories :: Fiction :: The Glass Key :: Chapter 2",
        # A LiveJournal clone's footer under every page.
        "Quillhaven is powered by LiveJournal open-source code.",
        "This site is powered by Dreamwidth code",
        # Rule ``chapter-pager-line``: FanFiction.Net's old layout names the option "Chapter".
        "Chapter 1. The Turnip Field  Next »",
        "« Prev  Chapter 3. Down the Well",
        "« Prev  Chapter 2. The Well  Next »",
        # A forum's threadmark bar: both buttons on one line.
        "Prev Next",
        # Rule ``ffn-alert-links`` in its other wording.
        "Add Story Alert - Add Author Alert - Add Favorite Story - Add Favorite Author",
        # The 2008 layout's buttons copied one to a line, without "Add".
        "Story Alert",
        "Author Alert",
        "Favorite Story",
        "Favourite Author",
        # The 2008 layout's box under the chapter: its label with a colon, and the buttons
        # as one row after "Add to:".
        "Review this Story/Chapter:",
        # Rule ``view-original-link``: a read-later app's link back to the saved page.
        "View Original",
        "Add to: Story Alert · Favorite Story · Author Alert · Favorite Author",
        # Blogger under a post: the byline with its comment count, the share links run
        # together, the pager on single spaces and the feed links.
        "Posted by Orla Fenn at 10:05 AM 3 comments:",
        "Posted by Orla Fenn at 10:05 AM No comments:",
        "Email ThisBlogThis!Share to TwitterShare to Facebook",
        "Newer Post Older Post Home",
        "Home Older Post",
        "Nowszy post Strona główna Starszy post",
        "Subscribe to: Post Comments (Atom)",
        "Subskrybuj: Posty (Atom)",
        # WordPress.com's footer and its comment box.
        "Blog at WordPress.com.",
        "Enter your comment here...",
        # vBulletin's log-in bar and thread menus.
        "User Name  Password  Remember Me?  Log in",
        "Thread Tools  Display Modes",
        # Chrome's reader panel over a copy of its page (reading-mode-line).
        "Reading mode",
        # AO3's search box as a phone copies it, its placeholder (ao3-search-box).
        "Search works, tags, people…",
        "Search works, bookmarks, and series...",
        # A mobile page's link to the full site at its foot (desktop-edition-link).
        "Desktop Edition",
        "Desktop version",
        # A free host's own lines above and under a home page (free-host-banner,
        # free-host-footer).
        "hosted by Angelfire",
        "Hosted FREE by GeoCities",
        "Angelfire   Get your own free website at Angelfire   Lycos Network",
        # The host's advert, a counter's wheels, the mail link (free-host-ad-banner,
        # odometer-counter, email-me-link); a copyright line with links beside it
        # (wide-spaced-chrome).
        "Create your own FREE home page at Angelfire! Click here.",
        "You are visitor number [0 0 1 2 0 9]",
        "E-mail me: wren.alder@example.org",
        "Contact the author at <wren@example.net>",
        # A story page's star widget (rating-widget-line).
        "Rate this story: ☆ ☆ ☆ ☆ ☆",
        "Quillpage.net (c) 2002. All Rights Reserved.  Terms | Privacy | Contact",
        # An archive's print view names itself (printer-friendly-line).
        "Printer Friendly Version",
        "Printable version",
        # Twisting the Hellmouth's line under a story's last chapter (tth-end-line).
        'You have reached the end of "Salt Roads". This story is complete.',
        'You have reached the end of "Salt Roads" – so far. This story is incomplete and the '
        "last chapter was posted on 4 May 14.",
        # An old home page's sign, footer links and webring bar.
        "[UNDER CONSTRUCTION]",
        "This page is still under construction!",
        "[<< Back to Stories] [Home] [Sign My Guestbook]",
        "This site is a member of the Lakeland Stories Webring",
        # A creator page's join button; a newsletter mail's links.
        "Become a member",
        "View this post on the web at https://example.substack.com/p/the-ferry",
        "View in browser",
        "Subscribe now [ https://example.substack.com/subscribe ]",
        "Leave a comment [ https://example.substack.com/p/the-ferry/comments ]",
        "Unsubscribe https://example.com/u/abc123",
        "Ko-fi",
        "Patreon",
        # An OTW-software clone's comment plea, with its own name (ao3 plea, generalised).
        "Please drop by the Heronry Archive and comment to let the creators know!",
        # An archive skin's credit (skin-credit).
        'Skin "Fernleaf" designed by moth_and_lamp',
        "Skin designed by Tess Ovid",
        # A forum's trail from its root on to the topic's long subject (board-index-trail).
        "Board index ‹ Writing ‹ Short Fiction ‹ [Fic] Salt on the Harbour Wall (G, complete)",
        "Forum Index -> Fan Works -> The Lamplighter's Daughter, part one of three",
    ],
)
def test_site_chrome(line: str) -> None:
    assert is_site_chrome(line)


@pytest.mark.parametrize(
    "line",
    [
        "Review the evidence, Watson.",
        # "Skin" in prose, with no quoted skin name nor a credited name (skin-credit).
        "Skin made by hand",
        "Skin created by magic.",
        "Skin designed by hand",
        "Three part story, she called it, and told it in four.",
        "She followed the path | and the path followed her.",
        "Kudos to you, she thought, and meant it.",
        "He had 214 notes in his pocket and not one of them was a love letter.",
        "Anne of Green Gables | Anne Shirley & Diana Barry | G | ~600 words",
        "[Three weeks later]",
        "« Tu viens ? » demanda-t-elle, « ou tu restes ? »",
        "Top of the morning, she said.",
        "@mossy-stones asked me for this one, so here it is.",
        "tagging along behind @wren as usual",
        "Posted by the night mail at 9:14 PM, the letter said nothing new.",
        "She had no twitter and no facebook   and no regrets.",
        "Chapter 2 of 5",
        "Keep reading, she told herself, and turned the page.",
        "This image of her mother did not follow her anywhere.",
        "Back to the house, and other people's stories | the rain.",
        "1. Knead the dough until it is smooth, and next fold it over.",
        "2. We waited for the next",
        "Start reading, and do not stop until the bell.",
        "Back to index cards and pencils, then.",
        "New user? She had signed up for nothing of the kind.",
        "Review this story, the editor said, before you print it.",
        "Add story alert to the list of things she never wanted to hear again.",
        "Add to favorites the smell of rain, she wrote.",
        "Add to: the list of things Mother forbade, one ladder.",
        "View original sin as the priest did, and you will never sleep.",
        "Review this chapter: did the twins ever speak again?",
        "Text size: 12 point, the editor insisted, and no smaller.",
        "Submit review copies by Friday, the editor said.",
        "Next part of the plan was harder.",
        "This page was hosted by a friend of hers, once.",
        "Like reply",
        "Reblog like a pro, she said.",
        "♥ always, your sister",
        "[Back to the present]",
        "(back to the Burrow)",
        "[Back to the Hogsmeade Library]",
        "[Next chapter: the duel at last!]",
        "[Top secret]",
        "(Next morning)",
        "Ratio :: two to one :: she wrote it so, and underlined it.",
        "The mill is powered by the river and by nothing else.",
        "The lamp was powered by livejournal gossip, Tom said.",
        "Chapter 1. I had no idea what came next.",
        "Previous next-door neighbours had been kinder.",
        "Add favorite story to the list, she typed, and stopped.",
        "Story alert: the kettle is on.",
        "My favorite story",
        "Author Alert Favorite Story",
        "Posted by the night mail at 9:14 PM, with 2 comments: both rude.",
        "Email this to Share to the parish, he said.",
        "Newer posts went up on the gate every morning.",
        "She blogged at WordPress.com for a year and then stopped.",
        "Remember me? she asked the password clerk.",
        "Desktop edition of the paper, she said, was thinner.",
        "hosted by the Duke and his sister",
        "Get your own coat, she said.",
        "Printer friendly, that was all the clerk said of him.",
        "You have reached the end of the road.",
        '"You have reached the end of the map," said the guide.',
        "The bridge was under construction, so they took the ferry.",
        "[Under the bridge]",
        "She wanted to become a member of the hunt, and said so.",
        "View this from the hill, he said, and you will see it.",
        "Share the bread [ as he always did ]",
        "This house is a member of the old guild.",
        "Skin by skin the onion gave up its secrets.",
        "Skin by morning",
        "Please drop by the office and comment on the plans, she wrote.",
        "She drew 3 ♥ on the card and left it on his desk.",
        "Site of the old battle, by the river.",
        # Pager words in prose, with no arrow (mobile-review-pager).
        "Prev review of the case was thin, he said.",
        "Review next week's figures, she said.",
        # The review link's row needs the bare links after it (ffn-review-print-links).
        "Review this story. Print the proofs. Email the editor.",
        # Near misses of the free host's and the home page's lines.
        "Build your own fire, Mother said, and went back to bed.",
        "Email me when you land, she wrote at the foot of the letter.",
        "He stopped.  She ran.  The dogs barked.",
        # The forum root's words with no trail mark after them (board-index-trail).
        "Board index cards lay in a heap by the till.",
        # Near miss of reading-mode-line: the words in a sentence.
        "Reading mode was the only thing that saved her eyes.",
        # Near miss of ao3-search-box: the words in a sentence.
        "Search works, people say, if you look in the right drawer.",
    ],
)
def test_story_lines_are_not_chrome(line: str) -> None:
    assert not is_site_chrome(line)


def test_spaced_bracket_items_that_fail_at_the_end_are_read_at_once() -> None:
    """Each bracketed link ends at its first "]", so a line of many spaced items that fails
    at its end is refused without retrying how each item's spaces split (next-story-link)."""
    line = "[Next story: a      ]" * 8 + "x"
    started = time.perf_counter()
    assert not is_site_chrome(line)
    assert time.perf_counter() - started < 1.0


@pytest.mark.parametrize(
    ("line", "counts"),
    [
        ("1.4K Reads", True),
        ("2.3K Reads · 141 Votes", True),
        ("Reads 1,530 • Votes 92 • Comments 8", True),
        ("Reads 4.1K   Votes 310   Parts 6", True),
        ("Reads 12", False),
        ("Reads 3 pages a night, • votes Tory", False),
        ("Reads the letter twice, then burns it.", False),
    ],
)
def test_read_counts_with_the_name_first_or_last(line: str, counts: bool) -> None:
    """Rule label-first-read-counts: Wattpad's counts with each name before its number."""
    assert is_read_count(line) is counts


def test_pipe_lines_with_labels_are_fields() -> None:
    assert pipe_metadata("pairing: Ada/Mae | rating: G | words: 1.1k") == [
        ("pairing", "Ada/Mae"),
        ("rating", "G"),
        ("words", "1.1k"),
    ]


def test_dotted_lines_with_labels_are_fields() -> None:
    """Rule dotted-info-line: spaced middle dots or bullets for bars, every item labelled."""
    assert pipe_metadata("Fandom: Moor Tales (Anon) · Rating: G · Words: 2,300") == [
        ("Fandom", "Moor Tales (Anon)"),
        ("Rating", "G"),
        ("Words", "2,300"),
    ]
    assert pipe_metadata("Rating: T • Words: 800") == [("Rating", "T"), ("Words", "800")]
    # A byline with a date and a reading time is no header line.
    assert pipe_metadata("Nell Hart · 3 May 2023 · 5 min read") is None
    # Nor is a site's row of counts, which names nothing of the story.
    assert pipe_metadata("Views: 120 · Likes: 9") is None


def test_info_sentence_names_fandom_rating_and_words() -> None:
    """Rule info-sentence: the comma line written as a sentence, "A <fandom> fic, rated G,
    about 600 words.", the fandom between the article and the kind of work."""
    assert pipe_metadata("A Green Knight and Gawain fic, rated T, about 2,000 words.") == [
        ("Fandom", "Green Knight and Gawain"),
        ("Rating", "rated T"),
    ]
    # A sentence of story with commas and a word count is no info line.
    assert pipe_metadata("He sat down at last, tired, about 600 words into the speech.") is None
    assert pipe_metadata("A girl with a kettle and a very long fic, rated T, 2k words.") is None


def test_pipe_lines_without_labels_are_read_by_shape() -> None:
    assert pipe_metadata("Anne of Green Gables | Anne & Diana | G | ~600 words") == [
        ("Fandom", "Anne of Green Gables"),
        ("Pairing", "Anne & Diana"),
        ("Rating", "G"),
    ]


def test_comma_lines_read_by_shape_and_original_fiction_has_no_fandom() -> None:
    assert pipe_metadata("original fiction, rated T, ~2k words") == [("Rating", "rated T")]
    assert pipe_metadata("Narnia, Lucy/Tumnus, G") == [
        ("Fandom", "Narnia"),
        ("Pairing", "Lucy/Tumnus"),
        ("Rating", "G"),
    ]
    # Prose and labelled lines are not such lines.
    assert pipe_metadata("Well, she said, it was the best of all the days.") is None
    assert pipe_metadata("Pairing: Lucy/Tumnus, Peter & Susan") is None


def test_pipe_fields_with_counters_and_a_bare_status() -> None:
    """Rule ``pipe-status-among-counters``: a bare status word at the end of an info bar of
    three labelled fields or more (eFiction's) is the story's status; a bare counter there
    ("Reviews (4)") is no status, and two status words tell none."""
    assert pipe_metadata("Fandom: Tides | Rating: G | Words: 2,400 | Complete") == [
        ("Fandom", "Tides"),
        ("Rating", "G"),
        ("Words", "2,400"),
        ("Status", "Complete"),
    ]
    assert pipe_metadata("Fandom: Tides | Rating: G | Words: 2,400 | Reviews (4)") == [
        ("Fandom", "Tides"),
        ("Rating", "G"),
        ("Words", "2,400"),
    ]
    assert ("Status", "WIP") not in (
        pipe_metadata("Fandom: Tides | Rating: G | Words: 9 | WIP | Complete | Hits: 3") or []
    )


def test_pipe_fields_with_a_bare_status() -> None:
    """Rule ``pipe-fields-with-status``: a bare status word among labelled fields."""
    assert pipe_metadata("Chapters: 2 | Complete | Words: 3,104") == [
        ("Chapters", "2"),
        ("Words", "3,104"),
        ("Status", "Complete"),
    ]
    assert pipe_metadata("Rating: T | In Progress | Chapters: 5") == [
        ("Rating", "T"),
        ("Chapters", "5"),
        ("Status", "In Progress"),
    ]
    # Any other bare item, or only one labelled field, is no such line.
    assert pipe_metadata("Chapters: 2 | the house was quiet | Words: 3") is None
    assert pipe_metadata("Note: it rained | Complete") is None


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Thread starter wayfarer_9  Start date Feb 3, 2021", "wayfarer_9"),
        ("Thread starter: Inkwell", "Inkwell"),
        # XenForo names may hold spaces: the name runs up to "Start date".
        ("Thread starter Marsh Wren Start date Jan 9, 2020 Tags birds", "Marsh Wren"),
        ("Thread starter: Inkwell was late again", None),
        ("Thread of fate", None),
        # Invision Community: "Started by name, date".
        ("Started by heron_reed, May 2, 2010", "heron_reed"),
        ("Started by the river, and ended there.", None),
    ],
)
def test_thread_starter_names_the_author(line: str, name: str | None) -> None:
    assert thread_starter(line) == name


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Postby quill_and_ink » Tue Jun 07, 2016 10:02 pm", "quill_and_ink"),
        ("by Marlow Finch » 07 Jun 2016, 22:02", "Marlow Finch"),
        ("by the river » and on", None),
    ],
)
def test_forum_post_byline(line: str, name: str | None) -> None:
    assert post_byline(line) == name


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("wren.writes — Today at 11:42 PM", "wren.writes"),
        ("Tamsin — Yesterday at 07:15", "Tamsin"),
        ("wren.writes — 02/03/2021 9:15 PM", "wren.writes"),
        ("The meeting was at nine — or so she said.", None),
    ],
)
def test_chat_message_header(line: str, name: str | None) -> None:
    assert chat_message_header(line) == name


def test_a_navigation_bar_is_no_metadata() -> None:
    assert pipe_metadata("Home | About | Contact") is None


def test_fanfiction_net_breadcrumb_names_the_fandom() -> None:
    assert breadcrumb_fandom("Books » Little Women") == "Little Women"
    assert breadcrumb_fandom("Rivers » Thames") is None


def test_category_paths_in_other_forms_name_the_fandom() -> None:
    assert breadcrumb_fandom("Livres › Le Tour du monde") == "Le Tour du monde"
    assert breadcrumb_fandom("Books > Moby Dick") == "Moby Dick"
    assert breadcrumb_fandom("Accueil › Livres › Moby Dick") is None


@pytest.mark.parametrize(
    "line",
    [
        "Royal Road",
        "Inkitt",
        "Spirit Fanfics e Histórias",
        "Asianfanfics | Browse",
        "Wattpad - Where stories live",
        "Twisting the Hellmouth",
        "Nyah! Fanfiction",
        "Questionable Questing",
        "Fiction > Mystery > Sherlock Holmes",
    ],
)
def test_a_site_name_line_is_chrome(line: str) -> None:
    assert is_site_chrome(line)
    assert is_site_name(line) or ">" in line


@pytest.mark.parametrize(
    "line",
    [
        "The Royal Road to Ruin",
        "She posted it on Wattpad the next morning.",
        "Tumblr was down again, so she wrote instead.",
        "Love > fear > pride, she decided.",
        "5 > 3",
    ],
)
def test_a_sentence_naming_a_site_is_not_its_name(line: str) -> None:
    assert not is_site_name(line)
    assert not is_site_chrome(line)


def test_a_lone_button_is_chrome_only_beside_chrome() -> None:
    assert lone_button_among_chrome("Top", ["Share: Email . Facebook", "Follow/Fav"])
    assert not lone_button_among_chrome("Top", ["She climbed to the very top.", "It was cold."])
    assert not lone_button_among_chrome("Top of the stairs", ["Follow/Fav"])


# --- page copies: AO3 search box, journal comment links, home-page footers ------------------


@pytest.mark.parametrize(
    "line",
    [
        "Skip to Main Content",
        "Search Works",
        "Work Search:",
        "( 5 comments — Reply )",
        "( Reply )",
        "(5 comments) Reply",
        "(2 comments) | Leave a comment",
        "+-Aa",
        "+ - Aa",
        # AO3's menu item over a work page's action bar.
        "Works",
        "Back to the Lantern Fic Page | Email Me | Sign My Guestbook!",
        "Home | Feedback",
        "Previous Entry  Add to memories!  Tell a Friend!  Next Entry",
        "Previous Entry  Next Entry",
    ],
)
def test_page_copy_chrome(line: str) -> None:
    assert is_site_chrome(line)


@pytest.mark.parametrize(
    "line",
    [
        "Back to the farm | she said, and meant it.",
        "(5 comments, she counted, all of them rude.)",
        "(5 comments) Reply to them all, she said.",
        "+-Aa, she typed, and deleted it.",
        "Skip to the end, Tom.",
        "Next Entry",
        "Tell a friend!",
        "Next entry, she wrote that the rain had stopped at last.",
        "Works of mercy, the curate called them.",
    ],
)
def test_story_lines_like_page_copy_chrome_are_not(line: str) -> None:
    assert not is_site_chrome(line)


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("[personal profile] fernhollow posted in [community] tea_fic", "fernhollow"),
        ("[info]quill_and_moth posted in [info]oldfic_comm", "quill_and_moth"),
        ("[Three days later] the post came.", None),
        ("[info]reedwarbler wrote in [info]fenland_fic", "reedwarbler"),
        ("[personal profile] ferncopse", "ferncopse"),
        ("[info]", None),
        ("[info] desk closed at noon, the sign said.", None),
    ],
)
def test_journal_poster_line_names_the_author(line: str, name: str | None) -> None:
    assert journal_poster(line) == name


# --- blog framing: reading time and "Posted on … by …" ---------------------------------------


@pytest.mark.parametrize(
    ("line", "header", "expected"),
    [
        ("4–5 minutes", True, True),
        ("7 min read", False, True),
        ("Reading time: 3 minutes", False, True),
        ("4–5 minutes", False, False),
        ("Ten minutes later the tide turned.", True, False),
    ],
)
def test_reading_time(line: str, header: bool, expected: bool) -> None:
    assert is_reading_time(line, in_header=header) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Posted on 3 March 2021 by Mara Quill in Stories", ("Mara Quill", "2021-03-03")),
        ("Posted by mara_q on March 3, 2021", ("mara_q", "2021-03-03")),
        ("Posted by Mara Quill at 9:41 PM", ("Mara Quill", None)),
        ("Posted on the harbour wall by the harbourmaster himself.", None),
        ("Opublikowano 14 lipca 2016 przez sowa_nocna", ("sowa_nocna", "2016-07-14")),
        ("Publicado el 3 de marzo de 2019 por Lucía Prado", ("Lucía Prado", "2019-03-03")),
        ("Veröffentlicht am 12. März 2014 von Eulenfeder", ("Eulenfeder", "2014-03-12")),
        ("Pubblicato da Lucciola il 5 maggio 2020", ("Lucciola", "2020-05-05")),
        ("Publicado em toda parte por gente que nunca leu.", None),
    ],
)
def test_posted_line(line: str, expected: tuple[str, str | None] | None) -> None:
    assert posted_line(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("next chapter chapter list", True),
        ("previous chapter next chapter chapter list", True),
        ("Previous Chapter Next Chapter", True),
        # Rule ``ao3-chapter-buttons-line``: the arrowed buttons, and a phone's chapter bar.
        ("← Previous Chapter Next Chapter →", True),
        ("Chapter 3/5 Entire Work Next Chapter →", True),
        ("Chapter 2/? ← Previous Chapter Entire Work", True),
        ("Chapter 3/5 was the one she skipped.", False),
        ("She skipped to the next chapter of the list.", False),
        ("chapter list", True),  # one link alone is chrome already
        ("The next chapter was the one about lists", False),
    ],
)
def test_run_together_chapter_links(line: str, expected: bool) -> None:
    """An export's chapter links joined on one line by a re-wrap are chrome; prose is not."""
    assert is_site_chrome(line) is expected


@pytest.mark.parametrize(
    ("label", "value", "expected"),
    [
        ("Author", "moss_and_marrow   PM", False),
        ("Author", "Follow/Fav", True),
        ("Author", "Home   Stories   PM", True),
        # Rule ``alert-links-after-name``: the 2010 layout's links set wide after the name.
        (
            "Author",
            "reed_and_ink    Add Story Alert . Add Author Alert . Add Favorite Story",
            False,
        ),
        # Only after a name: the links alone, or after other links, stay the site's.
        ("Author", "Add Story Alert . Add Author Alert", True),
        ("Author", "Home   Stories    Add Story Alert . Add Author Alert", True),
        # Rule ``series-part-beside-arrows``: AO3's series line with its arrow set wide.
        ("Series", "« Previous Work   Part 2 of River Days", False),
        ("Series", "« Previous Work   Next Work »", True),
    ],
)
def test_author_pm_link_is_not_chrome(label: str, value: str, expected: bool) -> None:
    """The old FanFiction.Net "PM" link after a name leaves the value a name (chrome_value)."""
    from fic2epub.normalise.header_chrome import chrome_value

    assert chrome_value(label, value) is expected


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Posted by Wren Abbot at 9:14 PM", "Wren Abbot"),
        ("Posted by Wren at 9:14 PM 2 comments:", "Wren"),
        ("Eingestellt von Mira um 21:14", "Mira"),
        ("Opublikowany przez Mira o 21:14", "Mira"),
        ("Publié par Léa à 21:14", "Léa"),
        ("Posted in Fic by Wren", None),
        ("By nine the lamps were lit.", None),
    ],
)
def test_blogger_poster(line: str, name: str | None) -> None:
    """The poster's name on Blogger's "Posted by X at <time>" line, in its translations; the
    first words are tested before the pattern."""
    from fic2epub.normalise.chrome_labels import blogger_poster

    assert blogger_poster(line) == name


@pytest.mark.parametrize(
    ("line", "chrome"),
    [
        ("* * *", False),
        (". . .", False),
        ("*   *   *", False),
        ("Home * Stories * Guestbook", True),
        ("Home . Stories . Guestbook", True),
    ],
)
def test_a_spaced_break_glyph_is_no_link_bar(line: str, chrome: bool) -> None:
    """A bar's " * " and " . " separators leave lone marks, not links, in a break glyph."""
    assert is_site_chrome(line) is chrome


def test_thread_title_fandom_and_quoted_title() -> None:
    # Rule thread-fandom-quoted-title: 'Fandom: "Title"' names the story by the quotes.
    from fic2epub.normalise.xenforo import thread_title

    assert thread_title('Old Ballads: "The Mud Boat" (complete)') == "The Mud Boat"
    assert thread_title("Old Ballads: The Mud Boat") == "Old Ballads: The Mud Boat"
