"""``segmenter`` and ``segmenter open [FILE]``: the window (through
``segmenter_app.ui.app``; this module imports no Qt itself)."""

from __future__ import annotations

import argparse
from pathlib import Path

from segmenter_app.cli.common import fail
from segmenter_app.cli.names import EXIT_USAGE, OPEN
from segmenter_app.cli.words import translate
from segmenter_app.core.text.catalog import QT_TRANSLATE_NOOP

name = OPEN


def add_parser(commands) -> None:
    parser = commands.add_parser(
        name,
        help=QT_TRANSLATE_NOOP(
            "cli", "open the app on a customer list or project (the sample list without FILE)"
        ),
    )
    parser.add_argument(
        "file",
        type=Path,
        metavar=QT_TRANSLATE_NOOP("cli", "FILE"),
        nargs="?",
        help=QT_TRANSLATE_NOOP("cli", "a customer list or a project"),
    )


def run(args: argparse.Namespace) -> int:
    if args.file is None:
        from segmenter_app.core.resources import sample_list
        from segmenter_app.core.text.texts import system_language

        return run_gui(sample_list(system_language()))
    return run_gui(args.file)


def available() -> bool:
    """Whether this install has the window (an install of the engine alone has not)."""
    import importlib.util

    return importlib.util.find_spec("segmenter_app.ui.app") is not None


def run_gui(file: Path | None) -> int:
    """The window on ``file`` (a list or project; None: empty)."""
    source = _start_reading_early(file)
    try:
        from segmenter_app.ui.app import run
    except ImportError as error:  # PySide6 missing from this install
        if source is not None:
            source.close()
        return fail(
            translate(
                "cli", "the window cannot start ({error}); the commands still work, see 'segmenter --help'"
            ).format(error=error),
            EXIT_USAGE,
        )
    return run(file, source)


def _start_reading_early(file: Path | None):
    """A list named at start parses in a child process while this one loads Qt and
    matplotlib (about a second saved on a large workbook).  None for a project, for no
    file, or for a file that cannot be read: the window opens it and says why."""
    if file is None:
        return None
    from segmenter_app.core.projects.project_files import is_project_file
    from segmenter_app.core.reading.reader import ReadError, start_reading

    if is_project_file(file):
        return None
    try:
        return start_reading(file)
    except ReadError:
        return None
