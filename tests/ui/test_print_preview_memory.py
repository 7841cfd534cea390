"""The print preview opened and closed thirty times, as a team lead checks sheet after
sheet: each closed preview is freed — its page worker, its reports, its PDFs — and the
process' memory stays flat (issue 25: "SheetSource likely keeps each preview alive")."""

from __future__ import annotations

import gc
import weakref

import psutil
import pytest

from segmenter_app.ui.dialogs.print_preview import DOCUMENTS, SheetPreview

pytestmark = pytest.mark.slow

OPENINGS = 30


def test_opening_and_closing_the_preview_thirty_times_keeps_memory_flat(qtbot, opened) -> None:
    process = psutil.Process()
    sources, reports, previews = [], [], []
    memory = {}
    for opening in range(1, OPENINGS + 1):
        opened.action("file.print").trigger()
        preview = opened.outputs.sheet_preview
        qtbot.waitExposed(preview)
        qtbot.waitUntil(lambda: 0 in preview.view.images, timeout=30_000)
        # Scroll through to the end: every manager's pages are asked for once.
        bar = preview.scroll.verticalScrollBar()
        qtbot.waitUntil(lambda: preview.complete, timeout=60_000)
        bar.setValue(bar.maximum())
        qtbot.waitUntil(lambda: preview.view.pages - 1 in preview.view.images, timeout=30_000)
        assert len(preview.source.documents) <= DOCUMENTS  # never every manager's PDF
        sources.append(weakref.ref(preview.source))
        reports.append(weakref.ref(preview.reports))
        previews.append(weakref.ref(preview))
        preview.close()
        qtbot.waitUntil(preview.source.finished.is_set, timeout=10_000)
        del preview
        if opening in (5, OPENINGS):
            qtbot.waitUntil(lambda: sum(ref() is not None for ref in sources) <= 1, timeout=10_000)
            gc.collect()
            memory[opening] = process.memory_info().rss
    gc.collect()
    # The window keeps a reference to the last preview it opened, no more.
    assert sum(ref() is not None for ref in previews) <= 1
    assert sum(ref() is not None for ref in sources) <= 1
    assert sum(ref() is not None for ref in reports) <= 1
    grown = memory[OPENINGS] - memory[5]
    assert grown <= max(0.05 * memory[5], 20e6), (memory[5] / 1e6, memory[OPENINGS] / 1e6)


def test_a_page_of_a_manager_let_go_is_laid_out_again(qtbot, opened) -> None:
    """More managers than PDFs kept: scrolling back to the first page lays its manager
    out again, and the page is drawn as before."""
    reports = opened.outputs.reports() * (DOCUMENTS + 3)
    preview = SheetPreview(reports, opened)
    qtbot.addWidget(preview)
    preview.show()
    qtbot.waitUntil(lambda: preview.complete, timeout=120_000)
    bar = preview.scroll.verticalScrollBar()
    bar.setValue(bar.maximum())
    last = preview.view.pages - 1
    qtbot.waitUntil(lambda: last in preview.view.images, timeout=30_000)
    first = preview.source.starts[0]
    preview.view.images.clear()
    preview.view.asked.clear()
    bar.setValue(0)
    qtbot.waitUntil(lambda: first in preview.view.images, timeout=30_000)
    assert not preview.view.images[first].isNull()
    assert len(preview.source.documents) <= DOCUMENTS
    preview.close()
