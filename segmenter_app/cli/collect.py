"""``segmenter collect PROJECT FILE... [--dry-run] [--prefer-returned]`` (no Qt; the
same engine as the window)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from segmenter_app.cli.common import fail, language_of
from segmenter_app.cli.names import COLLECT, EXIT_OK, EXIT_UNREADABLE, EXIT_USAGE, EXIT_WRITE
from segmenter_app.cli.words import translate
from segmenter_app.core.text.catalog import QT_TRANSLATE_NOOP

name = COLLECT


def add_parser(commands) -> None:
    collect = commands.add_parser(
        name,
        help=QT_TRANSLATE_NOOP(
            "cli", "take the next steps and notes from workbooks and copies managers sent back"
        ),
        description=QT_TRANSLATE_NOOP(
            "cli",
            "Three-way per customer and field against the baseline each file carries: "
            "changed only there is taken, changed only here is kept, changed on both sides is a "
            "conflict (kept as it is here and listed, unless --prefer-returned). Corrected "
            "read-only values are listed as suggestions, never applied. Returned files are "
            "never written.",
        ),
    )
    collect.add_argument(
        "project",
        type=Path,
        metavar=QT_TRANSLATE_NOOP("cli", "PROJECT"),
        help=QT_TRANSLATE_NOOP(
            "cli", "the project to collect into (.segmenter; saved when something changes)"
        ),
    )
    collect.add_argument(
        "files",
        type=Path,
        nargs="+",
        metavar=QT_TRANSLATE_NOOP("cli", "FILE"),
        help=QT_TRANSLATE_NOOP("cli", "returned workbooks (.xlsx) and copies (.segmenter)"),
    )
    collect.add_argument(
        "--dry-run",
        action="store_true",
        help=QT_TRANSLATE_NOOP("cli", "say what would change; change nothing"),
    )
    collect.add_argument(
        "--prefer-returned",
        action="store_true",
        help=QT_TRANSLATE_NOOP("cli", "a conflict takes the returned value"),
    )
    collect.add_argument(
        "--lang", choices=("en", "de"), help=QT_TRANSLATE_NOOP("cli", "language of the messages")
    )
    collect.add_argument(
        "-q", "--quiet", action="store_true", help=QT_TRANSLATE_NOOP("cli", "only the summary line")
    )


def run(args: argparse.Namespace) -> int:
    from segmenter_app.core.errors import ProjectError
    from segmenter_app.core.projects.collect_into import NotSaved, collect_into_project, report_lines
    from segmenter_app.core.projects.project_files import is_project_file
    from segmenter_app.core.text import collect_words as words
    from segmenter_app.core.text.texts import project_error_message

    language = language_of(args)
    if not is_project_file(args.project):
        return fail(
            translate("cli", "{path}: is no Segmenter project (.segmenter)").format(path=args.project),
            EXIT_USAGE,
        )
    for file in args.files:
        if file.exists() and file.resolve() == args.project.resolve():
            return fail(translate("cli", "{path}: is the project itself").format(path=file), EXIT_USAGE)
    out = sys.stderr

    def report(plan) -> None:
        for line in report_lines(plan, language, quiet=args.quiet, prefer_returned=args.prefer_returned):
            print(line, file=out)

    try:
        plan = collect_into_project(
            args.project,
            args.files,
            dry_run=args.dry_run,
            prefer_returned=args.prefer_returned,
            report=report,
        )
    except NotSaved as error:
        message = translate("cli", "cannot write {path}: {reason}").format(
            path=error.path, reason=project_error_message(error, language)
        )
        return fail(words.printable(message), EXIT_WRITE)
    except ProjectError as error:
        message = translate("cli", "cannot open {path}: {reason}").format(
            path=error.path, reason=project_error_message(error, language)
        )
        return fail(words.printable(message), EXIT_UNREADABLE)
    if args.dry_run:
        print(words.summary_text("dry_run", language), file=out)
    if not plan.files:
        return EXIT_UNREADABLE if plan.refused else EXIT_OK
    if not args.quiet and not args.dry_run:
        print(words.printable(words.summary_text("saved", language, path=args.project)), file=out)
    return EXIT_OK
