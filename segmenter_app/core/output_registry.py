"""Every output Segmenter writes, registered once: its key, the words the window shows
for it, the kinds of file it makes, the choices it offers and the function that writes
it.  The command line's commands and options are built from this table
(``segmenter_app/cli/outputs.py``), and the window's export menu and dialogs can be:
adding an output is one ``@output(...)`` function here plus its writer in
``core/outputs``.

    for entry in outputs():                          # in menu order
        entry.label, entry.kinds, entry.options     # what to show and ask
    written = get("team_table").write(document, Path("team.xlsx"), language="de")
    written.paths, written.lines                     # what was written, in words

It sits above ``outputs`` and ``projects`` (a classified list can be written as a
project) and imports nothing heavy: the command line builds its parser from it before
the reader starts; a writer imports what it needs when it runs.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from segmenter_app.core.errors import ExportError
from segmenter_app.core.fileio import check_output_file
from segmenter_app.core.text.catalog import QT_TRANSLATE_NOOP, tr, tr_n

CONTEXT = "outputs"

# An output is one file the user names, or a folder it fills (one file per manager).
FILE, FOLDER = "file", "folder"


@dataclass(frozen=True)
class FileKind:
    suffix: str  # ".csv"
    label: str  # translatable (``tr(label, language, CONTEXT)``)

    def filter(self, language: str) -> str:
        """As a file dialog's filter: ``CSV table (*.csv)``."""
        return f"{tr(self.label, language, CONTEXT)} (*{self.suffix})"


CSV = FileKind(".csv", QT_TRANSLATE_NOOP("outputs", "CSV table"))
XLSX = FileKind(".xlsx", QT_TRANSLATE_NOOP("outputs", "Excel workbook"))
JSON = FileKind(".json", QT_TRANSLATE_NOOP("outputs", "JSON records"))
PDF = FileKind(".pdf", QT_TRANSLATE_NOOP("outputs", "PDF document"))
PROJECT = FileKind(".segmenter", QT_TRANSLATE_NOOP("outputs", "Segmenter project"))

# The kinds of choice an output offers.  CHOICE: one of ``choices``; INCLUDE: a switch,
# off unless given, that adds the output ``part`` (``--pdf``); EXCLUDE: a switch, on
# unless given, that leaves ``part`` out (``--no-overview``); MANAGERS: some account
# managers by name (None: all of them), checked against the list; ALSO_FILE: a second
# file the output writes as well when the user names it (``--effect OUT.csv``; None:
# not written), of one of the output's kinds, never an input.
CHOICE, INCLUDE, EXCLUDE, MANAGERS, ALSO_FILE = "choice", "include", "exclude", "managers", "also_file"


@dataclass(frozen=True)
class Option:
    """One choice an output offers: a command line option, a control in a dialog.
    ``key`` is the writer's name for it (``Request.options[key]``)."""

    key: str
    kind: str
    flag: str  # the command line's option
    help: str  # the command line's help (``QT_TRANSLATE_NOOP("cli", …)``: ``--help`` translates it)
    label: str = ""  # the window's words (translatable; for CHOICE the question)
    choices: tuple[tuple[str, str], ...] = ()  # CHOICE: (value, translatable label)
    default: Any = None  # CHOICE: the value unless chosen
    part: str | None = None  # INCLUDE / EXCLUDE: the key of the output added or left out
    metavar: str | None = None

    def initial(self) -> Any:
        """The value when nobody chooses."""
        return {INCLUDE: False, EXCLUDE: True}.get(self.kind, self.default)


@dataclass(frozen=True)
class Request:
    """One writing of an output: the document, where, and the output's choices (every
    key of ``Output.options``).  ``source``: the list or project the document came
    from (never overwritten; a project output keeps that project's history).
    ``periods``: the project's periods (``core/projects/periods.py``; ``document`` the
    last), None for one list; ``history``: the project's history of imports when the
    caller has it (lists read as periods), else taken from a ``source`` project;
    ``sources``: every list or project read (none of them is ever written)."""

    document: Any
    target: Path
    language: str
    options: Mapping[str, Any]
    force: bool = False
    source: Path | None = None
    progress: Callable[[float], None] | None = None
    cancelled: Callable[[], bool] | None = None
    periods: Any = None
    history: list | None = None
    sources: tuple[Path, ...] = ()

    @property
    def inputs(self) -> tuple[Path | None, ...]:
        return (self.document.report.path, self.source, *self.sources)

    @property
    def project_periods(self):
        """The periods written about: the request's, else the document as one period."""
        if self.periods is not None:
            return self.periods
        from segmenter_app.core.projects.periods import ProjectPeriods

        return ProjectPeriods.single(self.document)


@dataclass(frozen=True)
class Written:
    """What a writer wrote, and the lines that say so in the request's language (the
    command line prints them; the window may show them in its status bar)."""

    paths: list[Path]
    lines: list[str] = field(default_factory=list)


Writer = Callable[[Request], Written]


@dataclass(frozen=True)
class Output:
    key: str
    label: str  # translatable: the menu's words (``tr(label, language, CONTEXT)``)
    kinds: tuple[FileKind, ...]  # FILE: the file's kind by its suffix; FOLDER: what it holds
    target: str  # FILE or FOLDER
    writer: Writer
    options: tuple[Option, ...] = ()
    # The command line's command that writes it and its help and description (marked
    # with ``QT_TRANSLATE_NOOP("cli", …)``: ``--help`` translates them); None: the output
    # is written as a part of another (an INCLUDE or EXCLUDE option names it).
    command: str | None = None
    help: str = ""
    description: str = ""
    # The command line says how the list was read and segmented before the output's
    # own lines (the team table's lines say the plan instead).
    tells_list: bool = True
    # The window's File menu entry (translatable, with its keyboard mark and "…").
    menu: str = ""
    # The command reads several INPUTs, lists in period order (or one project), each
    # list a period (``--period-label`` names them).
    several_inputs: bool = False

    @property
    def suffixes(self) -> tuple[str, ...]:
        return tuple(kind.suffix for kind in self.kinds)

    def kind_of(self, path: Path | str) -> FileKind | None:
        suffix = Path(path).suffix.lower()
        return next((kind for kind in self.kinds if kind.suffix == suffix), None)

    def option(self, key: str) -> Option:
        return next(option for option in self.options if option.key == key)

    def file_filter(self, language: str) -> str:
        """A file dialog's filter, each kind of file in turn: ``CSV table (*.csv);;…``."""
        return ";;".join(kind.filter(language) for kind in self.kinds)

    def write(
        self,
        document,
        target: Path | str,
        *,
        language: str = "en",
        options: Mapping[str, Any] | None = None,
        force: bool = False,
        source: Path | None = None,
        progress: Callable[[float], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
        periods: Any = None,
        history: list | None = None,
        sources: tuple[Path, ...] = (),
    ) -> Written:
        """Write the output; options not given take their initial value.  Raises
        ExportError (``is_input``, ``exists`` without ``force``, ``wrong_kind``,
        ``unknown_manager``, ``not_writable``), WriteError, ProjectError or
        ExportCancelled; writes nothing (or removes what it began) when it raises."""
        given = dict(options or {})
        unknown = set(given) - {option.key for option in self.options}
        if unknown:
            raise KeyError(f"{self.key} has no option {sorted(unknown)[0]!r}")
        values = {option.key: given.get(option.key, option.initial()) for option in self.options}
        request = Request(
            document,
            Path(target),
            language,
            values,
            force,
            source,
            progress,
            cancelled,
            periods,
            history,
            tuple(Path(path) for path in sources),
        )
        for option in self.options:
            if option.kind == MANAGERS and values[option.key]:
                strangers = [name for name in values[option.key] if name not in document.managers]
                if strangers:
                    raise ExportError(
                        "unknown_manager",
                        option=option.key,
                        name=strangers[0],
                        managers=list(document.managers),
                    )
        if self.target == FILE:
            if self.kind_of(request.target) is None:
                raise ExportError("wrong_kind", path=str(request.target), kinds=list(self.suffixes))
            check_output_file(request.target, force, request.inputs)
        for option in self.options:
            also = values[option.key] if option.kind == ALSO_FILE else None
            if also is not None:
                if self.kind_of(also) is None:
                    raise ExportError("wrong_kind", path=str(also), kinds=list(self.suffixes))
                check_output_file(Path(also), force, (*request.inputs, request.target))
        return self.writer(request)


_OUTPUTS: dict[str, Output] = {}


def output(key: str, **entry: Any) -> Callable[[Writer], Writer]:
    """Register the decorated writer as the output ``key`` (``entry``: the fields of
    :class:`Output` but ``key`` and ``writer``)."""

    def register(writer: Writer) -> Writer:
        if key in _OUTPUTS:
            raise ValueError(f"the output {key!r} is registered twice")
        _OUTPUTS[key] = Output(key=key, writer=writer, **entry)
        return writer

    return register


def outputs() -> tuple[Output, ...]:
    """Every output, in the order a menu lists them."""
    return tuple(_OUTPUTS.values())


def get(key: str) -> Output:
    return _OUTPUTS[key]


def commands() -> tuple[Output, ...]:
    """The outputs the command line writes with a command of their own."""
    return tuple(entry for entry in _OUTPUTS.values() if entry.command)


def _wrote(path: Path, rows: int, language: str) -> str:
    from segmenter_app.core.text import texts

    return tr_n(texts.SUMMARY["wrote"], rows, language).format(path=path, rows=rows)


# --------------------------------------------------------------------------- the outputs

# Some account managers, or all (None): the workbooks' and the priority sheets' choice.
ONLY_MANAGERS = Option(
    "managers",
    MANAGERS,
    "--manager",
    QT_TRANSLATE_NOOP("cli", "only this account manager (repeatable)"),
    QT_TRANSLATE_NOOP("outputs", "Account managers"),
    metavar=QT_TRANSLATE_NOOP("cli", "NAME"),
)

_CLASSIFY_DESCRIPTION = QT_TRANSLATE_NOOP(
    "cli",
    "Read INPUT (a list or a project; several lists: one period each, in the order "
    "given), segment every customer and write OUT "
    "(.csv, .xlsx, .json) with the columns customer_id, customer_name, account_manager, "
    "revenue, wallet, share_of_wallet (0-1), satisfaction (0-100), segment, "
    "move_triage, potential, priority, problems, effort, visits_planned, overflow, service, "
    "note, next_step, due, status, last_contact (and segment_before, for a project with "
    "periods); or OUT.segmenter: a project with a period per list.",
)


@output(
    "classify_table",
    label=QT_TRANSLATE_NOOP("outputs", "Customer table"),
    menu=QT_TRANSLATE_NOOP("outputs", "Export the customer &table…"),
    kinds=(CSV, XLSX, JSON, PROJECT),
    target=FILE,
    command="classify",
    help=QT_TRANSLATE_NOOP("cli", "segment a list and write one row per customer"),
    description=_CLASSIFY_DESCRIPTION,
    several_inputs=True,
)
def write_classify_table(request: Request) -> Written:
    """One row per customer (``CLASSIFY_COLUMNS``), or the whole list as a project."""
    if request.target.suffix.lower() == PROJECT.suffix:
        return _write_project(request)
    from segmenter_app.core.outputs.classify_output import classified_frame, write_table

    document = request.document
    frame = classified_frame(
        document.table, document.report, document.prepared, document.result, request.language, document.plan
    )
    if request.periods is not None:
        from segmenter_app.core.outputs.history_output import segment_before_column

        before = segment_before_column(request.periods)
        if before is not None:
            frame["segment_before"] = before  # a project with periods (PRODUCT.md §5)
    write_table(frame, request.target)
    return Written([request.target], [_wrote(request.target, len(frame), request.language)])


def _write_project(request: Request) -> Written:
    from segmenter_app.core.projects.project import open_project, save_project
    from segmenter_app.core.projects.project_files import is_project_file

    history, source_path = request.history, request.source
    if request.source is not None and is_project_file(request.source):
        opened = open_project(request.source)
        history, source_path = opened.history, opened.source_path
    save_project(
        request.document, request.target, source_path=source_path, history=history, periods=request.periods
    )
    return Written([request.target])


@output(
    "manager_workbooks",
    label=QT_TRANSLATE_NOOP("outputs", "Workbooks for the account managers"),
    menu=QT_TRANSLATE_NOOP("outputs", "&Export for managers…"),
    kinds=(XLSX,),
    target=FOLDER,
    command="export",
    help=QT_TRANSLATE_NOOP("cli", "write a prioritised workbook per account manager and the overview"),
    description=QT_TRANSLATE_NOOP(
        "cli",
        "Read INPUT and write, into DIR, one workbook per account manager (or one "
        "workbook with a sheet per manager), print-ready, and the overview workbook for the "
        "sales lead; --pdf adds the priority sheets as PDF.",
    ),
    options=(
        Option(
            "layout",
            CHOICE,
            "--layout",
            QT_TRANSLATE_NOOP("cli", "files: one workbook per manager (default); sheets: one workbook"),
            QT_TRANSLATE_NOOP("outputs", "Workbooks"),
            choices=(
                ("files", QT_TRANSLATE_NOOP("outputs", "One workbook per account manager")),
                ("sheets", QT_TRANSLATE_NOOP("outputs", "One workbook with a sheet per account manager")),
            ),
            default="files",
        ),
        Option(
            "pdf",
            INCLUDE,
            "--pdf",
            QT_TRANSLATE_NOOP("cli", "also write the priority sheets as PDF"),
            QT_TRANSLATE_NOOP("outputs", "Also the priority sheets as PDF"),
            part="priority_sheets",
        ),
        ONLY_MANAGERS,
        Option(
            "overview",
            EXCLUDE,
            "--no-overview",
            QT_TRANSLATE_NOOP("cli", "do not write the overview workbook"),
            QT_TRANSLATE_NOOP("outputs", "The overview for the sales lead"),
            part="overview",
        ),
    ),
)
def write_manager_workbooks(request: Request) -> Written:
    """Into the folder: the managers' workbooks (a file each, or one with a sheet each),
    the overview, and with ``pdf`` their priority sheets."""
    from segmenter_app.core.outputs.export_jobs import export_all
    from segmenter_app.core.text import texts

    options, language = request.options, request.language
    written = export_all(
        request.document,
        request.target,
        layout=options["layout"],
        language=language,
        managers=options["managers"],
        pdf=options["pdf"],
        overview=options["overview"],
        force=request.force,
        progress=request.progress,
        cancelled=request.cancelled,
        inputs=(request.source,) if request.source is not None else (),
        periods=request.periods,
    )
    reports = options["managers"] or request.document.managers
    if len(written) == 1:
        line = tr(texts.SUMMARY["exported_file"], language).format(path=written[0])
    elif len(reports) == 1:
        line = tr_n(texts.SUMMARY["exported_one"], len(written), language).format(
            files=len(written), name=reports[0], folder=request.target
        )
    else:
        line = tr_n(texts.SUMMARY["exported"], len(written), language).format(
            files=len(written), managers=len(reports), folder=request.target
        )
    return Written(written, [line])


@output(
    "overview",
    label=QT_TRANSLATE_NOOP("outputs", "Overview for the sales lead"),
    menu=QT_TRANSLATE_NOOP("outputs", "Export the o&verview for the sales lead…"),
    kinds=(XLSX,),
    target=FILE,
)
def write_overview(request: Request) -> Written:
    """Managers × segments, the team and every customer in one workbook."""
    from segmenter_app.core.outputs.overview import export_overview
    from segmenter_app.core.text import texts

    path = export_overview(
        request.document,
        request.target,
        language=request.language,
        force=True,
        inputs=request.inputs,
        periods=request.periods,
    )
    return Written([path], [tr(texts.SUMMARY["exported_file"], request.language).format(path=path)])


@output(
    "priority_sheets",
    label=QT_TRANSLATE_NOOP("outputs", "Priority sheets as PDF"),
    menu=QT_TRANSLATE_NOOP("outputs", "Export priority sheets as &PDF…"),
    kinds=(PDF,),
    target=FILE,
    options=(ONLY_MANAGERS,),
)
def write_priority_sheets(request: Request) -> Written:
    """The printable priority sheets of the managers (all, or ``managers``) in one PDF."""
    from segmenter_app.core.outputs.pdf_sheets import write_pdf
    from segmenter_app.core.outputs.report_data import manager_reports
    from segmenter_app.core.text import texts

    reports = manager_reports(request.document, request.language, request.options["managers"])
    path = write_pdf(reports, request.target, progress=request.progress, cancelled=request.cancelled)
    return Written([path], [tr(texts.SUMMARY["exported_file"], request.language).format(path=path)])


@output(
    "team_table",
    label=QT_TRANSLATE_NOOP("outputs", "Team table"),
    menu=QT_TRANSLATE_NOOP("outputs", "Export the tea&m table…"),
    kinds=(CSV, XLSX, JSON),
    target=FILE,
    command="team",
    help=QT_TRANSLATE_NOOP(
        "cli", "write the team table: capacity, demand, visit plan, effort and plan against worth"
    ),
    description=QT_TRANSLATE_NOOP(
        "cli",
        "Read INPUT and write OUT (.csv, .xlsx, .json) with one row per account manager "
        "and a last row (all): account_manager, customers, classified, worth, capacity, "
        "capacity_source, demand, planned, load, overflow, effort, effort_share, worth_share, "
        "misallocation, misallocation_planned. Shares and load are fractions (1.0 = 100 %), "
        "misallocation is in % (0-100). capacity_source: list, team, manager or default. An empty "
        "cell is a figure that cannot be had; stderr says why.",
    ),
    tells_list=False,
)
def write_team_table(request: Request) -> Written:
    """One row per account manager and one for the team; the lines say the capacity, the
    index last period → plan, the largest moves and why figures are empty."""
    from segmenter_app.core.outputs.classify_output import write_table
    from segmenter_app.core.outputs.team_output import empty_reasons, summary_lines, team_frame
    from segmenter_app.core.text import texts

    document, language = request.document, request.language
    plan = document.plan
    frame = team_frame(plan)
    write_table(frame, request.target, sheet="team")
    table = document.table
    lines = [
        *summary_lines(
            plan,
            language,
            table["customer_name"].to_numpy(dtype=object),
            table["account_manager"].to_numpy(dtype=object),
            currency=document.currency,
        ),
        *empty_reasons(plan, language),
        *texts.direction_notice(document.report, language),
        _wrote(request.target, len(frame), language),
    ]
    return Written([request.target], lines)


@output(
    "history_table",
    label=QT_TRANSLATE_NOOP("outputs", "History of the periods"),
    menu=QT_TRANSLATE_NOOP("outputs", "Export the &history of the periods…"),
    kinds=(CSV, XLSX, JSON),
    target=FILE,
    command="history",
    help=QT_TRANSLATE_NOOP(
        "cli", "write every customer's segment in every period, and whether the plan's visits paid off"
    ),
    description=QT_TRANSLATE_NOOP(
        "cli",
        "Read INPUT (a project, or several lists in period order: one period each) and "
        "write OUT (.csv, .xlsx, .json) with one row per customer and period: period, customer_id, "
        "customer_name, account_manager, segment, share_of_wallet, satisfaction, potential, revenue, "
        "effort, visits_planned, segment_before, movement (improved, worsened, changed, unchanged, new; "
        "empty in the first period). --effect OUT writes the 'did it work' table: from_period, "
        "to_period, segment_from, visited (as_planned, less, unknown, all), customers, improved, "
        "worsened, unchanged, changed, mean_delta_sow_pp, mean_delta_kzi, delta_revenue.",
    ),
    options=(
        Option(
            "effect",
            ALSO_FILE,
            "--effect",
            QT_TRANSLATE_NOOP("cli", "also write the 'did it work' table to this file (.csv, .xlsx or .json)"),
            QT_TRANSLATE_NOOP("outputs", "Did it work"),
            metavar=QT_TRANSLATE_NOOP("cli", "OUT"),
        ),
    ),
    several_inputs=True,
    tells_list=False,
)
def write_history_table(request: Request) -> Written:
    """One row per customer and period; with ``effect``, the *did it work* table too.
    The lines say the periods and, per two periods, what the finding is."""
    from segmenter_app.core.outputs.classify_output import write_table
    from segmenter_app.core.outputs.history_output import effect_frame, history_frame
    from segmenter_app.core.text import history_texts

    periods, language = request.project_periods, request.language
    frame = history_frame(periods)
    lines = history_texts.period_lines(periods, language)
    effect_path = request.options["effect"]
    write_table(frame, request.target, sheet="history")
    written = [request.target]
    lines.append(_wrote(request.target, len(frame), language))
    if effect_path is not None:
        effect = effect_frame(periods)
        try:
            write_table(effect, Path(effect_path), sheet="effect")
        except BaseException:
            request.target.unlink(missing_ok=True)  # nothing is left half written
            raise
        written.append(Path(effect_path))
        lines.append(_wrote(Path(effect_path), len(effect), language))
    return Written(written, lines)
