"""The chart and the table model are built by composition (issue 20): each class is one
object with one base; a second job is an object it holds, with a public interface; no
part reads another's private attributes or guesses them with ``getattr``."""

from __future__ import annotations

import ast
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QSize, Qt

import segmenter_app.ui.chart as chart_package
import segmenter_app.ui.table as table_package
from segmenter_app.core.importing.importer import load_customers
from segmenter_app.core.model.document import CustomerDocument
from segmenter_app.core.model.view_state import ViewState
from segmenter_app.core.resources import sample_list
from segmenter_app.ui.chart.canvas import QuadrantChart
from segmenter_app.ui.table.columns import BASE_COLUMNS
from segmenter_app.ui.table.model import CustomerTableModel
from segmenter_app.ui.table.order import RowOrder

MODULES = sorted(
    path for package in (chart_package, table_package) for path in Path(package.__file__).parent.glob("*.py")
)


def _private(name: str) -> bool:
    return name.startswith("_") and not name.startswith("__")


@pytest.mark.parametrize("path", MODULES, ids=lambda path: f"{path.parent.name}/{path.name}")
def test_each_class_is_one_object_that_reads_only_its_own_private_state(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.ClassDef):
            assert len(node.bases) <= 1, (
                f"{path.name}: {node.name} is assembled from {len(node.bases)} classes"
            )
        if isinstance(node, ast.Attribute) and _private(node.attr):
            owner = node.value
            assert isinstance(owner, ast.Name) and owner.id == "self", (
                f"{path.name}:{node.lineno}: reads {node.attr} of another object"
            )
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id in ("getattr", "hasattr")
        ):
            name = node.args[1] if len(node.args) > 1 else None
            assert not (isinstance(name, ast.Constant) and _private(str(name.value))), (
                f"{path.name}:{node.lineno}: {node.func.id} of a private attribute"
            )


@pytest.fixture
def sample_document() -> CustomerDocument:
    return CustomerDocument(load_customers(sample_list("de")))


def test_the_chart_says_when_a_resize_has_been_drawn(qtbot, sample_document) -> None:
    """``drawn_at_size``: the seam the tests wait on instead of the cached background."""
    chart = QuadrantChart(sample_document)
    qtbot.addWidget(chart)
    chart.resize(QSize(500, 420))
    chart.show()
    qtbot.waitExposed(chart)
    qtbot.waitUntil(lambda: chart.drawn_at_size)
    chart.resize(QSize(640, 420))  # the figure takes the new width at once, the drawing later
    assert chart.ready and not chart.drawn_at_size
    qtbot.waitUntil(lambda: chart.drawn_at_size)
    assert all(chart.corner_text(segment) for segment in ("MODEL", "FIX", "GROW", "MOVE"))


def test_the_row_order_sorts_missing_values_last_and_follows_the_view_state(sample_document) -> None:
    document = sample_document
    state = ViewState()
    state.set_document(document)
    order = RowOrder(document, state)
    assert len(order) == len(document) and order.document_row(3) == 3
    column = next(column for column in BASE_COLUMNS if column.key == "revenue")
    amounts = document.table["revenue"].to_numpy(dtype=np.float64, na_value=np.nan)
    for descending in (False, True):
        order.sort_by(column, descending=descending)
        order.rebuild()
        shown = amounts[order.rows]
        known = shown[~np.isnan(shown)]
        assert np.array_equal(known, np.sort(known)[::-1] if descending else np.sort(known))
        assert not np.isnan(shown[: len(known)]).any()  # the missing amounts come last
    assert not order.follows_segments()
    manager = document.managers[0]
    state.set_manager(manager)
    assert order.filters_changed() and not order.filters_changed()  # once per change
    order.rebuild()
    managers = document.table["account_manager"]
    assert len(order) == int((managers == manager).sum())
    other = int(np.flatnonzero(managers != manager)[0])
    assert order.view_row(other) == -1
    assert len(order.view_rows(np.array([other, int(order.rows[0])]))) == 1
    state.set_segments({0})
    assert order.follows_segments()


def test_the_model_sorts_through_its_row_order(qtbot, sample_document) -> None:
    model = CustomerTableModel(sample_document)
    model.sort(model.column_of("customer_name"), Qt.SortOrder.AscendingOrder)
    names = [
        model.data(model.index(row, model.column_of("customer_name"))) for row in range(model.rowCount())
    ]
    assert names == sorted(names, key=str.lower)
    assert model.visible_rows is model.order.rows
