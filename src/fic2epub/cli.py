"""The ``fic2epub`` command's entry point, light enough that ``--version`` starts at once.

The typer application lives in :mod:`fic2epub.cli_app`; it is imported only when a command
actually runs, because typer alone costs more start-up time than ``--version`` should.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> None:
    """Run the command line on ``argv`` (default: the process arguments) and exit."""
    args = list(sys.argv[1:] if argv is None else argv)
    if args == ["--version"]:
        from fic2epub import __version__

        sys.stdout.write(f"fic2epub {__version__}\n")
        raise SystemExit(0)
    from fic2epub.cli_app import app

    try:
        app(args=args, prog_name="fic2epub")
    finally:
        if argv is None:  # this process ends with the command; a caller's process does not
            from fic2epub.collector import freeze_for_exit

            freeze_for_exit()


def __getattr__(name: str) -> object:
    """Give ``fic2epub.cli.app`` (the typer application) without importing it up front."""
    if name == "app":
        from fic2epub.cli_app import app

        return app
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
