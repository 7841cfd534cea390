"""``segmenter team`` and the visit plan's options of ``classify``, ``export`` and
``team`` (PRODUCT.md §5, §6); kept apart from ``cli.py`` so that it stays small.

    segmenter team INPUT -o OUT.csv|.xlsx|.json
    plan options: --capacity N  --capacity-of NAME=N (repeatable)  --cadence KEY=N (repeatable)
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
        help="visits an account manager can make a year (default: 200, or the project's)",
    )
    parser.add_argument(
        "--capacity-of",
        metavar="NAME=N",
        action="append",
        default=[],
        help="the capacity of one account manager (repeatable)",
    )
    parser.add_argument(
        "--cadence",
        metavar="KEY=N",
        action="append",
        default=[],
        help=f"planned visits a year per customer of a group (repeatable; KEY: {CADENCE_HELP}; "
        "default GROW=12 FIX=8 MOVE-prioritise=6 MODEL=4 MOVE-observe=1)",
    )


def add_team_parser(commands, add_common) -> None:
    """The ``team`` command, with ``cli``'s common options (``add_common``)."""
    team = commands.add_parser(
        "team",
        help="write the team table: capacity, demand, visit plan and effort against potential",
        description="Read INPUT and write OUT (.csv, .xlsx, .json) with one row per account manager "
        "and a last row (all): account_manager, customers, classified, potential, capacity, demand, "
        "planned, load, overflow, effort, effort_share, potential_share, misallocation. Shares and "
        "load are fractions (1.0 = 100 %), misallocation is in % (0-100). An empty cell is a figure "
        "that cannot be had; stderr says why.",
    )
    team.add_argument("input", type=Path, metavar="INPUT")
    team.add_argument("-o", "--output", type=Path, required=True, metavar="OUT")
    team.add_argument("--force", action="store_true", help="replace OUT if it exists")
    add_common(team)
    add_plan_options(team)


def apply_plan_options(args: argparse.Namespace, document, language: str) -> str | None:
    """The command line's capacity and cadence over the document's own (a project's);
    the message of a usage error (a negative or non-numeric value, a manager not in the
    list) or None."""
    from segmenter_app.core.errors import PlanSettingError
    from segmenter_app.core.model.plan_settings import settings_from_options
    from segmenter_app.core.text.plan_texts import setting_error_text

    capacity = getattr(args, "capacity", None)
    capacity_of = getattr(args, "capacity_of", None) or []
    cadence = getattr(args, "cadence", None) or []
    if capacity is None and not capacity_of and not cadence:
        return None
    try:
        settings = settings_from_options(
            capacity, capacity_of, cadence, document.managers, document.plan_settings
        )
    except PlanSettingError as error:
        option = (
            "--cadence"
            if error.code.startswith("cadence")
            else (
                "--capacity-of"
                if error.code in ("unknown_manager", "capacity_assignment") or "name" in error.params
                else "--capacity"
            )
        )
        return f"{option}: {setting_error_text(error, language)}"
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
    from segmenter_app.core.outputs.team_output import empty_reasons, team_frame
    from segmenter_app.core.text import plan_texts, texts

    plan = document.plan
    frame = team_frame(plan)
    try:
        write_table(frame, args.output, sheet="team")
    except WriteError as error:
        return _fail(f"cannot write {error.path}: {error.reason}", EXIT_WRITE)
    if not args.quiet:
        team_figures = plan.team
        lines = [
            plan_texts.capacity_line(team_figures, language),
            plan_texts.word(
                "misallocation_line",
                language,
                index=plan_texts.figure_or_reason(
                    team_figures.misallocation, team_figures.misallocation_reason, language, "index"
                ),
            ),
            *empty_reasons(plan, language),
            *texts.direction_notice(document.report, language),
            texts.tr(texts.SUMMARY["wrote"], language).format(path=args.output, rows=len(frame)),
        ]
        for line in lines:
            print(line, file=sys.stderr)
    return EXIT_OK
