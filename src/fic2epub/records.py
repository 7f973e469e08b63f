"""Immutable records that are cheap to make: frozen for the type checker, plain at run time."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypeVar, dataclass_transform

_Record = TypeVar("_Record")


@dataclass_transform(frozen_default=True, kw_only_default=True)
def frozen_record(cls: type[_Record]) -> type[_Record]:
    """A slotted, keyword-only dataclass that the type checker holds frozen and run time does not.

    A frozen dataclass's ``__init__`` sets each field through ``object.__setattr__``: about six
    times as slow as a plain one's. The reader makes a chunk per paragraph and replaces chunks
    thousands of times a story, and the model a paragraph and its text runs per paragraph, so
    for the records made that often it was a tenth of reading a long story. mypy, run strict on
    every change, rejects any assignment to a field of these classes, so they stay immutable in
    this code all the same; ``unsafe_hash`` hashes them from their fields, as a frozen dataclass
    is hashed, and ``dataclasses.replace`` works on them as on any dataclass.
    """
    return dataclass(slots=True, kw_only=True, unsafe_hash=True)(cls)
