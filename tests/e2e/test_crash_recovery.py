"""The window is killed (kill -9) after edits; the next start offers to restore, and
restoring brings back every note, override and threshold."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from segmenter_app.core.model import segmentation as sg

SCRIPT = textwrap.dedent("""
    import sys, numpy as np
    from PySide6.QtCore import QTimer
    from segmenter_app.core.model import segmentation as sg
    from segmenter_app.core.resources import sample_list
    from segmenter_app.ui.app import create_application, create_window

    app = create_application()
    window = create_window(app)
    window.show()

    def edit(document):
        move = int(np.flatnonzero(document.result.segment == sg.MOVE)[0])
        model = int(np.flatnonzero(document.result.segment == sg.MODEL)[0])
        document.edit_value(5, "notes", "Vor dem Absturz notiert")
        document.set_triage(move, sg.PRIORITISE)
        document.set_pinned(model, True)
        document.set_thresholds(sg.Thresholds(sow=sg.Threshold("fixed", 0.37), kzi=sg.Threshold("mean")))
        print("ready", move, model, flush=True)

    window.document_opened.connect(edit)
    QTimer.singleShot(0, lambda: window.open_file(sample_list("de")))
    app.exec()
""")


@pytest.mark.slow
def test_kill_minus_9_then_restore(qtbot, qapp, tmp_path, monkeypatch):
    data = tmp_path / "data"
    environment = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        SEGMENTER_DATA_DIR=str(data),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        HOME=str(tmp_path),
    )
    child = subprocess.Popen(
        [sys.executable, "-c", SCRIPT],
        env=environment,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        deadline = time.monotonic() + 90
        line = ""
        while time.monotonic() < deadline:
            line = child.stdout.readline()
            if line.startswith("ready") or not line:
                break
        assert line.startswith("ready"), "the app did not get to its edits"
        _ready, move, model = line.split()
        os.kill(child.pid, signal.SIGKILL)
        child.wait(10)
    finally:
        if child.poll() is None:
            child.kill()
    assert child.returncode == -signal.SIGKILL
    recovery = list((data / "recovery").glob("*"))
    assert recovery, "no recovery file was left"

    from segmenter_app.ui.app import create_window

    monkeypatch.setenv("SEGMENTER_DATA_DIR", str(data))
    window = create_window(qapp)
    qtbot.addWidget(window)
    offered = []
    monkeypatch.setattr(
        type(window.projects), "ask_restore", lambda self, info: offered.append(info) or "restore"
    )
    window.projects.check_recoveries()
    assert offered and offered[0].changes >= 4
    document = window.document
    assert document is not None and len(document) == 400
    assert document.table["notes"].iat[5] == "Vor dem Absturz notiert"
    assert int(document.triage_override[int(move)]) == sg.PRIORITISE
    assert document.pinned[int(model)]
    assert document.thresholds == sg.Thresholds(sow=sg.Threshold("fixed", 0.37), kzi=sg.Threshold("mean"))
    assert window.isWindowModified()  # restored work is not saved yet
    assert not recovery[0].exists()  # the crash's file is gone; a new journal records on
    assert Path(window.projects.journal.path).exists()
