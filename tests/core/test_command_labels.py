"""Every undo step carries its own label, worded in English and German; a bulk edit and
a single edit are written and announced the same way."""

from __future__ import annotations

import ast
from pathlib import Path

import numpy as np
import pytest

from segmenter_app.core.importing.report import ImportResult
from segmenter_app.core.importing.scales import SCALES
from segmenter_app.core.model import segmentation as sg
from segmenter_app.core.model.document import EDITABLE, CustomerDocument
from segmenter_app.core.model.plan_settings import PlanSettings
from segmenter_app.core.model.wallet import WalletEstimate
from segmenter_app.core.projects.session import ProjectSession
from segmenter_app.core.text import texts

PACKAGE = Path(__file__).resolve().parents[2] / "segmenter_app"


def every_step(document: CustomerDocument) -> list:
    """Push every kind of command the document has and return them, in order."""
    pushed = []
    document.undo_stack.changed.connect(
        lambda: (
            pushed.append(document.undo_stack.undo_command)
            if document.undo_stack.undo_command not in pushed
            else None
        )
    )
    move = int(np.flatnonzero(document.result.segment == sg.MOVE)[0])
    values = {
        "customer_name": "Neu GmbH",
        "account_manager": "Anna Becker",
        "notes": "Rückruf",
        "revenue": 5.0,
        "wallet": 7.0,
        "sow_input": 0.5,
        "satisfaction_input": 3.0,
        "next_step": "Besuch",
        "due": "2027-01-15",
        "status": "open",
        "last_contact": "2026-12-01",
    }
    assert set(values) == set(EDITABLE)  # a new editable column needs a label here too
    for column, value in values.items():
        assert document.edit_value(2, column, value)
    t_sow, t_kzi = document.resolved_thresholds()
    document.drag_thresholds(t_sow, t_kzi + 5)
    document.end_drag()
    document.set_thresholds(sg.Thresholds(sow=sg.Threshold("fixed", 0.3), kzi=sg.Threshold("fixed", 50.0)))
    document.set_triage(move, sg.OBSERVE)
    document.set_pinned(move, True)
    document.set_pinned(move, False)
    document.set_scale(SCALES["1-10"])
    document.set_group_order(("MODEL", "FIX", "GROW", "MOVE_PRIORITISE", "MOVE_OBSERVE"))
    document.set_currency("$")
    document.set_wallet_estimate(WalletEstimate("x:Branche"))
    document.set_wallet_estimate(None)
    document.set_plan_settings(PlanSettings(capacity=150.0))
    returned = [(document.keys[1], "notes", "aus der Mappe")]
    document.edit_cells(returned, "collect", "collect from {file}", {"file": "Anna.xlsx"})
    return pushed


def test_every_command_the_document_pushes_is_worded_in_english_and_german(document) -> None:
    name = str(document.table["customer_name"].iat[2])
    steps = every_step(document)
    assert [step.code for step in steps][10:] == [
        "edit_cell", "thresholds", "thresholds", "triage", "pin", "pin", "scale", "group_order", "currency",
        "wallet_estimate", "wallet_estimate", "plan", "collect",
    ]  # fmt: skip
    english = [texts.command_text(step, "en") for step in steps]
    german = [texts.command_text(step, "de") for step in steps]
    assert all(english) and all(german)
    assert all("{" not in text for text in english + german)  # every field filled in
    # Translated: German differs from English (a customer's name aside).
    assert all(de != en for de, en in zip(german, english))
    assert english[:3] == [f"name of {name}", "account manager of Neu GmbH", "note on Neu GmbH"]
    assert (english[3], german[3]) == ("revenue of Neu GmbH", "Umsatz von Neu GmbH")
    assert english[-1] == "collect from Anna.xlsx" and english[-2] == "visit plan change"
    assert "wallet estimate" in english and "stopping the wallet estimate" in english


def test_an_update_and_a_collect_say_what_they_were(document, tmp_path: Path) -> None:
    session = ProjectSession(lambda: tmp_path)
    session.show(document, tmp_path / "liste.xlsx")
    newer = ImportResult(document.table.copy(), document.report)
    session.update(newer, tmp_path / "Kunden 2027.xlsx", session.compare(newer))
    step = session.document.undo_stack.undo_command
    assert texts.command_text(step, "en") == "update from Kunden 2027.xlsx"
    assert texts.command_text(step, "de") == "Aktualisierung aus Kunden 2027.xlsx"
    session.close()


@pytest.mark.parametrize(
    ("files", "english", "german"),
    [
        (1, "collect from a.xlsx", "Einsammeln aus a.xlsx"),
        (3, "collect from 3 files", "Einsammeln aus 3 Dateien"),
    ],
)
def test_a_collect_names_its_file_or_counts_them(document, files, english, german) -> None:
    from segmenter_app.core.projects.collect import Change, CollectPlan, apply_collect

    plan = CollectPlan(files=[Path(f"{name}.xlsx") for name in "abc"[:files]])
    plan.taken.append(Change(4, "notes", "aus der Mappe", "", "", "", plan.files[0]))
    apply_collect(document, plan)
    step = document.undo_stack.undo_command
    assert (texts.command_text(step, "en"), texts.command_text(step, "de")) == (english, german)


def test_every_command_made_anywhere_carries_a_label() -> None:
    """A command without a label would leave the Edit menu saying a bare "Undo"."""
    unlabelled = []
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and getattr(node.func, "id", None) == "Command"):
                continue
            if len(node.args) < 6 and not any(keyword.arg == "label" for keyword in node.keywords):
                unlabelled.append(f"{path.relative_to(PACKAGE)}:{node.lineno}")
    assert unlabelled == []


# --------------------------------------------------------------------------- one write path


def announced(document: CustomerDocument, edit) -> tuple:
    seen = []
    document.changed.connect(seen.append)
    edit(document)
    [change] = seen
    rows = None if change.rows is None else change.rows.tolist()
    return rows, change.inputs, change.derived, change.state, dict(document.original_values)


@pytest.mark.parametrize("column", ["revenue", "notes", "satisfaction_input"])
@pytest.mark.parametrize("estimate", [None, WalletEstimate("x:Branche")])
def test_a_bulk_edit_is_written_and_announced_as_a_single_edit(sample_import, column, estimate) -> None:
    def fresh() -> CustomerDocument:
        return CustomerDocument(
            ImportResult(sample_import.table.copy(), sample_import.report), wallet_estimate=estimate
        )

    row = int(np.flatnonzero(fresh().result.segment == sg.MODEL)[0])
    value = {"revenue": 1.0, "notes": "Notiz", "satisfaction_input": 1.0}[column]
    single = announced(fresh(), lambda document: document.edit_value(row, column, value))
    bulk = announced(
        fresh(),
        lambda document: document.edit_cells([(document.keys[row], column, value)], "collect", "collect"),
    )
    assert bulk == single
