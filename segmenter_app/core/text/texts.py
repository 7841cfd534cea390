"""Words for what the engine reports: messages, problems, the *why*, recommended actions.

The core has no Qt, yet the command line and the exported workbooks speak German and
English like the window does.  So the texts here are marked with
``QT_TRANSLATE_NOOP("core", ...)``: ``pyside6-lupdate`` collects them into the same
``resources/translations/segmenter_de.ts`` as the window's texts, and this module reads
the German translations from that file with the standard library.  One translation
file covers every word a user sees.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from segmenter_app.core import columns as registry

# The one door to the core's words: callers use ``texts.tr``, ``texts.format_money``,
# ``texts.why_text`` …; the catalogue, the number formats and the why sentences live in
# their own modules (re-exported by the redundant aliases below).
from segmenter_app.core.text.catalog import CONTEXT as CONTEXT
from segmenter_app.core.text.catalog import LANGUAGES as LANGUAGES
from segmenter_app.core.text.catalog import QT_TRANSLATE_N_NOOP as QT_TRANSLATE_N_NOOP
from segmenter_app.core.text.catalog import QT_TRANSLATE_NOOP as QT_TRANSLATE_NOOP
from segmenter_app.core.text.catalog import safe_format as safe_format
from segmenter_app.core.text.catalog import system_language as system_language
from segmenter_app.core.text.catalog import tr as tr
from segmenter_app.core.text.catalog import tr_n as tr_n
from segmenter_app.core.text.formatting import format_bytes as format_bytes
from segmenter_app.core.text.formatting import format_money as format_money
from segmenter_app.core.text.formatting import format_number as format_number
from segmenter_app.core.text.formatting import format_percent as format_percent
from segmenter_app.core.text.shapes import direction_lines, sheet_lines
from segmenter_app.core.text.shapes import shape_text as shape_text
from segmenter_app.core.text.shapes import wallet_lines as wallet_lines
from segmenter_app.core.text.why import ACTIONS as ACTIONS
from segmenter_app.core.text.why import SHORT_ACTIONS as SHORT_ACTIONS
from segmenter_app.core.text.why import TRIAGE_LABELS as TRIAGE_LABELS
from segmenter_app.core.text.why import WHY_UNTAPPED as WHY_UNTAPPED
from segmenter_app.core.text.why import action_text as action_text
from segmenter_app.core.text.why import satisfaction_as_listed as satisfaction_as_listed
from segmenter_app.core.text.why import why_text as why_text

# --------------------------------------------------------------------------- numbers


# --------------------------------------------------------------------------- read errors


READ_ERRORS: dict[str, str] = {
    "not_found": QT_TRANSLATE_NOOP("core", "The file does not exist."),
    "permission": QT_TRANSLATE_NOOP("core", "You have no permission to read the file."),
    "locked": QT_TRANSLATE_NOOP("core", "The file is locked by another program (is it open in Excel?)."),
    "is_directory": QT_TRANSLATE_NOOP("core", "This is a folder, not a file."),
    "not_a_file": QT_TRANSLATE_NOOP(
        "core", "This is not a regular file (a pipe, a device or a socket); only files are read."
    ),
    "os_error": QT_TRANSLATE_NOOP("core", "The file could not be opened: {detail}."),
    "empty_file": QT_TRANSLATE_NOOP("core", "The file is empty (0 bytes)."),
    "no_data": QT_TRANSLATE_NOOP("core", "The file holds no data: every sheet is empty."),
    "password": QT_TRANSLATE_NOOP(
        "core",
        "The workbook is protected with a password. Open it in Excel, remove the password (File ▸ Info ▸ "
        "Protect Workbook) and save it again.",
    ),
    "corrupt": QT_TRANSLATE_NOOP("core", "The file is damaged or incomplete and cannot be read ({detail})."),
    "zip_bomb": QT_TRANSLATE_NOOP(
        "core",
        "The file would unpack to {unpacked} of data, more than the {limit} Segmenter reads: it is "
        "damaged or not a customer list.",
    ),
    "too_many_cells": QT_TRANSLATE_NOOP(
        "core", "Sheet '{sheet}' has {rows} rows × {cols} columns, more than Segmenter reads ({limit} cells)."
    ),
    "too_large": QT_TRANSLATE_NOOP("core", "The file is {size}, larger than the {limit} Segmenter reads."),
    "timeout": QT_TRANSLATE_NOOP(
        "core",
        "Reading took longer than {seconds} seconds and was stopped: the file is damaged or far too large.",
    ),
    "out_of_memory": QT_TRANSLATE_NOOP(
        "core",
        "Reading needed more than {limit} of memory and was stopped: the file is damaged or far too large.",
    ),
    "crashed": QT_TRANSLATE_NOOP(
        "core", "The spreadsheet reader failed on this file: it is probably damaged."
    ),
    "xml_entities": QT_TRANSLATE_NOOP(
        "core", "The file declares XML entities, which Segmenter refuses for safety."
    ),
    "bad_encoding": QT_TRANSLATE_NOOP("core", "The text is not valid {encoding}."),
}

FILE_KINDS: dict[str, str] = {
    "pdf": QT_TRANSLATE_NOOP("core", "This is a PDF document, not a spreadsheet."),
    "word": QT_TRANSLATE_NOOP("core", "This is a Word document, not a spreadsheet."),
    "powerpoint": QT_TRANSLATE_NOOP("core", "This is a PowerPoint presentation, not a spreadsheet."),
    "zip": QT_TRANSLATE_NOOP("core", "This is a ZIP archive, not a spreadsheet."),
    "image": QT_TRANSLATE_NOOP("core", "This is an image, not a spreadsheet."),
    "xml": QT_TRANSLATE_NOOP("core", "This XML file is not a spreadsheet."),
    "html": QT_TRANSLATE_NOOP("core", "This web page holds no table."),
    "opendocument": QT_TRANSLATE_NOOP("core", "This OpenDocument file is not a spreadsheet."),
    "unknown": QT_TRANSLATE_NOOP("core", "This is not a spreadsheet or text file Segmenter can read."),
    "numbers": QT_TRANSLATE_NOOP(
        "core",
        "Apple Numbers files cannot be read: in Numbers choose File ▸ Export To ▸ Excel and open that file.",
    ),
    "fods": QT_TRANSLATE_NOOP(
        "core", "Flat OpenDocument (.fods) files cannot be read: save it as .ods or .xlsx."
    ),
}

IMPORT_FAILURES: dict[str, str] = {
    "sheet_not_found": QT_TRANSLATE_NOOP("core", "There is no sheet '{sheet}'. The sheets are: {sheets}."),
    "header_row_out_of_range": QT_TRANSLATE_NOOP(
        "core", "Row {row} is not in sheet '{sheet}' (it ends at row {rows})."
    ),
    "unknown_role": QT_TRANSLATE_NOOP("core", "'{role}' is not a column role. The roles are: {roles}."),
    "unknown_header": QT_TRANSLATE_NOOP(
        "core", "There is no column '{header}' for {role}. The columns are: {headers}."
    ),
    "missing_roles": QT_TRANSLATE_NOOP(
        "core",
        "No column found for {roles} in sheet '{sheet}' (header row "
        "{row}). The columns are: {headers}. Name them with --map "
        "ROLE=HEADER.",
    ),
}


def read_error_message(error: Any, language: str = "en") -> str:
    """One line for a :class:`reading.ReadError`: the file, the sheet, what is wrong."""
    params = dict(error.params)
    if error.code == "not_spreadsheet" or error.code == "unsupported_format":
        text = tr(FILE_KINDS.get(params.get("kind", "unknown"), FILE_KINDS["unknown"]), language)
    else:
        template = tr(READ_ERRORS.get(error.code, READ_ERRORS["corrupt"]), language)
        params.setdefault("detail", error.detail or error.code)
        params.setdefault("sheet", error.sheet or "")
        for key in ("unpacked", "size"):
            if key in params:
                params[key] = format_bytes(params[key], language)
        if error.code in ("zip_bomb", "too_large", "out_of_memory") and "limit" in params:
            params["limit"] = format_bytes(params["limit"], language)
        if error.code == "too_many_cells":
            params["limit"] = format_number(params.get("limit", 0), language)
            params["rows"] = format_number(params.get("rows", 0), language)
        text = safe_format(template, params)
    return text


def import_failure_message(failure: Any, language: str = "en") -> str:
    params = {
        key: (", ".join(map(str, value)) if isinstance(value, list) else value)
        for key, value in failure.params.items()
    }
    return safe_format(
        tr(IMPORT_FAILURES.get(failure.code, "{code}"), language), {"code": failure.code, **params}
    )


# --------------------------------------------------------------------------- rows

#: A role inside a sentence ("no column found for wallet"): the registry's nouns.
ROLE_NAMES: dict[str, str] = {role.key: role.noun for role in registry.roles() if role.noun}

ISSUES: dict[str, str] = {
    "not_a_number": QT_TRANSLATE_NOOP("core", "{column} '{value}' is not a number"),
    "negative": QT_TRANSLATE_NOOP("core", "{column} {value} is negative"),
    "too_large": QT_TRANSLATE_NOOP("core", "{column} {value} is too large to be an amount"),
    "not_a_date": QT_TRANSLATE_NOOP("core", "{column} '{value}' is not a date"),
    "unknown_unit": QT_TRANSLATE_NOOP(
        "core", "{column} '{value}': unknown unit word (not read, so that no amount loses its scale)"
    ),
    "unit_not_allowed": QT_TRANSLATE_NOOP(
        "core", "{column} '{value}': an amount unit in a share or score column is not read"
    ),
    "not_a_rating": QT_TRANSLATE_NOOP(
        "core", "{column} '{value}' is not one of the rating words of this column (not read)"
    ),
    "lines_disagree": QT_TRANSLATE_NOOP(
        "core", "{column}: the customer's order lines disagree ({value}), left empty"
    ),
    "outside_scale": QT_TRANSLATE_NOOP(
        "core", "{column} {value} lies outside the satisfaction scale: the customer gets no segment"
    ),
    "duplicate_id": QT_TRANSLATE_NOOP("core", "customer id {value} appears more than once"),
    "blank": QT_TRANSLATE_NOOP("core", "blank row"),
    "total_row": QT_TRANSLATE_NOOP("core", "total row '{value}'"),
    "repeated_header": QT_TRANSLATE_NOOP("core", "repeated header row"),
}

#: Issue codes of cells that were refused.
REFUSED_CODES = (
    "not_a_number",
    "negative",
    "too_large",
    "not_a_date",
    "unknown_unit",
    "unit_not_allowed",
    "not_a_rating",
)

FLAG_TEXTS: tuple[tuple[int, str], ...] = (
    (1 << 0, QT_TRANSLATE_NOOP("core", "no satisfaction value")),
    (1 << 1, QT_TRANSLATE_NOOP("core", "satisfaction outside the scale {scale}")),
    (1 << 2, QT_TRANSLATE_NOOP("core", "satisfaction scale unknown")),
    (1 << 3, QT_TRANSLATE_NOOP("core", "no share of wallet and no wallet")),
    (1 << 4, QT_TRANSLATE_NOOP("core", "no share of wallet and a wallet of 0")),
    (1 << 5, QT_TRANSLATE_NOOP("core", "no share of wallet and no revenue")),
    (
        1 << 6,
        QT_TRANSLATE_NOOP("core", "share of wallet above 100 % (revenue above wallet), counted as 100 %"),
    ),
    (1 << 10, QT_TRANSLATE_NOOP("core", "no revenue either, so no wallet can be estimated")),
)


def issue_text(issue: Any, language: str) -> str:
    template = tr(ISSUES.get(issue.code, issue.code), language)
    return safe_format(template, {"column": issue.column or "", "value": issue.value})


def flag_texts(flags: int, language: str, scale_label: str = "") -> list[str]:
    return [
        safe_format(tr(text, language), {"scale": scale_label}) for bit, text in FLAG_TEXTS if flags & bit
    ]


def customer_problems(issues: Any, flags: int, language: str, scale_label: str = "") -> list[str]:
    """What was refused on import for one customer (``issues``) and why it has no
    segment (``flags``), each said once: a value outside the scale is named by its
    issue ("KZI 138 lies outside …"), not again by its flag."""
    issues = list(issues)
    if any(issue.code == "outside_scale" for issue in issues):
        from segmenter_app.core.model.segmentation import OUT_OF_SCALE

        flags &= ~OUT_OF_SCALE
    parts = [issue_text(issue, language) for issue in issues] + flag_texts(flags, language, scale_label)
    return list(dict.fromkeys(parts))


# --------------------------------------------------------------------------- segments


# --------------------------------------------------------------------------- summary

REQUIREMENT_NAMES: dict[str, str] = {
    "customer": QT_TRANSLATE_NOOP("core", "customer id or name"),
    "satisfaction": QT_TRANSLATE_NOOP("core", "satisfaction"),
    "share_of_wallet": QT_TRANSLATE_NOOP("core", "share of wallet (or revenue and wallet)"),
    # The wallet (or the revenue) is there: only the other is missing.
    "revenue": QT_TRANSLATE_NOOP("core", "revenue"),
    "wallet": QT_TRANSLATE_NOOP("core", "wallet"),
}

SUMMARY: dict[str, str] = {
    "read": QT_TRANSLATE_N_NOOP(
        "core", "Read '{file}', sheet '{sheet}', header row {row}: {customers} customers."
    ),
    "skipped": QT_TRANSLATE_NOOP("core", "Rows skipped: {count} ({details})."),
    "columns_cut": QT_TRANSLATE_NOOP(
        "core", "The file has {columns} columns; only the first {kept} were read."
    ),
    "skipped_blank": QT_TRANSLATE_NOOP("core", "{count} blank"),
    "skipped_total": QT_TRANSLATE_NOOP("core", "{count} total"),
    "skipped_header": QT_TRANSLATE_NOOP("core", "{count} repeated header"),
    "problems": QT_TRANSLATE_NOOP("core", "{cells}; {duplicates}."),
    "cells_refused": QT_TRANSLATE_N_NOOP("core", "{count} cells refused (not a number or negative)"),
    "duplicate_ids": QT_TRANSLATE_N_NOOP("core", "{count} duplicate customer ids"),
    "scale": QT_TRANSLATE_NOOP("core", "Satisfaction scale {scale} ({source})."),
    "scale_source_header": QT_TRANSLATE_NOOP("core", "from the header"),
    "scale_source_values": QT_TRANSLATE_NOOP("core", "from the values"),
    "scale_source_user": QT_TRANSLATE_NOOP("core", "as chosen"),
    "thresholds": QT_TRANSLATE_NOOP("core", "Thresholds: SoW {sow} ({sow_mode}), KZI {kzi} ({kzi_mode})."),
    "no_thresholds": QT_TRANSLATE_NOOP(
        "core", "Thresholds: none — no customer could be classified ({reasons})."
    ),
    "lines_summed": QT_TRANSLATE_NOOP("core", "{rows} rows → {customers} customers (lines summed)."),
    "lines_disagree": QT_TRANSLATE_NOOP(
        "core", "Order lines that disagree on a value (customers: {count}) left it empty: see the problems."
    ),
    "direction_unclear": QT_TRANSLATE_NOOP(
        "core",
        "Satisfaction read with {high} as the best value: the list does not say which end is best. "
        "If {low} is the best, add --kzi-best low.",
    ),
    "revenue_above_wallet": QT_TRANSLATE_N_NOOP(
        "core",
        "Revenue is above the wallet for {count} of {total} customers, so their share of wallet counts "
        "as 100 %: check that {revenue} and {wallet} are in the same unit.",
    ),
    "column_named": QT_TRANSLATE_NOOP("core", "'{header}'"),
    "column_read_times": QT_TRANSLATE_NOOP("core", "'{header}' (read ×{factor})"),
    "segments": QT_TRANSLATE_NOOP(
        "core",
        "MODEL {MODEL} · FIX {FIX} · GROW {GROW} · MOVE {MOVE} "
        "(prioritise {prioritise}) · unclassified {unclassified}.",
    ),
    "wrote": QT_TRANSLATE_N_NOOP("core", "Wrote {path} ({rows} rows)."),
    "exported": QT_TRANSLATE_N_NOOP(
        "core", "Wrote {files} files for {managers} account managers to {folder}."
    ),
    "exported_one": QT_TRANSLATE_N_NOOP(
        "core", "Wrote {files} files for account manager {name} to {folder}."
    ),
    "exported_file": QT_TRANSLATE_NOOP("core", "Wrote {path}."),
}

MODE_NAMES: dict[str, str] = {
    "fixed": QT_TRANSLATE_NOOP("core", "fixed"),
    "median": QT_TRANSLATE_NOOP("core", "median"),
    "mean": QT_TRANSLATE_NOOP("core", "mean"),
    "percentile": QT_TRANSLATE_NOOP("core", "percentile"),
}


def _mode_label(threshold: Any, language: str) -> str:
    label = tr(MODE_NAMES[threshold.mode], language)
    if threshold.mode == "percentile":
        label += f" {format_number(threshold.value, language)}"
    return label


#: Revenue above the wallet for at least this share of the customers whose SoW the
#: list's amounts give (and at least :data:`UNIT_SUSPECT_MIN` of them): the two
#: columns are most likely in different units (T€ beside €), not a few wallets too low.
UNIT_SUSPECT_SHARE = 0.5
UNIT_SUSPECT_MIN = 3


def nobody_classified_lines(report: Any, prepared: Any, language: str) -> list[str]:
    """One line when no customer could be placed, and why ("no satisfaction: 31"): the
    command line's summary says it, and the window's status bar keeps it."""
    if not len(prepared.classified) or int(prepared.classified.sum()):
        return []
    return [
        safe_format(
            tr(SUMMARY["no_thresholds"], language),
            {"reasons": unclassified_reasons(prepared, report, language)},
        )
    ]


def unit_mismatch_lines(report: Any, prepared: Any, language: str) -> list[str]:
    """One line when revenue is above the wallet for most customers: the share of wallet
    of each is capped at 100 % and the segments mean nothing, so the list's two amount
    columns are named with how each was read (a header unit such as T€ multiplies).
    ``prepared``: the document's (its SoW and flags)."""
    return _unit_mismatch(report, prepared.sow, prepared.flags, language)


def unit_mismatch_of_table(report: Any, table: Any, language: str) -> list[str]:
    """:func:`unit_mismatch_lines` for a list as read, with no document made (the
    import dialog, on every change of its choices): only the shares are measured."""
    from segmenter_app.core.model.segmentation import measures

    sow, _kzi, _potential, flags = measures(table, report.scale)
    return _unit_mismatch(report, sow, flags, language)


def _unit_mismatch(report: Any, sow: np.ndarray, flags: np.ndarray, language: str) -> list[str]:
    from segmenter_app.core.model import segmentation as sg

    measured = int((~np.isnan(sow)).sum())
    above = int(((flags & sg.SOW_CLIPPED) != 0).sum())
    if above < UNIT_SUSPECT_MIN or above < UNIT_SUSPECT_SHARE * measured:
        return []
    factors = {role: float(report.multipliers.get(role, 1.0)) for role in ("revenue", "wallet")}
    scaled = len(set(factors.values())) > 1  # one column scaled by its header's unit, not the other

    def named(role: str) -> str:
        header = report.mapping.get(role) or tr(ROLE_NAMES.get(role, role), language)
        key = "column_read_times" if scaled and factors[role] != 1.0 else "column_named"
        return safe_format(
            tr(SUMMARY[key], language), {"header": header, "factor": format_number(factors[role], language)}
        )

    return [
        safe_format(
            tr_n(SUMMARY["revenue_above_wallet"], above, language),
            {
                "count": format_number(above, language),
                "total": format_number(measured, language),
                "revenue": named("revenue"),
                "wallet": named("wallet"),
            },
        )
    ]


def summary_lines(report: Any, prepared: Any, result: Any, thresholds: Any, language: str) -> list[str]:
    """What a classify run did, for stderr: rows, skipped rows, scale, thresholds, counts."""

    def t(key: str, n: int | None = None, **params: Any) -> str:
        text = tr(SUMMARY[key], language) if n is None else tr_n(SUMMARY[key], n, language)
        return safe_format(text, params)

    lines = [
        t(
            "read",
            report.rows_read,
            file=report.path.name,
            sheet=sheets_read(report),
            row=report.header_row,
            customers=format_number(report.rows_read, language),
        )
    ]
    for code, params in report.file_notes:
        if code == "columns_cut":
            lines.append(
                t("columns_cut", columns=format_number(params["columns"], language), kept=params["kept"])
            )
    lines += sheet_lines(report, language) + lines_summed_lines(report, language)
    if report.skipped:
        counts = {
            code: sum(1 for s in report.skipped if s.code == code)
            for code in ("blank", "total_row", "repeated_header")
        }
        details = [
            t(key, count=counts[code])
            for code, key in (
                ("blank", "skipped_blank"),
                ("total_row", "skipped_total"),
                ("repeated_header", "skipped_header"),
            )
            if counts[code]
        ]
        lines.append(t("skipped", count=len(report.skipped), details=", ".join(details)))
    refused = sum(1 for p in report.problems if p.code in REFUSED_CODES)
    if refused or report.duplicate_ids:
        duplicates = len(report.duplicate_ids)
        lines.append(
            t(
                "problems",
                cells=t("cells_refused", refused, count=refused),
                duplicates=t("duplicate_ids", duplicates, count=duplicates),
            )
        )
    if report.scale is not None:
        lines.append(scale_line(report, language))
    lines += direction_lines(report, language) + direction_notice(report, language)
    lines += unit_mismatch_lines(report, prepared, language)
    if int(prepared.classified.sum()):
        lines.append(
            t(
                "thresholds",
                sow=format_percent(result.sow_threshold, language, 1),
                sow_mode=_mode_label(thresholds.sow, language),
                kzi=format_number(result.kzi_threshold, language, 1),
                kzi_mode=_mode_label(thresholds.kzi, language),
            )
        )
    lines += nobody_classified_lines(report, prepared, language)
    counts = dict(zip(("MODEL", "FIX", "GROW", "MOVE"), (int(c) for c in result.counts), strict=False))
    lines.append(
        t("segments", **counts, prioritise=int((result.triage == 1).sum()), unclassified=result.unclassified)
    )
    return lines


SCALE_REASONS: dict[str, str] = {
    "user": QT_TRANSLATE_NOOP("core", "as chosen"),
    "header_range": QT_TRANSLATE_NOOP("core", "the range {range} in the header"),
    "header_nps": QT_TRANSLATE_NOOP("core", "the header says NPS"),
    "nps_answers": QT_TRANSLATE_NOOP(
        "core", "the header says NPS and every value lies within 0–10: the survey's answers"
    ),
    "header_percent": QT_TRANSLATE_NOOP("core", "the header says %"),
    "values_percent": QT_TRANSLATE_NOOP("core", "every value carries a % sign"),
    "values_negative": QT_TRANSLATE_NOOP("core", "values below 0, from {low} to {high}"),
    "values_fit": QT_TRANSLATE_NOOP("core", "the values run from {low} to {high}"),
    "values_unknown": QT_TRANSLATE_NOOP(
        "core", "the values run from {low} to {high}, on no scale Segmenter knows"
    ),
    "words": QT_TRANSLATE_NOOP("core", "the column holds rating words"),
    "header_direction": QT_TRANSLATE_NOOP("core", "the header names its ends: {words}"),
}
SCALE_WORDS_LABEL = QT_TRANSLATE_NOOP("core", "words, {count} levels")


#: A scale whose low end is the best ("1–5, 1 = best").
SCALE_BEST_LABEL = QT_TRANSLATE_NOOP("core", "{range}, {best} = best")


def scale_label(scale: Any, language: str) -> str:
    """A scale as the user reads it: '1–5', 'NPS (−100…100)', 'words, 5 levels', and
    for a scale whose low end is the best '1–5, 1 = best' ('1–5, 1 = am besten')."""
    if scale is None:
        return ""
    if getattr(scale, "levels", ()):
        return safe_format(tr(SCALE_WORDS_LABEL, language), {"count": len(scale.levels)})
    if getattr(scale, "reversed", False):
        best = format_number(scale.best, language, 0 if float(scale.best).is_integer() else 1)
        return safe_format(tr(SCALE_BEST_LABEL, language), {"range": scale.range_label, "best": best})
    return scale.label


def scale_reason_text(report: Any, language: str) -> str:
    """Why the scale is what it is ("the range 0–10 in the header"), else where it came
    from ("from the values")."""
    reason = getattr(report, "scale_reason", None)
    if reason and reason[0] in SCALE_REASONS:
        return safe_format(tr(SCALE_REASONS[reason[0]], language), dict(reason[1] or {}))
    key = f"scale_source_{report.scale_source}"
    return tr(SUMMARY[key], language) if key in SUMMARY else str(report.scale_source)


def scale_line(report: Any, language: str) -> str:
    """'Satisfaction scale 0–10 (the range 0–10 in the header).'"""
    return safe_format(
        tr(SUMMARY["scale"], language),
        {"scale": scale_label(report.scale, language), "source": scale_reason_text(report, language)},
    )


def lines_summed_lines(report: Any, language: str) -> list[str]:
    """'390 rows → 131 customers (lines summed).' and how many customers' lines disagree."""
    summed = getattr(report, "lines_summed", None)
    if not summed:
        return []
    lines = [
        safe_format(
            tr(SUMMARY["lines_summed"], language),
            {"rows": format_number(summed[0], language), "customers": format_number(summed[1], language)},
        )
    ]
    disagree = len({issue.index for issue in report.problems if issue.code == "lines_disagree"})
    if disagree:
        lines.append(safe_format(tr(SUMMARY["lines_disagree"], language), {"count": disagree}))
    return lines


def direction_notice(report: Any, language: str) -> list[str]:
    """For the command line: which end of an unclear scale was read as the best, and
    how to turn it (the window asks instead)."""
    scale = report.scale
    if scale is None or not getattr(report, "direction_unclear", False):
        return []
    return [
        safe_format(
            tr(SUMMARY["direction_unclear"], language),
            {"high": format_number(scale.high, language), "low": format_number(scale.low, language)},
        )
    ]


def unclassified_reasons(prepared: Any, report: Any, language: str) -> str:
    """Why no customer is classified: the commonest reasons with their counts."""
    if not len(prepared.flags):
        return tr(NO_CUSTOMERS, language)
    scale_text = scale_label(report.scale, language)
    counts = [
        (int(((prepared.flags & bit) > 0).sum()), safe_format(tr(text, language), {"scale": scale_text}))
        for bit, text in FLAG_TEXTS
    ]
    counts = sorted((item for item in counts if item[0]), key=lambda item: -item[0])[:3]
    return "; ".join(f"{text}: {format_number(count, language)}" for count, text in counts)


NO_CUSTOMERS = QT_TRANSLATE_NOOP("core", "the list has no customers")


# --------------------------------------------------------------------------- projects

PROJECT_ERRORS: dict[str, str] = {
    "not_found": QT_TRANSLATE_NOOP("core", "The project file does not exist."),
    "not_a_file": QT_TRANSLATE_NOOP("core", "This is a folder or a pipe, not a project file."),
    "permission": QT_TRANSLATE_NOOP("core", "You have no permission to open the project file."),
    "not_a_project": QT_TRANSLATE_NOOP("core", "This is not a Segmenter project file."),
    "damaged": QT_TRANSLATE_NOOP(
        "core", "The project file is damaged and cannot be opened. The file was not changed."
    ),
    "too_new": QT_TRANSLATE_NOOP(
        "core",
        "The project was saved by a newer Segmenter (file version {version}; this one reads up to "
        "version {supported}). Please update Segmenter to open it.",
    ),
    "cannot_write": QT_TRANSLATE_NOOP(
        "core", "The project could not be saved ({reason}). The previous file is unchanged."
    ),
    "would_overwrite_source": QT_TRANSLATE_NOOP(
        "core", "Saving there would overwrite the customer list itself: choose another name."
    ),
    "in_use": QT_TRANSLATE_NOOP("core", "Another Segmenter window is using this file."),
    "locked": QT_TRANSLATE_NOOP(
        "core", "The project is open in Segmenter of {user} on {host} (since {since}); it was not saved over."
    ),
    "changed_on_disk": QT_TRANSLATE_NOOP(
        "core", "The project file was changed by someone else since it was opened; it was not saved over."
    ),
    "read_only": QT_TRANSLATE_NOOP("core", "The project is open read-only; save it under another name."),
    "copy_over_open": QT_TRANSLATE_NOOP(
        "core", "This is the project open in this window: a manager's copy is never saved over it."
    ),
    "copy_over_project": QT_TRANSLATE_NOOP(
        "core",
        "This file is a Segmenter project, not a manager's copy: a copy is never saved over it. "
        "Choose another name.",
    ),
}


def project_error_message(error: Any, language: str = "en") -> str:
    params = {"reason": "", "version": "", "supported": "", **error.params}
    return safe_format(tr(PROJECT_ERRORS.get(error.code, PROJECT_ERRORS["damaged"]), language), params)


def customer_why(document: Any, row: int, language: str) -> str:
    """The why of one customer of a document, as the table and the customer panel show
    it: the sentence for a classified customer, the reasons for an unclassified one."""
    # Here, not at the top: the command line words a read error before pandas loads.
    from segmenter_app.core.model.segmentation import SEGMENTS

    segment = int(document.result.segment[row])
    listed_value = float(document.table["satisfaction_input"].iat[row])
    if segment < 0:
        scale = scale_label(document.scale, language)
        return "; ".join(flag_texts(int(document.prepared.flags[row]), language, scale))
    return why_text(
        SEGMENTS[segment],
        float(document.prepared.kzi[row]),
        float(document.result.kzi_threshold),
        float(document.prepared.sow[row]),
        float(document.result.sow_threshold),
        float(document.prepared.potential[row]),
        language,
        currency=getattr(document, "currency", "€"),
        listed=satisfaction_as_listed(listed_value, document.scale, language),
        wallet_source=document.wallet_source(row) if hasattr(document, "wallet_source") else "",
        listed_word=document.scale.level_name(listed_value) if document.scale is not None else "",
    )


def sheets_read(report: Any) -> str:
    """The sheet the customers were read from, or all of them when the list spans
    several ("Müller, Schmidt, Yılmaz")."""
    combined = list(getattr(report, "combined_sheets", None) or [])
    return ", ".join(combined) if len(combined) > 1 else str(report.sheet)


def command_text(command: Any, language: str = "en") -> str:
    """What an undo step does, in the user's language ("revenue of Müller GmbH"): the
    label the command carries, translated, with its fields filled in ("" for none)."""
    if command is None or not command.label:
        return ""
    return safe_format(tr(command.label, language), dict(command.params))
