"""Site chrome: the whole lines a site prints around a story, as one pattern.

``CHROME_LINE`` holds every fixed line of a site's framing that needs no context to be
read as such: log-in and sign-up links, "Comments", "Kudos", a pager's "Next Chapter »",
an archive's "Printer Friendly Version", a free host's banner, forum buttons, a
newsletter's links. It is one alternation, compiled on first use, that
:func:`fic2epub.normalise.chrome.is_site_chrome` and the button rows try first; it lives
apart because it is long, and every entry is a rule of its own.
"""

from __future__ import annotations

import re

from fic2epub.lazy_re import lazy
from fic2epub.normalise.patterns import FFN_MOBILE_PAGER

# FanFiction.Net's old review box under a chapter, "Review this Story/Chapter", and rule
# ``ffn-review-print-links``: the 2010 layout's row of links under the chapter select,
# "Review this Story . Print . Email", the review link with the page's print and e-mail
# links after it. Only with those links, so no title-like line is taken. The 2008 layout
# labels its box with a colon, "Review this Story/Chapter:".
FFN_REVIEW_LINKS = (
    r"review\s+this\s+(?:story|chapter)(?:\s*/\s*(?:story|chapter))?"
    r"(?:\s*[.·|]\s*(?:print|e-?mail))*\s*:?"
)
# Rule ``join-community-button``: a journal community's button to join it, "Join community"
# (LiveJournal), "Join this group"; only the whole line.
JOIN_COMMUNITY = r"join\s+(?:this\s+)?(?:community|group)!?"

# Whole lines that sites print around a story.
CHROME_LINE = lazy(
    r"(?:log\s*in|sign\s*up|sign\s+in|site\s+navigation|fandoms|works|browse|search|about|actions"
    r"|entire\s+work|share|download|work\s+header|follow(?:ing)?|unfollow|comments?|reply"
    r"|add\s+a\s+comment\.*|\(?leave\s+a\s+comment\)?|\(?post\s+a\s+new\s+comment\)?"
    # Rule ``post-a-comment-link``: the link under a page's comments, with the arrow the
    # site sets after it ("post a comment »").
    r"|post\s+a\s+comment\s*(?:»|›|→|>{1,2})?"
    # Rule ``read-more-jump``: a blog post's link to the rest of the post, "Read more…";
    # Blogger's theme sets "»" after it ("Read more »").
    r"|read\s+more(?:\.*|…)(?:\s*(?:»|›|→|>{1,2}))?"
    # Rule ``comments-locked-notice``: a journal's or blog's notice under an entry whose
    # comments are shut, "Comments are locked to members of the community. Log in to leave a
    # comment." (Dreamwidth), "Comments are closed." (WordPress).
    r"|comments\s+(?:are|have\s+been)\s+(?:locked|disabled|closed|frozen)"
    r"(?:\s+to\s+[\w'’ ]{1,60}?)?\s*\.?"
    r"(?:\s*(?:log\s+in|sign\s+in)\s+to\s+(?:leave|post)\s+a\s+comment\s*\.?)?"
    # Rule ``thread-announcement``: a microblog thread's opening line saying it is one, with
    # the spool emoji ("fic thread! 🧵", "🧵 a short story thread"): a few words ending on
    # "thread", so a title with the mark ("🧵 The Title") is not one.
    r"|🧵\s*(?:[\w'’]+\s+){0,3}thread\s*[!:.]*"
    r"|(?:[\w'’]+\s+){0,3}thread\s*[!:.]*\s*🧵"
    # Rule ``bracketed-chapter-dropdown``: a chapter drop-down copied as its label and the
    # chosen option in brackets, with its arrow glyph and the pager's links beside it
    # (MediaMiner): "Chapter: [ 1 - The Letters ▾ ]   Next ->", "Chapter: [ 2 - Home ]
    # <- Prev". The brackets and the number with its dash make it the page's.
    r"|chapters?\s*:\s*\[\s*\d{1,3}\s*[-–—.:]\s*[^\[\]]{1,120}\]"
    r"(?:\s*(?:<-|<<|«|<)?\s*(?:prev(?:ious)?|next)\s*(?:->|>>|»|>)?)*"
    # Rule ``next-chapter-box``: a chapter page's box under the text pointing on (Fimfiction):
    # "Estimated time remaining: 7 Minutes", "Return to Story Description".
    r"|estimated\s+(?:reading\s+)?time\s+remaining\s*:?\s*[\w ]{0,30}"
    r"|return\s+to\s+(?:the\s+)?story(?:\s+description)?"
    # Tumblr's link under a post's cut, in place of the hidden text: "Keep reading".
    r"|keep\s+reading"
    # eFiction's link under each chapter of its all-chapters page: "Back to index".
    r"|back\s+to\s+(?:the\s+)?(?:story\s+)?index"
    # Rule ``blog-back-link``: a blog platform's link from a post to its list of posts,
    # above the post's title (Squarespace "Back to Blog", Wix "All Posts"); alone on its
    # line it is the page's, and above a title it is no title.
    r"|(?:←\s*)?back\s+to\s+(?:the\s+)?(?:blog|all\s+posts|posts)|all\s+posts"
    # Rule ``story-codes-line``: a story site's line of content codes under each chapter
    # page's head (Storiesonline "Story Codes: Historical, Revenge"): the site's index
    # keys, repeated on every page, neither tags the writer gave nor story text.
    r"|story\s+codes\s*:.*"
    # Wattpad's story page: the button under its table of contents.
    r"|start\s+reading"
    r"|continue\s+reading(?:\s+next\s+part)?|time\s+\d+h(?:\s+\d+m)?"
    r"|\(\s*read\s+more\.*\s*\)|</?(?:lj-)?cut\b[^>]*>|more\s+from\s+\S.{0,40}|chapter\s+index"
    # Rule ``cut-collapse-link``: Dreamwidth's link that folds an expanded cut again,
    # "( collapse )", left under the text when the page was saved with the cut open.
    r"|\(\s*collapse\s*\)"
    # An export's link back to its contents list is FicHub's "chapter list".
    r"|(?:chapter\s+(?:select(?:ion)?|navigation|menu|list)|(?:select|jump\s+to)\s+(?:a\s+)?chapter)"
    r"(?:\s+list)?\s*:?"
    rf"|{FFN_REVIEW_LINKS}|submit\s+review"
    # Rule ``ffn-alert-links``: the old layout's links under the stats line, one or more of
    # "Add Story Alert - Add Author Alert - Add Story to Favorites - Add Author to Favorites",
    # or in its other wording "Add Favorite Story - Add Favorite Author"; the 2010 layout
    # ends its row on a bare "Add to Favorites". Its 2008 buttons, copied one to a line, lack
    # the "Add": "Story Alert", "Author Alert", "Favorite Story", "Favorite Author"; copied
    # as one row they follow its label, "Add to: Story Alert · Favorite Story · …".
    r"|(?:add\s+to\s*:\s*)?(?:(?:(?:add\s+)?(?:story|author)\s+alert|(?:add\s+)?favou?rite\s+(?:story|author)"
    r"|add\s+(?:(?:story|author)\s+)?to\s+favou?rites)"
    r"(?:\s*[-–|·]\s*|$))+"
    # An archive's link to a story's reviews, with their count: "Read Reviews (4)".
    r"|(?:read|view)\s+reviews?(?:\s*\(\s*\d{1,6}\s*\))?"
    r"|chapter\s+text|work\s+text:?"
    # Rule ``ao3-interface-i18n``: the same markers with AO3's interface in French.
    r"|texte\s+du\s+chapitre|texte\s+de\s+l['’]\s*œuvre\s*:?"
    r"|review|(?:write|leave|post)\s+a\s+review|kudos|bookmark|subscribe|home"
    # AO3's work buttons in its Actions bar: "Kudos ♥", "Mark for Later".
    r"|kudos\s*[♥❤]|mark\s+for\s+later"
    r"|table\s+of\s+contents?|next\s+chapter|previous\s+chapter"
    # Rule ``tth-end-line``: Twisting the Hellmouth's line under a story's last chapter,
    # 'You have reached the end of "Title". This story is complete.' (or '"Title" – this
    # story is complete.', or '… – so far. This story is incomplete and the last chapter
    # was posted on …'). Only with the quoted title or "this story", so "You have reached
    # the end of the road." stays prose.
    r"|you\s+have\s+reached\s+the\s+end\s+of\s+(?:\"[^\"]{1,120}\"|“[^”]{1,120}”|this\s+story)"
    r"(?:\s*[-–—,]\s*so\s+far)?\s*[.!]?(?:\s*[-–—,]?\s+this\s+story\s+is\s+[^.!?]{1,120}[.!]?)?"
    # Rule ``printer-friendly-line``: an archive's print view names itself on a line of its
    # own, under the site's banner: "Printer Friendly Version", "Printable Version".
    r"|printer[\s-]*friendly(?:\s+(?:version|page|format|view))?|printable\s+(?:version|page)"
    # Rule ``site-printer-friendly-line``: the site's name before it, set apart as a logo's
    # tagline is: "The Garden Gate :: printer-friendly version", "Lamplight - Printable Page".
    r"|[^\s:|][^:|]{0,60}?\s+(?:::|\||[-–—~])\s+(?:printer[\s-]*friendly|printable)"
    r"\s+(?:version|page|format|view)"
    # Rule ``view-original-link``: a read-later app's link from its copy back to the saved
    # page, under the page's title and address ("View Original", Pocket's wording).
    r"|view\s+original(?:\s+(?:page|article|post))?"
    # Royal Road's first button above and under each chapter, back to the story's page
    # ("Fiction Page", or "Fiction Index" as the button reads on a chapter page).
    r"|fiction\s+(?:page|index)"
    # eFiction's font-size control and report link: "- Text Size +", "[Report This]"; skins
    # that bracket the two buttons after the label: "Text Size [+] [-]".
    r"|[-–]\s*text\s+size\s*\+|text\s+size\s*(?:\[\s*[+\-–]\s*\]\s*){1,2}"
    r"|\[?\s*report\s+this\s*\]?"
    # Rule ``board-reply-to-line``: a threaded board's (WWWBoard's) line over a reply, naming
    # the post it answers: "In Reply to: Title posted by name on Tuesday, 4 March 2003".
    # Only with "posted by", so a letter's "In reply to: your note" stays.
    r"|in\s+reply\s+to\s*:\s*\S.{0,200}?\s+posted\s+by\s+\S.{0,120}"
    # Rule ``efiction-reviews-link``: eFiction's link to a story's reviews on a line of its
    # own under "Title by Author": "[Reviews - 5]". Only in its brackets with a count.
    r"|\[\s*reviews?\s*[-–:]\s*\d{1,6}\s*\]"
    # Rule ``ffn-text-size``: FanFiction.Net's old font and width controls above the text,
    # "Text Size: 50% 75% 100% 125% 150%" (2010), "Text Size: + -   Story Text: Full ¾ ½".
    r"|text\s+size\s*:(?:\s*(?:\d{2,3}\s*%|[+\-–]))+"
    r"(?:\s*story\s+text\s*:(?:\s*(?:full|[¾½¼]))+)?"
    # A pager's position under its links: "(Chapter 1 of 2)". Only in brackets, as a bare
    # "Chapter 1 of 2" may be the author's heading.
    r"|\(\s*chapter\s+\d{1,3}\s+of\s+\d{1,3}\s*\)"
    # AO3's buttons that switch a work page between its whole text and one chapter, and
    # the link back up from under the text: "Chapter by Chapter", "Top of Work".
    r"|chapter\s+by\s+chapter|top\s+of\s+work"
    # Rule ``ao3-creator-style-button``: AO3's Actions button that turns the work's own
    # skin off or on, "Hide Creator's Style" / "Show Creator's Style", copied onto a line of
    # its own with the rest of the bar. Only the whole label, with "creator's style".
    r"|(?:hide|show)\s+creator[’']?s\s+style"
    # AO3's chapter navigation with its arrows: "← Previous Chapter", "Next Chapter →", "↑ Top";
    # a blog's links between a series' posts the same way: "next part →", "← previous part".
    r"|←\s*prev(?:ious)?\s+(?:chapter|part)|next\s+(?:chapter|part)\s*→|↑\s*top"
    # A pager's links, also to a story's parts: "<< Previous Part", "Next Part >>"; Quotev's
    # single guillemets: "‹ Previous Chapter", "Next Chapter ›"; both buttons copied as one
    # line, as a forum's threadmark bar gives them: "Prev Next".
    r"|[«‹<]*\s*prev(?:ious)?(?:\s+(?:chapter|part))?\s*[»›>]*"
    r"(?:\s+next(?:\s+(?:chapter|part))?\s*[»›>]*)?"
    # Rule ``ao3-chapter-buttons-line``: AO3's two chapter buttons with their arrows copied
    # onto one line, "← Previous Chapter Next Chapter →", and a phone's copy of the chapter
    # bar, the chapter's place before its buttons: "Chapter 1/2 Entire Work Next Chapter →".
    r"|←\s*previous\s+chapter\s+next\s+chapter\s*→"
    r"|chapter\s+\d{1,4}/(?:\d{1,4}|\?)(?:\s+(?:entire\s+work|←\s*previous\s+chapter"
    r"|next\s+chapter\s*→|chapter\s+index)){1,4}"
    r"|[«‹<]*\s*next(?:\s+(?:chapter|part))?\s*[»›>]+"
    # Rule ``numbered-chapter-pager``: an archive's pager of bracketed chapter numbers,
    # "Chapters: [1] [2] [3]   Next >>" (MediaMiner), with its label or with a step button,
    # so a story's footnote marks ("[1] [2]") stay prose.
    r"|chapters?\s*:\s*(?:\[\s*\d{1,3}\s*\]\s*){1,60}(?:(?:[«<]+\s*prev(?:ious)?|next\s*[»>]+)\s*){0,2}"
    r"|(?:\[\s*\d{1,3}\s*\]\s*){1,60}(?:(?:[«<]+\s*prev(?:ious)?|next\s*[»>]+)\s*){1,2}"
    # Rule ``episode-pager``: a reading app's links between episodes, "‹ Previous episode",
    # "Next episode ›"; only with the arrow, as "Next episode" may be a line of a story.
    r"|[«‹<]+\s*prev(?:ious)?\s+episode|next\s+episode\s*[»›>]+"
    # Rule ``continue-to-link``: a serial's link under a chapter post to the next one,
    # "Continue to Chapter 4: The Harbour →"; only with its arrow, so a sentence never matches.
    r"|(?:continue|go\s+on|read\s+on)\s+to\s+(?:the\s+next\s+)?(?:chapter|part|post)\b"
    r"[^.!?]{0,80}?\s*(?:→|»|>>)"
    # FFN's mobile pager, around the chapter's place in the story: "Ch 1 of 3 Next »".
    r"|"
    + FFN_MOBILE_PAGER
    # Rule ``mobile-review-pager``: the same pages' buttons under the text, the review link
    # between the arrows, copied with single spaces: "« Prev Review" on the last chapter,
    # "Review Next »" on the first, "« Prev Review Next »" between. Only with an arrow.
    + r"|[«<]+\s*prev(?:ious)?\s+review(?:\s+next\s*[»>]+)?|review\s+next\s*[»>]+"
    r"|yahoo!?\s+groups\s+links|<\*>.*|kudos\s*\(\d+\)|comments\s*\(\d+\)"
    # Rule ``ao3-bookmarks-button``: AO3's button under a work with its count, beside
    # "Kudos (57)" and "Comments (9)".
    r"|bookmarks\s*\(\d+\)"
    # A web page's sign-in prompt for new visitors: "New User? Sign Up".
    r"|new\s+user\?\s*(?:sign\s+up|register)"
    # A site's menu button inviting visitors in: "Sign Up Free", "Sign up for free", "Join
    # now" (a bare "Join" may be a story's one-word line).
    r"|(?:sign\s*up|join|register)\s+(?:(?:for\s+)?free|now)!?"
    + r"|"
    + JOIN_COMMUNITY
    + r"|skip\s+header|skip\s+to\s+(?:main\s+)?content|\[?\s*skip\s+to\s+(?:the\s+)?story\s*\]?"
    # Rule ``skip-to-navigation``: the skip link to a page's menu beside the one to its
    # content (Google Sites): "Skip to navigation".
    r"|skip\s+to\s+(?:the\s+)?navigation"
    # Rule ``menu-toggle-button``: a site builder's phone-width menu button copied as its two
    # labels run together, "Open Menu Close Menu" (Squarespace), or one of them alone.
    r"|(?:open|close|toggle)\s+(?:menu|navigation)(?:\s+(?:open|close)\s+menu)?"
    # Rule ``skip-link-main-content``: AO3's skip link, "Main Content", the first line of its
    # page in a text browser's dump (lynx writes it "* [1]Main Content").
    r"|main\s+content"
    # Rule ``load-more-comments``: a post page's link under its first comments, "Load more
    # comments", and Patreon's box under a post for visitors, "Join Name to see more posts".
    r"|(?:load|show|view)\s+more\s+comments|join\s+\S.{0,40}?\s+to\s+see\s+more\s+posts"
    # Rule ``compose-button``: a microblog app's button to write a post, "New Post" (Bluesky's
    # sidebar), alone on its line.
    r"|new\s+post"
    # Rule ``read-on-site-button``: a fic site's button to the story's archive copy, "Read on
    # AO3 >", "Read it on Wattpad →": the verb, the site's name and the arrow.
    r"|read\s+(?:it\s+)?on\s+(?:ao3|ffn|wattpad|tumblr|fanfiction\.net|archive\s+of\s+our\s+own)"
    r"\s*(?:>|→|»|->)"
    # Rule ``paid-story-chrome``: Wattpad's Paid Stories: the badge "Paid Story", each free
    # part's "Free preview", the offer "Unlock the whole story for 299 Coins", and the
    # table of contents' entries marked free or locked ("Two: The Ball    Free preview",
    # "Three: The Settlement    🔒").
    # (The contents' entries: LOCKED_ENTRY, asked only of a line with the word or the lock.)
    r"|paid\s+story|free\s+preview|unlock\s+\S.{0,40}?\s+for\s+[\d,.]+\s+coins"
    # Rule ``post-kind-label``: a creator page's label over a post's title, "POST" (Ko-fi),
    # in capitals alone on its line.
    r"|(?-i:POST)"
    # Rule ``updated-words-line``: a chapter page's line under its heading giving the date
    # and the length, "Updated: Mar 3, 2023 · 812 words" (Webnovel): the date, a bullet and
    # a word count, which no sentence is.
    r"|(?:updated|published|posted)\s*:?\s*[^·•|\n]{3,40}?\s*[·•|]\s*[\d.,]{1,7}\s*k?\s+words"
    # Rule ``cheer-me-up-plea``: Webnovel's fixed line under every chapter, "Creation is
    # hard, cheer me up!", over its Power Stone button: the site's words, not the writer's.
    r"|creation\s+is\s+hard,?\s+cheer\s+me\s+up!*"
    # Rule ``site-search-box``: a page's search box copied as its placeholder, "Search this
    # site" (Google Sites), "Search posts" (Patreon), "Search stories".
    r"|search\s+(?:this\s+)?(?:site|posts?|blog|stories|archive)\.*"
    # Rule ``back-to-top-link``: a one-page site's link up to its top under the story, "back
    # to top ^", "Back to top ↑", with its arrow or none; a digest's between dashes,
    # "---------- Back to top ----------" (Google Groups).
    r"|back\s+to\s+(?:the\s+)?top\s*[\^↑⬆]?"
    r"|-{3,}\s*back\s+to\s+top\s*-{3,}"
    # Rule ``site-builder-credit``: a site builder's credit at a page's foot, "Made with
    # Carrd", "Built with Squarespace": one capitalised name after the phrase.
    r"|(?:made|built)\s+with\s+(?-i:[A-Z])[\w.]{1,20}"
    # Rule ``dreamwidth-sidebar``: the module titles of a Dreamwidth journal's sidebar, which
    # a copy of an entry page brings along under the comments: "Page Summary", "Style
    # Credit" (with its "Style: … by …" or not), "Expand Cut Tags" and its "No cut tags",
    # "Most Popular Tags". Each is two or three words no sentence is, alone on its line.
    r"|page\s+summary|style\s+credit(?:\s*:.{0,120})?|expand\s+cut\s+tags|no\s+cut\s+tags"
    r"|most\s+popular\s+tags"
    # Rule ``own-source-line``: a post's required source field answered "my own" (Taringa's
    # "Fuente: propia (…)", "Source: my own", "Fonte: própria"): the site asks every post
    # for it. Only with the own-work answer, so a header's "Source: a prompt" stays.
    r"|(?:fuente|source|fonte|quelle)\s*:\s*(?:propi[ao]|m[íi][ao]|yo|própri[ao]|mine|my\s+own"
    r"|own|original|eigene?)\b[^\n]{0,100}"
    # Twisting the Hellmouth's story tabs, copied run together or spaced.
    r"|story\s*reviews\s*statistics(?:\s*related(?:\s*stories)?)?(?:\s*tracking)?|work\s+search:?"
    # Rule ``ao3-search-box``: AO3's search box as a phone copies it, its placeholder with
    # the kinds it searches: "Search works, tags, people…".
    r"|search\s+works(?:\s*,\s*(?:and\s+)?(?:tags|people|bookmarks|series|collections))*"
    r"\s*(?:…|\.{3})?"
    r"|desktop/tablet\s+mode.*|(?:fanfiction\s+)?mobile\s+edition|"
    # Rule ``desktop-edition-link``: a mobile page's link to the full site at its foot,
    # alone on its line: "Desktop Edition", "Desktop Mode", "Desktop version".
    r"desktop\s+(?:edition|mode|version|site)|.*\byahoo!?\s+groups\s+sponsor\b.*"
    r"|post\s+comment|footer|about\s+the\s+archive|site\s+map|all\s+fields\s+are\s+required.*"
    r"|.{0,200}\bleft\s+kudos\s+on\s+this\s+work!?"
    r"|(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    r"|page\s+\d+(?:\s+of\s+\d+)?|\[?\s*community\s+profile\s*\]\s*\S+|entry\s+tags\s*:.*"
    # A browser's reader panel names itself over the copy: "Reader mode" (a forum's button
    # too), Chrome's "Reading mode" (rule ``reading-mode-line``).
    r"|quote|like|likes|report|click\s+to\s+expand\.*|threadmarks?|read(?:er|ing)\s+mode|\(edited\)"
    r"|follow\s*/\s*fav|favou?rite|post\s+review\s+as\s+guest|reblogs?"
    # Rule ``ffn-text-size-control``: FanFiction.Net's reader control over the text, its
    # "+" and "-" buttons and "Aa" copied as one line ("+-Aa", "+ - Aa"); nothing but the
    # three glyphs, so no line of prose can match.
    r"|\+\s*[-–]\s*aa|aa\s*\+\s*[-–]"
    # Rule ``free-host-footer``: a free host's bar at the page's foot, "Get your own free
    # website at Tripod", which may follow the host's name and run on to its network's,
    # spaced wide ("Tripod   Get your own free website at Tripod   Lycos Network").
    r"|(?:[\w.!]+(?:\s[\w.!]+)?\s{2,})?get\s+your\s+own\s+free.*"
    # Rule ``free-host-ad-banner``: the host's advert over every member page, "Build your
    # own FREE website at Tripod! Click here for details.": the offer of a free site or
    # home page, so a story's "Build your own fire." stays prose.
    r"|(?:build|create|make|start)\s+your\s+(?:own\s+)?free\s+(?:web\s*site|home\s*page"
    r"|web\s*page|site|page)\b.{0,80}"
    # Rule ``rating-widget-line``: a story page's star widget for readers to rate it, copied
    # as its empty stars: "Rate this story: ☆ ☆ ☆ ☆ ☆", "Rate this chapter ★★★★★".
    r"|rate\s+this\s+(?:story|chapter|fic|poem|quiz|work|post)\s*:?\s*(?:(?:[☆★✩✰⭐]\s*){3,10})?"
    # Rule ``email-me-link``: a home page's mail link under the story, "Email me:
    # name@host.net", "E-mail the author at name@host.net"; the address must close it.
    r"|(?:e-?mail|write\s+to|contact)\s+(?:me|us|the\s+author|the\s+webmaster)\s*"
    r"(?:[:!-]|\bat\b)?\s*<?(?:mailto:)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+>?"
    r"|you\s+are\s+visitor\s+(?:number|no\.?)\s*\d+|\[\s*\w+\s*\]"
    # AO3's plea under a download, and an OTW-software clone's with its own name in it:
    # "Please drop by the SquidgeWorld Archive and comment to let the creators know …".
    r"|please\s+drop\s+by\s+the\s+(?:[\w'’.-]+\s+){0,3}archive(?:\s+of\s+our\s+own)?"
    r"\s+and\s+comment.*|microsoft\s+word\s*[-–—].*"
    r"|\S+\.(?:docx?|odt|rtf|pdf|txt)|[\w-]+(?:\.[\w-]+)*\.(?:com|net|org|de|fr|co\.uk|livejournal\.com)"
    # A free host's line under every page: "This page hosted FREE by Angelfire".
    r"|this\s+(?:page|site)\s+(?:is\s+)?hosted\s+(?:(?:for\s+)?free\s+)?by\s+.{1,80}|entry\s+tags\s*:.*"
    # Rule ``free-host-banner``: the host's own line at the top or foot of the page, bare:
    # "hosted by Tripod", "Hosted FREE by Angelfire". Only a free host's name, so a line of a
    # story ("hosted by the Duke") is never framing.
    r"|(?:page\s+)?hosted\s+(?:(?:for\s+)?free\s+)?by\s+"
    r"(?:tripod|angelfire|geocities|lycos|freewebs|webs\.com|bravenet|fortunecities)\.?"
    # Rule ``view-on-web-line``: a newsletter e-mail's first line, its link to the post's
    # page: "View this post on the web at https://…", "View in browser".
    r"|view\s+(?:this\s+(?:post|e-?mail|issue)|it|online|in\s+(?:your\s+|a\s+)?browser)"
    r"(?:\s+(?:on\s+the\s+web|online|in\s+(?:your\s+|a\s+)?browser))?(?:\s+at\s+\S+)?"
    # Rule ``newsletter-button-link``: a newsletter mail's buttons as its plain-text part
    # prints them, the label and its address in brackets: "Subscribe now [ https://… ]",
    # "Share [ https://… ]", "Leave a comment [ https://… ]"; and its "Unsubscribe" link.
    r"|(?:subscribe(?:\s+now)?|share|leave\s+a\s+comment|like|comment|restack|upgrade\s+to\s+paid"
    r"|read\s+in\s+app|get\s+the\s+app|give\s+a\s+gift\s+subscription)\s*\[\s*https?://\S+\s*\]"
    r"|unsubscribe(?:\s+(?:here|https?://\S+))?"
    # Rule ``become-member-button``: a creator page's join button, "Become a member",
    # "Become a patron" (Patreon), alone on its line.
    r"|become\s+a\s+(?:paid\s+)?(?:member|patron|supporter)!?"
    # Rule ``under-construction-sign``: an old home page's sign, "[UNDER CONSTRUCTION]" (an
    # animated picture's alt text), "This site is under construction!". Only in brackets or
    # naming the site or page, so a story's building site is never framing.
    r"|\[\s*(?:(?:site|page)\s+)?under\s+construction!*\s*\]"
    r"|(?:this\s+)?(?:site|page)\s+(?:is\s+)?(?:still\s+)?under\s+construction!*"
    # A webring's bar: "This Dickens Fan Fiction Ring site is owned by Pip."
    r"|this\s+(?:[\w'’&-]+\s+){0,8}(?:web\s?)?ring\s+site\s+is\s+owned\s+by\s+.{1,60}"
    # Rule ``webring-member-line``: the bar's other wording, "This site is a member of the
    # Harbour Tales Webring"; only a site or page that is a member of a ring.
    r"|this\s+(?:site|page|home\s*page)\s+is\s+(?:a\s+)?(?:proud\s+)?member\s+of\s+"
    r"(?:the\s+)?(?:[\w'’&-]+\s+){0,8}(?:web\s?ring|ring)!?\.?"
    r"|\S+\s+(?:\(\S+\)\s+)?wrote\s+in\s+.{1,80}|\S+\s+wrote\s*,?\s+@\s*.{0,40}"
    # A journal post's comment links: "( 3 comments — Reply )", "( Reply )"; some styles
    # close the bracket on the count and set the link after it, "(3 comments) Reply"
    # (rule ``comment-count-then-reply``).
    r"|\(\s*(?:\d+\s+comments?|reply|read\s+comments|comment)"
    r"(?:\s*[—–|-]\s*(?:reply|\d+\s+comments?|link|thread))*\s*\)"
    r"(?:\s*[—–|-]?\s*(?:reply|(?:leave|post|add)\s+a\s+(?:new\s+)?comment))?"
    # Archive and blog software signing the page: "This story archive is powered by
    # eFiction 3.5.3.", "Powered by Blogger." Only known software, so no sentence matches.
    r"|(?:(?:this\s+(?:story\s+)?(?:archive|site|blog|forum)|[\w'’&]+(?:\s+[\w'’&]+){0,5})"
    r"\s+is\s+)?powered\s+by\s+"
    r"(?:efiction|wordpress|blogger|phpbb|vbulletin|xenforo|invision|mybb|smf|drupal"
    # The LiveJournal clones' footer: "JournalFen is powered by LiveJournal open-source code."
    r"|livejournal|dreamwidth)"
    # Rule ``powered-by-journal-site``: the journal sites sign their pages with their full
    # names, "Powered by LiveJournal.com", "Powered by Dreamwidth Studios".
    r"(?:\.com|\.org|\s+studios)?"
    r"(?:\s+v?\d[\d.]*)?(?:\s+(?:open[\s-]?source\s+)?(?:code|software|server))?\.?"
    # eFiction's print view signs off with the story's address: "This story archived at
    # http://…/viewstory.php?sid=12".
    r"|this\s+story\s+(?:is\s+)?archived\s+at\s*:?\s+\S{1,200}"
    # Rule ``skin-credit``: an archive skin's credit at the page's foot, "Skin "Birchbark"
    # designed by name", "Skin designed by Name". Only "skin" with its name in quotes, or
    # "Skin designed by" and a name that is no lower-case prose (capitalised words, or a
    # handle with "_" or a digit): "Skin by skin", "Skin made by hand" and "Skin created by
    # magic." are prose.
    r"|skin\s+(?:[\"“][^\"”]{1,40}[\"”]\s+(?:(?:designed|created|made)\s+)?by\s+[\w.-]+"
    r"(?:\s+[\w.-]+)?|designed\s+by\s+(?-i:[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?|[\w.-]*[_\d][\w.-]*))"
    # An old home page's footer: "Last updated 14 May 2003. Best viewed in 800x600."
    r"|(?:last\s+(?:updated|modified)\s*:?\s+[\w ,/.-]{4,30}?\.\s*)?best\s+viewed\s+"
    r"(?:in|with|at|using)\s+[\w .,/-]{2,60}?[.!]?"
    # Rule ``crosspost-line``: a journal post's note of the other places it went up,
    # "x-posted to comm_name", "Cross-posted to AO3 and ff.net", "xposted: comm_a, comm_b".
    # One clause only: a sentence running on after a full stop is the author's own.
    r"|(?:x|cross)[\s-]?post(?:ed)?(?:\s+(?:to|at|on|in)\b|\s*:)(?:(?![.!?]\s).){1,100}"
    # A Mailman list archive's line under each message.
    r"|more\s+information\s+about\s+the\s+\S+(?:\s+\S+){0,3}\s+mailing\s+list"
    # Wattpad's placeholder for a picture it hid: "Oops! This image does not follow our
    # content guidelines. To continue publishing, please remove it or upload …".
    r"|(?:oops!?\s+)?this\s+image\s+does\s+not\s+follow\s+our\s+content\s+guidelines\b.{0,160}"
    # FanFicFare's last line in its TXT output.
    r"|end\s+file\."
    # Rule ``export-end-line``: an exporter's own last line, "*end of export*", "End of
    # file", as a Markdown export closes the writer's works; set in emphasis or not.
    r"|[*_]{0,2}end\s+of\s+(?:export|file)[*_]{0,2}"
    # Asianfanfics' call under a story: "Like this story? Give it an upvote!"
    r"|(?:like|enjoyed|love)\s+this\s+story\?\s*give\s+it\s+an?\s+upvote!?"
    # Forum software (XenForo, phpBB) around a thread's posts.
    # Quotev's links under a part and after the last one: "Next Part: The Ring", "Add to
    # library", "More stories by @name", "You finished this story!". A part's title after
    # "Next Part:" has no sentence's end, so an author's "Next part: soon, I promise." stays.
    # Wattpad's web page prints its button with a plus: "+ Add to Reading List".
    r"|next\s+part\s*:\s*[^.!?]{1,80}|(?:\+\s*)?add\s+to\s+(?:library|reading\s+list)"
    # Penana's button over a story's first chapter, beside "Start Reading".
    r"|add\s+to\s+(?:my\s+)?(?:shelf|bookshelf)"
    r"|more\s+(?:stories|works)\s+(?:by|from)\s+@?\S{1,40}"
    # Rule ``other-content-by``: a writing site's list head under a book, "Other Content by
    # name" (Booksie), as "More stories by name" is.
    r"|other\s+(?:content|stories|works|books)\s+by\s+@?\S{1,40}"
    # Rule ``chapter-bookmark-button``: the button under a chapter, "Add Chapter Bookmark".
    r"|add\s+(?:chapter\s+|story\s+)?bookmark"
    r"|you(?:['’]ve|\s+have)?\s+finished\s+this\s+story!?"
    # Scribble Hub's chapter page: its readers' score with the count of votes ("Rating: 4.6
    # (31)") and the buttons under the chapter ("Report Chapter", "Support the Author").
    r"|rating\s*:\s*\d(?:\.\d{1,2})?\s*(?:/\s*\d{1,2}\s*)?\(\s*[\d,]+\s*(?:votes?|ratings?)?\s*\)"
    r"|report\s+(?:chapter|story)|support\s+the\s+author"
    # Webnovel's vote button under a chapter, in full: "Vote with Power Stone".
    r"|vote\s+with\s+power\s+stones?"
    # New Reddit's search box over a subreddit's post: "Search in r/FanFiction".
    r"|search\s+in\s+r/[A-Za-z0-9_]{2,21}"
    # Rule ``reddit-search-box``: its placeholder on Reddit's front pages, "Search Reddit".
    r"|search\s+reddit"
    r"|view\s+all\s+\d+\s+threadmarks|thread\s+tools|watch\s+thread"
    r"|you\s+must\s+log\s+in\s+or\s+(?:register|sign\s+up)\s+to\s+(?:reply|post)(?:\s+here)?\.?)",
    re.IGNORECASE,
)

# Rule ``paid-story-chrome`` (the contents' entries): "Two: The Ball    Free preview",
# "Three: The Settlement    🔒". Apart from CHROME_LINE, as it may start at any character.
LOCKED_ENTRY = lazy(r".{1,80}?\s{2,}(?:free\s+preview|🔒)", re.IGNORECASE)
