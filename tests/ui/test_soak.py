"""Soak tests: long sessions in the window — thousands of threshold-drag moves and cell
edits, fifty lists opened one after another — each in a process of its own
(soak_driver.py), so that an abort (PySide6 6.12.0's ``none_dealloc`` after some 600
drag moves on Python 3.11) fails the test instead of killing pytest.  They check that
the process lives, that a drag move costs at the end what it cost at the start, and that
memory stays flat.  About a minute each on a quiet two-core machine; ``-m "not soak"``
leaves them out.

Times are the main thread's CPU time per move or edit (``time.thread_time``): the wall
clock of a machine shared with other work varies threefold from minute to minute, the
CPU time a move needs does not; the wall times are in the failure messages.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

import pytest

from segmenter_app.core.resources import sample_list

pytestmark = [pytest.mark.soak, pytest.mark.slow]

DRIVER = Path(__file__).with_name("soak_driver.py")
REPOSITORY = Path(__file__).resolve().parents[2]
#: Per move or edit, at the end against the start: at most this factor, plus SLACK_MS.
GROWTH, SLACK_MS = 1.5, 2.0
WINDOW = 200  # moves or edits compared at each end


def run_driver(tmp_path: Path, mode: str, count: int, path: Path, timeout: int = 480) -> dict:
    path_entries = [str(REPOSITORY), *filter(None, [os.environ.get("PYTHONPATH")])]
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=os.pathsep.join(path_entries))
    done = subprocess.run(
        [sys.executable, str(DRIVER), mode, str(count), str(path), "--home", str(tmp_path / "home")],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=environment,
        cwd=tmp_path,
    )
    errors = "\n".join(line for line in done.stderr.splitlines() if "propagateSizeHints" not in line)
    assert done.returncode == 0, (
        f"the window process died (exit {done.returncode}) during the {mode} soak:\n{errors[-4000:]}"
    )
    [line] = [line for line in done.stdout.splitlines() if line.startswith("SOAK ")]
    return json.loads(line[len("SOAK ") :])


def _median(values: list[float]) -> float:
    return statistics.median(values)


def assert_time_holds(result: dict, what: str) -> None:
    cpu, wall = result["cpu_ms"], result["wall_ms"]
    first, last = _median(cpu[:WINDOW]), _median(cpu[-WINDOW:])
    assert last <= GROWTH * first + SLACK_MS, (
        f"a {what} costs {last:.1f} ms CPU at the end against {first:.1f} ms at the start "
        f"(wall {_median(wall[-WINDOW:]):.1f} against {_median(wall[:WINDOW]):.1f} ms)"
    )


def assert_memory_flat(samples: list[float], reference: float, what: str) -> None:
    """Every sample within 10 % of the reference (RSS in MB, after a garbage collection)."""
    assert max(samples) <= reference * 1.10, (
        f"memory grew from {reference:.0f} MB to {max(samples):.0f} MB over {what}: {samples}"
    )


def test_two_thousand_threshold_drag_moves(tmp_path):
    result = run_driver(tmp_path, "drag", 2000, sample_list("de"))
    assert result["moves"] == 2000
    assert_time_holds(result, "drag move")
    memory = result["rss_mb"]  # after each drag of 100 moves
    assert_memory_flat(memory, memory[0], "2,000 drag moves")


def test_two_thousand_cell_edits(tmp_path):
    result = run_driver(tmp_path, "edit", 2000, sample_list("de"))
    assert result["edits"] == 2000
    assert_time_holds(result, "cell edit")
    memory = result["rss_mb"]  # after every 100 edits; each edit is also an undo step
    assert_memory_flat(memory, memory[0], "2,000 cell edits")


def test_fifty_lists_opened_one_after_another(tmp_path):
    from benchmarks.generate_lists import customer_frame, write_xlsx

    path = tmp_path / "customers.xlsx"
    write_xlsx(customer_frame(2000), path)
    result = run_driver(tmp_path, "open", 50, path)
    memory = result["rss_mb"]  # after each opening
    assert_memory_flat(memory[1:], memory[1], "fifty openings of the same list")
    # Each opening ran a job; the jobs (and the window's slots they kept) are gone.
    assert result["jobs_started"] == 50
    assert result["jobs_alive"] <= 1
