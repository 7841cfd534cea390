"""The Team view (PRODUCT.md §6): one row per account manager and one for the team —
customers, segment counts, untapped potential, capacity (editable), demand, planned
visits, load as a bar, overflow, effort share against potential share, misallocation —
the cadences, and effort share against potential (and revenue) share per segment as
grouped bars.  Choosing a manager's row filters the window to that manager.

It reads the document's plan, which follows the priorities: during a threshold drag it
changes when the window re-ranks (the mouse rests), not on every move.  Its only hooks
into the document are ``changed`` and ``set_plan_settings``.
"""

from __future__ import annotations

import math

import numpy as np
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QRectF,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QSplitter,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from segmenter_app.core.errors import PlanSettingError
from segmenter_app.core.model import segmentation as sg
from segmenter_app.core.model.document import CustomerDocument
from segmenter_app.core.model.events import DocumentChange
from segmenter_app.core.model.plan import Figures, VisitPlan
from segmenter_app.core.model.plan_settings import CADENCE_KEYS
from segmenter_app.core.outputs.shares_picture import SharesBars
from segmenter_app.core.outputs.team_output import HEADERS as TEAM_HEADERS
from segmenter_app.core.text import plan_texts, texts

#: Column keys of the team table.
KEYS: tuple[str, ...] = (
    "manager",
    "customers",
    *sg.SEGMENTS,
    "potential",
    "capacity",
    "demand",
    "planned",
    "load",
    "overflow",
    "effort_share",
    "potential_share",
    "misallocation",
)
CAPACITY = KEYS.index("capacity")
LOAD = KEYS.index("load")
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_EDIT = int(Qt.ItemDataRole.EditRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole)
_FONT = int(Qt.ItemDataRole.FontRole)
_USER = int(Qt.ItemDataRole.UserRole)
_ROLES = frozenset((_DISPLAY, _EDIT, _TOOLTIP, _ALIGN, _FONT, _USER))


def _headers() -> dict[str, str]:
    # The files' words (core/outputs/team_output.py): the window and the overview agree.
    words = {key: QCoreApplication.translate("core", label) for key, label in TEAM_HEADERS.items()}
    return {**words, "manager": words["account_manager"], **{name: name for name in sg.SEGMENTS}}


class TeamModel(QAbstractTableModel):
    """Rows: the managers in name order, then the team.  Texts are formatted once per
    plan (``data()`` is a lookup)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.document: CustomerDocument | None = None
        self.plan: VisitPlan | None = None
        self.language = "en"
        self._rows: list[Figures] = []
        self._texts: dict[int, list[str]] = {}
        self._tips: dict[int, list[str | None]] = {}
        self._headers = _headers()
        self._bold = None

    def set_plan(self, document: CustomerDocument | None, plan: VisitPlan | None, language: str) -> None:
        self.beginResetModel()
        self.document, self.plan, self.language = document, plan, language
        self._headers = _headers()
        self._rows = [] if plan is None else [*plan.rows, plan.team]
        # Worded when first shown: a refresh costs the rows in view, not all 200.
        self._texts = {}
        self._tips = {}
        self.endResetModel()

    def _row_texts(self, figures: Figures) -> list[str]:
        language = self.language
        team = self.plan is not None and figures is self.plan.team
        number = lambda value: texts.format_number(value, language)  # noqa: E731
        name = (
            QCoreApplication.translate("TeamView", "Team")
            if team
            else (figures.name or QCoreApplication.translate("TeamView", "(none)"))
        )
        effort_share = plan_texts.figure_or_reason(figures.effort_share, None, language)
        return [
            name,
            number(figures.customers),
            *[number(count) for count in figures.segment_counts],
            texts.format_money(
                figures.potential, language, self.document.currency if self.document is not None else "€"
            ),
            plan_texts.visits(figures.capacity, language),
            plan_texts.visits(figures.demand, language),
            plan_texts.visits(figures.planned, language),
            plan_texts.figure_or_reason(figures.load, None, language, "ratio"),
            number(figures.overflow),
            effort_share,
            plan_texts.figure_or_reason(figures.potential_share, None, language),
            plan_texts.figure_or_reason(figures.misallocation, None, language, "index"),
        ]

    def _row_tips(self, figures: Figures) -> list[str | None]:
        language = self.language
        tips: list[str | None] = [None] * len(KEYS)
        reasons = {
            "load": figures.load_reason,
            "effort_share": figures.effort_reason,
            "potential_share": figures.potential_reason,
            "misallocation": figures.misallocation_reason,
        }
        for key, reason in reasons.items():
            if reason is not None:
                tips[KEYS.index(key)] = plan_texts.reason_text(reason, language)
        tips[CAPACITY] = QCoreApplication.translate("TeamView", "Visits a year; double-click to change")
        tips[0] = plan_texts.capacity_line(figures, language)
        return tips

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(KEYS)

    def figures(self, row: int) -> Figures:
        return self._rows[row]

    def is_team(self, row: int) -> bool:
        return row == len(self._rows) - 1

    def headerData(self, section: int, orientation, role: int = _DISPLAY):
        if orientation == Qt.Orientation.Horizontal and role == _DISPLAY and 0 <= section < len(KEYS):
            return self._headers[KEYS[section]]
        return None

    def flags(self, index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and index.column() == CAPACITY and not self.is_team(index.row()):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index, role: int = _DISPLAY):
        if role not in _ROLES or not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role == _DISPLAY:
            texts_ = self._texts.get(row)
            if texts_ is None:
                texts_ = self._texts[row] = self._row_texts(self._rows[row])
            return texts_[column]
        if role == _EDIT and column == CAPACITY:
            return float(self._rows[row].capacity)
        if role == _TOOLTIP:
            tips = self._tips.get(row)
            if tips is None:
                tips = self._tips[row] = self._row_tips(self._rows[row])
            return tips[column]
        if role == _USER and column == LOAD:
            return self._rows[row].load
        if role == _ALIGN and column > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == _FONT and self.is_team(row):
            if self._bold is None:
                from PySide6.QtGui import QFont

                self._bold = QFont()
                self._bold.setBold(True)
            return self._bold
        return None

    def setData(self, index, value, role: int = _EDIT) -> bool:
        if role != _EDIT or index.column() != CAPACITY or self.document is None or self.is_team(index.row()):
            return False
        try:
            capacity = float(str(value).replace(",", ".")) if isinstance(value, str) else float(value)
            settings = self.document.plan_settings
            name = self._rows[index.row()].name
            new = settings.with_capacity_of(name, None if capacity == settings.capacity else capacity)
        except (TypeError, ValueError, PlanSettingError):
            return False
        self.document.set_plan_settings(new)
        return True


class LoadDelegate(QStyledItemDelegate):
    """Load as a bar: full width at 150 %, a mark at 100 %, red beyond capacity."""

    def paint(self, painter: QPainter, option, index) -> None:
        load = index.data(_USER)
        if load is None or not math.isfinite(load):
            super().paint(painter, option, index)
            return
        rect = QRectF(option.rect).adjusted(3, 4, -3, -4)
        painter.save()
        painter.fillRect(rect, QColor("#EEEEEE"))
        filled = QRectF(rect)
        filled.setWidth(rect.width() * min(load / 1.5, 1.0))
        painter.fillRect(filled, QColor("#D55E00" if load > 1.0 + 1e-9 else "#009E73"))
        full = rect.left() + rect.width() / 1.5
        painter.setPen(QColor("#333333"))
        painter.drawLine(int(full), int(rect.top()) - 2, int(full), int(rect.bottom()) + 2)
        painter.restore()
        option.displayAlignment = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        super().paint(painter, option, index)


class _Canvas(FigureCanvasQTAgg):
    def draw(self) -> None:
        # Not while the dock is collapsed: the constrained layout has no room and warns.
        if self.width() >= 120 and self.height() >= 100:
            super().draw()


class TeamView(QWidget):
    #: A manager's row was chosen (None: the team row, all managers).
    manager_chosen = Signal(object)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.document: CustomerDocument | None = None
        self.language = "en"
        self.shown_plan: VisitPlan | None = None
        self._drawn: tuple | None = None
        self.model = TeamModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(LOAD, LoadDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        # Sized to the contents once per list, not on every refresh (that asks every cell).
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.table.clicked.connect(self._on_row_clicked)
        self.summary = QLabel()
        # Two lines of a fixed height whatever they say: a text that re-wraps after a
        # re-plan would resize the dock, and with it the chart (a full redraw mid-drag).
        self.summary.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.summary.setFixedHeight(self.summary.fontMetrics().lineSpacing() * 2 + 4)
        # The plan's settings: the team's capacity and the cadence per group.
        self.capacity = self._spin(0, 100_000)
        self.capacity.editingFinished.connect(self._on_capacity_edited)
        self.cadence = {key: self._spin(0, 365) for key in CADENCE_KEYS}
        for key, box in self.cadence.items():
            box.editingFinished.connect(lambda key=key: self._on_cadence_edited(key))
        # One row: the team's capacity, then the cadence per group.
        self.capacity_label = QLabel()
        self.cadence_label = QLabel()
        settings = QHBoxLayout()
        settings.addWidget(self.capacity_label)
        settings.addWidget(self.capacity)
        settings.addSpacing(12)
        settings.addWidget(self.cadence_label)
        self.cadence_names = {key: QLabel(key.replace("-", "·")) for key in CADENCE_KEYS}
        for key in CADENCE_KEYS:
            settings.addWidget(self.cadence_names[key])
            settings.addWidget(self.cadence[key])
        settings.addStretch(1)
        self.figure = Figure(figsize=(3.6, 2.2), layout="constrained")
        self.canvas = _Canvas(self.figure)
        # Low enough that the unfolded panel fits a 768-pixel laptop screen with the table.
        self.canvas.setMinimumSize(240, 96)
        self.bars = SharesBars(self.figure.add_subplot())
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        # The settings row may be cut rather than widen the dock: a dock wider than the
        # window's centre makes the main layout resize the chart whenever a label changes.
        settings_row = QWidget()
        settings_row.setLayout(settings)
        settings.setContentsMargins(0, 0, 0, 0)
        settings_row.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        settings_row.setMinimumHeight(settings_row.sizeHint().height())
        left_layout.addWidget(settings_row)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.summary)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.canvas)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([900, 380])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(splitter)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.refresh)
        self.retranslate()

    def _spin(self, low: float, high: float) -> QDoubleSpinBox:
        box = QDoubleSpinBox()
        box.setRange(low, high)
        box.setDecimals(1)
        box.setKeyboardTracking(False)
        box.setMinimumWidth(58)
        box.setMaximumWidth(80)
        return box

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.capacity_label.setText(self.tr("Capacity (visits a year)"))
        self.cadence_label.setText(self.tr("Visits per customer:"))
        self.refresh(force=True)

    # ----------------------------------------------------------------- document

    def set_document(self, document: CustomerDocument | None, language: str) -> None:
        if self.document is not None:
            self.document.changed.disconnect(self._on_document_changed)
        self.document, self.language = document, language
        if document is not None:
            document.changed.connect(self._on_document_changed)
        self.refresh(force=True)
        self.table.resizeColumnsToContents()

    def set_language(self, language: str) -> None:
        self.language = language
        self.refresh(force=True)
        self.table.resizeColumnsToContents()

    def _on_document_changed(self, change: DocumentChange) -> None:
        # The plan follows the ranks, the managers and its settings; a note changes none.
        # Several changes in one event (an undo of many) give one refresh.
        if change.rows is None or change.derived or change.state or "account_manager" in change.inputs:
            self._timer.start()

    def refresh(self, force: bool = False) -> None:
        """Show the document's plan; nothing to do while it is the plan shown (a drag
        between two re-rankings)."""
        document = self.document
        plan = document.plan if document is not None else None
        if plan is self.shown_plan and not force:
            return
        self.shown_plan = plan
        self.model.set_plan(document, plan, self.language)
        self._fill_settings()
        if plan is None:
            self.summary.setText("")
            return
        shares = plan.shares
        key = (
            self.language,
            *(tuple(np.nan_to_num(getattr(shares, m), nan=-1.0)) for m in ("effort", "potential", "revenue")),
        )
        if key != self._drawn or force:
            # The picture is redrawn only when a share moved (a capacity change moves none).
            self._drawn = key
            self.bars.update(shares, self.language)
            self.canvas.draw_idle()
        summary = self._summary_text(plan)
        self.summary.setText(summary)
        self.summary.setToolTip(summary)  # whole, where the dock is too narrow

    def _fill_settings(self) -> None:
        settings = self.document.plan_settings if self.document is not None else None
        for box in (self.capacity, *self.cadence.values()):
            box.setEnabled(settings is not None)
            box.blockSignals(True)
        if settings is not None:
            self.capacity.setValue(settings.capacity)
            for key, box in self.cadence.items():
                box.setValue(settings.cadence_of(key))
        for box in (self.capacity, *self.cadence.values()):
            box.blockSignals(False)

    def _summary_text(self, plan: VisitPlan) -> str:
        """Two short lines: capacity and demand with the index; what effort says (or
        what is missing for it)."""
        language, team = self.language, plan.team
        first = plan_texts.capacity_line(team, language)
        if team.misallocation_reason is None:
            first += " · " + self.tr("misallocation {index}").format(
                index=plan_texts.figure_or_reason(team.misallocation, None, language, "index")
            )
        counts = np.bincount(plan.service, minlength=3)
        if plan.service_reason is None:
            second = self.tr("{under} customers under-served, {over} over-served").format(
                under=texts.format_number(int(counts[1]), language),
                over=texts.format_number(int(counts[2]), language),
            )
        elif not plan.has_effort:
            second = self.tr(
                "No effort column in this list: the plan stands; effort against potential needs visits, "
                "contacts, calls or hours per customer."
            )
        else:
            second = self.tr("Effort against potential: {reason}").format(
                reason=plan_texts.reason_text(plan.service_reason, language)
            )
        return f"{first}\n{second}"

    # ----------------------------------------------------------------- edits

    def _on_capacity_edited(self) -> None:
        if self.document is not None:
            self.document.set_plan_settings(self.document.plan_settings.with_capacity(self.capacity.value()))

    def _on_cadence_edited(self, key: str) -> None:
        if self.document is not None:
            settings = self.document.plan_settings.with_cadence(key, self.cadence[key].value())
            self.document.set_plan_settings(settings)

    def _on_row_clicked(self, index) -> None:
        if not index.isValid() or index.column() == CAPACITY:
            return
        self.manager_chosen.emit(
            None if self.model.is_team(index.row()) else self.model.figures(index.row()).name
        )
