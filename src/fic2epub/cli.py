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
    if argv is not None:  # a caller's process goes on after the command: its collector is its own
        _run(args)
        return
    from fic2epub.collector import exit_at_once, freeze_for_exit, paused

    # This process ends with the command, and nearly everything it makes (modules, the story,
    # the book) lives until then: the cycle collector would walk it all again and again for
    # nothing, a tenth of converting a short story. It is held off from before the imports,
    # and what is left is frozen before the exit, so that no collection runs at all; nor is
    # it all freed piece by piece once the command is done (exit_at_once).
    try:
        with paused():
            from fic2epub import code_bundle

            # The command's own modules load from one file from here on (see code_bundle).
            code_bundle.install()
            from fic2epub import early_read

            try:
                # Before typer loads: a plain one-story conversion's story is read meanwhile.
                early_read.begin(args)
                _run(args)
            finally:
                early_read.finish()
                freeze_for_exit()
    except SystemExit as done:
        exit_at_once(done.code)
        raise


def _run(args: list[str]) -> None:
    """Run the typer application on ``args``; it exits through :class:`SystemExit`."""
    from fic2epub.cli_app import application

    application(args)(args=args, prog_name="fic2epub")


def __getattr__(name: str) -> object:
    """Give ``fic2epub.cli.app`` (the typer application) without importing it up front."""
    if name == "app":
        from fic2epub.cli_app import app

        return app
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
