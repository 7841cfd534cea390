"""The window on a 1366×768 laptop, as a new user meets it: what the table shows, the
search box, the chart's tools, panels that fold, and the small things of issue 14."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QStyle, QToolButton

from segmenter_app.core.model import segmentation as sg
from segmenter_app.core.resources import sample_list
from segmenter_app.ui.widgets.collapsible_dock import is_folded
from tests.ui.conftest import open_list

LAPTOP_COLUMNS = (
    "priority",
    "segment",
    "customer_name",
    "share_of_wallet",
    "satisfaction",
    "potential",
    "account_manager",
)


def _german_laptop(qtbot, window):
    # A 1366×768 screen with the window filling it (the offscreen screen is another size).
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.resize(1366, 768)
    qtbot.waitUntil(lambda: window.width() == 1366)
    window.set_language("de")
    open_list(qtbot, window, sample_list("de"))
    sizes = window.workspace.splitter.sizes
    qtbot.waitUntil(lambda: sizes()[0] > 1.6 * sizes()[1])  # the first layout: table wide
    assert window.thresholds_dock.width() <= 300
    return window


def test_the_table_shows_priority_to_manager_uncut_at_1366_pixels(qtbot, window):
    _german_laptop(qtbot, window)
    assert window.width() == 1366
    table, model = window.workspace.table, window.workspace.model
    header = table.horizontalHeader()
    metrics = QFontMetrics(table.font())
    right_edge = table.viewport().width()
    for key in LAPTOP_COLUMNS:
        column = model.column_of(key)
        start, width = header.sectionViewportPosition(column), header.sectionSize(column)
        assert start >= 0 and start + width <= right_edge, (key, start, width, right_edge)
        if key in ("customer_name", "segment"):
            continue  # long names end in "…"; the segment is bold on colour
        for view_row in range(20):
            text = model.data(model.index(view_row, column))
            assert metrics.horizontalAdvance(text) + 8 <= width, (key, text, width)


def test_the_search_hint_and_the_chart_tools_fit(qtbot, window):
    _german_laptop(qtbot, window)
    search = window.workspace.search
    assert "Kundenbetreuer" in search.placeholderText()
    # The text's width plus the frame and the clear button's room.
    assert QFontMetrics(search.font()).horizontalAdvance(search.placeholderText()) + 40 <= search.width()
    tools = window.workspace.chart_tools
    overflow = tools.findChild(QToolButton, "qt_toolbar_ext_button")
    assert overflow is None or not overflow.isVisible()
    bubble = tools.widgetForAction(window.workspace.bubble_action)
    assert bubble.isVisible() and bubble.text() == "Blasengröße"
    # The five mouse tools sit in one menu that names the tool in force.
    assert window.workspace.tool_button.text() == "Auswählen"
    window.workspace.tool_actions["lasso"].trigger()
    assert window.workspace.tool_button.text() == "Lasso"


def test_the_panels_fold_to_a_strip_and_back(qtbot, window):
    _german_laptop(qtbot, window)
    # 768 pixels high: the Team view starts folded to its title bar, under the table.
    team = window.team_dock
    assert is_folded(team) and not window.team.isVisible()
    qtbot.waitUntil(lambda: team.height() <= 40)
    unfold = team.titleBarWidget().findChild(QToolButton, "fold")
    qtbot.mouseClick(unfold, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.team.isVisible() and team.height() > 100)
    dock = window.thresholds_dock
    table_before = window.workspace.table.width()
    fold = dock.titleBarWidget().findChild(QToolButton, "fold")
    qtbot.mouseClick(fold, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dock.width() <= 40)
    assert is_folded(dock) and is_folded(window.notes_dock)
    assert not window.thresholds.isVisible()
    qtbot.waitUntil(lambda: window.workspace.table.width() > table_before + 150)
    qtbot.mouseClick(fold, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dock.width() >= 200)
    assert window.thresholds.isVisible() and not is_folded(dock)


def test_the_unclassified_toggle_says_what_it_is(qtbot, window):
    _german_laptop(qtbot, window)
    button = window.workspace.segment_buttons[sg.UNCLASSIFIED]
    count = int((window.document.result.segment < 0).sum())
    assert button.text() == f"Ohne Segment {count}"


def test_satisfaction_shows_one_number_of_decimals_per_column(qtbot, window, tmp_path: Path):
    source = tmp_path / "scores.csv"
    source.write_text(
        "Customer ID;Customer;Account manager;Revenue;Wallet;Satisfaction (1-5)\n"
        "1;Alpha;Ann;100;400;4\n2;Beta;Ann;200;300;4.2\n3;Gamma;Bob;50;500;3\n4;Delta;Bob;90;100;2.5\n",
        encoding="utf-8",
    )
    open_list(qtbot, window, source)
    model = window.workspace.model
    column = model.column_of("satisfaction_input")
    shown = {model.data(model.index(row, column)) for row in range(model.rowCount())}
    assert shown == {"4.0", "4.2", "3.0", "2.5"}
    # An edit that makes every value whole takes the decimals away from the whole column.
    for row in range(model.rowCount()):
        if model.data(model.index(row, column)) in ("4.2", "2.5"):
            assert model.setData(model.index(row, column), "4", Qt.ItemDataRole.EditRole)
    shown = {model.data(model.index(row, column)) for row in range(model.rowCount())}
    assert shown == {"4", "3"}


def test_one_click_opens_a_recent_list_on_the_start_page(qtbot, window, tmp_path: Path):
    copy = tmp_path / "kunden.xlsx"
    copy.write_bytes(sample_list("de").read_bytes())
    QSettings().setValue("recent", [str(copy)])
    window.window_settings.refresh_recent_menu()
    recent = window.empty.recent
    qtbot.waitUntil(recent.isVisible)
    rectangle = recent.visualItemRect(recent.item(0))
    with qtbot.waitSignal(window.document_opened, timeout=30_000):
        qtbot.mouseClick(recent.viewport(), Qt.MouseButton.LeftButton, pos=rectangle.center())
    assert window.projects.path == copy


def test_the_customer_panel_keeps_numbers_with_their_units(qtbot, opened):
    opened.workspace.table.selectRow(0)
    why = opened.notes.why.text()
    assert "\u00a0%" in why and " %" not in why
    assert "KZI\u00a0" in why


def test_the_unfolded_team_view_still_fits_a_768_pixel_screen(qtbot, window):
    """Unfolding the Team view must not make the window taller than a laptop's screen
    (it did: 787 pixels, the status bar fell off a 1366×768 screen)."""
    from segmenter_app.ui.widgets.collapsible_dock import set_folded

    open_list(qtbot, window, sample_list("de"))
    if is_folded(window.team_dock):
        set_folded(window, window.team_dock, False)
    qtbot.waitUntil(lambda: not is_folded(window.team_dock))
    assert window.minimumSizeHint().height() <= 768


def _panel_fields(panel) -> dict[str, tuple[int, int]]:
    """Where each of the customer panel's fields sits, in the panel (x, width)."""
    widgets = {**panel.actions.edits, "status": panel.actions.status, "triage": panel.triage}
    return {
        key: (widget.mapTo(panel, widget.rect().topLeft()).x(), widget.width())
        for key, widget in widgets.items()
    }


def test_the_german_customer_panel_shows_its_fields_and_choices_whole(qtbot, window):
    """Issue 24: "Was als Nächstes g…" and "Automatisch (beo" were cut, and the fields
    squashed and moved with the length of the customer's name."""
    _german_laptop(qtbot, window)
    window.notes_dock.raise_()
    document, panel = window.document, window.notes
    names = document.table["customer_name"].astype(str)
    move = [row for row in range(len(document)) if document.customer(row).segment == sg.MOVE]
    shortest = min(move, key=lambda row: len(names.iat[row]))
    longest = max(move, key=lambda row: len(names.iat[row]))
    assert len(names.iat[longest]) >= 2 * len(names.iat[shortest])
    seen = []
    for row in (shortest, longest):
        panel.show_row(row)
        qtbot.waitUntil(lambda row=row: panel.title.text() == names.iat[row])
        QApplication.processEvents()
        assert panel.triage.currentText().startswith("Automatisch (")
        for edit in panel.actions.edits.values():
            text = edit.placeholderText()
            room = edit.contentsRect().width() - 2 * edit.textMargins().left() - 8
            assert edit.fontMetrics().horizontalAdvance(text) <= room, (text, edit.width())
        for combo in (panel.triage, panel.actions.status):
            arrow = combo.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent) + 12
            for index in range(combo.count()):
                text = combo.itemText(index)
                assert combo.fontMetrics().horizontalAdvance(text) + arrow <= combo.width(), (
                    text,
                    combo.width(),
                )
        seen.append(_panel_fields(panel))
    assert seen[0] == seen[1]


def test_a_next_step_typed_with_its_due_date_is_open(qtbot, opened):
    """Issue 24: typing a next step and a due date in the customer panel left the status
    'keiner'; it becomes 'offen', and one undo takes all three back."""
    opened.set_language("de")
    opened.notes_dock.raise_()
    document, fields = opened.document, opened.notes.actions
    row = next(
        r for r in range(len(document)) if not document.value(r, "status") and not document.value(r, "due")
    )
    opened.notes.show_row(row)
    for key, text in (("next_step", "Termin mit dem Einkauf"), ("due", "15.01.2027")):
        edit = fields.edits[key]
        edit.setFocus()
        qtbot.keyClicks(edit, text)
        qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert document.value(row, "status") == "open"
    assert fields.status.currentText() == "offen"
    document.undo_stack.undo()
    assert (
        document.value(row, "status") in ("", None)
        and document.value(row, "next_step") == "Termin mit dem Einkauf"
    )
    assert fields.status.currentText() == "keiner"


def test_the_first_list_on_a_laptop_draws_the_chart_once_and_the_folded_team_view_not_at_all(qtbot, window):
    """The window is laid out for the screen before the views take the first list: the
    chart draws once, at its final size, and the Team view folded on a 768-pixel screen
    draws when it is unfolded (before: the chart three times, the Team view once)."""
    open_list(qtbot, window, sample_list("de"))
    chart, team = window.workspace.chart, window.team
    for _ in range(5):
        QApplication.processEvents()  # the idle draws still queued run now
    assert is_folded(window.team_dock)
    assert chart.draw_count == 1 and chart.drawn_at_size
    assert team.canvas.draw_count == 0
    unfold = window.team_dock.titleBarWidget().findChild(QToolButton, "fold")
    qtbot.mouseClick(unfold, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: team.canvas.draw_count == 1, timeout=5000)


def test_panels_stay_as_the_user_left_them_across_lists_and_sessions(qtbot, qapp, window, tmp_path: Path):
    """A closed panel stays closed for the next list and the next session (View opens it
    again); a folded one comes back folded and unfolds to its size."""
    from tests.ui.conftest import new_window

    _german_laptop(qtbot, window)
    team = window.team_dock
    qtbot.waitUntil(lambda: team.height() <= 40)
    qtbot.mouseClick(team.titleBarWidget().findChild(QToolButton, "fold"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.team.isVisible() and team.height() > 100)
    unfolded = team.height()
    qtbot.mouseClick(team.titleBarWidget().findChild(QToolButton, "fold"), Qt.MouseButton.LeftButton)
    assert is_folded(team)
    notes = window.notes_dock
    qtbot.mouseClick(notes.titleBarWidget().close_button, Qt.MouseButton.LeftButton)
    assert notes.isHidden() and not notes.toggleViewAction().isChecked()  # View ▸ Customer
    copy = tmp_path / "kunden_2027.xlsx"
    copy.write_bytes(sample_list("de").read_bytes())
    open_list(qtbot, window, copy)  # another list: the panels as they were
    assert notes.isHidden() and is_folded(team) and not window.team.isVisible()
    window.close()

    second = new_window(qtbot, qapp)  # the next session, from the settings the first kept
    assert second.team_dock.isHidden()  # the start page shows no panel
    open_list(qtbot, second, sample_list("de"))
    qtbot.waitUntil(lambda: second.layout_settled)
    team = second.team_dock
    assert not team.isHidden() and is_folded(team) and not second.team.isVisible()
    qtbot.waitUntil(lambda: team.height() <= 40)
    assert second.notes_dock.isHidden() and not second.thresholds_dock.isHidden()
    qtbot.mouseClick(team.titleBarWidget().findChild(QToolButton, "fold"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: second.team.isVisible() and team.height() > 100)
    assert abs(team.height() - unfolded) <= 30
    second.notes_dock.toggleViewAction().trigger()  # View ▸ Customer opens the panel again
    assert not second.notes_dock.isHidden()
    # ... in front of the Thresholds panel it is tabbed with.
    from PySide6.QtWidgets import QTabBar

    def front_tabs() -> list[str]:
        return [bar.tabText(bar.currentIndex()) for bar in second.findChildren(QTabBar) if bar.count() > 1]

    qtbot.waitUntil(lambda: front_tabs() == ["Customer"])
