"""Python's cycle collector, held off while one story is converted."""

from __future__ import annotations

import gc
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
