"""The module bundle: fic2epub's compiled modules served from one file, never stale code."""

from __future__ import annotations

import compileall
import marshal
import os
import py_compile
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from fic2epub import code_bundle

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "toyrules"


@pytest.fixture
def toy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A small package of two modules and a subpackage, compiled, importable from its folder;
    forgotten again (modules and finders) after the test."""
    root = tmp_path / "site"
    sub = root / PACKAGE / "sub"
    sub.mkdir(parents=True)
    (root / PACKAGE / "__init__.py").write_text('"""A toy package."""\n')
    (root / PACKAGE / "first.py").write_text("VALUE = 'first, as compiled'\n")
    (sub / "__init__.py").write_text("")
    (sub / "second.py").write_text("from toyrules.first import VALUE\nSEEN = VALUE.upper()\n")
    (root / PACKAGE / "notes").mkdir()
    (root / PACKAGE / "notes" / "stray.py").write_text("raise SystemExit('not a module')\n")
    assert compileall.compile_dir(root, quiet=1)
    monkeypatch.syspath_prepend(str(root))
    monkeypatch.setattr(sys, "meta_path", list(sys.meta_path))
    yield root
    for name in [name for name in sys.modules if name.split(".")[0] == PACKAGE]:
        del sys.modules[name]


def _bundle(root: Path, path: Path) -> code_bundle._Bundle:
    """The toy package's bundle written to ``path``, read back and put before the finders."""
    code_bundle.write(path, str(root), PACKAGE, unless={})
    bundle = code_bundle._Bundle(str(root), PACKAGE)
    assert code_bundle._load(bundle, path)
    sys.meta_path.insert(0, code_bundle._BundleFinder(bundle))
    return bundle


def _forget() -> None:
    for name in [name for name in sys.modules if name.split(".")[0] == PACKAGE]:
        del sys.modules[name]


def _rewrite(source: Path, text: str) -> None:
    """Change a source file as an editor would: new text, and a later modification time."""
    before = source.stat().st_mtime
    source.write_text(text)
    os.utime(source, (before + 10, before + 10))


def test_the_bundle_holds_each_module_with_up_to_date_bytecode(toy: Path, tmp_path: Path) -> None:
    entries, _ = code_bundle.collect(str(toy), PACKAGE)
    assert set(entries) == {PACKAGE, f"{PACKAGE}.first", f"{PACKAGE}.sub", f"{PACKAGE}.sub.second"}
    assert entries[f"{PACKAGE}.sub"][:2] == (str(Path(PACKAGE, "sub", "__init__.py")), True)
    assert entries[f"{PACKAGE}.first"][1] is False


def test_modules_are_served_from_the_bundle_as_the_files_would_give_them(
    toy: Path, tmp_path: Path
) -> None:
    bundle = _bundle(toy, tmp_path / "bundle.bin")
    from toyrules.sub import second

    assert second.SEEN == "FIRST, AS COMPILED"
    assert type(second.__spec__.loader).__name__ == "_BundledLoader"
    assert second.__file__ == str(toy / PACKAGE / "sub" / "second.py")
    assert sys.modules[f"{PACKAGE}.sub"].__path__ == [str(toy / PACKAGE / "sub")]
    assert second.__spec__.loader.get_source(second.__name__).startswith("from toyrules")
    assert not bundle.stale


def test_a_changed_source_is_imported_as_usual_and_marks_the_bundle_stale(
    toy: Path, tmp_path: Path
) -> None:
    bundle = _bundle(toy, tmp_path / "bundle.bin")
    _rewrite(toy / PACKAGE / "first.py", "VALUE = 'first, as edited since'\n")
    from toyrules import first

    assert first.VALUE == "first, as edited since"
    assert type(first.__spec__.loader).__name__ != "_BundledLoader"
    assert bundle.stale


def test_a_module_added_since_is_imported_as_usual_and_marks_the_bundle_stale(
    toy: Path, tmp_path: Path
) -> None:
    bundle = _bundle(toy, tmp_path / "bundle.bin")
    (toy / PACKAGE / "third.py").write_text("ADDED = True\n")
    from toyrules import third

    assert third.ADDED
    assert bundle.stale


def test_damaged_code_is_read_from_the_files_and_the_bundle_trusted_no_more(
    toy: Path, tmp_path: Path
) -> None:
    path = tmp_path / "bundle.bin"
    code_bundle.write(path, str(toy), PACKAGE, unless={})
    data = bytearray(path.read_bytes())
    data[-8:] = b"\xff" * 8  # the end of the last module's code
    path.write_bytes(bytes(data))
    bundle = code_bundle._Bundle(str(toy), PACKAGE)
    assert code_bundle._load(bundle, path)
    sys.meta_path.insert(0, code_bundle._BundleFinder(bundle))
    from toyrules.sub import second

    assert second.SEEN == "FIRST, AS COMPILED"
    assert bundle.stale
    assert bundle.entries == {}


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(lambda data: data[: len(data) // 2], id="truncated"),
        pytest.param(lambda data: b"not a bundle at all", id="garbage"),
        pytest.param(lambda data: b"", id="empty"),
    ],
)
def test_an_unreadable_file_is_not_used(toy: Path, tmp_path: Path, damage: object) -> None:
    path = tmp_path / "bundle.bin"
    code_bundle.write(path, str(toy), PACKAGE, unless={})
    path.write_bytes(damage(path.read_bytes()))  # type: ignore[operator]
    assert not code_bundle._load(code_bundle._Bundle(str(toy), PACKAGE), path)


def test_a_bundle_for_another_interpreter_or_folder_is_not_used(toy: Path, tmp_path: Path) -> None:
    path = tmp_path / "bundle.bin"
    code_bundle.write(path, str(toy), PACKAGE, unless={})
    assert not code_bundle._load(code_bundle._Bundle(str(tmp_path), PACKAGE), path)
    data = path.read_bytes()
    length = int.from_bytes(data[:8], "little")
    _, root, entries = marshal.loads(data[8 : 8 + length])
    header = marshal.dumps((("another Python", b"", 0), root, entries))
    path.write_bytes(len(header).to_bytes(8, "little") + header + data[8 + length :])
    assert not code_bundle._load(code_bundle._Bundle(str(toy), PACKAGE), path)


def test_bytecode_checked_by_hash_or_out_of_date_is_left_out(toy: Path) -> None:
    first = toy / PACKAGE / "first.py"
    py_compile.compile(
        str(first), invalidation_mode=py_compile.PycInvalidationMode.CHECKED_HASH, quiet=1
    )
    _rewrite(toy / PACKAGE / "sub" / "second.py", "SEEN = 'no bytecode for this yet'\n")
    entries, _ = code_bundle.collect(str(toy), PACKAGE)
    assert set(entries) == {PACKAGE, f"{PACKAGE}.sub"}


def test_nothing_is_written_when_it_would_hold_the_same_modules(toy: Path, tmp_path: Path) -> None:
    path = tmp_path / "bundle.bin"
    entries, _ = code_bundle.collect(str(toy), PACKAGE)
    code_bundle.write(path, str(toy), PACKAGE, unless=entries)
    assert not path.exists()


def test_a_folder_that_cannot_be_written_is_no_error(toy: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("a file where the cache folder would be")
    code_bundle.write(blocker / "cache" / "bundle.bin", str(toy), PACKAGE, unless={})
    assert sorted(path.name for path in tmp_path.iterdir()) == ["file", "site"]


def test_a_command_writes_the_bundle_and_the_next_one_loads_from_it(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    env = {**os.environ, "FIC2EPUB_CACHE_DIR": str(cache)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    story = ROOT / "examples" / "the-stopped-watch.txt"
    command = [sys.executable, "-m", "fic2epub", "convert", str(story)]
    subprocess.run([*command, "-o", str(tmp_path / "a.epub")], env=env, check=True)
    bundles = list(cache.glob("modules-*.bin"))
    assert len(bundles) == 1
    subprocess.run([*command, "-o", str(tmp_path / "b.epub")], env=env, check=True)
    assert (tmp_path / "a.epub").read_bytes() == (tmp_path / "b.epub").read_bytes()
    served = subprocess.run(
        [
            sys.executable,
            "-c",
            "from fic2epub import code_bundle; code_bundle.install(); "
            "import fic2epub.normalise.headings as m; "
            "print(type(m.__spec__.loader).__name__, m.__file__)",
        ],
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout.split()
    import fic2epub.normalise.headings as headings

    assert served == ["_BundledLoader", headings.__file__]


def test_an_empty_setting_turns_the_bundle_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FIC2EPUB_CACHE_DIR", "")
    assert code_bundle.bundle_file() is None
