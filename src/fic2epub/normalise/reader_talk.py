"""Notes with no label: a paragraph in which the author talks to readers about the writing.

"Thanks for all the lovely reviews on the first part! This one is shorter, sorry.",
"ok so this is the ghost au nobody asked for lol. unbeta'd, typed on the train": with no
"A/N:" written in front, each is the author's note all the same. What tells it from a first-person
narrator's paragraph is the subject: the fic, its chapters, its reviews, its beta, the phone
it was typed on. A narrator says "I" and "you"; a narrator does not thank reviewers.

The test here reads one paragraph's words; the callers decide where such a paragraph may
stand (at a chapter's start over its separator, above a post's cut, above a bare title).
"""

from __future__ import annotations

import re
from dataclasses import replace

from fic2epub.lazy_re import lazy
from fic2epub.normalise.chunks import QUOTES, Chunk, is_glyph_line
from fic2epub.normalise.coauthor_aside import coauthor_aside
from fic2epub.normalise.note_announce import announces_note
from fic2epub.normalise.subscribe_box import is_subscribe_box
from fic2epub.normalise.update_apology import update_apology

# The words of an author talking about the writing, never a narrator's about the story's
# world: the fic and its parts, its readers' reviews and kudos, its beta (or lack of one),
# how and where it was typed, whom it was written for.
_ABOUT_WRITING = lazy(
    r"\b(?:this\s+(?:fic|story|chapter|one-?shot|drabble|au|update|piece)\b(?!\s+of\s)"
    # "the ghost au", "this coffee shop AU": an alternate universe, after a determiner. In
    # capitals "AU" is only ever the fandom's word; in lower case "au" is French too ("coq
    # au vin", "au pair", "au revoir"), so it counts only where no word follows it in the
    # same clause, or a word that goes on the way a note does ("the ghost au i promised").
    r"|(?:the|this|an?|my)\s+(?:[\w-]+\s+){0,2}?(?-i:AU)\b"
    r"|(?:the|this|an?|my)\s+(?:[\w-]+\s+){0,2}?au\b"
    r"(?=\s*(?:$|[.,;:!?)(\]~-]|\s(?:i|lol|that|where|which|with|nobody|no\s+one|you|u)\b))"
    # Reviews as the readers' comments, the noun: after a determiner or a number ("the
    # reviews", "your lovely reviews", "50 reviews"), asked for ("please review", "review
    # please", "review!"), doing what reviews do for a writer ("reviews make my day"),
    # beside kudos and comments, or those who write them. The verb ("I had to review my
    # notes") is anyone's.
    r"|(?:the|your|ur|my|all|any|every|each|some|many|more|few|no|those|these|for|\d+)\s+"
    r"(?:[\w'’-]+\s+)?reviews?(?!\s+(?:the|my|your|his|her|their|it|them|what)\b)"
    r"|reviews?\s*!|(?:please|pls|plz)\s+review|reviews?\s+(?:please|pls|plz)"
    r"|reviews\s+(?:make|mean|keep|help|feed|motivate|encourage)\b"
    r"|(?:kudos|comments?|faves|favs|follows)\s*(?:,|and|&|or)\s*reviews?"
    r"|reviewers?|r\s?&\s?r|kudos|faves|favs"
    r"|un-?beta(?:['’]?d|ed)?\b|beta(?:['’]d|ed)\b|my\s+beta\b|no\s+beta\b"
    # Rule ``betaing-thanks``: the beta's work as a verb, "thanks to Ana for betaing",
    # "beta-reading it": a fandom's word for reading a draft, never a narrator's.
    r"|betaing\b|beta[\s-]?read(?:ing|s)?\b"
    r"|typed\s+(?:(?:this|it)\s+(?:up\s+)?)?on\s+(?:my|the|a)\s+(?:phone|bus|train|tablet|ipad)"
    r"|wrote\s+this\s+(?:fic|story|one|for|because|after|while|when|on|in|at|ages|years)\b"
    r"|written\s+for\s+(?:the|my|a|an|@)\b"
    # Rule ``fill-for-prompt``: a challenge community's writer says what the piece fills,
    # "Fill for the prompt "coming home".", as she would say what she wrote it for.
    r"|fill(?:ed)?\s+for\s+(?:the|my|this|a)\s+(?:prompt|challenge|round)\b"
    # Rule ``craft-words``: the writer's word for how the story is told, which a narrator
    # inside it never uses: a time skip, a POV switch.
    r"|time[\s-]?skip|(?:pov|point\s+of\s+view)\s+(?:switch|change)"
    # Rule ``hope-you-enjoy``: the poster's wish that readers like what follows ("hope you
    # like it", "hope u guys enjoy"); a character's "I hope you like it" about a gift is
    # dialogue, closed by a quotation mark soon after.
    r"|hope\s+(?:you|u|y['’]?all|everyone)(?:\s+(?:all|guys))?\s+(?:like|enjoy|love)\b"
    r"(?![^\"“”\n]{0,20}[\"”])"
    # Rule ``be-kind-plea``: the poster's "Be kind!" or "please be gentle" to the readers;
    # a narrator's "be kind to her" goes on to someone, and "asked me to be kind." reports.
    r"|(?:please|pls|plz)\s+be\s+(?:kind|gentle|nice)|be\s+(?:kind|gentle|nice)(?=\s*(?:!|$))"
    # Rule ``based-on-source``: the writer naming what the piece retells, "this is based on
    # …", "it's loosely inspired by …": the piece itself as the subject, said about it from
    # outside. A narrator's "it was based on" speaks of something in the story, and with
    # "was" it is left alone.
    r"|(?:this|it)\s+(?:is|['’]s)\s+(?:(?:very\s+|kind\s+of\s+|sort\s+of\s+)?loosely\s+)?"
    r"(?:based\s+on|inspired\s+by)"
    # "fan fiction" and "fan fic" typed as two words, as a newsletter's readers may need
    # it spelled out.
    # Rule ``ficathon-words``: the fandom's words for the occasions pieces are written
    # for, a "ficathon" or a "fic exchange", never a narrator's.
    r"|ficathon|fic\s?exchange"
    r"|fics?|fan\s?fic(?:tion)?|one-?shot|drabble)\b",
    re.IGNORECASE,
)
# The author's own voice, as chat writes it too: "I", "i", "my", "you", "u", "everyone".
_VOICE = lazy(r"\bI\b|(?:^|\s)i(?=\s|['’])|\b(?i:me|my|we|us|our|you|your|u|ur|everyone|guys)\b")
# The longest paragraph read as a note by its words alone.
_LONGEST = 600


def talks_about_writing(text: str) -> bool:
    """Rule ``talks-about-writing``: a paragraph in the author's voice ("I", "my", "you")
    about the writing itself (this fic or chapter, reviews, kudos, a beta or none, typed on
    a phone, written for someone). Never dialogue, never a long paragraph: a narrator who
    happens to read reviews does so in a story's long paragraphs."""
    if not text or len(text) > _LONGEST or text[:1] in QUOTES:
        return False
    inner = emphasised_whole(text) or text
    # The voice first: its search costs half the writing words', and a story's opening
    # paragraph is seldom in the first or second person.
    return _VOICE.search(inner) is not None and _ABOUT_WRITING.search(inner) is not None


def emphasised_whole(text: str) -> str | None:
    """The inside of a paragraph set wholly in one emphasis ("_Thanks, all! -A._",
    "*so sorry for the wait*"), as html2text writes an italic paragraph; None for any
    other paragraph."""
    mark = text[:1]
    if mark not in ("_", "*") or len(text) < 3 or text[-1] != mark:
        return None
    inner = text[1:-1]
    if inner[:1] in (mark, " ") or inner[-1:] in (mark, " ") or mark in inner:
        return None  # bold, a rule ("_____"), or emphasis that stops inside the paragraph
    return inner


# How many paragraphs under a chapter's heading are looked at for its opening note.
_OPENING_WINDOW = 5


def opening_note(chunks: list[Chunk], index: int, end: int, *, heading: bool = True) -> int:
    """Rule ``unlabelled-opening-note``: the first paragraphs of a chapter that are the
    author's unlabelled note are marked as one note (label ""); returns the index after
    them, or ``index`` when there is none.

    The first paragraph talks about the writing (:func:`talks_about_writing`) and is set
    apart from the story: wholly in italics, as an archive's converter writes a note box
    (the italic paragraphs right under it are the note's too), or followed by the separator
    the author put between note and story (at most two paragraphs before it, each in the
    author's voice). Under a chapter's heading, a short paragraph that talks to readers
    the way a note does ("Thank you all for the reviews! This chapter is shorter, sorry.")
    needs no setting apart (:func:`_exclaims_to_readers`), nor does one that opens with a
    sorry for the wait or thanks to the commenters (:mod:`update_apology`). A first-person
    chapter that opens with "I" is neither italic nor talk about reviews, so it stays the
    story's.
    """
    lines: list[int] = []
    glyph_after = False
    blank_lines = False
    rule = "unlabelled-opening-note"
    for position in range(index, min(end, index + _OPENING_WINDOW)):
        chunk = chunks[position]
        if chunk.role == "dropped" or (not heading and is_subscribe_box(chunk)):
            # Rule ``subscribe-box-under-note``: a newsletter's subscribe box between the
            # post's welcome and its first heading is the page's (in-post-subscribe-box,
            # read later), not a paragraph of the note.
            continue
        blank_lines = blank_lines or (bool(lines) and chunk.gap >= 1)
        if is_glyph_line(chunk.text):
            glyph_after = True
            break
        if chunk.role != "text" or (lines and chunk.gap >= 2):
            break
        lines.append(position)
    if not lines:
        return index
    paragraphs = _paragraphs(chunks, lines) if blank_lines else [[line] for line in lines]
    texts = [" ".join(chunks[i].text for i in paragraph) for paragraph in paragraphs]
    if glyph_after and len(texts) == 1 and greets_readers(texts[0]):
        # Rule ``greeting-opening-note``: a newsletter's or a blog's welcome over the story,
        # set off from it by one separator: it talks to readers, whatever its subject.
        count, rule = 1, "greeting-opening-note"
    elif len(texts) > 1 and _apologises_for_length(texts[0]):
        count, rule = 1, "length-apology-note"
    elif heading and len(texts) > 1 and _chat_over_prose(texts[0], texts[1]):
        count, rule = 1, "lower-case-chat-opening"
    elif heading and len(texts) > 1 and greets_returning_readers(texts[0]):
        count, rule = 1, "greeting-under-heading"
    elif heading and len(texts) > 1 and announces_note(texts[0]):
        count, rule = 1, "announced-word-under-heading"
    elif not heading and _over_first_heading(chunks, lines, end, texts):
        count, rule = 1, "note-over-first-heading"
    elif not heading and coauthor_aside(chunks, lines, end, texts):
        count, rule = 1, "coauthor-aside-over-heading"
    elif heading and (len(texts) > 1 or glyph_after) and (found := update_apology(texts[0])):
        count, rule = 1, found  # sorry for the wait, thanks to the commenters (update_apology)
    elif not talks_about_writing(texts[0]):
        return index
    elif emphasised_whole(texts[0]) is not None:
        count = 1
        while count < len(texts) and emphasised_whole(texts[count]) is not None:
            count += 1
        if count == len(texts) and not glyph_after:
            return index  # every paragraph in italics: a letter or a dream, not a note
    elif glyph_after and len(texts) <= 2 and all(voiced(text) for text in texts):
        count = len(texts)
    elif heading and len(texts) > 1 and _exclaims_to_readers(texts[0]):
        count = 1
    else:
        return index
    first = paragraphs[0][0]
    value = chunks[first].text
    chunks[first] = replace(chunks[first], role="note", rule=rule, label="", value=value)
    for paragraph in paragraphs[:count]:
        for position in paragraph:
            if position != first:
                chunks[position] = replace(chunks[position], role="note-body", rule=rule)
    return paragraphs[count - 1][-1] + 1


def _over_first_heading(chunks: list[Chunk], lines: list[int], end: int, texts: list[str]) -> bool:
    """Rule ``note-over-first-heading``: one paragraph alone between the story's header and
    its first chapter heading, greeting the readers or talking about the writing in the
    author's voice ("If you have never read the play, here is all you need … This piece is
    about the morning after.", "Hi all! This month's story is fan fiction…"), is the
    author's front note, as a blog or newsletter post opens before its "I." heading: the
    story starts under the heading.

    Guards: only at the story's front (no heading above), only one paragraph, the very next
    kept line a chapter heading, and the paragraph not dialogue and not long (a prologue
    with no heading runs on for paragraphs, and does not talk about "this piece")."""
    if len(texts) != 1 or len(texts[0]) > _LONGEST_GREETING:
        return False
    # The region before the first heading ends at it: look past ``end``.
    after = next(
        (
            i
            for i in range(lines[-1] + 1, len(chunks))
            if chunks[i].role != "dropped" and not is_subscribe_box(chunks[i])
        ),
        None,
    )
    if after is None or after > end or chunks[after].role != "heading":
        return False
    # Rule ``greeting-alone-over-first-heading``: there, the greeting to the readers alone
    # ("Hello, friends. This month's serial is …") makes the paragraph the writer's, with no
    # "I" or "you" after it: the narrator's own address to the reader is quoted or comes
    # under a heading, not alone above the first one.
    if texts[0][:1] not in QUOTES and _GREETING.match(texts[0]) is not None:
        return True
    return greets_readers(texts[0]) or talks_about_writing(texts[0])


def _paragraphs(chunks: list[Chunk], lines: list[int]) -> list[list[int]]:
    """The chunks at ``lines`` grouped into paragraphs, in a text whose paragraphs are set
    apart by blank lines: a line right under another is the same paragraph's, as when a note
    is wrapped by hand shorter than the file's width and the layout kept its lines apart.
    (Where no blank line parts paragraphs, as in a phone paste, every line is one.)"""
    paragraphs: list[list[int]] = []
    for position in lines:
        if paragraphs and chunks[position].gap == 0 and not _unwrapped(chunks[paragraphs[-1][-1]]):
            paragraphs[-1].append(position)
        else:
            paragraphs.append([position])
    return paragraphs


# Longer than any hand-wrapped line: a line this long was typed as a paragraph of its own.
_UNWRAPPED = 120


def _unwrapped(chunk: Chunk) -> bool:
    """Rule ``unwrapped-line-own-paragraph``: a line longer than any hand-wrapped file's was
    never wrapped, so the line right under it starts a paragraph of its own even with no
    blank line between (a note typed on a phone straight over the story, in a file whose
    other paragraphs have blank lines between them)."""
    return any(len(line) > _UNWRAPPED for line in chunk.lines)


# The writer's apology for the piece's length, opening the paragraph: "Long one, sorry.",
# "Sorry this is so long!", "Sorry for the length", "Bit of a long one, sorry".
_LENGTH_APOLOGY_TEXT = (
    r"(?:(?:a\s+)?(?:bit\s+of\s+a\s+)?(?:long|longer|short|quick)\s+one,?\s+sorry\b"
    r"|sorry\s+(?:(?:this|it)\s+(?:is|['’]s)\s+(?:so\s+)?(?:long|short)|for\s+the\s+length)\b)"
)
_LENGTH_APOLOGY = lazy(_LENGTH_APOLOGY_TEXT, re.IGNORECASE)


# The same apology as a short paragraph's last sentence: "… I couldn't help myself. Long
# one, sorry!"
_CLOSING_LENGTH_APOLOGY = lazy(rf"[.!?…)]\s+{_LENGTH_APOLOGY_TEXT}[\s!.…~)]*$", re.IGNORECASE)


def _apologises_for_length(text: str) -> bool:
    """Rule ``length-apology-note``: a short first paragraph that opens with the writer's
    apology for the piece's length ("Long one, sorry.", "Sorry this is so long") is the
    writer's note over the story, as a reply under a prompt or a post often begins; no
    narrator opens a story by apologising for its length. Never dialogue, never long, and
    story must follow it.

    Rule ``closing-length-apology``: so is one that closes on it after saying what the
    piece is ("This is fic for an old poem nobody has read. Long one, sorry!"), when it
    talks about the writing in the writer's voice (:func:`talks_about_writing`)."""
    if len(text) > _LONGEST_UNMARKED or text[:1] in QUOTES:
        return False
    if _LENGTH_APOLOGY.match(text) is not None:
        return True
    return (
        "sorry" in text.lower()
        and _CLOSING_LENGTH_APOLOGY.search(text) is not None
        and talks_about_writing(text)
    )


# Chat's own "i", lower case, as a word ("so i saw", "i'm"): prose capitalises it (sign_off
# reads it too).
CHAT_I = lazy(r"(?:^|\s)i(?=\s|['’])")


def _chat_over_prose(first: str, second: str) -> bool:
    """Rule ``lower-case-chat-opening``: under a chapter's heading, a short paragraph typed in
    chat's lower case, with chat's lower-case "i", over prose that starts with a capital, is
    the writer talking before the story ("so i saw this play at school and could not stop
    thinking about him. this is for him"): a phone writer's note with no label.

    Guards: the paragraph starts in lower case and says "i" in lower case, is short, and the
    next one starts with a capital, so a story typed all in lower case keeps its first
    paragraph, and so does dialogue."""
    return (
        len(first) <= _LONGEST_UNMARKED
        and first[:1].islower()
        and second[:1].isupper()
        and CHAT_I.search(first) is not None
    )


# A greeting to the readers opening a paragraph: "Hello, friends", "Hi all!", "Hey
# everyone,", "Dear readers", "Welcome back", "Welcome to the …". A narrator greets a
# character by name, and a character's greeting is quoted.
_GREETING = lazy(
    r"(?:(?:hello|hi|hey|hiya|howdy|greetings|good\s+(?:morning|afternoon|evening)|dear)"
    r"(?:\s+(?:again|all|there))?[,!]?\s+(?:my\s+|dear\s+|lovely\s+)?"
    r"(?:friends|all|everyone|everybody|folks|readers|subscribers|y['’]?all|you\s+all"
    r"|lovelies|fellow\s+\w+|again)\b"
    r"|welcome\s+(?:back|to\s+(?:the|this|my|our|another|issue|part|week|month)\b))",
    re.IGNORECASE,
)
# The longest welcome read as a note.
_LONGEST_GREETING = 900


def greets_readers(text: str) -> bool:
    """A paragraph that opens by greeting the readers and goes on in the author's voice
    ("Hello, friends, and welcome to this month's story. You do not need to…"). Never
    dialogue; never a long paragraph."""
    if len(text) > _LONGEST_GREETING or text[:1] in QUOTES:
        return False
    return _GREETING.match(text) is not None and _VOICE.search(text) is not None


# What a writer greeting the readers under a chapter's heading goes on to say: that they
# are back, about the update, the chapter, the wait, the reading, or sorry.
_RETURN_CUES = lazy(
    r"\b(?:back\s+again|(?:i['’]m|i\s+am|we['’]re)\s+back|updates?|updating|chapters?"
    r"|(?:for|of)\s+reading|reviews?|sorry|(?:the|your)\s+wait|waiting)\b",
    re.IGNORECASE,
)


def greets_returning_readers(text: str) -> bool:
    """Rule ``greeting-under-heading``: under a chapter's heading, a short first paragraph
    that opens by greeting the readers ("Hi everyone, back again! Updates should be faster
    now.") and speaks of the writer's return, the update, the chapter, the wait or the
    reading, with story under it, is the writer's note even with no label and no separator.

    Guards: the greeting opens the paragraph and the author's voice is in it
    (:func:`greets_readers`); short; never a letter's salutation ("Dear friends," opens a
    letter a chapter may be), though "Dear readers" greets the readers; and one of the
    return's words must follow, so a character's unquoted "Hi all" is not taken."""
    if len(text) > _LONGEST_UNMARKED or not greets_readers(text):
        return False
    if text[:4].lower() == "dear" and not text.lower().startswith("dear readers"):
        return False
    return _RETURN_CUES.search(text) is not None


# A note's way of opening or speaking up: thanks, an apology, a greeting. Chat's "ok" or
# "okay" opens a narrator's sentence as well ("Okay, so I had to…"): it needs the "!" too,
# which any paragraph here passes on (see :func:`_exclaims_to_readers`).
_NOTE_OPENING = lazy(r"(?:thanks?|thank\s+you|(?:so\s+)?sorry|hi|hey|hello|wow)\b", re.I)
# The longest unmarked paragraph read as a chapter's opening note.
_LONGEST_UNMARKED = 300


def _exclaims_to_readers(text: str) -> bool:
    """A short paragraph about the writing that speaks as a note speaks: an exclamation
    ("…all the reviews on the first part!") or a note's opening ("Thanks", "Sorry", "Hi";
    not "Okay", which a narrator opens with too). A narrator's opening sentence about a
    play's reviews has neither."""
    if len(text) > _LONGEST_UNMARKED or not talks_about_writing(text):
        return False
    return "!" in text or _NOTE_OPENING.match(text) is not None


def voiced(text: str) -> bool:
    """A paragraph in the author's voice, not dialogue."""
    return text[:1] not in QUOTES and _VOICE.search(text) is not None
