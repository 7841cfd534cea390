"""The small "?" beside a term (a threshold mode, the borderline band, a customer's
triage) that opens the guide at its topic.

The button knows no window class: it asks the window it sits in to ``show_guide(topic)``
(the main window does; a widget shown on its own has no guide to open).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QToolButton, QWidget


def open_guide(widget: QWidget, topic: str = "segments") -> None:
    """Open the guide of ``widget``'s main window at ``topic``."""
    window = widget.window()
    show = getattr(window, "show_guide", None)
    if show is not None:
        show(topic)


def guide_button(topic: str, parent: QWidget | None = None) -> QToolButton:
    """A small "?" that opens the guide at ``topic``."""
    button = QToolButton(parent)
    button.setText("?")
    button.setObjectName(f"guide_{topic}")
    button.setAutoRaise(True)
    button.setCursor(Qt.CursorShape.WhatsThisCursor)
    button.setToolTip(_button_tip())
    button.clicked.connect(lambda: open_guide(button, topic))
    button.installEventFilter(_TipUpdater(button))
    return button


def _button_tip() -> str:
    return QCoreApplication.translate("GuideWindow", "What does this mean? Opens the guide (F1).")


class _TipUpdater(QObject):
    """Gives the "?" its tooltip again when the language changes."""

    def __init__(self, button: QToolButton) -> None:
        super().__init__(button)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            watched.setToolTip(_button_tip())
        return False
