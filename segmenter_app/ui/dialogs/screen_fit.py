"""Dialogs as large as their content wants, never past the screen: a 1366×768 laptop with
a taskbar leaves 1366×728, and a title bar and borders come on top of a dialog's own
size (OK and Cancel behind the taskbar cannot be pressed)."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

#: What a window system adds around a dialog: a title bar (about 31 pixels on Windows
#: at 100 %, 37 on GNOME) and borders.
FRAME = QSize(16, 40)


def available_room(widget: QWidget) -> QRect | None:
    """The screen area a window of ``widget`` can use (without taskbars and docks)."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    parent = widget.parentWidget()
    if parent is not None and parent.screen() is not None:
        screen = parent.screen()
    return screen.availableGeometry() if screen is not None else None


def fit_to_screen(widget: QWidget, width: int, height: int) -> QSize:
    """Resize ``widget`` to ``width`` × ``height``, smaller where the screen's available
    area (less the frame) is smaller; returns the size given."""
    room = available_room(widget)
    if room is not None:
        width = min(width, room.width() - FRAME.width())
        height = min(height, room.height() - FRAME.height())
    size = QSize(max(width, 200), max(height, 150))
    widget.resize(size)
    return size
