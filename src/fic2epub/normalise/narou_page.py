"""An episode page of Shōsetsuka ni narō (syosetu.com), copied from the browser.

The page opens with the site's name ("小説家になろう") and its menu ("ログイン", "小説を探す",
"ランキング"), then the work's title with the author's line under it ("作者：朝霧ゆかり"), the
pager ("目次", "次へ ＞", "＜ 前へ") and the episode's place in the work ("1/6"), and then the
episode's title. The author's preface (前書き) and afterword (後書き) sit in boxes above and
under the text; copied, they lose their boxes (the page prints no label for them) and only
blank lines set them off from the text. Under the afterword come the pager again and the
bookmark, rating and login buttons.

The site's name is not the story's title: the work's title is, and the episode's title heads
the one chapter the page holds. The preface and afterword are the author's unlabelled notes.
"""

from __future__ import annotations

from dataclasses import replace

from fic2epub.lazy_re import lazy
from fic2epub.normalise.chunks import OPENING_QUOTES, Chunk

_SITE = "小説家になろう"
# The author's line under the work's title: "作者：名前" (full-width or plain colon).
_AUTHOR = lazy(r"作者\s*[：:]\s*\S.{0,40}")
# The pager's items: the table of contents, next and previous episode, and the counter
# of the episode's place in the work ("1/6", "１２/３０").
_PAGER = lazy(
    r"目次|次へ\s*[＞>]|[＜<]\s*前へ|(?:[＜<]\s*前へ\s+)?目次(?:\s+次へ\s*[＞>])?"
    r"|[0-9０-９]{1,4}\s*[/／]\s*[0-9０-９]{1,4}"
)
# How far down the page the author's line may stand, and the longest line of the site's
# menu above the work's title.
_TOP_REACH = 12
_MENU_WIDTH = 20
# The longest line of the page's foot (its buttons and the login prompts).
_FOOT_WIDTH = 60
# Words an author's preface or afterword on the site can hardly do without: thanks for
# reading ("お読みいただき", "読んでいただき"), "thank you", fan fiction ("二次創作"), this
# episode and the next ("今回は", "次回は", "前回"), updates and posting ("更新", "投稿"),
# the site's bookmarks, ratings and comments ("ブックマーク", "評価", "感想"), typos
# ("誤字"), "please" ("よろしくお願いします"). A narrator does not speak of them.
_TALK = lazy(
    r"お読みいただ|読んでいただ|ありがとうござい|二次創作|今回は|次回は|前回|更新|投稿"
    r"|ブックマーク|評価|感想|誤字|よろしくお願いし"
)
# The longest preface or afterword read as a note.
_LONGEST_NOTE = 600


def narou_page(chunks: list[Chunk]) -> None:
    """Rules ``narou-site-menu``, ``narou-work-title``, ``narou-pager``,
    ``narou-episode-title``, ``narou-preface``, ``narou-afterword`` and ``narou-page-foot``
    (see the module's docstring).

    Guards: the site's name is the page's first line, the author's "作者：" line stands near
    the top under one line (the work's title) with only the site's short menu lines above
    that, and the pager's counter follows it; the episode's title is the line under the
    pager. A block set off by blank lines right under the episode's title is the preface,
    and the block over the closing pager the afterword, only when each is short, does not
    open with dialogue and talks as an author does (``_TALK``); and the foot only when all
    of it is short lines, so a second page pasted under the first is left alone.
    """
    if not chunks or not chunks[0].text.lstrip("\ufeff").startswith(_SITE):
        return  # the cheap test first: the page opens with the site's name
    author = next(
        (at for at in range(1, min(_TOP_REACH, len(chunks))) if _is_author(chunks[at])), None
    )
    if author is None or any(len(c.text) > _MENU_WIDTH for c in chunks[: author - 1]):
        return
    episode = _after_pager(chunks, author + 1)
    if episode is None or episode >= len(chunks):
        return
    for at in range(author - 1):
        _drop(chunks, at, "narou-site-menu")
    chunks[author - 1] = replace(chunks[author - 1], role="title", rule="narou-work-title")
    for at in range(author + 1, episode):
        _drop(chunks, at, "narou-pager")
    chunks[episode] = replace(chunks[episode], role="heading", rule="narou-episode-title")
    text_end = _foot(chunks, episode + 1)
    preface = _block(chunks, episode + 1)
    if preface.stop < text_end:  # the text goes on under it
        _note_block(chunks, preface, "narou-preface")
    closing = _last_block(chunks, preface.stop, text_end)
    if text_end < len(chunks) and closing is not None:
        _note_block(chunks, closing, "narou-afterword")


def _is_author(chunk: Chunk) -> bool:
    """The author's "作者：名前" line, one line under the work's title."""
    return (
        len(chunk.lines) == 1
        and chunk.gap == 0
        and chunk.text.startswith("作者")
        and _AUTHOR.fullmatch(chunk.text.strip()) is not None
    )


def _after_pager(chunks: list[Chunk], start: int) -> int | None:
    """The index of the episode's title under the pager that starts at ``start`` (its
    counter among the pager's lines), else None."""
    at = start
    counted = False
    while at < len(chunks) and _PAGER.fullmatch(chunks[at].text.strip()):
        counted = counted or chunks[at].text.strip()[:1] in "0123456789０１２３４５６７８９"
        at += 1
    return at if counted and at > start else None


def _foot(chunks: list[Chunk], start: int) -> int:
    """Rule ``narou-page-foot``: from the closing pager to the end, the page's buttons and
    login prompts are dropped; returns where the foot starts, or ``len(chunks)``."""
    for at in range(start, len(chunks)):
        if not _PAGER.fullmatch(chunks[at].text.strip()):
            continue
        if any(len(c.text) > _FOOT_WIDTH for c in chunks[at:]):
            return len(chunks)
        for later in range(at, len(chunks)):
            _drop(chunks, later, "narou-page-foot")
        return at
    return len(chunks)


def _block(chunks: list[Chunk], start: int) -> range:
    """The run of lines from ``start`` up to the next blank line."""
    end = min(start + 1, len(chunks))
    while end < len(chunks) and chunks[end].gap == 0:
        end += 1
    return range(start, end)


def _last_block(chunks: list[Chunk], start: int, end: int) -> range | None:
    """The last run of lines before ``end`` that a blank line sets off, with text between
    ``start`` and it; else None."""
    first = end - 1
    while first > start and chunks[first].gap == 0:
        first -= 1
    return range(first, end) if start < first < end else None


def _note_block(chunks: list[Chunk], block: range, rule: str) -> None:
    """Mark ``block`` as one unlabelled note when it reads as the author's (see
    :func:`narou_page`)."""
    if not block:
        return
    head = chunks[block.start]
    text = "".join(chunks[at].text for at in block)
    if (
        head.gap == 0
        or len(text) > _LONGEST_NOTE
        or head.text[:1] in OPENING_QUOTES
        or head.text[:1] in "「『"
        or _TALK.search(text) is None
        or any(chunks[at].role != "text" for at in block)
    ):
        return
    chunks[block.start] = replace(head, role="note", rule=rule, label="", value=head.text)
    for at in block[1:]:
        chunks[at] = replace(chunks[at], role="note-body", rule=rule)


def _drop(chunks: list[Chunk], at: int, rule: str) -> None:
    """Drop a chunk as the page's, unless an earlier rule dropped it already."""
    if chunks[at].role != "dropped":
        chunks[at] = replace(chunks[at], role="dropped", rule=rule)
