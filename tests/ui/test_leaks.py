"""Nothing the window is done with stays in memory: finished jobs, their relays and
slots, and a closed window's document.  (Memory over fifty openings: test_soak.py.)"""

from __future__ import annotations

import gc
import weakref

import pytest

from segmenter_app.core.resources import sample_list
from segmenter_app.ui import workers

from .conftest import open_list


def _live(kind: type) -> int:
    gc.collect()
    return sum(1 for item in gc.get_objects() if isinstance(item, kind))


def _fails(progress, cancelled):
    raise ValueError("no list here")


@pytest.mark.parametrize("ending", ["finished", "failed", "cancelled"])
def test_a_job_and_its_slots_are_freed_once_it_has_reported(qtbot, ending):
    """Slots that hold the job (``job=job``, as the window's do) must not keep it: the
    relay drops its connections when the job has ended, whichever way."""
    job = workers.Job(_fails if ending == "failed" else lambda progress, cancelled: 42)
    heard = []
    getattr(job, ending).connect(lambda *value, job=job: heard.append((ending, job)))
    job.progress.connect(lambda fraction, job=job: None)
    if ending == "cancelled":
        job.cancel()
    job_ref, relay_ref = weakref.ref(job), weakref.ref(job.relay)
    with qtbot.waitSignal(getattr(job, ending), timeout=10_000):
        job.start()
    qtbot.waitUntil(lambda: len(heard) == 1)
    del job, heard
    qtbot.waitUntil(lambda: gc.collect() >= 0 and job_ref() is None and relay_ref() is None, timeout=5000)


@pytest.mark.slow
def test_opening_list_after_list_leaves_no_jobs_behind(qtbot, window, monkeypatch):
    """Ten openings left ten jobs (and their relays, and the window's slots) for good."""
    started: list[weakref.ref] = []
    original = workers.Job.__init__

    def counted(self, *args, **kwargs) -> None:  # a weak reference: counting keeps nothing
        original(self, *args, **kwargs)
        started.append(weakref.ref(self))

    monkeypatch.setattr(workers.Job, "__init__", counted)
    relays_before = _live(workers._Relay)
    for _ in range(10):
        open_list(qtbot, window, sample_list("en"))
    assert len(started) == 10
    gc.collect()
    # The job that has just reported may wait one more event loop turn for its relay's
    # deletion; none before it is left.
    assert sum(job() is not None for job in started) <= 1
    assert _live(workers._Relay) - relays_before <= 1


def test_a_closed_and_deleted_window_frees_its_document(qtbot, qapp):
    """The chart's hidden zoom-and-pan toolbar had no parent: a window of its own that
    Qt never deletes, holding the chart, the window and its last document."""
    from segmenter_app.ui.app import create_window

    window = create_window(qapp)
    qtbot.addWidget(window)
    window.show()
    document = weakref.ref(open_list(qtbot, window, sample_list("en")))
    window_ref = weakref.ref(window)
    window.close()
    window.deleteLater()
    del window
    # A timer the window started may still hold it for a moment (a single shot with a
    # bound method); held for good, it never goes.
    qtbot.waitUntil(lambda: gc.collect() >= 0 and window_ref() is None, timeout=5000)
    assert document() is None


def test_a_list_opened_while_another_is_read_leaves_no_progress_dialog(qtbot, window):
    """The reading that is given up reports to no one; its progress dialog went with
    it only when it was the last one, so a window kept one per superseded reading."""
    from PySide6.QtWidgets import QProgressDialog

    window.open_file(sample_list("de"))  # still reading when the next list is asked for
    open_list(qtbot, window, sample_list("en"))
    assert len(window.document) == 120
    qtbot.waitUntil(lambda: not window.findChildren(QProgressDialog), timeout=5000)


def test_a_reading_given_up_may_still_report_progress(qtbot, window):
    """A superseded reading keeps reading until it sees its cancel, and its progress
    reached the slot after its dialog was deleted: "Internal C++ object already deleted"
    (found as a flaky failure of the test above)."""
    import threading

    from PySide6.QtWidgets import QProgressDialog

    release, reported = threading.Event(), threading.Event()

    def slow_reading(progress, cancelled):
        release.wait(10)
        progress(0.5)  # after the window has given it up and deleted its dialog
        reported.set()
        return None

    first = workers.Job(slow_reading)
    window.loading.run(first, sample_list("en"), lambda path, result: None)
    def quick_reading(progress, cancelled):
        progress(0.25)
        return "done"

    second = workers.Job(quick_reading)
    done = []
    window.loading.run(second, sample_list("en"), lambda path, result: done.append(result))
    qtbot.waitUntil(lambda: done == ["done"], timeout=10_000)
    qtbot.waitUntil(lambda: not window.findChildren(QProgressDialog), timeout=5000)
    release.set()
    assert reported.wait(10)
    qtbot.waitUntil(first.done.is_set, timeout=10_000)
    qtbot.wait(100)  # its late progress and its "cancelled" are delivered, and dropped
    assert not window.findChildren(QProgressDialog)
