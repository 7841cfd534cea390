"""The menus are built from one table of actions (``ui/window/menus/``): what a person
sees in them, in English and German, where an entry is found, what needs a list open;
and the loading controller's busy/idle seam."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence

from segmenter_app.core.resources import sample_list
from segmenter_app.ui.window.actions import Action, Menu, Placed, Separator
from segmenter_app.ui.window.menus import MENUS
from tests.ui.conftest import open_list

STANDARD = QKeySequence.StandardKey

#: Every menu as it read before the table existed (texts, and the keys of each entry),
#: with the periods' entries (issue 22): Add an earlier list…, History….
MENU_TEXTS = {
    "en": {
        "&File": [
            "&Open customer list…",
            "Open &Recent",
            "Try the &sample data",
            "&Save project",
            "Save project &as…",
            "-",
            "&Update customer data from a newer list…",
            "Add an &earlier list…",
            "&Import settings…",
            "Estimate &wallets…",
            "-",
            "&Collect from managers…",
            "Save a cop&y for…",
            "Export the customer &table…",
            "&Export for managers…",
            "Export the o&verview for the sales lead…",
            "Export priority sheets as &PDF…",
            "Export the tea&m table…",
            "Export the &history of the periods…",
            "&Print priority sheets…",
            "Save &chart as picture…",
            "-",
            "&Quit",
        ],
        "&Edit": ["&Undo", "&Redo", "-", "&Copy", "&Find customer"],
        "&View": [
            "&Reset chart view",
            "Show &movements since the last update",
            "&History…",
            "&Former customers…",
            "Bubble size",
            "-",
            "Thresholds",
            "Customer",
            "Team",
        ],
        "&Settings": ["&Language", "Use these &thresholds for new lists", "&Currency"],
        "&Help": ["&Guide: segments, SoW, KZI, thresholds", "-", "Third-party &licences", "&About Segmenter"],
    },
    "de": {
        "&Datei": [
            "Kundenliste ö&ffnen …",
            "&Zuletzt geöffnet",
            "&Beispieldaten ausprobieren",
            "Projekt &speichern",
            "Projekt speichern &unter …",
            "-",
            "Kundendaten aus neuerer Liste &aktualisieren …",
            "Eine &frühere Liste hinzufügen …",
            "&Importeinstellungen …",
            "Einkaufsvolumen &schätzen…",
            "-",
            "Von Betreuern &einsammeln…",
            "&Kopie speichern für…",
            "Kunden&tabelle exportieren …",
            "Für die Kundenbetreuer &exportieren …",
            "Übersicht für die &Vertriebsleitung exportieren …",
            "Prioritätenblätter als &PDF exportieren …",
            "Tea&mtabelle exportieren …",
            "Ver&lauf der Perioden exportieren …",
            "Prioritätenblätter &drucken …",
            "&Diagramm als Bild speichern …",
            "-",
            "&Beenden",
        ],
        "&Bearbeiten": ["&Rückgängig", "&Wiederholen", "-", "&Kopieren", "Kunden &suchen"],
        "&Ansicht": [
            "Diagrammansicht &zurücksetzen",
            "&Bewegungen seit der letzten Aktualisierung zeigen",
            "&Verlauf …",
            "&Ehemalige Kunden…",
            "Blasengröße",
            "-",
            "Schwellen",
            "Kunde",
            "Team",
        ],
        "&Einstellungen": ["&Sprache", "Diese &Schwellen für neue Listen verwenden", "&Währung"],
        "&Hilfe": [
            "&Leitfaden: Segmente, SoW, KZI, Schwellen",
            "-",
            "&Lizenzen anderer Software",
            "&Über Segmenter",
        ],
    },
}

#: The keys of the entries that have some (a platform's standard keys as it binds them).
SHORTCUTS = {
    "file.open": [STANDARD.Open],
    "file.save": [STANDARD.Save],
    "file.save_as": ["Ctrl+Shift+S"],
    "file.export": ["Ctrl+E"],
    "file.print": [STANDARD.Print],
    "file.quit": [STANDARD.Quit],
    "edit.undo": [STANDARD.Undo],
    "edit.redo": ["Ctrl+Shift+Z", "Ctrl+Y"],
    "edit.copy": [STANDARD.Copy],
    "edit.find": [STANDARD.Find],
    "help.guide": ["F1"],
}


def _shown(window) -> dict[str, list[str]]:
    return {
        menu.title(): ["-" if action.isSeparator() else action.text() for action in menu.actions()]
        for menu in (action.menu() for action in window.menuBar().actions())
    }


def _definitions(items) -> list[Action | Menu]:
    found = []
    for item in items:
        if isinstance(item, (Action, Menu)):
            found.append(item)
        if isinstance(item, Menu):
            found += _definitions(item.items)
    return found


def test_the_menus_read_as_before_in_english_and_german(window):
    assert _shown(window) == MENU_TEXTS["en"]
    window.set_language("de")
    assert _shown(window) == MENU_TEXTS["de"]
    window.set_language("en")
    assert _shown(window) == MENU_TEXTS["en"]


def test_every_shortcut_comes_from_the_table(window):
    keyed = {
        definition.id: [window.action(definition.id).shortcuts()]
        for definition in _definitions(MENUS)
        if isinstance(definition, Action) and definition.shortcuts
    }
    assert set(keyed) == set(SHORTCUTS)
    for id_, keys in SHORTCUTS.items():
        expected = [QKeySequence(key) for key in keys]
        assert window.action(id_).shortcuts() == [key for key in expected if not key.isEmpty()], id_


def test_every_entry_of_the_table_is_in_its_menu(window):
    def check(menu: Menu) -> None:
        shown = window.menu(menu.id).actions()
        entries = [item for item in menu.items if not isinstance(item, Separator)]
        for item in entries:
            if isinstance(item, Menu):
                assert window.menu(item.id).menuAction() in shown, item.id
                check(item)
            elif isinstance(item, Action):
                assert window.action(item.id) in shown, item.id
            else:
                assert isinstance(item, Placed)
        assert len([action for action in shown if not action.isSeparator()]) == len(entries), menu.id

    for menu in MENUS:
        check(menu)


def test_an_entry_says_where_it_is_found_as_the_window_s_hints_do(window):
    table = window.action_table
    assert table.path("file.import_settings") == "File ▸ Import settings…"
    assert table.path("settings.currency") == "Settings ▸ Currency"
    hint = QCoreApplication.translate("MainWindow", "File ▸ Import settings… lists them row by row.")
    assert hint.startswith(table.path("file.import_settings"))
    window.set_language("de")
    assert table.path("file.import_settings") == "Datei ▸ Importeinstellungen …"
    hint = QCoreApplication.translate("MainWindow", "File ▸ Import settings… lists them row by row.")
    assert hint.startswith(table.path("file.import_settings"))
    estimate = QCoreApplication.translate(
        "MainWindow", "{count} customers have no wallet: File ▸ Estimate wallets… fills them in."
    )
    assert table.path("file.estimate_wallets") in estimate
    window.set_language("en")


def test_what_needs_a_list_is_enabled_only_while_one_is_open(qtbot, window):
    needing = [d for d in _definitions(MENUS) if d.needs_document]
    assert {d.id for d in needing} >= {"file.save", "file.export", "edit.copy", "settings.currency"}

    def enabled(definition) -> bool:
        if isinstance(definition, Menu):
            return window.menu(definition.id).isEnabled()
        return window.action(definition.id).isEnabled()

    assert not any(enabled(d) for d in needing)
    assert window.action("file.open").isEnabled() and window.action("view.former_customers").isEnabled()
    open_list(qtbot, window, sample_list("en"))
    assert all(enabled(d) for d in needing)
    assert window.action(f"settings.currency.{window.document.currency}").isChecked()


def test_undo_names_the_step_and_keeps_it_across_a_language_switch(qtbot, window):
    document = open_list(qtbot, window, sample_list("en"))
    undo = window.action("edit.undo")
    assert undo.text() == "&Undo" and not undo.isEnabled()
    document.edit_value(0, "notes", "call back")
    name = document.display_name(0)
    # The step names what changed (the command carries its label, issue 20).
    assert undo.text() == f"&Undo note on {name}" and undo.isEnabled()
    assert window.action_table.path("edit.undo") == f"Edit ▸ Undo note on {name}"
    window.set_language("de")
    assert undo.text() == f"&Rückgängig: Notiz zu {name}"
    window.set_language("en")
    assert undo.text() == f"&Undo note on {name}"


def test_loading_says_when_it_is_busy_and_when_idle_again(qtbot, window):
    loading = window.loading
    assert not loading.busy
    with qtbot.waitSignal(loading.busy_changed, timeout=5000) as started:
        window.open_file(sample_list("de"))
    assert started.args == [True] and loading.busy
    with qtbot.waitSignal(loading.busy_changed, timeout=30_000) as ended:
        pass
    assert ended.args == [False] and not loading.busy
    qtbot.waitUntil(lambda: window.document is not None, timeout=10_000)


def test_a_cancelled_reading_is_idle_with_nothing_opened(qtbot, window):
    window.open_file(sample_list("de"))
    assert window.loading.busy
    with qtbot.waitSignal(window.loading.busy_changed, timeout=15_000) as ended:
        window.loading.cancel()
    assert ended.args == [False] and window.document is None
    assert "cancelled" in window.statusBar().currentMessage()
