"""A crossover written "Fandom: A / B" that the post's own tags confirm.

"Fandom: A / B" is most often one work under two names, the original's and the translation's
("Das kalte Herz / The Cold Heart"), and stays one fandom. A journal post's tags settle it when
they name each half as a fandom of its own ("Tags: fandom: beulah, fandom: st. elmo, fic"):
then the line joins two fandoms, a crossover, and each is a fandom.
"""

from __future__ import annotations

from collections.abc import Iterable

from fic2epub.normalise.chunks import Chunk

# The prefix journal posters give their fandom tags: "fandom: name", "fandom - name".
_FANDOM_PREFIXES = ("fandom:", "fandom -", "fandom –", "fandom/")


def tagged_crossover(fandoms: tuple[str, ...], chunks: Iterable[Chunk]) -> tuple[str, ...]:
    """Rule ``tagged-slash-crossover``: a lone fandom "A / B" (a spaced slash, two or three
    halves) is split into its halves when the post's tag lines (``post-tags``) tag every
    half as a fandom ("fandom: a"), case aside. Otherwise the fandoms are returned as they
    are: untagged, or tagged as one work, the slash joins two names of one work."""
    if len(fandoms) != 1 or " / " not in fandoms[0]:
        return fandoms
    halves = tuple(half.strip() for half in fandoms[0].split(" / "))
    if not 2 <= len(halves) <= 3 or not all(halves):
        return fandoms
    tagged = _fandom_tags(chunk.text for chunk in chunks if chunk.rule == "post-tags")
    if not tagged or not all(half.lower() in tagged for half in halves):
        return fandoms
    return halves


def _fandom_tags(lines: Iterable[str]) -> set[str]:
    """The names tagged as fandoms on the post's tag lines, lower case."""
    names: set[str] = set()
    for line in lines:
        if "fandom" not in line.lower():
            continue
        body = line.split(":", 1)[1] if line.lower().startswith("tags") else line
        for tag in body.split(","):
            tag = tag.strip().lower()
            for prefix in _FANDOM_PREFIXES:
                if tag.startswith(prefix) and tag[len(prefix) :].strip():
                    names.add(tag[len(prefix) :].strip())
    return names
