"""Story readers, one per input format, and the file access they share."""

from __future__ import annotations

import stat
from collections.abc import Callable
from pathlib import Path

from fic2epub.errors import InputError
from fic2epub.model import Story
from fic2epub.options import ReadOptions

Reader = Callable[[bytes, ReadOptions, str], Story]


def _text(data: bytes, options: ReadOptions, source: str) -> Story:
    from fic2epub.readers.text import read_text

    return read_text(data, options, source)


READERS: dict[str, Reader] = {"text": _text}
"""Readers by format name; every input is plain text for now."""


def check_file(path: Path) -> None:
    """Make sure ``path`` names a regular file, or raise an InputError naming it with the reason."""
    source = str(path)
    try:
        mode = path.stat().st_mode
    except (FileNotFoundError, NotADirectoryError):
        raise InputError("no such file", source=source) from None
    except OSError as error:
        # Path.exists() lets these through: a name too long, a loop of links, an I/O error.
        raise _unreadable(error, source) from None
    except ValueError:
        raise InputError("not a valid file name", source=source) from None
    if stat.S_ISDIR(mode):
        raise InputError("is a directory, not a story file", source=source)
    if not stat.S_ISREG(mode):
        # A FIFO blocks until something writes to it, and a device such as /dev/zero never ends.
        raise InputError("not a regular file (a pipe, device or socket)", source=source)


def read_bytes(path: Path) -> bytes:
    """The file's bytes, or an InputError naming it with the reason."""
    source = str(path)
    check_file(path)
    try:
        return path.read_bytes()
    except OSError as error:
        raise _unreadable(error, source) from None


def _unreadable(error: OSError, source: str) -> InputError:
    """The one-line error for a file the system will not let fic2epub read."""
    if isinstance(error, PermissionError):
        return InputError("permission denied", source=source)
    return InputError(f"cannot read the file ({error.strerror or error})", source=source)


def read_path(path: Path, options: ReadOptions) -> Story:
    """Read one story file with the reader for its format."""
    return read_data(read_bytes(path), options, str(path))


def read_data(data: bytes, options: ReadOptions, source: str) -> Story:
    """Read a story from the bytes of the file named ``source`` (batch workers get bytes)."""
    return READERS["text"](data, options, source)


def explain(path: Path, options: ReadOptions) -> str:
    """Each input line with the role it was given and the rule that decided, one per line."""
    from fic2epub.readers.explanation import explain_lines

    return explain_lines(read_bytes(path), options, str(path))
