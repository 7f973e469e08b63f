"""The anthology manifest (``anthology.toml``): the book's settings and its stories, checked."""

from __future__ import annotations

import glob
import typing
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from fic2epub.errors import InputError, UsageError
from fic2epub.options import NotesPlacement
from fic2epub.overrides import (
    NOTES_CHOICES,
    SIDECAR_SUFFIX,
    Overrides,
    parse_sidecar,
    toml_kind,
    toml_table,
)

_TOP_KEYS = ("title", "editors", "editor", "cover", "language", "notes", "stories")
_STORY_KEYS = (
    "path",
    "title",
    "authors",
    "language",
    "notes",
    "layout",
    "chapter_pattern",
    "scene_break_pattern",
    "metadata",
)
_GLOB_CHARS = frozenset("*?[")


@dataclass(frozen=True, slots=True, kw_only=True)
class ManifestStory:
    """One story file named by the manifest, with the settings its entry gives it."""

    path: Path
    """The story file, resolved against the manifest's folder."""
    overrides: Overrides
    """The entry's own settings (title, authors, notes, ...); they win over the sidecar."""
    key: str
    """Where the entry is, for messages: ``stories[2]`` (counting from 1)."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Manifest:
    """An anthology as a manifest describes it; ``None`` or empty means "not set"."""

    source: Path
    """The manifest file."""
    title: str | None = None
    """The book's title."""
    editors: tuple[str, ...] = ()
    """The anthology's editors."""
    cover: Path | None = None
    """The cover image, resolved against the manifest's folder."""
    language: str | None = None
    """The book's language tag."""
    notes: NotesPlacement | None = None
    """Where author's notes go in every story that does not say otherwise."""
    stories: tuple[ManifestStory, ...] = ()
    """The stories, in the manifest's order (a glob's matches sorted by name)."""


def load_manifest(path: Path) -> Manifest:
    """Read and check an anthology manifest; raises :class:`UsageError` naming file and key."""
    source = str(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise InputError("no such file", source=source) from None
    except IsADirectoryError:
        raise InputError("is a directory, not a manifest file", source=source) from None
    except OSError as exc:
        raise InputError(f"cannot read the manifest: {exc.strerror}", source=source) from None
    return parse_manifest(toml_table(raw, source, "manifest"), path)


def parse_manifest(data: Mapping[str, object], path: Path) -> Manifest:
    """Check parsed manifest TOML and resolve its paths against ``path``'s folder."""
    source = str(path)
    for key in data:
        if key not in _TOP_KEYS:
            known = ", ".join(_TOP_KEYS)
            raise UsageError(f"unknown key {key!r} (known: {known})", source=source)
    base = path.parent
    notes = _text(data, "notes", source)
    if notes is not None and notes not in NOTES_CHOICES:
        choices = ", ".join(NOTES_CHOICES)
        raise UsageError(f"notes: {notes!r} is not one of {choices}", source=source)
    cover = _text(data, "cover", source)
    return Manifest(
        source=path,
        title=_text(data, "title", source),
        editors=_editors(data, source),
        cover=None if cover is None else _resolve(base, cover),
        language=_text(data, "language", source),
        notes=typing.cast(NotesPlacement, notes) if notes else None,
        stories=_stories(data.get("stories"), base, source),
    )


def _text(data: Mapping[str, object], key: str, source: str, where: str = "") -> str | None:
    """A key whose value must be non-blank text, or absent."""
    value = data.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise UsageError(f"{where}{key}: expected text, found {toml_kind(value)}", source=source)
    if not value.strip():
        raise UsageError(f"{where}{key}: is empty", source=source)
    return value.strip()


def _editors(data: Mapping[str, object], source: str) -> tuple[str, ...]:
    """``editors`` (text or a list of text) and ``editor`` (text), in that order."""
    names: list[str] = []
    for key in ("editors", "editor"):
        value = data.get(key)
        if value is None:
            continue
        items = [value] if isinstance(value, str) else value
        if not isinstance(items, list) or not all(isinstance(item, str) for item in items):
            raise UsageError(f"{key}: expected text or a list of text", source=source)
        names.extend(item.strip() for item in typing.cast(list[str], items) if item.strip())
    return tuple(dict.fromkeys(names))


def _resolve(base: Path, text: str) -> Path:
    """``text`` as a path: absolute (or ``~``) as given, otherwise inside ``base``."""
    path = Path(text).expanduser()
    return path if path.is_absolute() else base / path


def _stories(value: object, base: Path, source: str) -> tuple[ManifestStory, ...]:
    """The ``[[stories]]`` entries, each glob expanded, every file listed once."""
    if value is None:
        raise UsageError("stories: missing; add a [[stories]] table with a path", source=source)
    if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
        raise UsageError(
            f"stories: expected [[stories]] tables, found {toml_kind(value)}", source=source
        )
    if not value:
        raise UsageError("stories: the list is empty", source=source)
    stories: list[ManifestStory] = []
    seen: dict[Path, str] = {}
    for number, entry in enumerate(typing.cast(list[dict[str, object]], value), start=1):
        key = f"stories[{number}]"
        paths = _entry_paths(entry, key, base, source)
        overrides = _entry_overrides(entry, key, source)
        if overrides.title is not None and len(paths) > 1:
            raise UsageError(
                f"{key}.title: one title for {len(paths)} stories; "
                "give each story its own [[stories]] entry",
                source=source,
            )
        explicit = not _is_glob(str(entry["path"]))
        for path in paths:
            resolved = path.resolve()
            if resolved in seen:
                if explicit:
                    raise UsageError(
                        f"{key}.path: {path} is already in the book ({seen[resolved]})",
                        source=source,
                    )
                # A glob after explicit entries means "and the rest": skip what is listed.
                continue
            seen[resolved] = key
            stories.append(ManifestStory(path=path, overrides=overrides, key=key))
    return tuple(stories)


def _is_glob(text: str) -> bool:
    """Whether a manifest path is a pattern rather than one file."""
    return any(char in _GLOB_CHARS for char in text)


def _entry_paths(entry: Mapping[str, object], key: str, base: Path, source: str) -> list[Path]:
    """The files one entry's ``path`` names: one file, or a glob's matches sorted by name."""
    for name in entry:
        if name not in _STORY_KEYS:
            known = ", ".join(_STORY_KEYS)
            raise UsageError(f"{key}: unknown key {name!r} (known: {known})", source=source)
    text = _text(entry, "path", source, f"{key}.")
    if text is None:
        raise UsageError(f"{key}.path: missing; every story needs a path", source=source)
    if not _is_glob(text):
        path = _resolve(base, text)
        if path.is_dir():
            raise UsageError(
                f"{key}.path: {text!r} is a folder; name its stories with a glob such as "
                f"'{text.rstrip('/')}/*.txt'",
                source=source,
            )
        if not path.exists():
            raise UsageError(f"{key}.path: no such file {text!r}", source=source)
        return [path]
    pattern = str(Path(text).expanduser())
    # root_dir, not a joined pattern: a manifest folder named "[drafts]" must match literally.
    # (Path.glob takes no absolute patterns; a manifest may hold either kind.)
    found = glob.glob(pattern, root_dir=base, recursive=True)  # noqa: PTH207
    matches = sorted(
        path
        for path in (_resolve(base, match) for match in found)
        if path.is_file() and not path.name.endswith(SIDECAR_SUFFIX)
    )
    if not matches:
        raise UsageError(f"{key}.path: {text!r} matches no file", source=source)
    return matches


def _entry_overrides(entry: Mapping[str, object], key: str, source: str) -> Overrides:
    """An entry's settings, checked as a sidecar file's would be, with the entry in messages."""
    settings = {name: value for name, value in entry.items() if name != "path"}
    try:
        return parse_sidecar(settings, source)
    except UsageError as error:
        raise UsageError(f"{key}.{error.message}", source=source) from None
