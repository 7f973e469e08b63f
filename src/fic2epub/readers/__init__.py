"""Story readers, one per input format, and the file access they share."""

from __future__ import annotations

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


def read_bytes(path: Path) -> bytes:
    """The file's bytes, or an InputError naming it with the reason."""
    source = str(path)
    if not path.exists():
        raise InputError("no such file", source=source)
    if path.is_dir():
        raise InputError("is a directory, not a story file", source=source)
    try:
        return path.read_bytes()
    except PermissionError:
        raise InputError("permission denied", source=source) from None
    except OSError as error:
        raise InputError(
            f"cannot read the file ({error.strerror or error})", source=source
        ) from None


def read_path(path: Path, options: ReadOptions) -> Story:
    """Read one story file with the reader for its format."""
    return READERS["text"](read_bytes(path), options, str(path))


def explain(path: Path, options: ReadOptions) -> str:
    """Each input line with the role it was given and the rule that decided, one per line."""
    from fic2epub.readers.explain import explain_lines

    return explain_lines(read_bytes(path), options, str(path))
