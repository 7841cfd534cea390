"""The overview's *History* sheet (PRODUCT.md §8), for a project with two periods or
more: the figures of every period (customers per segment, untapped potential, the
thresholds, the misallocation of the effort and of the plan), the migration matrix
between the last two periods, and for each two periods in a row the *did it work*
table — per segment and visits against the plan, then per segment and action done —
under the one sentence that says what it found and that it is no proof."""

from __future__ import annotations

import math

from segmenter_app.core.model import history as hs
from segmenter_app.core.model import segmentation as sg
from segmenter_app.core.outputs.cells import Formats, text_units
from segmenter_app.core.outputs.report_data import safe_sheet_name, word
from segmenter_app.core.text import history_texts
from segmenter_app.core.text.catalog import QT_TRANSLATE_NOOP, tr

WORDS: dict[str, str] = {
    "sheet": QT_TRANSLATE_NOOP("export", "History"),
    "title": QT_TRANSLATE_NOOP("export", "History of the periods"),
    "per_period": QT_TRANSLATE_NOOP("export", "Each period"),
    "period": QT_TRANSLATE_NOOP("export", "Period"),
    "potential": QT_TRANSLATE_NOOP("export", "Untapped potential"),
    "sow_threshold": QT_TRANSLATE_NOOP("export", "SoW threshold"),
    "kzi_threshold": QT_TRANSLATE_NOOP("export", "KZI threshold"),
    "misallocation_effort": QT_TRANSLATE_NOOP("export", "Misallocation of the effort (%)"),
    "misallocation_plan": QT_TRANSLATE_NOOP("export", "Misallocation of the plan (%)"),
    "matrix": QT_TRANSLATE_NOOP("export", "Who moved from {before} (rows) to {after} (columns)"),
    "from_to": QT_TRANSLATE_NOOP("export", "from \\ to"),
    "new": QT_TRANSLATE_NOOP("export", "New"),
    "gone": QT_TRANSLATE_NOOP("export", "Gone"),
    "effect": QT_TRANSLATE_NOOP("export", "Did it work: {before} → {after}"),
    "segment_in": QT_TRANSLATE_NOOP("export", "Segment in {before}"),
    "visits": QT_TRANSLATE_NOOP("export", "Visits against the plan"),
    "action": QT_TRANSLATE_NOOP("export", "Action done in {before}"),
    "improved": QT_TRANSLATE_NOOP("export", "Improved"),
    "worsened": QT_TRANSLATE_NOOP("export", "Worsened"),
    "unchanged": QT_TRANSLATE_NOOP("export", "Unchanged"),
    "changed": QT_TRANSLATE_NOOP("export", "Changed"),
    "mean_sow": QT_TRANSLATE_NOOP("export", "Mean ΔSoW (pp)"),
    "mean_kzi": QT_TRANSLATE_NOOP("export", "Mean ΔKZI"),
    "delta_revenue": QT_TRANSLATE_NOOP("export", "ΔRevenue"),
    "as_planned": QT_TRANSLATE_NOOP("export", "as planned"),
    "less": QT_TRANSLATE_NOOP("export", "less than planned"),
    "unknown": QT_TRANSLATE_NOOP("export", "unknown"),
    "all": QT_TRANSLATE_NOOP("export", "all"),
    "done": QT_TRANSLATE_NOOP("export", "done"),
    "not_done": QT_TRANSLATE_NOOP("export", "none done"),
}


def said(key: str, language: str, **params) -> str:
    text = tr(WORDS[key], language, "export")
    return text.format(**params) if params else text


def write_history_sheet(book, formats: Formats, periods, language: str, taken: set[str]) -> None:
    """Add the History sheet to ``book`` (nothing for a project of one period)."""
    if periods is None or len(periods) < 2:
        return
    sheet = book.add_worksheet(safe_sheet_name(said("sheet", language), taken))
    sheet.set_row(0, 21)
    sheet.write_string(0, 0, said("title", language), formats.title)
    sheet.write_string(1, 0, " · ".join(periods.labels), formats.subtitle)
    row = _per_period(sheet, formats, periods, language, 3)
    row = _matrix(sheet, formats, periods, language, row + 2)
    for index in range(len(periods) - 1):
        row = _effect(sheet, formats, periods, index, language, row + 2)
    sheet.set_column(0, 0, 20)
    sheet.set_column(1, 12, 12)
    # The second column names the groups of "did it work" ("seltener als geplant").
    groups = [said(name, language) for name in (*hs.VISITED, *hs.ACTION_DONE)]
    sheet.set_column(1, 1, max(12, *(text_units(text) + 1 for text in groups)))
    sheet.set_landscape()
    sheet.set_paper(9)
    sheet.fit_to_pages(1, 0)
    sheet.set_footer(f"&R{word('page', language)}")


def _headers(sheet, formats: Formats, row: int, titles: list[str]) -> None:
    sheet.set_row(row, 40)
    for column, title in enumerate(titles):
        style = formats.segment_headers.get(title, formats.header)
        sheet.write_string(row, column, title, style)


def _number(sheet, row: int, column: int, value: float, style, text_style) -> None:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        sheet.write_string(row, column, "–", text_style)
    else:
        sheet.write_number(row, column, float(value), style)


def _per_period(sheet, formats: Formats, periods, language: str, top: int) -> int:
    sheet.write_string(top, 0, said("per_period", language), formats.heading)
    titles = [
        said("period", language),
        word("count", language),
        *sg.SEGMENTS,
        word("unclassified", language),
        said("potential", language),
        said("sow_threshold", language),
        said("kzi_threshold", language),
        said("misallocation_effort", language),
        said("misallocation_plan", language),
    ]
    _headers(sheet, formats, top + 1, titles)
    row = top + 1
    for index, period in enumerate(periods):
        row += 1
        summary = periods.summary(index)
        sheet.write_string(row, 0, period.label, formats.text)
        sheet.write_number(row, 1, summary.customers, formats.integer)
        for column, count in enumerate(summary.counts, start=2):
            sheet.write_number(row, column, count, formats.integer)
        sheet.write_number(row, 7, sum(summary.potential), formats.money)
        _number(sheet, row, 8, summary.sow_threshold, formats.percent, formats.text)
        _number(sheet, row, 9, summary.kzi_threshold, formats.points, formats.text)
        _number(sheet, row, 10, summary.misallocation, formats.points, formats.text)
        _number(sheet, row, 11, summary.misallocation_planned, formats.points, formats.text)
    return row


def _matrix(sheet, formats: Formats, periods, language: str, top: int) -> int:
    before, after = len(periods) - 2, len(periods) - 1
    moved = periods.movement(before, after)
    labels = [*sg.SEGMENTS, word("unclassified", language)]
    title = said("matrix", language, before=periods[before].label, after=periods[after].label)
    sheet.write_string(top, 0, title, formats.heading)
    _headers(sheet, formats, top + 1, [said("from_to", language), *labels, said("gone", language)])
    matrix, gone, new = moved.matrix(), moved.gone_by_segment(), moved.new_by_segment()
    for offset, label in enumerate(labels):
        row = top + 2 + offset
        sheet.write_string(row, 0, label, formats.summary_name.get(label, formats.text))
        for column in range(5):
            sheet.write_number(row, column + 1, int(matrix[offset, column]), formats.integer)
        sheet.write_number(row, 6, int(gone[offset]), formats.integer)
    row = top + 2 + len(labels)
    sheet.write_string(row, 0, said("new", language), formats.text)
    for column in range(5):
        sheet.write_number(row, column + 1, int(new[column]), formats.integer)
    return row


def _effect(sheet, formats: Formats, periods, index: int, language: str, top: int) -> int:
    before, after = periods[index].label, periods[index + 1].label
    effect = periods.effect(index)
    sheet.write_string(top, 0, said("effect", language, before=before, after=after), formats.heading)
    sheet.write_string(top + 1, 0, history_texts.finding_text(effect, after, language), formats.summary_text)
    row = top + 2
    for rows, group_title, names in (
        (effect.by_visits, said("visits", language), hs.VISITED),
        (effect.by_action, said("action", language, before=before), hs.ACTION_DONE),
    ):
        row += 1
        titles = [
            said("segment_in", language, before=before),
            group_title,
            word("count", language),
            *(said(key, language) for key in ("improved", "worsened", "unchanged", "changed")),
            said("mean_sow", language),
            said("mean_kzi", language),
            said("delta_revenue", language),
        ]
        _headers(sheet, formats, row, titles)
        group_words = {name: said(name, language) for name in names}
        for item in rows:
            row += 1
            name = sg.SEGMENTS[item.segment_from]
            sheet.write_string(row, 0, name, formats.summary_name.get(name, formats.text))
            sheet.write_string(row, 1, group_words[item.group], formats.text)
            values = (item.customers, item.improved, item.worsened, item.unchanged, item.changed)
            for column, value in enumerate(values, start=2):
                sheet.write_number(row, column, value, formats.integer)
            _number(sheet, row, 7, item.mean_delta_sow_pp, formats.delta, formats.text)
            _number(sheet, row, 8, item.mean_delta_kzi, formats.delta, formats.text)
            _number(sheet, row, 9, item.delta_revenue, formats.money, formats.text)
        row += 1
    return row
