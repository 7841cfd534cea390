"""A 1366×768 laptop screen with a taskbar, for tests that lay out dialogs: the
offscreen platform's screen is 800×600, so the dialogs' own fitting asks a screen that
says 1366×728 are available."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QScreen

#: What a 1366×768 laptop leaves a window with a 40-pixel taskbar.
LAPTOP = QRect(0, 0, 1366, 728)


@pytest.fixture
def laptop_screen(monkeypatch):
    monkeypatch.setattr(QScreen, "availableGeometry", lambda screen: QRect(LAPTOP))
    return LAPTOP
