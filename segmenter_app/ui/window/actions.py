"""One table of actions: what the window's menus hold, built into QMenus and QActions.

Each menu is defined in a module of its own (``menus/file.py``, ``edit.py``, ``view.py``,
``settings.py``, ``help.py``, as napari's ``_qapp_model/qactions/_file.py``): a
:class:`Menu` of :class:`Action` entries — id, text, shortcuts, what it runs, whether
it is checkable, whether it needs a list to be open.  :class:`ActionTable` builds the
menu bar from those definitions, words it again when the language changes (from the
same definitions: there is no second list of texts) and enables what needs a document.
Every menu text is translated in one context, ``MainWindow``, but the outputs' entries,
which the core's output registry words (context ``outputs``).

The definitions hold no widget: ``run`` receives the window when the action fires,
and the window's public face (its controllers, its workspace) does the work.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QWidget

#: The translation context of every menu text (``QT_TRANSLATE_NOOP(CONTEXT, …)`` in the
#: menu modules must name it literally: lupdate reads the literal).
CONTEXT = "MainWindow"

#: A shortcut: a platform's standard key (Open, Save …) or a portable text ("Ctrl+E").
Shortcut = QKeySequence.StandardKey | str


@dataclass(frozen=True)
class Action:
    """One entry of a menu.  ``run(window)`` when triggered, or ``run(window, checked)``
    when ``checkable``.  ``text`` may hold ``{placeholders}`` the window fills in with
    :meth:`ActionTable.set_values` (the Undo entry names what it takes back)."""

    id: str
    text: str
    run: Callable[..., Any]
    shortcuts: tuple[Shortcut, ...] = ()
    shortcut_context: Qt.ShortcutContext = Qt.ShortcutContext.WindowShortcut
    checkable: bool = False
    #: enabled only while a list is open
    needs_document: bool = False
    #: enabled when the window starts (before any list)
    enabled: bool = True
    #: exclusive choices share a group (one language, one currency)
    group: str | None = None
    #: False for names that read the same in every language (English, Deutsch, €)
    translated: bool = True
    #: the translation context of ``text`` (an entry built from the core's output
    #: registry is worded there, in its context)
    context: str = "MainWindow"


@dataclass(frozen=True)
class Placed:
    """An entry another object owns and words itself — a dock's show/hide toggle, the
    chart's bubble-size menu: ``get(window)`` returns its QAction or QMenu."""

    id: str
    get: Callable[[Any], QAction | QMenu]


class Separator:
    """A line between groups of entries."""


SEPARATOR = Separator()


@dataclass(frozen=True)
class Menu:
    """A menu of the menu bar, or a submenu inside one (its entries may be filled in
    later by its owner, as Open Recent is)."""

    id: str
    title: str
    items: tuple[Action | Menu | Placed | Separator, ...] = ()
    needs_document: bool = False


def key_sequences(shortcuts: tuple[Shortcut, ...]) -> list[QKeySequence]:
    """The key sequences of ``shortcuts`` on this platform (a standard key the platform
    has no keys for, such as Quit on some Linux desktops, gives none)."""
    sequences = [QKeySequence(shortcut) for shortcut in shortcuts]
    return [sequence for sequence in sequences if not sequence.isEmpty()]


class _Labels(dict):
    """Placeholders not given yet read as nothing ("&Undo {what}" → "&Undo")."""

    def __missing__(self, key: str) -> str:
        return ""


def _filled(text: str, values: dict[str, str]) -> str:
    """``text`` with its placeholders filled in; where they are empty, the separator
    before them goes too ("&Rückgängig: {what}" → "&Rückgängig", never "Rückgängig:").
    A value is the user's words, never a keyboard mark: its "&" is doubled, so that
    "Note on Meier & Söhne" is not shown as "Note on Meier _Söhne"."""
    if "{" not in text:
        return text
    escaped = {key: str(value).replace("&", "&&") for key, value in values.items()}
    return text.format_map(_Labels(escaped)).strip().rstrip(":").rstrip()


def translate(text: str, context: str = CONTEXT) -> str:
    return QCoreApplication.translate(context, text)


class ActionTable(QObject):
    """The menu bar of ``window`` built from ``menus``; a QAction and a QMenu by id."""

    def __init__(self, window: QWidget, menu_bar: QMenuBar, menus: tuple[Menu, ...]) -> None:
        super().__init__(window)
        self.menus = menus
        self.definitions: dict[str, Action | Menu] = {}
        self.actions: dict[str, QAction] = {}
        self.qmenus: dict[str, QMenu] = {}
        self._parents: dict[str, str] = {}
        self._values: dict[str, dict[str, str]] = {}
        self._groups: dict[str, QActionGroup] = {}
        self._window = window
        for menu in menus:
            self._build(menu, menu_bar.addMenu(""), None)
        self.retranslate()

    # ----------------------------------------------------------------- building

    def _build(self, menu: Menu, qmenu: QMenu, parent: str | None) -> None:
        self.definitions[menu.id] = menu
        self.qmenus[menu.id] = qmenu
        if parent is not None:
            self._parents[menu.id] = parent
        for item in menu.items:
            if isinstance(item, Separator):
                qmenu.addSeparator()
            elif isinstance(item, Menu):
                self._build(item, qmenu.addMenu(""), menu.id)
            elif isinstance(item, Placed):
                placed = item.get(self._window)
                if isinstance(placed, QMenu):
                    qmenu.addMenu(placed)
                else:
                    qmenu.addAction(placed)
                self._parents[item.id] = menu.id
            else:
                qmenu.addAction(self._action(item))
                self._parents[item.id] = menu.id

    def _action(self, definition: Action) -> QAction:
        action = QAction(self._window)
        action.setObjectName(definition.id)
        if definition.shortcuts:
            action.setShortcuts(key_sequences(definition.shortcuts))
            action.setShortcutContext(definition.shortcut_context)
        action.setCheckable(definition.checkable)
        action.setEnabled(definition.enabled and not definition.needs_document)
        window = self._window
        if definition.checkable:
            action.triggered.connect(lambda checked, run=definition.run: run(window, checked))
        else:
            action.triggered.connect(lambda _checked=False, run=definition.run: run(window))
        if definition.group is not None:
            group = self._groups.get(definition.group)
            if group is None:
                group = self._groups[definition.group] = QActionGroup(self._window)
            group.addAction(action)
        self.definitions[definition.id] = definition
        self.actions[definition.id] = action
        return action

    # ----------------------------------------------------------------- words

    def retranslate(self) -> None:
        """Every menu title and action text from the definitions, in the language now
        installed."""
        for id_, qmenu in self.qmenus.items():
            qmenu.setTitle(translate(self.definitions[id_].title))
        for id_ in self.actions:
            self._set_text(id_)

    def set_values(self, id_: str, **values: str) -> None:
        """Fill in the placeholders of an action's text (kept for the next retranslate)."""
        self._values[id_] = values
        self._set_text(id_)

    def _set_text(self, id_: str) -> None:
        definition = self.definitions[id_]
        text = translate(definition.text, definition.context) if definition.translated else definition.text
        self.actions[id_].setText(_filled(text, self._values.get(id_, {})))

    def text(self, id_: str) -> str:
        """An action's or menu's words in the language now installed, without the
        keyboard marks ("Import settings…").  Entries others own (:class:`Placed`) word
        themselves and have none here."""
        definition = self.definitions[id_]
        words = definition.title if isinstance(definition, Menu) else definition.text
        if not isinstance(definition, Action):
            words = translate(words)
        elif definition.translated:
            words = translate(words, definition.context)
        words = _filled(words, self._values.get(id_, {}))
        return words.replace("&&", "\0").replace("&", "").replace("\0", "&")

    def path(self, id_: str) -> str:
        """Where a person finds an action: "File ▸ Import settings…" (for the guide and
        the status bar's hints)."""
        steps = [self.text(id_)]
        while id_ in self._parents:
            id_ = self._parents[id_]
            steps.append(self.text(id_))
        return " ▸ ".join(reversed(steps))

    # ----------------------------------------------------------------- state

    def set_document_open(self, is_open: bool) -> None:
        """Enable what needs a list (actions and submenus) exactly while one is open."""
        for id_, definition in self.definitions.items():
            if not definition.needs_document:
                continue
            if isinstance(definition, Menu):
                self.qmenus[id_].setEnabled(is_open)
            else:
                self.actions[id_].setEnabled(is_open)
