"""Telling a Segmenter project from any other file by its first 100 bytes.

Kept apart from :mod:`.project` (which needs pandas): the command line asks this
before it starts the reader process, and the reader should start at once."""

from __future__ import annotations

import struct
from pathlib import Path

from segmenter_app.core.fileio import open_regular

EXTENSION = ".segmenter"
#: ``PRAGMA application_id`` of a project file: "SGMP".  ``file(1)`` and our own
#: :func:`is_project_file` tell a project from any other SQLite database by it.
PROJECT_APPLICATION_ID = 0x53474D50
#: Recovery files ("SGMR") have the same layout but are never opened as a project.
RECOVERY_APPLICATION_ID = 0x53474D52

SQLITE_MAGIC = b"SQLite format 3\x00"


def is_project_file(path: Path | str) -> bool:
    """A cheap check (the first 100 bytes): is this a Segmenter project file?"""
    try:
        with open_regular(path) as handle:  # a FIFO would block open() for ever
            header = handle.read(100)
    except OSError:
        return False
    return database_application_id(header) == PROJECT_APPLICATION_ID


def database_application_id(header: bytes) -> int | None:
    """The SQLite application id of a database file's first 100 bytes (None: not one)."""
    if len(header) < 100 or header[:16] != SQLITE_MAGIC:
        return None
    return struct.unpack(">I", header[68:72])[0]
