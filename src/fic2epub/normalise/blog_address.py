"""A blog's name under its address: the author of a post that a reading tool copied.

A read-later app (Pocket) or a reader view heads a saved blog post with the blog's address
("kit-writes.tumblr.com") and, over the post, the blog's avatar and its name ("kit-writes"),
with no "by" anywhere. The blog is the writer's: its name is the byline.
"""

from __future__ import annotations

from fic2epub.lazy_re import lazy
from fic2epub.normalise.chunks import Chunk

# A blog's name: one word of letters, digits, hyphens, underscores or dots.
_NAME = lazy(r"[A-Za-z0-9][\w.-]{1,39}")
# What follows the name in the host: a domain of one to three labels.
_DOMAIN = lazy(r"(?:\.[A-Za-z0-9-]{1,63}){1,3}")
# How many lines above the name the address may stand.
_REACH = 10


def name_of_address(chunks: list[Chunk], index: int) -> bool:
    """Rule ``blog-name-under-address``: a lone name that is the host name's first label of
    an address standing alone on a line a few lines above ("kit-writes.tumblr.com", or with
    "https://" before it, over "kit-writes"), as a copied blog post's header shows them.

    Guards: the name is one word, alone on its line; the address is a line of its own,
    whose first label is the name itself and which has a domain after it, so a story's line
    that happens to repeat a word of a sentence above is never taken."""
    text = chunks[index].text.strip()
    if len(text) > 40 or _NAME.fullmatch(text) is None:
        return False
    for chunk in chunks[max(0, index - _REACH) : index]:
        line = chunk.text.strip()
        if len(line) > 120 or " " in line:
            continue
        host = line.partition("://")[2] if "://" in line else line
        host = host.removeprefix("www.").partition("/")[0]
        # The name, then one to three dotted labels: "name.tumblr.com", "name.dreamwidth.org".
        if host.lower().startswith(text.lower() + ".") and _DOMAIN.fullmatch(host[len(text) :]):
            return True
    return False
