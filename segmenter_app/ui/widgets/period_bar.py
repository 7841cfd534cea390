"""The period selector above the chart (PRODUCT.md §8): which of the project's lists the
chart, the table and the Team view show.  Each period by its label, the current (last)
one marked; ◀ ▶ step through them; *Rename…* gives the period shown another label (one
undo step); a past period says it is read-only.

Shown only when the project has more than one period: a single list needs no choice.
The bar knows no project: it is told the labels and which is current, and says what the
user chose (:attr:`PeriodBar.period_chosen`, :attr:`PeriodBar.rename_requested`).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from segmenter_app.ui.i18n import Retranslating


class StateLabel(QLabel):
    """Says that a past period is read-only in the room the bar leaves: cut with "…"
    when narrower than its words (the whole sentence in its tooltip).  It never
    widens the bar: a plain label did, so every switch between the current period and
    a past one pushed the splitter, and the whole chart and the Team view's picture
    were drawn again at the new sizes."""

    def __init__(self) -> None:
        super().__init__()
        self.short = ""
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.WindowText, QColor("#7A4B00"))
        self.setPalette(palette)

    def minimumSizeHint(self) -> QSize:
        return QSize(0, super().minimumSizeHint().height())

    def set_texts(self, text: str, short: str) -> None:
        """The sentence, and the few words shown where it does not fit ("read-only"
        says more than "p…")."""
        self.short = short
        super().setText(text)
        self.setToolTip(text)

    def shown_text(self) -> str:
        """What the label shows in its present width."""
        width, metrics = self.contentsRect().width(), self.fontMetrics()
        text = self.text()
        if metrics.horizontalAdvance(text) > width and self.short:
            text = self.short
        return metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)

    def paintEvent(self, _event) -> None:
        room = self.contentsRect()
        painter = QPainter(self)
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        text = self.shown_text()
        painter.drawText(room, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), text)


class PeriodBar(Retranslating, QWidget):
    #: The user chose a period (its index, oldest first).
    period_chosen = Signal(int)
    #: The user gave the period at this index a new label.
    rename_requested = Signal(int, str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._labels: list[str] = []
        self._current = -1
        self.caption = QLabel()
        self.previous = QToolButton()
        self.previous.setText("◀")
        self.previous.setAutoRaise(True)
        self.next = QToolButton()
        self.next.setText("▶")
        self.next.setAutoRaise(True)
        self.selector = QComboBox()
        self.selector.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.rename = QToolButton()
        self.rename.setAutoRaise(True)
        #: says a past period is shown read-only
        self.state = StateLabel()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.caption)
        layout.addWidget(self.previous)
        layout.addWidget(self.selector)
        layout.addWidget(self.next)
        layout.addWidget(self.rename)
        layout.addSpacing(6)
        layout.addWidget(self.state, 1)
        self.selector.currentIndexChanged.connect(self._on_chosen)
        self.previous.clicked.connect(lambda: self.step(-1))
        self.next.clicked.connect(lambda: self.step(1))
        self.rename.clicked.connect(self.ask_rename)
        self.retranslate()
        self.setVisible(False)

    def retranslate(self) -> None:
        self.caption.setText(self.tr("Period:"))
        self.previous.setToolTip(self.tr("The period before"))
        self.next.setToolTip(self.tr("The period after"))
        self.selector.setToolTip(
            self.tr(
                "Which list the chart, the table and the Team view show; edits go into the current period"
            )
        )
        self.rename.setText(self.tr("Rename…"))
        self.rename.setToolTip(self.tr("Give the period shown another name"))
        self._fill()

    # ----------------------------------------------------------------- what it shows

    @property
    def shown(self) -> int:
        """The index of the period chosen (-1: none)."""
        return self.selector.currentIndex()

    @property
    def labels(self) -> list[str]:
        return list(self._labels)

    def set_periods(self, labels: Sequence[str], shown: int) -> None:
        """The project's periods, oldest first (the last is the current one), and the one
        shown.  Says nothing back (no :attr:`period_chosen`)."""
        self._labels = list(labels)
        self._current = len(self._labels) - 1
        self._fill(shown)
        self.setVisible(len(self._labels) > 1)

    def _fill(self, shown: int | None = None) -> None:
        shown = self.selector.currentIndex() if shown is None else shown
        self.selector.blockSignals(True)
        try:
            self.selector.clear()
            for index, label in enumerate(self._labels):
                text = self.tr("{label} (current)").format(label=label) if index == self._current else label
                self.selector.addItem(text, index)
            if self._labels:
                self.selector.setCurrentIndex(min(max(shown, 0), len(self._labels) - 1))
        finally:
            self.selector.blockSignals(False)
        self._show_state()

    def _show_state(self) -> None:
        shown = self.selector.currentIndex()
        past = 0 <= shown < self._current
        self.previous.setEnabled(shown > 0)
        self.next.setEnabled(0 <= shown < self._current)
        if past:
            self.state.set_texts(
                self.tr("past period: read-only; edits go into {current}").format(
                    current=self._labels[self._current]
                ),
                self.tr("read-only"),
            )
        else:
            self.state.set_texts("", "")
        self._fit()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        """On a narrow chart pane (German words, a laptop) the caption "Period:" gives its
        room to "read-only": the selector says what it is, the state said only "n…"."""
        needed = self.state.fontMetrics().horizontalAdvance(self.state.short) + 4 if self.state.short else 0
        layout = self.layout()
        others = sum(
            widget.sizeHint().width() + layout.spacing()
            for widget in (self.previous, self.selector, self.next, self.rename)
        )
        room = self.width() - others - 6 - self.caption.sizeHint().width() - layout.spacing()
        self.caption.setVisible(room >= needed)

    # ----------------------------------------------------------------- choosing

    def choose(self, index: int) -> None:
        """Choose a period as the user does (its index, oldest first)."""
        self.selector.setCurrentIndex(index)

    def step(self, by: int) -> None:
        index = self.selector.currentIndex() + by
        if 0 <= index < self.selector.count():
            self.selector.setCurrentIndex(index)

    def _on_chosen(self, index: int) -> None:
        if index >= 0:
            self._show_state()
            self.period_chosen.emit(index)

    def ask_rename(self) -> None:
        index = self.selector.currentIndex()
        if not 0 <= index < len(self._labels):
            return
        dialog = PeriodNameDialog(self._labels[index], self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.label() != self._labels[index]:
            self.rename_requested.emit(index, dialog.label())


class PeriodNameDialog(Retranslating, QDialog):
    """A period's new label ("2025", "Q3 2026", "Budget year 25/26")."""

    def __init__(self, label: str, parent=None) -> None:
        super().__init__(parent)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.field = QLineEdit(label)
        self.field.setMaxLength(60)
        self.field.selectAll()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.field.textChanged.connect(
            lambda text: self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
                bool(text.strip())
            )
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addWidget(self.field)
        layout.addWidget(self.buttons, 0, Qt.AlignmentFlag.AlignRight)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Rename period"))
        self.explanation.setText(
            self.tr("The period's name, as the selector, the History and the outputs show it:")
        )

    def label(self) -> str:
        return self.field.text().strip()
