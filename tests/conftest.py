"""Shared fixtures: every EPUB a test saves through ``checked_epubs`` is run through EPUBCheck."""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from epubcheck_util import check_epubs, format_issues, java_available

# Hypothesis profiles. "fast" (the default) gives every run the same examples, so CI is
# reproducible; "thorough" (pytest --hypothesis-profile=thorough) tries ten times as many, fresh
# each run. Property tests scale their own example counts by max_examples / 100.
_QUIET = [HealthCheck.too_slow]
settings.register_profile(
    "fast", max_examples=100, derandomize=True, deadline=None, suppress_health_check=_QUIET
)
settings.register_profile(
    "thorough", max_examples=1000, deadline=None, suppress_health_check=_QUIET
)
settings.load_profile("fast")


@pytest.fixture(scope="session", autouse=True)
def _private_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Keep fic2epub's compiled-pattern cache (and every child process's) out of the home folder."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("FIC2EPUB_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))
        yield


class EpubCheckQueue:
    """EPUBs saved during the session, validated together (one Java start) when it ends."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.clean: list[Path] = []
        self.broken: list[Path] = []

    def save(self, data: bytes, name: str, *, broken: bool = False) -> Path:
        """Save ``data`` as ``name``: it must pass EPUBCheck at the end (or fail, if ``broken``)."""
        path = self.directory / name
        if path.exists():
            raise ValueError(f"two tests saved an EPUB named {name}")
        path.write_bytes(data)
        (self.broken if broken else self.clean).append(path)
        return path


@pytest.fixture(scope="session")
def checked_epubs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EpubCheckQueue]:
    """Save EPUBs here: a session-end check fails the run if any has a FATAL, ERROR or WARNING."""
    queue = EpubCheckQueue(tmp_path_factory.mktemp("epubcheck"))
    yield queue
    paths = queue.clean + queue.broken
    if not paths:
        return
    if not java_available():
        warnings.warn("java is not installed: EPUBCheck did not run", stacklevel=1)
        return
    results = check_epubs(paths)
    problems = format_issues({path: results[path] for path in queue.clean})
    unflagged = [path.name for path in queue.broken if not results[path]]
    if problems or unflagged:
        message = f"EPUBCheck found problems in {len(queue.clean)} checked EPUBs:\n{problems}"
        if unflagged:
            message += f"\nEPUBCheck passed deliberately broken EPUBs: {unflagged}"
        pytest.fail(message, pytrace=False)


def pytest_addoption(parser: pytest.Parser) -> None:
    """``--update-golden`` rewrites the golden files instead of comparing against them."""
    parser.addoption(
        "--update-golden",
        action="store_true",
        default=False,
        help="rewrite tests/golden from the current output (review the diff before committing)",
    )


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    """Whether this run rewrites golden files."""
    return bool(request.config.getoption("--update-golden"))
