"""Numbers as books print them, for the templates, the OPF and the cover alike.

Kept apart from :mod:`fic2epub.render` so that drawing a cover (in a child process of its
own, see :mod:`fic2epub.background`) does not load Jinja for one number.
"""

from __future__ import annotations


def format_number(value: float | int) -> str:
    """A series index: ``2`` for 2.0, ``2.5`` for 2.5."""
    return str(int(value)) if float(value).is_integer() else f"{value:g}"
