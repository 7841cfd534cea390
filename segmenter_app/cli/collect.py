"""``segmenter collect PROJECT FILE... [--dry-run] [--prefer-returned]`` and the project
output of ``classify`` (no Qt; the same engine as the window)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

EXIT_OK, EXIT_WRITE, EXIT_USAGE, EXIT_UNREADABLE = 0, 1, 2, 3


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


def collect(args: argparse.Namespace) -> int:
    from segmenter_app.core.errors import ProjectError
    from segmenter_app.core.projects.collect import apply_collect, plan_collect
    from segmenter_app.core.projects.project import open_project, save_project
    from segmenter_app.core.projects.project_files import is_project_file
    from segmenter_app.core.text import collect_words as words
    from segmenter_app.core.text.texts import project_error_message, system_language

    language = args.lang or system_language()
    if not is_project_file(args.project):
        return _fail(f"{args.project}: is no Segmenter project (.segmenter)", EXIT_USAGE)
    try:
        opened = open_project(args.project)
    except ProjectError as error:
        return _fail(f"cannot open {error.path}: {project_error_message(error, language)}", EXIT_UNREADABLE)
    for file in args.files:
        if file.exists() and file.resolve() == args.project.resolve():
            return _fail(f"{file}: is the project itself", EXIT_USAGE)
    document = opened.document
    plan = plan_collect(document, args.files, opened.history)
    out = sys.stderr
    for note in plan.refused:
        print(f"{note.file}: {words.note_text(note.code, note.params, language)}", file=out)
    if not args.quiet:
        for note in [*plan.notes, *plan.unknown]:
            print(f"{note.file.name}: {words.note_text(note.code, note.params, language)}", file=out)
        for change in plan.taken:
            print(
                words.summary_text(
                    "taken",
                    language,
                    customer=_who(change),
                    field=words.field_name(change.column, language),
                    before=_shown(change.before),
                    value=_shown(change.value),
                    file=change.file.name,
                ),
                file=out,
            )
    decision = words.summary_text("took_returned" if args.prefer_returned else "kept_here", language)
    for conflict in plan.conflicts:
        print(
            words.summary_text(
                "conflict",
                language,
                customer=_who(conflict),
                field=words.field_name(conflict.column, language),
                ours=_shown(conflict.ours),
                theirs=_shown(conflict.theirs),
                file=conflict.file.name,
                decision=decision,
            ),
            file=out,
        )
    for suggestion in plan.suggestions:
        print(
            words.summary_text(
                "suggestion",
                language,
                customer=_who(suggestion),
                field=words.field_name(suggestion.column, language),
                ours=_shown(suggestion.before),
                theirs=_shown(suggestion.value),
                file=suggestion.file.name,
            ),
            file=out,
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
            document, args.project, source_path=opened.source_path, history=[*opened.history, record]
        )
    except ProjectError as error:
        return _fail(f"cannot write {error.path}: {project_error_message(error, language)}", EXIT_WRITE)
    if not args.quiet:
        print(words.summary_text("saved", language, path=args.project), file=out)
    return EXIT_OK


def write_project(document, output: Path, source: Path, language: str) -> int:
    """``classify INPUT -o OUT.segmenter``: the list (or project) as a project file."""
    from segmenter_app.core.errors import ProjectError
    from segmenter_app.core.projects.project import open_project, save_project
    from segmenter_app.core.projects.project_files import is_project_file
    from segmenter_app.core.text.texts import project_error_message

    history = None
    source_path: Path | None = source
    if is_project_file(source):
        opened = open_project(source)
        history, source_path = opened.history, opened.source_path
    try:
        save_project(document, output, source_path=source_path, history=history)
    except ProjectError as error:
        return _fail(f"cannot write {error.path}: {project_error_message(error, language)}", EXIT_WRITE)
    return EXIT_OK


def _who(item) -> str:
    return f"{item.customer_id} {item.customer_name}".strip()


def _shown(value) -> str:
    if value is None or (isinstance(value, float) and value != value):
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).replace("\n", " ⏎ ")


def _fail(message: str, status: int) -> int:
    print(f"segmenter: {message}", file=sys.stderr)
    return status
