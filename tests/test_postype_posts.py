"""Two Postype posts of a series copied one after the other; LOFTER's and Postype's chrome."""

from __future__ import annotations

import pytest

from fic2epub.normalise.chrome_i18n import is_foreign_chrome
from fic2epub.normalise.metadata import clean_title
from fic2epub.normalise.site_names import is_site_name
from fic2epub.options import ReadOptions
from fic2epub.readers.text import read_text
from story_text import plain

PAGE = """포스타입
달빛 책방
구독하기

등대지기 (1)
달빛 책방 · 2020.03.02. 21:10
창작 · 바다
전체 공개

1화. 불빛

등대지기는 매일 밤 불을 켰다. 배가 오지 않는 밤에도 켰다.

"누구를 위해서요?" 아이가 물었다.

좋아요 12 · 댓글 2 · 공유
다음 글 등대지기 (2)

등대지기 (2)
달빛 책방 · 2020.03.09. 20:45
창작 · 바다
전체 공개

2화. 배

어느 날 아침, 수평선 끝에 작은 배 한 척이 나타났다.

등대지기는 그제야 불을 껐다.
"""


def test_two_postype_posts_read_as_two_chapters() -> None:
    book = read_text(PAGE.encode("utf-8"), ReadOptions())
    assert book.metadata.title == "등대지기"
    assert [chapter.title for chapter in book.chapters] == ["1화. 불빛", "2화. 배"]
    first = plain(book.chapters[0].blocks)
    assert first.endswith("아이가 물었다.")
    assert "다음 글" not in first and "좋아요" not in first
    assert "2020.03.09" not in plain(book.chapters[1].blocks)


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("등대지기 (1)", "등대지기"),
        ("灯塔（上）", "灯塔"),
        ("灯塔（下篇）", "灯塔"),
        ("(1)", "(1)"),
    ],
)
def test_post_numbers_leave_the_title(line: str, title: str) -> None:
    assert clean_title(line) == title


@pytest.mark.parametrize("line", ["포스타입", "POSTYPE", "LOFTER"])
def test_asian_platform_names(line: str) -> None:
    assert is_site_name(line)


@pytest.mark.parametrize("line", ["다음 글 등대지기 (2)", "上一篇 灯塔（上）", "전체 공개"])
def test_titled_post_links_and_visibility_mark(line: str) -> None:
    assert is_foreign_chrome(line)
