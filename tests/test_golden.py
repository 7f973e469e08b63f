"""Golden outputs per example: the model JSON, every EPUB member pretty-printed, the HTML.

``pytest --update-golden`` rewrites ``tests/golden/``; review the change as a diff before
committing it. A failure shows the first lines that differ.
"""

from __future__ import annotations

import difflib
import hashlib
import io
import zipfile
from dataclasses import replace
from pathlib import Path

import pytest
from lxml import etree
from PIL import Image

from fic2epub.model_json import dumps
from fic2epub.options import ReadOptions, WriteOptions
from fic2epub.pipeline import build_book, read_story, render_book

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = ROOT / "tests" / "golden"
EXAMPLES = sorted((ROOT / "examples").glob("*.txt"))
_XML_SUFFIXES = (".xhtml", ".opf", ".ncx", ".xml")


def _pretty(data: bytes) -> str:
    """XML re-indented so a change reads as a small diff (mixed content keeps its text)."""
    parser = etree.XMLParser(remove_blank_text=True, resolve_entities=False)
    root = etree.fromstring(data, parser)
    return etree.tostring(root, pretty_print=True, encoding="unicode")


def _epub_members(data: bytes) -> dict[str, str]:
    """Each member as text: XML pretty-printed, CSS as is, anything else as size and digest."""
    members: dict[str, str] = {}
    listing: list[str] = []
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for info in archive.infolist():
            body = archive.read(info)
            listing.append(f"{info.filename} {info.date_time} {info.compress_type}")
            if info.filename.endswith(_XML_SUFFIXES):
                members[info.filename] = _pretty(body)
            elif info.filename.endswith((".css", "mimetype")):
                members[info.filename] = body.decode("utf-8")
            elif info.filename.endswith((".jpg", ".jpeg", ".png")):
                # JPEG bytes vary with the Pillow and libjpeg builds; the picture's kind and
                # size do not.
                with Image.open(io.BytesIO(body)) as image:
                    members[info.filename + ".txt"] = f"{image.format} {image.size} {image.mode}\n"
            else:
                digest = hashlib.sha256(body).hexdigest()
                members[info.filename + ".sha256"] = f"{len(body)} bytes sha256 {digest}\n"
    members["zip-listing.txt"] = "\n".join(listing) + "\n"
    return members


def _outputs(story_path: Path, checked_epubs: object) -> dict[str, str]:
    story = read_story(story_path, ReadOptions(fallback_title="Untitled"))
    # The source path is the checkout's; golden files hold it relative to the checkout.
    story = replace(story, source=story_path.relative_to(ROOT).as_posix())
    outputs = {"model.json": dumps(story)}
    epub_options = WriteOptions(format="epub")
    epub = render_book(build_book([story], epub_options), epub_options)
    checked_epubs.save(epub, f"golden-{story_path.stem}.epub")  # type: ignore[attr-defined]
    outputs.update({f"epub/{name}": text for name, text in _epub_members(epub).items()})
    html_options = WriteOptions(format="html")
    html = render_book(build_book([story], html_options), html_options)
    outputs["book.html"] = html.decode("utf-8")
    return outputs


@pytest.mark.parametrize("story_path", EXAMPLES, ids=lambda p: p.stem)
def test_golden(story_path: Path, checked_epubs: object, update_golden: bool) -> None:
    directory = GOLDEN / story_path.stem
    outputs = _outputs(story_path, checked_epubs)
    if update_golden:
        for old in sorted(directory.rglob("*"), reverse=True) if directory.exists() else []:
            if old.is_file():
                old.unlink()
        for name, text in outputs.items():
            target = directory / name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
        return
    stored = {
        str(path.relative_to(directory)): path.read_text(encoding="utf-8")
        for path in directory.rglob("*")
        if path.is_file()
    }
    assert sorted(stored) == sorted(outputs), "the set of output files changed"
    for name, text in outputs.items():
        if text != stored[name]:
            diff = difflib.unified_diff(
                stored[name].splitlines(), text.splitlines(), f"golden/{name}", "now", lineterm=""
            )
            pytest.fail("\n".join(list(diff)[:40]), pytrace=False)
