"""The segment toggles above the table: one checkable chip per segment with its live
count, compact when the window is narrow."""

from __future__ import annotations

from PySide6.QtGui import (
    QFont,
    QFontMetrics,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QToolButton,
    QWidget,
)

from segmenter_app.core.model import segmentation as sg
from segmenter_app.core.outputs.chart_style import COLOURS, UNCLASSIFIED_COLOUR


class SegmentToggles(QWidget):
    """The segment filter buttons.  Each shows its symbol, name and count ("▲ GROW 412");
    when the row is too narrow for that, symbol and count only, the name in the tooltip."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.buttons: dict[int, QToolButton] = {}
        self._labels: dict[int, tuple[str, str, str]] = {}
        for index in list(range(4)) + [sg.UNCLASSIFIED]:
            button = QToolButton()
            button.setCheckable(True)
            button.setChecked(True)
            colour, tint = COLOURS[sg.SEGMENTS[index]] if index >= 0 else UNCLASSIFIED_COLOUR
            button.setStyleSheet(
                f"QToolButton {{ border: 1px solid {colour}; border-radius: 3px; padding: 2px 4px; }}"
                f"QToolButton:checked {{ background: {tint}; color: #111; font-weight: bold; }}"
            )
            layout.addWidget(button)
            self.buttons[index] = button
        layout.addStretch(1)

    def set_labels(self, labels: dict[int, tuple[str, str, str]]) -> None:
        """Per button: the full text, the short one and a tooltip."""
        self._labels = labels
        self._fit()

    @property
    def compact(self) -> bool:
        """The segments show symbol and count only."""
        return any(button.text() == self._labels[i][1] for i, button in self.buttons.items() if i >= 0)

    def _fit(self) -> None:
        """Full texts if they fit; else the unclassified button short first (its name
        is the longest); else all short."""
        if not self._labels:
            return
        spacing = max(self.layout().spacing(), 0)
        # Bold when checked: measured in bold so the row never overflows on a toggle;
        # 24 px for the button's border, padding and style margins.
        font = QFont(self.font())
        font.setBold(True)
        metrics = QFontMetrics(font)

        def width(index: int, short: bool) -> int:
            return metrics.horizontalAdvance(self._labels[index][1 if short else 0]) + 24 + spacing

        shortened: set[int] = set()
        for stage in ({sg.UNCLASSIFIED}, set(self.buttons)):
            if sum(width(index, index in shortened) for index in self.buttons) <= self.width():
                break
            shortened = stage
        for index, button in self.buttons.items():
            full, brief, tip = self._labels[index]
            short = index in shortened
            button.setText(brief if short else full)
            button.setToolTip("\n".join(line for line in (full if short else "", tip) if line))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()
