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


def checks_of(path: Path, found: list[str]) -> tuple[int, int]:
    """(checks, failed checks) for one story with problems ``found``: one per expected value.

    A wrong chapter count fails every chapter check, and wrong note labels every check of
    those notes, since nothing under them can be compared.
    """
    expected = corpus._expectation(path)
    total = failed = 0
    for key, want in expected.get("metadata", {}).items():
        count = len(want) if key == "extra" else 1
        total += count
        failed += min(count, sum(p.startswith((f"{key}:", "extra[")) for p in found))
    for where in ("front_notes", "back_notes"):
        notes = expected.get(where, [])
        count = 1 + sum(len(note) - 1 for note in notes)
        total += count
        prefix = where.replace("_notes", " note")
        if any(p.startswith(f"{prefix} labels") for p in found):
            failed += count
        else:
            failed += sum(p.startswith(prefix) for p in found)
    chapters = expected.get("chapters", [])
    count = 1 + sum(
        sum(len(v) if isinstance(v, list) and k in _LISTED else 1 for k, v in chapter.items())
        for chapter in chapters
    )
    total += count
    if any(" chapters [" in p for p in found) or any(p.startswith("not read") for p in found):
        failed += count
    else:
        failed += sum(p.startswith("chapter ") for p in found)
    return total, min(failed, total)


_LISTED = ("contains", "absent", "emphasised")


def main(folders: list[str]) -> None:
    """Print the problems per story, the share read as expected and the share of checks."""
    for folder in folders or ["tests/heldout2"]:
        paths = sorted((ROOT / folder).glob("*.txt"))
        clean = checks = failed = 0
        for path in paths:
            found = problems_of(path)
            clean += not found
            for problem in found:
                print(f"{path.name}: {problem[:200]}")
            total, wrong = checks_of(path, found)
            checks += total
            failed += wrong
        print(f"{folder}: {clean} of {len(paths)} stories read as expected")
        passed = checks - failed
        print(f"{folder}: {passed} of {checks} checks pass ({passed / checks:.1%})")


if __name__ == "__main__":
    main(sys.argv[1:])
