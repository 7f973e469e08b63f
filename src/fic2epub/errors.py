"""The errors fic2epub reports: one line for the user, an exit code for the shell."""

from __future__ import annotations


class Fic2EpubError(Exception):
    """A failure the user can act on; ``str()`` is the one-line message."""

    exit_code = 1

    def __init__(self, message: str, *, source: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.source = source

    def __str__(self) -> str:
        return f"{self.source}: {self.message}" if self.source else self.message


class InputError(Fic2EpubError):
    """The input cannot be read or holds no story (exit code 1)."""


class OutputError(Fic2EpubError):
    """The output cannot be written (exit code 1)."""


class UsageError(Fic2EpubError):
    """The command line or an override file is wrong (exit code 2)."""

    exit_code = 2
