"""Words for what a collect found: refused files, notes about a file, the fields, and the
summary the command line prints (the window words the same codes)."""

from __future__ import annotations

import re
from typing import Any

from segmenter_app.core.text.catalog import QT_TRANSLATE_N_NOOP, QT_TRANSLATE_NOOP, safe_format, tr, tr_n

CONTEXT = "collect"

NOTES: dict[str, str] = {
    "other_project": QT_TRANSLATE_NOOP("collect", "belongs to another project: not collected"),
    "older": QT_TRANSLATE_NOOP(
        "collect",
        "was exported on {exported_at}, before the file already collected from {manager} ({collected}): "
        "not collected",
    ),
    "unreadable": QT_TRANSLATE_NOOP("collect", "cannot be read: {reason}"),
    "unreadable_project": QT_TRANSLATE_NOOP("collect", "is a project that cannot be opened: {reason}"),
    "not_a_copy": QT_TRANSLATE_NOOP(
        "collect", "is a project, but no manager's copy of this one (it has no baseline): not collected"
    ),
    "not_xlsx": QT_TRANSLATE_NOOP(
        "collect", "is no .xlsx workbook ({kind}): save it as an Excel workbook (.xlsx) and collect it again"
    ),
    "no_customer_sheet": QT_TRANSLATE_NOOP(
        "collect", "holds no sheet with the customer id and next-step columns of an exported priority list"
    ),
    "no_baseline": QT_TRANSLATE_NOOP(
        "collect",
        "has no baseline sheet (deleted, or lost when it was saved again): without it no value of the "
        "project is replaced — empty values here are filled, a later last contact is taken, any other "
        "difference is a conflict",
    ),
    "customer_list": QT_TRANSLATE_NOOP(
        "collect",
        "this looks like a customer list, not a priority list we sent — use File ▸ Update customer data "
        "from a newer list",
    ),
    "baseline_row": QT_TRANSLATE_NOOP(
        "collect",
        "the baseline of customer {customer_id} (hidden sheet '{sheet}', row {row}) cannot be read: that "
        "customer is compared without it (no value of the project is replaced)",
    ),
    "exported_later": QT_TRANSLATE_NOOP(
        "collect",
        "says it was exported on {exported_at}, which is later than now (a wrong clock?): taken as "
        "exported now",
    ),
    "unplannable": QT_TRANSLATE_NOOP(
        "collect", "cannot be collected: it holds something unexpected ({reason})"
    ),
    "open_in_excel": QT_TRANSLATE_NOOP(
        "collect",
        "is open in Excel ({lock} beside it): what was typed since the last save in Excel is not in the file",
    ),
    "refused_cell": QT_TRANSLATE_NOOP(
        "collect", "sheet '{sheet}', row {row}, column '{column}': '{value}' cannot be read; left out"
    ),
    "duplicate_row": QT_TRANSLATE_NOOP(
        "collect", "sheet '{sheet}', row {row}: customer {customer_id} appears twice; the lower row counts"
    ),
    "unknown_row": QT_TRANSLATE_NOOP(
        "collect",
        "sheet '{sheet}', row {row}: customer '{customer_id}' {customer_name} is not in the project",
    ),
    "ambiguous_id": QT_TRANSLATE_NOOP(
        "collect", "sheet '{sheet}', row {row}: customer id {customer_id} is in the project more than once"
    ),
    "not_in_baseline": QT_TRANSLATE_NOOP(
        "collect", "customer {customer_id} was not in the export: compared with the project"
    ),
    "also_in": QT_TRANSLATE_NOOP(
        "collect", "customer {customer_id} was also changed in {other}: a conflict between the two files"
    ),
}

FIELDS: dict[str, str] = {
    "notes": QT_TRANSLATE_NOOP("collect", "Notes"),
    "next_step": QT_TRANSLATE_NOOP("collect", "Next step"),
    "due": QT_TRANSLATE_NOOP("collect", "Due"),
    "status": QT_TRANSLATE_NOOP("collect", "Status"),
    "last_contact": QT_TRANSLATE_NOOP("collect", "Last contact"),
    "customer_name": QT_TRANSLATE_NOOP("collect", "Customer"),
    "revenue": QT_TRANSLATE_NOOP("collect", "Revenue"),
    "wallet": QT_TRANSLATE_NOOP("collect", "Wallet"),
    "sow_input": QT_TRANSLATE_NOOP("collect", "SoW"),
    "satisfaction_input": QT_TRANSLATE_NOOP("collect", "Satisfaction"),
}

SUMMARY: dict[str, str] = {
    "summary": QT_TRANSLATE_NOOP(
        "collect", "{files} collected, {refused} refused: {taken}, {kept} kept, {conflicts}, {suggestions}, {unknown}"
    ),
    "conflict": QT_TRANSLATE_NOOP(
        "collect", "conflict: {customer} {field}: here '{ours}', returned '{theirs}' ({file}) — {decision}"
    ),
    "kept_here": QT_TRANSLATE_NOOP("collect", "kept as it is here"),
    "took_returned": QT_TRANSLATE_NOOP("collect", "the returned value taken"),
    "suggestion": QT_TRANSLATE_NOOP(
        "collect", "suggestion: {customer} {field}: here '{ours}', returned '{theirs}' ({file}) — not applied"
    ),
    "taken": QT_TRANSLATE_NOOP("collect", "taken: {customer} {field}: '{before}' → '{value}' ({file})"),
    "dry_run": QT_TRANSLATE_NOOP("collect", "dry run: the project was not changed"),
    "nothing": QT_TRANSLATE_NOOP("collect", "nothing changed: the project holds every value already"),
    "saved": QT_TRANSLATE_NOOP("collect", "saved {path}"),
}


def note_text(code: str, params: dict[str, Any], language: str) -> str:
    """One sentence about a file (its name is the caller's to put in front)."""
    params = dict(params)
    error = params.pop("error", None)
    if error is not None:
        from segmenter_app.core.text import texts

        if code == "unreadable":
            params["reason"] = texts.read_error_message(error, language)
        else:
            params["reason"] = texts.project_error_message(error, language)
    return safe_format(tr(NOTES.get(code, code), language, CONTEXT), params)


def field_name(column: str, language: str) -> str:
    return tr(FIELDS.get(column, column), language, CONTEXT)


#: The counts of the summary, each in the words its number needs ("1 file", "2 files").
COUNTED: dict[str, str] = {
    "files": QT_TRANSLATE_N_NOOP("collect", "{count} file(s)"),
    "taken": QT_TRANSLATE_N_NOOP("collect", "{count} value(s) taken"),
    "conflicts": QT_TRANSLATE_N_NOOP("collect", "{count} conflict(s)"),
    "suggestions": QT_TRANSLATE_N_NOOP("collect", "{count} suggestion(s)"),
    "unknown": QT_TRANSLATE_N_NOOP("collect", "{count} unknown row(s)"),
}


def summary_text(key: str, language: str, **params: Any) -> str:
    """A line of the report; the summary's counts (:data:`COUNTED`) are worded with
    their numbers."""
    if key == "summary":
        params = {
            name: safe_format(tr_n(COUNTED[name], value, language, CONTEXT), {"count": value})
            if name in COUNTED
            else value
            for name, value in params.items()
        }
    return safe_format(tr(SUMMARY[key], language, CONTEXT), params)


#: What a terminal obeys rather than shows: C0 and C1 controls (ESC starts a colour, a
#: cursor move, a title change …), DEL, and the bidirectional controls that reorder a line.
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def printable(text: Any) -> str:
    """``text`` for a terminal: every control character written as its escape (``\\x1b``),
    so that a note or a file name can say anything but never steer the terminal."""
    return _UNPRINTABLE.sub(_escaped, str(text))


def _escaped(match: re.Match[str]) -> str:
    code = ord(match.group(0))
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"
