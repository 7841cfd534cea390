"""Long work (reading a list, exporting) off the UI thread, with progress and cancel.

A :class:`Job` runs a plain core function in Qt's thread pool and reports through a
small QObject relay whose signals arrive on the main thread (Orange's FutureWatcher
pattern).  The function gets ``progress(fraction)`` and ``cancelled()`` callables; the
job never touches a widget.

Nothing keeps a job once it has reported its end (finished, failed or cancelled):

* the pool is given the job's ``run`` method, not the job as a ``QRunnable`` (PySide
  holds a runnable that is not auto-deleted for as long as the process lives);
* the relay deletes itself after the slots connected before :meth:`Job.start` have run,
  and with it every connection.  Those slots are usually lambdas that hold the job
  (``job=job``) and the window; the relay's C++ connections hold the lambdas, and
  Python's garbage collector cannot see through C++.

Without this every job ever started, and every window it reported to, stayed in memory.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, Signal


class _Relay(QObject):
    progress = Signal(float)
    finished = Signal(object)
    failed = Signal(object)
    cancelled = Signal()

    def release_when_done(self) -> None:
        """Delete the relay, and with it every connection, once the job has ended.
        Connected last, so it runs after the slots connected before it (queued calls
        are delivered in the order of their connections)."""
        for end in (self.finished, self.failed, self.cancelled):
            end.connect(self.deleteLater)


class Job:
    def __init__(self, function: Callable[..., Any], *args: Any, **kwargs: Any) -> None:
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
        from segmenter_app.core.errors import ReadCancelled

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
        self.relay.release_when_done()
        QThreadPool.globalInstance().start(self.run)
        return self
