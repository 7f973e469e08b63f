"""pixiv's novel marks ([chapter:…], [newpage]), its tab title and its "キャプション" label."""

from __future__ import annotations

from fic2epub.normalise.metadata import clean_title
from fic2epub.options import ReadOptions
from fic2epub.readers.text import read_text
from story_text import plain

PAGE = """月の井戸 - 夜鷹の小説 - pixiv
夜鷹
2021年8月1日 20:00
月の井戸
#創作 #昔話

キャプション：
井戸に落ちた月を拾う話です。

[chapter:一 井戸]

村の井戸に、月が落ちた。

誰も拾おうとしなかった。

[newpage]

[chapter:二 桶]

少年は桶をおろした。

月は桶のなかで、少し揺れた。
"""


def test_pixiv_chapter_marks_head_chapters_and_newpage_is_dropped() -> None:
    book = read_text(PAGE.encode("utf-8"), ReadOptions())
    assert [chapter.title for chapter in book.chapters] == ["一 井戸", "二 桶"]
    assert "newpage" not in plain(book.chapters[0].blocks)
    assert book.metadata.title == "月の井戸"
    assert (book.metadata.summary or "").startswith("井戸に落ちた月を拾う話です。")


def test_pixiv_tab_title_leaves_the_work_title() -> None:
    assert clean_title("月の井戸 - 夜鷹(よたか)の小説 - pixiv") == "月の井戸"
    assert clean_title("Moon - pixiv fan art") == "Moon - pixiv fan art"
