"""The app's own storage — its settings and its data folder — checked, never trusted.

A data folder that is a file or cannot be written, settings that cannot be saved, a
value of the wrong kind (text where the window's geometry belongs, JSON nested 30,000
deep where thresholds belong): each is reported once in the window and the default is
used instead.  The app always starts, and lists and projects always open — recovery
files and remembered mappings then go to a temporary folder for the session.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings, QStandardPaths
from PySide6.QtWidgets import QMessageBox, QWidget

from segmenter_app.core.fileio import usable_folder

# preferred folder → the folder used (itself, or a temporary one)
_FOLDERS: dict[Path, Path] = {}
# problems found and not yet reported: (code, params)
_PENDING: list[tuple[str, dict[str, str]]] = []
# problems reported already (never twice in a session)
_REPORTED: set[tuple[str, tuple[tuple[str, str], ...]]] = set()


def note(code: str, **params: Any) -> None:
    """Remember a problem to report (once)."""
    words = {key: str(value) for key, value in params.items()}
    key = (code, tuple(sorted(words.items())))
    if key not in _REPORTED and all(key != (c, tuple(sorted(p.items()))) for c, p in _PENDING):
        _PENDING.append((code, words))


def data_folder(part: str | None = None) -> Path:
    """The app's data folder (recovery files, remembered mappings) or a ``part`` of it:
    SEGMENTER_DATA_DIR, else the system's place for app data.  When it cannot be used,
    a temporary folder for this session (and the problem is noted)."""
    override = os.environ.get("SEGMENTER_DATA_DIR")
    base = (
        Path(override)
        if override
        else Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
    )
    preferred = base if part is None else data_folder() / part
    used = _FOLDERS.get(preferred)
    if used is not None and used.is_dir():
        return used
    error = usable_folder(preferred)
    if error is None:
        used = preferred
    else:
        used = Path(tempfile.mkdtemp(prefix="segmenter-data-"))
        note("data_folder", path=preferred, reason=error.strerror or error, fallback=used)
    _FOLDERS[preferred] = used
    return used


def check_settings(settings: QSettings) -> None:
    """Note when the settings cannot be read or saved (their folder is a file, read-only)."""
    settings.sync()
    problem = None
    if settings.status() != QSettings.Status.NoError:
        problem = "access" if settings.status() == QSettings.Status.AccessError else "format"
    stored_in_file = settings.format() == QSettings.Format.IniFormat or sys.platform != "win32"
    if problem is None and stored_in_file and settings.fileName():
        error = usable_folder(Path(settings.fileName()).parent)
        if error is not None:
            problem = error.strerror or str(error)
    if problem is not None:
        note("settings", path=settings.fileName(), reason=problem)


def restore_bytes(settings: QSettings, key: str, restore) -> bool:
    """Give the bytes stored under ``key`` to ``restore`` (``restoreGeometry`` …); a value
    of another kind, or bytes ``restore`` refuses, is noted and removed."""
    value = settings.value(key)
    if value is None:
        return False
    if isinstance(value, (QByteArray, bytes, bytearray)) and restore(QByteArray(value)) is not False:
        return True
    note("setting", key=key)
    settings.remove(key)
    return False


def text_list(settings: QSettings, key: str) -> list[str]:
    """A list of texts stored under ``key`` (one text reads as a list of one); any other
    value is noted, removed and read as an empty list."""
    value = settings.value(key, [])
    if value is None or value == "":
        return []
    if isinstance(value, str):
        return [value]
    if isinstance(value, (list, tuple)) and all(isinstance(item, str) for item in value):
        return list(value)
    note("setting", key=key)
    settings.remove(key)
    return []


def bad_value(settings: QSettings, key: str) -> None:
    """A value the caller could not use: noted and removed (the default is used)."""
    note("setting", key=key)
    settings.remove(key)


def report(parent: QWidget) -> None:
    """Say what was noted and not said yet, in one message."""
    data_folder()
    data_folder("recovery")
    if not _PENDING:
        return
    keys = [params["key"] for code, params in _PENDING if code == "setting"]
    lines = [_worded(code, params) for code, params in _PENDING if code != "setting"]
    if keys:
        lines.append(_worded("setting", {"key": ", ".join(dict.fromkeys(keys))}))
    _REPORTED.update((code, tuple(sorted(params.items()))) for code, params in _PENDING)
    _PENDING.clear()
    QMessageBox.warning(parent, QCoreApplication.translate("SettingsGuard", "Settings"), "\n\n".join(lines))


def _worded(code: str, params: dict[str, str]) -> str:
    if code == "data_folder":
        return QCoreApplication.translate(
            "SettingsGuard",
            "Segmenter cannot use its folder {path} ({reason}). Recovery files and remembered column "
            "mappings are kept in {fallback} for this session only.",
        ).format(**params)
    if code == "settings":
        return QCoreApplication.translate(
            "SettingsGuard",
            "Segmenter cannot save its settings in {path} ({reason}): the window's layout, recent files "
            "and language are not remembered after this session.",
        ).format(**params)
    return QCoreApplication.translate(
        "SettingsGuard", "Saved settings could not be read ({key}); the defaults are used."
    ).format(**params)
