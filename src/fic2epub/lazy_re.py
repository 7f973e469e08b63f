"""Regular expressions compiled when first used, not when their module is imported.

The reader keeps a few hundred patterns at module level, one per rule, and Python compiles
each one in pure Python: together they cost tens of milliseconds at every start, while a
given story needs perhaps a third of them (a story with no mail headers never asks the mail
rules anything). ``lazy`` defers each compilation to the pattern's first use, and from then
on its methods are the compiled pattern's own bound methods, looked up like any attribute.
The compilation itself goes through :mod:`fic2epub.regex_cache`, which keeps its result for
the next run.
"""

from __future__ import annotations

import re
from typing import Any, cast

# What the reader asks of a pattern; each is copied onto the lazy pattern when it compiles.
_FORWARDED = (
    "search",
    "match",
    "fullmatch",
    "sub",
    "subn",
    "split",
    "findall",
    "finditer",
    "pattern",
    "flags",
    "groups",
    "groupindex",
)


class _LazyPattern:
    """A stand-in for ``re.compile(pattern, flags)`` that compiles on first attribute use."""

    def __init__(self, pattern: str, flags: int) -> None:
        self._source = (pattern, flags)

    def __getattr__(self, name: str) -> Any:
        # Only reached for names not yet in the instance: the first use of any of them.
        from fic2epub import regex_cache

        compiled = regex_cache.compile(*self._source)
        for attribute in _FORWARDED:
            setattr(self, attribute, getattr(compiled, attribute))
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazy({self._source[0]!r}, {self._source[1]!r})"


def lazy(pattern: str, flags: int | re.RegexFlag = 0) -> re.Pattern[str]:
    """A pattern that behaves as ``re.compile(pattern, flags)`` and compiles on first use.

    Only for module-level patterns whose methods are called (``search``, ``sub``…); the result
    is not a ``re.Pattern`` instance, so it cannot be handed back to ``re.compile``.
    """
    return cast("re.Pattern[str]", _LazyPattern(pattern, int(flags)))
