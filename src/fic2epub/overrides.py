"""Per-story overrides: the ``STORY.fic2epub.toml`` sidecar merged with command-line flags.

Both sources are first turned into :class:`Overrides` and checked (known keys, right types,
regular expressions that compile); :func:`resolve` then merges them, the command line winning,
into the :class:`~fic2epub.options.ReadOptions` for the story and its notes placement.
"""

from __future__ import annotations

import dataclasses
import datetime
import re
import typing
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from fic2epub.errors import InputError, UsageError
from fic2epub.options import Layout, NotesPlacement, ReadOptions

SIDECAR_SUFFIX = ".fic2epub.toml"
"""``story.txt`` is overridden by ``story.fic2epub.toml`` in the same folder."""

NOTES_CHOICES: tuple[str, ...] = typing.get_args(NotesPlacement)
LAYOUT_CHOICES: tuple[str, ...] = typing.get_args(Layout)

# Settings with a key of their own; [metadata] and --set may not set them a second way.
_OWN_KEYS = ("title", "authors", "language")


@dataclass(frozen=True, slots=True, kw_only=True)
class Overrides:
    """Story settings from one source; ``None`` or empty means "not set here"."""

    title: str | None = None
    """The title."""
    authors: tuple[str, ...] = ()
    """The authors, in order."""
    language: str | None = None
    """The BCP 47 language tag."""
    notes: NotesPlacement | None = None
    """Where author's notes go."""
    layout: Layout | None = None
    """The paragraph layout."""
    chapter_pattern: str | None = None
    """A regular expression matching a whole chapter-heading line."""
    scene_break_pattern: str | None = None
    """A regular expression matching a whole scene-break line."""
    metadata: tuple[tuple[str, str], ...] = ()
    """Other metadata, as (field name or header label, value) pairs."""


_TOP_KEYS = tuple(f.name for f in dataclasses.fields(Overrides))


def sidecar_path(story: Path) -> Path:
    """Where the override file of ``story`` lives (``a/story.txt`` -> ``a/story.fic2epub.toml``)."""
    return story.with_name(story.stem + SIDECAR_SUFFIX)


def check_pattern(pattern: str, key: str, source: str | None) -> str:
    """Return ``pattern`` if it compiles, else raise :class:`UsageError` naming ``key``."""
    try:
        re.compile(pattern)
    except re.error as exc:
        raise UsageError(
            f"{key}: invalid regular expression {pattern!r}: {exc}", source=source
        ) from None
    return pattern


def _check_metadata_key(key: str, where: str, source: str | None) -> str:
    """Refuse empty keys and keys that have a setting of their own."""
    name = key.strip()
    if not name:
        raise UsageError(f"{where}: empty field name", source=source)
    if name.casefold() in _OWN_KEYS:
        raise UsageError(
            f"{where}: set {name.casefold()!r} with its own setting, not as metadata",
            source=source,
        )
    return name


def parse_assignment(text: str) -> tuple[str, str]:
    """Split a ``--set FIELD=VALUE`` argument; raises :class:`UsageError`."""
    key, sep, value = text.partition("=")
    if not sep:
        raise UsageError(f"--set {text!r}: expected FIELD=VALUE")
    return _check_metadata_key(key, f"--set {text!r}", None), value.strip()


def _metadata_value(value: object, key: str, source: str) -> str:
    """One [metadata] value as the text a header line would hold."""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        raise UsageError(f"metadata.{key}: expected text, a number or a list", source=source)
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, datetime.date | datetime.datetime):
        return value.isoformat()
    if isinstance(value, list) and all(isinstance(item, str) for item in value):
        # Lists are joined as a header line would list them: "Fandom: One, Two".
        return ", ".join(typing.cast(list[str], value))
    raise UsageError(
        f"metadata.{key}: expected text, a number or a list of text, found {toml_kind(value)}",
        source=source,
    )


def toml_kind(value: object) -> str:
    """A TOML-ish name for a value's type, for messages."""
    if isinstance(value, dict):
        return "a table"
    if isinstance(value, list):
        return "a list of other values"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "text"
    return "a date" if hasattr(value, "isoformat") else type(value).__name__


def _text(data: Mapping[str, object], key: str, source: str) -> str | None:
    """A top-level key whose value must be text."""
    value = data.get(key)
    if value is None or isinstance(value, str):
        return value
    raise UsageError(f"{key}: expected text, found {toml_kind(value)}", source=source)


def _choice(data: Mapping[str, object], key: str, choices: tuple[str, ...], source: str) -> str:
    """A top-level key whose value must be one of ``choices`` (or absent: empty string)."""
    value = _text(data, key, source)
    if value is None:
        return ""
    if value not in choices:
        raise UsageError(f"{key}: {value!r} is not one of {', '.join(choices)}", source=source)
    return value


def parse_sidecar(data: Mapping[str, object], source: str) -> Overrides:
    """Check parsed sidecar TOML and turn it into :class:`Overrides`."""
    for key in data:
        if key not in _TOP_KEYS:
            raise UsageError(f"unknown key {key!r} (known: {', '.join(_TOP_KEYS)})", source=source)
    authors = data.get("authors", [])
    if isinstance(authors, str):
        authors = [authors]
    if not isinstance(authors, list) or not all(isinstance(a, str) for a in authors):
        raise UsageError(
            f"authors: expected a list of text, found {toml_kind(authors)}", source=source
        )
    table = data.get("metadata", {})
    if not isinstance(table, dict):
        raise UsageError(f"metadata: expected a table, found {toml_kind(table)}", source=source)
    metadata = tuple(
        (_check_metadata_key(key, f"metadata.{key}", source), _metadata_value(value, key, source))
        for key, value in table.items()
    )
    patterns = {}
    for key in ("chapter_pattern", "scene_break_pattern"):
        pattern = _text(data, key, source)
        patterns[key] = None if pattern is None else check_pattern(pattern, key, source)
    notes = _choice(data, "notes", NOTES_CHOICES, source)
    layout = _choice(data, "layout", LAYOUT_CHOICES, source)
    return Overrides(
        title=_text(data, "title", source),
        authors=tuple(typing.cast(list[str], authors)),
        language=_text(data, "language", source),
        notes=typing.cast(NotesPlacement, notes) if notes else None,
        layout=typing.cast(Layout, layout) if layout else None,
        chapter_pattern=patterns["chapter_pattern"],
        scene_break_pattern=patterns["scene_break_pattern"],
        metadata=metadata,
    )


def load_sidecar(path: Path) -> Overrides:
    """Read and check one sidecar file; raises :class:`UsageError` or :class:`InputError`."""
    source = str(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read the override file: {exc.strerror}", source=source) from None
    return parse_sidecar(toml_table(raw, source, "override file"), source)


def toml_table(raw: bytes, source: str, what: str) -> dict[str, object]:
    """Parse a TOML file's bytes; a :class:`UsageError` naming ``source`` if they are not."""
    # Imported here: most stories have no sidecar, and the parser costs a start-up millisecond.
    import tomllib

    try:
        return tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise UsageError(f"the {what} is not UTF-8 text", source=source) from None
    except tomllib.TOMLDecodeError as exc:
        raise UsageError(f"not valid TOML: {exc}", source=source) from None


def _merge_pairs(*sources: Iterable[tuple[str, str]]) -> tuple[tuple[str, str], ...]:
    """Merge metadata pairs; a later pair replaces an earlier one with the same key."""
    merged: dict[str, tuple[str, str]] = {}
    for pairs in sources:
        for key, value in pairs:
            folded = key.casefold()
            merged.pop(folded, None)  # the replacement moves to the end, where it was given
            merged[folded] = (key, value)
    return tuple(merged.values())


def merge(base: Overrides, winner: Overrides) -> Overrides:
    """Combine two sources setting by setting; whatever ``winner`` sets wins."""
    return Overrides(
        title=base.title if winner.title is None else winner.title,
        authors=winner.authors or base.authors,
        language=base.language if winner.language is None else winner.language,
        notes=winner.notes or base.notes,
        layout=winner.layout or base.layout,
        chapter_pattern=winner.chapter_pattern or base.chapter_pattern,
        scene_break_pattern=winner.scene_break_pattern or base.scene_break_pattern,
        metadata=_merge_pairs(base.metadata, winner.metadata),
    )


# Leading file-name tokens that are identifiers rather than words: "001", "2c387c95435a4b2a".
_ID_TOKEN = re.compile(r"\d+|(?=[0-9a-f]*\d)[0-9a-f]{8,}", re.IGNORECASE)


def title_from_stem(stem: str) -> str:
    """A readable title from a file name without its suffix ("my_story-v2" -> "My Story V2")."""
    tokens = [token for token in re.split(r"[\s_.\-]+", stem) if token]
    while tokens and _ID_TOKEN.fullmatch(tokens[0]):
        del tokens[0]
    if not tokens:
        return "Untitled"
    return " ".join(token[0].upper() + token[1:] for token in tokens)


def resolve(story: Path, cli: Overrides) -> tuple[ReadOptions, NotesPlacement]:
    """Read options and notes placement for ``story``: its sidecar (if any), then ``cli``."""
    for key in ("chapter_pattern", "scene_break_pattern"):
        pattern = getattr(cli, key)
        if pattern is not None:
            check_pattern(pattern, "--" + key.replace("_", "-"), None)
    sidecar = sidecar_path(story)
    merged = merge(load_sidecar(sidecar), cli) if sidecar.is_file() else cli
    read = ReadOptions(
        title=merged.title,
        authors=merged.authors,
        language=merged.language,
        metadata=merged.metadata,
        layout=merged.layout or "auto",
        chapter_pattern=merged.chapter_pattern,
        scene_break_pattern=merged.scene_break_pattern,
        fallback_title=title_from_stem(story.stem),
    )
    return read, merged.notes or "auto"
