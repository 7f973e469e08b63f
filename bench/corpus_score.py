"""Score the reader on a folder of stories with expected models: how many read as expected.

``python bench/corpus_score.py tests/heldout2`` prints each story's problems and a summary.
It is a measurement, not a test: ``tests/heldout2`` was written without sight of the reader
as a check on formats it was not tuned for, and not every story there reads right yet.
The comparison is the one ``tests/test_corpus.py`` makes.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

import test_corpus as corpus  # noqa: E402  (the checks live with the corpus tests)
from fic2epub.errors import Fic2EpubError  # noqa: E402
from fic2epub.options import ReadOptions  # noqa: E402
from fic2epub.readers import read_path  # noqa: E402


def problems_of(path: Path) -> list[str]:
    """What differs between the story as read and its expected model."""
    expected = corpus._expectation(path)
    try:
        story = read_path(path, ReadOptions(fallback_title="Untitled"))
    except Fic2EpubError as error:
        return [f"not read: {error}"]
    found = corpus._check_metadata(story.metadata, expected.get("metadata", {}))
    found += corpus._check_notes(story.front_notes, expected.get("front_notes", []), "front note")
    found += corpus._check_notes(story.back_notes, expected.get("back_notes", []), "back note")
    return found + corpus._check_chapters(story, expected.get("chapters", []))


def main(folders: list[str]) -> None:
    """Print the problems per story and the share of stories read as expected."""
    for folder in folders or ["tests/heldout2"]:
        paths = sorted((ROOT / folder).glob("*.txt"))
        clean = 0
        for path in paths:
            found = problems_of(path)
            clean += not found
            for problem in found:
                print(f"{path.name}: {problem[:200]}")
        print(f"{folder}: {clean} of {len(paths)} stories read as expected")


if __name__ == "__main__":
    main(sys.argv[1:])
