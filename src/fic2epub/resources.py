"""Find templates and the stylesheet: the user's directory, the installed package, the checkout."""

from __future__ import annotations

from pathlib import Path

from fic2epub.errors import UsageError

TEMPLATES_DIRNAME = "templates"
STYLESHEET = "fic2epub.css"


def bundled_templates_dir() -> Path:
    """The directory holding the templates that ship with fic2epub.

    A wheel carries them inside the package (hatch ``force-include``); an editable install or a
    plain checkout only has the top-level ``templates/`` next to ``src/``.
    """
    package_dir = Path(__file__).resolve().parent
    candidates = (
        package_dir / TEMPLATES_DIRNAME,
        package_dir.parent.parent / TEMPLATES_DIRNAME,
    )
    for candidate in candidates:
        if (candidate / STYLESHEET).is_file():
            return candidate
    raise UsageError("fic2epub is installed without its templates; reinstall it")


def template_search_path(override: Path | None) -> tuple[Path, ...]:
    """Directories to look in, first match wins: ``override`` (when given), then the bundle."""
    bundled = bundled_templates_dir()
    if override is None:
        return (bundled,)
    if not override.is_dir():
        raise UsageError("the templates directory does not exist", source=str(override))
    return (override, bundled)


def find_resource(name: str, override: Path | None) -> Path:
    """The path of resource ``name``: the override directory's copy if it has one."""
    for directory in template_search_path(override):
        candidate = directory / name
        if candidate.is_file():
            return candidate
    raise UsageError(f"no resource named {name!r} among the templates")


def read_text(path: Path) -> str:
    """Read a UTF-8 text resource (a stylesheet); :class:`UsageError` if it cannot be read."""
    try:
        return path.read_text(encoding="utf-8-sig")
    except OSError as error:
        raise UsageError(f"cannot read: {error.strerror or error}", source=str(path)) from error
    except UnicodeDecodeError as error:
        raise UsageError("not UTF-8 text", source=str(path)) from error
