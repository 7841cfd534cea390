"""A guard against a Qt binding that drops references to ``None``.

PySide6 6.12.0 lowers the reference count of ``None`` by one on every Python call of a
Qt method that returns nothing (``QWidget.update()``, ``processEvents()``, …).  Before
Python 3.12 ``None`` is an ordinary object with a count: after some 45,000 such calls —
about 600 mouse moves of a threshold drag, fifteen seconds — the count reaches zero and
the process dies with ``Fatal Python error: none_dealloc``.  pyproject.toml keeps 6.12.0
out on those Pythons; this test fails at once on any release with the same fault, so it
fails CI and never reaches a user.  From Python 3.12 on ``None`` is immortal (PEP 683):
its count means nothing and cannot run out.
"""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QWidget

CALLS = 500
#: References to None handed back after a faulty binding took them, so that the process
#: lives on to report the failure (and the other tests) instead of aborting.
_GIVEN_BACK: list[None] = []

pytestmark = pytest.mark.skipif(
    sys.version_info >= (3, 12), reason="None is immortal from Python 3.12 on (PEP 683): nothing to guard"
)


def _none_references_lost(call) -> int:
    """How many references to None ``CALLS`` calls of ``call`` leave missing."""
    before = sys.getrefcount(None)
    for _ in range(CALLS):
        call()
    return before - sys.getrefcount(None)


@pytest.mark.parametrize(
    "name",
    ["QWidget.update", "QWidget.setWindowTitle", "QCoreApplication.processEvents", "sendPostedEvents"],
)
def test_void_qt_calls_keep_the_count_of_none(qapp, qtbot, name):
    widget = QWidget()
    qtbot.addWidget(widget)
    calls = {
        "QWidget.update": widget.update,
        "QWidget.setWindowTitle": lambda: widget.setWindowTitle("Segmenter"),
        "QCoreApplication.processEvents": qapp.processEvents,
        "sendPostedEvents": lambda: QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange),
    }
    call = calls[name]
    call()  # first call: whatever Qt and the binding set up once
    lost = _none_references_lost(call)
    if lost > 0:
        _GIVEN_BACK.extend([None] * lost)
    # A sound binding loses none; a few references may move with the interpreter's own
    # caches, never one per call.
    assert abs(lost) < CALLS // 20, (
        f"{CALLS:,} calls of {name} changed the reference count of None by {-lost:,}: this "
        f"PySide6 ({_binding_version()}) drops a reference per call of a method returning nothing, "
        "and the window would abort with 'none_dealloc'. Exclude this release in pyproject.toml."
    )


def _binding_version() -> str:
    import PySide6

    return PySide6.__version__
