"""Site pages in other languages, third round: a LOFTER post, Hameln chapter pages,
Wattpad's Turkish reader and a Simple Machines Forum topic."""

from __future__ import annotations

from fic2epub.model import EndMarker, Story
from fic2epub.normalise.ao3_page import is_chapter_position
from fic2epub.normalise.chunks import Chunk
from fic2epub.normalise.layout import layout
from fic2epub.normalise.patterns import match_end_marker, match_heading, match_note
from fic2epub.normalise.smf import is_edit_line, is_pager, is_post_date
from fic2epub.options import ReadOptions
from fic2epub.readers.text import classify_text, read_text


def _read(text: str) -> Story:
    return read_text(text.encode(), ReadOptions())


def _all_text(story: Story) -> str:
    return "\n".join(str(chapter) for chapter in story.chapters)


def _end_marker(story: Story, chapter: int) -> str | None:
    blocks = story.chapters[chapter].blocks
    return next((block.text for block in blocks if isinstance(block, EndMarker)), None)


def _rules(text: str) -> dict[str, str]:
    return {chunk.text: chunk.rule for chunk in classify_text(text, ReadOptions())}


_LOFTER = "\n".join(
    [
        "LOFTER",
        "首页",
        "发现",
        "青灯夜雨",
        "关注",
        "【红楼梦|宝玉×黛玉】落花",
        "写在前面：第一次写这对，私设很多。",
        "春天的最后一场雨下了三天。",
        "黛玉把落花一片一片扫进锦囊里。",
        "“你又在做什么？”宝玉问。",
        "【完】",
        "碎碎念：谢谢看到这里的你。",
        "#红楼梦",
        "#宝黛",
        "热度(12)",
        "评论(3)",
        "2021-04-05",
        "上一篇",
        "下一篇",
    ]
)


def test_lofter_post() -> None:
    story = _read(_LOFTER)
    assert story.metadata.title == "落花"
    assert story.metadata.authors == ("青灯夜雨",)
    assert [note.label for note in story.front_notes] == ["写在前面"]
    assert [note.label for note in story.back_notes] == ["碎碎念"]
    assert _end_marker(story, 0) == "【完】"
    text = _all_text(story)
    for debris in ("首页", "关注", "热度", "#宝黛", "上一篇", "2021-04-05", "【红楼梦"):
        assert debris not in text


def test_lofter_note_labels_need_their_colon_or_a_line_of_their_own() -> None:
    assert match_note("碎碎念：写完了。") is not None
    assert match_note("碎碎念了半天，他终于走了。") is None


_HAMELN = """ハーメルン - SS･小説投稿サイト -
小説検索　ランキング　ログイン
月夜の渡し舟
作：かわせみ堂
原作：雨月物語
▼ページ下部へ
次の話 >>
1 / 2

第一話「渡し場」

前書き
初投稿です。

「舟はまだ出るか」
\u3000男は川べりで船頭に声をかけた。
「もう出ねえよ」
\u3000船頭は煙管をくわえたまま首を振った。

後書き
次回もよろしくお願いします。

次の話 >>
目 次
▲ページの一番上に飛ぶ

ハーメルン - SS･小説投稿サイト -
小説検索　ランキング　ログイン
月夜の渡し舟
作：かわせみ堂
原作：雨月物語
▼ページ下部へ
<< 前の話　目 次
2 / 2

第二話「向こう岸」

「着いたぞ」
\u3000霧の向こうに、灯りがひとつ見えた。

おしまい

<< 前の話　目 次
▲ページの一番上に飛ぶ
"""


def test_hameln_pages() -> None:
    story = _read(_HAMELN)
    assert story.metadata.title == "月夜の渡し舟"
    assert story.metadata.authors == ("かわせみ堂",)
    assert story.metadata.fandoms == ("雨月物語",)
    assert [c.title for c in story.chapters] == ["第一話「渡し場」", "第二話「向こう岸」"]
    assert _end_marker(story, 1) == "おしまい"
    text = _all_text(story)
    for debris in ("ページ", "目 次", "2 / 2", "前の話", "ハーメルン"):
        assert debris not in text


def test_japanese_lines_are_paragraphs_not_wrapped_text() -> None:
    # One line a paragraph with no blank lines: no line is joined to the one above.
    lines = [
        "「待て」",
        "\u3000男は川べりで立ち止まり、舟の影が霧の中へ消えていくのを、長いあいだ黙ったまま見送っていた。",
        "「もう出ねえよ」",
        "\u3000船頭は煙管をくわえたまま首を振り、桟橋の杭に濡れた縄をもう一度しっかりと結びなおしてみせた。",
        "\u3000月は低く、向こう岸の灯りはひとつきりで、それもじきに消えてしまいそうなほど弱々しく揺れていた。",
        "「なら、歩いて渡る」",
        "「正気か」",
        "「ああ」",
        "\u3000男がそう言うと、船頭ははじめて顔を上げ、しばらくのあいだ男の濡れた足もとをじっと見つめていた。",
    ]
    chunks = layout("\n".join(lines))
    assert all(len(chunk.lines) == 1 for chunk in chunks)


def test_bracketed_japanese_chapter_title() -> None:
    heading = match_heading("第三話「峠の茶屋」")
    assert heading is not None and heading.number == 3
    assert match_heading("第三話は短い。") is None


def test_end_mark_oshimai() -> None:
    assert match_end_marker("おしまい")
    assert not match_end_marker("おしまいだ、と彼は言った。")


def _chunk(text: str, gap: int = 0) -> Chunk:
    return Chunk(text=text, lines=(text,), first=1, last=1, gap=gap)


def test_bare_page_position_only_beside_chrome() -> None:
    chunks = [_chunk("次の話 >>"), _chunk("1 / 2"), _chunk("第一話", gap=1)]
    assert is_chapter_position(chunks, 1)
    alone = [_chunk("彼は言った。"), _chunk("1 / 2"), _chunk("第一話", gap=1)]
    assert not is_chapter_position(alone, 1)
    assert not is_chapter_position([_chunk("次の話 >>"), _chunk("3 / 2")], 1)


_TURKISH_WATTPAD = """Wattpad
Keşfet
Topluluk
Giriş yap
Kaydol
Kırık Saat
saatci_kiz tarafından
Okunma 1,2B
Oy 88
Bölüm 2
Bir saatçi kız, durmuş bir saati tamir etmeye çalışır.
Tamamlandı
Tüm Hakları Saklıdır
Okumaya başla

Kırık Saat
Dükkân
saatci_kiz

Dükkânın camında tozdan bir perde vardı. Nermin onu her sabah sildi.

Sonraki bölüme devam et

Kırık Saat
Zemberek
saatci_kiz

Zemberek kırılmıştı, ama Nermin yine de kurdu.

SON

Yayımlanan bölümlerin sonuna geldin.
Bunları da beğenebilirsin
"""


def test_turkish_wattpad_parts() -> None:
    story = _read(_TURKISH_WATTPAD)
    assert story.metadata.title == "Kırık Saat"
    assert story.metadata.authors == ("saatci_kiz",)
    assert [c.title for c in story.chapters] == ["Dükkân", "Zemberek"]
    text = _all_text(story)
    for debris in ("saatci_kiz", "Sonraki bölüme", "sonuna geldin", "Bölüm 2", "Tamamlandı"):
        assert debris not in text


def test_chapter_word_without_counts_above_stays_a_heading() -> None:
    text = "Kırık Saat\n\nBölüm 2\n\nZemberek kırılmıştı, ama Nermin yine de kurdu.\n"
    assert [c.title for c in _read(text).chapters] == ["Bölüm 2"]


_SMF = """Welcome, Guest. Please login or register.
Home   Help   Search   Login   Register
Fan Fiction Forum » Books » The Lantern (G)
Pages: [1]   Go Down
Author\tTopic: The Lantern (G)  (Read 41 times)
0 Members and 1 Guest are viewing this topic.
wickless
Posts: 57
The Lantern (G)
« on: March 02, 2016, 08:15:03 PM »

Title: The Lantern
Author: wickless
Rating: G

The lantern had gone out an hour before anyone noticed.

Mara struck a match and held it to the wick until the flame stood up.

The End
« Last Edit: March 02, 2016, 08:20:11 PM by wickless »
reedwarbler
Posts: 12
Re: The Lantern (G)
« Reply #1 on: March 03, 2016, 09:01:44 AM »
Lovely and quiet, thank you!
Pages: [1]   Go Up
« previous next »
"""


def test_smf_topic() -> None:
    story = _read(_SMF)
    assert story.metadata.title == "The Lantern"
    assert story.metadata.authors == ("wickless",)
    text = _all_text(story)
    assert "Mara struck a match" in text
    for debris in ("Welcome, Guest", "Posts:", "Last Edit", "reedwarbler", "Lovely", "Pages"):
        assert debris not in text
    rules = _rules(_SMF)
    assert rules["« on: March 02, 2016, 08:15:03 PM »"] == "forum-post-header"
    assert rules["Home   Help   Search   Login   Register"] == "smf-topic-head"


def test_smf_lines_are_not_guillemet_dialogue() -> None:
    assert is_post_date("« Vastaus #2 : 16.03.2015 klo 10:02:00 »")
    assert is_edit_line("« Viimeksi muokattu: 14.03.2015 klo 19:58:31 kirjoittanut X »")
    assert is_pager("Sivuja: [1] 2   Ylös")
    assert not is_post_date("« Il est 10:30, dit-il, et le train part en 2015. »")
    assert not is_edit_line("« Attends : il est 10:30, pas plus. »")
    assert not is_pager("Il a dit : [1] non")
