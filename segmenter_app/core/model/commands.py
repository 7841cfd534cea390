"""Every edit is a command: it knows how to do and undo itself, and says what it did.

The window maps each interaction (a cell edit, a dragged threshold, a note, a triage
flip) to one command and pushes it on the document's :class:`UndoStack`; undo and redo
are therefore exact and one step per user action.

A command carries its own label, as glue's ``Command.text`` does: a core text marked
for translation where the command is made (``"revenue of {customer}"``) and the
``params`` that fill it in.  ``core.text`` words it in the user's language
(``texts.command_text``): the Edit menu shows "Undo revenue of Müller GmbH" with no
table of its own that a new command could miss.  (The model has no catalogue of words:
``core.text`` sits above it and translates.)
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from segmenter_app.core.model.events import signal


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate collects
    """Marks a command's label for translation; ``core.text`` translates it when shown."""
    return text


@dataclass
class Command:
    #: what kind of step ("edit_cell", "thresholds", "collect" …), for code and tests
    code: str
    do: Callable[[], None]
    undo: Callable[[], None]
    #: what the step changed (the customer, the column, the file …): the label's fields
    params: dict[str, Any] = field(default_factory=dict)
    #: Commands with the same non-empty merge key replace each other's "after" state
    #: (typing a note is one step, not one per key).
    merge_key: Any = None
    #: what the Edit menu says: a core text (``QT_TRANSLATE_NOOP("core", …)``) whose
    #: ``{fields}`` come from ``params``, worded by ``texts.command_text``
    label: str = ""


class UndoStack:
    def __init__(self) -> None:
        self._commands: list[Command] = []
        self._index = 0
        self._clean_index: int | None = 0
        #: (can_undo, can_redo) may have changed, or the clean state did.
        self.changed = signal()

    def push(self, command: Command, *, merge: bool = False) -> None:
        """Do the command and record it (dropping anything undone before)."""
        command.do()
        del self._commands[self._index :]
        if self._clean_index is not None and self._clean_index > self._index:
            self._clean_index = None
        previous = self._commands[-1] if self._commands else None
        if (
            merge
            and previous is not None
            and command.merge_key is not None
            and previous.merge_key == command.merge_key
            and self._index != self._clean_index
        ):
            previous.do = command.do
        else:
            self._commands.append(command)
            self._index += 1
        self.changed.emit()

    def undo(self) -> bool:
        if not self.can_undo:
            return False
        self._index -= 1
        self._commands[self._index].undo()
        self.changed.emit()
        return True

    def redo(self) -> bool:
        if not self.can_redo:
            return False
        self._commands[self._index].do()
        self._index += 1
        self.changed.emit()
        return True

    @property
    def can_undo(self) -> bool:
        return self._index > 0

    @property
    def can_redo(self) -> bool:
        return self._index < len(self._commands)

    @property
    def undo_command(self) -> Command | None:
        return self._commands[self._index - 1] if self.can_undo else None

    @property
    def redo_command(self) -> Command | None:
        return self._commands[self._index] if self.can_redo else None

    @property
    def is_clean(self) -> bool:
        return self._index == self._clean_index

    def set_clean(self) -> None:
        self._clean_index = self._index
        self.changed.emit()

    def clear(self) -> None:
        self._commands.clear()
        self._index = 0
        self._clean_index = 0
        self.changed.emit()

    def __len__(self) -> int:
        return len(self._commands)
