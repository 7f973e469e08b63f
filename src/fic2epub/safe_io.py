"""Write output files atomically and make safe file names from titles."""

from __future__ import annotations

import contextlib
import os
import tempfile
import unicodedata
from collections.abc import Sequence
from pathlib import Path

from fic2epub.errors import OutputError

# Characters Windows, macOS or common sync tools refuse in a file name, plus both separators.
_RESERVED = frozenset('<>:"/\\|?*')
# Names Windows reserves whatever the extension ("CON.epub" cannot be created there).
_WINDOWS_DEVICES = frozenset(
    ["CON", "PRN", "AUX", "NUL"]
    + [f"COM{n}" for n in range(1, 10)]
    + [f"LPT{n}" for n in range(1, 10)]
)
# Bytes, not characters: most file systems cap a name at 255 bytes; leave room for the extension.
_MAX_STEM_BYTES = 150
# Temporary files are named ".BOOK.fic2epub-tmp-XXXXXXXX", so one a killed run left behind says
# what it was; BOOK is cut so the whole name stays within the 255-byte limit.
TEMP_MARKER = ".fic2epub-tmp-"
_MAX_TEMP_STEM_BYTES = 200
_FALLBACK_STEM = "story"


def write_atomic(path: Path, data: bytes, *, protect: Sequence[Path] = ()) -> None:
    """Write ``data`` to ``path`` so that readers see the old file or the new one, never half.

    Missing parent directories are created. Raises :class:`OutputError` when ``path`` is one of
    the ``protect`` paths (an input would be overwritten) or when the file system refuses.
    """
    target = Path(path)
    for source in protect:
        if _same_file(Path(source), target):
            raise OutputError("refusing to overwrite the input file", source=str(target))
    try:
        is_directory = target.is_dir()
    except OSError as error:
        raise OutputError(_reason(error), source=str(target)) from error
    if is_directory:
        raise OutputError("the output path is a directory", source=str(target))
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise OutputError(_reason(error), source=str(target.parent)) from error
    temp_name: str | None = None
    try:
        # The temporary file lives next to the target so os.replace stays on one file system.
        stem = _truncate_utf8(target.name, _MAX_TEMP_STEM_BYTES)
        handle, temp_name = tempfile.mkstemp(prefix=f".{stem}{TEMP_MARKER}", dir=target.parent)
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        # mkstemp creates 0600; give the book the permissions a normal new file would get.
        Path(temp_name).chmod(0o666 & ~_umask())
        Path(temp_name).replace(target)
        temp_name = None
        _fsync_directory(target.parent)
    except OSError as error:
        raise OutputError(_reason(error), source=str(target)) from error
    finally:
        if temp_name is not None:
            with contextlib.suppress(OSError):
                Path(temp_name).unlink()


def safe_filename(title: str, ext: str) -> str:
    """Turn a title into a file name with extension ``ext`` (given with or without its dot).

    Separators, control and reserved characters become spaces or go; runs of spaces shrink to
    one; the stem is cut to a length every common file system accepts and is never empty.
    """
    text = unicodedata.normalize("NFC", title)
    kept = []
    for char in text:
        category = unicodedata.category(char)
        if char in _RESERVED or category in ("Cc", "Cf", "Zl", "Zp") or char.isspace():
            kept.append(" ")
        elif category in ("Cs", "Co", "Cn"):
            continue
        else:
            kept.append(char)
    stem = " ".join("".join(kept).split())
    stem = _truncate_utf8(stem, _MAX_STEM_BYTES)
    # Leading dots hide the file on Unix; trailing dots and spaces are stripped by Windows.
    stem = stem.strip(" .")
    if not stem:
        stem = _FALLBACK_STEM
    elif stem.split(".")[0].rstrip().upper() in _WINDOWS_DEVICES:
        stem = f"_{stem}"
    suffix = ext if not ext or ext.startswith(".") else f".{ext}"
    return f"{stem}{suffix}"


def _truncate_utf8(text: str, limit: int) -> str:
    """Cut ``text`` to at most ``limit`` UTF-8 bytes without splitting a character."""
    encoded = text.encode("utf-8")
    if len(encoded) <= limit:
        return text
    return encoded[:limit].decode("utf-8", errors="ignore").rstrip()


def _same_file(source: Path, target: Path) -> bool:
    """Whether writing ``target`` would replace ``source``: the same path, or a link to it."""
    if _resolve(source) == _resolve(target):
        return True
    try:
        # samefile also catches a hard link, which no path resolution reveals.
        return source.samefile(target)
    except (OSError, ValueError):
        return False


def _resolve(path: Path) -> Path:
    """Resolve ``path`` as far as the file system allows (the file may not exist yet)."""
    try:
        return path.expanduser().resolve(strict=False)
    except (OSError, RuntimeError):
        return path.absolute()


def _umask() -> int:
    """The process umask (reading it means setting it; set it straight back)."""
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _fsync_directory(directory: Path) -> None:
    """Flush the directory entry of a renamed file where the platform supports it."""
    if os.name != "posix":
        return
    try:
        handle = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(handle)
    except OSError:
        # Some file systems (network mounts) do not support fsync on directories.
        pass
    finally:
        os.close(handle)


def _reason(error: OSError) -> str:
    """A one-line reason for a failed file operation."""
    reason = error.strerror or str(error) or type(error).__name__
    return f"cannot write: {reason}"
