"""The compiled-pattern cache: same patterns as ``re.compile``, from disk on the next run."""

from __future__ import annotations

import marshal
import os
import re
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from fic2epub import regex_cache

PATTERNS = [
    (r"(?P<word>chapter|ch\.)\s+(?P<number>\d{1,4})", re.IGNORECASE),
    (r"^\s*(?:a/n|author'?s?\s+notes?)\s*:", re.IGNORECASE | re.MULTILINE),
    (r"(?i:the\s+end)|fin|\bTBC\b", 0),
    (r"[\w'’]+(?=\s)|[«»„“”]", 0),
    (r"(?s)<!--.*?-->", 0),
    (r"Глава\s+(\d+)", re.IGNORECASE),
]


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A fresh cache folder, and this process's cache state as if it had just started."""
    monkeypatch.setenv("FIC2EPUB_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(regex_cache, "_entries", None)
    monkeypatch.setattr(regex_cache, "_used", set())
    monkeypatch.setattr(regex_cache, "_new", {})
    yield tmp_path


def _restart(monkeypatch: pytest.MonkeyPatch) -> None:
    """Forget what this process read or compiled, as a new process would."""
    monkeypatch.setattr(regex_cache, "_entries", None)
    monkeypatch.setattr(regex_cache, "_used", set())
    monkeypatch.setattr(regex_cache, "_new", {})


def _refuse_compiling(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(pattern: str, flags: int = 0) -> re.Pattern[str]:
        raise AssertionError(f"compiled {pattern!r} instead of reading it from the cache")

    monkeypatch.setattr(re, "compile", refuse)


def _saved_cache(pattern: str, flags: int) -> Path:
    """Compile ``pattern`` through the cache and save it; the cache file's path."""
    regex_cache.compile(pattern, flags)
    regex_cache.save()
    path = regex_cache.cache_file()
    assert path is not None
    return path


def test_the_next_run_reads_equal_patterns_from_the_cache(
    cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = [re.compile(pattern, flags) for pattern, flags in PATTERNS]
    first = [regex_cache.compile(pattern, flags) for pattern, flags in PATTERNS]
    assert first == expected
    regex_cache.save()
    path = regex_cache.cache_file()
    assert path is not None
    assert path.parent == cache_dir
    assert path.is_file()

    _restart(monkeypatch)
    _refuse_compiling(monkeypatch)
    again = [regex_cache.compile(pattern, flags) for pattern, flags in PATTERNS]
    # Equal patterns have the same source, flags and engine code; they also behave alike.
    assert again == expected
    assert [p.groupindex for p in again] == [p.groupindex for p in expected]
    sample = "Chapter 12 — A/N: fin. Глава 3 «Да» the end <!-- x\ny -->"
    assert [p.findall(sample) for p in again] == [p.findall(sample) for p in expected]


def test_nothing_new_means_nothing_written(cache_dir: Path) -> None:
    regex_cache.save()
    assert list(cache_dir.iterdir()) == []


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(lambda data: data[: len(data) // 2], id="truncated"),
        pytest.param(lambda data: b"not a cache at all", id="garbage"),
        pytest.param(lambda data: b"", id="empty"),
    ],
)
def test_an_unreadable_cache_means_compiling_as_usual(
    cache_dir: Path, monkeypatch: pytest.MonkeyPatch, damage: Callable[[bytes], bytes]
) -> None:
    pattern, flags = PATTERNS[0]
    path = _saved_cache(pattern, flags)
    path.write_bytes(damage(path.read_bytes()))
    _restart(monkeypatch)
    assert regex_cache.compile(pattern, flags) == re.compile(pattern, flags)


def test_an_entry_the_engine_refuses_is_compiled_again(
    cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pattern, flags = PATTERNS[1]
    path = _saved_cache(pattern, flags)
    writer, entries = marshal.loads(path.read_bytes())
    final_flags, code, groups, groupindex, indexgroup = entries[(pattern, flags)]
    entries[(pattern, flags)] = (
        final_flags,
        code[: len(code) // 2],
        groups,
        groupindex,
        indexgroup,
    )
    path.write_bytes(marshal.dumps((writer, entries)))

    _restart(monkeypatch)
    assert regex_cache.compile(pattern, flags) == re.compile(pattern, flags)


def test_a_cache_from_another_interpreter_is_not_used(
    cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pattern, flags = PATTERNS[2]
    path = _saved_cache(pattern, flags)
    _, entries = marshal.loads(path.read_bytes())
    path.write_bytes(marshal.dumps((("another Python", 0, 0), entries)))

    _restart(monkeypatch)
    compiled: list[str] = []
    real_compile = re.compile

    def counting(source: str, given: int = 0) -> re.Pattern[str]:
        compiled.append(source)
        return real_compile(source, given)

    monkeypatch.setattr(re, "compile", counting)
    assert regex_cache.compile(pattern, flags) == real_compile(pattern, flags)
    assert compiled == [pattern]


def test_an_empty_setting_turns_the_cache_off(
    cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FIC2EPUB_CACHE_DIR", "")
    assert regex_cache.cache_file() is None
    pattern, flags = PATTERNS[3]
    assert regex_cache.compile(pattern, flags) == re.compile(pattern, flags)
    regex_cache.save()
    assert list(cache_dir.iterdir()) == []


def test_a_folder_that_cannot_be_written_is_no_error(
    cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = cache_dir / "file"
    blocker.write_text("a file where the cache folder would be")
    monkeypatch.setenv("FIC2EPUB_CACHE_DIR", str(blocker / "cache"))
    pattern, flags = PATTERNS[4]
    assert regex_cache.compile(pattern, flags) == re.compile(pattern, flags)
    regex_cache.save()
    assert sorted(path.name for path in cache_dir.iterdir()) == ["file"]


def test_a_crowded_cache_keeps_only_what_the_run_used(
    cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(regex_cache, "_MOST_ENTRIES", 3)
    for pattern, flags in PATTERNS[:4]:
        regex_cache.compile(pattern, flags)
    regex_cache.save()
    _restart(monkeypatch)
    regex_cache.compile(*PATTERNS[0])
    regex_cache.compile(*PATTERNS[5])  # new, so the cache is saved again
    regex_cache.save()
    path = regex_cache.cache_file()
    assert path is not None
    _, entries = marshal.loads(path.read_bytes())
    assert set(entries) == {PATTERNS[0], PATTERNS[5]}


def test_entries_another_process_stored_meanwhile_are_kept(
    cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    regex_cache.compile(*PATTERNS[0])  # this process has read the (empty) cache by now
    _restart(monkeypatch)
    other = _saved_cache(*PATTERNS[1])  # another process of the same command, meanwhile
    _restart(monkeypatch)
    regex_cache.compile(*PATTERNS[0])
    monkeypatch.setattr(regex_cache, "_entries", {})  # as read before the other one saved
    regex_cache.save()
    _, entries = marshal.loads(other.read_bytes())
    assert set(entries) == {PATTERNS[0], PATTERNS[1]}


@pytest.mark.skipif(sys.platform != "linux", reason="the story is read in a child on Linux only")
def test_a_conversion_keeps_the_patterns_its_reading_child_compiled(tmp_path: Path) -> None:
    story = Path(__file__).resolve().parent.parent / "examples" / "the-stopped-watch.txt"

    def cached_after(code: str, cache: Path) -> set[tuple[str, int]]:
        env = {**os.environ, "FIC2EPUB_CACHE_DIR": str(cache)}
        subprocess.run([sys.executable, "-c", code], env=env, check=True, capture_output=True)
        _, entries = marshal.loads(next(cache.glob("regex-*.marshal")).read_bytes())
        return set(entries)

    # Reading the story in one process compiles every pattern reading it needs...
    read_alone = cached_after(
        "from pathlib import Path; from fic2epub.options import ReadOptions; "
        f"from fic2epub.pipeline import read_story; read_story(Path({str(story)!r}), "
        "ReadOptions())",
        tmp_path / "alone",
    )
    # ...and the command, which reads it in a child, keeps them all too.
    converted = cached_after(
        "from fic2epub.cli import main; import sys; "
        f"sys.argv = ['fic2epub', 'convert', {str(story)!r}, '-o', "
        f"{str(tmp_path / 'book.epub')!r}]; main()",
        tmp_path / "command",
    )
    assert read_alone
    assert read_alone <= converted
