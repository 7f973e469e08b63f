"""The parts of an EPUB that ebooklib gets wrong by default: XHTML bytes, NCX and zip entries."""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import IO, TYPE_CHECKING

from lxml import etree

from fic2epub.assemble import TocEntry
from fic2epub.errors import UsageError
from fic2epub.lazy_re import lazy
from fic2epub.model import BookMetadata
from fic2epub.render import clean_text

if TYPE_CHECKING:
    from _typeshed import SizedBuffer

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
NCX_NS = "http://www.daisy.org/z3986/2005/ncx/"
_NCX_DOCTYPE = (
    '<!DOCTYPE ncx PUBLIC "-//NISO//DTD ncx 2005-1//EN" '
    '"http://www.daisy.org/z3986/2005/ncx-2005-1.dtd">'
)
# Zip times cannot go before 1980 or after 2107.
_ZIP_EARLIEST = datetime(1980, 1, 1, tzinfo=UTC)
_ZIP_LATEST = datetime(2107, 12, 31, 23, 59, 58, tzinfo=UTC)


def parse_modified(value: str) -> datetime:
    """``dcterms:modified`` (``YYYY-MM-DDThh:mm:ssZ``) as an aware UTC datetime."""
    # Read as strptime("%Y-%m-%dT%H:%M:%SZ") reads the form assemble writes, but strptime's
    # first use in a process imports _strptime and builds its locale's patterns (about 2 ms
    # of a conversion), where fromisoformat is plain C. The form is checked first, so that
    # fromisoformat's other forms (week dates, offsets, fractions) are refused.
    if not _MODIFIED.fullmatch(value):
        raise ValueError(f"not a dcterms:modified time (YYYY-MM-DDThh:mm:ssZ): {value!r}")
    return datetime.fromisoformat(value[:-1]).replace(tzinfo=UTC)


_MODIFIED = lazy(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", re.ASCII)


Transform = Callable[[etree._Element], None]
"""Changes a parsed XHTML document in place before it is serialised (Kobo's spans, say)."""


def xhtml_document(
    text: str,
    *,
    lang: str,
    name: str,
    transform: Transform | None = None,
    set_aside: Sequence[str] = (),
) -> bytes:
    """Re-serialise a rendered XHTML document: XML declaration with encoding, HTML doctype.

    Parsing also proves the document well-formed: a broken override template is reported by
    name instead of producing a book readers reject. ``lang`` and ``xml:lang`` are set on the
    root if the template left them out; ``transform``, when given, then changes the tree.

    ``set_aside`` is the blocks' markup that ``text`` holds as numbered ``BLOCKS_MARK``
    marks (see :meth:`~fic2epub.writers.common.BookRenderer.blocks_set_aside`); each mark is
    replaced by its markup once the rest is serialised. That markup is already what lxml
    serialises (``block_markup`` writes it so), and a serialised tree is its nodes'
    serialisations one after another, so the bytes are those of parsing and serialising the
    whole document; the story's text, nearly all of it, is spared both.
    """
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)
    try:
        root = etree.fromstring(text.encode("utf-8"), parser)
    except etree.XMLSyntaxError as error:
        raise UsageError(f"the template made malformed XHTML: {error}", source=name) from error
    for attribute in ("lang", XML_LANG):
        if root.get(attribute) is None:
            root.set(attribute, lang)
    if transform is not None:
        transform(root)
    serialised = etree.tostring(
        root.getroottree(),
        xml_declaration=True,
        encoding="utf-8",
        doctype="<!DOCTYPE html>",
    )
    return _put_back(serialised, set_aside) if set_aside else serialised


# The marks BookRenderer.blocks prints for markup set aside (BLOCKS_MARK), serialised.
_MARK = re.compile(rb"<\?fic2epub-blocks (\d+)\?>")


def _put_back(serialised: bytes, set_aside: Sequence[str]) -> bytes:
    """``serialised`` with each mark replaced by the markup set aside under its number."""
    pieces = _MARK.split(serialised)
    # split gives text, number, text, number, ..., text: the numbers at the odd places.
    numbers = [int(number) for number in pieces[1::2]]
    if sorted(numbers) != list(range(len(set_aside))):
        raise ValueError(f"markup set aside {len(set_aside)} times, marked at {numbers}")
    for place, number in zip(range(1, len(pieces), 2), numbers, strict=True):
        pieces[place] = set_aside[number].encode("utf-8")
    return b"".join(pieces)


def ncx_document(metadata: BookMetadata, toc: Sequence[TocEntry], href_of: dict[str, str]) -> bytes:
    """The EPUB 2 NCX (Kindle still reads it), with ``playOrder`` numbered in reading order.

    ``href_of`` maps section ids to file names.
    """
    # Parsed rather than built: lxml's type stubs do not allow the default (None) namespace.
    root = etree.fromstring(f'<ncx xmlns="{NCX_NS}" version="2005-1"/>'.encode())
    root.set(XML_LANG, metadata.language)
    head = etree.SubElement(root, f"{{{NCX_NS}}}head")
    depth = 2 if any(entry.children for entry in toc) else 1
    for name, content in (
        ("dtb:uid", metadata.identifier),
        ("dtb:depth", str(depth)),
        ("dtb:totalPageCount", "0"),
        ("dtb:maxPageNumber", "0"),
    ):
        etree.SubElement(head, f"{{{NCX_NS}}}meta", name=name, content=content)
    _text_child(root, "docTitle", metadata.title)
    for author in metadata.authors:
        _text_child(root, "docAuthor", author)
    nav_map = etree.SubElement(root, f"{{{NCX_NS}}}navMap")
    order = 0

    def add(parent: etree._Element, entries: Sequence[TocEntry]) -> None:
        nonlocal order
        for entry in entries:
            order += 1
            point = etree.SubElement(
                parent,
                f"{{{NCX_NS}}}navPoint",
                id=f"np-{entry.fragment or entry.section_id}",
                playOrder=str(order),
            )
            _text_child(point, "navLabel", entry.title)
            src = href_of[entry.section_id]
            if entry.fragment:
                src = f"{src}#{entry.fragment}"
            etree.SubElement(point, f"{{{NCX_NS}}}content", src=src)
            add(point, entry.children)

    add(nav_map, toc)
    return etree.tostring(
        root.getroottree(),
        xml_declaration=True,
        encoding="utf-8",
        pretty_print=True,
        doctype=_NCX_DOCTYPE,
    )


def _text_child(parent: etree._Element, tag: str, text: str) -> None:
    """Append ``<tag><text>text</text></tag>`` in the NCX namespace."""
    wrapper = etree.SubElement(parent, f"{{{NCX_NS}}}{tag}")
    etree.SubElement(wrapper, f"{{{NCX_NS}}}text").text = clean_text(text)


class FixedTimeZipFile(zipfile.ZipFile):
    """A zip archive whose every entry gets the same time, permissions and origin.

    ``ZipFile.writestr`` with a name stamps the current local time on the entry; EPUBs built
    from the same book must be byte-identical wherever and whenever they are built.
    """

    def __init__(self, file: IO[bytes], *, moment: datetime) -> None:
        # Deflate's fastest level: a fifth the time of the default level for books about a
        # fifth larger, which readers and e-reader transfers do not notice.
        super().__init__(file, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1)
        clamped = min(max(moment.astimezone(UTC), _ZIP_EARLIEST), _ZIP_LATEST)
        self._date_time = (
            clamped.year,
            clamped.month,
            clamped.day,
            clamped.hour,
            clamped.minute,
            clamped.second,
        )

    def writestr(
        self,
        zinfo_or_arcname: str | zipfile.ZipInfo,
        data: SizedBuffer | str,
        compress_type: int | None = None,
        compresslevel: int | None = None,
    ) -> None:
        """Write an entry named ``zinfo_or_arcname`` with the archive's fixed time."""
        if isinstance(zinfo_or_arcname, zipfile.ZipInfo):
            info = zinfo_or_arcname
            info.date_time = self._date_time
        else:
            info = zipfile.ZipInfo(zinfo_or_arcname, date_time=self._date_time)
            info.compress_type = self.compression if compress_type is None else compress_type
        # The "made by" system and Unix permissions would otherwise follow the host.
        info.create_system = 3
        info.external_attr = 0o100644 << 16
        # An entry given as a ZipInfo keeps its own level unless told: pass the archive's.
        level = self.compresslevel if compresslevel is None else compresslevel
        super().writestr(info, data, compress_type=compress_type, compresslevel=level)
