"""The window within its screen's available area: a 1366×768 laptop with a taskbar has
1366×728 of it, and a window restored from a larger screen must not hang off it."""

from __future__ import annotations


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
