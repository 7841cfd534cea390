"""The thresholds a user asked new lists to start with (*Settings ▸ Remember these
thresholds*), as the settings store keeps them: JSON text that anything may have
changed since (a hand edit, another version, a damaged file).  Read back it is either
valid thresholds or nothing — never an exception that keeps a list from opening."""

from __future__ import annotations

import json
import math
from typing import Any

from segmenter_app.core.model import segmentation as sg

#: Far more than the few dozen characters written: a longer text is no value of ours.
MAX_TEXT = 4096
AXES = ("sow", "kzi")


def thresholds_to_json(thresholds: sg.Thresholds) -> str:
    return json.dumps(
        {
            axis: {"mode": getattr(thresholds, axis).mode, "value": getattr(thresholds, axis).value}
            for axis in AXES
        }
    )


def thresholds_from_json(text: Any) -> sg.Thresholds | None:
    """Thresholds from :func:`thresholds_to_json`'s text; None when the text is not
    that (too long, not JSON, nested 30,000 deep, a value of another kind)."""
    if not isinstance(text, str) or not text or len(text) > MAX_TEXT:
        return None
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        return None
    if not isinstance(data, dict):
        return None
    axes = {}
    for axis in AXES:
        entry = data.get(axis)
        if not isinstance(entry, dict) or not isinstance(entry.get("mode"), str):
            return None
        value = entry.get("value")
        if value is not None and (type(value) not in (int, float) or not math.isfinite(value)):
            return None
        try:
            axes[axis] = sg.Threshold(entry["mode"], None if value is None else float(value))
        except sg.ThresholdError:
            return None
    return sg.Thresholds(**axes)
