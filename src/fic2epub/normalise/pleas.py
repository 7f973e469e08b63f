"""Pleas: the author's unlabelled word under the story, asking readers for something.

"Please review!!", "Thanks for reading! Comments make my day", "Did you like it? Please
email me", "More next week!", "vote and comment if u liked it 💖": written under the prose
with no "A/N:" label, each is the author's note all the same. Each test reads one
paragraph's text alone; ``closings.py`` decides where one may stand.
"""

from __future__ import annotations

import re

from fic2epub.lazy_re import lazy
from fic2epub.normalise.notes import is_note_like
from fic2epub.normalise.patterns import MORE_TO_COME_RE, REVIEW_PLEA_RE
from fic2epub.normalise.sign_off import is_emoji


def closing_plea(text: str) -> bool:
    """ "Please review!!", "Thanks for reading! Comments make my day": a short plea at the end."""
    if REVIEW_PLEA_RE.fullmatch(text):
        return True
    if len(text) <= 200 and bool(REVIEW_PLEA_RE.match(text)) and is_note_like(text):
        return True
    if text[:4] == "end " and _CHATTY_CHAPTER_END.fullmatch(text) is not None:
        return True
    if len(text) <= 200 and _ends_on_plea(text) and is_note_like(text):
        return True
    return _chatty_plea(text) or _mail_plea(text) or _foreign_plea(text) or _foreign_thanks(text)


# Rule ``chatty-chapter-end``: a chat poster's line under a chapter saying it is over and
# talking on ("end of ch 1, ch 2 is shorter sorry", "end of part two!! more soon"): in the
# chat's lower case, with something after the chapter's number, so it is the author
# talking, not a marker. A bare "End of Chapter 1" is an end marker (patterns.END_RE).
_CHATTY_CHAPTER_END = lazy(
    r"end\s+of\s+(?:ch|chap|chapter|pt|part)\.?\s*(?:\d{1,3}|one|two|three|four|five)"
    r"\s*[,;:!.~—–-]+\s*\S.{0,120}"
)


# The last sentence of a paragraph: after the last stop, "!" or "?" with a space behind it.
_PLEA_LAST = lazy(r".*[.!?][\"”’']?\s+(?P<last>\S.*)", re.DOTALL)


def _ends_on_plea(text: str) -> bool:
    """Rule ``plea-closing-sentence``: a short note that says what the piece was and ends
    on a plea ("Fill for the prompt "home". Concrit welcome!"): its last sentence is the
    whole plea, and the paragraph reads as the author's (the caller's is_note_like)."""
    if not any(word in text.lower() for word in ("welcome", "appreciated", "review", "love")):
        return False  # the cheap test first: none of the pleas' words
    found = _PLEA_LAST.fullmatch(text.strip())
    return found is not None and REVIEW_PLEA_RE.fullmatch(found.group("last")) is not None


# Rule ``foreign-plea``: the plea in Spanish, Portuguese, Italian or French, the readers
# told to leave something: "Dejen puntos si les gustó", "Dejen sus comentarios", "Deixem
# seus comentários", "Lasciate un commento", "Laissez un commentaire". The imperative is
# the readers' (plural or polite), so a narrator's line to one character seldom fits.
_FOREIGN_PLEA = lazy(
    r"(?:dejen|dejad|deixem|lasciate|laissez)\s+(?:sus\s+|seus\s+|vos\s+|i\s+vostri\s+"
    r"|un(?:a|e)?\s+|uno\s+|algún\s+|algum\s+)?(?:puntos|comentarios?|coment[áa]rios?"
    r"|commenti|commento|commentaires?|reviews?|votos?|votes?|kudos|likes?)\b",
    re.IGNORECASE,
)


def _foreign_plea(text: str) -> bool:
    """A plea in another language under the prose (``foreign-plea``); short, and the whole
    paragraph opens on it."""
    return len(text) <= 200 and _FOREIGN_PLEA.match(text) is not None


# Rule ``foreign-thanks-for-reading``: the author's "thanks for reading" in Spanish,
# Portuguese, Italian, French or German, opening a short last paragraph ("Gracias por leer.
# Comments make my whole week.", "Obrigada por ler!", "Merci d'avoir lu"), as a bilingual
# writer signs off. Only the thanks for the reading itself: "Gracias por la cena" or "Merci
# pour tout" is a character's. The sentence must end there (a stop, "!" or the line's end),
# so "Gracias por leer la carta, dijo ella" stays prose.
_FOREIGN_THANKS = lazy(
    r"(?:muchas\s+|mil\s+)?gracias\s+por\s+leer(?:me|lo)?"
    r"|(?:muito\s+)?obrigad[ao]s?\s+por\s+(?:ler|lerem)"
    r"|grazie\s+(?:mille\s+)?(?:per\s+aver(?:e)?\s+letto|della\s+lettura)"
    r"|merci\s+(?:beaucoup\s+)?(?:d['’]avoir\s+lu|de\s+(?:m['’]avoir\s+lue?|votre\s+lecture))"
    r"|danke\s+(?:sch[öo]n\s+)?f[üu]rs\s+lesen",
    re.IGNORECASE,
)
# What may end the thanks, after any spaces: a sentence's end, a smiley, or the line's end.
_THANKS_END = frozenset(".!…:)~<")


def _foreign_thanks(text: str) -> bool:
    """A short paragraph that opens on the thanks for reading in another language
    (``foreign-thanks-for-reading``, above)."""
    if len(text) > 200 or text[:1] not in "MmGgOoDd¡":
        return False
    found = _FOREIGN_THANKS.match(text.lstrip("¡"))
    if found is None:
        return False
    rest = text.lstrip("¡")[found.end() :].lstrip()
    return not rest or rest[0] in _THANKS_END


# Asking readers to answer a newsletter's post: "Reply and tell me", "hit reply", "reply to
# this email", "let me know in the comments".
_REPLY_ASK = lazy(
    r"\b(?:(?:hit|just)\s+reply\b|reply\s+(?:and\s+(?:tell|let)\s+me|to\s+this\s+"
    r"(?:e-?mail|post|newsletter|issue))\b|(?:tell|let)\s+me\s+(?:know\s+)?(?:\w+\s+){0,4}?"
    r"in\s+the\s+comments\b)",
    re.IGNORECASE,
)
# The author talking about their reading or their next post: "if you've never read the
# play", "next month I'm doing…".
_NEXT_POST = lazy(
    r"\b(?:next\s+(?:week|month|time|issue|post|instalment|installment)"
    r"|(?:never|not|n['’]t)\s+read\b)",
    re.IGNORECASE,
)


def reply_plea(text: str) -> bool:
    """Rule ``reply-plea``: a newsletter writer's last paragraph under the story, inviting
    readers to answer ("… Next month I'm doing another one. Reply and tell me which you'd
    like."). Short, not dialogue, and the author's word as well as the ask: a note's cue or
    talk of the next post or of the readers' reading. A letter in an epistolary story that
    closes "Reply and tell me you are well" has neither."""
    if len(text) > 400 or text[:1] in "\"“‘'" or ("me" not in text and "comments" not in text):
        return False
    if _REPLY_ASK.search(text) is None:
        return False
    return _NEXT_POST.search(text) is not None or _READERS_ADDRESSED.search(text) is not None


# Asking readers to write: "email me", "e-mail me", "drop me a line", "write to me".
_WRITE_TO_ME = lazy(
    r"\b(?:e-?mail\s+me|drop\s+me\s+a\s+(?:line|note)|write\s+(?:to\s+)?me)\b", re.I
)


def _mail_plea(text: str) -> bool:
    """Rule ``mail-plea``: an old home page's plea under the story, "Did you like it? Please
    email me and tell me what you thought!": a short paragraph asking readers to write that
    reads as the author's word: a note's cue ("please", a smiley) or the readers addressed
    ("tell me what you thought", "if you read this far"). Never dialogue: a quoted line is
    a character's."""
    return (
        len(text) <= 300
        and text[:1] not in "\"“‘'"
        and "me" in text
        and _WRITE_TO_ME.search(text) is not None
        and (is_note_like(text) or _READERS_ADDRESSED.search(text) is not None)
    )


# The readers asked about the story they have read. A bare "you" is not enough: a letter in
# an epistolary story closes "Write to me, and say you are well", or "Write to me soon, and
# tell me what you think of Bath".
_READERS_ADDRESSED = lazy(
    r"\b(?:if\s+you\s+(?:read|liked|enjoyed)\b"
    # "…what you think!" at the end, or "what you think of it" anywhere; not "of Bath".
    r"|what\s+you\s+(?:thought|think)(?:\W*$|\s+of\s+(?:it|this|the\s+(?:story|chapter|fic))\b)"
    r"|you(?:['’]ve)?\s+(?:read|liked|enjoyed)\s+(?:it|this|the\s+story)\b)",
    re.I,
)


_PLEA_WORDS = lazy(
    r"\b(?:vote|votes|voting|comment|comments|review|reviews|kudos|next\s+update"
    r"|(?:thanks?|thank\s+you)\s+(?:so\s+much\s+)?for\s+reading"
    # The same asks in the languages Wattpad writers use: Spanish and Portuguese, Italian,
    # French, German, Indonesian, Turkish.
    r"|votar|vote[mn]?|votad|comentar|comenten|comentem|comentad|votate|commentate"
    r"|commentez|kommentiert|kommentare|komentar|yorum\s+yap\w*|oy\s+ver\w*)\b",
    re.IGNORECASE,
)


def more_to_come(text: str) -> bool:
    """Rule ``more-to-come``: "More next week!", "Next chapter soon, I promise!" on its own
    under the prose is the author promising readers more, an unlabelled note like a plea
    for reviews. The whole line must be the promise, so "More ships came the next week."
    stays story text.

    The promise may carry a plea after it ("Chapter two on Thursday! Reviews make me
    happy :)"): a second sentence that asks for reviews, comments or votes and reads as
    the author's word (a smiley, "please", "me"), or that opens asking readers what they
    think ("Let me know what you think so far"), so a sentence of story after a promise
    never passes."""
    if len(text) <= 80 and MORE_TO_COME_RE.fullmatch(text) is not None:
        return True
    if len(text) > 200 or text[:1] in "\"“‘'":
        return False
    # A promise in chat register, with a short reason after it or a chatty sentence before.
    if _chat_promise(text) or _chatty_promise(text) or _promise_with_aside(text):
        return True
    promise, _, plea = text.partition("! ")
    if not plea or not _promise(promise + "!"):
        # The promise may end in a full stop too: "Part 2 tomorrow. Please comment!"
        promise, _, plea = text.partition(". ")
        if not plea or not _promise(promise + "."):
            return False
    return (
        bool(REVIEW_PLEA_RE.fullmatch(plea))
        or (_PLEA_WORDS.search(plea) is not None and _AUTHOR_ASKS.search(plea) is not None)
        or _FEEDBACK_ASK.match(plea) is not None
    )


# Rule ``next-chapter-talk``: the author telling readers what the next chapter holds, with a
# plea after it ("Next chapter is told by the cook, and it's the last one! Reviews make me
# write faster."). Why: a writer previews the coming chapter as often as she dates it, and
# it is the same unlabelled note as a promise of more. Guards: the sentence opens on the
# next chapter or part with a verb of being right after it ("is", "will be", "'s"), and
# only the plea tests of ``more_to_come`` let it pass, so "The next chapter of her life
# began in May." or a story's sentence after such a line stays text.
_NEXT_CHAPTER_TALK = lazy(
    r"(?:the\s+)?next\s+(?:chapter|part|update|instal+ment)"
    r"(?:\s+(?:is|will\s+be)|['’]s)\s+[^.!?\n]{1,120}[.!…]+",
    re.IGNORECASE,
)


def _promise(sentence: str) -> bool:
    """Whether a sentence promises more (``more-to-come``) or tells of the next chapter
    (``next-chapter-talk``)."""
    if MORE_TO_COME_RE.fullmatch(sentence) is not None:
        return True
    return sentence[:1] in "NnTt" and _NEXT_CHAPTER_TALK.fullmatch(sentence) is not None


def _chat_promise(text: str) -> bool:
    """Rule ``chat-more-to-come``: a promise typed in chat style, in lower case, with a
    short reason after its comma ("part two after dinner, the kids are yelling"). Only in
    lower case and without quotation marks, so "Chapter four soon, the king said." stays."""
    if not text[:1].islower() or any(mark in text for mark in '"“”'):
        return False
    promise, comma, reason = text.partition(", ")
    return (
        bool(comma)
        and len(reason.split()) <= _REASON_WORDS
        and MORE_TO_COME_RE.fullmatch(promise) is not None
    )


# The most words of a chat promise's reason.
_REASON_WORDS = 8

# A spaced dash, typed or typeset, that sets an aside after a promise; or the promise's
# own "!" ending it as a sentence (``promise-then-aside``).
_SPACED_DASH = lazy(r"\s+(?:--|—|–)\s+|(?<=!)\s+(?=[A-Z])")
# The longest aside after a promise.
_ASIDE = 120
# The writer's own "I" in an aside ("I only have to type it up").
_WRITER_I = lazy(r"\bI\b|\bI['’](?:m|ve|ll)\b")


def _promise_with_aside(text: str) -> bool:
    """Rule ``promise-with-aside``: a promise of more, then a spaced dash and the writer's
    aside on it ("Part two soon -- it is written, I only have to type it up. Thanks for
    reading!"), a forum post's or journal entry's last line under the prose. Rule
    ``promise-then-aside``: the promise may end on its own "!" before the aside instead
    ("Part two goes up tomorrow! It's written, I promise."): the exclamation is the
    writer's, as the dash is.

    Guards: the words before the dash are a whole promise by the bare rule; the aside is
    short and has the writer's own "I" in it, so a line of story that only opens on the
    promise's words ("More tomorrow -- the rain had not stopped.") stays text.
    """
    found = _SPACED_DASH.search(text)
    if found is None:
        return False
    promise, aside = text[: found.start()], text[found.end() :]
    return (
        MORE_TO_COME_RE.fullmatch(promise) is not None
        and len(aside) <= _ASIDE
        and _WRITER_I.search(aside) is not None
    )


# The author's own word in a plea: a smiley or heart, "please", "me"/"my" ("make me happy").
_AUTHOR_ASKS = lazy(r"\b(?:me|my|please|pls|plz)\b|[:;]-?[)D]|<3|\^\^", re.I)
# Rule ``more-to-come``, its second sentence asking what readers think of the story so far:
# "Part Two tomorrow! Let me know what you think so far, I'm nervous about this one."
_FEEDBACK_ASK = lazy(
    r"(?:please\s+)?(?:let\s+me\s+know|tell\s+me)\s+(?:what|how)\s+you\s+"
    r"(?:think|thought|feel|felt|like|liked)\b",
    re.IGNORECASE,
)


def _chatty_plea(text: str) -> bool:
    """Rule ``chatty-plea``: the author's sign-off under the prose in chat style ("ok that's
    it for today!! vote and comment if u liked it 💖"), unlabelled as Wattpad writers leave it.

    Guards: short, not dialogue, asks for votes, comments or reviews (or promises the next
    update), and is written as chat: a lower-case start, "!!" or an emoji."""
    if len(text) > 300 or not _PLEA_WORDS.search(text):
        return False
    # Emoji: the pictographs, and the older stars and hearts (⭐ U+2B50, ❤ U+2764). With
    # one, a plea needs no English cue ("⭐ ¡No olvides votar! ⭐").
    emoji = any(is_emoji(c) for c in text)
    if not (emoji or is_note_like(text)):
        return False
    return text[:1].islower() or "!!" in text or emoji


# Rule ``chatty-more-to-come``: a forum poster's promise of the next part in chat register,
# "ok part 2 tomorrow!", "lol I love her already. ok part two tomorrow!": an interjection
# before the promise, or a short chatty sentence (opening in lower case or on "lol", "omg")
# before it. Why: boards' writers close a post so, and it is the author's word, as the bare
# promise is. Guards: the promise is the line's last sentence and matches the bare rule;
# what comes before it is one short sentence in chat register, so a capitalised sentence of
# story ("She waved. More ships came the next week.") never passes.
_INTERJECTION = lazy(r"(?:ok(?:ay)?|k|so|anyway|alright|lol|omg|haha)\b[\s,.!]*", re.I)
_CHAT_LEAD = lazy(r"(?:lol|omg|haha|lmao)\b", re.I)
_LAST_SENTENCE = lazy(r"(?P<chat>[^.!?…]{1,80}[.!?…]+)\s+(?P<promise>[^.!?…]{1,60}[!.…~]*)")
# The longest chatty promise line.
_CHATTY_PROMISE = 140


def _chatty_promise(text: str) -> bool:
    """Rule ``chatty-more-to-come`` (see above)."""
    if len(text) > _CHATTY_PROMISE:
        return False
    chat, promise = "", text
    if (found := _LAST_SENTENCE.fullmatch(text)) is not None:
        chat, promise = found.group("chat"), found.group("promise")
        if not (chat[:1].islower() or _CHAT_LEAD.match(chat)):
            return False
    lead = _INTERJECTION.match(promise)
    if lead is None and not chat:
        return False
    bare = promise[lead.end() :] if lead is not None else promise
    return MORE_TO_COME_RE.fullmatch(bare) is not None
