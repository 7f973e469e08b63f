"""Quote curling over windows gives exactly what smartypants gives over the whole text."""

from __future__ import annotations

import html

import smartypants
from hypothesis import given, settings
from hypothesis import strategies as st

from fic2epub.normalise.quotes import curl_quotes

ATTRS = smartypants.Attr.q | smartypants.Attr.u

# Pieces that sit in the context smartypants reads around a quote: spaces and line breaks,
# digits and "s" ('90s, 's), dashes and the entities its rules name, brackets, punctuation,
# and the characters that make curl_quotes fall back to the whole text.
PIECES = st.sampled_from(
    [
        *["'", '"', "''", "\"'", "'\"", " ", "\n", "\n\n", "\t", "s", "90", "s ", "x", "word"],
        *["--", "-", "—", "–", "&nbsp;", "&#8212;", "&#8211;", "&#x2013;", "&amp;", "&mdash;"],
        *["(", "[", "{", ".", ",", "!", "?", "…", "é", "_", "*", "\\", "<b>", "<u0/>", ">"],
        *["x'90s", "'90s", "it's", "'s", "s' ", "--'", '--"', "'\"Oh", "\"'Tis", "!'", '?"'],
    ]
)
# curl_quotes takes text as typography hands it over: HTML-escaped, with URLs as "<uN/>" tags.
ESCAPED = PIECES.map(lambda piece: html.escape(piece, quote=False))
TEXT = st.lists(st.one_of(ESCAPED, st.just("<u0/>")), max_size=60).map("".join)


@settings(max_examples=3000)
@given(TEXT)
def test_windows_curl_like_the_whole_text(text: str) -> None:
    assert curl_quotes(text) == smartypants.smartypants(text, ATTRS)


@given(st.text(alphabet=st.sampled_from("ab's\"' \n-.90&;#"), max_size=200).map(html.escape))
def test_windows_curl_like_the_whole_text_on_dense_quotes(text: str) -> None:
    assert curl_quotes(text) == smartypants.smartypants(text, ATTRS)


def test_quotes_far_apart_are_curled_in_their_own_windows() -> None:
    gap = " plain words without any quote at all " * 5
    text = f'"Open," she said.{gap}It was the \'90s.{gap}"Close"'
    assert curl_quotes(text) == smartypants.smartypants(text, ATTRS)
    assert curl_quotes(text).startswith("\u201cOpen,\u201d")
    assert curl_quotes(text).endswith("\u201cClose\u201d")


def test_text_without_quotes_is_returned_as_is() -> None:
    text = "Nothing to curl here -- nothing at all."
    assert curl_quotes(text) is text


@settings(max_examples=3000)
@given(
    st.text(alphabet=st.sampled_from("asS9²_é'\" \n\t\xa0\x0c-.,(!"), max_size=80).map(html.escape)
)
def test_quotes_between_words_and_spaces_curl_like_the_whole_text(text: str) -> None:
    assert curl_quotes(text) == smartypants.smartypants(text, ATTRS)


def test_a_quote_whose_s_or_space_another_quote_takes_is_left_to_smartypants() -> None:
    # smartypants' second closing rule takes the "s" or the space after a quote along with
    # it; the next quote, which needed that character, is then curled otherwise.
    for text in ("a's's b", "it's' x", "a'\xa0' b"):
        assert curl_quotes(text) == smartypants.smartypants(text, ATTRS)
    assert curl_quotes("a's's b") == "a’s‘s b"


def test_quotes_between_words_and_spaces_are_curled() -> None:
    assert curl_quotes("don't, O'Brien, we'll") == "don’t, O’Brien, we’ll"
    assert curl_quotes('He said, "Go." "Now!"') == "He said, “Go.” “Now!”"
    assert curl_quotes("She said 'Go' and went.") == "She said ‘Go’ and went."
    assert curl_quotes("It's Tom's, 'Go,' she said.") == "It’s Tom’s, ‘Go,’ she said."
