"""Every window, dialog and dock as a team lead meets it on a 1366×768 laptop with a
taskbar (1366×728 to use): each fits, in German and English, with a title bar on top;
and a German screen shows no English word that has a German translation missing
(issue 24).  Each screen is opened as a person opens it — its menu entry, its button."""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.text import Text
from PySide6.QtCore import QAbstractListModel, QModelIndex, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTabWidget,
    QTextBrowser,
    QWidget,
)

from segmenter_app.core.resources import sample_list
from segmenter_app.ui.screen_fit import FRAME
from segmenter_app.ui.widgets.collapsible_dock import is_folded, set_folded
from tests.english_words import english_in
from tests.ui.conftest import open_list
from tests.ui.laptop_screen import LAPTOP, laptop_screen  # noqa: F401 - a fixture

from .test_collect_review import HERE, RETURNED, returned_with_notes

#: Rows of a table read for its words: enough to meet every kind of value.
ROWS_READ = 30


class Shown:
    """The dialogs a screen's action opened (``exec`` shows them instead of waiting)."""

    def __init__(self) -> None:
        self.dialogs: list[QWidget] = []

    def exec(self, dialog: QDialog) -> int:
        dialog.show()
        self.dialogs.append(dialog)
        return QDialog.DialogCode.Rejected


def _customer(window, qtbot, tmp_path, monkeypatch):
    window.workspace.table.selectRow(25)
    window.notes_dock.raise_()
    return window


def _team(window, qtbot, tmp_path, monkeypatch):
    if is_folded(window.team_dock):
        set_folded(window, window.team_dock, False)
    qtbot.waitUntil(lambda: not is_folded(window.team_dock))
    return window


def _thresholds(window, qtbot, tmp_path, monkeypatch):
    window.thresholds_dock.raise_()
    return window


def _action(name: str) -> Callable:
    def open_(window, qtbot, tmp_path, monkeypatch):
        window.action(name).trigger()

    return open_


def _update(window, qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(sample_list("de")), ""))
    window.action("file.update").trigger()


def _collect(window, qtbot, tmp_path, monkeypatch):
    path, ids = returned_with_notes(window.document, tmp_path / "out", RETURNED)
    keys = window.document.table["customer_id"].tolist()
    for customer_id in ids:
        window.document.edit_value(keys.index(customer_id), "notes", HERE)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *args, **kwargs: ([str(path)], ""))
    window.action("file.collect").trigger()


def _shown_by(action: str, screen: Callable) -> Callable:
    """An action that opens a screen of its own (not through ``exec``): the screen."""

    def open_(window, qtbot, tmp_path, monkeypatch):
        window.action(action).trigger()
        return screen(window)

    return open_


def _preview(window, qtbot, tmp_path, monkeypatch):
    window.action("file.print").trigger()
    preview = window.outputs.sheet_preview
    qtbot.waitUntil(lambda: "…" not in preview.status.text(), timeout=60_000)
    return preview


SCREENS: dict[str, Callable] = {
    "customer panel": _customer,
    "thresholds panel": _thresholds,
    "team view unfolded": _team,
    "import settings": _action("file.import_settings"),
    "update": _update,
    "export": _action("file.export"),
    "collect review": _collect,
    "wallet estimate": _action("file.estimate_wallets"),
    "former customers": _shown_by("view.former_customers", lambda window: window.projects.former_dialog),
    "guide": _shown_by("help.guide", lambda window: window.help.guide_window),
    "print preview": _preview,
    "licences": _shown_by("help.licences", lambda window: window.help.licences_dialog),
    "about": _shown_by("help.about", lambda window: window.help.about_box),
}


@pytest.fixture
def on_a_laptop(qtbot, window, laptop_screen, monkeypatch):  # noqa: F811 - the fixture above
    shown = Shown()
    monkeypatch.setattr(QDialog, "exec", lambda dialog: shown.exec(dialog))
    monkeypatch.setattr(QMessageBox, "exec", lambda dialog: shown.exec(dialog))
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.resize(LAPTOP.width() - FRAME.width(), LAPTOP.height() - FRAME.height())
    yield window, shown
    # Closed as a person closes them: no modal box is left for the next test.
    for dialog in reversed(shown.dialogs):
        dialog.close()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)


def _open(name: str, language: str, qtbot, window, shown: Shown, tmp_path: Path, monkeypatch) -> QWidget:
    window.set_language(language)
    open_list(qtbot, window, sample_list("de"))
    opened = SCREENS[name](window, qtbot, tmp_path, monkeypatch)
    if opened is None:
        qtbot.waitUntil(lambda: bool(shown.dialogs), timeout=30_000)
        opened = shown.dialogs[-1]
    qtbot.waitUntil(opened.isVisible, timeout=10_000)
    if opened is not window and opened not in shown.dialogs:
        shown.dialogs.append(opened)  # opened with open(), not exec()
    QApplication.processEvents()
    return opened


@pytest.mark.parametrize("language", ["de", "en"])
@pytest.mark.parametrize("name", list(SCREENS))
def test_every_screen_fits_a_laptop(qtbot, on_a_laptop, tmp_path, monkeypatch, name, language):
    """Each screen fits a laptop in both languages; in German it shows no English (one
    opening of the screen for both checks)."""
    window, shown = on_a_laptop
    screen = _open(name, language, qtbot, window, shown, tmp_path, monkeypatch)
    if language == "de":
        _assert_no_english(window, screen, name)
    room = QRect(LAPTOP)
    # A dialog as it opens and at its least; the window at its least (its size is the
    # screen's, which the window system frames).
    sizes = [window.minimumSizeHint()]
    if screen is not window:
        sizes += [screen.size(), screen.minimumSizeHint()]
    for size in sizes:
        assert size.width() + FRAME.width() <= room.width(), (name, size)
        assert size.height() + FRAME.height() <= room.height(), (name, size)


def _visible_words(top: QWidget) -> list[tuple[str, str]]:
    """(where, text) of every text a person sees on ``top``: labels, buttons, titles,
    choices, placeholders, tabs, table headers and cells, the browser's page."""
    seen: list[tuple[str, str]] = [("title", top.windowTitle())]
    for widget in [top, *top.findChildren(QWidget)]:
        if not widget.isVisibleTo(top) and widget is not top:
            continue
        kind = type(widget).__name__
        if isinstance(widget, QLabel):
            seen.append((kind, QLabel.text(widget)))
        elif isinstance(widget, QAbstractButton):
            seen.append((kind, widget.text()))
        if isinstance(widget, QGroupBox):
            seen.append((kind, widget.title()))
        if isinstance(widget, QComboBox):
            seen += [(kind, widget.itemText(i)) for i in range(widget.count())]
        if isinstance(widget, QLineEdit):
            seen.append((kind, widget.placeholderText()))
        if isinstance(widget, QTabWidget):
            seen += [(kind, widget.tabText(i)) for i in range(widget.count())]
        if isinstance(widget, QPlainTextEdit):
            seen.append((kind, widget.toPlainText()))
        if isinstance(widget, QTextBrowser):
            # The licence itself is its English original (the only binding wording).
            seen.append((kind, widget.toPlainText().split("GNU LGPL 3.0")[0]))
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            # A list model's column count is private: it has the one.
            columns = range(1 if isinstance(model, QAbstractListModel) else model.columnCount(QModelIndex()))
            seen += [(kind, str(model.headerData(c, Qt.Orientation.Horizontal) or "")) for c in columns]
            for row in range(min(model.rowCount(QModelIndex()), ROWS_READ)):
                seen += [(kind, str(model.data(model.index(row, c)) or "")) for c in columns]
        if isinstance(widget, FigureCanvasQTAgg):
            # The chart's axis titles, corner boxes and notes.
            texts = widget.figure.findobj(lambda artist: isinstance(artist, Text) and artist.get_visible())
            seen += [(kind, text.get_text()) for text in texts]
        if widget.toolTip():
            seen.append((kind + " tooltip", widget.toolTip()))
    if isinstance(top, QMessageBox):
        seen.append(("message", top.text()))
    return seen


def _strip_markup(text: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", " ", text))


def _assert_no_english(window, screen: QWidget, name: str) -> None:
    english = [
        (where, text, found)
        for top in {window, screen}
        for where, text in _visible_words(top)
        if (found := english_in(_strip_markup(text)))
    ]
    assert english == [], name


def test_the_menus_speak_german(window):
    window.set_language("de")
    texts = [action.text() for action in window.action_table.actions.values()]
    texts += [menu.title() for menu in window.action_table.qmenus.values()]
    assert [(text, english_in(text)) for text in texts if english_in(text)] == []


def test_the_start_page_speaks_german(window):
    window.set_language("de")
    english = [(where, text) for where, text in _visible_words(window) if english_in(_strip_markup(text))]
    assert english == []
    assert window.minimumSizeHint().height() + FRAME.height() <= LAPTOP.height()
