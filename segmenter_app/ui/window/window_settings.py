"""The window's memory between sessions and its first layout: recent files, size,
docks, splitter and language kept in the settings; on the first list, a layout that
fits the screen (a 1366×768 laptop: the panels narrow, the table two thirds of the
rest, the Team view folded to its title, the window no taller than the screen)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QMainWindow, QMenu

from segmenter_app.core.resources import sample_list
from segmenter_app.ui import settings_guard
from segmenter_app.ui.screen_fit import fit_into_screen
from segmenter_app.ui.widgets.collapsible_dock import is_folded, set_folded

#: How many recent files the File menu lists.
MAX_RECENT = 8
#: The panels beside a list (the window's attributes), hidden on the start page.
DOCKS = ("thresholds_dock", "notes_dock", "team_dock")


class WindowSettings(QObject):
    """Keeps ``window``'s settings (its QSettings, docks, workspace splitter, language
    actions) and fills ``recent_menu`` and the start page's recent list."""

    def __init__(self, window: QMainWindow, recent_menu: QMenu) -> None:
        super().__init__(window)
        self._window = window
        self._recent_menu = recent_menu
        #: the first list will be laid out for the screen (no size was kept)
        self.first_layout_pending = False
        #: False while the first layout after the first list is still being applied
        self.layout_settled = True
        #: the panels the user keeps open, while the start page hides them (None: a list
        #: shows, and the panels' own visibility is the choice)
        self._kept_docks: set[str] | None = None
        #: the panels folded when the window last closed, with their unfolded sizes:
        #: folded again when the first list of this session shows
        self._folds_to_restore: dict[str, int] = {}

    # ----------------------------------------------------------------- recent files

    def recent_files(self) -> list[str]:
        return settings_guard.text_list(self._window.settings, "recent")

    def add_recent(self, path: Path) -> None:
        entry = str(path.resolve())
        if entry == str(sample_list("de").resolve()) or entry == str(sample_list("en").resolve()):
            return
        recent = [p for p in self.recent_files() if p != entry]
        self._window.settings.setValue("recent", [entry, *recent][:MAX_RECENT])
        self.refresh_recent_menu()

    def refresh_recent_menu(self) -> None:
        """File ▸ Open Recent and the start page list the files in the settings."""
        menu = self._recent_menu
        menu.clear()
        recent = self.recent_files()
        window = self._window
        for entry in recent:
            item = menu.addAction(Path(entry).name.replace("&", "&&"))  # a name, no keyboard mark
            item.setToolTip(entry)
            item.triggered.connect(lambda _checked, entry=entry: window.open_file(entry))
        menu.setEnabled(bool(recent))
        window.empty.set_recent(recent)

    # ----------------------------------------------------------------- size and layout

    def restore(self) -> None:
        """Size, docks, splitter and language as they were (or fitted to the screen)."""
        window = self._window
        settings = window.settings
        settings_guard.check_settings(settings)
        if settings_guard.restore_bytes(settings, "window/geometry", window.restoreGeometry):
            # Saved on a larger screen (or with the Team view's old height): fit it in,
            # now and once it shows (then its frame, the title bar, counts too).
            fit_into_screen(window)
            QTimer.singleShot(0, window, lambda: fit_into_screen(window))
        else:
            screen = window.screen().availableGeometry() if window.screen() else None
            if screen is not None and screen.width() < 1500:
                window.resize(screen.width(), screen.height())
                window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)
            else:
                window.resize(1440, 860)
            # When the first list shows (the panels and the table hidden before have
            # their sizes then): the panel narrow, the table wider than the chart.
            self.first_layout_pending = True
        settings_guard.restore_bytes(settings, "window/state", window.restoreState)
        self._folds_to_restore = _folds(settings_guard.text_list(settings, "window/folded"))
        if settings.contains("window/docks"):  # else the state's own (an older version's)
            self._kept_docks = set(settings_guard.text_list(settings, "window/docks")) & set(DOCKS)
        if not settings_guard.restore_bytes(
            settings, "window/splitter", window.workspace.splitter.restoreState
        ):
            window.workspace.splitter.setSizes([560, 440])
        code = str(settings.value("language", "system"))
        actions = window.action_table.actions
        actions.get(f"settings.language.{code}", actions["settings.language.system"]).setChecked(True)
        # Once the window shows: what of the settings or the data folder cannot be used.
        QTimer.singleShot(0, window, lambda: settings_guard.report(window))

    def save(self) -> None:
        window = self._window
        window.settings.setValue("window/geometry", window.saveGeometry())
        window.settings.setValue("window/state", window.saveState())
        window.settings.setValue("window/docks", sorted(self._open_docks()))
        folds = self._folds_to_restore or {
            name: int(getattr(window, name).property("unfolded_size") or 0)
            for name in DOCKS
            if is_folded(getattr(window, name))
        }
        window.settings.setValue("window/folded", [f"{name}={size}" for name, size in sorted(folds.items())])
        window.settings.setValue("window/splitter", window.workspace.splitter.saveState())

    def show_docks(self, list_shown: bool) -> None:
        """The panels: hidden on the start page; when a list shows, open as the user left
        them — a panel closed stays closed for the next list, the update and the next
        session, until View reopens it."""
        docks = {name: getattr(self._window, name) for name in DOCKS}
        if not list_shown:
            self._kept_docks = self._open_docks()
            for dock in docks.values():
                dock.setVisible(False)
        elif self._kept_docks is not None:
            for name, dock in docks.items():
                dock.setVisible(name in self._kept_docks)
            self._kept_docks = None

    def _open_docks(self) -> set[str]:
        if self._kept_docks is not None:
            return set(self._kept_docks)
        return {name for name in DOCKS if not getattr(self._window, name).isHidden()}

    def lay_out_first_list(self) -> None:
        """The first list is shown: lay the window out for the screen once its widgets
        have their sizes (on the next turn of the event loop)."""
        if self._folds_to_restore:
            folds, self._folds_to_restore = self._folds_to_restore, {}
            self.layout_settled = False
            QTimer.singleShot(0, lambda: self._fold_again(folds))
        if not self.first_layout_pending:
            return
        self.first_layout_pending = False
        self.layout_settled = False  # for scripts and tests: sizes still to change
        QTimer.singleShot(0, self._first_layout)

    def _first_layout(self) -> None:
        window = self._window
        # A laptop (1366 pixels): a narrower panel and most of the rest for the table,
        # so that priority, segment, customer, SoW, KZI, potential and manager show.
        narrow = window.width() < 1500
        window.resizeDocks([window.thresholds_dock], [250 if narrow else 300], Qt.Orientation.Horizontal)
        if window.height() < 900:
            # 768 pixels high: the Team view waits folded to its title (one click opens
            # it), the table keeps its height.
            set_folded(window, window.team_dock, True)
            # The window grew when the Team dock first showed: back to the screen's height.
            QTimer.singleShot(0, self._fit_screen_height)
        else:
            # Tall enough for six managers and the team (more scroll).
            height = max(250, window.team.sizeHint().height() + 24)
            window.resizeDocks([window.team_dock], [height], Qt.Orientation.Vertical)
        width = window.workspace.splitter.width()
        share = 65 if narrow else 55
        window.workspace.splitter.setSizes([width * share // 100, width - width * share // 100])
        QTimer.singleShot(0, lambda: QTimer.singleShot(0, self._settle))

    def _fold_again(self, folds: dict[str, int]) -> None:
        """Fold the panels that were folded when the window last closed (a laptop user
        who folded the Team view finds it folded), each unfolding to its old size."""
        window = self._window
        for name, size in folds.items():
            dock = getattr(window, name)
            if dock.isHidden() or is_folded(dock):
                continue  # closed, or folded with the panel tabbed with it
            set_folded(window, dock, True)
            if size > 0:
                dock.setProperty("unfolded_size", size)
        QTimer.singleShot(0, lambda: QTimer.singleShot(0, self._settle))

    def _fit_screen_height(self) -> None:
        fit_into_screen(self._window, across=False)

    def _settle(self) -> None:
        self.layout_settled = True


def _folds(entries: list[str]) -> dict[str, int]:
    """``window/folded``'s entries ("team_dock=194"): the panel and its unfolded size;
    anything else is left out."""
    folds = {}
    for entry in entries:
        name, _, size = entry.partition("=")
        if name in DOCKS:
            folds[name] = int(size) if size.isdigit() and len(size) < 6 else 0
    return folds
