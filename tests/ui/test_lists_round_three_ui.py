"""Lists round three in the window: the import dialog asks once which end of an unclear
scale is the best, shows order lines summed (and can keep them), and names rating
words; the table shows the words as the list has them."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from segmenter_app.core.importing.importer import ImportOptions, load_customers
from segmenter_app.ui.dialogs.import_dialog import ImportDialog
from tests.core.list_kinds import customers, write_list


def _unclear_list(path: Path) -> Path:
    people = customers(30, 4)
    rows = [
        [p["customer_id"], p["customer_name"], p["account_manager"], p["revenue"], p["wallet"], 1 + i % 5]
        for i, p in enumerate(people)
    ]
    return write_list(
        path, ["Kundennummer", "Kunde", "Betreuer", "Umsatz", "Einkaufsvolumen", "Zufriedenheit (1–5)"], rows
    )


def test_the_window_asks_once_which_end_is_the_best(qtbot, window, tmp_path, monkeypatch) -> None:
    path = _unclear_list(tmp_path / "unclear.xlsx")
    asked = []

    def answer(dialog: ImportDialog) -> int:
        asked.append(dialog)
        assert dialog.direction_box.isVisibleTo(dialog)
        assert "1 = very satisfied" in dialog.direction_question.text()
        qtbot.mouseClick(dialog.low_is_best, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.result.report.kzi_best == "low", timeout=20_000)
        assert dialog.result.report.scale.reversed
        return ImportDialog.DialogCode.Accepted

    monkeypatch.setattr(ImportDialog, "exec", answer)
    with qtbot.waitSignal(window.document_opened, timeout=30_000):
        window.open_file(path)
    assert len(asked) == 1 and window.document.scale.reversed
    # Opened again: the answer is remembered with the mapping, nobody is asked.
    monkeypatch.setattr(ImportDialog, "exec", lambda dialog: pytest.fail("asked again"))
    with qtbot.waitSignal(window.document_opened, timeout=30_000):
        window.open_file(path)
    assert window.document.scale.reversed and not window.document.report.direction_unclear


def test_an_unanswered_question_is_taken_as_shown_and_not_asked_again(qtbot, window, tmp_path, monkeypatch):
    path = _unclear_list(tmp_path / "unclear.csv")
    monkeypatch.setattr(ImportDialog, "exec", lambda dialog: ImportDialog.DialogCode.Accepted)
    with qtbot.waitSignal(window.document_opened, timeout=30_000):
        window.open_file(path)
    assert not window.document.scale.reversed
    monkeypatch.setattr(ImportDialog, "exec", lambda dialog: pytest.fail("asked again"))
    with qtbot.waitSignal(window.document_opened, timeout=30_000):
        window.open_file(path)
    assert not window.document.scale.reversed


def test_the_dialog_shows_order_lines_summed_and_can_keep_them(qtbot, tmp_path) -> None:
    people = customers(12, 8)
    lines = [
        [p["customer_id"], p["customer_name"], p["account_manager"], p["revenue"] / 3, p["wallet"], 7]
        for p in people
        for _ in range(3)
    ]
    path = write_list(
        tmp_path / "orders.xlsx",
        ["Kundennummer", "Kunde", "Betreuer", "Umsatz", "Bedarf", "KZI (0-10)"],
        lines,
    )
    dialog = ImportDialog(path, load_customers(path, ImportOptions()), "en")
    qtbot.addWidget(dialog)
    assert dialog.sum_lines.isVisibleTo(dialog) and dialog.sum_lines.isChecked()
    assert "36 rows → 12 customers (lines summed)." in dialog.report.toPlainText()
    assert dialog.preview.rowCount() == 12
    qtbot.mouseClick(dialog.sum_lines, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result.report.lines == "keep", timeout=20_000)
    assert len(dialog.result.table) == 36 and "lines summed" not in dialog.report.toPlainText()
    assert dialog.sum_lines.isVisibleTo(dialog) and not dialog.sum_lines.isChecked()
    assert dialog.mapping_to_remember()["@lines"] == "keep"


def test_rating_words_in_the_dialog_and_the_table(qtbot, window, tmp_path, monkeypatch) -> None:
    words = ["Sehr zufrieden", "Zufrieden", "Neutral", "Unzufrieden", "Sehr unzufrieden"]
    people = customers(20, 1)
    rows = [
        [p["customer_id"], p["customer_name"], p["account_manager"], p["revenue"], p["wallet"], words[i % 5]]
        for i, p in enumerate(people)
    ]
    path = write_list(
        tmp_path / "words.xlsx",
        ["Kundennummer", "Kunde", "Betreuer", "Umsatz", "Bedarf", "Zufriedenheit"],
        rows,
    )
    dialog = ImportDialog(path, load_customers(path, ImportOptions()), "en")
    qtbot.addWidget(dialog)
    assert (
        "Satisfaction scale words, 5 levels (the column holds rating words)." in dialog.report.toPlainText()
    )
    column = [
        dialog.preview.horizontalHeaderItem(c).text() for c in range(dialog.preview.columnCount())
    ].index("Satisfaction")
    assert dialog.preview.item(1, column).text() == "Zufrieden"
    with qtbot.waitSignal(window.document_opened, timeout=30_000):
        window.open_file(path)
    model = window.workspace.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert "Satisfaction (words, 5 levels)" in headers
    source = headers.index("Satisfaction (words, 5 levels)")
    shown = {model.index(r, source).data() for r in range(model.rowCount())}
    assert shown == set(words)
