"""Every exception a user can meet, in one place.

Each carries a ``code`` (and parameters) that ``core.text`` words in the user's
language; none of them is ever shown as a traceback.  The module imports nothing
heavy: the reader child process uses it too.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any


class ReadError(Exception):
    """A file that cannot be read, with a code the caller words (``texts.read_error``)."""

    def __init__(
        self, code: str, path: Path | str, *, sheet: str | None = None, detail: str = "", **params: Any
    ) -> None:
        super().__init__(f"{code}: {path}: {detail}")
        self.code = code
        self.path = Path(path)
        self.sheet = sheet
        self.detail = detail
        self.params = params


class ReadCancelled(Exception):
    """The user cancelled a read."""


class ImportFailure(Exception):
    """The options do not fit the file (a sheet or header row that is not there)."""

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code, params)
        self.code = code
        self.params = params


class EditRefused(ValueError):
    """An edit that is not a valid value; ``code`` and ``params`` say why."""

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code, params)
        self.code = code
        self.params = params


class ThresholdError(ValueError):
    """A threshold written in a way that cannot be read."""


class ProjectError(Exception):
    """A project that cannot be opened or saved; ``code`` and ``params`` say why."""

    def __init__(self, code: str, path: Path | str, **params: Any) -> None:
        super().__init__(f"{code}: {path}" + (f" ({params})" if params else ""))
        self.code = code
        self.path = Path(path)
        self.params = params


class SnapshotError(ValueError):
    """The database does not hold a complete, readable snapshot (``detail`` says what)."""


class WriteError(Exception):
    """An output that could not be written; nothing was left behind."""

    def __init__(self, path: Path, reason: str, *, errno: int | None = None) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason
        #: the OS error number (``errno.EROFS``, ``errno.ENOSPC`` …) when there was one
        self.errno = errno


class ExportError(Exception):
    """An export that cannot be written; ``code``: exists, not_writable, cancelled."""

    def __init__(self, code: str, **params) -> None:
        super().__init__(code, params)
        self.code = code
        self.params = params


class ExportCancelled(Exception):
    pass


class PlanSettingError(ValueError):
    """A capacity or cadence that cannot be used (negative, not a number, an unknown
    group or manager); ``code`` and ``params`` say which (``plan_texts`` words it)."""

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code, params)
        self.code = code
        self.params = params
