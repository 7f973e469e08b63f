"""Compiled regular expressions kept between runs, the way Python keeps compiled modules.

Python compiles a regular expression in pure Python (it parses the pattern, then generates
the engine's code) and keeps the result only while the process lives. An ordinary conversion
asks the reader's rules for some seventy patterns, several of them long lists of site and
label words, and compiling them cost about 20 ms of every run: a tenth of converting a short
story. This module keeps what the compiler produced (the engine's code and the group names)
in the user's cache folder and, on the next run, hands it straight to the engine, which
checks the code before it accepts it.

Every entry is made by Python's own compiler and checked, before it is stored, to give a
pattern equal to the one :func:`re.compile` returns. A cache is used only by the exact
interpreter build that wrote it. A cache that cannot be read, an entry the engine refuses,
or a Python whose compiler internals differ all mean compiling as usual: the cache can make
a run faster, never different.

``FIC2EPUB_CACHE_DIR`` names the folder to use instead of the platform's cache folder; set
to an empty value, it turns the cache off.
"""

from __future__ import annotations

import atexit
import importlib
import marshal
import re
import sys
from array import array
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

from fic2epub.cache_dir import cache_folder, replace_file

# The compiler's internals (private, so every use is guarded): the parser, the code
# generator and the engine's constructor, whose code format changes with Python versions.
_sre: Any
_compiler: Any
_parser: Any
try:
    _sre = importlib.import_module("_sre")
    _compiler = importlib.import_module("re._compiler")
    _parser = importlib.import_module("re._parser")
except ImportError:  # another Python implementation: compile as usual
    _sre = _compiler = _parser = None

_Entry = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]
_Key = tuple[str, int]

# "v2": the code stored as bytes (below). A cache of the form before, a list of ints a
# pattern, has a name of its own, so versions of each form never overwrite the other's.
_FILE_STEM = "regex-v2-"
# Which interpreter wrote a cache: its full version string names its build, and the engine's
# magic number and code unit size name the code format; the last item names this module's
# own way of storing the code (a list of ints before).
_WRITER = (sys.version, getattr(_sre, "MAGIC", 0), getattr(_sre, "CODESIZE", 0), "code-bytes")

# The engine's code is stored as the bytes of an array of its code units: marshal reads one
# bytes object at memory speed, where a list costs it an int object a unit, some 300,000 of
# them in a full cache, mostly of patterns the run never asks for (a fresh process read a
# cache of 739 patterns and built the 130 a story asks for in 8-11 ms of CPU, against 4-6 ms
# so). None when no array type has the engine's unit size: then nothing is cached.
_CODE_TYPE = next(
    (kind for kind in "IL" if array(kind).itemsize == getattr(_sre, "CODESIZE", 0)), None
)

# More entries than this in a cache means patterns of older fic2epub versions have piled up:
# the next save keeps only what its own run used.
_MOST_ENTRIES = 2000

_entries: dict[_Key, _Entry] | None = None
_used: set[_Key] = set()
# The entries this process compiled itself, to be stored for the next run.
_new: dict[_Key, _Entry] = {}


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, from the cache when this interpreter stored it before."""
    entries = _load()
    key = (pattern, int(flags))  # a plain int: marshal does not take re.RegexFlag
    _used.add(key)
    entry = entries.get(key)
    if entry is not None:
        cached = _from_entry(pattern, entry)
        if cached is not None:
            return cached
        del entries[key]
    compiled = re.compile(pattern, flags)
    entry = _entry_for(pattern, flags, compiled)
    if entry is not None:
        _remember(key, entry)
    return compiled


def cache_file() -> Path | None:
    """Where this interpreter's cache lives, or None when the cache is turned off."""
    folder = cache_folder()
    if folder is None or _sre is None:
        return None
    return folder / f"{_FILE_STEM}{sys.implementation.cache_tag}.marshal"


def save() -> None:
    """Store the patterns compiled by this process, if any are new; errors are ignored.

    They join the entries the file holds now, which other processes of the same command
    (the children that read a story) may have added since this one read it. The file is
    replaced whole, so a run that reads it while another writes sees one or the other, never
    a mixture. Called when the process exits, or by a child once its work is handed over.
    """
    path = cache_file()
    if not _new or path is None:
        return
    # No folder or no lock (a read-only disk): the next run compiles again.
    with suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True)
        with _locked(path):
            kept = {**_read(path), **_new}
            if len(kept) > _MOST_ENTRIES:
                kept = {key: entry for key, entry in kept.items() if key in _used or key in _new}
            replace_file(path, [marshal.dumps((_WRITER, kept))])


@contextmanager
def _locked(path: Path) -> Iterator[None]:
    """Hold the cache's lock while the block reads the cache and replaces it, so that two
    processes of one command saving at once (a child building chapters, the child reading
    the story) each keep what the other added. Where the system has no such locks (Windows,
    where fic2epub starts no children), nothing is held."""
    try:
        import fcntl
    except ImportError:
        yield
        return
    with path.with_name(f"{path.name}.lock").open("wb") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # released as the file closes
        yield


def _load() -> dict[_Key, _Entry]:
    """The cache's entries, read once per process (empty when there is no usable cache)."""
    global _entries
    if _entries is None:
        path = cache_file()
        _entries = _read(path) if path is not None else {}
    return _entries


def _read(path: Path) -> dict[_Key, _Entry]:
    """The entries of the cache file at ``path``; empty when there is none or it is unusable."""
    try:
        writer, entries = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):  # none yet, or unreadable
        return {}
    if writer == _WRITER and isinstance(entries, dict):
        return entries
    return {}


def _from_entry(pattern: str, entry: _Entry) -> re.Pattern[str] | None:
    """The pattern built from a cache entry, or None when the engine refuses the entry."""
    if _CODE_TYPE is None:
        return None
    try:
        final_flags, code, groups, groupindex, indexgroup = entry
        units = array(_CODE_TYPE, code).tolist()
        compiled: re.Pattern[str] = _sre.compile(
            pattern, final_flags, units, groups, groupindex, indexgroup
        )
    except Exception:  # a damaged entry: RuntimeError, TypeError, ValueError…
        return None
    return compiled


def _entry_for(pattern: str, flags: int, compiled: re.Pattern[str]) -> _Entry | None:
    """What the engine needs to rebuild ``compiled``, checked against it; None if unsure."""
    if _sre is None or _CODE_TYPE is None:
        return None
    try:
        # What re._compiler.compile does, stopping short of the engine so that its
        # arguments can be kept. The code is stored as the bytes of its units (the
        # compiler's opcode names are int subclasses, which an array takes as ints).
        parsed: Any = _parser.parse(pattern, flags)
        code = array(_CODE_TYPE, _compiler._code(parsed, flags)).tobytes()
        groupindex = dict(parsed.state.groupdict)
        indexgroup: list[str | None] = [None] * parsed.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        entry: _Entry = (
            int(flags | parsed.state.flags),
            code,
            parsed.state.groups - 1,
            groupindex,
            tuple(indexgroup),
        )
    except Exception:  # compiler internals this module does not know
        return None
    # Patterns compare equal when their source, flags and engine code are the same.
    return entry if _from_entry(pattern, entry) == compiled else None


def _remember(key: _Key, entry: _Entry) -> None:
    if not _new and cache_file() is not None:
        atexit.register(save)
    _new[key] = entry
    _load()[key] = entry
