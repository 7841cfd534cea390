"""Text on the PDF sheets prints as typed, whatever fonts the machine has: each run of
characters in a font that has them (a fallback font without Latin letters never blanks
the Latin part), a visible placeholder for what no font has (an emoji never blanks a
cell or the title), Hebrew and Arabic right to left.  The fonts are chosen by the test
(a CJK-only font made here, like Droid Sans Fallback; or none at all), so nothing
depends on what is installed.  Read back with pypdfium2 (characters, their fonts and
positions) and poppler's pdftotext."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import numpy as np
import pytest

from segmenter_app.core.model.document import CustomerDocument
from segmenter_app.core.outputs import pdf_fonts, pdf_table
from segmenter_app.core.outputs.pdf_sheets import write_pdf
from segmenter_app.core.outputs.report_data import manager_reports

CJK = "株式会社東京"
MIXED = f"{CJK} Müller & Söhne"
SYMBOLS = "Müller & Söhne <GmbH> $5 100% C:\\Kunden"


def cjk_only_font(path: Path, characters: str) -> Path:
    """A TrueType font with a square glyph for each of ``characters`` and nothing
    else, no Latin letters (as Droid Sans Fallback)."""
    from fontTools.fontBuilder import FontBuilder
    from fontTools.pens.ttGlyphPen import TTGlyphPen

    names = [".notdef", *(f"uni{ord(ch):04X}" for ch in characters)]
    builder = FontBuilder(1000, isTTF=True)
    builder.setupGlyphOrder(names)
    builder.setupCharacterMap({ord(ch): f"uni{ord(ch):04X}" for ch in characters})
    glyphs = {}
    for name in names:
        pen = TTGlyphPen(None)
        pen.moveTo((100, 0))
        pen.lineTo((100, 800))
        pen.lineTo((900, 800))
        pen.lineTo((900, 0))
        pen.closePath()
        glyphs[name] = pen.glyph()
    builder.setupGlyf(glyphs)
    builder.setupHorizontalMetrics({name: (1000, 100) for name in names})
    builder.setupHorizontalHeader(ascent=880, descent=-120)
    builder.setupNameTable({"familyName": "Test CJK Only", "styleName": "Regular"})
    builder.setupOS2(sTypoAscender=880, usWinAscent=880, usWinDescent=120)
    builder.setupPost()
    builder.save(str(path))
    return path


@pytest.fixture
def fonts():
    """Choose the fallback fonts for one test; the system's again after it."""
    yield pdf_fonts.reset
    pdf_fonts.reset()


def sheet_with(document: CustomerDocument, path: Path, names: list[str], manager: str | None = None) -> Path:
    first = document.managers[0]
    rows = np.flatnonzero(document.table["account_manager"].to_numpy() == first)
    for row, name in zip(rows, names):
        document.edit_value(int(row), "customer_name", name)
    if manager is not None:
        for row in rows:
            document.edit_value(int(row), "account_manager", manager)
    [report] = manager_reports(document, "de", [manager or first])
    return write_pdf([report], path)


def characters(path: Path) -> list[tuple[str, str, float]]:
    """Every character of the PDF: (character, font name, left edge), page by page."""
    import pypdfium2
    import pypdfium2.raw as raw

    found = []
    document = pypdfium2.PdfDocument(str(path))
    for page in document:
        text = page.get_textpage()
        for index in range(text.count_chars()):
            char = text.get_text_range(index, 1)
            buffer = (raw.ctypes.c_char * 256)()
            raw.FPDFText_GetFontInfo(text.raw, index, buffer, 256, None)
            font = buffer.value.decode("utf-8", "replace")
            left = text.get_charbox(index)[0]
            found.append((char, font, left))
    return found


def pdf_text(path: Path) -> str:
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True)
    return " ".join(out.stdout.split())


def test_each_run_in_a_font_that_has_it(document, tmp_path, fonts) -> None:
    """With a fallback font that has CJK and no Latin (as Droid Sans Fallback), a mixed
    name prints both parts: the CJK run in that font, the Latin run in DejaVu; and a
    Latin name with symbols never goes near the fallback font."""
    fonts(candidates=(str(cjk_only_font(tmp_path / "cjk.ttf", CJK)),), scan=False)
    path = sheet_with(document, tmp_path / "sheet.pdf", [MIXED, SYMBOLS])
    chars = characters(path)
    text = "".join(ch for ch, _font, _x in chars)
    fonts_of = {}
    for ch, font, _x in chars:
        fonts_of.setdefault(ch, set()).add(font)
    for ch in CJK:
        assert ch in text and all("CJK" in font.replace(" ", "") or "Test" in font for font in fonts_of[ch]), (
            ch,
            fonts_of.get(ch),
        )
    for ch in "Müller&Söhne<>$%\\":
        assert all("DejaVu" in font for font in fonts_of[ch]), (ch, fonts_of[ch])
    if shutil.which("pdftotext"):
        shown = pdf_text(path)
        assert "Müller & Söhne" in shown and SYMBOLS in shown and CJK in shown


def test_what_no_font_has_prints_as_a_placeholder(document, tmp_path, fonts) -> None:
    """No fallback font at all: the CJK letters and emoji print as "�" (one per emoji
    sequence), the rest of the cell and the manager's title stay whole."""
    fonts(candidates=(), scan=False)
    names = [MIXED, "Bäckerei 🥨 Schmidt", "Familie 👨\u200d👩\u200d👧 Berger 👍🏽 🇩🇪"]
    path = sheet_with(document, tmp_path / "sheet.pdf", names, manager="Anna Ölz 🚀")
    text = " ".join("".join(ch for ch, _font, _x in characters(path)).split())
    assert "Prioritätenliste: Anna Ölz \ufffd" in text  # the title, on every page
    assert text.count("Prioritätenliste: Anna Ölz \ufffd") >= 2
    assert "\ufffd" * len(CJK) + " Müller & Söhne" in text
    assert "Bäckerei \ufffd Schmidt" in text
    assert "Familie \ufffd Berger \ufffd \ufffd" in text
    assert pdf_fonts.printable("x\u2603\ufe0f y") == "x\u2603\ufe0f y"  # a variation selector is not a glyph
    assert pdf_fonts.runs("x\u2603\ufe0f y") == [(pdf_fonts.REGULAR, "x\u2603 y")]


def test_hebrew_and_arabic_read_right_to_left(document, tmp_path, fonts) -> None:
    """The first letter of a Hebrew or Arabic name is drawn rightmost, a number inside
    stays left to right, and Arabic letters are joined (their contextual forms)."""
    fonts(candidates=(), scan=False)
    hebrew, arabic = "שלום מוצרים 2024", "شركة النور"
    path = sheet_with(document, tmp_path / "sheet.pdf", [hebrew, arabic])
    chars = characters(path)
    text = "".join(ch for ch, _font, _x in chars)

    def lefts(word: str) -> list[float]:
        """The left edges of ``word``'s letters, in the order it is written (PDFium
        reports the letters of a right-to-left word in logical order)."""
        start = text.index(word)
        return [chars[start + offset][2] for offset in range(len(word))]

    for word in ("שלום", "מוצרים", "شركة", "النور"):
        xs = lefts(word)
        assert xs == sorted(xs, reverse=True), (word, xs)  # each letter left of the one before
    assert lefts("2024") == sorted(lefts("2024"))
    assert lefts("שלום")[0] > lefts("מוצרים")[0] > lefts("2024")[-1]  # the words right to left
    assert lefts("شركة")[-1] > lefts("النور")[0]
    # Joined: shīn at the start of a word in its initial form, tāʾ marbūṭa final.
    shaped = pdf_fonts.printable(arabic)
    assert "\ufeb7" in shaped and "\ufe94" in shaped


def test_a_word_wider_than_its_column_is_split_and_marked() -> None:
    pdf_fonts.register()
    lines = pdf_table.wrap("Rahmenvertragsverlängerungsverhandlung mit Herrn Schmidt", 60)
    assert len(lines) >= 3
    assert lines[0].endswith(pdf_table.BREAK_MARK)
    joined = "".join(line[:-1] if line.endswith("-") else line + " " for line in lines)
    assert "Rahmenvertragsverlängerungsverhandlung" in joined and joined.strip().endswith("Schmidt")
    # CJK breaks between any two characters, unmarked.
    cjk = pdf_table.wrap(CJK * 6, 40)
    assert len(cjk) > 1 and not any(line.endswith("-") for line in cjk)
