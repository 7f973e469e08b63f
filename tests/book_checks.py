"""Structural checks of written books: well-formed, agreeing manifest, nav and spine, no script.

``check_epub`` and ``check_html`` raise AssertionError naming the first problem; they are cheap
enough (no Java) to run on every book a property test writes.
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import unquote, urlsplit

from lxml import etree, html

NS = {
    "container": "urn:oasis:names:tc:opendocument:xmlns:container",
    "opf": "http://www.idpf.org/2007/opf",
    "dc": "http://purl.org/dc/elements/1.1/",
    "x": "http://www.w3.org/1999/xhtml",
    "ncx": "http://www.daisy.org/z3986/2005/ncx/",
}
XHTML = "application/xhtml+xml"

# Elements that run code or pull in other documents; none belongs in a book made from text.
ACTIVE_ELEMENTS = frozenset({"script", "iframe", "object", "embed", "frame", "frameset", "applet"})
# Attributes whose value is a URL a reader system might follow.
URL_ATTRIBUTES = frozenset({"href", "src", "action", "formaction", "xlink:href", "data"})
_SCHEME = re.compile(r"^\s*([a-z][a-z0-9+.-]*):", re.IGNORECASE)
SAFE_SCHEMES = frozenset({"http", "https", "mailto"})

# A strict parser: no recovery, so a member that is not well-formed fails loudly.
_XML_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)


def parse_xml(data: bytes, name: str) -> etree._Element:
    """``data`` parsed as XML, or an AssertionError naming ``name`` and the parser's complaint."""
    try:
        return etree.fromstring(data, parser=_XML_PARSER)
    except etree.XMLSyntaxError as error:
        raise AssertionError(f"{name} is not well-formed XML: {error}") from None


def xp(node: etree._Element, path: str) -> list[Any]:
    """``node.xpath(path)`` with the EPUB namespace prefixes, as a list."""
    result = node.xpath(path, namespaces=NS)
    assert isinstance(result, list), path
    return result


def text_of(element: etree._Element) -> str:
    """All the text inside ``element``, exactly as it is (no whitespace folding)."""
    return "".join(str(text) for text in element.itertext())


def local_name(element: etree._Element) -> str:
    """The element's tag without its namespace."""
    return etree.QName(element).localname


def assert_inert(root: etree._Element, name: str) -> None:
    """No script element, no event-handler attribute, no ``javascript:`` (or other) URL."""
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue  # comments and processing instructions
        tag = local_name(element).lower()
        assert tag not in ACTIVE_ELEMENTS, f"{name}: <{tag}> element"
        for attribute, value in element.attrib.items():
            attribute, value = str(attribute), str(value)
            short = etree.QName(attribute).localname.lower()
            assert not short.startswith("on"), f"{name}: event handler {short}={value!r}"
            if short in URL_ATTRIBUTES or attribute.endswith("}href"):
                scheme = _SCHEME.match(value)
                assert scheme is None or scheme.group(1).lower() in SAFE_SCHEMES, (
                    f"{name}: {short}={value!r}"
                )


def ids_of(root: etree._Element) -> set[str]:
    """Every ``id`` attribute value in a document."""
    return {str(value) for value in xp(root, "//@id")}


@dataclass
class EpubReport:
    """What ``check_epub`` found, for tests that want to look further."""

    members: dict[str, bytes]
    opf_path: str
    manifest: dict[str, str]
    """Manifest item id -> member path in the zip."""
    spine: list[str]
    """Member paths in reading order."""
    documents: dict[str, etree._Element] = field(default_factory=dict)
    """Every XHTML member, parsed, by member path."""


def check_epub(data: bytes) -> EpubReport:
    """Assert that ``data`` is a consistent EPUB; returns what was read.

    Every XML member parses strictly; the manifest names only members that exist and every
    member but the fixed ones is in the manifest; spine, nav and NCX point only at manifest
    items and, with a fragment, at an element that exists; no document can run code.
    """
    archive = zipfile.ZipFile(io.BytesIO(data))
    infos = archive.infolist()
    assert infos and infos[0].filename == "mimetype", "mimetype is not the first member"
    assert infos[0].compress_type == zipfile.ZIP_STORED, "mimetype is compressed"
    members = {info.filename: archive.read(info) for info in infos}
    assert members["mimetype"] == b"application/epub+zip"
    assert len(members) == len(infos), "duplicate zip member names"
    container = parse_xml(members["META-INF/container.xml"], "container.xml")
    [opf_path] = [str(p) for p in xp(container, "//container:rootfile/@full-path")]
    opf = parse_xml(members[opf_path], opf_path)
    base = posixpath.dirname(opf_path)

    manifest: dict[str, str] = {}
    media: dict[str, str] = {}
    properties: dict[str, str] = {}
    for item in xp(opf, "//opf:manifest/opf:item"):
        item_id, href = item.get("id"), item.get("href")
        assert item_id and href, f"manifest item without id or href: {etree.tostring(item)!r}"
        assert item_id not in manifest, f"duplicate manifest id {item_id}"
        path = posixpath.normpath(posixpath.join(base, unquote(href)))
        assert path in members, f"manifest item {item_id} names missing member {path}"
        manifest[item_id] = path
        media[item_id] = item.get("media-type", "")
        properties[item_id] = item.get("properties", "")
    unlisted = set(members) - set(manifest.values()) - {"mimetype", opf_path}
    unlisted = {name for name in unlisted if not name.startswith("META-INF/")}
    assert not unlisted, f"members missing from the manifest: {sorted(unlisted)}"

    spine_element = opf.find("opf:spine", NS)
    assert spine_element is not None, "no spine"
    idrefs = [str(i) for i in xp(spine_element, "opf:itemref/@idref")]
    assert idrefs, "empty spine"
    for idref in idrefs:
        assert idref in manifest, f"spine itemref {idref} is not in the manifest"
        assert media[idref] == XHTML, f"spine item {idref} is {media[idref]}"
    toc = spine_element.get("toc")
    assert toc is None or toc in manifest, f"spine toc {toc} is not in the manifest"

    report = EpubReport(members, opf_path, manifest, [manifest[i] for i in idrefs])
    for item_id, path in manifest.items():
        if media[item_id] == XHTML:
            root = parse_xml(members[path], path)
            assert_inert(root, path)
            report.documents[path] = root
        elif media[item_id].endswith("xml"):
            parse_xml(members[path], path)
    targets = set(manifest.values())

    navs = [manifest[i] for i, props in properties.items() if "nav" in props.split()]
    assert len(navs) == 1, f"{len(navs)} navigation documents"
    nav = report.documents[navs[0]]
    links = [str(h) for h in xp(nav, "//x:nav//x:a/@href")]
    assert links, "the navigation document links nowhere"
    _check_links(report, navs[0], links, targets)
    for path, root in report.documents.items():
        hrefs = [str(h) for h in xp(root, "//x:a/@href")]
        _check_links(report, path, [h for h in hrefs if not _SCHEME.match(h)], targets)

    if toc is not None:
        ncx_path = manifest[toc]
        ncx = parse_xml(members[ncx_path], ncx_path)
        sources = [str(s) for s in xp(ncx, "//ncx:content/@src")]
        assert sources, "the NCX links nowhere"
        _check_links(report, ncx_path, sources, targets)
        orders = [int(o) for o in xp(ncx, "//ncx:navPoint/@playOrder")]
        assert orders == list(range(1, len(orders) + 1)), f"NCX playOrder {orders}"
    return report


def _check_links(report: EpubReport, where: str, links: Iterable[str], targets: set[str]) -> None:
    """Each relative link from member ``where`` reaches a manifest item (and its fragment)."""
    for link in links:
        parts = urlsplit(link)
        assert not parts.scheme and not parts.netloc, f"{where}: external link {link!r}"
        path = where
        if parts.path:
            path = posixpath.normpath(posixpath.join(posixpath.dirname(where), unquote(parts.path)))
        assert path in targets, f"{where}: link {link!r} leaves the manifest"
        if parts.fragment:
            document = report.documents.get(path)
            assert document is not None, f"{where}: fragment link {link!r} into a non-document"
            assert parts.fragment in ids_of(document), f"{where}: no element for {link!r}"


def check_html(data: bytes) -> html.HtmlElement:
    """Assert that ``data`` is a UTF-8 HTML5 book that runs no code and whose links all land."""
    text = data.decode("utf-8")
    assert text.startswith("<!DOCTYPE html>"), text[:40]
    root = html.document_fromstring(data, parser=html.HTMLParser(encoding="utf-8", huge_tree=True))
    assert_inert(root, "book.html")
    ids = ids_of(root)
    for link in (str(h) for h in xp(root, "//a/@href")):
        if link.startswith("#"):
            assert unquote(link[1:]) in ids, f"book.html: no element for {link!r}"
        else:
            scheme = _SCHEME.match(link)
            assert scheme is not None and scheme.group(1).lower() in SAFE_SCHEMES, link
    return root


def raw_markup_problems(data: bytes) -> list[str]:
    """Tell-tale byte patterns that only unescaped markup would produce."""
    lowered = data.lower()
    return [
        pattern.decode() for pattern in (b"<script", b"<iframe", b"<object") if pattern in lowered
    ]


def strings(value: object) -> Iterator[str]:
    """Every string (keys included) in plain JSON data, such as ``story_to_dict``'s."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield key
            yield from strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from strings(item)
