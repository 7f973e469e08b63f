"""Render blocks as markup and templates through one Jinja environment, for every writer."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from contextlib import suppress
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

import jinja2
import jinja2.bccache
from markupsafe import Markup

from fic2epub.errors import UsageError
from fic2epub.formatting import format_number
from fic2epub.lazy_re import lazy
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
# U+FFFE and U+FFFF). lxml refuses them, so they are dropped before anything is built. Both
# patterns are lazy, so that their compiled form comes from the regex cache (this one is used
# by every book, the next only by HTML books).
_NOT_XML = lazy("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")

# CSS is inlined into a <style> element, where only "</style" could end it early.
_STYLE_END = lazy(r"</(?=style)", re.IGNORECASE)


def clean_text(text: str) -> str:
    """``text`` without the characters XML cannot hold."""
    # Every character XML forbids is unprintable to Python (a control, a surrogate or a
    # noncharacter), so a printable text, as nearly every paragraph is, holds none of them:
    # isprintable answers that at memory speed, far below a call of the pattern.
    if text.isprintable():
        return text
    return _NOT_XML.sub("", text)


# --- blocks -> markup -----------------------------------------------------------------------


def blocks_markup(blocks: Iterable[Block], method: Method) -> Markup:
    """``blocks`` serialised for a template: XHTML (``<br/>``) or HTML5 (``<br>``)."""
    return Markup("\n".join([block_markup(block, method) for block in blocks]))


def block_markup(block: Block, method: Method = "xml") -> str:
    """One block as markup: ``<p>``, ``<hr class="scene-break"/>`` or an end marker.

    The markup is written out directly, exactly as lxml would serialise the same elements
    as parsed (the tests hold it to that); building lxml elements and serialising them took
    a tenth of writing a long book. Elements carry no namespace: the document supplies it.
    """
    if isinstance(block, Paragraph):
        start = '<p class="center">' if block.align == "center" else "<p>"
        content = block.content
        if len(content) == 1 and type(content[0]) is Text:
            # Most paragraphs are one run of text: written at once, as _element would.
            return _text_element(start, "p", content[0].text, method)
        return _element(start, "p", content, method)
    if isinstance(block, SceneBreak):
        return '<hr class="scene-break"/>' if method == "xml" else '<hr class="scene-break">'
    if isinstance(block, EndMarker):
        return _text_element('<p class="end-marker">', "p", block.text, method)
    raise TypeError(f"not a block: {block!r}")


def _inlines_markup(inlines: Sequence[Inline], method: Method) -> str:
    """``inlines`` as text, ``<em>``, ``<strong>`` and ``<br/>``."""
    parts: list[str] = []
    for inline in inlines:
        if isinstance(inline, Text):
            parts.append(_escape(clean_text(inline.text)))
        elif isinstance(inline, Emph):
            parts.append(_element("<em>", "em", inline.children, method))
        elif isinstance(inline, Strong):
            parts.append(_element("<strong>", "strong", inline.children, method))
        elif isinstance(inline, LineBreak):
            parts.append("<br/>" if method == "xml" else "<br>")
        else:
            raise TypeError(f"not an inline: {inline!r}")
    return "".join(parts)


def _element(start: str, name: str, content: Sequence[Inline], method: Method) -> str:
    """An element from its start tag and inlines; XML closes one that holds nothing in its
    start tag.

    Nothing is what its inlines print: none at all, or only empty texts. An empty text gives
    an element built in lxml a text node, which it writes as ``<p></p>``, but the element
    parsed from that holds no text, and an EPUB's documents are parsed before they are
    serialised: the markup is what lxml writes of the element as parsed.
    """
    inner = _inlines_markup(content, method)
    if not inner and method == "xml":
        return f"{start[:-1]}/>"
    return f"{start}{inner}</{name}>"


def _text_element(start: str, name: str, text: str, method: Method) -> str:
    """``_element(start, name, (Text(text=text),), method)``, without building the run."""
    inner = _escape(clean_text(text))
    if not inner and method == "xml":
        return f"{start[:-1]}/>"
    return f"{start}{inner}</{name}>"


def _escape(text: str) -> str:
    """Text escaped as lxml escapes a text node: ``&``, ``<`` and ``>``, and CR kept as CR."""
    if "&" in text:
        text = text.replace("&", "&amp;")
    if "<" in text:
        text = text.replace("<", "&lt;")
    if ">" in text:
        text = text.replace(">", "&gt;")
    if "\r" in text:
        text = text.replace("\r", "&#13;")
    return text


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
