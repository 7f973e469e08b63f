"""Pass ``options``: the user's title, authors, language and field overrides win over the text."""

from __future__ import annotations

from dataclasses import fields, replace
from typing import Any

from fic2epub.errors import UsageError
from fic2epub.model import Field, Metadata, Story
from fic2epub.normalise.decode import strip_illegal
from fic2epub.normalise.fields import LIST_FIELDS, field_for, read_series, split_list
from fic2epub.options import ReadOptions

_FIELD_NAMES = {f.name for f in fields(Metadata)}


def apply_options(story: Story, options: ReadOptions) -> Story:
    """Return the story with every metadata override from ``options`` applied.

    Option values never went through ``decode``, so XML-illegal characters (a control character
    typed on the command line, a lone surrogate from an undecodable argument) are dropped here.
    """
    metadata = story.metadata
    changes: dict[str, Any] = {}
    if options.title and strip_illegal(options.title).strip():
        changes["title"] = strip_illegal(options.title)
    if options.authors:
        changes["authors"] = tuple(strip_illegal(author) for author in options.authors)
    if options.language:
        changes["language"] = strip_illegal(options.language)
    extra = list(metadata.extra)
    for raw_key, raw_value in options.metadata:
        key, value = strip_illegal(raw_key), strip_illegal(raw_value)
        name = key if key in _FIELD_NAMES else field_for(key)
        if name is None:
            extra = [f for f in extra if f.label != key] + [Field(label=key, value=value)]
            continue
        changes.update(_converted(name, value))
    changes["extra"] = tuple(extra)
    return replace(story, metadata=replace(metadata, **changes))


def _converted(name: str, value: str) -> dict[str, Any]:
    """The typed value(s) of one override."""
    if name in LIST_FIELDS:
        return {name: split_list(value, titles=name == "fandoms")}
    if name == "series":
        series = read_series(value)
        result: dict[str, Any] = {"series": series.name}
        if series.index is not None:
            result["series_index"] = series.index
        return result
    if name in ("series_index", "word_count", "chapter_count"):
        try:
            number = float(value)
        except ValueError:
            raise UsageError(f"{name} must be a number, not {value!r}") from None
        return {name: number if name == "series_index" else int(number)}
    if name == "extra":
        raise UsageError("set extra fields by their own label")
    return {name: value}
