"""A one-story conversion's head start: the story is read while the command line loads.

Before ``fic2epub convert STORY`` reads a word of the story, it loads typer and parses its
command line, then later loads the writer: about a third of converting a long story, and
none of it needs the story. So when the command line is plainly one story with nothing but
flags that do not change how a story is read (``-o``, ``--format``, ``--notes``, the cover,
templates and stylesheets, ``--debug``), :func:`begin` forks a child first thing, which reads
the story with the options its sidecar file gives. The parent meanwhile loads typer, parses
the command line, checks it and loads the writer, then asks :func:`take` for the story.

The child's story is taken only for the very file and reading options the parent arrived
at itself; otherwise, and whenever the child could not deliver (it failed, warned, was
killed, or no child could be forked), the parent reads the story itself. So the book never
depends on the child, and every error and warning is reported by the parent as usual.
:func:`finish` stops a child whose story was never asked for (the command failed first).
"""

from __future__ import annotations

import os
import pickle
import sys
from collections.abc import Sequence
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from fic2epub.model import Story
    from fic2epub.options import ReadOptions

# The convert command's flags that leave the reading of the story alone, by whether they
# take a value. Any other flag (a title, a layout, a pattern, batch settings, help) stops
# the head start: its story would be read differently, or not at all.
_VALUE_FLAGS = frozenset(
    {"-o", "--output", "--format", "--notes", "--templates", "--css", "--cover"}
)
_SWITCHES = frozenset({"--no-cover", "--debug"})

# The story path and pid of the child reading it, until taken or stopped.
_reading: tuple[Path, int] | None = None


def story_argument(args: Sequence[str]) -> str | None:
    """The story file named by a plain one-story ``convert`` command line, else None.

    "Plain" means the command is ``convert`` with exactly one argument that is not a flag,
    and only flags that do not change how a story is read (``-o book.epub``, ``--format
    kepub``, ``--output=book.epub``). Whatever is less certain gets None: the parent then
    reads the story itself, as it would anyway.
    """
    if not args or args[0] != "convert":
        return None
    stories: list[str] = []
    rest = iter(args[1:])
    for arg in rest:
        if not arg.startswith("-"):
            stories.append(arg)
        elif arg.startswith("--") and "=" in arg:
            if arg.partition("=")[0] not in _VALUE_FLAGS:
                return None
        elif arg in _VALUE_FLAGS:
            if next(rest, None) is None:
                return None
        elif arg not in _SWITCHES:
            return None
    return stories[0] if len(stories) == 1 else None


def begin(args: Sequence[str]) -> None:
    """Start reading the story of a plain one-story ``convert`` command line in a child.

    This process then waits until the child has the story's decoded text (see
    :func:`_read`), so that the child and the grandchild decoding the text have the
    machine's two cores to themselves; it loads the command line and the writer while the
    child's passes run.
    """
    global _reading
    from fic2epub.background import fork_ahead

    story = story_argument(args)
    if story is None or _reading is not None:
        return
    # A folder or a glob pattern is a batch, read story by story elsewhere. os.path.isfile,
    # unlike Path.is_file, is False for a name the system refuses (too long, a NUL in it),
    # which the parent reports in its own words.
    if not os.path.isfile(story):  # noqa: PTH113
        return
    path = Path(story)
    waited, decoded = os.pipe()
    pid = fork_ahead(partial(_read, path, decoded))
    os.close(decoded)
    if pid is not None:
        _reading = (path, pid)
        if _may_draw_cover(args):
            # Forked now, the helper drawing the cover gets ready on the core this process
            # leaves idle while it waits below, not later beside the busy reading child.
            from fic2epub.writers.book_cover import prepare_cover_ahead

            prepare_cover_ahead()
        # A byte once the child has the decoded text; nothing if it failed before.
        os.read(waited, 1)
    os.close(waited)


def _may_draw_cover(args: Sequence[str]) -> bool:
    """Whether a plain one-story command line (see :func:`story_argument`) may generate a
    cover: it names no cover image, asks for a cover, and writes no HTML. The story's sidecar
    file may still give a cover or refuse one; the helper is then stopped unused."""
    values: dict[str, str] = {}
    rest = iter(args[1:])
    for arg in rest:
        if arg in ("--cover", "--no-cover") or arg.startswith("--cover="):
            return False
        name, equals, value = arg.partition("=")
        if name in _VALUE_FLAGS and arg.startswith("-"):
            values[name] = value if equals else next(rest, "")
    output_format = values.get("--format")
    output = values.get("--output", values.get("-o", ""))
    if output_format is not None:
        return output_format != "html"
    return not output.lower().endswith((".html", ".htm"))


def _read(path: Path, decoded: int) -> bytes:
    """In the child: the reading options the sidecar gives and the story read with them.

    A grandchild decodes the story and runs the whole-text steps (:func:`_decoded_text`),
    forked once their modules are loaded here, while this process loads the passes'
    modules; once this process has the decoded text, it writes a byte to ``decoded`` (for
    :func:`begin`, waiting on the other end) and reads on.
    """
    import warnings

    from fic2epub.background import allowed, start

    with warnings.catch_warnings():
        # A warning is the parent's to show: raised here, it fails the child, and the
        # parent reads the story itself and shows the warning as it always does.
        warnings.simplefilter("error")
        with allowed():
            import fic2epub.normalise.text_steps  # noqa: F401  (for the grandchild: see below)

            # Forked now, the grandchild has the decoding modules without loading them.
            decoding = start(partial(_decoded_text, path))
            from fic2epub.model_wire import sent_story
            from fic2epub.overrides import Overrides, resolve
            from fic2epub.readers.text import read_decoded

            read, _ = resolve(path, Overrides())
            # The grandchild's bytes; if it failed, the work is done here (and fails here).
            text = decoding().decode("utf-8", "surrogatepass")
            os.write(decoded, b"\x01")
            os.close(decoded)
            story = read_decoded(text, read, str(path))
    return pickle.dumps((read, sent_story(story)), pickle.HIGHEST_PROTOCOL)


def _decoded_text(path: Path) -> bytes:
    """The story's text after the whole-text steps, as UTF-8 (``surrogatepass``: the text
    may hold any code point, and the reading child must get each one back).

    The file was a regular file a moment ago (:func:`begin`); if reading it fails now, the
    child fails too, and the parent reads the story and reports why in its own words."""
    from fic2epub.normalise.text_steps import decoded_text

    return decoded_text(path.read_bytes(), str(path)).encode("utf-8", "surrogatepass")


def take(path: Path, read: ReadOptions) -> Story | None:
    """The story the child read, if it read ``path`` with ``read``; else None.

    None also when no child was started or it could not finish: the caller then reads the
    story itself.
    """
    global _reading
    from fic2epub.background import collect_ahead, drop_ahead

    if _reading is None:
        return None
    (early_path, pid), _reading = _reading, None
    if early_path != path:
        drop_ahead(pid)
        return None
    data = collect_ahead(pid)
    if data is None:
        return None
    from fic2epub.model_wire import received_story

    # Safe to unpickle: the bytes come from this program's own forked child.
    used, sent = pickle.loads(data)
    return received_story(sent) if used == read else None


def pending() -> bool:
    """Whether a child is reading a story that has not been taken yet."""
    return _reading is not None


def finish() -> None:
    """Stop the child reading a story nobody took (the command failed, or read it itself),
    and wait for the children that were still exiting after they handed over their bytes."""
    global _reading
    if "fic2epub.background" not in sys.modules:
        return  # nothing was forked, so nothing is left to stop or wait for
    from fic2epub.background import drop_ahead, drop_helpers, reap

    if _reading is not None:
        (_, pid), _reading = _reading, None
        drop_ahead(pid)
    drop_helpers()
    reap()
