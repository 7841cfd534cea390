"""File: lists and projects in, outputs out."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence

from segmenter_app.core.text.catalog import QT_TRANSLATE_NOOP
from segmenter_app.ui.window.actions import SEPARATOR, Action, Menu

StandardKey = QKeySequence.StandardKey

#: The ids of the outputs' entries that had ids before the registry built them (the
#: guide and the settings name them); any other output's entry is ``file.export_<key>``.
OUTPUT_IDS = {"manager_workbooks": "file.export", "priority_sheets": "file.export_pdf"}
OUTPUT_SHORTCUTS = {"manager_workbooks": ("Ctrl+E",)}


def output_actions() -> tuple[Action, ...]:
    """File ▸ Export …: an entry for every output the core registers (adding an output
    to ``core/output_registry.py`` adds its entry here, worded there)."""
    from segmenter_app.core import output_registry

    return tuple(
        Action(
            OUTPUT_IDS.get(entry.key, f"file.export_{entry.key}"),
            entry.menu,
            lambda window, key=entry.key: window.outputs.write(key),
            shortcuts=OUTPUT_SHORTCUTS.get(entry.key, ()),
            needs_document=True,
            context=output_registry.CONTEXT,
        )
        for entry in output_registry.outputs()
        if entry.menu
    )


MENU = Menu(
    "file",
    QT_TRANSLATE_NOOP("MainWindow", "&File"),
    (
        Action(
            "file.open",
            QT_TRANSLATE_NOOP("MainWindow", "&Open customer list…"),
            lambda window: window.loading.open_dialog(),
            shortcuts=(StandardKey.Open,),
        ),
        # Filled in by the window's settings (the files opened last).
        Menu("file.recent", QT_TRANSLATE_NOOP("MainWindow", "Open &Recent")),
        Action(
            "file.sample",
            QT_TRANSLATE_NOOP("MainWindow", "Try the &sample data"),
            lambda window: window.loading.open_sample(),
        ),
        Action(
            "file.save",
            QT_TRANSLATE_NOOP("MainWindow", "&Save project"),
            lambda window: window.projects.save(),
            shortcuts=(StandardKey.Save,),
            needs_document=True,
        ),
        Action(
            "file.save_as",
            QT_TRANSLATE_NOOP("MainWindow", "Save project &as…"),
            lambda window: window.projects.save_as(),
            shortcuts=("Ctrl+Shift+S",),
            needs_document=True,
        ),
        SEPARATOR,
        # A newer list adds a period after the last, an earlier one puts one before the
        # first (PRODUCT.md §8).
        Action(
            "file.update",
            QT_TRANSLATE_NOOP("MainWindow", "&Update customer data from a newer list…"),
            lambda window: window.projects.update_customer_data(),
            needs_document=True,
        ),
        Action(
            "file.add_earlier",
            QT_TRANSLATE_NOOP("MainWindow", "Add an &earlier list…"),
            lambda window: window.period_view.add_earlier(),
            needs_document=True,
        ),
        Action(
            "file.import_settings",
            QT_TRANSLATE_NOOP("MainWindow", "&Import settings…"),
            lambda window: window.projects.show_import_dialog(),
            needs_document=True,
        ),
        Action(
            "file.estimate_wallets",
            QT_TRANSLATE_NOOP("MainWindow", "Estimate &wallets…"),
            lambda window: window.estimate_wallets(),
            needs_document=True,
        ),
        SEPARATOR,
        Action(
            "file.collect",
            QT_TRANSLATE_NOOP("MainWindow", "&Collect from managers…"),
            lambda window: window.collect.collect_from_managers(),
            needs_document=True,
        ),
        Action(
            "file.copy_for",
            QT_TRANSLATE_NOOP("MainWindow", "Save a cop&y for…"),
            lambda window: window.collect.save_copy_for(),
            needs_document=True,
        ),
        # The outputs: one entry per output of the core's registry, in its order.
        *output_actions(),
        Action(
            "file.print",
            QT_TRANSLATE_NOOP("MainWindow", "&Print priority sheets…"),
            lambda window: window.outputs.print_sheets(),
            shortcuts=(StandardKey.Print,),
            needs_document=True,
        ),
        Action(
            "file.save_chart",
            QT_TRANSLATE_NOOP("MainWindow", "Save &chart as picture…"),
            lambda window: window.outputs.save_chart(),
            needs_document=True,
        ),
        SEPARATOR,
        Action(
            "file.quit",
            QT_TRANSLATE_NOOP("MainWindow", "&Quit"),
            lambda window: window.close(),
            shortcuts=(StandardKey.Quit,),
        ),
    ),
)
