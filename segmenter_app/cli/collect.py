"""``segmenter collect PROJECT FILE... [--dry-run] [--prefer-returned]`` (no Qt; the
same engine as the window)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from segmenter_app.cli.common import EXIT_OK, EXIT_UNREADABLE, EXIT_USAGE, EXIT_WRITE, fail, language_of

name = "collect"


def add_parser(commands) -> None:
    collect = commands.add_parser(
        "collect",
        help="take the next steps and notes from workbooks and copies managers sent back",
        description="Three-way per customer and field against the baseline each file carries: "
        "changed only there is taken, changed only here is kept, changed on both sides is a "
        "conflict (kept as it is here and listed, unless --prefer-returned). Corrected "
        "read-only values are listed as suggestions, never applied. Returned files are "
        "never written.",
    )
    collect.add_argument("project", type=Path, metavar="PROJECT")
    collect.add_argument("files", type=Path, nargs="+", metavar="FILE")
    collect.add_argument("--dry-run", action="store_true", help="say what would change; change nothing")
    collect.add_argument("--prefer-returned", action="store_true", help="a conflict takes the returned value")
    collect.add_argument("--lang", choices=("en", "de"), help="language of the messages")
    collect.add_argument("-q", "--quiet", action="store_true", help="only the summary line")


def run(args: argparse.Namespace) -> int:
    from segmenter_app.core.errors import ProjectError
    from segmenter_app.core.projects.collect import apply_collect, plan_collect
    from segmenter_app.core.projects.project import open_project, save_project
    from segmenter_app.core.projects.project_files import is_project_file
    from segmenter_app.core.text import collect_words as words
    from segmenter_app.core.text.texts import project_error_message

    language = language_of(args)
    if not is_project_file(args.project):
        return fail(f"{args.project}: is no Segmenter project (.segmenter)", EXIT_USAGE)
    try:
        opened = open_project(args.project)
    except ProjectError as error:
        return fail(f"cannot open {error.path}: {project_error_message(error, language)}", EXIT_UNREADABLE)
    for file in args.files:
        if file.exists() and file.resolve() == args.project.resolve():
            return fail(f"{file}: is the project itself", EXIT_USAGE)
    document = opened.document
    plan = plan_collect(document, args.files, opened.history)
    out = sys.stderr
    for note in plan.refused:
        print(f"{note.file}: {words.note_text(note.code, note.params, language)}", file=out)
    if not args.quiet:
        for note in [*plan.notes, *plan.unknown]:
            print(f"{note.file.name}: {words.note_text(note.code, note.params, language)}", file=out)
        for change in plan.taken:
            _tell("taken", change, language, before=_shown(change.before), value=_shown(change.value))
    decision = words.summary_text("took_returned" if args.prefer_returned else "kept_here", language)
    for conflict in plan.conflicts:
        _tell(
            "conflict",
            conflict,
            language,
            ours=_shown(conflict.ours),
            theirs=_shown(conflict.theirs),
            decision=decision,
        )
    for suggestion in plan.suggestions:
        _tell(
            "suggestion",
            suggestion,
            language,
            ours=_shown(suggestion.before),
            theirs=_shown(suggestion.value),
        )
    print(
        words.summary_text(
            "summary",
            language,
            files=len(plan.files),
            refused=len(plan.refused),
            taken=len(plan.taken),
            kept=len(plan.kept),
            conflicts=len(plan.conflicts),
            suggestions=len(plan.suggestions),
            unknown=len(plan.unknown),
        ),
        file=out,
    )
    if args.dry_run:
        print(words.summary_text("dry_run", language), file=out)
        return EXIT_OK
    if not plan.files:
        return EXIT_UNREADABLE if plan.refused else EXIT_OK
    record = apply_collect(document, plan, prefer_returned=args.prefer_returned)
    try:
        save_project(
            document,
            args.project,
            source_path=opened.source_path,
            history=[*opened.history, record],
            periods=opened.periods,
        )
    except ProjectError as error:
        return fail(f"cannot write {error.path}: {project_error_message(error, language)}", EXIT_WRITE)
    if not args.quiet:
        print(words.summary_text("saved", language, path=args.project), file=out)
    return EXIT_OK


def _tell(kind: str, item, language: str, **values: str) -> None:
    """One taken value, conflict or suggestion: which customer, field and file."""
    from segmenter_app.core.text import collect_words as words

    print(
        words.summary_text(
            kind,
            language,
            customer=_who(item),
            field=words.field_name(item.column, language),
            file=item.file.name,
            **values,
        ),
        file=sys.stderr,
    )


def _who(item) -> str:
    return f"{item.customer_id} {item.customer_name}".strip()


def _shown(value) -> str:
    if value is None or (isinstance(value, float) and value != value):
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).replace("\n", " ⏎ ")
