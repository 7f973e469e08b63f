"""Helpers for the command-line tests: run fic2epub in this process or as a real one."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner, Result

import fic2epub
from fic2epub.cli_app import app
from fic2epub.model import (
    Chapter,
    Emph,
    EndMarker,
    Field,
    Metadata,
    Note,
    Paragraph,
    Part,
    SceneBreak,
    Story,
    Text,
)

runner = CliRunner()

# An original story in the common "Key: value" header style, with notes, chapters, a scene
# break and an end marker.
LANTERN_STORY = """\
Title: The Lantern at Gull Point
Author: Wren Calloway
Fandom: Lighthouse Keepers
Rating: T
Summary: The lamp goes out on the longest night of the year, and Ada has to climb.

A/N: My first story for this fandom. Be gentle with me!

Chapter 1: The Dark

Ada took the stairs two at a time. The wind was *screaming* at the glass, and somewhere \
below her the storm door banged open and shut like a drum nobody had asked for.

"Brann!" she called. Nobody answered. The lamp room above was black as a closed eye.

* * *

She found the wick trimmed to nothing and the oil can empty on its side. Someone had \
meant this, she thought, and the thought made her hands very steady.

Chapter 2: The Light

By the time the first ship rounded the point, the lantern was burning again, and Ada \
sat on the gallery with her back to the warm glass and her boots full of rain.

Brann came up at dawn with two mugs of tea and did not ask. She loved him a little for that.

The End

A/N: Thanks for reading! Comments make my day.
"""


def subprocess_env() -> dict[str, str]:
    """The environment for a subprocess that imports this very copy of fic2epub."""
    env = dict(os.environ)
    package_root = str(Path(fic2epub.__file__).resolve().parents[1])
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [package_root, env.get("PYTHONPATH")]))
    env["PYTHONIOENCODING"] = "utf-8"
    return env


def run_cli(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """Run ``python -m fic2epub ARGS`` as a real process."""
    return subprocess.run(
        [sys.executable, "-m", "fic2epub", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=cwd,
        env=subprocess_env(),
        check=False,
    )


def invoke(*args: str) -> Result:
    """Run the typer application in this process."""
    return runner.invoke(app, list(args))


def story_file(tmp_path: Path, name: str = "lantern.txt", text: str = LANTERN_STORY) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def one_line(stderr: str) -> str:
    """The single line of an error report; fails if there is not exactly one."""
    lines = stderr.splitlines()
    assert len(lines) == 1, stderr
    return lines[0]


def hand_built_story() -> Story:
    """A small story built by hand, for tests that replace the reader."""
    chapter = Chapter(
        title="Chapter 1: The Dark",
        number=1,
        blocks=(
            Paragraph(content=(Text(text="Ada "), Emph(children=(Text(text="ran"),)))),
            SceneBreak(marker="* * *"),
            Paragraph(content=(Text(text="Then she stopped."),)),
            EndMarker(text="tbc"),
        ),
        notes_after=(
            Note(
                label="AN1",
                blocks=(
                    Paragraph(
                        content=(Text(text="one two three four five six seven eight nine ten"),)
                    ),
                    Paragraph(content=(Text(text="bye"),)),
                ),
                origin="chapter-end",
            ),
        ),
    )
    return Story(
        metadata=Metadata(
            title='Tom & Jerry: "Quotes" <3',
            authors=("Wren Calloway", "M. Ashdown"),
            fandoms=("Lighthouse Keepers",),
            summary="Line one.\n\nLine two.",
            word_count=6,
            extra=(Field(label="Prompt", value="a lamp"),),
        ),
        front_notes=(
            Note(
                label="A/N",
                blocks=(Paragraph(content=(Text(text="Be gentle."),)),),
                origin="before-story",
            ),
        ),
        parts=(Part(title=None, chapters=(chapter, Chapter(title=None, number=2, blocks=()))),),
        source="lantern.txt",
    )
