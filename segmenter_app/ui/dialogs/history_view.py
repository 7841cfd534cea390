"""*View ▸ History…* (PRODUCT.md §8): the project's periods side by side.

Three pages, each read from the session's periods (``core/projects/periods.py``; the
figures are the core's, this view only words and draws them):

* **Periods** — per period: customers, the four segments and the unclassified ones,
  untapped potential, the thresholds it was judged with, and the misallocation index of
  the effort in its list and of its plan.
* **Who moved** — between any two periods chosen: the migration matrix (rows: the
  segment in the earlier period, columns: in the later one; gone and new apart) and
  the line that counts improved, worsened, changed, unchanged, new and gone.
* **Did it work** — for two periods in a row k → k+1: the sentence of what it found,
  the words that it is an association in the team's own data and not proof, a picture
  (per segment at k: how many of the customers visited as planned improved, against
  those visited less) and the table per segment × visits against the plan, then per
  segment × action done in between.

The view follows the project: a period added, inserted, renamed or undone, and edits
of the current period (a threshold moved changes its segments) show at once while it
is open.
"""

from __future__ import annotations

import math

import numpy as np
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from segmenter_app.core.model import history as hs
from segmenter_app.core.model import segmentation as sg
from segmenter_app.core.outputs.chart_style import COLOURS
from segmenter_app.core.text import history_texts, texts
from segmenter_app.ui.i18n import Retranslating

# The colours of the picture's two bars: visited as planned, and less.
PLANNED_COLOUR, LESS_COLOUR = "#2E7D32", "#B0BEC5"
DIAGONAL_BRUSH = QBrush(QColor("#EEF2F5"))


def _item(text: str, *, number: bool = True, tooltip: str = "") -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if number:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    if tooltip:
        item.setToolTip(tooltip)
    return item


def _table() -> QTableWidget:
    table = QTableWidget()
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QTableWidget.SelectionMode.ContiguousSelection)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.setWordWrap(False)
    return table


class HistoryView(Retranslating, QDialog):
    """The History of ``session``'s periods, in the language ``translations`` is in."""

    def __init__(self, session, translations, parent=None) -> None:
        super().__init__(parent)
        self._session = session
        self._translations = translations
        self._followed = None  # the document whose edits refresh the view
        self._refresh_pending = False
        self.tabs = QTabWidget()
        # Periods
        self.periods_caption = QLabel()
        self.periods_caption.setWordWrap(True)
        self.per_period = _table()
        periods_page = QWidget()
        layout = QVBoxLayout(periods_page)
        layout.addWidget(self.periods_caption)
        layout.addWidget(self.per_period, 1)
        # Who moved
        self.moved_from = QComboBox()
        self.moved_to = QComboBox()
        self.from_label, self.to_label = QLabel(), QLabel()
        self.moved_summary = QLabel()
        self.moved_summary.setWordWrap(True)
        self.matrix_caption = QLabel()
        self.matrix_caption.setWordWrap(True)
        self.matrix = _table()
        choice = QHBoxLayout()
        for widget in (self.from_label, self.moved_from, self.to_label, self.moved_to):
            choice.addWidget(widget)
        choice.addStretch(1)
        moved_page = QWidget()
        layout = QVBoxLayout(moved_page)
        layout.addLayout(choice)
        layout.addWidget(self.moved_summary)
        layout.addWidget(self.matrix_caption)
        layout.addWidget(self.matrix, 1)
        # Did it work
        self.pair_label = QLabel()
        self.pair = QComboBox()
        self.finding = QLabel()
        self.finding.setWordWrap(True)
        self.finding.setTextFormat(Qt.TextFormat.RichText)
        self.counted = QLabel()
        self.counted.setWordWrap(True)
        self.figure = Figure(figsize=(6.5, 2.4), dpi=96)
        self.figure.set_layout_engine("constrained")
        self.canvas = FigureCanvasQTAgg(self.figure)
        self.canvas.setMinimumHeight(200)
        self.canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.visits_caption, self.action_caption = QLabel(), QLabel()
        self.by_visits = _table()
        self.by_action = _table()
        pair_row = QHBoxLayout()
        pair_row.addWidget(self.pair_label)
        pair_row.addWidget(self.pair)
        pair_row.addStretch(1)
        effect_content = QWidget()
        layout = QVBoxLayout(effect_content)
        layout.addLayout(pair_row)
        layout.addWidget(self.finding)
        layout.addWidget(self.counted)
        layout.addWidget(self.canvas)
        for caption, table in ((self.visits_caption, self.by_visits), (self.action_caption, self.by_action)):
            layout.addWidget(caption)
            layout.addWidget(table)
        # The page scrolls as a whole at 1366×728: sentence, picture and both tables.
        self.effect_page = QScrollArea()
        self.effect_page.setWidgetResizable(True)
        self.effect_page.setWidget(effect_content)
        self.tabs.addTab(periods_page, "")
        self.tabs.addTab(moved_page, "")
        self.tabs.addTab(self.effect_page, "")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.resize(1000, 640)
        self.moved_from.currentIndexChanged.connect(self._fill_moved)
        self.moved_to.currentIndexChanged.connect(self._fill_moved)
        self.pair.currentIndexChanged.connect(self._fill_effect)
        session.periods_changed.connect(self._on_periods_changed)
        self.retranslate()

    # ----------------------------------------------------------------- following

    @property
    def language(self) -> str:
        return self._translations.language

    @property
    def periods(self):
        return self._session.periods

    def follow(self, document) -> None:
        """Refresh on the edits of ``document`` (the current period's) while shown."""
        if self._followed is document:
            return
        if self._followed is not None:
            self._followed.changed.disconnect(self._on_document_changed)
        self._followed = document
        if document is not None:
            document.changed.connect(self._on_document_changed)
        self._schedule()

    def _on_document_changed(self, _change) -> None:
        self._schedule()

    def _on_periods_changed(self, _periods) -> None:
        self._schedule()

    def _schedule(self) -> None:
        """One refresh after a burst of changes (a drag's release, an update's steps)."""
        if self._refresh_pending or not self.isVisible():
            return
        self._refresh_pending = True
        QTimer.singleShot(0, self.refresh)

    def showEvent(self, event) -> None:
        self.refresh()
        super().showEvent(event)

    # ----------------------------------------------------------------- wording

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("History of the periods"))
        self.tabs.setTabText(0, self.tr("Periods"))
        self.tabs.setTabText(1, self.tr("Who moved"))
        self.tabs.setTabText(2, self.tr("Did it work?"))
        self.periods_caption.setText(
            self.tr(
                "Each period as its list was read, judged with its own thresholds. The "
                "misallocation index (0 = the effort goes where the worth is, 100 = all of it "
                "elsewhere) of the visits in the list and of the period's plan."
            )
        )
        self.from_label.setText(self.tr("From"))
        self.to_label.setText(self.tr("to"))
        self.pair_label.setText(self.tr("Periods"))
        self.refresh()

    def refresh(self) -> None:
        """Fill every page from the periods as they are now."""
        self._refresh_pending = False
        periods = self.periods
        if periods is None:
            return
        labels = periods.labels
        self._set_choices(self.moved_from, labels, max(len(labels) - 2, 0))
        self._set_choices(self.moved_to, labels, len(labels) - 1)
        pairs = [
            self.tr("{before} → {after}").format(before=labels[i], after=labels[i + 1])
            for i in range(len(labels) - 1)
        ]
        self._set_choices(self.pair, pairs, len(pairs) - 1)
        self.tabs.setTabEnabled(2, bool(pairs))
        self._fill_periods()
        self._fill_moved()
        self._fill_effect()

    @staticmethod
    def _set_choices(box: QComboBox, items: list[str], default: int) -> None:
        """Offer ``items``; the choice stays when its index still exists."""
        kept = box.currentIndex() if box.count() == len(items) else -1
        box.blockSignals(True)
        box.clear()
        box.addItems(items)
        box.setCurrentIndex(kept if 0 <= kept < len(items) else default)
        box.blockSignals(False)

    def _number(self, value: float, decimals: int = 0) -> str:
        if value is None or (isinstance(value, float) and math.isnan(value)):
            return "–"
        return texts.format_number(value, self.language, decimals)

    def _signed(self, value: float, decimals: int = 1) -> str:
        if value is None or math.isnan(value):
            return "–"
        text = texts.format_number(value, self.language, decimals)
        return text if value < 0 or text.lstrip("0,.") == "" else f"+{text}"

    def _money(self, value: float) -> str:
        document = self._session.document
        currency = document.currency if document is not None else "€"
        return texts.format_money(value, self.language, currency) or "–"

    def _segment_names(self) -> list[str]:
        return [*sg.SEGMENTS, self.tr("unclassified")]

    # ----------------------------------------------------------------- pages

    def _fill_periods(self) -> None:
        periods, table = self.periods, self.per_period
        headers = [
            self.tr("Period"),
            self.tr("Customers"),
            *self._segment_names(),
            self.tr("Untapped potential"),
            self.tr("SoW threshold"),
            self.tr("KZI threshold"),
            self.tr("Misallocation: effort"),
            self.tr("Misallocation: plan"),
        ]
        table.clear()
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setRowCount(len(periods))
        for row, period in enumerate(periods):
            summary = periods.summary(row)
            label = (
                period.label
                if not periods.is_current(row)
                else self.tr("{label} (current)").format(label=period.label)
            )
            values = [
                _item(label, number=False),
                _item(self._number(summary.customers)),
                *(_item(self._number(count)) for count in summary.counts),
                _item(self._money(sum(summary.potential))),
                _item(texts.format_percent(summary.sow_threshold, self.language, 1) or "–"),
                _item(self._number(summary.kzi_threshold, 1)),
                _item(self._number(summary.misallocation, 1)),
                _item(self._number(summary.misallocation_planned, 1)),
            ]
            for column, item in enumerate(values):
                table.setItem(row, column, item)

    def moved_between(self) -> tuple[int, int]:
        """The two periods the *Who moved* page compares (indexes, oldest first)."""
        return self.moved_from.currentIndex(), self.moved_to.currentIndex()

    def _fill_moved(self) -> None:
        periods, table = self.periods, self.matrix
        if periods is None:
            return
        before, after = self.moved_between()
        table.clear()
        if before < 0 or after < 0 or before == after or len(periods) < 2:
            table.setRowCount(0)
            table.setColumnCount(0)
            self.moved_summary.setText(self.tr("Choose two different periods."))
            self.matrix_caption.clear()
            return
        labels = periods.labels
        moved = periods.movement(before, after)
        counts = moved.counts()
        number = lambda name: self._number(counts[name])  # noqa: E731
        self.moved_summary.setText(
            self.tr(
                "{before} → {after}: {improved} improved, {worsened} worsened, {changed} changed "
                "(GROW ↔ FIX), {unchanged} unchanged; {new} new, {gone} no longer in the list."
            ).format(
                before=labels[before],
                after=labels[after],
                **{
                    name: number(name)
                    for name in ("improved", "worsened", "changed", "unchanged", "new", "gone")
                },
            )
        )
        self.matrix_caption.setText(
            self.tr(
                "Rows: the segment in {before}. Columns: the segment in {after}. Each period is "
                "judged with its own thresholds."
            ).format(before=labels[before], after=labels[after])
        )
        names = self._segment_names()
        columns = [self.tr("in {before} ↓ · in {after} →").format(before=labels[before], after=labels[after])]
        columns += [*names, self.tr("No longer in the list")]
        table.setColumnCount(len(columns))
        table.setHorizontalHeaderLabels(columns)
        table.setRowCount(len(names) + 1)
        matrix, gone, new = moved.matrix(), moved.gone_by_segment(), moved.new_by_segment()
        for row, name in enumerate(names):
            table.setItem(row, 0, _item(name, number=False))
            for column in range(5):
                item = _item(self._number(int(matrix[row, column])))
                if row == column:
                    item.setBackground(DIAGONAL_BRUSH)
                    item.setToolTip(self.tr("Stayed in {segment}").format(segment=name))
                else:
                    item.setToolTip(
                        self.tr("From {before} to {after}").format(before=name, after=names[column])
                    )
                table.setItem(row, column + 1, item)
            table.setItem(row, 6, _item(self._number(int(gone[row]))))
        table.setItem(
            len(names), 0, _item(self.tr("New in {after}").format(after=labels[after]), number=False)
        )
        for column in range(5):
            table.setItem(len(names), column + 1, _item(self._number(int(new[column]))))
        table.setItem(len(names), 6, _item(""))

    def effect_pair(self) -> int:
        """k of the periods k → k+1 the *Did it work* page shows (-1 with one period)."""
        return self.pair.currentIndex()

    def _fill_effect(self) -> None:
        periods = self.periods
        index = self.effect_pair()
        if periods is None or index < 0 or index >= len(periods) - 1:
            self.finding.setText(self.tr("A project with one period has nothing to compare yet."))
            self.counted.clear()
            for table in (self.by_visits, self.by_action):
                table.clear()
                table.setRowCount(0)
            self.figure.clear()
            self.canvas.draw_idle()
            return
        before, after = periods[index].label, periods[index + 1].label
        effect = periods.effect(index)
        sentence = history_texts.finding_text(effect, after, self.language)
        proof = history_texts.word("not_proof", self.language)
        if proof not in sentence:
            sentence = f"{sentence} {proof}"
        self.finding.setText(f"<b>{sentence}</b>")
        self.counted.setText(
            self.tr(
                "Counted: the customers in both lists, by their segment in {before}. "
                "<i>As planned</i>: the visits {after}'s list reports reach what the plan of "
                "{before} gave them (a customer planned none counts as planned); <i>less</i>: "
                "fewer; <i>unknown</i>: no visits written."
            ).format(before=before, after=after)
        )
        self.visits_caption.setText(
            self.tr("Per segment in {before} and visits against the plan").format(before=before)
        )
        self.action_caption.setText(
            self.tr("Per segment in {before} and whether an action was marked done in between").format(
                before=before
            )
        )
        group_words = {
            "as_planned": self.tr("as planned"),
            "less": self.tr("less than planned"),
            "unknown": self.tr("unknown"),
            "all": self.tr("all"),
            "done": self.tr("action done"),
            "not_done": self.tr("none done"),
        }
        self._fill_effect_table(self.by_visits, effect.by_visits, before, self.tr("Visits"), group_words)
        self._fill_effect_table(self.by_action, effect.by_action, before, self.tr("Action"), group_words)
        self._draw_picture(effect)

    def _fill_effect_table(self, table: QTableWidget, rows, before: str, group_title: str, words) -> None:
        headers = [
            self.tr("Segment in {before}").format(before=before),
            group_title,
            self.tr("Customers"),
            self.tr("Improved"),
            self.tr("Worsened"),
            self.tr("Unchanged"),
            self.tr("Changed"),
            self.tr("Mean ΔSoW (pp)"),
            self.tr("Mean ΔKZI"),
            self.tr("ΔRevenue"),
        ]
        table.clear()
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setRowCount(len(rows))
        for row, item in enumerate(rows):
            values = [
                _item(sg.SEGMENTS[item.segment_from], number=False),
                _item(words[item.group], number=False),
                *(
                    _item(self._number(value))
                    for value in (item.customers, item.improved, item.worsened, item.unchanged, item.changed)
                ),
                _item(self._signed(item.mean_delta_sow_pp)),
                _item(self._signed(item.mean_delta_kzi)),
                _item(self._money(item.delta_revenue) if item.customers else "–"),
            ]
            for column, cell in enumerate(values):
                if item.group == "all":
                    font = cell.font()
                    font.setBold(True)
                    cell.setFont(font)
                table.setItem(row, column, cell)
        # Every row visible: the page scrolls, not the table inside it.
        table.resizeRowsToContents()
        height = table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth()
        height += sum(table.rowHeight(row) for row in range(table.rowCount()))
        table.setFixedHeight(height + 2)
        table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def picture_bars(self, effect: hs.Effect) -> list[tuple[str, float, int, float, int]]:
        """The picture's figures per segment: (segment, share improved of those visited
        as planned, how many they were, the share of those visited less, how many)."""
        bars = []
        for code, name in enumerate(sg.SEGMENTS):
            planned, less = effect.row(code, "as_planned"), effect.row(code, "less")
            bars.append(
                (
                    name,
                    planned.improved / planned.customers if planned.customers else math.nan,
                    planned.customers,
                    less.improved / less.customers if less.customers else math.nan,
                    less.customers,
                )
            )
        return bars

    def _draw_picture(self, effect: hs.Effect) -> None:
        """Per segment, two bars: the share of customers that improved among those
        visited as planned and among those visited less; each says of how many."""
        self.figure.clear()
        axes = self.figure.add_subplot(111)
        bars = self.picture_bars(effect)
        positions = np.arange(len(bars))[::-1]
        height = 0.38
        planned_word, less_word = self.tr("visited as planned"), self.tr("visited less")
        for offset, share_at, count_at, colour, name in (
            (height / 2, 1, 2, PLANNED_COLOUR, planned_word),
            (-height / 2, 3, 4, LESS_COLOUR, less_word),
        ):
            shares = np.array([0.0 if math.isnan(bar[share_at]) else bar[share_at] * 100 for bar in bars])
            axes.barh(positions + offset, shares, height=height, color=colour, label=name)
            for position, bar, share in zip(positions, bars, shares, strict=True):
                text = (
                    self.tr("{share} of {count}").format(
                        share=texts.format_percent(bar[share_at], self.language, 0),
                        count=self._number(bar[count_at]),
                    )
                    if bar[count_at]
                    else self.tr("none")
                )
                axes.text(share + 1, position + offset, text, va="center", fontsize=8)
        axes.set_yticks(positions, [bar[0] for bar in bars])
        for tick, bar in zip(axes.get_yticklabels(), bars, strict=True):
            tick.set_color(COLOURS[bar[0]][0])
            tick.set_fontweight("bold")
        axes.set_xlim(0, 115)
        axes.set_xlabel(self.tr("customers who improved (%)"), fontsize=8)
        axes.tick_params(labelsize=8)
        axes.spines[["top", "right"]].set_visible(False)
        axes.legend(fontsize=8, loc="lower right", frameon=False)
        self.canvas.draw_idle()
