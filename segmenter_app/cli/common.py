"""What every command shares: the exit statuses, failing with one line, and reading INPUT
as the command line says — the import options (sheets, header row, mapping, scale, the
wallet estimate), the thresholds and the visit plan's options — into a document.

Imports nothing heavy at import time: the reader child process starts through the
command line, and ``load_document`` starts the reader before pandas is imported.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from segmenter_app import STARTED
from segmenter_app.cli.names import EXIT_UNREADABLE, EXIT_USAGE
from segmenter_app.cli.words import translate
from segmenter_app.core.text.catalog import QT_TRANSLATE_NOOP

SCALE_CHOICES = ("auto", "1-5", "1-6", "1-7", "1-10", "0-10", "0-100", "0-1", "nps")


class UsageError(Exception):
    """A command line that cannot be carried out as written (exit status 2, after the
    usage line)."""


def fail(message: str, status: int) -> int:
    """Say on stderr, in one line, why the command stopped; return its exit status."""
    print(f"segmenter: {message}", file=sys.stderr)
    return status


def trace(stage: str) -> None:
    """SEGMENTER_TRACE=1 prints when each stage of a command ended (for benchmarks), and
    the CPU time this process has used by then (all its threads; the reader's child is
    not counted): on a busy machine the CPU time compares runs where wall time cannot."""
    if os.environ.get("SEGMENTER_TRACE"):
        wall, cpu = time.perf_counter() - STARTED, time.process_time()
        print(f"trace {wall:7.3f} s  cpu {cpu:6.3f} s  {stage}", file=sys.stderr)


def language_of(args: argparse.Namespace) -> str:
    from segmenter_app.core.text.texts import system_language

    return args.lang or system_language()


# --------------------------------------------------------------------------- options


def add_input_options(parser: argparse.ArgumentParser) -> None:
    """How INPUT is read and segmented, and the messages' language."""
    from segmenter_app.core.columns import role_keys  # here: the reader child needs none of it

    roles = ", ".join(role_keys())

    parser.add_argument(
        "--sheet",
        metavar=QT_TRANSLATE_NOOP("cli", "NAME"),
        nargs="+",
        help=QT_TRANSLATE_NOOP(
            "cli",
            "read these sheets as one list, or 'all' sheets of the customer table's shape "
            "(default: the best sheet and the sheets that share its header)",
        ),
    )
    parser.add_argument(
        "--header-row",
        metavar="N",
        type=int,
        help=QT_TRANSLATE_NOOP("cli", "the header is on row N as Excel shows it (default: found)"),
    )
    parser.add_argument(
        "--map",
        metavar=QT_TRANSLATE_NOOP("cli", "ROLE=HEADER"),
        action="append",
        default=[],
        help=translate(
            "cli", "use column HEADER (its name or letter) for ROLE; ROLE= unmaps. Roles: {roles}"
        ).format(roles=roles),
    )
    parser.add_argument(
        "--unit",
        metavar=QT_TRANSLATE_NOOP("cli", "ROLE=FACTOR"),
        action="append",
        default=[],
        help=QT_TRANSLATE_NOOP(
            "cli",
            "read the amounts of revenue or wallet in units (1), thousands (1000) or millions "
            "(1000000), over what their header says (wallet=1000 beside 'Umsatz (T€)')",
        ),
    )
    parser.add_argument(
        "--sow-threshold",
        metavar=QT_TRANSLATE_NOOP("cli", "VALUE"),
        help=QT_TRANSLATE_NOOP(
            "cli", "0.35 or 35%%, median, mean or pNN (default: a project's own, else median)"
        ),
    )
    parser.add_argument(
        "--kzi-threshold",
        metavar=QT_TRANSLATE_NOOP("cli", "VALUE"),
        help=QT_TRANSLATE_NOOP(
            "cli", "points 0-100, median, mean or pNN (default: a project's own, else median)"
        ),
    )
    parser.add_argument(
        "--kzi-scale",
        choices=SCALE_CHOICES,
        default="auto",
        help=QT_TRANSLATE_NOOP("cli", "scale of the satisfaction column (default: auto)"),
    )
    parser.add_argument(
        "--kzi-best",
        choices=("auto", "low", "high"),
        default="auto",
        help=QT_TRANSLATE_NOOP(
            "cli",
            "which end of the satisfaction scale is the best: low (1 = best, school grades), "
            "high, or auto: as the header says (default)",
        ),
    )
    parser.add_argument(
        "--lines",
        choices=("sum", "keep"),
        default="sum",
        help=QT_TRANSLATE_NOOP(
            "cli",
            "rows with the same customer id and name (one per order line): sum them into one "
            "customer (default), or keep every row",
        ),
    )
    parser.add_argument(
        "--estimate-wallet",
        metavar=QT_TRANSLATE_NOOP("cli", "COLUMN"),
        nargs="?",
        const="",
        default=None,
        help=QT_TRANSLATE_NOOP(
            "cli",
            "estimate blank wallets as max(revenue, the group's 90th percentile of revenue); "
            "COLUMN groups the customers (e.g. industry), none: the whole list",
        ),
    )
    parser.add_argument(
        "--wallet-quantile",
        metavar="Q",
        help=QT_TRANSLATE_NOOP("cli", "the percentile of the wallet estimate: 0.9 or 90%% (default 0.9)"),
    )
    parser.add_argument(
        "--lang",
        choices=("en", "de"),
        default=None,
        help=QT_TRANSLATE_NOOP("cli", "language of messages and texts (default: system)"),
    )
    parser.add_argument(
        "-q", "--quiet", action="store_true", help=QT_TRANSLATE_NOOP("cli", "no summary on stderr")
    )


@dataclass(frozen=True)
class PlanOption:
    """One option of the visit plan: its flag and argparse's keywords.  ``dest`` is the
    attribute argparse stores it in, and the parameter of ``settings_from_options`` that
    takes it (by default the flag's name: ``--capacity-of`` → ``capacity_of``)."""

    flag: str
    keywords: dict
    parameter: str | None = None

    @property
    def dest(self) -> str:
        return self.parameter or self.flag.lstrip("-").replace("-", "_")


#: The visit plan's options (PRODUCT.md §5, §6), in the order ``--help`` lists them; a
#: new option is one entry here and the parameter of ``settings_from_options`` named
#: after it.
PLAN_OPTIONS: tuple[PlanOption, ...] = (
    PlanOption(
        "--capacity",
        {
            "metavar": "N",
            "help": QT_TRANSLATE_NOOP(
                "cli",
                "visits an account manager can make a year, for every manager (default: the "
                "visits the list says each made, where its effort column counts visits, else 200; or "
                "the project's)",
            ),
        },
    ),
    PlanOption(
        "--capacity-of",
        {
            "metavar": QT_TRANSLATE_NOOP("cli", "NAME=N"),
            "action": "append",
            "default": [],
            "help": QT_TRANSLATE_NOOP("cli", "the capacity of one account manager (repeatable)"),
        },
    ),
    PlanOption(
        "--minimum-visits",
        {
            "metavar": "N",
            "help": QT_TRANSLATE_NOOP(
                "cli", "visits every classified customer gets at least, while capacity lasts (default 1)"
            ),
        },
        parameter="minimum",
    ),
    PlanOption(
        "--maximum",
        {
            "metavar": QT_TRANSLATE_NOOP("cli", "KEY=N"),
            "action": "append",
            "default": [],
            "help": QT_TRANSLATE_NOOP(
                "cli",
                "the most visits a year for a customer of a group (repeatable; KEY: GROW FIX MODEL "
                "MOVE-prioritise MOVE-observe; default GROW=12 FIX=8 MOVE-prioritise=6 MODEL=4 "
                "MOVE-observe=1)",
            ),
        },
    ),
    PlanOption(
        "--cadence",
        {
            "metavar": QT_TRANSLATE_NOOP("cli", "KEY=N"),
            "action": "append",
            "default": [],
            "help": QT_TRANSLATE_NOOP("cli", "another name for --maximum"),
        },
    ),
    PlanOption(
        "--weight",
        {
            "metavar": QT_TRANSLATE_NOOP("cli", "KEY=W"),
            "action": "append",
            "default": [],
            "help": QT_TRANSLATE_NOOP(
                "cli",
                "how much a euro at stake counts in a group (repeatable; default GROW=1 FIX=1 "
                "MOVE-prioritise=0.5 MODEL=0.5 MOVE-observe=0)",
            ),
        },
    ),
    PlanOption(
        "--priority",
        {
            "metavar": "worth|segment",
            "help": QT_TRANSLATE_NOOP(
                "cli", "rank by worth (default; pinned first, ties by group order, then id) or segment first"
            ),
        },
    ),
)


def add_plan_options(parser: argparse.ArgumentParser) -> None:
    for option in PLAN_OPTIONS:
        parser.add_argument(option.flag, dest=option.dest, **option.keywords)


def apply_plan_options(
    args: argparse.Namespace, document, language: str, managers: list[str] | None = None
) -> None:
    """The command line's plan options over the document's own settings (a project's);
    UsageError, naming the option, for a value out of bounds or a manager not in the list
    (``managers``: the managers of every list read, by default the document's)."""
    from segmenter_app.core.errors import PlanSettingError
    from segmenter_app.core.model.plan_settings import settings_from_options
    from segmenter_app.core.text.plan_texts import setting_error_text

    # Each option's value goes to the parameter of its name.
    values = {option.dest: getattr(args, option.dest) for option in PLAN_OPTIONS}
    if all(value is None or value == [] for value in values.values()):
        return
    try:
        settings = settings_from_options(managers or document.managers, document.plan_settings, **values)
    except PlanSettingError as error:
        option = error.params.get("option", "--capacity")
        raise UsageError(f"{option}: {setting_error_text(error, language)}") from None
    document.set_plan_settings(settings)


def parse_mapping(pairs: list[str]) -> dict[str, str | None]:
    """``--map ROLE=HEADER`` as {role: header}; ``ROLE=`` unmaps (None)."""
    from segmenter_app.core.columns import role_keys

    mapping: dict[str, str | None] = {}
    for pair in pairs:
        role, separator, header = pair.partition("=")
        role = role.strip()
        if not separator:
            raise UsageError(translate("cli", "--map {pair!r}: write ROLE=HEADER").format(pair=pair))
        if role not in role_keys():
            raise UsageError(
                translate("cli", "--map {pair!r}: unknown role {role!r} (roles: {roles})").format(
                    pair=pair, role=role, roles=", ".join(role_keys())
                )
            )
        mapping[role] = header.strip() or None
    return mapping


def parse_units(pairs: list[str]) -> dict[str, float]:
    """``--unit ROLE=FACTOR`` as {role: factor} (revenue or wallet; 1, 1000 or 1000000)."""
    from segmenter_app.core.headers.units import AMOUNT_UNITS

    units: dict[str, float] = {}
    for pair in pairs:
        role, _separator, factor = pair.partition("=")
        try:
            value = float(factor.strip().replace("_", ""))
        except ValueError:
            value = 0.0
        if role.strip() not in ("revenue", "wallet") or value not in AMOUNT_UNITS:
            raise UsageError(
                translate(
                    "cli", "--unit {pair!r}: write revenue=FACTOR or wallet=FACTOR, FACTOR 1, 1000 or 1000000"
                ).format(pair=pair)
            )
        units[role.strip()] = value
    return units


def thresholds(args: argparse.Namespace, default=None):
    """The thresholds of the command line; an axis not given keeps ``default``'s (a
    project's own) or the median."""
    from segmenter_app.core.model.segmentation import Threshold, ThresholdError, Thresholds

    default = default or Thresholds()
    chosen = {"sow": default.sow, "kzi": default.kzi}
    advice = {
        "sow": translate("cli", "use a share such as 0.35 or 35%, median, mean or pNN"),
        "kzi": translate("cli", "use points 0-100, median, mean or pNN"),
    }
    for axis, text in (("sow", args.sow_threshold), ("kzi", args.kzi_threshold)):
        if text is not None:
            try:
                chosen[axis] = Threshold.parse(text, axis)
            except ThresholdError:
                raise UsageError(f"--{axis}-threshold {text!r}: {advice[axis]}") from None
    return Thresholds(sow=chosen["sow"], kzi=chosen["kzi"])


def sheet_options(names: list[str] | None) -> tuple[str | None, tuple[str, ...] | None]:
    """--sheet NAME: that sheet alone; several names: those as one list; all: every
    sheet with a customer header; none: the found sheet and those of its shape."""
    if not names:
        return None, None
    if [name.lower() for name in names] == ["all"]:
        from segmenter_app.core.headers.sheet_set import ALL_SHEETS

        return None, ALL_SHEETS
    if len(names) == 1:
        return names[0], None
    return None, tuple(names)


def quantile(text: str | None) -> float:
    """``--wallet-quantile``: 0.9, 90%, p90 or 90 as a fraction 0 < q ≤ 1."""
    from segmenter_app.core.model.wallet import DEFAULT_QUANTILE

    if text is None:
        return DEFAULT_QUANTILE
    value = text.strip().rstrip("%").strip().replace(",", ".")
    try:
        number = float(value.lstrip("pP"))
    except ValueError:
        raise UsageError(
            translate("cli", "--wallet-quantile {text!r}: write 0.9 or 90%").format(text=text)
        ) from None
    if text.strip().endswith("%") or value[:1] in "pP" or number > 1:
        number /= 100.0
    if not 0 < number <= 1:
        raise UsageError(
            translate(
                "cli", "--wallet-quantile {text!r}: the quantile is between 0 and 1 (0.9 or 90%)"
            ).format(text=text)
        )
    return number


def wallet_estimate(args: argparse.Namespace, table, report, quantile: float):
    """The wallet estimate --estimate-wallet asks for (None without it)."""
    from segmenter_app.core.model.wallet import WalletEstimate, group_columns, resolve_group

    if args.estimate_wallet is None:
        if args.wallet_quantile is not None:
            raise UsageError(translate("cli", "--wallet-quantile needs --estimate-wallet"))
        return None
    if args.estimate_wallet == "":
        return WalletEstimate(None, quantile)
    try:
        group = resolve_group(table, report.mapping, args.estimate_wallet)
    except KeyError:
        choices = ", ".join(group_columns(table, report.mapping)) or translate("cli", "none")
        raise UsageError(
            translate(
                "cli", "--estimate-wallet {column!r}: no such column (columns to group by: {choices})"
            ).format(column=args.estimate_wallet, choices=choices)
        ) from None
    return WalletEstimate(group, quantile)


# --------------------------------------------------------------------------- INPUT


def load_document(args: argparse.Namespace, language: str):
    """The list (or project) named by INPUT as a CustomerDocument with the thresholds
    and plan of the command line; an int exit status when it cannot be had."""
    loaded = load_input(args, language)
    return loaded if isinstance(loaded, int) else loaded.document


@dataclass
class Loaded:
    """What INPUT gave: the current document, and for a project or several lists its
    periods and history (None for one list)."""

    document: object
    periods: object = None
    history: list | None = None
    inputs: tuple[Path, ...] = ()

    @property
    def source(self) -> Path | None:
        """What the current document came from: the project, or the (last) list."""
        return self.inputs[-1] if self.inputs else None


def inputs_of(args: argparse.Namespace) -> list[Path]:
    """INPUT as a list (a command that takes several INPUTs, or one)."""
    return list(args.input) if isinstance(args.input, list) else [args.input]


def load_input(args: argparse.Namespace, language: str) -> Loaded | int:
    """INPUT read as the command line says: a project (with its periods), one list, or
    several lists in period order (a period each, labelled by ``--period-label`` or by
    their names); an int exit status when it cannot be had."""
    from segmenter_app.core.projects.project_files import is_project_file

    paths = inputs_of(args)
    labels = list(getattr(args, "period_label", None) or [])
    projects = [path for path in paths if is_project_file(path)]
    if projects and len(paths) > 1:
        raise UsageError(
            translate("cli", "{path}: INPUT is one project or lists in period order, not both").format(
                path=projects[0]
            )
        )
    if len(labels) > len(paths) or (labels and projects):
        raise UsageError(
            translate(
                "cli", "--period-label given more often than there are lists: one label per list at most"
            )
        )
    if projects:
        return _load_project(args, language, projects[0])
    choices = _ListChoices(args)
    documents = []
    for path in paths:
        document = _read_list(args, language, path, choices)
        if isinstance(document, int):
            return document
        documents.append(document)
    from segmenter_app.core.model.collation import sorted_names

    managers = sorted_names({name for document in documents for name in document.managers})
    apply_plan_options(args, documents[0], language, managers)
    if len(paths) == 1:
        trace("segmented")
        return Loaded(documents[0], inputs=tuple(paths))
    loaded = _periods_of(args, language, paths, documents, labels)
    trace("periods made")
    return loaded


class _ListChoices:
    """The thresholds and the wallet estimate's quantile the command line asks for,
    read once — after the first reader has started (they import pandas)."""

    def __init__(self, args: argparse.Namespace) -> None:
        self._args = args
        self._read: tuple | None = None

    def get(self) -> tuple:
        if self._read is None:
            self._read = (thresholds(self._args), quantile(self._args.wallet_quantile))
        return self._read


def _load_project(args: argparse.Namespace, language: str, path: Path) -> Loaded | int:
    from segmenter_app.core.projects.project import ProjectError, open_project
    from segmenter_app.core.text.texts import project_error_message

    # A project holds its own list, mapping, scale, thresholds, notes and overrides.
    try:
        opened = open_project(path)
    except ProjectError as error:
        return fail(
            translate("cli", "cannot open {path}: {reason}").format(
                path=error.path, reason=project_error_message(error, language)
            ),
            EXIT_UNREADABLE,
        )
    document = opened.document
    chosen = thresholds(args, document.thresholds)
    if chosen != document.thresholds:
        document.set_thresholds(chosen)
    apply_plan_options(args, document, language)
    if args.estimate_wallet is not None:
        estimate = wallet_estimate(args, document.table, document.report, quantile(args.wallet_quantile))
        document.set_wallet_estimate(estimate)
    trace("project opened")
    return Loaded(document, opened.periods, opened.history, (path,))


def _periods_of(args, language: str, paths: list[Path], documents: list, labels: list[str]) -> Loaded:
    """Lists read one after the other as the periods of a project: each next list an
    update of the one before (notes, thresholds and plan settings carried by key)."""
    from segmenter_app.core.importing.report import ImportResult
    from segmenter_app.core.projects.period_info import period_info
    from segmenter_app.core.projects.periods import ProjectPeriods, next_period
    from segmenter_app.core.projects.snapshot import ImportRecord
    from segmenter_app.core.projects.updating import compare

    labels = labels + [None] * (len(paths) - len(labels))
    first = documents[0]
    periods = ProjectPeriods.single(first, period_info(paths[0], first.report.sheet, label=labels[0]))
    history = [ImportRecord.from_report(first.report, paths[0])]
    for path, document, label in zip(paths[1:], documents[1:], labels[1:]):
        newer = ImportResult(document.table, document.report)
        report = compare(periods.document, newer)
        periods = next_period(periods, newer, path, report, label=label)
        history.append(report.history_record(newer, path))
        if not args.quiet:
            for offer in report.renamed_ids.itertuples(index=False):
                say(
                    [
                        translate(
                            "cli",
                            "{file}: {customer} has the id {new_id} (before: {old_id}); counted as gone "
                            "and new — to follow it as one customer, add this list in the window with "
                            "File ▸ Update customer data from a newer list and confirm the new id",
                        ).format(
                            file=path.name,
                            customer=repr(offer.customer_name),
                            new_id=offer.new_id,
                            old_id=offer.old_id,
                        )
                    ]
                )
    from segmenter_app.core.projects.period_info import out_of_order

    if out_of_order(periods.labels) and not args.quiet:
        say(
            [
                translate(
                    "cli",
                    "the lists are periods in the order given: {labels} — their names say another order "
                    "in time; give them oldest first (or name them with --period-label)",
                ).format(labels=", ".join(periods.labels))
            ]
        )
    return Loaded(periods.document, periods, history, tuple(paths))


def _read_list(args: argparse.Namespace, language: str, path: Path, choices: _ListChoices):
    """One customer list as a document with the command line's thresholds and wallet
    estimate; an int exit status when it cannot be read."""
    # Only what starting the reader needs is imported before it starts: pandas (through
    # the project module) loads while the child parses the workbook.
    from segmenter_app.core.reading.reader import ReadError, start_reading
    from segmenter_app.core.text.texts import read_error_message

    mapping = parse_mapping(args.map)
    units = parse_units(args.unit)
    try:
        # The workbook parses in a child process while this one imports pandas.
        sheet, sheets = sheet_options(args.sheet)
        pending = start_reading(path, sheet=sheet, header_row=args.header_row, sheets=sheets)
        trace("reader started")
    except ReadError as error:
        return fail(
            translate("cli", "cannot read {path}: {reason}").format(
                path=error.path, reason=read_error_message(error, language)
            ),
            EXIT_UNREADABLE,
        )
    try:
        chosen, wallet_quantile = choices.get()
    except UsageError:
        pending.close()
        raise

    from segmenter_app.cli.allocation import keep_freed_memory
    from segmenter_app.core.importing.importer import ImportFailure, ImportOptions, load_customers
    from segmenter_app.core.model.document import CustomerDocument
    from segmenter_app.core.text import texts

    trace("libraries imported")
    # A command ends when its output is written: memory it frees is kept for reuse.
    keep_freed_memory()
    options = ImportOptions(
        sheet=sheet,
        sheets=sheets,
        header_row=args.header_row,
        mapping=mapping,
        units=units,
        satisfaction_scale=args.kzi_scale,
        kzi_best=args.kzi_best,
        lines=args.lines,
    )
    try:
        imported = load_customers(pending, options)
    except ReadError as error:
        location = str(error.path)
        if error.sheet:
            location = translate("cli", "{path}, sheet '{sheet}'").format(path=error.path, sheet=error.sheet)
        return fail(
            translate("cli", "cannot read {path}: {reason}").format(
                path=location, reason=texts.read_error_message(error, language)
            ),
            EXIT_UNREADABLE,
        )
    except ImportFailure as failure:
        return fail(f"{path}: {texts.import_failure_message(failure, language)}", EXIT_USAGE)
    trace("list imported")
    report = imported.report
    estimate = wallet_estimate(args, imported.table, report, wallet_quantile)
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
        return fail(
            translate("cli", "cannot use {path}: {reason}").format(
                path=path, reason=texts.import_failure_message(failure, language)
            ),
            EXIT_UNREADABLE,
        )
    return CustomerDocument(imported, thresholds=chosen, wallet_estimate=estimate)


def list_summary(document, language: str) -> list[str]:
    """How the list was read and segmented, and what the wallet estimate did (or could
    do): the summary a command says on stderr before its own lines."""
    from segmenter_app.core.text import texts

    lines = texts.summary_lines(
        document.report, document.prepared, document.result, document.thresholds, language
    )
    estimate = document.wallet_estimate
    group = ""
    if estimate is not None and estimate.group is not None:
        group = document.report.mapping.get(estimate.group, estimate.group.removeprefix("x:"))
    lines[-2:-2] = texts.wallet_lines(document.prepared, estimate, group, language, offer=True)
    return lines


def say(lines: list[str]) -> None:
    for line in lines:
        print(line, file=sys.stderr)


def input_argument(parser: argparse.ArgumentParser, several: bool = False) -> None:
    """INPUT; ``several``: lists in period order (or one project), and their labels."""
    metavar = QT_TRANSLATE_NOOP("cli", "INPUT")
    if not several:
        parser.add_argument(
            "input",
            type=Path,
            metavar=metavar,
            help=QT_TRANSLATE_NOOP(
                "cli", "the customer list (.xlsx, .xlsm, .xls, .ods, .csv, .txt) or a project (.segmenter)"
            ),
        )
        return
    parser.add_argument(
        "input",
        type=Path,
        nargs="+",
        metavar=metavar,
        help=QT_TRANSLATE_NOOP(
            "cli",
            "customer lists (.xlsx, .xlsm, .xls, .ods, .csv, .txt) in period order, or one project "
            "(.segmenter)",
        ),
    )
    parser.add_argument(
        "--period-label",
        metavar=QT_TRANSLATE_NOOP("cli", "LABEL"),
        action="append",
        default=[],
        help=QT_TRANSLATE_NOOP(
            "cli",
            "the label of each list's period, in order (repeatable; default: the year or quarter "
            "in the file's name, else in its sheet's, else the file's date)",
        ),
    )
