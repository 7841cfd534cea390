"""The columns of a manager's workbook and their headers (translated in the "export"
context): the exports write them, the collect finds them again in a returned file."""

from __future__ import annotations

from segmenter_app.core.text.catalog import QT_TRANSLATE_NOOP

#: Column key → header (translated with the "export" context).
COLUMNS: tuple[tuple[str, str], ...] = (
    ("priority", QT_TRANSLATE_NOOP("export", "Priority")),
    ("segment", QT_TRANSLATE_NOOP("export", "Segment")),
    # A project with periods (PRODUCT.md §8): the segment in the period before, and how
    # far the share of wallet moved since (percentage points).
    ("segment_before", QT_TRANSLATE_NOOP("export", "Segment before")),
    ("triage", QT_TRANSLATE_NOOP("export", "Triage")),
    ("customer_id", QT_TRANSLATE_NOOP("export", "Customer ID")),
    ("customer_name", QT_TRANSLATE_NOOP("export", "Customer")),
    ("share_of_wallet", QT_TRANSLATE_NOOP("export", "SoW")),
    ("delta_sow", QT_TRANSLATE_NOOP("export", "ΔSoW (pp)")),
    ("satisfaction", QT_TRANSLATE_NOOP("export", "KZI")),
    ("revenue", QT_TRANSLATE_NOOP("export", "Revenue")),
    ("wallet", QT_TRANSLATE_NOOP("export", "Wallet")),
    ("potential", QT_TRANSLATE_NOOP("export", "Untapped potential")),
    ("action", QT_TRANSLATE_NOOP("export", "Recommended action")),
    ("notes", QT_TRANSLATE_NOOP("export", "Notes")),
    ("visits_planned", QT_TRANSLATE_NOOP("export", "Visits a year")),
    ("next_step", QT_TRANSLATE_NOOP("export", "Next step")),
    ("due", QT_TRANSLATE_NOOP("export", "Due")),
    ("status", QT_TRANSLATE_NOOP("export", "Status")),
    ("last_contact", QT_TRANSLATE_NOOP("export", "Last contact")),
)

#: Headers of older exports, still recognised in a returned workbook.
OLD_HEADERS: dict[str, tuple[str, ...]] = {
    "notes": ("Notizen", "Notes", "Notiz"),
    "next_step": ("Next step / date",),
}
