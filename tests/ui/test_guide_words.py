"""The guide names the menus as the window has them, and Escape closes it (issue 24)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from segmenter_app.ui.dialogs.guide import MENU_PLACE, guide_html


def test_every_menu_entry_the_guide_names_exists(window):
    for language in ("en", "de"):
        named = MENU_PLACE.findall(guide_html(language))
        assert {"file.import_settings", "file.collect"} <= set(named)
        for action_id in named:
            assert action_id in window.action_table.actions, (language, action_id)


def test_the_guide_says_the_menus_as_the_window_does_in_both_languages(qtbot, window):
    for language in ("de", "en"):
        window.set_language(language)
        window.action("help.guide").trigger()
        guide = window.help.guide_window
        qtbot.waitUntil(guide.isVisible)
        text = guide.browser.toPlainText()
        assert "{menu:" not in text
        assert window.action_table.path("file.collect") in text
        assert window.action_table.path("file.import_settings") in text
        guide.close()
    assert "Datei ▸ Von Kundenbetreuern einsammeln" not in guide_html("de")


def test_escape_closes_the_guide(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_F1)
    guide = window.help.guide_window
    qtbot.waitUntil(guide.isVisible)
    # Wherever the keyboard is: in the guide, or still in the window that opened it.
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not guide.isVisible())
    window.show_guide("triage")
    qtbot.waitUntil(guide.isVisible)
    qtbot.keyClick(guide.browser, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not guide.isVisible())
    # Escape without a guide open changes nothing in the window.
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert window.isVisible()


def test_the_guide_explains_move_beyond_one_line(window):
    for language, words in (("en", ("prioritise", "observe", "Customer")), ("de", ("priorisiert", "beobachtet", "Kunde"))):
        html = guide_html(language)
        start = html.index("<p><b>MOVE</b>")
        paragraph = html[start : html.index("</p>", start)]
        assert all(word in paragraph for word in words) and len(paragraph.split()) > 60, language
