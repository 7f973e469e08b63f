"""Two LOFTER posts: "一、" section headings, the heat/comment row and comments, "后记"."""

from __future__ import annotations

from fic2epub.normalise.patterns import match_note, match_numbered
from fic2epub.options import ReadOptions
from fic2epub.readers.text import read_text
from story_text import plain

PAGE = """LOFTER
竹林听风
关注

【原创】灯笼（上）
2020-02-01
#原创# #古风#

一、灯

元宵那天，街上挂满了灯笼。

她买了一盏兔子灯，提着走了很久。

热度(12) 评论(2) 分享
评论
路人甲：好可爱的兔子灯！
竹林听风 回复 路人甲：谢谢！

【原创】灯笼（下）
竹林听风
2020-02-08
#原创# #古风#

二、河

灯笼掉进了河里，顺着水慢慢漂走了。

她没有哭，只是看着它漂远。

——完——

后记：谢谢看到这里。
"""


def test_lofter_posts_read_as_two_chapters_without_the_comments() -> None:
    book = read_text(PAGE.encode("utf-8"), ReadOptions())
    assert [chapter.title for chapter in book.chapters] == ["一、灯", "二、河"]
    first = plain(book.chapters[0].blocks)
    assert first.endswith("提着走了很久。")
    assert "路人甲" not in first and "热度" not in first and "回复" not in first
    assert [note.label for note in book.chapters[1].notes_after] == ["后记"]


def test_cjk_enumerated_titles_and_afterword_label() -> None:
    assert match_numbered("三、雪") == 3
    assert match_numbered("三，雪") is None
    found = match_note("后记：下次再见。")
    assert found is not None and found.label == "后记"
    assert match_note("后记写得很长。") is None
