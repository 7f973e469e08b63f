"""warm_up: the sample book a one-story conversion renders while it waits for its story runs
every template, and leaves the story's book exactly as it would have been."""

from __future__ import annotations

import subprocess
import sys
import warnings
import zipfile
from io import BytesIO
from pathlib import Path

import pytest

from cli_helpers import subprocess_env
from conftest import EpubCheckQueue
from fic2epub import pipeline
from fic2epub.options import OutputFormat, WriteOptions
from fic2epub.writers.warm_up import sample_story, warm_up

ROOT = Path(__file__).resolve().parents[1]


def test_the_sample_book_is_a_valid_epub_showing_every_kind_of_section(
    checked_epubs: EpubCheckQueue,
) -> None:
    options = WriteOptions(no_cover=True, source_date_epoch=0)
    data = pipeline.render_book(pipeline.build_book([sample_story()], options), options)
    checked_epubs.save(data, "warm-up-sample.epub")
    with zipfile.ZipFile(BytesIO(data)) as book:
        text = "".join(
            book.read(name).decode("utf-8") for name in book.namelist() if name.endswith("xhtml")
        )
    # The parts the templates show only when a story has them: a part and its epigraph,
    # notes of each place, emphasis, a scene break, an end marker, the header's fields.
    for shown in ("Part One", "Epigraph.", "A note.", "<em>", "<strong>", "The End", "Prompt"):
        assert shown in text


@pytest.mark.parametrize("output_format", ["epub", "kepub", "html"])
def test_the_sample_book_renders_in_every_format(output_format: OutputFormat) -> None:
    options = WriteOptions(format=output_format, no_cover=True)
    assert pipeline.render_book(pipeline.build_book([sample_story()], options), options)


def test_a_warm_up_that_fails_says_nothing(tmp_path: Path) -> None:
    # A stylesheet that is not there: the story's book reports it, not the warm-up.
    options = WriteOptions(css=(tmp_path / "missing.css",))
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        warm_up(options)


_RENDER = """
import sys
from pathlib import Path
from fic2epub import pipeline
from fic2epub.options import ReadOptions, WriteOptions
from fic2epub.writers.warm_up import warm_up
write = WriteOptions(no_cover=True, source_date_epoch=0, notes=sys.argv[2])
if sys.argv[3] == "warm":
    warm_up(write)
story = pipeline.read_story(Path(sys.argv[1]), ReadOptions())
sys.stdout.buffer.write(pipeline.render_book(pipeline.build_book([story], write), write))
"""


@pytest.mark.parametrize("notes", ["auto", "back"])
def test_a_book_written_after_the_warm_up_is_the_same(notes: str) -> None:
    # Each in a fresh process: in this one, the writer has long been warm.
    story = ROOT / "tests" / "corpus" / "12-ao3-txt-download.txt"
    books = [
        subprocess.run(
            [sys.executable, "-c", _RENDER, str(story), notes, mode],
            capture_output=True,
            env=subprocess_env(),
            check=True,
        ).stdout
        for mode in ("cold", "warm")
    ]
    assert books[0] and books[0] == books[1]
