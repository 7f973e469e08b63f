"""Python's cycle collector, held off while one story is converted, and a quick exit."""

from __future__ import annotations

import atexit
import gc
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused() -> Iterator[None]:
    """Within this block the cycle collector does not run; it resumes as it was afterwards.

    A conversion makes hundreds of thousands of small objects (lines, chunks, inlines) that
    all live until the book is written, and none of them in reference cycles: the collector
    would walk them again and again and free nothing, a twentieth of a long story's time.
    What little cyclic garbage a conversion leaves is collected once the block ends.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def freeze_for_exit() -> None:
    """Spare the interpreter's final collection the objects alive now.

    At exit Python collects once more over every object left, which after a long story
    costs tens of milliseconds and frees nothing the process ending would not. Frozen
    objects are left out of it. Only for a process about to end: they are never collected.
    """
    gc.freeze()


def exit_at_once(code: object) -> None:
    """End this process with ``code`` (a :class:`SystemExit`'s), without Python's teardown.

    Python's own exit runs the exit handlers and flushes the standard streams, then frees
    every object left one by one: after a long story, some 12 ms spent on memory the ending
    process gives back whole anyway. Here the handlers run and the streams are flushed as
    they would be, and the process ends at once. Only for a process about to end.

    Returns, ending nothing, when the ordinary exit has more to do: a code that is not an
    exit status (Python prints it), a thread still running (Python waits for it), a profiler
    or tracer watching (``python -m cProfile``, coverage: they report once the program's code
    is done), or a stream that cannot be flushed (Python reports it).
    """
    if not (code is None or (isinstance(code, int) and 0 <= code <= 255)):
        return
    if sys.getprofile() is not None or sys.gettrace() is not None:
        return
    threading = sys.modules.get("threading")
    if threading is not None and threading.active_count() > 1:
        return
    # The exit handlers (the caches' saves) make objects too: a collection now would walk
    # everything the process made, to free nothing it keeps.
    gc.disable()
    atexit._run_exitfuncs()
    try:
        for stream in (sys.stdout, sys.stderr):
            if stream is not None:
                stream.flush()
    except (OSError, ValueError):
        return
    os._exit(code or 0)
