"""The window's memory between sessions: recent files, the last folder, size, layout and
language.  A mixin of MainWindow."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer

from segmenter_app.core.resources import sample_list
from segmenter_app.ui.screen_fit import fit_into_screen

#: How many recent files the File menu lists.
MAX_RECENT = 8


class RecentFiles:
    """The window's memory between sessions: recent files, the last folder, size, layout and language.  A mixin of MainWindow."""

    def recent_files(self) -> list[str]:
        value = self.settings.value("recent", [])
        if isinstance(value, str):
            value = [value]
        return [str(v) for v in (value or [])]

    def _add_recent(self, path: Path) -> None:
        entry = str(path.resolve())
        if entry == str(sample_list("de").resolve()) or entry == str(sample_list("en").resolve()):
            return
        recent = [p for p in self.recent_files() if p != entry]
        self.settings.setValue("recent", [entry, *recent][:MAX_RECENT])
        self._refresh_recent_menu()

    def _refresh_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = self.recent_files()
        for entry in recent:
            item = self.recent_menu.addAction(Path(entry).name)
            item.setToolTip(entry)
            item.triggered.connect(lambda _checked, entry=entry: self.open_file(entry))
        self.recent_menu.setEnabled(bool(recent))
        self.empty.set_recent(recent)

    def _restore_settings(self) -> None:
        geometry = self.settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
            # Saved on a larger screen (or with the Team view's old height): fit it in,
            # now and once it shows (then its frame, the title bar, counts too).
            fit_into_screen(self)
            QTimer.singleShot(0, lambda: fit_into_screen(self))
        else:
            screen = self.screen().availableGeometry() if self.screen() else None
            if screen is not None and screen.width() < 1500:
                self.resize(screen.width(), screen.height())
                self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)
            else:
                self.resize(1440, 860)
            # When the first list shows (the panels and the table hidden before have
            # their sizes then): the panel narrow, the table wider than the chart.
            self._first_layout_pending = True
        state = self.settings.value("window/state")
        if state is not None:
            self.restoreState(state)
        splitter = self.settings.value("window/splitter")
        if splitter is not None:
            self.workspace.splitter.restoreState(splitter)
        else:
            self.workspace.splitter.setSizes([560, 440])
        code = str(self.settings.value("language", "system"))
        self.language_actions.get(code, self.language_actions["system"]).setChecked(True)
