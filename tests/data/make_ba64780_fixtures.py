"""How ``project_ba64780.segmenter`` and ``journal_ba64780.segmenter-recovery`` were made.

They are files of the code at commit ba64780, the last one that kept a customer's state
by its row (triage, pins and edited values by table row; the recovery journal's cells,
triage and pins by row).  ``tests/core/test_customer_keys.py`` opens them with today's
code and finds every note, pin, override, edit and action on its customer.  Run once,
with the old code first on the path (this file is kept to say how; today's code does
not run it)::

    git worktree add /tmp/ba64780 ba64780
    cd /tmp/ba64780
    PYTHONPATH=/tmp/ba64780 python <repo>/tests/data/make_ba64780_fixtures.py <repo>/tests/data

The project: the German sample, a note, a pin and a MOVE triage flip, then an update
from a newer list whose rows are in another order (the first 60 customers reversed, one
customer gone, one added, a second customer with the id 012772 and one without an id);
on the updated list notes (also on the second 012772 and on the one without an id),
actions, a pin, a triage flip, edited revenue, wallet and name, fixed thresholds, the
visit plan's capacities, and a collect of Anna Becker's returned workbook (a note and a
next step).  The journal: the sample, a recovery journal, and notes, an action, a pin, a
triage flip, a revenue edit, a wallet estimate with a revenue edit under it (a whole
column written at once), thresholds and an undone note; then closed as a crash leaves it.
"""

from __future__ import annotations

import json
import shutil
import sys
import tempfile
from pathlib import Path

import numpy as np
from openpyxl import Workbook, load_workbook

from segmenter_app.core.importing.importer import load_customers
from segmenter_app.core.model import segmentation as sg
from segmenter_app.core.model.document import CustomerDocument
from segmenter_app.core.model.plan_settings import PlanSettings
from segmenter_app.core.model.wallet import WalletEstimate
from segmenter_app.core.outputs.export_jobs import export_workbooks
from segmenter_app.core.projects.collect import apply_collect, plan_collect
from segmenter_app.core.projects.project import save_project
from segmenter_app.core.projects.recovery import RecoveryJournal
from segmenter_app.core.projects.snapshot import ImportRecord
from segmenter_app.core.projects.updating import apply_update, compare
from segmenter_app.core.resources import sample_list

HEADER = ["Kundennummer", "Kunde", "Außendienst", "Region", "Branche", "Umsatz 2026 (€)",
          "Einkaufsvolumen (€)", "KZI (1-5)", "Bemerkung"]  # fmt: skip


def row_of(document: CustomerDocument, customer_id: str, occurrence: int = 0) -> int:
    ids = document.table["customer_id"].to_numpy(dtype=object)
    return int(np.flatnonzero(ids == customer_id)[occurrence])


def newer_list(folder: Path) -> Path:
    sample = load_workbook(sample_list("de"), data_only=True)["Kunden 2026"]
    rows = [[cell.value for cell in row] for row in sample.iter_rows(min_row=5) if row[0].value]
    rows[:60] = rows[:60][::-1]  # another order: rows move
    gone = next(r for r in rows if r[0] == "012779")
    rows.remove(gone)
    rows.append(["099999", "Neukunde Optik GmbH", "Anna Becker", "Süd", "Optik", 90000, 300000, 3.9, None])
    twin = next(r for r in rows if r[0] == "012772")
    rows.append(
        ["012772", "Lehmann Feinkost Filiale Nord", twin[2], "Nord", "Lebensmittel", 50000, 400000, 2.0, None]
    )
    rows.append(
        ["", "Ohne Nummer Werkzeugbau KG", "Paul Neumann", "Ost", "Maschinenbau", 70000, 500000, 1.8, None]
    )
    book = Workbook()
    sheet = book.active
    sheet.title = "Kunden 2027"
    sheet.append(["Kundenliste Vertrieb – Stand 2027"])
    sheet.append(HEADER)
    for row in rows:
        sheet.append(row)
    path = folder / "Kundenliste 2027.xlsx"
    book.save(path)
    return path


def make_project(folder: Path, work: Path) -> dict:
    first = CustomerDocument(load_customers(sample_list("de")))
    first.edit_value(row_of(first, "010000"), "notes", "Rahmenvertrag verlängern")
    first.set_pinned(row_of(first, "010007"), True)
    move = row_of(first, "012786")
    assert first.result.segment[move] == sg.MOVE, "012786 is a MOVE customer of the sample"
    first.set_triage(move, sg.OBSERVE if first.result.triage[move] == sg.PRIORITISE else sg.PRIORITISE)
    flipped_before_update = int(first.triage_override[move])

    newer_path = newer_list(work)
    newer = load_customers(newer_path)
    report = compare(first, newer)
    document = apply_update(first, newer, report)
    history = [
        ImportRecord.from_report(first.report, "sample_customers_de.xlsx", "2026-01-15T09:30:00+00:00"),
        report.history_record(newer, "Kundenliste 2027.xlsx", "2026-02-01T08:00:00+00:00"),
    ]

    special = 'Umlaute äöüß, 100 € und "Anführung"\nzweite Zeile'
    document.edit_value(row_of(document, "010014"), "notes", special)
    document.edit_value(row_of(document, "012772", 1), "notes", "Filiale Nord: eigener Einkauf")
    nameless = int(np.flatnonzero(document.table["customer_name"] == "Ohne Nummer Werkzeugbau KG")[0])
    document.edit_value(nameless, "notes", "Noch ohne Kundennummer")
    acting = row_of(document, "012793")
    document.edit_value(acting, "next_step", "Angebot nachfassen")
    document.edit_value(acting, "due", "2026-03-15")
    document.edit_value(acting, "status", "open")
    document.edit_value(acting, "last_contact", "2026-01-20")
    document.set_pinned(row_of(document, "099999"), True)
    moves = np.flatnonzero(document.result.segment == sg.MOVE)
    other_move = next(
        int(r) for r in moves if document.table["customer_id"].iat[r] not in ("012786", "") and r > 100
    )
    observe = document.result.triage[other_move] == sg.PRIORITISE
    document.set_triage(other_move, sg.OBSERVE if observe else sg.PRIORITISE)
    edited = row_of(document, "010021")
    revenue_before = float(document.table["revenue"].iat[edited])
    document.edit_value(edited, "revenue", 123456.0)
    document.edit_value(edited, "wallet", 654321.0)
    renamed = row_of(document, "010028")
    name_before = str(document.table["customer_name"].iat[renamed])
    document.edit_value(renamed, "customer_name", "Umbenannt GmbH")
    document.set_thresholds(sg.Thresholds(sow=sg.Threshold("fixed", 0.4), kzi=sg.Threshold("fixed", 60.0)))
    document.set_plan_settings(PlanSettings(capacity=180.0, capacity_of=(("Anna Becker", 120.0),)))

    # A collect: Anna Becker's workbook comes back with a note and a next step.
    exported = export_workbooks(document, work / "out", language="de", managers=["Anna Becker"], force=True)
    sent = exported.paths[0]
    collected_id = str(
        document.table["customer_id"].iat[
            next(
                int(r)
                for r in np.flatnonzero(document.table["account_manager"] == "Anna Becker")
                if document.table["customer_id"].iat[r] not in ("099999", "")
            )
        ]
    )
    book = load_workbook(sent)
    sheet = book.worksheets[0]
    header = next(r for r in range(1, 30) if sheet.cell(r, 1).value == "Priorität")
    titles = {str(c.value or "").replace("-\n", "").replace("\n", " "): c.column for c in sheet[header]}
    row = next(
        r
        for r in range(header + 1, sheet.max_row + 1)
        if sheet.cell(r, titles["Kundennummer"]).value == collected_id
    )
    sheet.cell(row, titles["Notiz"]).value = "Vom Kundenbetreuer: Termin im April"
    sheet.cell(row, titles["Nächster Schritt"]).value = "Muster schicken"
    returned = work / "zurück.xlsx"
    book.save(returned)
    plan = plan_collect(document, [returned], history)
    assert len(plan.taken) == 2, plan.taken
    history.append(apply_collect(document, plan))

    path = folder / "project_ba64780.segmenter"
    save_project(document, path, source_path="Kundenliste 2027.xlsx", history=history)
    table = document.table
    return {
        "rows": len(table),
        "flipped_before_update": flipped_before_update,
        "other_move": str(table["customer_id"].iat[other_move]),
        "other_move_triage": int(document.triage_override[other_move]),
        "revenue_before": revenue_before,
        "name_before": name_before,
        "collected_id": collected_id,
        "pinned": sorted(str(table["customer_id"].iat[r]) for r in np.flatnonzero(document.pinned)),
        "row_of_010000_before_and_after": [row_of(first, "010000"), row_of(document, "010000")],
    }


def make_journal(folder: Path, work: Path) -> dict:
    document = CustomerDocument(load_customers(sample_list("de")))
    journal = RecoveryJournal(work, document, source_path=sample_list("de"))
    document.edit_value(row_of(document, "010000"), "notes", "Notiz im Journal")
    document.edit_value(row_of(document, "012793"), "next_step", "Rückruf")
    document.edit_value(row_of(document, "012793"), "status", "open")
    document.set_pinned(row_of(document, "010014"), True)
    move = row_of(document, "012786")
    document.set_triage(move, sg.OBSERVE if document.result.triage[move] == sg.PRIORITISE else sg.PRIORITISE)
    document.edit_value(row_of(document, "010021"), "revenue", 1000.0)
    document.set_wallet_estimate(WalletEstimate("x:Branche"))
    document.edit_value(row_of(document, "010028"), "revenue", 2000.0)  # the whole column
    document.edit_value(row_of(document, "010035"), "notes", "zurückgenommen")
    document.undo_stack.undo()
    thresholds = sg.Thresholds(sow=sg.Threshold("percentile", 60), kzi=sg.Threshold("fixed", 55.0))
    document.set_thresholds(thresholds)
    facts = {"triage_012786": int(document.triage_override[move]), "changes": journal.changes}
    journal.close()  # as a crash leaves it
    shutil.copyfile(journal.path, folder / "journal_ba64780.segmenter-recovery")
    return facts


def main() -> None:
    folder = Path(sys.argv[1])
    with tempfile.TemporaryDirectory() as temporary:
        work = Path(temporary)
        (work / "recovery").mkdir()
        facts = {"project": make_project(folder, work), "journal": make_journal(folder, work / "recovery")}
    print(json.dumps(facts, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
