"""What the columns say about the list as a whole: the currency its amounts are in, the
scale of its satisfaction."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from segmenter_app.core.importing.cells import raw_texts
from segmenter_app.core.importing.currency import detect_currency
from segmenter_app.core.importing.direction import DirectionInfo, apply_direction
from segmenter_app.core.importing.ratings import RatingScale
from segmenter_app.core.importing.report import ImportOptions
from segmenter_app.core.importing.scales import Scale, detect_scale, scale_by_name, words_scale
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
    #: why the scale is what it is (see ``scales.DetectedScale``), for the report
    reason: str = ""
    reason_params: tuple[tuple[str, str], ...] = ()


def detect_list_scale(
    options: ImportOptions,
    headers: list[str],
    columns: dict[str, int],
    table: pd.DataFrame,
    percent: bool,
    words: RatingScale | None = None,
    kzi_best: str = "auto",
) -> ScaleInfo:
    """The satisfaction column's scale, its direction, and why: rating words are their
    own scale; else the user's choice, else what the header and the values say.
    ``kzi_best`` is the direction asked for or remembered ("auto": the header's)."""
    header = headers[columns["satisfaction"]] if "satisfaction" in columns else ""
    values = table["satisfaction_input"].to_numpy()
    if words is not None and "satisfaction" in columns:
        scale = words_scale(words.levels)
        return ScaleInfo(
            scale, "values", DirectionInfo("words"), "words", (("levels", str(len(words.levels))),)
        )
    if options.satisfaction_scale and options.satisfaction_scale != "auto":
        scale, source, reason, params = scale_by_name(options.satisfaction_scale), "user", "user", ()
    elif "satisfaction" not in columns:
        return ScaleInfo(None, "none")
    else:
        detected = detect_scale(header, values, all_percent=percent)
        scale, source, reason, params = detected.scale, detected.source, detected.reason, detected.params
    found, source, direction = apply_direction(scale, source, header, values, kzi_best)
    if found is not None and scale is not None and (found.low, found.high) != (scale.low, scale.high):
        # The header named its best and worst values ("1 = sehr gut … 6 = ungenügend").
        reason, params = "header_direction", (("words", direction.words),)
    elif found is not None and scale is None:
        reason, params = "header_direction", (("words", direction.words),)
    return ScaleInfo(found, source, direction, reason, params)
