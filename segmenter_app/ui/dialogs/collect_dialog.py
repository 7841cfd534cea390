"""Review a collect before anything changes: what is taken, what is kept, the conflicts
(keep, take, or for texts both), the suggestions for read-only values (accepted one by
one), the unknown rows, and the files that were refused or need a word."""

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
from segmenter_app.ui.table.action_cells import date_text, status_text

#: Rows shown per list: a review of thousands of changes stays quick to open; the
#: counts in the tab titles are always whole.
MAX_SHOWN = 2000


class CollectDialog(QDialog):
    def __init__(self, plan: CollectPlan, language: str, parent=None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.language = language
        self.setWindowTitle(self.tr("Collect from managers"))
        self.resize(900, 560)
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
                "{files} file(s) read, {refused} refused. Nothing changes until you press Collect; "
                "then the whole collect is one step to undo."
            ).format(files=len(plan.files), refused=len(plan.refused))
        ]
        if plan.changes_nothing:
            lines.append(self.tr("The returned files hold nothing new: collecting changes no value."))
        return "\n".join(lines)

    def _table(self, headers: list[str], rows: int) -> QTableWidget:
        table = QTableWidget(min(rows, MAX_SHOWN), len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.horizontalHeader().setStretchLastSection(True)
        return table

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
        table.setItem(row, 0, QTableWidgetItem(f"{item.customer_id} {item.customer_name}".strip()))
        table.setItem(row, 1, QTableWidgetItem(collect_words.field_name(item.column, self.language)))

    def _change_table(self, changes, before: str, after: str) -> QTableWidget:
        table = self._table(
            [self.tr("Customer"), self.tr("Field"), before, after, self.tr("File")], len(changes)
        )
        for row, change in enumerate(changes[:MAX_SHOWN]):
            self._common(table, row, change)
            table.setItem(row, 2, QTableWidgetItem(self._value(change.column, change.before)))
            table.setItem(row, 3, QTableWidgetItem(self._value(change.column, change.value)))
            table.setItem(row, 4, QTableWidgetItem(change.file.name))
        return table

    def _conflict_table(self) -> QTableWidget:
        conflicts = self.plan.conflicts
        table = self._table(
            [
                self.tr("Customer"),
                self.tr("Field"),
                self.tr("Exported"),
                self.tr("Here"),
                self.tr("Returned"),
                self.tr("File"),
                self.tr("Keep or take"),
            ],
            len(conflicts),
        )
        self.choices: list[QComboBox] = []
        for row, conflict in enumerate(conflicts[:MAX_SHOWN]):
            self._common(table, row, conflict)
            table.setItem(row, 2, QTableWidgetItem(self._value(conflict.column, conflict.base)))
            table.setItem(row, 3, QTableWidgetItem(self._value(conflict.column, conflict.ours)))
            table.setItem(row, 4, QTableWidgetItem(self._value(conflict.column, conflict.theirs)))
            table.setItem(row, 5, QTableWidgetItem(conflict.file.name))
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
            [self.tr("Customer"), self.tr("Field"), self.tr("Here"), self.tr("Suggested"), self.tr("File")],
            len(suggestions),
        )
        for row, suggestion in enumerate(suggestions[:MAX_SHOWN]):
            self._common(table, row, suggestion)
            first = table.item(row, 0)
            first.setFlags(first.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            first.setCheckState(Qt.CheckState.Checked if suggestion.accepted else Qt.CheckState.Unchecked)
            table.setItem(row, 2, QTableWidgetItem(self._value(suggestion.column, suggestion.before)))
            table.setItem(row, 3, QTableWidgetItem(self._value(suggestion.column, suggestion.value)))
            table.setItem(row, 4, QTableWidgetItem(suggestion.file.name))
        table.itemChanged.connect(self._on_suggestion_changed)
        return table

    def _on_suggestion_changed(self, item: QTableWidgetItem) -> None:
        if item.column() == 0 and item.row() < len(self.plan.suggestions):
            self.plan.suggestions[item.row()].accepted = item.checkState() == Qt.CheckState.Checked
