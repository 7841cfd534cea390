"""The columns of a manager's workbook and their headers (translated in the "export"
context): the exports write them, the collect finds them again in a returned file."""

from __future__ import annotations

from segmenter_app.core import columns as registry
from segmenter_app.core.text.catalog import QT_TRANSLATE_NOOP

#: Column key → header (translated with the "export" context): the registry's places
#: in the "workbook" output (``core/columns.py``), in their order.
COLUMNS: tuple[tuple[str, str], ...] = tuple(
    (place.name or column.key, place.title) for column, place in registry.places("workbook")
)

#: Headers of older exports, still recognised in a returned workbook.
OLD_HEADERS: dict[str, tuple[str, ...]] = {
    "notes": ("Notizen", "Notes", "Notiz"),
    "next_step": ("Next step / date",),
}

#: The most a workbook cell holds: Excel's 32,767 characters, counted as Excel counts
#: them (UTF-16 code units: an emoji is two).  xlsxwriter cuts longer text silently.
CELL_UNITS = 32_767
#: Said at the end of a text cut to fit a cell: the whole text stays in the project
#: (and in the workbook's baseline, so a collect never takes the cut text for a change).
CUT_MARK = QT_TRANSLATE_NOOP("export", " […] ({count} more characters in Segmenter: the cell is full)")


def cell_text(text: str, language: str) -> str:
    """``text`` as a workbook cell holds it: whole when it fits, else cut with a visible
    mark that says so (never cut silently)."""
    if len(text) <= CELL_UNITS // 2 or _units(text) <= CELL_UNITS:
        return text
    from segmenter_app.core.text.catalog import safe_format, tr

    mark = tr(CUT_MARK, language, "export")
    room = CELL_UNITS - _units(safe_format(mark, {"count": len(text)}))
    kept = _utf16_prefix(text, room)
    return kept + safe_format(mark, {"count": len(text) - len(kept)})


def _units(text: str) -> int:
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


def _utf16_prefix(text: str, units: int) -> str:
    encoded = text.encode("utf-16-le", "surrogatepass")[: max(units, 0) * 2]
    return encoded.decode("utf-16-le", "ignore")
