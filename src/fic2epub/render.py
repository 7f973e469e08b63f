"""Render blocks as lxml elements and templates through one Jinja environment, for every writer."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from contextlib import suppress
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

import jinja2
import jinja2.bccache
from lxml import etree
from markupsafe import Markup

from fic2epub.errors import UsageError
from fic2epub.model import (
    Block,
    Emph,
    EndMarker,
    Inline,
    LineBreak,
    Paragraph,
    SceneBreak,
    Strong,
    Text,
)
from fic2epub.resources import template_search_path

Method = Literal["xml", "html"]
"""How fragments are serialised: XHTML for EPUB documents, HTML5 for the single-file book."""

# Characters XML 1.0 forbids (C0 controls other than tab, newline, carriage return; surrogates;
# U+FFFE and U+FFFF). lxml refuses them, so they are dropped before anything is built.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")

# CSS is inlined into a <style> element, where only "</style" could end it early.
_STYLE_END = re.compile(r"</(?=style)", re.IGNORECASE)


def clean_text(text: str) -> str:
    """``text`` without the characters XML cannot hold."""
    return _NOT_XML.sub("", text)


# --- blocks -> lxml -------------------------------------------------------------------------


def render_blocks(blocks: Iterable[Block]) -> list[etree._Element]:
    """One element per block: ``<p>``, ``<hr class="scene-break"/>`` or an end marker."""
    return [render_block(block) for block in blocks]


def render_block(block: Block) -> etree._Element:
    """The element for one block (elements carry no namespace; the document supplies it)."""
    if isinstance(block, Paragraph):
        paragraph = etree.Element("p")
        if block.align == "center":
            paragraph.set("class", "center")
        _append_inlines(paragraph, block.content)
        return paragraph
    if isinstance(block, SceneBreak):
        return etree.Element("hr", {"class": "scene-break"})
    if isinstance(block, EndMarker):
        marker = etree.Element("p", {"class": "end-marker"})
        marker.text = clean_text(block.text)
        return marker
    raise TypeError(f"not a block: {block!r}")


def _append_inlines(parent: etree._Element, inlines: Sequence[Inline]) -> None:
    """Append ``inlines`` to ``parent`` as text, ``<em>``, ``<strong>`` and ``<br/>``."""
    for inline in inlines:
        if isinstance(inline, Text):
            _append_text(parent, clean_text(inline.text))
        elif isinstance(inline, Emph):
            _append_inlines(etree.SubElement(parent, "em"), inline.children)
        elif isinstance(inline, Strong):
            _append_inlines(etree.SubElement(parent, "strong"), inline.children)
        elif isinstance(inline, LineBreak):
            etree.SubElement(parent, "br")
        else:
            raise TypeError(f"not an inline: {inline!r}")


def _append_text(parent: etree._Element, text: str) -> None:
    """Add ``text`` after the last child of ``parent`` (its tail) or as its text."""
    # Not len(parent): lxml counts children one by one, which made a paragraph with many
    # emphasis spans quadratic; parent[-1] reaches the last child directly.
    try:
        last = parent[-1]
    except IndexError:
        parent.text = (parent.text or "") + text
    else:
        last.tail = (last.tail or "") + text


def blocks_markup(blocks: Iterable[Block], method: Method) -> Markup:
    """``blocks`` serialised for a template: XHTML (``<br/>``) or HTML5 (``<br>``)."""
    return Markup(
        "\n".join(
            etree.tostring(element, encoding="unicode", method=method)
            for element in render_blocks(blocks)
        )
    )


# --- Jinja ----------------------------------------------------------------------------------


@lru_cache(maxsize=8)
def make_environment(templates: Path | None = None) -> jinja2.Environment:
    """The Jinja environment: ``templates`` overrides bundled files one by one.

    Autoescaping is on and undefined names are errors, so a hostile title cannot become markup
    and a misspelt variable cannot silently print nothing. One environment serves every book
    with the same templates directory, so each template compiles once per process (compiling
    was most of the time a small book took).
    """
    search_path = [str(directory) for directory in template_search_path(templates)]
    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(search_path),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        finalize=_finalize,
        auto_reload=False,
        bytecode_cache=_bytecode_cache(),
    )
    environment.filters.update(
        paragraphs=paragraphs,
        number=format_number,
        thousands=format_thousands,
        names=join_names,
        web_url=is_web_url,
    )
    return environment


class _QuietBytecodeCache(jinja2.FileSystemBytecodeCache):
    """Jinja's on-disk cache of compiled templates, which a cache it cannot use never fails.

    Compiling the templates took a quarter of a small book's time in every new process; the
    cache keeps the compiled code between runs, keyed by each template's source, so an edited
    or user-supplied template compiles afresh. A cache file it cannot read or write is a
    cache miss, not an error.
    """

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        with suppress(OSError, EOFError, ValueError):
            super().load_bytecode(bucket)

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        with suppress(OSError):
            super().dump_bytecode(bucket)


def _bytecode_cache() -> jinja2.BytecodeCache | None:
    """The compiled-template cache in Jinja's private per-user temporary directory, if any."""
    try:
        return _QuietBytecodeCache()
    except (OSError, RuntimeError):  # no usable temporary directory: compile every time
        return None


def _finalize(value: Any) -> Any:
    """Drop XML-forbidden characters from every plain string a template prints."""
    if isinstance(value, str) and not isinstance(value, Markup):
        return clean_text(value)
    return value


def render_template(environment: jinja2.Environment, name: str, **context: Any) -> str:
    """Render template ``name``; a broken or missing template is a :class:`UsageError`."""
    try:
        return environment.get_template(name).render(**context)
    except jinja2.TemplateNotFound as error:
        raise UsageError(f"template not found: {error.name}") from error
    except jinja2.TemplateSyntaxError as error:
        where = error.filename or error.name or name
        message = f"template error at line {error.lineno}: {error.message}"
        raise UsageError(message, source=where) from error
    except jinja2.TemplateError as error:
        raise UsageError(f"template error: {error.message}", source=name) from error


def style_markup(css: str) -> Markup:
    """Stylesheet text made safe to inline in ``<style>`` (``</style`` cannot end it early)."""
    # "<\/" is an escaped slash to CSS, so rules keep their meaning.
    return Markup(_STYLE_END.sub("<\\\\/", clean_text(css)))


# --- filters --------------------------------------------------------------------------------


def paragraphs(text: str) -> list[list[str]]:
    """Split text into paragraphs (at blank lines), each a list of its lines."""
    result: list[list[str]] = []
    current: list[str] = []
    for line in text.splitlines():
        stripped = line.strip()
        if stripped:
            current.append(stripped)
        elif current:
            result.append(current)
            current = []
    if current:
        result.append(current)
    return result


def format_number(value: float | int) -> str:
    """A series index: ``2`` for 2.0, ``2.5`` for 2.5."""
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def format_thousands(value: int) -> str:
    """A count with thousands separators: ``12,345``."""
    return f"{value:,}"


def join_names(names: Sequence[str]) -> str:
    """``A``, ``A and B``, ``A, B and C``."""
    if len(names) <= 1:
        return "".join(names)
    return f"{', '.join(names[:-1])} and {names[-1]}"


def is_web_url(value: str) -> bool:
    """Whether ``value`` is an http(s) address that can safely become a link."""
    return re.fullmatch(r"https?://[^\s<>\"']+", value.strip()) is not None
