"""Words for what the engine reports: messages, problems, the *why*, recommended actions.

The core has no Qt, yet the command line and the exported workbooks speak German and
English like the window does.  So the texts here are marked with
``QT_TRANSLATE_NOOP("core", ...)``: ``pyside6-lupdate`` collects them into the same
``resources/translations/segmenter_de.ts`` as the window's texts, and this module reads
the German translations from that file with the standard library.  One translation
file covers every word a user sees.
"""

from __future__ import annotations

import functools
import locale
import math
import os
from collections.abc import Callable
from typing import Any
from xml.etree import ElementTree

from segmenter_app.core.resources import resource_path

CONTEXT = "core"
LANGUAGES = ("en", "de")


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate knows
    """Marks a text for translation; the translation happens at use (:func:`tr`)."""
    return text


@functools.lru_cache(maxsize=4)
def _catalog(language: str) -> dict[tuple[str, str], str]:
    if language == "en":
        return {}
    path = resource_path("translations", f"segmenter_{language}.ts")
    try:
        root = ElementTree.parse(path).getroot()
    except (OSError, ElementTree.ParseError):
        return {}
    catalog: dict[tuple[str, str], str] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if source is None or translation is None or not (translation.text or "").strip():
                continue
            if translation.get("type") in ("obsolete", "vanished"):
                continue
            catalog[(name, source)] = translation.text
    return catalog


def tr(text: str, language: str, context: str = CONTEXT) -> str:
    return _catalog(language).get((context, text), text)


def system_language() -> str:
    """'de' when the user's environment is German, else 'en'."""
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(variable)
        if value:
            return "de" if value.lower().startswith("de") else "en"
    try:
        code = locale.getlocale()[0] or ""
    except ValueError:
        code = ""
    return "de" if code.lower().startswith("de") else "en"


# --------------------------------------------------------------------------- numbers


def format_number(
    value: float, language: str, decimals: int = 0, *, grouping: bool = True, trim: bool = False
) -> str:
    """1,234.5 / 1.234,5.  ``grouping`` False: no thousands separators (a number as it
    is typed); ``trim``: no trailing zeros after the decimal point ("4", "1,2")."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    text = f"{value:{',' if grouping else ''}.{decimals}f}"
    if trim and decimals:
        text = text.rstrip("0").rstrip(".")
    if language == "de":
        text = text.replace(",", "\u2009").replace(".", ",").replace("\u2009", ".")
    return text


def format_percent(fraction: float, language: str, decimals: int = 0) -> str:
    if fraction is None or math.isnan(fraction):
        return ""
    return f"{format_number(fraction * 100.0, language, decimals)} %"


def format_money(value: float, language: str, currency: str = "€") -> str:
    """Short amounts for a sentence: 310 k€, 1.2 M€, 5.2 bn€ (1,2 Mio. €, 5,2 Mrd. € in
    German).  The space before the unit does not break: "516 k€" stays on one line."""
    if value is None or math.isnan(value):
        return ""
    space = "\u00a0"
    magnitude = abs(value)
    if magnitude >= 1e9:
        number = format_number(value / 1e9, language, 1)
        return f"{number}{space}Mrd.{space}{currency}" if language == "de" else f"{number}{space}bn{currency}"
    if magnitude >= 1e6:
        number = format_number(value / 1e6, language, 1)
        return f"{number}{space}Mio.{space}{currency}" if language == "de" else f"{number}{space}M{currency}"
    if magnitude >= 1e3:
        return f"{format_number(value / 1e3, language, 0)}{space}k{currency}"
    return f"{format_number(value, language, 0)}{space}{currency}"


# --------------------------------------------------------------------------- read errors


READ_ERRORS: dict[str, str] = {
    "not_found": QT_TRANSLATE_NOOP("core", "The file does not exist."),
    "permission": QT_TRANSLATE_NOOP("core", "You have no permission to read the file."),
    "locked": QT_TRANSLATE_NOOP("core", "The file is locked by another program (is it open in Excel?)."),
    "is_directory": QT_TRANSLATE_NOOP("core", "This is a folder, not a file."),
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


def format_bytes(size: int | float, language: str) -> str:
    units = ("bytes", "KB", "MB", "GB")
    value = float(size)
    for unit in units:
        if value < 1024 or unit == units[-1]:
            decimals = 0 if unit == "bytes" else 1
            return f"{format_number(value, language, decimals)} {unit}"
        value /= 1024
    return str(size)


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
        text = _safe_format(template, params)
    return text


def import_failure_message(failure: Any, language: str = "en") -> str:
    params = {
        key: (", ".join(map(str, value)) if isinstance(value, list) else value)
        for key, value in failure.params.items()
    }
    return _safe_format(
        tr(IMPORT_FAILURES.get(failure.code, "{code}"), language), {"code": failure.code, **params}
    )


def _safe_format(template: str, params: dict[str, Any]) -> str:
    class _Missing(dict):
        def __missing__(self, key: str) -> str:
            return "{" + key + "}"

    return template.format_map(_Missing(params))


# --------------------------------------------------------------------------- rows

ROLE_NAMES: dict[str, str] = {
    "customer_id": QT_TRANSLATE_NOOP("core", "customer id"),
    "customer_name": QT_TRANSLATE_NOOP("core", "customer name"),
    "account_manager": QT_TRANSLATE_NOOP("core", "account manager"),
    "revenue": QT_TRANSLATE_NOOP("core", "revenue"),
    "wallet": QT_TRANSLATE_NOOP("core", "wallet"),
    "share_of_wallet": QT_TRANSLATE_NOOP("core", "share of wallet"),
    "satisfaction": QT_TRANSLATE_NOOP("core", "satisfaction"),
    "notes": QT_TRANSLATE_NOOP("core", "notes"),
}

ISSUES: dict[str, str] = {
    "not_a_number": QT_TRANSLATE_NOOP("core", "{column} '{value}' is not a number"),
    "negative": QT_TRANSLATE_NOOP("core", "{column} {value} is negative"),
    "duplicate_id": QT_TRANSLATE_NOOP("core", "customer id {value} appears more than once"),
    "blank": QT_TRANSLATE_NOOP("core", "blank row"),
    "total_row": QT_TRANSLATE_NOOP("core", "total row '{value}'"),
    "repeated_header": QT_TRANSLATE_NOOP("core", "repeated header row"),
}

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
)


def issue_text(issue: Any, language: str) -> str:
    template = tr(ISSUES.get(issue.code, issue.code), language)
    return _safe_format(template, {"column": issue.column or "", "value": issue.value})


def flag_texts(flags: int, language: str, scale_label: str = "") -> list[str]:
    return [
        _safe_format(tr(text, language), {"scale": scale_label}) for bit, text in FLAG_TEXTS if flags & bit
    ]


# --------------------------------------------------------------------------- segments

ACTIONS: dict[str, str] = {
    "MODEL": QT_TRANSLATE_NOOP(
        "core", "Capitalise on the strong relationship: references, cross-sell, keep it this way."
    ),
    "FIX": QT_TRANSLATE_NOOP(
        "core", "Diagnose and repair the relationship to secure future revenue (churn risk)."
    ),
    "GROW": QT_TRANSLATE_NOOP(
        "core", "Focus resources here: satisfied, but most of the budget goes elsewhere."
    ),
    # The triage may be the user's choice, against the potential: the advice says what to
    # do, not why (the why column says that).
    "MOVE_PRIORITISE": QT_TRANSLATE_NOOP(
        "core", "Prioritise: find out what it takes to win the untapped potential."
    ),
    "MOVE_OBSERVE": QT_TRANSLATE_NOOP("core", "Observe: keep the effort low for now; watch for change."),
}

#: The same advice in a few words, for the printed priority sheets (their first page
#: carries the full sentences).
SHORT_ACTIONS: dict[str, str] = {
    "MODEL": QT_TRANSLATE_NOOP("core", "References, cross-selling"),
    "FIX": QT_TRANSLATE_NOOP("core", "Repair (churn risk)"),
    "GROW": QT_TRANSLATE_NOOP("core", "Win more of the budget"),
    "MOVE_PRIORITISE": QT_TRANSLATE_NOOP("core", "Win the potential"),
    "MOVE_OBSERVE": QT_TRANSLATE_NOOP("core", "Observe, low effort"),
}

TRIAGE_LABELS: dict[int, str] = {
    0: QT_TRANSLATE_NOOP("core", "observe"),
    1: QT_TRANSLATE_NOOP("core", "prioritise"),
}

WHY_UNTAPPED = QT_TRANSLATE_NOOP("core", "{amount} untapped")


def action_text(segment_name: str, triage: int, language: str, *, short: bool = False) -> str:
    key = segment_name
    if segment_name == "MOVE":
        key = "MOVE_PRIORITISE" if triage == 1 else "MOVE_OBSERVE"
    table = SHORT_ACTIONS if short else ACTIONS
    return tr(table[key], language) if key in table else ""


def why_text(
    segment_name: str,
    kzi: float,
    kzi_threshold: float,
    sow: float,
    sow_threshold: float,
    potential: float,
    language: str,
    currency: str = "€",
) -> str:
    """'GROW · KZI 82 ≥ 64 · SoW 18 % < 41 % · 310 k€ untapped'."""
    kzi_sign = "≥" if kzi >= kzi_threshold else "<"
    sow_sign = "≥" if sow >= sow_threshold else "<"
    kzi_text, kzi_limit = _apart(kzi, kzi_threshold, lambda v, d: format_number(v, language, d))
    sow_text, sow_limit = _apart(sow, sow_threshold, lambda v, d: format_percent(v, language, d))
    parts = [
        segment_name,
        f"KZI {kzi_text} {kzi_sign} {kzi_limit}",
        f"SoW {sow_text} {sow_sign} {sow_limit}",
    ]
    if potential is not None and not math.isnan(potential) and potential > 0:
        parts.append(
            _safe_format(tr(WHY_UNTAPPED, language), {"amount": format_money(potential, language, currency)})
        )
    return " · ".join(parts)


def _apart(value: float, limit: float, show: Callable[[float, int], str]) -> tuple[str, str]:
    """A value and its threshold with as many decimals (up to two) as it takes to tell
    them apart: never "SoW 43 % < 43 %" when the threshold is 43.5 %."""
    scale = 100.0 if show(1.0, 0).endswith("%") else 1.0  # a share is shown in percent
    first = 0 if float(limit * scale).is_integer() else 1  # 62.5 is not "62"
    for decimals in range(first, 3):
        text, limit_text = show(value, decimals), show(limit, decimals)
        if text != limit_text or value == limit:
            break
    return text, limit_text


# --------------------------------------------------------------------------- summary

REQUIREMENT_NAMES: dict[str, str] = {
    "customer": QT_TRANSLATE_NOOP("core", "customer id or name"),
    "satisfaction": QT_TRANSLATE_NOOP("core", "satisfaction"),
    "share_of_wallet": QT_TRANSLATE_NOOP("core", "share of wallet (or revenue and wallet)"),
}

SUMMARY: dict[str, str] = {
    "read": QT_TRANSLATE_NOOP(
        "core", "Read '{file}', sheet '{sheet}', header row {row}: {customers} customers."
    ),
    "skipped": QT_TRANSLATE_NOOP("core", "Rows skipped: {count} ({details})."),
    "skipped_blank": QT_TRANSLATE_NOOP("core", "{count} blank"),
    "skipped_total": QT_TRANSLATE_NOOP("core", "{count} total"),
    "skipped_header": QT_TRANSLATE_NOOP("core", "{count} repeated header"),
    "problems": QT_TRANSLATE_NOOP(
        "core", "{count} cells refused (not a number or negative); {duplicates} duplicate customer ids."
    ),
    "scale": QT_TRANSLATE_NOOP("core", "Satisfaction scale {scale} ({source})."),
    "scale_source_header": QT_TRANSLATE_NOOP("core", "from the header"),
    "scale_source_values": QT_TRANSLATE_NOOP("core", "from the values"),
    "scale_source_user": QT_TRANSLATE_NOOP("core", "as chosen"),
    "thresholds": QT_TRANSLATE_NOOP("core", "Thresholds: SoW {sow} ({sow_mode}), KZI {kzi} ({kzi_mode})."),
    "segments": QT_TRANSLATE_NOOP(
        "core",
        "MODEL {MODEL} · FIX {FIX} · GROW {GROW} · MOVE {MOVE} "
        "(prioritise {prioritise}) · unclassified {unclassified}.",
    ),
    "wrote": QT_TRANSLATE_NOOP("core", "Wrote {path} ({rows} rows)."),
    "exported": QT_TRANSLATE_NOOP("core", "Wrote {files} files for {managers} account managers to {folder}."),
    "exported_one": QT_TRANSLATE_NOOP("core", "Wrote {files} files for account manager {name} to {folder}."),
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


def summary_lines(report: Any, prepared: Any, result: Any, thresholds: Any, language: str) -> list[str]:
    """What a classify run did, for stderr: rows, skipped rows, scale, thresholds, counts."""

    def t(key: str, **params: Any) -> str:
        return _safe_format(tr(SUMMARY[key], language), params)

    lines = [
        t(
            "read",
            file=report.path.name,
            sheet=report.sheet,
            row=report.header_row,
            customers=format_number(report.rows_read, language),
        )
    ]
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
    refused = sum(1 for p in report.problems if p.code in ("not_a_number", "negative"))
    if refused or report.duplicate_ids:
        lines.append(t("problems", count=refused, duplicates=len(report.duplicate_ids)))
    if report.scale is not None:
        lines.append(
            t(
                "scale",
                scale=report.scale.label,
                source=t(f"scale_source_{report.scale_source}")
                if f"scale_source_{report.scale_source}" in SUMMARY
                else report.scale_source,
            )
        )
    lines.append(
        t(
            "thresholds",
            sow=format_percent(result.sow_threshold, language, 1),
            sow_mode=_mode_label(thresholds.sow, language),
            kzi=format_number(result.kzi_threshold, language, 1),
            kzi_mode=_mode_label(thresholds.kzi, language),
        )
    )
    counts = dict(zip(("MODEL", "FIX", "GROW", "MOVE"), (int(c) for c in result.counts), strict=False))
    lines.append(
        t("segments", **counts, prioritise=int((result.triage == 1).sum()), unclassified=result.unclassified)
    )
    return lines


# --------------------------------------------------------------------------- projects

PROJECT_ERRORS: dict[str, str] = {
    "not_found": QT_TRANSLATE_NOOP("core", "The project file does not exist."),
    "not_a_file": QT_TRANSLATE_NOOP("core", "This is a folder, not a project file."),
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
}


def project_error_message(error: Any, language: str = "en") -> str:
    params = {"reason": "", "version": "", "supported": "", **error.params}
    return _safe_format(tr(PROJECT_ERRORS.get(error.code, PROJECT_ERRORS["damaged"]), language), params)
