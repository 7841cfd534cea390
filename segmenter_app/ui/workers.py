"""Long work (reading a list, exporting) off the UI thread, with progress and cancel.

A :class:`Job` runs a plain core function in Qt's thread pool and reports through a
small QObject relay whose signals arrive on the main thread (Orange's FutureWatcher
pattern).  The function gets ``progress(fraction)`` and ``cancelled()`` callables; the
job never touches a widget.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Relay(QObject):
    progress = Signal(float)
    finished = Signal(object)
    failed = Signal(object)
    cancelled = Signal()


class Job(QRunnable):
    def __init__(self, function: Callable[..., Any], *args: Any, **kwargs: Any) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.function = function
        self.args = args
        self.kwargs = kwargs
        self.relay = _Relay()
        self._cancel = threading.Event()
        self.done = threading.Event()

    @property
    def progress(self):
        return self.relay.progress

    @property
    def finished(self):
        return self.relay.finished

    @property
    def failed(self):
        return self.relay.failed

    @property
    def cancelled(self):
        return self.relay.cancelled

    def cancel(self) -> None:
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        from segmenter_app.core.reading.rawdata import ReadCancelled

        try:
            result = self.function(
                *self.args, progress=self.relay.progress.emit, cancelled=self._cancel.is_set, **self.kwargs
            )
        except ReadCancelled:
            self.relay.cancelled.emit()
        except Exception as error:  # noqa: BLE001 - reported to the window, never raised in Qt
            error.__traceback_text__ = traceback.format_exc()
            if self._cancel.is_set():
                self.relay.cancelled.emit()
            else:
                self.relay.failed.emit(error)
        else:
            if self._cancel.is_set():
                self.relay.cancelled.emit()
            else:
                self.relay.finished.emit(result)
        finally:
            self.done.set()

    def start(self) -> Job:
        QThreadPool.globalInstance().start(self)
        return self
