"""lazy_re: a module-level pattern that compiles on first use and then is the real thing."""

from __future__ import annotations

import re

from fic2epub.lazy_re import lazy


def test_lazy_pattern_answers_as_the_compiled_one() -> None:
    pattern = lazy(r"(?P<word>ch\w+)\s+(\d+)", re.IGNORECASE)
    compiled = re.compile(r"(?P<word>ch\w+)\s+(\d+)", re.IGNORECASE)
    text = "Chapter 3, then chap 4 and CH 5"
    assert pattern.search(text).group("word") == "Chapter"  # type: ignore[union-attr]
    assert pattern.findall(text) == compiled.findall(text)
    assert pattern.sub("<>", text) == compiled.sub("<>", text)
    assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in compiled.finditer(text)]
    assert pattern.groups == 2 and pattern.groupindex == {"word": 1}
    assert pattern.flags == compiled.flags


def test_lazy_pattern_compiles_only_when_used() -> None:
    pattern = lazy(r"(unclosed")  # a broken pattern fails at first use, not at import
    try:
        pattern.search("text")
    except re.error:
        pass
    else:
        raise AssertionError("a broken pattern should raise re.error when first used")


def test_after_first_use_methods_are_the_compiled_patterns_own() -> None:
    pattern = lazy(r"\d+")
    assert pattern.fullmatch("42")
    # Copied onto the instance: later calls go straight to the compiled pattern.
    assert vars(pattern)["search"].__self__ is vars(pattern)["match"].__self__
    assert isinstance(vars(pattern)["search"].__self__, re.Pattern)
