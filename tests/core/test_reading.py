"""Reading every format, safely: content decides the format; hostile files are refused."""

from __future__ import annotations

import codecs
import contextlib
import datetime
import os
import sys
import time
import zipfile
from pathlib import Path

import pandas as pd
import pytest
import xlsxwriter

from segmenter_app.core.errors import ReadError
from segmenter_app.core.importing.importer import import_workbook, load_customers
from segmenter_app.core.reading import reader as reading
from segmenter_app.core.reading import sandbox
from segmenter_app.core.reading.reader import FastRead, read_workbook, start_reading
from segmenter_app.core.reading.xlsx_preview import WHOLE_SHEET_BYTES, preview_xlsx
from segmenter_app.core.text.texts import read_error_message

from .conftest import write_xlsx

ROWS = [["Kundennummer", "Kunde", "Umsatz"], ["000123", "Müller GmbH", 1200.5], ["10023", "Özdemir AG", 99.0]]


def cells(workbook, sheet: int = 0) -> list[list]:
    target = workbook.sheets[sheet]
    return [target.row(i) for i in range(target.n_rows)]


def test_xlsx_reads_every_sheet(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "a.xlsx", {"Deckblatt": [["Hinweis"]], "Kunden": ROWS})
    workbook = read_workbook(path)
    assert [s.name for s in workbook.sheets] == ["Deckblatt", "Kunden"]
    assert cells(workbook, 1)[1] == ["000123", "Müller GmbH", 1200.5]


def test_xlsx_fast_path_previews_and_loads_the_chosen_sheet(tmp_path: Path) -> None:
    path = tmp_path / "big.xlsx"
    book = xlsxwriter.Workbook(str(path))
    cover = book.add_worksheet("Deckblatt")
    cover.write(0, 0, "Kundenliste")
    sheet = book.add_worksheet("Kunden")
    sheet.write_row(0, 1, ["Liste"])  # nothing in column A
    sheet.write_row(2, 1, ["Kundennummer", "Kunde", "Umsatz", "KZI", "Einkaufsvolumen"])
    # Long enough that its XML is past what the preview reads whole.
    for row in range(3, 6003):
        sheet.write_row(row, 1, [f"K{row:04d}", f"Firma {row}", row * 10.5, 3.5, row * 30.0])
    book.close()
    assert _sheet_bytes(path, "sheet2") > WHOLE_SHEET_BYTES
    outcome = start_reading(path).result()
    assert isinstance(outcome, FastRead)
    assert (outcome.sheet, outcome.header_index, outcome.truncated) == ("Kunden", 2, True)
    positions = [position for position, _column in outcome.loaded]
    assert positions == [1, 2, 3, 4, 5]  # the sheet starts in column B
    loaded = dict(outcome.loaded)
    assert loaded[1].get(0) == "K0003" and loaded[3].get(499) == 502 * 10.5


def _sheet_bytes(path: Path, part: str) -> int:
    with zipfile.ZipFile(path) as archive:
        return archive.getinfo(f"xl/worksheets/{part}.xml").file_size


def _mixed_list(path: Path, rows: int) -> Path:
    """A list of every kind of cell: ids with leading zeros, numbers, a date column, a
    mixed column (numbers and words), blanks, a formula-looking text."""
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("Kunden")
    dates = book.add_format({"num_format": "dd.mm.yyyy"})
    sheet.write_row(0, 0, ["Kundenliste 2026"])
    headers = ["Kundennummer", "Kunde", "Betreuer", "Umsatz", "Einkaufsvolumen", "KZI", "Seit", "Bonität"]
    sheet.write_row(2, 0, headers)
    for row in range(3, 3 + rows):
        sheet.write_string(row, 0, f"{row:06d}")
        sheet.write_string(row, 1, "=HYPERLINK(x)" if row == 7 else f"Firma {row}")
        sheet.write_string(row, 2, ["Anna", "Jonas", "Ben"][row % 3])
        if row % 11:
            sheet.write_number(row, 3, row * 10.25)
        sheet.write_number(row, 4, row * 40.0)
        sheet.write(row, 5, "k.A." if row % 13 == 0 else 1 + row % 5)
        sheet.write_datetime(row, 6, datetime.datetime(2020, 1, 1) + datetime.timedelta(days=row), dates)
        sheet.write(row, 7, "gut" if row % 2 else row % 7)
    book.close()
    return path


def test_a_small_sheet_is_read_whole_by_the_preview_and_imports_as_the_full_read_does(tmp_path: Path) -> None:
    """Most lists a person opens are small: their sheet is read whole by the preview,
    without starting fastexcel (nor importing pyarrow) in the child, and the list reads
    exactly as the whole-workbook read reads it."""
    path = _mixed_list(tmp_path / "small.xlsx", 400)
    assert _sheet_bytes(path, "sheet1") <= WHOLE_SHEET_BYTES
    outcome = start_reading(path).result()
    assert isinstance(outcome, FastRead)
    assert not outcome.truncated and outcome.loaded == []
    assert outcome.preview.sheet("Kunden").n_rows == 403
    fast = load_customers(path)
    full = import_workbook(read_workbook(path))
    pd.testing.assert_frame_equal(fast.table, full.table)
    assert fast.report == full.report


def test_a_sheet_whose_rows_do_not_end_is_left_to_the_full_read(tmp_path: Path) -> None:
    """A sheet the preview reads whole must end its rows: one cut short would drop rows
    without a word, so it is read the full way, which says what is wrong."""
    path = _mixed_list(tmp_path / "cut.xlsx", 50)
    cut = tmp_path / "cut_short.xlsx"
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(cut, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = data[: data.index(b"</sheetData>")]
            target.writestr(item, data)
    assert preview_xlsx(path) is not None
    assert preview_xlsx(cut) is None
    # Every stream of the package is closed, also when the preview stops early.
    assert _files_open_in(tmp_path) == []


def _files_open_in(folder: Path) -> list[str]:
    if not Path("/proc/self/fd").is_dir():
        return []
    links = []
    for fd in os.listdir("/proc/self/fd"):
        with contextlib.suppress(OSError):
            links.append(os.readlink(f"/proc/self/fd/{fd}"))
    return [link for link in links if link.startswith(str(folder))]


def test_a_read_closed_before_its_answer_stops_its_child(tmp_path: Path) -> None:
    """A read given up (the command line's usage error after the reader started) ends its
    child: an answer nobody takes would wait in the pipe, and the child with it."""
    source = start_reading(write_xlsx(tmp_path / "a.xlsx", {"Kunden": ROWS}))
    process = source._child.process
    source.close()
    assert process.wait(10) is not None
    deadline = time.monotonic() + 10
    while not process.stdout.closed and time.monotonic() < deadline:
        time.sleep(0.01)
    assert process.stdout.closed


def test_csv_encodings_and_delimiters(make_csv) -> None:
    text = "Kunde;Umsatz\nMüller;1.234,50\nÖzdemir;99\n"
    for encoding in ("utf-8", "utf-8-sig", "cp1252", "utf-16"):
        workbook = read_workbook(make_csv(text, encoding=encoding))
        assert cells(workbook)[1] == ["Müller", "1.234,50"], encoding
    tab = read_workbook(make_csv("Kunde\tUmsatz\nA\t1\n", name="x.tsv"))
    assert tab.delimiter == "\t"
    comma = read_workbook(make_csv('Kunde,Umsatz\n"Müller, Söhne",1\n'))
    assert cells(comma)[1] == ["Müller, Söhne", "1"]


def test_csv_sep_line_names_the_delimiter(make_csv) -> None:
    workbook = read_workbook(make_csv("sep=,\nKunde,Umsatz;Rabatt\nA,1;2\n"))
    assert workbook.delimiter == ","
    assert cells(workbook)[0] == ["Kunde", "Umsatz;Rabatt"]


def test_csv_quoted_newlines_and_ragged_rows(make_csv) -> None:
    workbook = read_workbook(make_csv('a;b;c\n1;"zwei\r\nZeilen"\n4;5;6;7\n'))
    assert cells(workbook)[1] == ["1", "zwei\r\nZeilen", "", ""]
    assert cells(workbook)[2] == ["4", "5", "6", "7"]


def test_html_table_named_xls(tmp_path: Path) -> None:
    path = tmp_path / "export.xls"
    path.write_text(
        "<html><body><table><tr><th>Kunde</th><th>Umsatz</th></tr>"
        "<tr><td>Müller</td><td>1.234,50</td></tr></table></body></html>"
    )
    workbook = read_workbook(path)
    assert workbook.format == "html"
    assert cells(workbook) == [["Kunde", "Umsatz"], ["Müller", "1.234,50"]]
    assert ("format_differs", {"actual": "html", "extension": ".xls"}) in workbook.notes


def test_spreadsheetml_and_its_entity_guard(tmp_path: Path) -> None:
    path = tmp_path / "old.xls"
    path.write_text(
        '<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:'
        'spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">'
        '<Worksheet ss:Name="K"><Table><Row><Cell><Data ss:Type="String">Kunde'
        '</Data></Cell><Cell ss:Index="3"><Data ss:Type="Number">5</Data></Cell>'
        "</Row></Table></Worksheet></Workbook>"
    )
    assert cells(read_workbook(path)) == [["Kunde", "", 5.0]]
    bomb = tmp_path / "bomb.xls"
    bomb.write_text(
        '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><Workbook xmlns='
        '"urn:schemas-microsoft-com:office:spreadsheet">&a;</Workbook>'
    )
    with pytest.raises(ReadError) as caught:
        read_workbook(bomb)
    assert caught.value.code == "xml_entities"


@pytest.mark.parametrize(
    ("content", "code", "words"),
    [
        (b"", "empty_file", "empty"),
        (b"%PDF-1.4\n...", "not_spreadsheet", "PDF"),
        (b"\x89PNG\r\n\x1a\n" + bytes(100), "not_spreadsheet", "image"),
        (b"PK\x03\x04" + bytes(60), "corrupt", "damaged"),
    ],
)
def test_files_that_are_not_lists_get_one_clear_line(
    tmp_path: Path, content: bytes, code: str, words: str
) -> None:
    path = tmp_path / "kunden.xlsx"
    path.write_bytes(content)
    with pytest.raises(ReadError) as caught:
        read_workbook(path)
    assert caught.value.code == code
    message = read_error_message(caught.value)
    assert words in message and "\n" not in message


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(ReadError) as caught:
        read_workbook(tmp_path / "nope.xlsx")
    assert caught.value.code == "not_found"
    with pytest.raises(ReadError) as caught:
        read_workbook(tmp_path)
    assert caught.value.code == "is_directory"


def test_zip_bomb_is_refused_before_unpacking(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(reading, "MAX_UNPACKED_BYTES", 1 << 20)
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook/>")
        archive.writestr("xl/worksheets/sheet1.xml", " " * (2 << 20))
    with pytest.raises(ReadError) as caught:
        read_workbook(path)
    assert caught.value.code == "zip_bomb"
    assert "unpack" in read_error_message(caught.value)


def test_password_protected_ooxml_is_named(tmp_path: Path) -> None:
    path = tmp_path / "secret.xlsx"
    marker = "EncryptedPackage".encode("utf-16-le")
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500) + marker)
    with pytest.raises(ReadError) as caught:
        read_workbook(path)
    assert caught.value.code == "password"
    assert "password" in read_error_message(caught.value)


def _fake_child(tmp_path: Path, monkeypatch, body: str) -> None:
    script = tmp_path / "child.py"
    script.write_text(f"import os, sys, time\nsys.stdin.readline()\n{body}\n")
    monkeypatch.setattr(sandbox, "child_command", lambda: [sys.executable, str(script)])


def test_a_reader_that_aborts_does_not_take_the_app_down(tmp_path: Path, monkeypatch) -> None:
    path = write_xlsx(tmp_path / "a.xlsx", {"Kunden": ROWS})
    _fake_child(tmp_path, monkeypatch, "os.abort()")
    with pytest.raises(ReadError) as caught:
        read_workbook(path)
    assert caught.value.code == "out_of_memory"
    _fake_child(tmp_path, monkeypatch, "sys.exit(3)")
    with pytest.raises(ReadError) as caught:
        read_workbook(path)
    assert caught.value.code == "crashed"


def test_a_reader_that_hangs_is_stopped(tmp_path: Path, monkeypatch) -> None:
    path = write_xlsx(tmp_path / "a.xlsx", {"Kunden": ROWS})
    _fake_child(tmp_path, monkeypatch, "time.sleep(60)")
    with pytest.raises(ReadError) as caught:
        read_workbook(path, timeout=1.0)
    assert caught.value.code == "timeout"


def test_a_large_list_gets_time_in_proportion_and_a_small_file_thirty_seconds(tmp_path: Path) -> None:
    small = write_xlsx(tmp_path / "a.xlsx", {"Kunden": ROWS})
    assert sandbox.time_limit(small) == sandbox.READ_TIMEOUT_SECONDS == 30.0
    large = tmp_path / "large.xlsx"
    with large.open("wb") as handle:  # sparse: 200 MB on paper, nothing on disk
        handle.truncate(200_000_000)
    assert sandbox.time_limit(large) == pytest.approx(200.0)
    small_reader = sandbox.ChildReader(small, "xlsx")
    small_reader.close()
    assert small_reader.timeout == 30.0
    reader = sandbox.ChildReader(large, "xlsx")
    try:
        assert reader.timeout == pytest.approx(200.0)
        assert reader.deadline - time.monotonic() > 190
    finally:
        reader.close()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="pipe sizes are a Linux setting")
def test_the_childs_answer_crosses_a_pipe_wide_enough_for_a_loaded_sheet(tmp_path: Path) -> None:
    import fcntl

    reader = sandbox.ChildReader(write_xlsx(tmp_path / "a.xlsx", {"Kunden": ROWS}), "xlsx")
    try:
        width = fcntl.fcntl(reader.process.stdout.fileno(), fcntl.F_GETPIPE_SZ)
        assert width == sandbox.PIPE_BYTES == 1 << 20
    finally:
        reader.close()


def _dense_xlsx(path: Path, rows: int, columns: int) -> Path:
    """A small file whose cells unpack to a lot of memory: one 200-character shared
    string in every cell (written by hand: a writer library takes far longer)."""
    content_types = (
        '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/'
        'package/2006/content-types"><Default Extension="rels" ContentType='
        '"application/vnd.openxmlformats-package.relationships+xml"/><Default '
        'Extension="xml" ContentType="application/xml"/><Override PartName='
        '"/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
        'officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/'
        'worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-'
        'officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/'
        'sharedStrings.xml" ContentType="application/vnd.openxmlformats-'
        'officedocument.spreadsheetml.sharedStrings+xml"/></Types>'
    )
    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    package = "http://schemas.openxmlformats.org/package/2006/relationships"
    cells = "".join(f'<c t="s"><v>{c % 2}</v></c>' for c in range(columns))
    sheet = (
        f'<?xml version="1.0"?><worksheet xmlns="{main}"><sheetData>'
        + "".join(f'<row r="{r + 1}">{cells}</row>' for r in range(rows))
        + "</sheetData></worksheet>"
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        archive.writestr("[Content_Types].xml", content_types)
        archive.writestr(
            "_rels/.rels",
            f'<Relationships xmlns="{package}"><Relationship Id="r1" '
            f'Type="{relationships}/officeDocument" Target="xl/workbook.xml"/>'
            "</Relationships>",
        )
        archive.writestr(
            "xl/workbook.xml",
            f'<workbook xmlns="{main}" xmlns:r="{relationships}">'
            '<sheets><sheet name="Kunden" sheetId="1" r:id="r1"/></sheets></workbook>',
        )
        archive.writestr(
            "xl/_rels/workbook.xml.rels",
            f'<Relationships xmlns="{package}">'
            f'<Relationship Id="r1" Type="{relationships}/worksheet" Target='
            f'"worksheets/sheet1.xml"/><Relationship Id="r2" Type="{relationships}/'
            'sharedStrings" Target="sharedStrings.xml"/></Relationships>',
        )
        archive.writestr(
            "xl/sharedStrings.xml",
            f'<sst xmlns="{main}"><si><t>{"x" * 200}</t></si><si><t>{"y" * 200}</t></si></sst>',
        )
        archive.writestr("xl/worksheets/sheet1.xml", sheet)
    return path


def test_the_memory_cap_holds(tmp_path: Path, monkeypatch) -> None:
    import resource

    path = _dense_xlsx(tmp_path / "dense.xlsx", rows=100_000, columns=10)
    assert path.stat().st_size < 5 << 20
    # Where the user allows core files, a reader that hits the cap (Rust aborts) must
    # not leave one with the list's cells in the working folder.  A child started
    # fresh inherits this process's limit (a forked one its server's).
    monkeypatch.setenv("SEGMENTER_FORK_SERVER", "0")
    monkeypatch.chdir(tmp_path)
    soft, hard = resource.getrlimit(resource.RLIMIT_CORE)
    resource.setrlimit(resource.RLIMIT_CORE, (hard, hard))
    try:
        for fast in (True, False):
            with pytest.raises(ReadError) as caught:
                start_reading(path, fast=fast, memory_limit=300 << 20).result()
            assert caught.value.code == "out_of_memory", fast
            assert "memory" in read_error_message(caught.value)
    finally:
        resource.setrlimit(resource.RLIMIT_CORE, (soft, hard))
    assert not list(tmp_path.glob("core*"))


def test_utf16_without_bom_and_utf32(make_csv) -> None:
    workbook = read_workbook(make_csv("Kunde;Umsatz\nÄ;1\n", encoding="utf-32"))
    assert cells(workbook)[1] == ["Ä", "1"]
    raw = "Kunde;Umsatz\nÄ;1\n".encode("utf-16-le")
    assert not raw.startswith(codecs.BOM_UTF16_LE)
    path = make_csv("", name="u16.csv")
    path.write_bytes(raw)
    assert cells(read_workbook(path))[1] == ["Ä", "1"]
