"""What each account manager takes away, as plain data: the rows in priority order, the
summary per segment, the points of the quadrant chart, the words in the chosen
language.  The workbooks (``workbooks.py``), the PDF priority sheets (``pdf_sheets.py``)
and the window's print preview are all drawn from it.
"""

from __future__ import annotations

import datetime
import math
import unicodedata
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from segmenter_app.core import columns as registry
from segmenter_app.core.fileio import portable_name, shorten_name, strip_bidi
from segmenter_app.core.model import baseline
from segmenter_app.core.model import segmentation as sg
from segmenter_app.core.model.actions import ACTION_COLUMNS, overdue_mask
from segmenter_app.core.model.document import CustomerDocument
from segmenter_app.core.model.wallet import ESTIMATED
from segmenter_app.core.text import export_columns, plan_texts, texts

QT_TRANSLATE_NOOP = texts.QT_TRANSLATE_NOOP

# The columns and the editable ones live with the words and the returned-file layout
# (core/text/export_columns.py, core/model/baseline.py): the collect reads them too.
COLUMNS = export_columns.COLUMNS
EDITABLE_KEYS = baseline.EDITABLE_KEYS
#: Columns a workbook has only for a project with an earlier period (PRODUCT.md §8).
HISTORY_KEYS = ("segment_before", "delta_sow")


@dataclass(frozen=True)
class SheetColumn:
    """A column of the printed priority sheet (PDF, preview, print).  ``kind`` says how
    its cells are written: ``rank``, ``number`` (whole numbers without decimals; a
    text, such as the overflow mark, as it is), ``percent`` (a 0–1 fraction),
    ``points`` (one decimal), ``money`` (a plain number; the header says "(€)"),
    ``date`` (an ISO date, written as the language writes dates), ``segment`` (a
    coloured badge), ``action`` (the advice in a few words), ``text`` (wrapped whole)
    or ``write`` (the planned next step, with a line to write on by hand).  A column's
    width comes from its content (``pdf_table``); ``width`` is the column's share of
    the room left over, when it wraps; ``short``: a WORDS key for a header
    that needs a short form; ``title``: the header (a ``QT_TRANSLATE_NOOP("export",
    …)`` text) of a column that is not in COLUMNS.  A new column on the sheets is a
    place in the column registry; a role's values come from the document's table."""

    key: str
    width: float
    kind: str
    short: str | None = None
    title: str | None = None


#: The registry's places in the "sheet" output (``core/columns.py``), in their order.
SHEET_COLUMNS: tuple[SheetColumn, ...] = tuple(
    SheetColumn(place.name or column.key, place.width, place.style, place.short or None)
    for column, place in registry.places("sheet")
)


WORDS: dict[str, str] = {
    "title": QT_TRANSLATE_NOOP("export", "Priority list: {manager}"),
    "overview_title": QT_TRANSLATE_NOOP("export", "Overview: segments by account manager"),
    "as_of": QT_TRANSLATE_NOOP("export", "As of {date}"),
    "thresholds": QT_TRANSLATE_NOOP(
        "export", "Thresholds: SoW ≥ {sow} ({sow_mode}) · KZI ≥ {kzi} ({kzi_mode})"
    ),
    "source": QT_TRANSLATE_NOOP("export", "Source: {file}"),
    "summary": QT_TRANSLATE_NOOP("export", "Summary"),
    "count": QT_TRANSLATE_NOOP("export", "Customers"),
    "total": QT_TRANSLATE_NOOP("export", "Total"),
    "unclassified": QT_TRANSLATE_NOOP("export", "Unclassified"),
    "chart_sheet": QT_TRANSLATE_NOOP("export", "Chart"),
    "priority_short": QT_TRANSLATE_NOOP("export", "Prio."),
    "customer_id_short": QT_TRANSLATE_NOOP("export", "ID"),
    "page": QT_TRANSLATE_NOOP("export", "Page &P of &N"),
    "page_of": QT_TRANSLATE_NOOP("export", "Page {page} of {pages}"),
    "no_manager": QT_TRANSLATE_NOOP("export", "(no account manager)"),
    "pinned": QT_TRANSLATE_NOOP("export", "pinned"),
    "all_customers": QT_TRANSLATE_NOOP("export", "Priority lists"),
    "manager": QT_TRANSLATE_NOOP("export", "Account manager"),
    "share_of_potential": QT_TRANSLATE_NOOP("export", "Share of all untapped potential"),
    "potential_by": QT_TRANSLATE_NOOP("export", "Untapped potential by segment"),
    "counts_by": QT_TRANSLATE_NOOP("export", "Customers by segment"),
    "customers_sheet": QT_TRANSLATE_NOOP("export", "Customers"),
    "overview_sheet": QT_TRANSLATE_NOOP("export", "Overview"),
    "sow_axis": QT_TRANSLATE_NOOP("export", "Share of wallet (%)"),
    "kzi_axis": QT_TRANSLATE_NOOP("export", "Customer satisfaction (KZI, points)"),
    "actions_by": QT_TRANSLATE_NOOP("export", "Next steps by account manager"),
    "actions_open": QT_TRANSLATE_NOOP("export", "Open"),
    "actions_overdue": QT_TRANSLATE_NOOP("export", "Overdue"),
    "actions_done": QT_TRANSLATE_NOOP("export", "Done"),
    #: the segment before of a customer the period before did not have
    "new_customer": QT_TRANSLATE_NOOP("export", "new"),
}


def word(key: str, language: str, **params) -> str:
    text = texts.tr(WORDS[key], language, "export")
    return text.format(**params) if params else text


def format_date(date: datetime.date, language: str) -> str:
    """27.11.2026 in German, 2026-11-27 in English."""
    return date.strftime("%d.%m.%Y") if language == "de" else date.isoformat()


def header_lines(title: str, limit: int) -> list[str]:
    """A header wrapped to ``limit`` characters between words, never inside one: a
    longer word stands whole on its line (its column is made wide enough for it)."""
    import textwrap

    return textwrap.wrap(title, max(limit, 1), break_long_words=False, break_on_hyphens=False)


def header(key: str, language: str) -> str:
    return texts.tr(dict(COLUMNS)[key], language, "export")


@dataclass
class SegmentSummary:
    name: str  #: MODEL/FIX/GROW/MOVE or "" for unclassified
    count: int
    revenue: float
    potential: float


@dataclass
class ManagerReport:
    manager: str
    title: str
    subtitle: list[str]
    rows: pd.DataFrame  #: the columns of COLUMNS, in priority order
    segments: np.ndarray  #: segment code per row (-1 unclassified)
    summary: list[SegmentSummary]
    #: The charted customers: SoW %, KZI points, segment, untapped potential.
    points: tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]
    thresholds: tuple[float, float]  #: SoW %, KZI points
    language: str
    date: str
    #: its workbook's columns (keys of COLUMNS; ``HISTORY_KEYS`` only for a project
    #: with an earlier period) and their headers, in order
    headers: list[str] = field(default_factory=list)
    columns: list[str] = field(default_factory=list)
    #: "Capacity 200 · demand 246 · 38 customers beyond capacity" (the visit plan)
    capacity_line: str = ""
    currency: str = "€"  #: the project's currency (€, $, £, CHF)
    #: open actions past their due date, per row
    overdue: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=bool))
    #: what the baseline of a returned workbook names (see core/projects/collect.py)
    project_id: str = ""
    export_id: str = ""
    exported_at: str = ""  #: ISO 8601, UTC


def _mode(threshold: sg.Threshold, language: str) -> str:
    name = texts.tr(texts.MODE_NAMES[threshold.mode], language)
    if threshold.mode == "percentile":
        name += f" {texts.format_number(threshold.value, language)}"
    return name


def threshold_line(document: CustomerDocument, language: str) -> str:
    t_sow, t_kzi = document.resolved_thresholds()
    return word(
        "thresholds",
        language,
        sow=texts.format_percent(t_sow, language, 1),
        sow_mode=_mode(document.thresholds.sow, language),
        kzi=texts.format_number(t_kzi, language, 1),
        kzi_mode=_mode(document.thresholds.kzi, language),
    )


def manager_reports(
    document: CustomerDocument,
    language: str,
    managers: list[str] | None = None,
    date: datetime.date | None = None,
    periods=None,
) -> list[ManagerReport]:
    """One report per account manager (all, or the named ones), in name order.
    ``periods``: the project's (``core/projects/periods.py``, ``document`` the last);
    with an earlier period the rows say each customer's segment before and ΔSoW."""
    names, report = report_maker(document, language, managers, date, periods)
    return [report(manager) for manager in names]


class LazyReports(Sequence[ManagerReport]):
    """The reports of :func:`manager_reports`, each built when asked for, on whatever
    thread asks: the print preview shows the first manager's pages without waiting for
    the other 199 reports, and holds none of them.  The document's columns are taken
    when this is made, so edits made later do not reach it."""

    def __init__(
        self,
        document: CustomerDocument,
        language: str,
        managers: list[str] | None = None,
        date: datetime.date | None = None,
        periods=None,
    ) -> None:
        self.managers, self._report = report_maker(document, language, managers, date, periods)

    def __len__(self) -> int:
        return len(self.managers)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self._report(manager) for manager in self.managers[index]]
        return self._report(self.managers[index])


def report_maker(
    document: CustomerDocument,
    language: str,
    managers: list[str] | None = None,
    date: datetime.date | None = None,
    periods=None,
) -> tuple[list[str], Callable[[str], ManagerReport]]:
    """The managers (all, or the named ones, in name order) and a function that builds
    one's report; what it reads of the document is taken now (and with ``periods``,
    each customer's segment before and ΔSoW)."""
    date = date or datetime.date.today()
    export_id = uuid.uuid4().hex
    exported_at = datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="microseconds")
    table = document.table
    overdue = overdue_mask(table, date)
    date_text = format_date(date, language)
    prepared, result = document.prepared, document.result
    codes = prepared.manager_codes
    names = document.managers
    wanted = names if managers is None else [m for m in names if m in set(managers)]
    thresholds_text = threshold_line(document, language)
    source = word("source", language, file=document.report.path.name)
    actions = _actions(result, language)
    triage_words = np.array(
        ["", texts.tr(texts.TRIAGE_LABELS[0], language), texts.tr(texts.TRIAGE_LABELS[1], language)],
        dtype=object,
    )
    segment_words = np.array(["–", *sg.SEGMENTS], dtype=object)
    pinned = document.pinned.copy()
    currency, project_id = document.currency, document.project_id
    scale_label = texts.scale_label(document.scale, language)
    pinned_word = word("pinned", language)

    def _with_pins(triage: np.ndarray, pins: np.ndarray) -> np.ndarray:
        """A pinned customer says so beside the triage: otherwise its first place
        in the list is a mystery."""
        if not pins.any():
            return triage
        marked = triage.copy()
        marked[pins] = [f"{text} · {pinned_word}" if text else pinned_word for text in triage[pins]]
        return marked

    # Each column converted once (an Arrow text column to objects costs about 10 ms per
    # 100,000 rows), then sliced per manager.
    columns = {
        key: table[key].to_numpy(dtype=object)
        for key in ("customer_id", "customer_name", "notes", *ACTION_COLUMNS)
    }
    columns.update({key: table[key].to_numpy(dtype=np.float64) for key in ("revenue", "wallet")})
    # Any other role of the registry that the workbooks or sheets show, as the table has it.
    shown = {
        place.name or role.key: role
        for output in ("workbook", "sheet")
        for role, place in registry.places(output)
    }
    others = {
        name: table[role.table_column].to_numpy(dtype=np.float64 if role.numeric else object)
        for name, role in shown.items()
        if role.read and name not in columns and name not in _COMPUTED and role.table_column in table
    }
    # Planned visits a year: a number, the overflow marked in words, empty when unclassified.
    plan = document.plan
    visits = np.where(prepared.classified, plan.planned, np.nan).astype(object)
    visits[plan.overflow] = plan_texts.word("overflow_mark", language)
    # The wallet measured with (given, derived or estimated); an estimate is marked.
    wallets = prepared.wallets
    if wallets is not None:
        columns["wallet"] = wallets.wallet
    estimated = wallets.source == ESTIMATED if wallets is not None else np.zeros(len(table), dtype=bool)
    history = _history_columns(periods, document, language)
    workbook_keys = [key for key, _ in COLUMNS if key not in HISTORY_KEYS or key in history]

    def report(manager: str) -> ManagerReport:
        members = np.flatnonzero(codes == names.index(manager))
        priority = result.priority[members]
        # Ranked customers by priority, then the unclassified ones (kept, at the end).
        order = members[np.lexsort((members, np.where(priority > 0, priority, np.iinfo(np.int32).max)))]
        segments = result.segment[order]
        rows = pd.DataFrame(
            {
                "priority": np.where(result.priority[order] > 0, result.priority[order], 0).astype(float),
                "segment": segment_words[segments.astype(np.int64) + 1],
                "triage": _with_pins(triage_words[result.triage[order].astype(np.int64) + 1], pinned[order]),
                "customer_id": columns["customer_id"][order],
                "customer_name": columns["customer_name"][order],
                "share_of_wallet": prepared.sow[order],
                "satisfaction": prepared.kzi[order],
                "revenue": columns["revenue"][order],
                "wallet": columns["wallet"][order],
                "potential": prepared.potential[order],
                "action": actions[order],
                "notes": columns["notes"][order],
                "worth": plan.worth[order],
                "visits_planned": visits[order],
                **{key: columns[key][order] for key in ACTION_COLUMNS},
                **{name: values[order] for name, values in others.items()},
                "wallet_estimated": estimated[order],
                **{key: values[order] for key, values in history.items()},
            }
        )
        rows.loc[rows["priority"] == 0, "priority"] = np.nan
        unclassified = segments < 0
        if unclassified.any():
            reasons = [
                "; ".join(texts.flag_texts(int(prepared.flags[row]), language, scale_label))
                for row in order[unclassified]
            ]
            # A reason stands as a sentence of its own in the action column.
            rows.loc[unclassified, "action"] = [reason[:1].upper() + reason[1:] for reason in reasons]
        classified = prepared.classified[members]
        charted = members[classified]
        points = (
            prepared.sow[charted] * 100.0,
            prepared.kzi[charted],
            result.segment[charted],
            prepared.potential[charted],
        )
        display_name = manager or word("no_manager", language)
        return ManagerReport(
            manager=manager,
            title=word("title", language, manager=display_name),
            subtitle=[word("as_of", language, date=date_text), thresholds_text, source],
            rows=rows.reset_index(drop=True),
            segments=segments,
            summary=_summary(segments, rows, language),
            points=points,
            thresholds=(result.sow_threshold * 100.0, result.kzi_threshold),
            language=language,
            date=date_text,
            headers=[header(key, language) for key in workbook_keys],
            columns=workbook_keys,
            capacity_line=plan_texts.capacity_line(plan.figures(manager), language),
            currency=currency,
            overdue=overdue[order],
            project_id=project_id,
            export_id=export_id,
            exported_at=exported_at,
        )

    return wanted, report


#: The report's columns worked out here rather than read from the table as they are.
_COMPUTED = frozenset(
    {
        "priority",
        "segment",
        "triage",
        "share_of_wallet",
        "satisfaction",
        "potential",
        "action",
        "worth",
        "visits_planned",
    }
)


def _history_columns(periods, document: CustomerDocument, language: str) -> dict[str, np.ndarray]:
    """Segment before (its name, "new" for a customer the period before did not have,
    "–" unclassified then) and ΔSoW in points, per row; none without an earlier period
    (then the workbook has no such columns: the others keep their places)."""
    if periods is None or len(periods) < 2 or periods.document is not document:
        return {}
    moved = periods.before(len(periods) - 1)
    names = np.array([word("new_customer", language), "–", *sg.SEGMENTS], dtype=object)
    return {
        "segment_before": names[moved.segment_before.astype(np.int64) + 2],
        "delta_sow": moved.delta_sow_pp,
    }


def _actions(result: sg.Segmentation, language: str) -> np.ndarray:
    words = {
        (segment, triage): texts.action_text(sg.SEGMENTS[segment], triage, language)
        for segment in range(4)
        for triage in (sg.NO_TRIAGE, sg.OBSERVE, sg.PRIORITISE)
    }
    actions = np.full(len(result.segment), "", dtype=object)
    for (segment, triage), text in words.items():
        actions[(result.segment == segment) & (result.triage == triage)] = text
    return actions


def _summary(segments: np.ndarray, rows: pd.DataFrame, language: str) -> list[SegmentSummary]:
    summary = []
    revenue = np.nan_to_num(rows["revenue"].to_numpy(dtype=np.float64))
    potential = np.nan_to_num(rows["potential"].to_numpy(dtype=np.float64))
    for code, name in [*enumerate(sg.SEGMENTS), (-1, "")]:
        mask = segments == code
        if code < 0 and not mask.any():
            continue
        summary.append(
            SegmentSummary(name, int(mask.sum()), float(revenue[mask].sum()), float(potential[mask].sum()))
        )
    return summary


#: A manager's part of a file name: 255 bytes (the file system's limit) less room for
#: " (99)" and ".xlsx"/".pdf".
FILE_NAME_BYTES = 240


def safe_file_name(name: str, fallback: str = "manager") -> str:
    """A file name for any manager's name: umlauts kept; / \\ : * ? " < > | and control
    characters replaced; bidirectional controls (U+202E shows "gpj.exe" as "exe.jpg")
    removed; no trailing dots or spaces; not a reserved Windows name; at most
    :data:`FILE_NAME_BYTES` bytes of UTF-8, a long name cut with a stable suffix that
    keeps two long names apart (room is left for " (2)" and ".xlsx"); NFC-normalised and
    never a Windows device name, whatever its extension (:func:`fileio.portable_name`)."""
    cleaned = "".join(
        "-" if ch in '/\\:*?"<>|' or ord(ch) < 32 else ch
        for ch in strip_bidi(unicodedata.normalize("NFC", name))
    ).strip(" .")
    cleaned = shorten_name(" ".join(cleaned.split()), FILE_NAME_BYTES, keep_extension=False) or fallback
    return portable_name(cleaned)


def safe_sheet_name(name: str, taken: set[str]) -> str:
    """Excel sheet names: ≤ 31 UTF-16 units (an emoji counts two), none of []:*?/\\, no
    control or bidirectional characters, unique (case-insensitive)."""
    cleaned = (
        "".join("-" if ch in "[]:*?/\\" or ord(ch) < 32 else ch for ch in strip_bidi(name)).strip("'")
        or "Sheet"
    )
    cleaned = _utf16_prefix(cleaned, 31)
    candidate, number = cleaned, 2
    while candidate.lower() in taken:
        suffix = f" ({number})"
        candidate = _utf16_prefix(cleaned, 31 - len(suffix)) + suffix
        number += 1
    taken.add(candidate.lower())
    return candidate


def _utf16_prefix(text: str, units: int) -> str:
    """The longest start of ``text`` that is at most ``units`` UTF-16 code units."""
    if len(text.encode("utf-16-le")) <= 2 * units:
        return text
    cut = text.encode("utf-16-le")[: 2 * units]
    return cut.decode("utf-16-le", errors="ignore")


def is_missing(value) -> bool:
    return value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value))
