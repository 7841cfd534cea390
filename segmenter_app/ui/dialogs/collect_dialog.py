"""Review a collect before anything changes: what is taken, what is kept, the conflicts
(keep, take, or for texts both), the suggestions for read-only values (accepted one by
one), the unknown rows, and the files that were refused or need a word.

A conflict is judged by reading its values: the value columns share the width, their
text wraps (a few lines per row, the whole text in the tooltip), and the file's column
stays narrow (its full path in the tooltip)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QListWidget,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
)

from segmenter_app.core.projects.collect import CollectPlan
from segmenter_app.core.text import collect_words, texts
from segmenter_app.ui.screen_fit import fit_to_screen
from segmenter_app.ui.table.action_cells import date_text, status_text
from segmenter_app.ui.table.row_heights import RowsFitText

#: Rows shown per list: a review of thousands of changes stays quick to open; the
#: counts in the tab titles are always whole.
MAX_SHOWN = 2000

#: The kinds of column of the review's tables: how wide each is and how its text shows.
CUSTOMER, FIELD, VALUE, FILE, CHOICE = "customer", "field", "value", "file", "choice"

#: Lines of a value shown in its row at most (the tooltip has all of it).
VALUE_LINES = 4


class ReviewTable(QTableWidget):
    """A table of the review with ``columns`` (header, kind): the values share the room
    and wrap, the customer keeps a readable width, field, file and choice take what they
    need; each row is as high as its text (up to :data:`VALUE_LINES` lines)."""

    def __init__(self, columns: list[tuple[str, str]], rows: int) -> None:
        super().__init__(rows, len(columns))
        self.kinds = tuple(kind for _header, kind in columns)
        self.setHorizontalHeaderLabels([header for header, _kind in columns])
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.verticalHeader().setVisible(False)
        metrics = self.fontMetrics()
        header = self.horizontalHeader()
        header.setStretchLastSection(False)
        for column, kind in enumerate(self.kinds):
            if kind == VALUE:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
            elif kind in (FIELD, CHOICE):
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
            else:
                # A customer ("012457 Müller Bau GmbH") on up to two lines; a file by name.
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
                self.setColumnWidth(column, metrics.averageCharWidth() * (26 if kind == CUSTOMER else 16))
        # Rows as high as their text again when a column changes width (once per change).
        self.rows_fit = RowsFitText(self, VALUE_LINES)


class CollectDialog(QDialog):
    def __init__(self, plan: CollectPlan, language: str, parent=None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.language = language
        self.setWindowTitle(self.tr("Collect from managers"))
        fit_to_screen(self, 1240, 640)
        layout = QVBoxLayout(self)
        self.summary = QLabel(self._summary())
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)
        self.conflicts = self._conflict_table()
        self.suggestions = self._suggestion_table()
        self.taken = self._change_table(plan.taken, self.tr("Before"), self.tr("Taken"))
        self.kept = self._change_table(plan.kept, self.tr("Exported"), self.tr("Here (kept)"))
        self.messages = QListWidget()
        self.messages.setWordWrap(True)
        for note in [*plan.refused, *plan.notes, *plan.unknown]:
            self.messages.addItem(
                f"{note.file.name}: {collect_words.note_text(note.code, note.params, language)}"
            )
        count = len(plan.refused) + len(plan.notes) + len(plan.unknown)
        self.tabs.addTab(self.conflicts, self.tr("Conflicts ({count})").format(count=len(plan.conflicts)))
        self.tabs.addTab(self.taken, self.tr("Taken ({count})").format(count=len(plan.taken)))
        self.tabs.addTab(
            self.suggestions, self.tr("Suggestions ({count})").format(count=len(plan.suggestions))
        )
        self.tabs.addTab(self.kept, self.tr("Kept ({count})").format(count=len(plan.kept)))
        self.tabs.addTab(self.messages, self.tr("Files and unknown rows ({count})").format(count=count))
        for index, size in enumerate(
            (len(plan.conflicts), len(plan.taken), len(plan.suggestions), len(plan.kept), count)
        ):
            if size:
                self.tabs.setCurrentIndex(index)
                break
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Collect"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(plan.files))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    # ----------------------------------------------------------------- parts

    def _summary(self) -> str:
        plan = self.plan
        lines = [
            self.tr(
                "{files} read, {refused} refused. Nothing changes until you press Collect; "
                "then the whole collect is one step to undo."
            ).format(
                files=self.tr("{count} file(s)", "", len(plan.files)).format(count=len(plan.files)),
                refused=len(plan.refused),
            )
        ]
        if plan.changes_nothing:
            lines.append(self.tr("The returned files hold nothing new: collecting changes no value."))
        return "\n".join(lines)

    def _table(self, columns: list[tuple[str, str]], rows: int) -> ReviewTable:
        return ReviewTable(columns, min(rows, MAX_SHOWN))

    @staticmethod
    def _cell(text: str, tooltip: str | None = None) -> QTableWidgetItem:
        """A cell whose whole text (or ``tooltip``) shows on hover: a cut value can
        always be read."""
        item = QTableWidgetItem(text)
        if tooltip or text:
            item.setToolTip(tooltip if tooltip is not None else text)
        return item

    def _file_cell(self, path) -> QTableWidgetItem:
        return self._cell(path.name, str(path))

    def _value(self, column: str, value) -> str:
        if value is None or (isinstance(value, float) and value != value):
            return ""
        if column in ("due", "last_contact"):
            return date_text(value, self.language)
        if column == "status":
            return status_text(str(value)) or "–"
        if isinstance(value, float):
            return texts.format_number(value, self.language, 0 if value.is_integer() else 2)
        return str(value)

    def _common(self, table: QTableWidget, row: int, item) -> None:
        table.setItem(row, 0, self._cell(f"{item.customer_id} {item.customer_name}".strip()))
        table.setItem(row, 1, self._cell(collect_words.field_name(item.column, self.language)))

    def _change_table(self, changes, before: str, after: str) -> QTableWidget:
        table = self._table(
            [
                (self.tr("Customer"), CUSTOMER),
                (self.tr("Field"), FIELD),
                (before, VALUE),
                (after, VALUE),
                (self.tr("File"), FILE),
            ],
            len(changes),
        )
        for row, change in enumerate(changes[:MAX_SHOWN]):
            self._common(table, row, change)
            table.setItem(row, 2, self._cell(self._value(change.column, change.before)))
            table.setItem(row, 3, self._cell(self._value(change.column, change.value)))
            table.setItem(row, 4, self._file_cell(change.file))
        return table

    def _conflict_table(self) -> QTableWidget:
        conflicts = self.plan.conflicts
        table = self._table(
            [
                (self.tr("Customer"), CUSTOMER),
                (self.tr("Field"), FIELD),
                (self.tr("Exported"), VALUE),
                (self.tr("Here"), VALUE),
                (self.tr("Returned"), VALUE),
                (self.tr("File"), FILE),
                (self.tr("Keep or take"), CHOICE),
            ],
            len(conflicts),
        )
        self.choices: list[QComboBox] = []
        for row, conflict in enumerate(conflicts[:MAX_SHOWN]):
            self._common(table, row, conflict)
            table.setItem(row, 2, self._cell(self._value(conflict.column, conflict.base)))
            table.setItem(row, 3, self._cell(self._value(conflict.column, conflict.ours)))
            table.setItem(row, 4, self._cell(self._value(conflict.column, conflict.theirs)))
            table.setItem(row, 5, self._file_cell(conflict.file))
            choice = QComboBox()
            choice.addItem(self.tr("Keep here"), "keep")
            choice.addItem(self.tr("Take returned"), "take")
            if conflict.can_join:
                choice.addItem(self.tr("Both"), "both")
            choice.setCurrentIndex(max(choice.findData(conflict.choice), 0))
            choice.currentIndexChanged.connect(
                lambda _index, conflict=conflict, choice=choice: setattr(
                    conflict, "choice", choice.currentData()
                )
            )
            table.setCellWidget(row, 6, choice)
            self.choices.append(choice)
        return table

    def _suggestion_table(self) -> QTableWidget:
        suggestions = self.plan.suggestions
        table = self._table(
            [
                (self.tr("Customer"), CUSTOMER),
                (self.tr("Field"), FIELD),
                (self.tr("Here"), VALUE),
                (self.tr("Suggested"), VALUE),
                (self.tr("File"), FILE),
            ],
            len(suggestions),
        )
        for row, suggestion in enumerate(suggestions[:MAX_SHOWN]):
            self._common(table, row, suggestion)
            first = table.item(row, 0)
            first.setFlags(first.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            first.setCheckState(Qt.CheckState.Checked if suggestion.accepted else Qt.CheckState.Unchecked)
            table.setItem(row, 2, self._cell(self._value(suggestion.column, suggestion.before)))
            table.setItem(row, 3, self._cell(self._value(suggestion.column, suggestion.value)))
            table.setItem(row, 4, self._file_cell(suggestion.file))
        table.itemChanged.connect(self._on_suggestion_changed)
        return table

    def _on_suggestion_changed(self, item: QTableWidgetItem) -> None:
        if item.column() == 0 and item.row() < len(self.plan.suggestions):
            self.plan.suggestions[item.row()].accepted = item.checkState() == Qt.CheckState.Checked
