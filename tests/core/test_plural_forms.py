"""Words that follow a number take its form in both languages: "1 Kunde hat", "2 Kunden
haben", "1 customer has" — Qt's plural forms, read by the core's catalogue as well."""

from __future__ import annotations

import ast
import contextlib
import io
from pathlib import Path
from xml.etree import ElementTree

import pytest

from segmenter_app.core.text import shapes
from segmenter_app.core.text.catalog import tr_n

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"

NO_WALLET = shapes.SHAPE_TEXTS["offer_estimate"]


@pytest.mark.parametrize(
    ("language", "count", "expected"),
    [
        ("de", 1, "1 Kunde hat kein Einkaufsvolumen"),
        ("de", 2, "2 Kunden haben kein Einkaufsvolumen"),
        ("de", 0, "0 Kunden haben kein Einkaufsvolumen"),
        ("en", 1, "1 customer has no wallet"),
        ("en", 2, "2 customers have no wallet"),
    ],
)
def test_a_count_takes_the_form_its_number_needs(language, count, expected):
    assert shapes.shape_text("offer_estimate", language, count=count).startswith(expected)


def test_qt_s_own_placeholders_are_written_as_qt_writes_them():
    # %n as the number, %Ln grouped as the language writes numbers.
    assert tr_n("%Ln rows", 12345, "de", "nowhere") == "12.345 rows"
    assert tr_n("%n rows", 12345, "en", "nowhere") == "12345 rows"


def test_the_command_line_s_summary_counts_in_words_that_agree(tmp_path):
    from segmenter_app.cli import main

    source = tmp_path / "one.csv"
    source.write_text(
        "Kundennummer;Kunde;Umsatz;Einkaufsvolumen;Zufriedenheit (1-5)\n"
        "1;Müller;10;abc;4\n2;Schmidt;20;100;3\n",
        encoding="utf-8",
    )
    errors = io.StringIO()
    with contextlib.redirect_stderr(errors):
        main(["classify", str(source), "-o", str(tmp_path / "out.csv"), "--lang", "de"])
    said = errors.getvalue()
    assert "Kopfzeile 1: 2 Kunden." in said
    assert "1 Zelle abgelehnt" in said and "0 doppelte Kundennummern" in said
    assert "1 Kunde hat kein Einkaufsvolumen" in said
    assert "(2 Zeilen)" in said


def _numerus(ts: Path) -> dict[tuple[str, str], list[str]]:
    root = ElementTree.parse(ts).getroot()
    return {
        (context.findtext("name"), message.findtext("source")): [
            form.text or "" for form in message.find("translation").findall("numerusform")
        ]
        for context in root.iter("context")
        for message in context.iter("message")
        if message.get("numerus") == "yes"
    }


def _marked_in_the_core() -> set[tuple[str, str]]:
    marks = set()
    for path in (ROOT / "segmenter_app").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "QT_TRANSLATE_N_NOOP":
                marks.add((node.args[0].value, node.args[1].value))
    return marks


def test_every_plural_text_has_its_forms_in_both_languages():
    german, english = _numerus(TRANSLATIONS / "segmenter_de.ts"), _numerus(TRANSLATIONS / "segmenter_en.ts")
    marked = _marked_in_the_core()
    assert len(marked) >= 10
    assert marked <= set(german) and marked <= set(english)
    assert set(german) == set(english)
    for key in german:
        assert len(german[key]) == 2 and all(form.strip() for form in german[key]), key
        assert len(english[key]) == 2 and all(form.strip() for form in english[key]), key
        assert german[key][0] != german[key][1] or "{count}" not in key[1] or "Kundenbetreuer" in key[1], key


def test_no_german_text_counts_with_parentheses():
    """"Datei(en)", "Wert(e)", "Vorschlag/Vorschläge": a form per number instead."""
    root = ElementTree.parse(TRANSLATIONS / "segmenter_de.ts").getroot()
    for message in root.iter("message"):
        translation = message.find("translation")
        words = [translation.text or ""] + [form.text or "" for form in translation.findall("numerusform")]
        for text in words:
            for clumsy in ("(en)", "(e)", "(n)", "Vorschlag/Vorschläge", "Kunde(n)"):
                assert clumsy not in text, (message.findtext("source"), text)
