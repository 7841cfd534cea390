"""Asking for files to read: the window's open dialogs start in the folder the last list
was opened from (``last_folder`` in the settings; the user's home before any)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMainWindow


def last_folder(window: QMainWindow) -> Path:
    return Path(str(window.settings.value("last_folder", str(Path.home()))))


def ask_to_open(window: QMainWindow, title: str, filters: str, *, many: bool = False) -> list[Path]:
    """The files the user chose to read (none when they cancelled)."""
    if many:
        chosen, _filter = QFileDialog.getOpenFileNames(window, title, str(last_folder(window)), filters)
        return [Path(path) for path in chosen]
    path, _filter = QFileDialog.getOpenFileName(window, title, str(last_folder(window)), filters)
    return [Path(path)] if path else []
