"""Rule ``ffn-account-byline``: FanFiction.Net's "By:" line names one account.

FanFiction.Net and FictionPress give every story one author account, and a pen name there
may hold spaces and words of its own ("By: salt and cedar"). On the story page the "By:"
line stands under the title and over the summary and the "Rated: Fiction T - English - …"
info line, which no other site writes. There a pen name in lower case is one author,
where an archive that credits co-authors ("by grey_heron and lampwick" on AO3) names two;
capitalised full names ("By: Anna Reed & Ben Cole") are two writers sharing the account,
single capitalised words ("By: Ink and Ermine") one pen name.
"""

from __future__ import annotations

import re
from dataclasses import replace

from fic2epub.lazy_re import lazy
from fic2epub.normalise.chunks import Chunk
from fic2epub.normalise.fields import account_name
from fic2epub.normalise.patterns import FFN_INFO_RE

# The author field's labels on the page (compared in lower case, without the colon).
_BY_LABELS = frozenset({"by", "author"})
# How many lines below the "By:" line the info line may stand: the summary between them.
_INFO_BELOW = 2
# The page's by line as a byline rule reads it: "By:" and the names.
_BY_LINE = lazy(r"by\s*:\s*(?P<names>\S.*)", re.IGNORECASE)
# The rule's name, which the metadata reads as one author.
RULE = "ffn-account-byline"


def ffn_account_bylines(chunks: list[Chunk]) -> None:
    """Read the story page's "By:" line as one account's name, in place, when it is a pen
    name in lower case: read as a field ("By: salt and cedar") or as a byline already split
    into names ("By: wren & tallow")."""
    for index, chunk in enumerate(chunks):
        name = _by_value(chunk)
        if name is None or not any(
            FFN_INFO_RE.fullmatch(below.text.strip())
            for below in chunks[index + 1 : index + 1 + _INFO_BELOW]
        ):
            continue
        if name != name.lower() and _full_names(name):
            # Capitalised full names joined by "and" or "&" ("By: Anna Reed and Ben Cole")
            # are two writers sharing the account, as a reader credits them; a pen name in
            # lower case ("salt and cedar") or of single words ("Ink and Ermine") is one
            # name with "and" inside it.
            continue
        if name := account_name(name):
            # A field stays a field (its label is still the page's); only the rule and the
            # value change, which the metadata reads as one name.
            chunks[index] = replace(chunk, rule=RULE, value=name)


# Where a "By:" line's names part: "and", "&".
_JOINER = lazy(r"\s+(?:and|&)\s+", re.IGNORECASE)


def _full_names(names: str) -> bool:
    """Whether a name joined in ``names`` is a full name of two words or more."""
    return any(" " in name.strip() for name in _JOINER.split(names))


def _by_value(chunk: Chunk) -> str | None:
    """The names after a "By:" line's label, as written; None for any other line."""
    if chunk.role == "field" and (chunk.label or "").strip().lower() in _BY_LABELS:
        return chunk.value or ""
    if chunk.role == "byline" and len(chunk.lines) == 1:
        found = _BY_LINE.fullmatch(chunk.text.strip())
        return found.group("names") if found else None
    return None
