"""The bundle's own check (SEGMENTER_SELF_CHECK) run in the test process: it passes on a
working app and catches a German system shown in English."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from segmenter_app.ui import self_check


def _run(qtbot, window, expected: str, monkeypatch) -> self_check.SelfCheck:
    from segmenter_app.ui.app import create_application

    create_application()  # as the program starts: the application's name and icon
    exits: list[int] = []
    monkeypatch.setattr(QApplication, "exit", staticmethod(lambda code=0: exits.append(code)))
    check = self_check.SelfCheck(window, expected)
    check.start()
    qtbot.waitUntil(lambda: bool(exits), timeout=60_000)
    check.exit_code = exits[0]
    return check


def test_the_self_check_passes_on_the_app_as_a_user_meets_it(qtbot, window, monkeypatch):
    check = _run(qtbot, window, "en", monkeypatch)
    assert check.failures == [] and check.exit_code == 0
    assert window.document is not None and window.help.guide_window is not None
    assert not window.isVisible()  # closed as a user closes it
    assert window.menu("file").title() == "&File"  # back in the language it started with


def test_the_self_check_fails_when_the_window_is_not_in_the_system_language(qtbot, window, monkeypatch):
    # The window speaks English (the fixture's choice) where a German system was expected:
    # what the broken bundle did.
    check = _run(qtbot, window, "de", monkeypatch)
    assert check.exit_code == 1
    assert any("system language de" in failure for failure in check.failures)
