"""The command line in the tests, run as a user runs it.

``segmenter(...)`` calls the same ``main`` the ``segmenter`` console script calls, with
its own standard output and error, in the test's process: the reader still parses each
workbook in a child process of its own (the sandbox), and every file is written and
read back as a user's would be.  What only a process of its own shows — the console
script's entry and exit, ``--help`` and ``--version`` as a shell prints them, a command
that must run without Qt — is run with ``process=True``.  A command run in a process
pays for starting Python and importing pandas each time (about 0.6 s of CPU); most
command-line tests need no more than ``main`` does.
"""

from __future__ import annotations

import contextlib
import io
import os
import subprocess
import sys
from pathlib import Path
from unittest import mock


def segmenter(*args: object, cwd: Path | None = None, process: bool = False) -> subprocess.CompletedProcess:
    """``segmenter ARGS``: its exit status and what it printed (as text)."""
    argv = [str(arg) for arg in args]
    if process:
        return subprocess.run(
            [sys.executable, "-m", "segmenter_app", *argv],
            capture_output=True,
            text=True,
            timeout=300,
            cwd=cwd,
        )
    from segmenter_app.cli import allocation, main

    stdout, stderr = _stream(), _stream()
    with contextlib.ExitStack() as stack:
        # A list command tunes the allocator of a process that ends after it
        # (cli/allocation.py, checked in processes of their own by test_allocation.py):
        # the test's process, which runs other tests after this one, keeps its own.
        stack.enter_context(mock.patch.object(allocation, "keep_freed_memory", lambda: False))
        if cwd is not None:
            stack.enter_context(_working_folder(cwd))
        stack.enter_context(contextlib.redirect_stdout(stdout))
        stack.enter_context(contextlib.redirect_stderr(stderr))
        code = main(argv)
    return subprocess.CompletedProcess(["segmenter", *argv], code, _text(stdout), _text(stderr))


@contextlib.contextmanager
def _working_folder(folder: Path):
    # contextlib.chdir is Python 3.11's; the tests run on 3.10 too.
    before = os.getcwd()
    os.chdir(folder)
    try:
        yield
    finally:
        os.chdir(before)


def _stream() -> io.TextIOWrapper:
    # A real stream's encoding and its binary buffer (a command may write bytes).
    return io.TextIOWrapper(io.BytesIO(), encoding="utf-8", errors="backslashreplace", newline=None)


def _text(stream: io.TextIOWrapper) -> str:
    stream.flush()
    # As subprocess.run(text=True) reads a child's output: universal newlines.
    return stream.buffer.getvalue().decode("utf-8", errors="backslashreplace").replace("\r\n", "\n")
