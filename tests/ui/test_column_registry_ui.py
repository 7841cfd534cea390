"""A role added to the column registry shows in the customer table (header, cells, an
edit) and in the import dialog's list of roles, with nothing else changed."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.core.list_kinds import REGION_LIST

SCRIPT = textwrap.dedent(
    """
    import json, sys
    from pathlib import Path
    from segmenter_app.core import columns

    columns.register(
        columns.ColumnRole(
            "region", "text", "Region", "region",
            words={"en": ("region",), "de": ("gebiet", "vertriebsgebiet")},
            editable=True,
            places=(columns.Place("table", 75, title="Region", style="text", edits="region"),),
        )
    )
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication
    from segmenter_app.core.importing.importer import load_customers
    from segmenter_app.core.model.document import CustomerDocument
    from segmenter_app.ui.dialogs.import_dialog import ImportDialog
    from segmenter_app.ui.table.model import CustomerTableModel

    app = QApplication([])
    path = Path(sys.argv[1])
    imported = load_customers(path)
    model = CustomerTableModel(CustomerDocument(imported))
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    column = headers.index("Region")
    found = {"headers": headers}
    found["cells"] = [model.index(r, column).data() for r in range(model.rowCount())]
    found["set"] = model.setData(model.index(0, column), "Nordost", Qt.ItemDataRole.EditRole)
    found["after"] = model.index(0, column).data()
    dialog = ImportDialog(path, imported, "en")
    found["dialog_label"] = dialog.role_labels["region"].text()
    found["dialog_choice"] = dialog.mapping["region"].currentText()
    print(json.dumps(found))
    """
)


@pytest.mark.slow
def test_a_role_added_to_the_registry_shows_in_the_table_and_the_import_dialog(tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_text(REGION_LIST, encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", SEGMENTER_DATA_DIR=str(tmp_path / "data"))
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(path)],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert done.returncode == 0, done.stderr
    found = json.loads(done.stdout.strip().splitlines()[-1])
    headers = found["headers"]
    # Where its place says: after the account manager, before the triage.
    assert headers.index("Region") == headers.index("Account manager") + 1
    assert found["cells"] == ["Nord", "Süd", "Nord", "West"]
    assert found["set"] is True and found["after"] == "Nordost"
    assert found["dialog_label"] == "Region"
    assert found["dialog_choice"] == "Vertriebsgebiet"
