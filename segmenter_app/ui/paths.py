"""Where the app keeps and suggests files: the user's documents folder, the app's data
folder (recovery files, remembered column mappings), and the files that came with it."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QStandardPaths

from segmenter_app.core.resources import resource_root
from segmenter_app.ui import settings_guard


def documents_dir() -> Path:
    """The user's documents folder (their home when the system names none)."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


def is_bundled(path: Path | None) -> bool:
    """A file that came with the app (the sample lists): never a place to save to."""
    if path is None:
        return False
    try:
        return Path(path).resolve().is_relative_to(resource_root().resolve())
    except OSError:
        return False


def save_folder_for(path: Path | None) -> Path:
    """Where to suggest saving next to ``path``: its folder, unless that came with the
    app or cannot be written; then the documents folder."""
    if path is None or is_bundled(path) or not os.access(Path(path).parent, os.W_OK):
        return documents_dir()
    return Path(path).parent


def app_data_dir() -> Path:
    """Where recovery files and remembered column mappings live.  SEGMENTER_DATA_DIR
    overrides it (the tests use their own folder); a folder that cannot be used gives a
    temporary one for the session, and the window says so (:mod:`.settings_guard`)."""
    return settings_guard.data_folder()


def recovery_dir() -> Path:
    """The recovery files of unsaved work (one per open list or project)."""
    return settings_guard.data_folder("recovery")
