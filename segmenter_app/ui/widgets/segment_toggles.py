"""The segment toggles above the table: one checkable chip per segment with its live
count.  Where one row is too narrow for the names (100,000 customers have long counts),
the chips stand in two rows laid out as the chart's quadrants (GROW MODEL / MOVE FIX);
only where even that does not fit do they drop their names."""

from __future__ import annotations

from PySide6.QtGui import (
    QFont,
    QFontMetrics,
)
from PySide6.QtWidgets import (
    QGridLayout,
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
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        #: the chips' arrangement: "row", "two rows" (quadrants) or "short"
        self.arrangement = "row"
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
            self.buttons[index] = button
        self._arrange([[0, 1, 2, 3, sg.UNCLASSIFIED]])

    def set_labels(self, labels: dict[int, tuple[str, str, str]]) -> None:
        """Per button: the full text, the short one and a tooltip."""
        self._labels = labels
        self._fit()

    @property
    def compact(self) -> bool:
        """The segments show symbol and count only."""
        return any(button.text() == self._labels[i][1] for i, button in self.buttons.items() if i >= 0)

    def _arrange(self, rows: list[list[int]]) -> None:
        layout = self.layout()
        for index in self.buttons:
            layout.removeWidget(self.buttons[index])
        for row, indices in enumerate(rows):
            for column, index in enumerate(indices):
                layout.addWidget(self.buttons[index], row, column)
        # What is left of the row stays empty, to the right.
        for column in range(layout.columnCount()):
            layout.setColumnStretch(column, 0)
        layout.setColumnStretch(max(len(indices) for indices in rows), 1)

    def _fit(self) -> None:
        """Full texts in one row if they fit; else with the unclassified button short
        (its name is the longest); else in two rows as the chart's quadrants, names
        kept; else all short in one row."""
        if not self._labels:
            return
        spacing = max(self.layout().horizontalSpacing(), 0)
        # Bold when checked: measured in bold so the row never overflows on a toggle;
        # 24 px for the button's border, padding and style margins.
        font = QFont(self.font())
        font.setBold(True)
        metrics = QFontMetrics(font)

        def width(index: int, short: bool) -> int:
            return metrics.horizontalAdvance(self._labels[index][1 if short else 0]) + 24 + spacing

        def fits(rows: list[list[int]], shortened: set[int]) -> bool:
            return all(sum(width(i, i in shortened) for i in row) <= self.width() for row in rows)

        one_row = [[0, 1, 2, 3, sg.UNCLASSIFIED]]
        quadrants = [[sg.GROW, sg.MODEL, sg.UNCLASSIFIED], [sg.MOVE, sg.FIX]]
        stages = (
            ("row", one_row, set()),
            ("row", one_row, {sg.UNCLASSIFIED}),
            ("two rows", quadrants, {sg.UNCLASSIFIED}),
        )
        arrangement, rows, shortened = "short", one_row, set(self.buttons)
        for name, candidate, short in stages:
            if fits(candidate, short):
                arrangement, rows, shortened = name, candidate, short
                break
        if arrangement != self.arrangement or self.layout().count() == 0:
            self._arrange(rows)
        self.arrangement = arrangement
        for index, button in self.buttons.items():
            full, brief, tip = self._labels[index]
            short = index in shortened
            button.setText(brief if short else full)
            button.setToolTip("\n".join(line for line in (full if short else "", tip) if line))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()
