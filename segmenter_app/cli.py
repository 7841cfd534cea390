"""The ``segmenter`` command: the app, or the engine without a window.

    segmenter                         open the app
    segmenter open FILE               open the app on a list or project
    segmenter classify INPUT -o OUT   OUT: .csv, .xlsx or .json
    segmenter export INPUT --out-dir DIR [--layout files|sheets] [--pdf]
    segmenter team INPUT -o OUT       OUT: .csv, .xlsx or .json (``cli_team``)

Exit status: 0 success, 1 the output could not be written, 2 usage error (a wrong
option, a sheet or column that is not in the file), 3 the input cannot be read.  A
failure prints one line on stderr and never leaves an output file behind.

This module imports no Qt and nothing heavy at import time: the reader child process
starts through it in a frozen app, and ``classify`` must start fast.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

from segmenter_app import STARTED, __version__, cli_lists
from segmenter_app.cli_lists import add_list_options
from segmenter_app.cli_options import (  # noqa: F401 (the command line's vocabulary)
    EXIT_OK,
    EXIT_UNREADABLE,
    EXIT_USAGE,
    EXIT_WRITE,
    UsageError,
    _check_output,
    _fail,
    _parse_mapping,
    _refuse_existing,
    _refuse_input_as_output,
    _thresholds,
)

SCALE_CHOICES = ("auto", "1-5", "1-6", "1-7", "1-10", "0-10", "0-100", "0-1", "nps")


def _add_common(parser: argparse.ArgumentParser) -> None:
    from segmenter_app.core.columns import role_keys  # here: the reader child needs none of it

    roles = ", ".join(role_keys())

    parser.add_argument(
        "--sheet",
        metavar="NAME",
        nargs="+",
        help="read these sheets as one list, or 'all' sheets of the customer table's shape "
        "(default: the best sheet and the sheets that share its header)",
    )
    parser.add_argument(
        "--header-row",
        metavar="N",
        type=int,
        help="the header is on row N as Excel shows it (default: found)",
    )
    parser.add_argument(
        "--map",
        metavar="ROLE=HEADER",
        action="append",
        default=[],
        help=f"use column HEADER (its name or letter) for ROLE; ROLE= unmaps. Roles: {roles}",
    )
    parser.add_argument(
        "--sow-threshold",
        metavar="VALUE",
        help="0.35 or 35%%, median, mean or pNN (default: a project's own, else median)",
    )
    parser.add_argument(
        "--kzi-threshold",
        metavar="VALUE",
        help="points 0-100, median, mean or pNN (default: a project's own, else median)",
    )
    parser.add_argument(
        "--kzi-scale",
        choices=SCALE_CHOICES,
        default="auto",
        help="scale of the satisfaction column (default: auto)",
    )
    add_list_options(parser)
    parser.add_argument(
        "--lang", choices=("en", "de"), default=None, help="language of messages and texts (default: system)"
    )
    parser.add_argument("-q", "--quiet", action="store_true", help="no summary on stderr")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="segmenter",
        description="Segment customers by share of wallet and satisfaction "
        "(MODEL, FIX, GROW, MOVE) and prioritise them per account manager.",
        epilog="Without a command, the app opens.",
    )
    parser.add_argument("--version", action="version", version=f"segmenter {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    open_parser = commands.add_parser(
        "open", help="open the app on a customer list or project (the sample list without FILE)"
    )
    open_parser.add_argument("file", type=Path, metavar="FILE", nargs="?")

    classify = commands.add_parser(
        "classify",
        help="segment a list and write one row per customer",
        description="Read INPUT (a list or a project), segment every customer and write OUT "
        "(.csv, .xlsx, .json) with the columns customer_id, customer_name, account_manager, "
        "revenue, wallet, share_of_wallet (0-1), satisfaction (0-100), segment, "
        "move_triage, potential, priority, problems, effort, visits_planned, overflow, service, "
        "note, next_step, due, status, last_contact; or OUT.segmenter: a project.",
    )
    classify.add_argument("input", type=Path, metavar="INPUT")
    classify.add_argument("-o", "--output", type=Path, required=True, metavar="OUT")
    classify.add_argument("--force", action="store_true", help="replace OUT if it exists")
    _add_common(classify)
    from segmenter_app.cli_team import add_plan_options, add_team_parser

    add_plan_options(classify)

    export = commands.add_parser(
        "export",
        help="write a prioritised workbook per account manager and the overview",
        description="Read INPUT and write, into DIR, one workbook per account manager (or one "
        "workbook with a sheet per manager), print-ready, and the overview workbook for the "
        "sales lead; --pdf adds the priority sheets as PDF.",
    )
    export.add_argument("input", type=Path, metavar="INPUT")
    export.add_argument("--out-dir", type=Path, required=True, metavar="DIR")
    export.add_argument(
        "--layout",
        choices=("files", "sheets"),
        default="files",
        help="files: one workbook per manager (default); sheets: one workbook",
    )
    export.add_argument("--pdf", action="store_true", help="also write the priority sheets as PDF")
    export.add_argument(
        "--manager", action="append", metavar="NAME", help="only this account manager (repeatable)"
    )
    export.add_argument("--no-overview", action="store_true", help="do not write the overview workbook")
    export.add_argument("--force", action="store_true", help="replace files that exist")
    _add_common(export)
    add_plan_options(export)
    add_team_parser(commands, _add_common)

    from segmenter_app.cli_collect import add_parser as add_collect

    add_collect(commands)
    return parser


def _trace(stage: str) -> None:
    """SEGMENTER_TRACE=1 prints when each stage of a command ended (for benchmarks)."""
    if os.environ.get("SEGMENTER_TRACE"):
        print(f"trace {time.perf_counter() - STARTED:7.3f} s  {stage}", file=sys.stderr)


def _load_document(args: argparse.Namespace, language: str):
    """The list (or project) named by INPUT as a CustomerDocument with the thresholds
    of the command line; an int exit status when it cannot be had."""
    # Only what starting the reader needs is imported before it starts: pandas (through
    # the project module) loads while the child parses the workbook.
    from segmenter_app.core.projects.project_files import is_project_file
    from segmenter_app.core.reading.reader import ReadError, start_reading
    from segmenter_app.core.text.texts import project_error_message, read_error_message

    mapping = _parse_mapping(args.map)
    if is_project_file(args.input):
        from segmenter_app.core.projects.project import ProjectError, open_project

        # A project holds its own list, mapping, scale, thresholds, notes and overrides.
        try:
            document = open_project(args.input).document
        except ProjectError as error:
            return _fail(
                f"cannot open {error.path}: {project_error_message(error, language)}", EXIT_UNREADABLE
            )
        thresholds = _thresholds(args, document.thresholds)
        if thresholds != document.thresholds:
            document.set_thresholds(thresholds)
        _apply_plan(args, document, language)
        if args.estimate_wallet is not None:
            estimate = cli_lists.estimate(
                args, document.table, document.report, cli_lists.quantile(args.wallet_quantile)
            )
            document.set_wallet_estimate(estimate)
        _trace("project opened")
        return document
    try:
        # The workbook parses in a child process while this one imports pandas.
        sheet, sheets = cli_lists.sheet_options(args.sheet)
        pending = start_reading(args.input, sheet=sheet, header_row=args.header_row, sheets=sheets)
        _trace("reader started")
    except ReadError as error:
        return _fail(f"cannot read {error.path}: {read_error_message(error, language)}", EXIT_UNREADABLE)
    try:
        thresholds = _thresholds(args)
        quantile = cli_lists.quantile(args.wallet_quantile)
    except (UsageError, cli_lists.OptionError):
        pending.close()
        raise

    from segmenter_app.core.importing.importer import ImportFailure, ImportOptions, load_customers
    from segmenter_app.core.model.document import CustomerDocument
    from segmenter_app.core.text import texts

    _trace("libraries imported")
    options = ImportOptions(
        sheet=sheet,
        sheets=sheets,
        header_row=args.header_row,
        mapping=mapping,
        satisfaction_scale=args.kzi_scale,
        kzi_best=args.kzi_best,
        lines=args.lines,
    )
    try:
        imported = load_customers(pending, options)
    except ReadError as error:
        location = f"{error.path}" + (f", sheet '{error.sheet}'" if error.sheet else "")
        return _fail(f"cannot read {location}: {texts.read_error_message(error, language)}", EXIT_UNREADABLE)
    except ImportFailure as failure:
        return _fail(f"{args.input}: {texts.import_failure_message(failure, language)}", EXIT_USAGE)
    _trace("list imported")
    report = imported.report
    estimate = cli_lists.estimate(args, imported.table, report, quantile)
    if report.missing_roles:
        roles = [
            texts.tr(texts.ROLE_NAMES.get(r, r), language)
            if r in texts.ROLE_NAMES
            else texts.tr(texts.REQUIREMENT_NAMES[r], language)
            for r in report.missing_roles
        ]
        failure = ImportFailure(
            "missing_roles",
            roles=" / ".join(roles),
            sheet=report.sheet,
            row=report.header_row,
            headers=report.headers,
        )
        return _fail(
            f"cannot use {args.input}: {texts.import_failure_message(failure, language)}", EXIT_UNREADABLE
        )
    document = CustomerDocument(imported, thresholds=thresholds, wallet_estimate=estimate)
    _apply_plan(args, document, language)
    _trace("segmented")
    return document


def _apply_plan(args: argparse.Namespace, document, language: str) -> None:
    from segmenter_app.cli_team import apply_plan_options

    problem = apply_plan_options(args, document, language)
    if problem is not None:
        raise UsageError(problem)


def _print_summary(args: argparse.Namespace, document, language: str) -> None:
    from segmenter_app.core.text import texts

    if not args.quiet:
        lines = texts.summary_lines(
            document.report, document.prepared, document.result, document.thresholds, language
        )
        lines[-2:-2] = cli_lists.wallet_summary(document, language)
        for line in lines:
            print(line, file=sys.stderr)


def classify(args: argparse.Namespace) -> int:
    _trace("arguments read")
    from segmenter_app.core.text.texts import system_language

    language = args.lang or system_language()
    _check_output(args)
    refused = _refuse_existing(args.output, args.force)
    if refused is not None:
        return refused
    document = _load_document(args, language)
    if isinstance(document, int):
        return document
    _refuse_input_as_output([args.output], [document.report.path])
    from segmenter_app.core.outputs.classify_output import WriteError, classified_frame, write_table
    from segmenter_app.core.text import texts

    output: Path = args.output
    if output.suffix.lower() == ".segmenter":
        from segmenter_app.cli_collect import write_project

        status = write_project(document, output, args.input, language)
        if status == EXIT_OK:
            _print_summary(args, document, language)
        return status
    frame = classified_frame(
        document.table, document.report, document.prepared, document.result, language, document.plan
    )
    try:
        write_table(frame, output)
        _trace("output written")
    except WriteError as error:
        return _fail(f"cannot write {error.path}: {error.reason}", EXIT_WRITE)
    _print_summary(args, document, language)
    if not args.quiet:
        print(
            texts.tr(texts.SUMMARY["wrote"], language).format(path=output, rows=len(frame)), file=sys.stderr
        )
    return EXIT_OK


def export(args: argparse.Namespace) -> int:
    """Per-manager workbooks (and PDF sheets), and the overview for the sales lead."""
    from segmenter_app.core.text.texts import system_language

    language = args.lang or system_language()
    out_dir: Path = args.out_dir
    if out_dir.exists() and not out_dir.is_dir():
        raise UsageError(f"{out_dir}: is a file; name a folder with --out-dir")
    document = _load_document(args, language)
    if isinstance(document, int):
        return document
    from segmenter_app.core.errors import ExportError
    from segmenter_app.core.outputs.classify_output import WriteError
    from segmenter_app.core.outputs.export_jobs import export_all
    from segmenter_app.core.text import texts

    managers = args.manager or None
    if managers:
        unknown = [m for m in managers if m not in document.managers]
        if unknown:
            raise UsageError(
                f"--manager {unknown[0]!r}: no such account manager "
                f"(they are: {', '.join(document.managers)})"
            )
    try:
        written = export_all(
            document,
            out_dir,
            layout=args.layout,
            language=language,
            managers=managers,
            pdf=args.pdf,
            overview=not args.no_overview,
            force=args.force,
            inputs=(args.input,),
        )
        _trace("export written")
    except ExportError as error:
        if error.code == "is_input":
            raise UsageError(
                f"{error.params['path']}: the export would overwrite an input (the list or project read); "
                "choose another --out-dir"
            ) from None
        if error.code == "exists":
            return _fail(
                f"{error.params['paths'][0]} already exists (files to write that exist: "
                f"{error.params['count']}); use --force to replace them",
                EXIT_WRITE,
            )
        return _fail(f"cannot write to {out_dir}: {error.params.get('reason', error.code)}", EXIT_WRITE)
    except WriteError as error:
        return _fail(f"cannot write {error.path}: {error.reason}", EXIT_WRITE)
    _print_summary(args, document, language)
    if not args.quiet:
        reports = managers or document.managers
        if len(written) == 1:
            line = texts.tr(texts.SUMMARY["exported_file"], language).format(path=written[0])
        elif len(reports) == 1:
            line = texts.tr(texts.SUMMARY["exported_one"], language).format(
                files=len(written), name=reports[0], folder=out_dir
            )
        else:
            line = texts.tr(texts.SUMMARY["exported"], language).format(
                files=len(written), managers=len(reports), folder=out_dir
            )
        print(line, file=sys.stderr)
    return EXIT_OK


def run_gui(file: Path | None) -> int:
    import importlib.util

    if importlib.util.find_spec("segmenter_app.ui.app") is None:
        build_parser().print_help()
        return EXIT_OK
    source = _start_reading_early(file)
    try:
        from segmenter_app.ui.app import run
    except ImportError as error:  # PySide6 missing from this install
        if source is not None:
            source.close()
        return _fail(
            f"the window cannot start ({error}); the commands still work, see 'segmenter --help'", EXIT_USAGE
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


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--segmenter-reader-child"]:
        from segmenter_app.core.reading import child as _reader_child

        _reader_child.main()
        return EXIT_OK
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:
        return int(exit_.code or 0)
    try:
        if args.command == "classify":
            return classify(args)
        if args.command == "export":
            return export(args)
        if args.command == "team":
            from segmenter_app.cli_team import team

            return team(args, _load_document, _check_output)
        if args.command == "collect":
            from segmenter_app.cli_collect import collect

            return collect(args)
        if args.command == "open":
            if args.file is None:
                from segmenter_app.core.resources import sample_list
                from segmenter_app.core.text.texts import system_language

                return run_gui(sample_list(system_language()))
            return run_gui(args.file)
        return run_gui(None)
    except (UsageError, cli_lists.OptionError) as error:
        parser.print_usage(sys.stderr)
        return _fail(str(error), EXIT_USAGE)
    except KeyboardInterrupt:
        return 130
    except Exception as error:  # noqa: BLE001 - a user never sees a traceback
        if os.environ.get("SEGMENTER_TRACE"):
            raise
        return _fail(f"unexpected error ({type(error).__name__}: {error}); nothing was written", EXIT_WRITE)


def entry() -> None:
    """The ``segmenter`` console command.  After a command without a window the
    process ends at once: the files are written and closed, and tearing down pandas
    and pyarrow would only add a tenth of a second."""
    if getattr(sys, "frozen", False):
        # A packaged app starts the export's second writer through this same program.
        import multiprocessing

        multiprocessing.freeze_support()
    argv = sys.argv[1:]
    code = main(argv)
    if argv and argv[0] in ("classify", "export", "team", "collect"):
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)
    sys.exit(code)


if __name__ == "__main__":
    entry()
