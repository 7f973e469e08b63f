"""The folder where fic2epub keeps what it computes once and reuses between runs.

``FIC2EPUB_CACHE_DIR`` names the folder to use instead of the platform's cache folder; set to
an empty value, it turns every cache off.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable
from contextlib import suppress
from pathlib import Path


def cache_folder() -> Path | None:
    """The user's cache folder for fic2epub, or None when caching is turned off."""
    chosen = os.environ.get("FIC2EPUB_CACHE_DIR")
    if chosen is not None:
        return Path(chosen) if chosen else None
    if sys.platform == "win32":
        local = os.environ.get("LOCALAPPDATA")
        return Path(local, "fic2epub", "Cache") if local else None
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / "fic2epub"
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "fic2epub"


def replace_file(path: Path, parts: Iterable[bytes]) -> None:
    """Write ``parts`` to the cache file ``path``, replacing it whole, so that a run reading
    it meanwhile sees the old file or the new one, never a mixture. Errors are ignored: on a
    read-only or full disk the next run computes again."""
    temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with temporary.open("wb") as file:
            file.writelines(parts)
        temporary.replace(path)
    except OSError:
        with suppress(OSError):
            temporary.unlink(missing_ok=True)
