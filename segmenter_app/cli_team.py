"""``segmenter team`` and the visit plan's options of ``classify``, ``export`` and
``team`` (PRODUCT.md §5, §6); kept apart from ``cli.py`` so that it stays small.

    segmenter team INPUT -o OUT.csv|.xlsx|.json
    plan options: --capacity N  --capacity-of NAME=N (repeatable)  --minimum-visits N
                  --maximum KEY=N (repeatable; --cadence KEY=N is its other name)
                  --weight KEY=W (repeatable)  --priority worth|segment
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

CADENCE_HELP = "GROW FIX MODEL MOVE-prioritise MOVE-observe"


def add_plan_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--capacity",
        metavar="N",
        help="visits an account manager can make a year, for every manager (default: the visits "
        "the list says each made, where its effort column counts visits, else 200; or the project's)",
    )
    parser.add_argument(
        "--capacity-of",
        metavar="NAME=N",
        action="append",
        default=[],
        help="the capacity of one account manager (repeatable)",
    )
    parser.add_argument(
        "--minimum-visits",
        metavar="N",
        help="visits every classified customer gets at least, while capacity lasts (default 1)",
    )
    parser.add_argument(
        "--maximum",
        metavar="KEY=N",
        action="append",
        default=[],
        help=f"the most visits a year for a customer of a group (repeatable; KEY: {CADENCE_HELP}; "
        "default GROW=12 FIX=8 MOVE-prioritise=6 MODEL=4 MOVE-observe=1)",
    )
    parser.add_argument(
        "--cadence", metavar="KEY=N", action="append", default=[], help="another name for --maximum"
    )
    parser.add_argument(
        "--weight",
        metavar="KEY=W",
        action="append",
        default=[],
        help="how much a euro at stake counts in a group (repeatable; default GROW=1 FIX=1 "
        "MOVE-prioritise=0.5 MODEL=0.5 MOVE-observe=0)",
    )
    parser.add_argument(
        "--priority",
        metavar="worth|segment",
        help="rank by worth (default; pinned first, ties by group order, then id) or segment first",
    )


def add_team_parser(commands, add_common) -> None:
    """The ``team`` command, with ``cli``'s common options (``add_common``)."""
    team = commands.add_parser(
        "team",
        help="write the team table: capacity, demand, visit plan, effort and plan against worth",
        description="Read INPUT and write OUT (.csv, .xlsx, .json) with one row per account manager "
        "and a last row (all): account_manager, customers, classified, worth, capacity, "
        "capacity_source, demand, planned, load, overflow, effort, effort_share, worth_share, "
        "misallocation, misallocation_planned. Shares and load are fractions (1.0 = 100 %), "
        "misallocation is in % (0-100). capacity_source: list, team, manager or default. An empty "
        "cell is a figure that cannot be had; stderr says why.",
    )
    team.add_argument("input", type=Path, metavar="INPUT")
    team.add_argument("-o", "--output", type=Path, required=True, metavar="OUT")
    team.add_argument("--force", action="store_true", help="replace OUT if it exists")
    add_common(team)
    add_plan_options(team)


def apply_plan_options(args: argparse.Namespace, document, language: str) -> str | None:
    """The command line's plan options over the document's own settings (a project's);
    the message of a usage error (a value out of bounds, a manager not in the list) or
    None."""
    from segmenter_app.core.errors import PlanSettingError
    from segmenter_app.core.model.plan_settings import settings_from_options
    from segmenter_app.core.text.plan_texts import setting_error_text

    options = {
        "capacity": getattr(args, "capacity", None),
        "capacity_of": getattr(args, "capacity_of", None) or [],
        "minimum": getattr(args, "minimum_visits", None),
        "maximum": getattr(args, "maximum", None) or [],
        "cadence": getattr(args, "cadence", None) or [],
        "weight": getattr(args, "weight", None) or [],
        "priority": getattr(args, "priority", None),
    }
    if all(value is None or value == [] for value in options.values()):
        return None
    try:
        settings = settings_from_options(document.managers, document.plan_settings, **options)
    except PlanSettingError as error:
        return f"{error.params.get('option', '--capacity')}: {setting_error_text(error, language)}"
    document.set_plan_settings(settings)
    return None


EXIT_OK, EXIT_WRITE, EXIT_USAGE = 0, 1, 2


def _fail(message: str, status: int) -> int:
    print(f"segmenter: {message}", file=sys.stderr)
    return status


def team(args: argparse.Namespace, load_document, check_output) -> int:
    """``segmenter team``; ``load_document`` and ``check_output`` are ``cli``'s (the list or
    project read as ``classify`` reads it, the output checked as ``classify`` checks it)."""
    from segmenter_app.core.text.texts import system_language

    language = args.lang or system_language()
    check_output(args)
    if args.output.exists() and not args.force:
        return _fail(f"{args.output} already exists; use --force to replace it", EXIT_WRITE)
    document = load_document(args, language)
    if isinstance(document, int):
        return document
    from segmenter_app.core.fileio import inputs_among

    if inputs_among([args.output], [document.report.path]):  # a project's own list
        return _fail(f"{args.output}: the output would overwrite an input (the list read)", EXIT_USAGE)
    from segmenter_app.core.outputs.classify_output import WriteError, write_table
    from segmenter_app.core.outputs.team_output import empty_reasons, summary_lines, team_frame
    from segmenter_app.core.text import texts

    plan = document.plan
    frame = team_frame(plan)
    try:
        write_table(frame, args.output, sheet="team")
    except WriteError as error:
        return _fail(f"cannot write {error.path}: {error.reason}", EXIT_WRITE)
    if not args.quiet:
        table = document.table
        names = table["customer_name"].to_numpy(dtype=object)
        lines = [
            *summary_lines(plan, language, names, table["account_manager"].to_numpy(dtype=object)),
            *empty_reasons(plan, language),
            texts.tr(texts.SUMMARY["wrote"], language).format(path=args.output, rows=len(frame)),
        ]
        for line in lines:
            print(line, file=sys.stderr)
    return EXIT_OK
