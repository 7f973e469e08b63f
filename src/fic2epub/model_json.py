"""The story model as JSON (schema ``fic2epub.story/1``), both ways, for ``inspect --json``.

Encoding and decoding walk the model's dataclass fields and type hints, so a field added to
:mod:`fic2epub.model` appears in the JSON without touching this module. Inline content and
blocks carry a ``"type"`` tag; everything else is an object keyed by field name, in field order.
"""

from __future__ import annotations

import dataclasses
import functools
import json
import math
import types
import typing
from collections.abc import Callable, Mapping
from typing import Literal, TypeAlias, Union

from fic2epub import model
from fic2epub.model import Story

SCHEMA = "fic2epub.story/1"
"""The value of the top-level ``"schema"`` key; bumped when a change breaks old readers."""

JSONValue: TypeAlias = str | int | float | bool | list["JSONValue"] | dict[str, "JSONValue"] | None

# The tag of every inline and block kind; tests check that every member of model.Inline and
# model.Block has one, so a new kind cannot be forgotten.
TAGS: dict[type, str] = {
    model.Text: "text",
    model.Emph: "emph",
    model.Strong: "strong",
    model.LineBreak: "linebreak",
    model.Paragraph: "paragraph",
    model.SceneBreak: "scene_break",
    model.EndMarker: "end_marker",
}
_BY_TAG: dict[str, type] = {tag: cls for cls, tag in TAGS.items()}


class ModelJSONError(ValueError):
    """The JSON does not describe a story; the message names where it goes wrong."""


# --- encoding -------------------------------------------------------------------------------


def _encode(value: object) -> JSONValue:
    """Turn one model value (dataclass, tuple or scalar) into plain JSON data."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        out: dict[str, JSONValue] = {}
        tag = TAGS.get(type(value))
        if tag is not None:
            out["type"] = tag
        for f in dataclasses.fields(value):
            out[f.name] = _encode(getattr(value, f.name))
        return out
    if isinstance(value, tuple):
        return [_encode(item) for item in value]
    if isinstance(value, float) and not math.isfinite(value):
        # JSON has no NaN or infinity; such a series index means nothing anyway.
        return None
    if value is None or isinstance(value, str | int | float):
        return value
    raise TypeError(f"cannot encode {type(value).__name__} as JSON")


def story_to_dict(story: Story) -> dict[str, JSONValue]:
    """The story as JSON-ready data, with ``"schema"`` as the first key."""
    body = _encode(story)
    assert isinstance(body, dict)
    return {"schema": SCHEMA, **body}


def dumps(story: Story) -> str:
    """The story as indented JSON text (UTF-8 characters kept, keys in model field order)."""
    return json.dumps(story_to_dict(story), indent=2, ensure_ascii=False, allow_nan=False)


# --- decoding -------------------------------------------------------------------------------


def _type_name(value: object) -> str:
    """A JSON-ish name for a value's type, for messages."""
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list):
        return "a list"
    if value is None:
        return "null"
    return type(value).__name__


@functools.cache
def _hints(cls: type) -> dict[str, object]:
    """The resolved type hints of a model dataclass (resolving them is slow; they never change)."""
    return typing.get_type_hints(cls)


def _decode_dataclass(cls: type, data: object, where: str) -> object:
    """Build dataclass ``cls`` from a JSON object, checking every key."""
    if not isinstance(data, dict):
        raise ModelJSONError(f"{where}: expected an object, found {_type_name(data)}")
    hints = _hints(cls)
    known = {f.name for f in dataclasses.fields(cls)}
    tagged = cls in TAGS
    for key in data:
        if key not in known and not (tagged and key == "type"):
            raise ModelJSONError(f"{where}: unknown key {key!r}")
    kwargs: dict[str, object] = {}
    for f in dataclasses.fields(cls):
        if f.name in data:
            kwargs[f.name] = _decode(hints[f.name], data[f.name], f"{where}.{f.name}")
        elif f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
            raise ModelJSONError(f"{where}: missing key {f.name!r}")
    constructor: Callable[..., object] = cls
    return constructor(**kwargs)


def _decode_tagged(options: tuple[type, ...], data: object, where: str) -> object:
    """Decode one of several tagged kinds, chosen by the object's ``"type"``."""
    if not isinstance(data, dict):
        raise ModelJSONError(f"{where}: expected an object, found {_type_name(data)}")
    tag = data.get("type")
    cls = _BY_TAG.get(tag) if isinstance(tag, str) else None
    if cls is None or cls not in options:
        allowed = ", ".join(TAGS[option] for option in options)
        raise ModelJSONError(f"{where}: type {tag!r} is not one of {allowed}")
    return _decode_dataclass(cls, data, where)


def _decode(tp: object, data: object, where: str) -> object:
    """Decode JSON data as a value of type ``tp`` (a model type hint)."""
    origin = typing.get_origin(tp)
    if origin in (Union, types.UnionType):
        args = typing.get_args(tp)
        if data is None and type(None) in args:
            return None
        rest = tuple(arg for arg in args if arg is not type(None))
        if all(arg in TAGS for arg in rest):
            return _decode_tagged(rest, data, where)
        if len(rest) == 1:
            return _decode(rest[0], data, where)
        raise TypeError(f"unsupported union {tp!r}")
    if origin is tuple:
        if not isinstance(data, list):
            raise ModelJSONError(f"{where}: expected a list, found {_type_name(data)}")
        item_type = typing.get_args(tp)[0]
        return tuple(_decode(item_type, item, f"{where}[{i}]") for i, item in enumerate(data))
    if origin is Literal:
        if data not in typing.get_args(tp):
            allowed = ", ".join(repr(arg) for arg in typing.get_args(tp))
            raise ModelJSONError(f"{where}: {data!r} is not one of {allowed}")
        return data
    if tp is str:
        if not isinstance(data, str):
            raise ModelJSONError(f"{where}: expected a string, found {_type_name(data)}")
        return data
    if tp is int:
        if isinstance(data, bool) or not isinstance(data, int):
            raise ModelJSONError(f"{where}: expected an integer, found {_type_name(data)}")
        return data
    if tp is float:
        if isinstance(data, bool) or not isinstance(data, int | float):
            raise ModelJSONError(f"{where}: expected a number, found {_type_name(data)}")
        return float(data)
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        if tp in TAGS:
            return _decode_tagged((tp,), data, where)
        return _decode_dataclass(tp, data, where)
    raise TypeError(f"unsupported type {tp!r}")


def story_from_dict(data: Mapping[str, object]) -> Story:
    """Rebuild a story from :func:`story_to_dict` data; raises :class:`ModelJSONError`."""
    schema = data.get("schema")
    if schema != SCHEMA:
        raise ModelJSONError(f"schema: expected {SCHEMA!r}, found {schema!r}")
    body = {key: value for key, value in data.items() if key != "schema"}
    story = _decode_dataclass(Story, body, "story")
    assert isinstance(story, Story)
    return story


def loads(text: str) -> Story:
    """Rebuild a story from :func:`dumps` text; raises :class:`ModelJSONError`."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ModelJSONError(f"not JSON: {exc}") from None
    if not isinstance(data, dict):
        raise ModelJSONError(f"story: expected an object, found {_type_name(data)}")
    return story_from_dict(data)
