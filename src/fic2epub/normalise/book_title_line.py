"""A Chinese page's title line: the work's title in book-title marks and its author.

jjwxc and the sites built like it head a story's page with one line, "《书名》作者：笔名"
(Hameln, in Japan, "title　作：name"):
the title between the book-title marks 《》 and the author after "作者" (author) and a
colon, full-width or not. Read whole, the line would be a title holding the author.
"""

from __future__ import annotations

from fic2epub.lazy_re import lazy

# Rule ``book-title-author-line``: "《title》作者：name" (or "《title》 作者: name"). The title
# holds no closing mark of its own; the name is short and no sentence ("，。！？" none).
_BOOK_TITLE_AUTHOR = lazy(
    r"《(?P<title>[^《》\n]{1,60})》\s*作者\s*[:：]\s*(?P<name>[^\s，。！？,.!?《》]{1,24})\s*"
)


# Rule ``hameln-title-author-line``: Hameln (ハーメルン) heads a work's page "title　作：name",
# the title bare, a space (ideographic or not) and "作" (by) with its colon before the
# author. The title holds no sentence mark ("。！？"), the name is short.
_HAMELN_TITLE_AUTHOR = lazy(
    r"(?P<title>[^\s《》。！？][^《》。！？\n]{0,59}?)[\s\u3000]+作\s*[:：]\s*"
    r"(?P<name>[^\s，。！？,.!?《》]{1,24})\s*"
)


def book_title_author(text: str) -> tuple[str, str] | None:
    """(title, author) of a "《title》作者：name" or "title　作：name" line, else None."""
    if "作" not in text:
        return None
    if not text.startswith("《") or "作者" not in text:
        found = _HAMELN_TITLE_AUTHOR.fullmatch(text.strip())
        return None if found is None else (found.group("title").strip(), found.group("name"))
    found = _BOOK_TITLE_AUTHOR.fullmatch(text.strip())
    if found is None:
        return None
    return found.group("title").strip(), found.group("name")
