"""Help: the built-in guide (F1, Help menu, the "?" beside the terms), About and the
third-party licences, in both languages, with no network."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QToolButton

from segmenter_app.ui.dialogs.guide import TOPICS, guide_html


def _visible_text(window) -> str:
    return window.help.guide_window.browser.toPlainText()


def test_f1_opens_the_guide_in_the_window_language_and_it_follows_a_switch(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_F1)
    guide = window.help.guide_window
    assert guide is not None and guide.isVisible()
    text = _visible_text(window)
    for term in ("MODEL", "FIX", "GROW", "MOVE", "Share of wallet", "KZI", "borderline", "Team view"):
        assert term in text
    window.set_language("de")
    qtbot.waitUntil(lambda: "Kundenbetreuer" in _visible_text(window))
    assert "Grenzband" in _visible_text(window)
    assert guide.windowTitle() == "Segmenter-Leitfaden"
    window.set_language("en")
    qtbot.waitUntil(lambda: "account manager" in _visible_text(window))


def test_the_help_menu_lists_the_guide_licences_and_about(window):
    texts = [action.text() for action in window.menu("help").actions() if not action.isSeparator()]
    assert texts[0].startswith("&Guide")
    assert window.action("help.guide").shortcut().toString() == "F1"
    assert "Third-party &licences" in texts and "&About Segmenter" in texts


def test_each_question_mark_opens_the_guide_at_its_term(qtbot, opened):
    names = {button.objectName() for button in opened.findChildren(QToolButton) if button.text() == "?"}
    # Threshold panel (thresholds, measures, borderline, segments), customer panel (triage).
    assert {
        "guide_thresholds",
        "guide_measures",
        "guide_borderline",
        "guide_segments",
        "guide_triage",
    } <= names
    opened.thresholds_dock.raise_()
    band = opened.thresholds.findChild(QToolButton, "guide_borderline")
    qtbot.mouseClick(band, Qt.MouseButton.LeftButton)
    guide = opened.help.guide_window
    assert guide.isVisible() and guide.topic == "borderline"
    # Scrolled to its section: the borderline heading is at the top of the view.
    browser = guide.browser
    top = browser.cursorForPosition(browser.viewport().rect().topLeft()).block().text()
    assert "borderline" in top.lower() or browser.verticalScrollBar().value() > 0
    segments = opened.thresholds.findChild(QToolButton, "guide_segments")
    qtbot.mouseClick(segments, Qt.MouseButton.LeftButton)
    assert guide.topic == "segments"


def test_the_guide_has_every_topic_in_both_languages():
    for language in ("en", "de"):
        html = guide_html(language)
        for topic in TOPICS:
            assert f'name="{topic}"' in html and f'href="#{topic}"' in html, (language, topic)
    assert "Kundenbetreuer" in guide_html("de") and "Außendienst" not in guide_html("de")


def test_about_shows_the_licences_with_the_lgpl_notice(qtbot, window):
    window.help.about()
    box = window.help.about_box
    qtbot.waitUntil(box.isVisible)
    assert "LGPL" in box.text()
    button = next(b for b in box.buttons() if "licences" in b.text())
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = window.help.licences_dialog
    qtbot.waitUntil(dialog.isVisible)
    from PySide6.QtWidgets import QTextBrowser

    text = dialog.findChild(QTextBrowser).toPlainText()
    assert "PySide6" in text and "GNU LESSER GENERAL PUBLIC LICENSE" in text and "pyarrow" in text
    dialog.close()
    QApplication.processEvents()


def test_a_document_handed_over_by_the_system_opens(qtbot, window, qapp):
    """macOS: a .segmenter or list double-clicked in Finder arrives as a FileOpen event."""
    from PySide6.QtGui import QFileOpenEvent

    from segmenter_app.core.resources import sample_list
    from segmenter_app.ui.app import open_documents_in

    handler = open_documents_in(qapp, window)
    try:
        with qtbot.waitSignal(window.document_opened, timeout=30_000):
            QApplication.sendEvent(qapp, QFileOpenEvent(str(sample_list("en"))))
        assert window.projects.path == sample_list("en")
    finally:
        qapp.removeEventFilter(handler)
