"""What the columns say about the list as a whole: the currency its amounts are in, the
scale of its satisfaction."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from segmenter_app.core.importing.cells import raw_texts
from segmenter_app.core.importing.currency import detect_currency
from segmenter_app.core.importing.direction import DirectionInfo, apply_direction
from segmenter_app.core.importing.report import ImportOptions
from segmenter_app.core.importing.scales import Scale, detect_scale, scale_by_name
from segmenter_app.core.reading.rawdata import RawSheet


def list_currency(
    sheet: RawSheet, columns: dict[str, int], headers: list[str], start: int, stop: int
) -> str | None:
    """The currency the amount columns' headers name, else their text cells (the first
    few hundred: a list writes its amounts one way)."""
    amounts = [columns[role] for role in ("revenue", "wallet") if role in columns]
    cells = []
    for column in amounts:
        texts = raw_texts(sheet.columns[column], start, min(stop, start + 500))
        cells += [text for text in texts.tolist() if isinstance(text, str) and text]
    return detect_currency([headers[column] for column in amounts], cells)


@dataclass
class ScaleInfo:
    scale: Scale | None
    source: str
    direction: DirectionInfo = DirectionInfo("default")


def detect_list_scale(
    options: ImportOptions, headers: list[str], columns: dict[str, int], table: pd.DataFrame, percent: bool
) -> ScaleInfo:
    header = headers[columns["satisfaction"]] if "satisfaction" in columns else ""
    values = table["satisfaction_input"].to_numpy()
    if options.satisfaction_scale and options.satisfaction_scale != "auto":
        scale, source = scale_by_name(options.satisfaction_scale), "user"
    elif "satisfaction" not in columns:
        return ScaleInfo(None, "none")
    else:
        detected = detect_scale(header, values, all_percent=percent)
        scale, source = detected.scale, detected.source
    scale, source, direction = apply_direction(scale, source, header, values, options.kzi_best)
    return ScaleInfo(scale, source, direction)
