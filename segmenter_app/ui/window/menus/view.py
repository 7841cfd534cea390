"""View: the chart's view, movements, the History of the periods, former customers,
bubble size, the panels."""

from __future__ import annotations

from segmenter_app.core.text.catalog import QT_TRANSLATE_NOOP
from segmenter_app.ui.window.actions import SEPARATOR, Action, Menu, Placed

MENU = Menu(
    "view",
    QT_TRANSLATE_NOOP("MainWindow", "&View"),
    (
        Action(
            "view.reset_chart",
            QT_TRANSLATE_NOOP("MainWindow", "&Reset chart view"),
            lambda window: window.workspace.chart.reset_view(),
            needs_document=True,
        ),
        # Enabled while the document knows where its customers were (after an update).
        Action(
            "view.movements",
            QT_TRANSLATE_NOOP("MainWindow", "Show &movements since the last update"),
            lambda window, checked: window.show_movements(checked),
            checkable=True,
            enabled=False,
        ),
        Action(
            "view.history",
            QT_TRANSLATE_NOOP("MainWindow", "&History…"),
            lambda window: window.period_view.show_history(),
            needs_document=True,
        ),
        Action(
            "view.former_customers",
            QT_TRANSLATE_NOOP("MainWindow", "&Former customers…"),
            lambda window: window.projects.show_former_customers(),
        ),
        Placed("view.bubble_size", lambda window: window.workspace.bubble_menu),
        SEPARATOR,
        Placed("view.thresholds", lambda window: window.thresholds_dock.toggleViewAction()),
        Placed("view.customer", lambda window: window.notes_dock.toggleViewAction()),
        Placed("view.team", lambda window: window.team_dock.toggleViewAction()),
    ),
)
