"""fic2epub's own modules served from one file of compiled code, mapped once per run.

Python imports a module by searching its package's folder for it, checking the source's
time and size, then opening and reading the bytecode it cached in ``__pycache__``. A
conversion loads some 340 of fic2epub's modules, most of them the reader's small rule
modules, and that file work is about a seventh of their import time, spent before the
reading process can read a line of the story.

This module keeps the bytecode Python itself compiled and cached for every module of the
package in one file in the cache folder (:mod:`fic2epub.cache_dir`), maps that file at
start and serves fic2epub's imports from it. Each module's entry records its source's
modification time and size, the check Python makes of its own cached bytecode: a module
whose source has changed since is imported as usual, and the file is written anew when the
process ends. The file is used only by the interpreter build that wrote it, for the folder
it was written for. A missing, unreadable or foreign file means importing as usual: the
bundle can make a start faster, never different.
"""

from __future__ import annotations

import _imp
import atexit
import marshal
import os
import sys
from importlib.machinery import ModuleSpec, SourceFileLoader
from importlib.util import MAGIC_NUMBER, cache_from_source, spec_from_file_location
from pathlib import Path
from types import CodeType

from fic2epub.cache_dir import cache_folder, replace_file

# A module's entry: its source's path under the root, whether it is a package's __init__,
# the source's modification time and size as its cached bytecode records them, and where
# its code lies in the file's code section.
_Entry = tuple[str, bool, int, int, int, int]

# Which interpreter wrote a bundle: its full version string names its build, the magic
# number its bytecode, and the optimisation level which of its cached files were read.
_WRITER = (sys.version, MAGIC_NUMBER, sys.flags.optimize)

# The length of the header that precedes the code section, as little-endian bytes.
_LENGTH_BYTES = 8
# The fields of a cached bytecode file's header (magic number, flags, source time and size).
_PYC_HEADER = 16


class _Bundle:
    """The entries of one bundle file and its code section, for modules of one package."""

    def __init__(self, root: str, package: str) -> None:
        self.root = root
        self.package = package
        self.entries: dict[str, _Entry] = {}
        self.code = memoryview(b"")
        # Whether this process met a module the bundle holds out of date, or not at all.
        self.stale = False


# What Python's loader does to cached bytecode (private, so looked up with care): the code
# names its source where it lies now, should the folder have moved since it was compiled.
_fix_co_filename = getattr(_imp, "_fix_co_filename", None)


class _BundledLoader(SourceFileLoader):
    """Python's loader of a source file, but for the code itself, which the bundle gives."""

    def __init__(self, fullname: str, path: str, bundle: _Bundle, code: memoryview) -> None:
        super().__init__(fullname, path)
        self._bundle = bundle
        self._code = code

    def get_code(self, fullname: str) -> CodeType:
        """The module's code from the bundle; from the cached bytecode or source if unusable."""
        try:
            code = marshal.loads(self._code)
        except (EOFError, ValueError, TypeError):
            code = None
        if not isinstance(code, CodeType):
            # A damaged file: none of it is trusted from now on, and it is written anew.
            self._bundle.entries.clear()
            self._bundle.stale = True
            return super().get_code(fullname)  # type: ignore[return-value]
        if _fix_co_filename is not None:
            _fix_co_filename(code, self.path)
        return code


class _BundleFinder:
    """Finds the bundle's modules whose sources are unchanged (see the module docstring)."""

    def __init__(self, bundle: _Bundle) -> None:
        self.bundle = bundle

    def find_spec(
        self, fullname: str, path: object = None, target: object = None
    ) -> ModuleSpec | None:
        """The spec of ``fullname`` served from the bundle, or None to import it as usual."""
        bundle = self.bundle
        entry = bundle.entries.get(fullname)
        if entry is None:
            if fullname.startswith(f"{bundle.package}."):
                bundle.stale = True  # a module added since the bundle was written
            return None
        relative, is_package, mtime, size, start, length = entry
        # os.path and os.stat rather than pathlib: this runs for every module imported.
        origin = os.path.join(bundle.root, relative)  # noqa: PTH118
        try:
            found = os.stat(origin)  # noqa: PTH116
        except OSError:
            found = None
        if found is None or _source_marks(found) != (mtime, size):
            bundle.stale = True
            return None
        loader = _BundledLoader(fullname, origin, bundle, bundle.code[start : start + length])
        folders = [os.path.dirname(origin)] if is_package else None  # noqa: PTH120
        return spec_from_file_location(
            fullname, origin, loader=loader, submodule_search_locations=folders
        )


_installed: _Bundle | None = None
_owner = 0


def bundle_file() -> Path | None:
    """Where this interpreter's bundle lives, or None when caching is turned off."""
    folder = cache_folder()
    if folder is None:
        return None
    level = f"-opt-{sys.flags.optimize}" if sys.flags.optimize else ""
    return folder / f"modules-{sys.implementation.cache_tag}{level}.bin"


def install() -> None:
    """Serve fic2epub's imports from the bundle from now on, in this process and those it
    forks; write the bundle anew as this process exits if it is missing or out of date."""
    global _installed, _owner
    # Where this package was found, as its modules' own file names give it (not resolved).
    package_folder = Path(__file__).absolute().parent
    path = bundle_file()
    if _installed is not None or path is None or not package_folder.is_dir():
        return  # installed already, caching turned off, or the package is in an archive
    bundle = _Bundle(str(package_folder.parent), package_folder.name)
    if not _load(bundle, path):
        bundle.stale = True
    _installed, _owner = bundle, os.getpid()
    sys.meta_path.insert(0, _BundleFinder(bundle))
    atexit.register(_save_if_stale)


def _load(bundle: _Bundle, path: Path) -> bool:
    """Fill ``bundle`` from the file at ``path``; False if it is missing, damaged or foreign."""
    import mmap

    try:
        with path.open("rb") as file:
            mapped = mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ)
    except (OSError, ValueError):  # none yet, or empty (which cannot be mapped)
        return False
    # The mapping outlives the file object (and stays valid when another process replaces
    # the file, which is written anew, never in place); the code is read from it on demand.
    view = memoryview(mapped)
    length = int.from_bytes(view[:_LENGTH_BYTES], "little")
    try:
        writer, root, entries = marshal.loads(view[_LENGTH_BYTES : _LENGTH_BYTES + length])
    except (EOFError, ValueError, TypeError):
        return False
    code = view[_LENGTH_BYTES + length :]
    if writer != _WRITER or root != bundle.root or not isinstance(entries, dict):
        return False
    if any(entry[4] + entry[5] > len(code) for entry in entries.values()):
        return False  # cut short
    bundle.entries, bundle.code = entries, code
    return True


def _save_if_stale() -> None:
    """Write the bundle anew if this process found it missing or out of date."""
    bundle, path = _installed, bundle_file()
    if bundle is None or not bundle.stale or os.getpid() != _owner or path is None:
        return
    write(path, bundle.root, bundle.package, unless=bundle.entries)


def write(path: Path, root: str, package: str, *, unless: dict[str, _Entry]) -> None:
    """Write the bundle of ``package`` (a folder under ``root``) to ``path``, replacing the
    file whole, unless it would hold the same modules as ``unless``; errors are ignored (the
    next run imports as usual and tries again)."""
    entries, code = collect(root, package)
    if _marks(entries) == _marks(unless):
        return  # nothing newer to keep: a changed module's cached bytecode is out of date too
    header = marshal.dumps((_WRITER, root, entries))
    replace_file(path, [len(header).to_bytes(_LENGTH_BYTES, "little"), header, *code])


def collect(root: str, package: str) -> tuple[dict[str, _Entry], list[bytes]]:
    """The entries and code of every module of ``package`` (a folder under ``root``) whose
    cached bytecode is up to date with its source; the others are left out."""
    entries: dict[str, _Entry] = {}
    code: list[bytes] = []
    offset = 0
    for folder, subfolders, files in os.walk(Path(root, package)):
        if "__init__.py" not in files:
            subfolders.clear()  # not a package: nothing under it is imported as a module
            continue
        subfolders[:] = sorted(name for name in subfolders if name != "__pycache__")
        for file in sorted(name for name in files if name.endswith(".py")):
            source = Path(folder, file)
            cached = _cached_code(source)
            if cached is None:
                continue
            marks, data = cached
            relative = source.relative_to(root)
            is_package = relative.stem == "__init__"
            parts = relative.parent.parts if is_package else (*relative.parent.parts, relative.stem)
            entries[".".join(parts)] = (str(relative), is_package, *marks, offset, len(data))
            code.append(data)
            offset += len(data)
    return entries, code


def _cached_code(source: Path) -> tuple[tuple[int, int], bytes] | None:
    """The source's modification marks and the code of its cached bytecode, if that is
    Python's own, timestamp-checked and up to date; else None."""
    try:
        marks = _source_marks(source.stat())
        data = Path(cache_from_source(str(source))).read_bytes()
    except (OSError, ValueError):  # no cached bytecode, or no place for it
        return None
    header = data[:_PYC_HEADER]
    if (
        len(header) < _PYC_HEADER
        or header[:4] != MAGIC_NUMBER
        or int.from_bytes(header[4:8], "little") != 0  # checked by hash, not by time
        or (int.from_bytes(header[8:12], "little"), int.from_bytes(header[12:16], "little"))
        != marks
    ):
        return None
    return marks, data[_PYC_HEADER:]


def _source_marks(found: os.stat_result) -> tuple[int, int]:
    """A source's modification time and size as cached bytecode records them (32 bits)."""
    return int(found.st_mtime) & 0xFFFFFFFF, found.st_size & 0xFFFFFFFF


def _marks(entries: dict[str, _Entry]) -> dict[str, tuple[int, int]]:
    """Each module's source marks: two bundles with equal marks hold the same code."""
    return {name: (entry[2], entry[3]) for name, entry in entries.items()}
