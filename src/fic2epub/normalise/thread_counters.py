"""Rule ``thread-counter-either-end``: a thread's post counters, some at a post's end.

A writer who posts a story as a thread numbers the posts "2/16", "3/16" … so that readers
know where they are; :func:`~fic2epub.normalise.fedi_thread.strip_counters` reads them
when every post opens with one. Many writers put the counter at the end of a post's text
instead ("… and because nobody else went there. 2/16"), or change their habit halfway
("10/ And the rest…"), or give the last counter a line of its own ("16/16"). The
counters are the thread's, not the story's words, wherever in the post they sit.

Guards: the counters, read post after post (opening one before closing one), run 1, 2,
3 … or 2, 3, 4 … without a gap, three at least; every post from the first counted one to
the last counted one has one; the totals ("/16") agree and are not passed; a counter at a
line's end stands after a space, and a counter alone on a line has its total. A story's
own "1/2 cup of flour" or "24/7" is one line, not such a run.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from itertools import pairwise

from fic2epub.lazy_re import lazy
from fic2epub.normalise.chunks import Chunk
from fic2epub.normalise.fedi_thread import POST_COUNTER as _HEAD
from fic2epub.normalise.fedi_thread import opening_post_intro

# A counter closing a post's last line, after a space: "… went there. 2/16".
_TAIL = lazy(r"\s[(\[]?(\d{1,3})\s?/\s?(\d{1,3})?[)\]]?$")
# A counter alone on a line, with its total: "16/16", "(16/16)".
_ALONE = lazy(r"[(\[]?(\d{1,3})\s?/\s?(\d{1,3})[)\]]?")
# The fewest counters that make a run.
_FEWEST = 3


@dataclass(frozen=True)
class _Counter:
    """One counter found in a post."""

    post: int
    """The post's place among the posts."""
    index: int
    """The chunk that holds it."""
    where: str
    """"head", "tail" or "alone"."""
    number: int
    total: str


def strip_counters_either_end(marked: list[Chunk], bodies: list[tuple[int, int]]) -> None:
    """Drop the counters of a thread's posts (the module's rule) from the text lines of the
    posts ``bodies`` (each a post's first text line and end), in place."""
    found: list[_Counter] = []
    for post, (body, end) in enumerate(bodies):
        found.extend(_post_counters(marked, post, body, end))
    if not _is_run(found):
        return
    for counter in found:
        _strip(marked, counter)
    if found[0].number == 1 and found[0].where in ("tail", "alone"):
        # The first post ends on "1/16" after the thread's title and its description: it
        # announces the story (fedi_thread's ``thread-opening-post``).
        opening_post_intro(marked, bodies[found[0].post])


def _post_counters(marked: list[Chunk], post: int, body: int, end: int) -> list[_Counter]:
    """The counters at the start of a post's first text line and at the end of its last."""
    texts = [index for index in range(body, min(end, len(marked))) if marked[index].role == "text"]
    if not texts:
        return []
    counters: list[_Counter] = []
    first, last = texts[0], texts[-1]
    head = _HEAD.match(marked[first].text)
    if head is not None:
        counters.append(_Counter(post, first, "head", int(head.group(1)), head.group(2) or ""))
    text = marked[last].text.strip()
    if not text[-1:].isdigit() and text[-1:] not in "/)]":
        return counters  # cheap test first: no counter can close this line
    alone = _ALONE.fullmatch(text)
    if alone is not None and (last != first or head is None):
        counters.append(_Counter(post, last, "alone", int(alone.group(1)), alone.group(2)))
    elif alone is None and (tail := _TAIL.search(marked[last].lines[-1])) is not None:
        counters.append(_Counter(post, last, "tail", int(tail.group(1)), tail.group(2) or ""))
    return counters


def _is_run(found: list[_Counter]) -> bool:
    """Whether the counters make the thread's run (see the module's guards)."""
    if len(found) < _FEWEST or found[0].number not in (1, 2):
        return False
    if any(later.number != earlier.number + 1 for earlier, later in pairwise(found)):
        return False
    counted = {counter.post for counter in found}
    if any(post not in counted for post in range(found[0].post, found[-1].post + 1)):
        return False
    totals = {counter.total for counter in found if counter.total}
    if len(totals) > 1:
        return False
    # The last counter may not pass the total.
    return not totals or found[-1].number <= int(next(iter(totals)))


def _untail(text: str) -> str:
    """``text`` without the spaces and the list's dot or bar left at its end."""
    text = text.rstrip()
    if text.endswith((" ·", " •", " |")):
        text = text[:-2].rstrip()
    return text


def _strip(marked: list[Chunk], counter: _Counter) -> None:
    """Take one counter off its line, or drop the line it stands alone on."""
    chunk = marked[counter.index]
    if counter.where == "alone":
        marked[counter.index] = replace(chunk, role="dropped", rule="thread-counter-either-end")
        return
    if counter.where == "head":
        found = _HEAD.match(chunk.text)
        if found is None:  # pragma: no cover - matched when found
            return
        text = chunk.text[found.end() :]
        head = chunk.lines[0][found.end() :].strip() if chunk.lines else ""
        lines = (head, *chunk.lines[1:]) if head else chunk.lines[1:]
    else:
        tail = _TAIL.search(chunk.text.rstrip())
        last = chunk.lines[-1] if chunk.lines else ""
        line_tail = _TAIL.search(last.rstrip())
        if tail is None or line_tail is None:  # pragma: no cover - matched when found
            return
        # An info line's dot or bar before its counter ("gen · 1/16") goes with it.
        text = _untail(chunk.text[: tail.start()])
        lines = (*chunk.lines[:-1], _untail(last[: line_tail.start()]))
    if not text.strip():
        marked[counter.index] = replace(chunk, role="dropped", rule="thread-counter-either-end")
        return
    marked[counter.index] = replace(
        chunk, text=text.strip(), lines=lines, rule="thread-counter-either-end"
    )
