"""Windows and dialogs within their screen's available area: a 1366×768 laptop with a
taskbar has 1366×728 of it; a window restored from a larger screen must not hang off
it, and a dialog's OK and Cancel must never stand behind the taskbar.  A title bar and
borders come on top of a window's own size."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

#: What a window system adds around a dialog not shown yet (its frame is unknown then):
#: a title bar (about 31 pixels on Windows at 100 %, 37 on GNOME) and borders.
FRAME = QSize(16, 40)


def available_room(widget: QWidget) -> QRect | None:
    """The screen area a window of ``widget`` can use (without taskbars and docks): its
    parent's screen, else its own, else the primary one."""
    parent = widget.parentWidget()
    screen = (parent.screen() if parent is not None else None) or widget.screen()
    screen = screen or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else None


def fit_to_screen(widget: QWidget, width: int, height: int) -> QSize:
    """Resize a dialog to ``width`` × ``height``, smaller where the screen's available
    area (less :data:`FRAME`) is smaller; returns the size given."""
    room = available_room(widget)
    if room is not None:
        width = min(width, room.width() - FRAME.width())
        height = min(height, room.height() - FRAME.height())
    size = QSize(max(width, 200), max(height, 150))
    widget.resize(size)
    return size


def fit_into_screen(window, across: bool = True) -> None:
    """The window within its screen's available area (the taskbar left out): never
    taller or wider, never partly off it — also as restored from the settings of a
    larger screen.  ``across`` False: the height only (a panel that unfolds makes a
    window taller, never wider)."""
    screen = window.screen().availableGeometry() if window.screen() else None
    if screen is None or window.isFullScreen():
        return
    frame = window.frameGeometry()
    if screen.contains(frame) or (
        not across and frame.top() >= screen.top() and frame.bottom() <= screen.bottom()
    ):
        return  # (a maximised window is here: the screen's area is its own)
    # The frame (title bar, borders) counts: the window's own size is the rest.
    extra_width = max(frame.width() - window.width(), 0)
    extra_height = max(frame.height() - window.height(), 0)
    width = min(window.width(), screen.width() - extra_width) if across else window.width()
    height = min(window.height(), screen.height() - extra_height)
    if (width, height) != (window.width(), window.height()):
        window.resize(width, height)
    frame = window.frameGeometry()
    left = (
        min(max(frame.left(), screen.left()), screen.right() - frame.width() + 1) if across else frame.left()
    )
    top = min(max(frame.top(), screen.top()), screen.bottom() - frame.height() + 1)
    if (left, top) != (frame.left(), frame.top()):
        window.move(left, top)
