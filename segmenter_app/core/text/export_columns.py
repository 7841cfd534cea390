"""The columns of a manager's workbook and their headers (translated in the "export"
context): the exports write them, the collect finds them again in a returned file."""

from __future__ import annotations

from segmenter_app.core import columns as registry

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
