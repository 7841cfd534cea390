"""The PDF priority sheets, read back with poppler (pdftotext, pdfinfo, pdffonts,
pdfimages): every customer in priority order, the header on every page, A4 landscape,
text as typed, the chart page, the columns as ``SHEET_COLUMNS`` says."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import numpy as np
import pytest

from segmenter_app.core.errors import ExportCancelled
from segmenter_app.core.importing.importer import ImportResult, load_customers
from segmenter_app.core.model.document import CustomerDocument
from segmenter_app.core.outputs import pdf_fonts, pdf_table
from segmenter_app.core.outputs.export_jobs import export_all
from segmenter_app.core.outputs.pdf_sheets import build, write_pdf
from segmenter_app.core.outputs.report_data import SHEET_COLUMNS, SheetColumn, manager_reports
from segmenter_app.core.resources import sample_list

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils is not installed")


@pytest.fixture(scope="module")
def sample():
    return load_customers(sample_list("de"))


@pytest.fixture
def document(sample) -> CustomerDocument:
    return CustomerDocument(ImportResult(sample.table.copy(), sample.report))


def pdf_text(path: Path, page: int | None = None, raw: bool = True) -> str:
    args = ["pdftotext", "-enc", "UTF-8"] + (["-raw"] if raw else [])
    if page is not None:
        args += ["-f", str(page), "-l", str(page)]
    return subprocess.run([*args, str(path), "-"], capture_output=True, text=True, check=True).stdout


def flat(text: str) -> str:
    return " ".join(text.split())


def pdf_info(path: Path) -> dict[str, str]:
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return {key.strip(): value.strip() for key, value in (line.split(":", 1) for line in out.splitlines())}


def test_every_customer_in_priority_order_and_the_header_on_every_page(document, tmp_path) -> None:
    report = max(manager_reports(document, "en"), key=lambda r: len(r.rows))
    path = tmp_path / "sheet.pdf"
    counts = build([report], str(path))
    info = pdf_info(path)
    assert int(info["Pages"]) == counts[0] >= 3
    # A4 landscape: 841.89 × 595.28 points.
    width, height = (float(v) for v in re.findall(r"[\d.]+", info["Page size"])[:2])
    assert (round(width), round(height)) == (842, 595)
    text = flat(pdf_text(path))
    # Every customer once, in priority order (id and whole name, wrapped lines joined).
    positions = []
    for cid, name in zip(report.rows["customer_id"], report.rows["customer_name"]):
        found = text.find(f"{cid} {flat(name)}", positions[-1] if positions else 0)
        assert found >= 0, (cid, name)
        positions.append(found)
    assert positions == sorted(positions)
    # The chart page, then table pages each with the title, the header row and its
    # "page x of y".
    pages = counts[0]
    for page in range(1, pages + 1):
        shown = flat(pdf_text(path, page))
        assert report.title in shown
        assert f"Page {page} of {pages}" in shown
        if page > 1:
            assert "Prio." in shown and "Customer" in shown and "Recommended action" in shown, page
    first = flat(pdf_text(path, 1))
    assert "Summary" in first and "Share of wallet (%)" in first
    assert "GROW" in first and "MODEL" in first and "Total" in first
    last = flat(pdf_text(path, pages))
    assert f"Total ({len(report.rows)})" in last


def test_the_chart_is_vector_and_the_file_small(document, tmp_path) -> None:
    """The chart is drawn, not pasted: no picture in the file; its corner counts and the
    axis titles are text.  50 customers with the chart: well under 300 kB."""
    report = max(manager_reports(document, "en"), key=lambda r: len(r.rows))
    assert len(report.rows) >= 45
    path = write_pdf([report], tmp_path / "sheet.pdf")
    assert path.stat().st_size <= 300_000
    if shutil.which("pdfimages"):
        images = subprocess.run(["pdfimages", "-list", str(path)], capture_output=True, text=True).stdout
        assert len(images.strip().splitlines()) == 2  # the list's header only
    first = flat(pdf_text(path, 1))
    grow = int((report.segments == 2).sum())
    assert f"GROW {grow} ·" in first and "Customer satisfaction (KZI, points)" in first


def test_text_prints_as_typed(document, tmp_path) -> None:
    manager = document.managers[0]
    row = int(np.flatnonzero(document.table["account_manager"].to_numpy() == manager)[0])
    name = "Müller & Söhne <GmbH> $5 100% C:\\Kunden 株式会社東京"
    document.edit_value(row, "customer_name", name)
    [report] = manager_reports(document, "de", [manager])
    path = write_pdf([report], tmp_path / "sheet.pdf")
    text = flat(pdf_text(path))
    assert "Müller & Söhne <GmbH> $5 100% C:\\Kunden" in text
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True).stdout
    assert "DejaVuSans" in fonts and "Type 3" not in fonts
    # The CJK part needs a font with CJK on this machine (test_pdf_text.py makes one).
    cjk_font = pdf_fonts.font_file("株")
    if cjk_font is None:
        assert "Kunden \ufffd\ufffd" in text  # a visible placeholder, not a blank
        pytest.skip("no font with CJK on this system (e.g. fonts-wqy-microhei): CJK prints as �")
    assert name in text
    # The CJK run is set in that font, which is embedded.
    from fontTools.ttLib import TTFont

    family = TTFont(cjk_font, fontNumber=0, lazy=True)["name"].getDebugName(6)
    assert family in fonts


def test_long_notes_wrap_whole_and_headers_between_words(document, tmp_path) -> None:
    """A note is printed whole, its row as tall as it needs (issue 24: never cut);
    headers wrap between words, never inside one ("Einkaufsvolumen" whole)."""
    manager = document.managers[0]
    rows = np.flatnonzero(document.table["account_manager"].to_numpy() == manager)
    whole = "Called 27.11.: delivery problems since October, wants a visit with the technician. Ende"
    document.edit_value(int(rows[0]), "notes", whole)
    # 120 words: about 40 lines in the notes column, less than a page (the order the
    # tests ran in decided whether 200 words fitted: a text longer than a page is cut,
    # marked, as below).
    document.edit_value(int(rows[1]), "notes", "word " * 120 + "LASTWORD")
    [report] = manager_reports(document, "de", [manager])
    path = write_pdf([report], tmp_path / "sheet.pdf")
    text = flat(pdf_text(path))
    assert flat(whole) in text
    assert "LASTWORD" in text and "…" not in text  # 120 words: a taller row, all of it
    cell = pdf_table.wrap("word " * 200, 60)
    assert len(cell) > 6 and " ".join(cell).split() == ["word"] * 200
    # A text longer than a page ends there, marked.
    cut = pdf_table.wrap("word " * 2000, 60, max_lines=40)
    assert len(cut) == 40 and cut[-1].endswith("…")
    # German headers: short forms, whole words, amounts in €.
    layout = pdf_text(path, 2)
    assert "Kd.-Nr." in layout and "Prio." in layout and "Einkaufsvolumen" in layout
    assert "Einkaufs-" not in layout
    assert "Umsatz" in layout and "(€)" in layout and "Nächster" in layout


def test_an_id_in_a_column_as_wide_as_its_widest_word_is_never_split(document) -> None:
    """A column made as wide as its widest word holds that word whole (the width less
    the padding came back a hair narrower by rounding, and "K-10090" printed as
    "K-1009-" over "0")."""
    for text in ("K-10090", "K-10162", "Großhandel", "000123"):
        width = pdf_table.words_width(text) + 2 * pdf_table.PAD_X
        assert pdf_table.wrap(text, width - 2 * pdf_table.PAD_X) == [text]
    report = manager_reports(document, "de", [document.managers[0]])[0]
    ids = [str(v) for v in report.rows["customer_id"]]
    column = [c.key for c, _ in pdf_table.sheet_columns(report)].index("customer_id")
    table = pdf_table.priority_table(report, 780)
    printed = [str(row[column]) for row in table._cellvalues[1:]]
    assert printed[: len(ids)] == ids


def test_a_column_is_one_entry(document, tmp_path, monkeypatch) -> None:
    """Issues that add columns (planned visits, open actions) add one SheetColumn."""
    [report] = manager_reports(document, "en", [document.managers[0]])
    report.rows["visits_planned"] = np.arange(len(report.rows), dtype=float) + 1000
    columns = (*SHEET_COLUMNS[:-1], SheetColumn("visits_planned", 0.08, "number", title="Visits planned"))
    columns += SHEET_COLUMNS[-1:]
    monkeypatch.setattr(pdf_table, "SHEET_COLUMNS", columns)
    path = write_pdf([report], tmp_path / "sheet.pdf")
    text = flat(pdf_text(path))
    assert "Visits planned" in text and "1,000" in text and "1,0" + f"{len(report.rows) - 1:02d}" in text


def test_cancel_stops_and_leaves_no_file(document, tmp_path) -> None:
    reports = manager_reports(document, "en")
    calls = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > 3

    with pytest.raises(ExportCancelled):
        write_pdf(reports, tmp_path / "all.pdf", cancelled=cancelled)
    assert list(tmp_path.iterdir()) == []


def test_export_writes_a_pdf_per_manager(document, tmp_path) -> None:
    written = export_all(document, tmp_path, language="en", pdf=True, overview=False)
    pdfs = sorted(p for p in written if p.suffix == ".pdf")
    assert [p.stem for p in pdfs] == sorted(document.managers)
    for path, report in zip(pdfs, sorted(manager_reports(document, "en"), key=lambda r: r.manager)):
        assert report.title in pdf_text(path, 1)


def test_what_the_lead_typed_prints_whole_and_empty_columns_are_left_out(document, tmp_path) -> None:
    """Issue 24: the next step is never cut ("Termin mit…"), the last contact prints,
    a long word of the next step is whole (no "Rahmenvertr-ag"), and a column empty for
    every customer of the sheet (here the customer id) is left out."""
    manager = document.managers[0]
    rows = np.flatnonzero(document.table["account_manager"].to_numpy() == manager)
    step = "Termin mit Frau Dr. Hausmann wegen Verlängerung der Rahmenverträge vereinbaren"
    document.edit_value(int(rows[0]), "next_step", step)
    document.edit_value(int(rows[0]), "due", "2027-01-15")
    document.edit_value(int(rows[1]), "next_step", "Rahmenvertrag")
    document.edit_value(int(rows[1]), "last_contact", "2026-11-03")
    [report] = manager_reports(document, "de", [manager])
    path = write_pdf([report], tmp_path / "with-ids.pdf")
    text = flat(pdf_text(path))
    assert f"15.01.2027 {step}" in text
    assert "Letzter Kontakt" in text and "03.11.2026" in text
    assert "Rahmenvertrag" in text and "Rahmenvertr-" not in text
    assert "Kd.-Nr." in text and "…" not in text
    # The same sheet for a list without ids: no id column at all.
    report.rows["customer_id"] = ""
    path = write_pdf([report], tmp_path / "no-ids.pdf")
    text = flat(pdf_text(path))
    assert "Kd.-Nr." not in text and f"15.01.2027 {step}" in text
    # Without any last contact, no such column either.
    report.rows["last_contact"] = ""
    assert "Letzter Kontakt" not in flat(pdf_text(write_pdf([report], tmp_path / "bare.pdf")))
