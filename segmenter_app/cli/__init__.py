"""The ``segmenter`` command: the app, or the engine without a window.

    segmenter                         open the app
    segmenter open FILE               open the app on a list or project
    segmenter classify INPUT -o OUT   OUT: .csv, .xlsx, .json or .segmenter
    segmenter export INPUT --out-dir DIR [--layout files|sheets] [--pdf]
    segmenter team INPUT -o OUT       OUT: .csv, .xlsx or .json
    segmenter collect PROJECT FILE…   next steps and notes from returned workbooks

Exit status: 0 success, 1 the output could not be written, 2 usage error (a wrong
option, a sheet or column that is not in the file), 3 the input cannot be read.  A
failure prints one line on stderr and never leaves an output file behind.

One module per command, each with ``add_parser(commands)`` and ``run(args)``: ``gui``
(open), ``collect``, and the commands that write an output, built from the output
registry (``outputs``); ``common`` reads INPUT and fails.  The package imports no Qt
and nothing heavy at import time: the reader child process starts through it in a
frozen app, and ``classify`` must start fast.  This module itself imports only the
standard library and the commands' names (``names``) until its first step has got the
reader ready (``_prepare_reading``): the rest of the command line is imported after.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

from segmenter_app.cli.names import COLLECT, EXIT_OK, EXIT_USAGE, EXIT_WRITE, OPEN


def commands() -> list:
    """The dispatch table, in the order ``--help`` lists the commands: each has ``name``,
    ``add_parser(commands)`` and ``run(args)``."""
    from segmenter_app.cli import collect, gui
    from segmenter_app.cli.outputs import output_commands

    return [gui, *output_commands(), collect]


def build_parser():
    """The command line's parser (an ``argparse.ArgumentParser``), its help in the
    language spoken now (``words``)."""
    import argparse

    from segmenter_app import __version__
    from segmenter_app.cli import words
    from segmenter_app.core.text.catalog import QT_TRANSLATE_NOOP

    parser = argparse.ArgumentParser(
        prog="segmenter",
        description=QT_TRANSLATE_NOOP(
            "cli",
            "Segment customers by share of wallet and satisfaction "
            "(MODEL, FIX, GROW, MOVE) and prioritise them per account manager.",
        ),
        epilog=QT_TRANSLATE_NOOP("cli", "Without a command, the app opens."),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"segmenter {__version__}",
        help=QT_TRANSLATE_NOOP("cli", "show the version and exit"),
    )
    subparsers = parser.add_subparsers(dest="command", metavar=QT_TRANSLATE_NOOP("cli", "COMMAND"))
    for command in commands():
        command.add_parser(subparsers)
    words.translate_parser(parser)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--segmenter-reader-child"]:
        from segmenter_app.core.reading import child as _reader_child

        _reader_child.main()
        return EXIT_OK
    if argv[:1] == ["--segmenter-fork-server"]:
        from segmenter_app.core.reading import fork_server

        fork_server.main(argv[1:])
        return EXIT_OK
    _prepare_reading(argv)
    from segmenter_app.cli import words

    with words.speaking(words.argv_language(argv)):
        return _run(argv)


#: Options whose value is a file written, never read.
OUTPUT_OPTIONS = frozenset({"-o", "--output"})


def _prepare_reading(argv: list[str]) -> None:
    """A command that will read a list gets its reader ready first thing, before its own
    arguments are parsed (``sandbox.prepare``): the reader's fork server (and for a long
    workbook its first reader's imports) then start beside the command's, about 0.1 s
    sooner.  The list is the first file named, not the output, that is a workbook
    (``sandbox.prepare`` looks at its first bytes: a project or a text list starts
    nothing); a wrong guess costs only an idle process, ended with this one.
    ``collect`` reads returned workbooks without the native readers: its server starts
    cold."""
    if not argv or argv[0].startswith("-") or argv[0] == OPEN:
        return
    for before, value in zip(argv, argv[1:]):
        if value.startswith("-") or before in OUTPUT_OPTIONS or not os.path.isfile(value):
            continue
        from segmenter_app.core.reading import sandbox

        if sandbox.prepare(Path(value), warm=argv[0] != COLLECT):
            return


def _run(argv: list[str]) -> int:
    from segmenter_app.cli import common, gui
    from segmenter_app.cli.common import UsageError
    from segmenter_app.cli.words import translate

    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:
        return int(exit_.code or 0)
    try:
        if args.command in (None, gui.name) and not gui.available():
            parser.print_help()
            return EXIT_OK
        if args.command is None:
            return gui.run_gui(None)
        command = next(command for command in commands() if command.name == args.command)
        return command.run(args)
    except UsageError as error:
        parser.print_usage(sys.stderr)
        return common.fail(str(error), EXIT_USAGE)
    except KeyboardInterrupt:
        return 130
    except Exception as error:  # noqa: BLE001 - a user never sees a traceback
        if os.environ.get("SEGMENTER_TRACE"):
            raise
        return common.fail(
            translate("cli", "unexpected error ({error}); nothing was written").format(
                error=f"{type(error).__name__}: {error}"
            ),
            EXIT_WRITE,
        )


def entry() -> None:
    """The ``segmenter`` console command.  After a command without a window the
    process ends at once: the files are written and closed, and tearing down pandas
    and pyarrow would only add a tenth of a second."""
    if getattr(sys, "frozen", False):
        # A packaged app starts the export's second writer through this same program.
        import multiprocessing

        multiprocessing.freeze_support()
    argv = sys.argv[1:]
    try:
        code = main(argv)
    except KeyboardInterrupt:  # Ctrl+C before the command's own handling (its imports)
        code = 130
    if argv and argv[0] in {command.name for command in commands()} - {OPEN}:
        for stream in (sys.stdout, sys.stderr):  # None when the caller closed it
            if stream is not None:
                with contextlib.suppress(OSError, ValueError):
                    stream.flush()
        os._exit(code)
    sys.exit(code)


if __name__ == "__main__":
    entry()
