"""The decode pass: encodings, mojibake, line endings, invisible and illegal characters."""

from __future__ import annotations

import codecs
import sys
from pathlib import Path

import pytest

from fic2epub.errors import InputError
from fic2epub.normalise import decode as decode_module
from fic2epub.normalise.decode import _UNTIDY, decode
from fic2epub.normalise.dos_text import is_cp437, letters_read_as_cp437
from fic2epub.normalise.macroman import mac_reads_cleaner

STORY = "“Wait,” she said… it’s – fine. Café naïve."


@pytest.mark.parametrize(
    "data",
    [
        STORY.encode("utf-8"),
        codecs.BOM_UTF8 + STORY.encode("utf-8"),
        codecs.BOM_UTF16_LE + STORY.encode("utf-16-le"),
        codecs.BOM_UTF16_BE + STORY.encode("utf-16-be"),
        STORY.encode("cp1252"),
    ],
    ids=["utf-8", "utf-8-bom", "utf-16-le-bom", "utf-16-be-bom", "windows-1252"],
)
def test_encodings_decode_to_the_same_text(data: bytes) -> None:
    assert decode(data, "s.txt") == STORY


def test_windows_1252_ellipsis_and_quotes_are_not_control_characters() -> None:
    text = decode(b"\x93Hello\x94 \x85 it\x92s", "s.txt")
    assert text == "“Hello” … it’s"


def test_utf16_without_bom_is_read_from_its_nul_pattern() -> None:
    assert decode("Plain words here.".encode("utf-16-le"), "s.txt") == "Plain words here."


def test_mojibake_is_repaired() -> None:
    garbled = "Itâ€™s a â€œtestâ€\x9d, cafÃ©.".encode()
    assert decode(garbled, "s.txt") == "It’s a “test”, café."


def test_mojibake_with_a_lost_closing_quote_byte() -> None:
    assert decode("â€œHelloâ€ she said.".encode(), "s.txt") == "“Hello” she said."


def test_leftover_symbol_mojibake_is_repaired() -> None:
    """A shape ftfy leaves ("â—‹" for ○) is undone in a text whose other mojibake is
    (leftover-symbol-mojibake); an "â" the writer typed stays."""
    garbled = "Itâ€™s late.\n\nâ—‹ â—‹ â—‹\n\nâ†\x90 Back".encode()
    assert decode(garbled, "s.txt") == "It’s late.\n\n○ ○ ○\n\n← Back"
    assert decode("Le château.\n\nItâ€™s â.".encode(), "s.txt") == "Le château.\n\nIt’s â."


def test_mac_roman_mojibake_is_repaired() -> None:
    """UTF-8 read as Mac OS Roman and saved again (mac-roman-mojibake): "‚Äô" is "’"."""
    garbled = "It‚Äôs a ‚Äútest‚Äù ¬∑ caf√© ¬ª on.".encode()
    assert decode(garbled, "s.txt") == "It’s a “test” · café » on."


def test_a_lone_mac_letter_is_no_mojibake() -> None:
    """A "¬" or "√" the writer typed, before no continuation letter, stays."""
    assert decode("√2 is irrational, and ¬p means not p.".encode(), "s.txt") == (
        "√2 is irrational, and ¬p means not p."
    )


def test_line_endings_become_newlines() -> None:
    assert decode(b"one\r\ntwo\rthree\nfour", "s.txt") == "one\ntwo\nthree\nfour"


def test_tabs_no_break_and_zero_width_spaces_are_tidied() -> None:
    text = decode("\tIndented\u00a0word zero\u200bwidth\ufeff.".encode(), "s.txt")
    assert text == "    Indented word zerowidth."


def test_xml_illegal_characters_are_removed_and_emoji_sequences_kept() -> None:
    family = "👩\u200d👩\u200d👧"
    text = decode(f"a\x01b\x0bc\x1fd {family} e\u0301".encode(), "s.txt")
    assert text == f"abcd {family} e\u0301"


def test_encoded_lone_surrogates_are_removed() -> None:
    assert decode(b"ok \xed\xa0\x80 fine", "s.txt") == "ok  fine"


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "the file is empty"),
        (b"  \n\t\r\n ", "the file is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "this is a PNG image, not a text file"),
        (b"PK\x03\x04rest", "this is a zip archive (EPUB, DOCX or ZIP), not a text file"),
        (b"\x00\x01\x02\x03\xff\xfe\x00\x00" * 50, "binary data (NUL bytes), not a text file"),
        (b"\x01\x02\x03", "the file holds no readable text"),
    ],
)
def test_bad_input_is_a_one_line_error_naming_the_file(data: bytes, reason: str) -> None:
    with pytest.raises(InputError) as caught:
        decode(data, "story.txt")
    assert str(caught.value) == f"story.txt: {reason}"


def test_a_stray_nul_in_utf8_text_is_dropped() -> None:
    text = "A line of a story, copied with a glitch.\n" * 20
    assert decode(text.encode().replace(b"glitch", b"gli\x00tch", 1), "s.txt") == text


def test_french_no_break_spaces_stay() -> None:
    # Inside guillemets and before "; : ! ?" a no-break space is French typography; elsewhere
    # (an indent, a "blank" line of one) it is an ordinary space.
    text = decode("«\u00a0Oui\u00a0», dit-il\u202f! Non\u00a0:\u00a0fin.\n\u00a0\n".encode(), "s")
    assert text == "«\u00a0Oui\u00a0», dit-il\u202f! Non\u00a0: fin.\n \n"


def test_mac_roman_with_bare_cr_line_endings() -> None:
    story = "“Tea?” she asked.\rHe didn’t answer — the café was shut…\r\r• • •\r"
    assert decode(story.encode("mac_roman"), "s.txt") == story.replace("\r", "\n")


def test_mac_roman_quotes_win_over_their_cp1252_reading_without_cr() -> None:
    # Read as cp1252 this would be "ÒTea?Ó she asked. He didnÕt answer."
    story = "“Tea?” she asked. He didn’t answer.\n"
    assert decode(story.encode("mac_roman"), "s.txt") == story


def test_a_currency_sign_break_line_does_not_outvote_guillemets() -> None:
    # "¤ ¤ ¤" is a break line in either reading (Mac "§ § §"), so it must not vote; the
    # guillemets decide, which Mac Roman would turn into a stray "´" and "ª".
    story = "« back to the shelf\r\nShe's gone.\r\n¤ ¤ ¤\r\nHe wasn’t.\r\n¤ ¤ ¤\r\nmore »\r\n"
    assert decode(story.encode("cp1252"), "s.txt") == story.replace("\r\n", "\n")


def test_a_section_sign_break_line_stays_mac_roman() -> None:
    # The same break the other way: a Mac file's "§ § §" reads "¤ ¤ ¤" in cp1252.
    story = "“Tea?” she asked.\r§ § §\rHe didn’t answer.\r"
    assert decode(story.encode("mac_roman"), "s.txt") == story.replace("\r", "\n")


def test_dos_text_with_box_rules_is_read_as_code_page_437() -> None:
    # Read as cp1252 the rule would be "ÄÄÄÄ…" and the word "na‹ve" (cp437-box-rules).
    story = "─" * 30 + "\r\nA naïve reader · 1996\r\n" + "═" * 30 + "\r\n"
    assert decode(story.encode("cp437"), "s.txt") == story.replace("\r\n", "\n")


def test_a_short_run_of_capitals_is_no_box_rule() -> None:
    assert not is_cp437("ÄÄÄH! she screamed, in a café. ÍÍÍ.\r\n".encode("cp1252"))


@pytest.mark.parametrize(
    "story",
    [
        "Élise went to Zürich; the café was déjà full.\r",
        "“Done,” said Ève – it’s over… Ô mon Dieu.\r\n",
        "ÀÉÎÕÜ ÑØ Ç. Schön, Straße, naïve, Señor.\n",
    ],
    ids=["latin-1-with-cr", "cp1252-quotes", "latin-1-capitals"],
)
def test_windows_and_latin1_text_is_not_taken_for_mac_roman(story: str) -> None:
    assert decode(story.encode("cp1252"), "s.txt") == story.replace("\r\n", "\n").replace(
        "\r", "\n"
    )


@pytest.mark.parametrize(
    ("story", "encoding"),
    [
        ("Hélène waited by the gate.\r\n", "latin-1"),
        (
            "The old tutor read from Télémaque on winter nights.\r\n"
            "He said Fénelon was kinder than any king.\r\n",
            "latin-1",
        ),
        ("She read Fénelon’s book twice.\n", "cp1252"),
        ("“Is it far?” Renée asked. Hélène only shrugged.\n", "cp1252"),
    ],
    ids=["latin-1-short", "latin-1-crlf-names", "cp1252-apostrophe", "cp1252-quotes-and-names"],
)
def test_a_few_accents_in_english_are_not_read_as_cjk(story: str, encoding: str) -> None:
    # Each "é" followed by an ASCII letter is also a valid Big5 character ("H幨鋝e").
    assert decode(story.encode(encoding), "s.txt") == story.replace("\r\n", "\n")


@pytest.mark.parametrize(
    ("story", "encoding"),
    [
        ("那天下雨，她在车站等他。他笑着递给她一把伞。\n", "gbk"),
        ("那天下雨，她在車站等他。他笑著遞給她一把傘。\n", "big5"),
        ("雨の日、彼女は駅で待っていた。「遅いね」と言った。\n", "euc-jp"),
        ("비가 오는 날, 그녀는 역에서 기다렸다. 그는 웃으며 우산을 건넸다.\n" * 3, "euc-kr"),
    ],
    ids=["gbk", "big5", "euc-jp", "euc-kr"],
)
def test_double_byte_cjk_text_keeps_its_encoding(story: str, encoding: str) -> None:
    assert decode(story.encode(encoding), "s.txt") == story


def test_latin_reading_refuses_text_in_another_script() -> None:
    from fic2epub.normalise.cjk_guess import latin_reading

    # Mostly English, but two kanji read as cp1252 make a run of symbols ("–|¾©"), not a name.
    assert latin_reading("Kaoru read the sign, 東京, and walked on.\n".encode("gbk")) is None
    assert latin_reading("Kaoru read the sign and walked on.\n".encode("ascii")) is None
    assert latin_reading("那天下雨，她在车站等他。\n".encode("gbk")) is None


def test_scattered_symbols_are_no_japanese_reading() -> None:
    from fic2epub.normalise.cjk_guess import scattered_reading

    # "§", "»" and "·" in cp1252 are the bytes Shift-JIS gives halfwidth katakana; "–]"
    # (an en dash and a bracket) is one kanji to it.
    assert scattered_reading("Books ｻ Lighthouse Tales\nｧ\nHelp ｷ Terms\n")
    assert scattered_reading("[望keeper_of_lamps 12 points 2 years ago\n")
    assert not scattered_reading("雨の日、ｱｲｽを買った。\n")  # runs of kanji and kana: Japanese
    assert not scattered_reading("Kaoru read the sign, 東京, and walked on.\n")  # a name's run
    assert not scattered_reading("The keeper's ledger.\n")  # nothing to judge


def test_a_few_symbols_in_an_ansi_story_are_not_read_as_katakana() -> None:
    # A story of ours whose only non-ASCII character is a "§" break: saved as ANSI, its
    # detector's best guess is Shift-JIS, which reads the "§" as "ｧ".
    story = Path(__file__).parent / "heldout26" / "06-ao3-txt-series-interlude-colon-title.txt"
    text = decode(story.read_bytes(), str(story))
    assert "§" in text
    assert decode(text.encode("cp1252"), "ansi.txt") == text


def test_a_classic_mac_story_is_not_read_as_cjk() -> None:
    # A story of ours saved on a classic Mac (Mac OS Roman, lines ending in CR): its "ü" and
    # curly quotes are lead bytes to Big5, which a detector prefers; "Lützen" read so.
    story = Path(__file__).parent / "heldout74"
    story /= "04-ffn-fanficfare-txt-misc-books-category-hr-after-notes-underscore-emphasis.txt"
    text = decode(story.read_bytes(), str(story))
    assert "Lützen" in text
    assert decode(text.replace("\n", "\r").encode("mac_roman"), "mac.txt") == text


def test_every_untidy_character_is_unprintable() -> None:
    # _tidy passes a text that prints but for its line breaks without the _UNTIDY scan: that
    # is only right while no character the pattern takes prints, and "\n" is none of them.
    every = "".join(map(chr, range(sys.maxunicode + 1)))
    untidy = _UNTIDY.findall(every)
    assert untidy
    assert "\n" not in untidy
    assert not any(character.isprintable() for character in untidy)


def test_mac_roman_quotes_are_not_read_as_shift_jis() -> None:
    # TextEdit's Mac OS Roman puts “ ” ’ at D2 D3 D5: lone half-width katakana in Shift-JIS.
    story = (
        "“Is the kettle on?” Marta asked from the porch.\n\n"
        "“It’s been on since noon,” said her brother, who hadn’t moved all day.\n"
    ) * 3
    assert decode(story.encode("mac_roman"), "s.txt") == story
    # The detector's guess for such bytes varies with the text (cp932 for some): the Mac
    # reading is offered whatever it guessed.
    from fic2epub.normalise.cjk_guess import mac_roman_reading

    assert mac_roman_reading(story.encode("mac_roman")) == story


def test_mac_roman_reading_refuses_japanese_text() -> None:
    from fic2epub.normalise.cjk_guess import mac_roman_reading

    # Real Shift-JIS text is mostly upper-half bytes: no plain Western reading of it.
    assert mac_roman_reading("雨の日、彼女は駅で待っていた。\n".encode("shift_jis")) is None
    assert mac_roman_reading(b"Plain ASCII only.\n") is None


def test_dos_text_without_rules_is_told_by_its_accented_letters() -> None:
    # Rule ``cp437-letters-in-words``: read as cp1252, "façade" would be "fa‡ade".
    story = "     The façade of the old mill\r\nwas grey, and Zoë kept the keys.\r\n\x1a"
    assert decode(story.encode("cp437"), "s.txt").startswith("     The façade of the old mill\n")


def test_windows_text_is_not_taken_for_dos_letters() -> None:
    # Curly quotes and dashes in cp1252 read as letters in cp437 ("donÆt", "ôWell"): the
    # Windows reading is the cleaner one, so it stays.
    story = "“Well,” he said, “don’t—” and stopped.\r\n"
    assert decode(story.encode("cp1252"), "s.txt") == story.replace("\r\n", "\n")
    assert not letters_read_as_cp437(story.encode("cp1252"))


def test_pdf_ligatures_become_letters() -> None:
    # Rule ``pdf-ligatures``: a PDF copy's ligature glyphs are the letters they join.
    from fic2epub.normalise.decode import decode

    copied = "The \ufb01rst swallow \ufb02ew o\ufb00 at dawn.".encode()
    assert decode(copied, "t") == "The first swallow flew off at dawn."


_MAC_STORY = (
    "“You are late,” said the miller to Mirabé.\r\r“The wheel turns without me,” said Mirabé,"
    " “and so does the abbé’s clock.”\r"
)


def test_mac_roman_reads_cleaner_than_a_central_european_guess() -> None:
    """Rule ``mac-roman-over-central-european``: a Mac file's quotes and accents read as
    Windows-1250 land on Czech capitals in odd places ("ŇYou", "MirabŽ"); Mac OS Roman
    reads cleaner. A real Czech reading is not beaten."""
    data = _MAC_STORY.encode("mac_roman")
    assert mac_reads_cleaner(data, data.decode("cp1250"))
    czech = "Kořeny stromů se třásly a ještě jednou řekla: „Ne.“\n".encode("cp1250")
    assert not mac_reads_cleaner(czech, czech.decode("cp1250"))


def test_mac_roman_wins_over_the_detectors_central_european_reading(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """When the detector offers Windows-1250 for a Mac file, Mac OS Roman is read."""
    data = _MAC_STORY.encode("mac_roman")
    monkeypatch.setattr(decode_module, "central_european_reading", lambda _: data.decode("cp1250"))
    assert decode(data, "s.txt") == _MAC_STORY.replace("\r", "\n")
