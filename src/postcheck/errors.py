"""Numbered, one-line errors. Each names the problem and the file (and line) it is about.

Codes: PC-E1xx inputs and archives, PC-E2xx packs, PC-E3xx config, PC-E4xx store.
The CLI prints ``str(error)`` and exits 2; it never shows a traceback for these.
"""

from __future__ import annotations


class PostcheckError(Exception):
    """Base class: ``str()`` is the complete one-line message, code first."""

    code = "PC-E000"

    def __init__(self, message: str, *, file: str | None = None, line: int | None = None):
        self.message = message
        self.file = file
        self.line = line
        where = ""
        if file:
            where = f" ({file}{':' + str(line) if line else ''})"
        super().__init__(f"{self.code} {message}{where}")


class InputError(PostcheckError):
    """Text or a file that cannot be checked (empty, not UTF-8, missing, too large)."""

    code = "PC-E101"


class ArchiveError(PostcheckError):
    """An archive that cannot be read safely at all."""

    code = "PC-E110"


class PackError(PostcheckError):
    """A standards pack file that is malformed; always carries file and line."""

    code = "PC-E201"


class ConfigError(PostcheckError):
    """A config file or option that is malformed or holds an unknown value."""

    code = "PC-E301"


class StoreError(PostcheckError):
    """The review store cannot be opened or written."""

    code = "PC-E401"
