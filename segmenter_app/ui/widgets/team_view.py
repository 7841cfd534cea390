"""The Team view (PRODUCT.md §6): one row per account manager and one for the team —
customers, segment counts, worth, capacity (editable; where it came from), demand,
planned visits, load as a bar, overflow, effort share against worth share, the
misallocation index of last period's effort and of the plan — the plan's settings, one
plain sentence on what the index says, and the shares of effort, plan and worth per
segment as grouped bars.  Choosing a manager's row filters the window to that manager.

Made for a 1366×768 laptop with a taskbar: unfolded, the rows of six managers and the
team show at once (more scroll), the names stay in view when the figures scroll
sideways (a frozen first column, as Qt's "Frozen Column" example builds it), and the
settings sit on one line whose words are never cut.

It reads the document's plan, which follows the priorities: during a threshold drag it
changes when the window re-ranks (the mouse rests), not on every move.  Its only hooks
into the document are ``changed`` and ``set_plan_settings``.
"""

from __future__ import annotations

import math
from collections import OrderedDict

import numpy as np
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QRect,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QStyledItemDelegate,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from segmenter_app.core.errors import PlanSettingError
from segmenter_app.core.model import segmentation as sg
from segmenter_app.core.model.document import CustomerDocument
from segmenter_app.core.model.events import DocumentChange
from segmenter_app.core.model.plan import Figures, VisitPlan
from segmenter_app.core.model.plan_settings import GROUP_KEYS, MAX_CAPACITY, MAX_VISITS, MAX_WEIGHT
from segmenter_app.core.outputs.shares_picture import SharesBars
from segmenter_app.core.outputs.team_output import HEADERS as TEAM_HEADERS
from segmenter_app.core.text import plan_texts, texts
from segmenter_app.ui.figure_layout import draw_laid_out

#: Column keys of the team table.
KEYS: tuple[str, ...] = (
    "manager",
    "customers",
    *sg.SEGMENTS,
    "worth",
    "capacity",
    "demand",
    "planned",
    "load",
    "overflow",
    "effort_share",
    "worth_share",
    "misallocation",
    "misallocation_planned",
)
CAPACITY = KEYS.index("capacity")
LOAD = KEYS.index("load")
#: Rows shown without scrolling: six managers and the team fit a laptop; more scroll.
ROWS_IN_VIEW = 7
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_EDIT = int(Qt.ItemDataRole.EditRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole)
_FONT = int(Qt.ItemDataRole.FontRole)
_USER = int(Qt.ItemDataRole.UserRole)
_ROLES = frozenset((_DISPLAY, _EDIT, _TOOLTIP, _ALIGN, _FONT, _USER))


def _headers() -> dict[str, str]:
    # The files' words (core/outputs/team_output.py): the window and the overview agree;
    # a header of several words takes two short lines, so no column is wider than a
    # laptop's table needs.
    words = {
        key: _two_lines(QCoreApplication.translate("core", label)) for key, label in TEAM_HEADERS.items()
    }
    return {**words, "manager": words["account_manager"], **{name: name for name in sg.SEGMENTS}}


def _two_lines(text: str) -> str:
    """``text`` on two lines, broken at the space nearest its middle (one word: as it is)."""
    spaces = [at for at, letter in enumerate(text) if letter == " "]
    if not spaces or len(text) <= 10:
        return text
    at = min(spaces, key=lambda space: abs(len(text) - 2 * space))
    return text[:at] + "\n" + text[at + 1 :]


def _header_tips() -> dict[str, str]:
    return {
        "manager": QCoreApplication.translate(
            "TeamView", "Click a row to show that account manager's customers; the team row shows all"
        ),
        "customers": QCoreApplication.translate(
            "TeamView", "Customers in the list (classified ones in the tooltip of each cell)"
        ),
        **{
            name: QCoreApplication.translate("TeamView", "Customers in {segment}").format(segment=name)
            for name in sg.SEGMENTS
        },
        "worth": QCoreApplication.translate(
            "TeamView",
            "Worth = the group's weight × the value at stake: the untapped potential (GROW, MOVE, MODEL), "
            "the revenue at risk (FIX)",
        ),
        "capacity": QCoreApplication.translate(
            "TeamView",
            "Visits the account manager can make a year: from the list's visits where it has them, else "
            "200; double-click to set another",
        ),
        "demand": QCoreApplication.translate(
            "TeamView",
            "Visits every customer would get with unlimited capacity: its maximum where it has "
            "worth, else the minimum",
        ),  # fmt: skip
        "planned": QCoreApplication.translate(
            "TeamView",
            "Visits in the plan: the minimums in priority order while capacity lasts, then each visit to "
            "the customer whose next visit is worth most",
        ),
        "load": QCoreApplication.translate(
            "TeamView", "Demand ÷ capacity: over 100 % the capacity does not cover the demand"
        ),
        "overflow": QCoreApplication.translate(
            "TeamView", "Customers left without their minimum visit (the capacity ran out)"
        ),
        "effort_share": QCoreApplication.translate(
            "TeamView", "Share of the team's effort in the last period"
        ),
        "worth_share": QCoreApplication.translate("TeamView", "Share of the team's worth"),
        "misallocation": QCoreApplication.translate(
            "TeamView",
            "Share of last period's effort that would have to move to other customers to follow worth "
            "(0 % = in proportion; 100 % = all of it where nothing is at stake)",
        ),
        "misallocation_planned": QCoreApplication.translate(
            "TeamView", "The same index for the planned visits"
        ),
    }


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
        self._tips: dict[int, list[str]] = {}
        self._headers = _headers()
        self._header_tips = _header_tips()
        self._bold = None

    def set_plan(self, document: CustomerDocument | None, plan: VisitPlan | None, language: str) -> None:
        self.beginResetModel()
        self.document, self.plan, self.language = document, plan, language
        self._headers = _headers()
        self._header_tips = _header_tips()
        self._rows = [] if plan is None else [*plan.rows, plan.team]
        # Worded when first shown: a refresh costs the rows in view, not all 200.
        self._texts = {}
        self._tips = {}
        self.endResetModel()

    def _currency(self) -> str:
        return self.document.currency if self.document is not None else "€"

    def _name(self, figures: Figures) -> str:
        if self.plan is not None and figures is self.plan.team:
            return QCoreApplication.translate("TeamView", "Team")
        return figures.name or QCoreApplication.translate("TeamView", "(none)")

    def _row_texts(self, figures: Figures) -> list[str]:
        language = self.language
        number = lambda value: texts.format_number(value, language)  # noqa: E731
        return [
            self._name(figures),
            number(figures.customers),
            *[number(count) for count in figures.segment_counts],
            texts.format_money(figures.worth, language, self._currency()),
            plan_texts.visits(figures.capacity, language),
            plan_texts.visits(figures.demand, language),
            plan_texts.visits(figures.planned, language),
            plan_texts.figure_or_reason(figures.load, None, language, "ratio"),
            number(figures.overflow),
            plan_texts.figure_or_reason(figures.effort_share, None, language),
            plan_texts.figure_or_reason(figures.worth_share, None, language),
            plan_texts.figure_or_reason(figures.misallocation, None, language, "index"),
            plan_texts.figure_or_reason(figures.misallocation_planned, None, language, "index"),
        ]

    def _row_tips(self, figures: Figures) -> list[str]:
        """A sentence for every figure: what it is, for whom, and why it is empty."""
        language, plan = self.language, self.plan
        name = self._name(figures)
        shown = self._row_texts(figures)
        label = plan.effort_label if plan is not None else ""
        source = plan_texts.capacity_source_text(figures.capacity_source, label, language)
        tips = [
            plan_texts.capacity_line(figures, language),
            QCoreApplication.translate(
                "TeamView", "{name}: {customers} customers, {classified} classified"
            ).format(
                name=name, customers=shown[1], classified=texts.format_number(figures.classified, language)
            ),
            *[
                QCoreApplication.translate("TeamView", "{name}: {count} customers in {segment}").format(
                    name=name, count=count, segment=segment
                )
                for segment, count in zip(sg.SEGMENTS, shown[2:6])
            ],
            QCoreApplication.translate(
                "TeamView", "{name}: worth {worth} (weight × value at stake, over the classified customers)"
            ).format(name=name, worth=shown[6]),
            QCoreApplication.translate(
                "TeamView", "{name}: {capacity} visits a year ({source}); double-click to change"
            ).format(
                name=name,
                capacity=shown[7],
                source=source or QCoreApplication.translate("TeamView", "as set per account manager"),
            )
            if figures is not (plan.team if plan else None)
            else QCoreApplication.translate("TeamView", "The team: {capacity} visits a year").format(
                capacity=shown[7]
            ),
            QCoreApplication.translate("TeamView", "{name}: {demand} visits with unlimited capacity").format(
                name=name, demand=shown[8]
            ),
            QCoreApplication.translate(
                "TeamView", "{name}: {planned} visits planned, {minimums} of them minimums"
            ).format(name=name, planned=shown[9], minimums=plan_texts.visits(figures.minimums, language)),
            QCoreApplication.translate(
                "TeamView", "{name}: demand {demand} ÷ capacity {capacity} = {load}"
            ).format(name=name, demand=shown[8], capacity=shown[7], load=shown[10]),
            QCoreApplication.translate(
                "TeamView", "{name}: {overflow} customers without their minimum visit"
            ).format(name=name, overflow=shown[11]),
            QCoreApplication.translate(
                "TeamView", "{name}: {share} of the team's effort in the last period ({column})"
            ).format(name=name, share=shown[12], column=label or "–"),
            QCoreApplication.translate("TeamView", "{name}: {share} of the team's worth").format(
                name=name, share=shown[13]
            ),
            QCoreApplication.translate(
                "TeamView",
                "{name}: {index} of last period's effort would have to move to other customers to follow "
                "worth — {level}",
            ).format(
                name=name,
                index=shown[14],
                level=plan_texts.level(figures.misallocation, language)
                if not math.isnan(figures.misallocation)
                else "–",
            ),
            QCoreApplication.translate(
                "TeamView", "{name}: {index} of the planned visits would have to move to follow worth exactly"
            ).format(name=name, index=shown[15]),
        ]
        reasons = {
            "load": figures.load_reason,
            "effort_share": figures.effort_reason,
            "worth_share": figures.worth_reason,
            "misallocation": figures.misallocation_reason,
            "misallocation_planned": figures.misallocation_planned_reason,
        }
        for key, reason in reasons.items():
            if reason is not None:
                tips[KEYS.index(key)] = (
                    f"{self._headers[key].replace(chr(10), ' ')}: " + plan_texts.reason_text(reason, language)
                )
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
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(KEYS):
            return None
        if role == _DISPLAY:
            return self._headers[KEYS[section]]
        if role == _TOOLTIP:
            return self._header_tips[KEYS[section]]
        return None

    def flags(self, index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        past = self.document is not None and self.document.read_only
        if index.isValid() and index.column() == CAPACITY and not self.is_team(index.row()) and not past:
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
    """Load as a bar beside its figure (never under it): the bar fills the cell's left
    part, full at 150 %, a mark at 100 %, red beyond capacity; the figure stands right."""

    #: The figure's room on the right: "1.234 %" in bold (the team's row) and a margin.
    FIGURE = 46

    @staticmethod
    def figure_width(widget) -> int:
        from PySide6.QtGui import QFont, QFontMetrics

        font = QFont(widget.font())
        font.setBold(True)
        return QFontMetrics(font).horizontalAdvance("1.234 %") + 10

    def paint(self, painter: QPainter, option, index) -> None:
        load = index.data(_USER)
        if load is None or not math.isfinite(load):
            super().paint(painter, option, index)
            return
        figure = self.figure_width(option.widget) if option.widget is not None else self.FIGURE
        bar, text_rect = self.rects(option.rect, figure)
        painter.save()
        painter.fillRect(bar, QColor("#EEEEEE"))
        filled = QRectF(bar)
        filled.setWidth(bar.width() * min(load / 1.5, 1.0))
        painter.fillRect(filled, QColor("#D55E00" if load > 1.0 + 1e-9 else "#009E73"))
        full = bar.left() + bar.width() / 1.5
        painter.setPen(QColor("#333333"))
        painter.drawLine(int(full), int(bar.top()) - 2, int(full), int(bar.bottom()) + 2)
        painter.restore()
        text_option = type(option)(option)
        text_option.rect = text_rect
        text_option.displayAlignment = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        super().paint(painter, text_option, index)

    @staticmethod
    def rects(cell: QRect, figure: int) -> tuple[QRectF, QRect]:
        """The bar's rectangle and the figure's, side by side in ``cell``."""
        text = QRect(cell.right() - figure + 1, cell.top(), figure, cell.height())
        bar = QRectF(
            cell.left() + 4, cell.top() + 5, max(text.left() - cell.left() - 8, 8), cell.height() - 10
        )
        return bar, text

    def sizeHint(self, option, index) -> QSize:
        hint = super().sizeHint(option, index)
        figure = self.figure_width(option.widget) if option.widget is not None else self.FIGURE
        return QSize(max(hint.width(), figure + 56), hint.height())


class FrozenTable(QTableView):
    """A table whose first column stays in view when the others scroll sideways: a
    second view over the first column, sharing the model and the selection (Qt's
    "Frozen Column" example)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.frozen = QTableView(self)
        self.frozen.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.frozen.verticalHeader().hide()
        self.frozen.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.frozen.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.frozen.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.frozen.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.frozen.setStyleSheet("QTableView { border: none; }")
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.horizontalHeader().sectionResized.connect(self._on_section_resized)
        self.frozen.verticalScrollBar().valueChanged.connect(self.verticalScrollBar().setValue)
        self.verticalScrollBar().valueChanged.connect(self.frozen.verticalScrollBar().setValue)

    def setModel(self, model) -> None:
        super().setModel(model)
        self.frozen.setModel(model)
        self.frozen.setSelectionModel(self.selectionModel())
        model.modelReset.connect(self._columns)
        self._columns()

    def _columns(self) -> None:
        model = self.model()
        for column in range(1, model.columnCount()):
            self.frozen.setColumnHidden(column, True)
        self.frozen.setColumnWidth(0, self.columnWidth(0))
        self._place()

    def _on_section_resized(self, index: int, _old: int, size: int) -> None:
        if index == 0:
            self.frozen.setColumnWidth(0, size)
            self._place()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._place()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._place()

    def _place(self) -> None:
        frame = self.frameWidth()
        self.frozen.setGeometry(
            frame,
            frame,
            self.columnWidth(0),
            self.viewport().height() + self.horizontalHeader().height(),
        )
        self.frozen.horizontalHeader().setFixedHeight(self.horizontalHeader().height())
        for row in range(self.model().rowCount() if self.model() else 0):
            self.frozen.setRowHeight(row, self.rowHeight(row))

    def moveCursor(self, action, modifiers):
        # Keyboard moves keep the current cell out from under the frozen column.
        current = super().moveCursor(action, modifiers)
        if (
            action == QAbstractItemView.CursorAction.MoveLeft
            and current.column() > 0
            and self.visualRect(current).topLeft().x() < self.frozen.columnWidth(0)
        ):
            position = self.horizontalScrollBar().value() + self.visualRect(current).topLeft().x()
            self.horizontalScrollBar().setValue(position - self.frozen.columnWidth(0))
        return current

    def rows_height(self, rows: int) -> int:
        """The height that shows ``rows`` rows, the header and a horizontal scroll bar."""
        row = self.verticalHeader().defaultSectionSize()
        return (
            self.horizontalHeader().sizeHint().height()
            + rows * row
            + self.horizontalScrollBar().sizeHint().height()
            + 2 * self.frameWidth()
        )


#: Rows a column's width is measured on (beside every manager's name).
CONTENTS_ROWS = 40


class _Canvas(FigureCanvasQTAgg):
    """The shares' picture.  Its constrained layout is worked out once per size and
    axis words (:mod:`~segmenter_app.ui.figure_layout`, kept for every window of the
    process): measuring every text for it was half of each redraw (another period's
    shares, at 100,000 customers a period switch waited ~100 ms for it), while the
    margins depend only on the axis words.

    Each picture drawn is kept by what it shows (:attr:`key`: the shares, their
    reasons and the language) and the size: showing those shares again (another
    period and back, an edit undone) copies it back instead of drawing the bars, the
    hatches and the texts again (~150 ms).  Nothing is drawn while the view is hidden
    (folded, its dock closed): it is drawn when it shows."""

    #: pictures kept (a few periods' and sizes'; ~0.3 MB each)
    KEPT = 24

    def __init__(self, figure) -> None:
        super().__init__(figure)
        #: what the picture is to show (None: nothing to keep it by)
        self.key: tuple | None = None
        #: the shares to show, given to the bars when the picture is next drawn
        self.shares: tuple | None = None
        #: the bars, made when the picture is first drawn (a folded Team view, as every
        #: new window has, never pays for their axes)
        self.bars: SharesBars | None = None
        self._pictures: OrderedDict[tuple, object] = OrderedDict()
        #: full draws of the picture (for the tests: a hidden Team view draws none, a
        #: picture seen before is copied back)
        self.draw_count = 0
        # A draw asked for while hidden: done when the view shows.
        self._stale = False

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self.draw_idle()

    def show_shares(self, key: tuple, shares, language: str) -> None:
        """Show ``shares`` (worded in ``language``), kept by ``key``: drawn now when
        visible, else when the view shows."""
        self.key = key
        self.shares = (shares, language)
        self.draw_idle()

    def _apply_shares(self) -> None:
        if self.bars is None:
            self.bars = SharesBars(self.figure.add_subplot())
        if self.shares is not None:
            self.bars.update(*self.shares)
            self.shares = None

    def relayout(self) -> None:
        """The words changed: the pictures kept show the old ones."""
        self._pictures.clear()

    def draw(self) -> None:
        # Not while the dock is collapsed: the constrained layout has no room and warns.
        if self.width() < 120 or self.height() < 100:
            return
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        size = (self.width(), self.height(), self.device_pixel_ratio)
        kept = None if self.key is None else (self.key, size)
        if kept is not None and kept in self._pictures:
            self._pictures.move_to_end(kept)
            self.restore_region(self._pictures[kept])
            self.update()
            return
        self.draw_count += 1
        self._apply_shares()
        axes = self.figure.axes[0]
        legend = axes.get_legend()
        words = (axes.get_ylabel(), tuple(text.get_text() for text in legend.get_texts()) if legend else ())
        draw_laid_out(self.figure, words, super().draw)
        if kept is not None:
            self._pictures[kept] = self.copy_from_bbox(self.figure.bbox)
            while len(self._pictures) > self.KEPT:
                self._pictures.popitem(last=False)


class TeamView(QWidget):
    #: A manager's row was chosen (None: the team row, all managers).
    manager_chosen = Signal(object)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.document: CustomerDocument | None = None
        self.language = "en"
        self.shown_plan: VisitPlan | None = None
        self._drawn: tuple | None = None
        self._columns_pending = False
        self._moves = ""
        self.model = TeamModel(self)
        self.table = FrozenTable()
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(LOAD, LoadDelegate(self.table))
        for view in (self.table, self.table.frozen):
            view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
            view.verticalHeader().setVisible(False)
            view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
            view.clicked.connect(self._on_row_clicked)
        # Sized to the contents once per list, not on every refresh (that asks every cell).
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        # What the index says, in one plain sentence (wrapped; never cut), and the lines
        # on capacity and the largest moves.
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self._fit_summary()  # three lines until it has words and a width
        self._build_settings()
        self.figure = Figure(figsize=(3.4, 2.2), layout="constrained")
        self.canvas = _Canvas(self.figure)
        self.canvas.setMinimumSize(240, 96)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.setSpacing(3)
        left_layout.addWidget(self.settings_row)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.summary)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.canvas)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([980, 340])
        self.splitter.splitterMoved.connect(lambda *_: self._fit_summary())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.addWidget(self.splitter)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.refresh)
        self.retranslate()

    # ----------------------------------------------------------------- settings

    def _build_settings(self) -> None:
        """One line: the team's capacity (or the list's), the minimum, the priority order
        and a button that opens the maxima and weights per group."""
        self.capacity = QDoubleSpinBox()
        self.capacity.setRange(-1, MAX_CAPACITY)  # -1: each manager's from the list, else 200
        self.capacity.setDecimals(0)
        self.capacity.setKeyboardTracking(False)
        self.capacity.editingFinished.connect(self._on_capacity_edited)
        self.capacity.setMinimumWidth(self.capacity.fontMetrics().horizontalAdvance("aus der Liste") + 40)
        self.minimum = QSpinBox()
        self.minimum.setRange(0, MAX_VISITS)
        self.minimum.setKeyboardTracking(False)
        self.minimum.editingFinished.connect(self._on_minimum_edited)
        self.priority = QComboBox()
        self.priority.currentIndexChanged.connect(self._on_priority_chosen)
        self.capacity_label, self.minimum_label, self.priority_label = QLabel(), QLabel(), QLabel()
        for label, buddy in (
            (self.capacity_label, self.capacity),
            (self.minimum_label, self.minimum),
            (self.priority_label, self.priority),
        ):
            label.setBuddy(buddy)
        # The maxima and weights per group, in a panel that drops down from a button.
        self.groups_button = QToolButton()
        self.groups_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.groups_menu = QMenu(self.groups_button)
        panel = QWidget()
        grid = QGridLayout(panel)
        grid.setContentsMargins(8, 6, 8, 6)
        self.maximum: dict[str, QSpinBox] = {}
        self.weight: dict[str, QDoubleSpinBox] = {}
        self.group_names = {key: QLabel(key.replace("-", "·")) for key in GROUP_KEYS}
        self.maximum_label, self.weight_label = QLabel(), QLabel()
        grid.addWidget(self.maximum_label, 1, 0)
        grid.addWidget(self.weight_label, 2, 0)
        for column, key in enumerate(GROUP_KEYS, start=1):
            grid.addWidget(self.group_names[key], 0, column, Qt.AlignmentFlag.AlignHCenter)
            maximum = QSpinBox()
            maximum.setRange(0, MAX_VISITS)
            maximum.setKeyboardTracking(False)
            maximum.editingFinished.connect(lambda key=key: self._on_maximum_edited(key))
            weight = QDoubleSpinBox()
            weight.setRange(0, MAX_WEIGHT)
            weight.setDecimals(2)
            weight.setSingleStep(0.25)
            weight.setKeyboardTracking(False)
            weight.editingFinished.connect(lambda key=key: self._on_weight_edited(key))
            self.maximum[key], self.weight[key] = maximum, weight
            grid.addWidget(maximum, 1, column)
            grid.addWidget(weight, 2, column)
        action = QWidgetAction(self.groups_menu)
        action.setDefaultWidget(panel)
        self.groups_menu.addAction(action)
        self.groups_button.setMenu(self.groups_menu)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        for widget in (self.capacity_label, self.capacity):
            row.addWidget(widget)
        row.addSpacing(10)
        for widget in (self.minimum_label, self.minimum):
            row.addWidget(widget)
        row.addSpacing(10)
        for widget in (self.priority_label, self.priority):
            row.addWidget(widget)
        row.addSpacing(10)
        row.addWidget(self.groups_button)
        row.addStretch(1)
        self.settings_row = QWidget()
        self.settings_row.setLayout(row)
        # As wide as its words need (never cut); the dock is as wide as the window.
        self.settings_row.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

    def _all_setting_boxes(self) -> list[QWidget]:
        return [self.capacity, self.minimum, self.priority, *self.maximum.values(), *self.weight.values()]

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.capacity_label.setText(self.tr("Capacity a year:"))
        self.capacity.setToolTip(
            self.tr(
                "Visits each account manager can make a year. Automatic: what each made in the last "
                "period where the list counts visits, else 200. A number here holds for the whole team; "
                "double-click a manager's capacity in the table to set theirs."
            )
        )
        self.minimum_label.setText(self.tr("Minimum visits:"))
        self.minimum.setToolTip(
            self.tr("Visits every classified customer gets at least, in priority order while capacity lasts")
        )
        self.priority_label.setText(self.tr("Priority:"))
        self.priority.setToolTip(
            self.tr(
                "By worth: the largest worth first (pinned first). "
                "Segment first: the group order, then worth."
            )
        )
        self.priority.blockSignals(True)
        self.priority.clear()
        self.priority.addItem(self.tr("by worth"), "worth")
        self.priority.addItem(self.tr("segment first"), "segment")
        self.priority.blockSignals(False)
        self.groups_button.setText(self.tr("Visits and weights per group"))
        self.groups_button.setToolTip(
            self.tr(
                "The most visits a year per customer of each group, and how much a euro at stake counts "
                "in each group (worth = weight × value at stake)"
            )
        )
        self.maximum_label.setText(self.tr("Visits at most"))
        self.weight_label.setText(self.tr("Weight"))
        self.refresh(force=True)

    # ----------------------------------------------------------------- document

    def set_document(self, document: CustomerDocument | None, language: str) -> None:
        if self.document is not None:
            self.document.changed.disconnect(self._on_document_changed)
        self.document, self.language = document, language
        if document is not None:
            document.changed.connect(self._on_document_changed)
        self.refresh(force=True)
        self._fit_columns()

    def show_period(self, document: CustomerDocument) -> None:
        """Another period of the project: its plan, the columns as wide as they are."""
        if self.document is not None:
            self.document.changed.disconnect(self._on_document_changed)
        self.document = document
        document.changed.connect(self._on_document_changed)
        self.refresh(force=True)

    def set_language(self, language: str) -> None:
        self.language = language
        self.canvas.relayout()
        self.refresh(force=True)
        self._fit_columns()

    def _fit_columns(self) -> None:
        """The columns as wide as their contents: when the view shows (asking every
        cell of 200 managers took most of a second of opening a project with the
        Team view folded)."""
        if not self.isVisible():
            self._columns_pending = True
            return
        self._columns_pending = False
        header = self.table.horizontalHeader()
        # The figures' widths from the first rows (the team's row and the largest
        # managers: every cell of 200 took half a second); the names from every row.
        header.setResizeContentsPrecision(CONTENTS_ROWS)
        self.table.resizeColumnsToContents()
        metrics = self.table.fontMetrics()
        names = [self.model.data(self.model.index(row, 0)) for row in range(self.model.rowCount())]
        widest = max((metrics.horizontalAdvance(str(name)) for name in names if name), default=0)
        header.resizeSection(0, max(header.sectionSize(0), widest + 24))
        header.resizeSection(LOAD, max(header.sectionSize(LOAD), LoadDelegate.figure_width(self.table) + 56))
        self.table.frozen.setColumnWidth(0, self.table.columnWidth(0))
        self.table._place()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._columns_pending:
            self._fit_columns()

    def sizeHint(self) -> QSize:
        """Tall enough for the settings, six managers and the team, and the sentence."""
        rows = min(max(self.model.rowCount(), 1), ROWS_IN_VIEW)
        height = (
            self.settings_row.sizeHint().height()
            + self.table.rows_height(rows)
            + self.summary.height()
            + 20  # the layout's spacing and margins
        )
        return QSize(super().sizeHint().width(), height)

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
            *(tuple(np.nan_to_num(getattr(shares, m), nan=-1.0)) for m in ("effort", "planned", "worth")),
            *(getattr(shares, f"{m}_reason") for m in ("effort", "planned", "worth")),
        )
        if key != self._drawn or force:
            # The picture is redrawn only when a share moved (a capacity change moves none).
            self._drawn = key
            self.canvas.show_shares(key, shares, self.language)
        summary, whole = self._summary_text(plan)
        self.summary.setText(summary)
        self.summary.setToolTip(whole)
        self._fit_summary()

    def _fit_summary(self) -> None:
        """The summary as tall as its lines wrap at its width (at least three lines): a
        long German sentence beside a narrow table takes a fourth line, never cut.
        Asked when the text or the view's width changes, not from the label's own
        resize (a height asked there moves the layout, which resizes the label again)."""
        label = self.summary
        height = max(label.fontMetrics().lineSpacing() * 3, label.heightForWidth(max(label.width(), 1))) + 4
        if height != label.maximumHeight():
            label.setFixedHeight(height)

    def _fill_settings(self) -> None:
        document = self.document
        settings = document.plan_settings if document is not None else None
        boxes = self._all_setting_boxes()
        editable = settings is not None and not document.read_only  # a past period's plan stays
        for box in boxes:
            box.setEnabled(editable)
            box.blockSignals(True)
        if settings is not None:
            plan = document.plan
            self.capacity.setSpecialValueText(
                self.tr("from the list") if plan.team.capacity_source == "list" or any(
                    f.capacity_source == "list" for f in plan.rows
                ) else self.tr("200 (default)")
            )  # fmt: skip
            self.capacity.setValue(-1 if settings.capacity is None else settings.capacity)
            self.minimum.setValue(settings.minimum)
            self.priority.setCurrentIndex(max(self.priority.findData(settings.priority), 0))
            for key in GROUP_KEYS:
                self.maximum[key].setValue(settings.maximum_of(key))
                self.weight[key].setValue(settings.weight_of(key))
        for box in boxes:
            box.blockSignals(False)

    def _summary_text(self, plan: VisitPlan) -> tuple[str, str]:
        """What the index means and whether it is high (one plain sentence), then the
        capacity — where it came from — with the service flags, then the largest moves
        (as many as one line holds; all of them in the tooltip).  (shown, tooltip)"""
        language, team = self.language, plan.team
        lines = [plan_texts.index_meaning(team, language)]
        second = plan_texts.capacity_line(team, language)
        sources = {f.capacity_source for f in plan.rows}
        if sources == {"list"}:
            second += " · " + plan_texts.capacity_source_text("list", plan.effort_label, language)
        if plan.service_reason is None:
            second += " · " + self.tr(
                "{under} customers under-served, {over} over-served", "", int(team.under)
            ).format(
                under=texts.format_number(team.under, language),
                over=texts.format_number(team.over, language),
            )
        elif not plan.has_effort:
            second += " · " + self.tr(
                "No effort column in this list: effort against worth needs visits, contacts, calls or hours "
                "per customer."
            )
        else:
            second += " · " + self.tr("Effort against worth: {reason}").format(
                reason=plan_texts.reason_text(plan.service_reason, language)
            )
        lines.append(second)
        document = self.document
        whole = list(lines)
        self._moves = ""
        if document is not None and len(plan.moves):
            moves = plan_texts.moves_line(
                plan,
                document.table["customer_name"].to_numpy(dtype=object),
                document.table["account_manager"].to_numpy(dtype=object),
                language,
                document.currency,
            )
            whole.append(moves)
            self._moves = moves
            lines.append(self._elided_moves())
        return "\n".join(lines), "\n".join(whole)

    def _elided_moves(self) -> str:
        width = max(self.summary.width(), 200) - 8
        return self.summary.fontMetrics().elidedText(self._moves, Qt.TextElideMode.ElideRight, width)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self._moves and self.summary.text():
            # The largest moves fill the line the summary has now.
            lines = self.summary.text().split("\n")
            if len(lines) == 3:
                lines[2] = self._elided_moves()
                self.summary.setText("\n".join(lines))
        self._fit_summary()

    # ----------------------------------------------------------------- edits

    def _change(self, make) -> None:
        if self.document is None:
            return
        try:
            settings = make(self.document.plan_settings)
        except PlanSettingError:
            self._fill_settings()
            return
        self.document.set_plan_settings(settings)

    def _on_capacity_edited(self) -> None:
        value = self.capacity.value()
        self._change(lambda settings: settings.with_capacity(None if value < 0 else value))

    def _on_minimum_edited(self) -> None:
        self._change(lambda settings: settings.with_minimum(self.minimum.value()))

    def _on_priority_chosen(self, _index: int) -> None:
        order = self.priority.currentData()
        if order:
            self._change(lambda settings: settings.with_priority(order))

    def _on_maximum_edited(self, key: str) -> None:
        self._change(lambda settings: settings.with_maximum(key, self.maximum[key].value()))

    def _on_weight_edited(self, key: str) -> None:
        self._change(lambda settings: settings.with_weight(key, self.weight[key].value()))

    def _on_row_clicked(self, index) -> None:
        if not index.isValid() or index.column() == CAPACITY:
            return
        self.manager_chosen.emit(
            None if self.model.is_team(index.row()) else self.model.figures(index.row()).name
        )
