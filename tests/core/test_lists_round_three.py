"""Lists round three (issue 23): the wallet's many names, a range in the header over a
scale word, rating words, order lines, an unclear direction, thresholds always named.
Each kind is tested on lists generated here with varied headers and values."""

from __future__ import annotations

import csv
import itertools
import random
from pathlib import Path

import numpy as np
import pytest

from segmenter_app.core.headers.roles import match_roles
from segmenter_app.core.importing.importer import ImportOptions, load_customers
from segmenter_app.core.importing.mappings import MappingMemory
from segmenter_app.core.model.document import CustomerDocument
from segmenter_app.core.text import texts
from tests.command_line import segmenter

from .list_kinds import HEADERS, NOT_WALLETS, customers, write_list

# --------------------------------------------------------------------------- the wallet


@pytest.mark.parametrize("header", HEADERS["wallet"])
def test_each_wallet_word_names_the_wallet(header: str) -> None:
    assert match_roles(header)[0].role == "wallet"


@pytest.mark.parametrize("header", NOT_WALLETS)
def test_words_that_are_not_the_wallet(header: str) -> None:
    assert "wallet" not in {match.role for match in match_roles(header)}


@pytest.mark.parametrize(
    ("header", "role"),
    [
        ("Umsatzvolumen", "revenue"),  # our sales, not the customer's volume
        ("Bedarfsanteil", "share_of_wallet"),
        ("Customer spend", "wallet"),  # the customer's total, not its name
        ("Sales potential", "wallet"),  # an amount, not the sales rep
    ],
)
def test_compounds_of_other_roles_stay_theirs(header: str, role: str) -> None:
    assert match_roles(header)[0].role == role


@pytest.mark.parametrize("seed", range(6))
def test_lists_with_any_wallet_header_are_read_with_their_wallet(tmp_path: Path, seed: int) -> None:
    rng = random.Random(seed)
    headers = {role: rng.choice(variants) for role, variants in HEADERS.items()}
    # Beside the wallet, a column that must not be taken for it.
    decoy = rng.choice(NOT_WALLETS)
    order = ["customer_id", "customer_name", "account_manager", "revenue", "decoy", "wallet"]
    rng.shuffle(order)
    names = [headers.get(role, decoy) for role in order] + ["KZI (0-10)"]
    people = customers(40, seed)
    rows = [[person.get(role, 12345.0) for role in order] + [rng.randint(0, 10)] for person in people]
    suffix = rng.choice([".xlsx", ".csv"])
    path = write_list(tmp_path / f"list{suffix}", names, rows, german=rng.random() < 0.5)
    result = load_customers(path)
    assert result.report.mapping["wallet"] == headers["wallet"], (names, result.report.mapping)
    assert np.allclose(result.table["wallet"], [person["wallet"] for person in people])
    assert f"x:{decoy}" in result.table.columns  # kept as a column of its own


@pytest.mark.parametrize("language", ["en", "de"])
def test_an_exported_workbook_read_again_takes_its_wallet_not_the_untapped_potential(
    tmp_path: Path, language: str
) -> None:
    import openpyxl

    people = customers(30, 7)
    rows = [
        [p["customer_id"], p["customer_name"], p["account_manager"], p["revenue"], p["wallet"], 7]
        for p in people
    ]
    path = write_list(
        tmp_path / "list.xlsx", ["Kundennummer", "Kunde", "Betreuer", "Umsatz", "Bedarf", "KZI (0-10)"], rows
    )
    done = segmenter("export", str(path), "--out-dir", str(tmp_path / "out"), "--lang", language, "-q")
    assert done.returncode == 0, done.stderr
    book_path = next(
        p for p in (tmp_path / "out").glob("*.xlsx") if "verview" not in p.name and "bersicht" not in p.name
    )
    headers = [
        cell
        for row in openpyxl.load_workbook(book_path).worksheets[0].iter_rows(values_only=True)
        for cell in row
    ]
    untapped = "Ungenutztes Potenzial" if language == "de" else "Untapped potential"
    # Headers wrap in their cells, long words with a hyphen ("Untapp-\ned\npotent-\nial").
    assert untapped in {" ".join(str(cell).replace("-\n", "").split()) for cell in headers if cell}
    again = load_customers(book_path)
    wallet = again.report.mapping["wallet"].replace("- ", "")  # "Einkaufs-\nvolumen" as read
    assert wallet == ("Einkaufsvolumen" if language == "de" else "Wallet")


# --------------------------------------------------------------------------- the scale


def _scale_list(tmp_path: Path, header: str, values: list[float | str], suffix: str = ".xlsx") -> Path:
    rows = [[f"K{i}", f"Kunde {i}", 100.0, 1000.0, value] for i, value in enumerate(values)]
    return write_list(
        tmp_path / f"scale{suffix}", ["Kd.-Nr.", "Kunde", "Umsatz", "Einkaufsvolumen", header], rows
    )


@pytest.mark.parametrize(
    ("header", "values", "scale", "reason"),
    [
        ("NPS (0-10)", list(range(11)), "0-10", "header_range"),
        ("NPS (1-5 Sterne)", [1.0, 2.4, 3.7, 4.2, 5.0], "1-5", "header_range"),
        ("NPS (−100…100)", [-20, 35, 80], "nps", "header_range"),
        ("NPS", [-40, 10, 60], "nps", "header_nps"),
        ("NPS", [20, 55, 80], "nps", "header_nps"),
        ("NPS", [0, 3, 7, 9, 10], "0-10", "nps_answers"),
        ("Net Promoter Score", [6, 9, 10], "0-10", "nps_answers"),
        ("Zufriedenheit", [-30, 0, 45], "nps", "values_negative"),
        ("Zufriedenheit", [12, 88], "0-100", "values_fit"),
        ("CSAT %", [55, 90], "0-100", "header_percent"),
    ],
)
def test_a_range_in_the_header_wins_and_the_report_says_why(tmp_path, header, values, scale, reason) -> None:
    report = load_customers(_scale_list(tmp_path, header, values)).report
    assert (report.scale.name, report.scale_reason[0]) == (scale, reason)
    line = texts.scale_line(report, "en")
    assert line.startswith("Satisfaction scale") and "(" in line and "{" not in line
    if reason == "header_range":
        assert "in the header" in line
    if scale == "nps":
        assert "NPS" in line


def test_nps_answers_are_points_not_a_score(tmp_path) -> None:
    """0–10 answers under "NPS (0-10)" reach a KZI threshold: 9 is 90 points, not 54.5."""
    document = CustomerDocument(load_customers(_scale_list(tmp_path, "NPS (0-10)", [9, 4, 10, 0])))
    assert list(document.prepared.kzi) == [90.0, 40.0, 100.0, 0.0]


# --------------------------------------------------------------------------- rating words

#: Scales as lists write them, best first.
WORD_SCALES = {
    "de5": ["Sehr zufrieden", "Zufrieden", "Neutral", "Unzufrieden", "Sehr unzufrieden"],
    "en5": [
        "Very satisfied",
        "Satisfied",
        "Neither satisfied nor dissatisfied",
        "Dissatisfied",
        "Very dissatisfied",
    ],
    "de3": ["zufrieden", "teils/teils", "unzufrieden"],
    "en3": ["Satisfied", "Neutral", "Dissatisfied"],
    "de4": ["sehr zufrieden", "eher zufrieden", "eher unzufrieden", "sehr unzufrieden"],
    "en4": ["Very satisfied", "Somewhat satisfied", "Somewhat dissatisfied", "Very dissatisfied"],
    "de7": [
        "äußerst zufrieden",
        "sehr zufrieden",
        "zufrieden",
        "weder zufrieden noch unzufrieden",
        "unzufrieden",
        "sehr unzufrieden",
        "äußerst unzufrieden",
    ],
    "en7": [
        "Extremely satisfied",
        "Very satisfied",
        "Somewhat satisfied",
        "Neutral",
        "Somewhat dissatisfied",
        "Very dissatisfied",
        "Extremely dissatisfied",
    ],
    "grades6": ["sehr gut", "gut", "befriedigend", "ausreichend", "mangelhaft", "ungenügend"],
    "grades5": ["Sehr gut", "Gut", "Befriedigend", "Ausreichend", "Mangelhaft"],
    "quality5": ["Excellent", "Very good", "Good", "Fair", "Poor"],
    "agree5": ["Strongly agree", "Agree", "Neither agree nor disagree", "Disagree", "Strongly disagree"],
    "trifft5": [
        "trifft voll zu",
        "trifft eher zu",
        "teils/teils",
        "trifft eher nicht zu",
        "trifft überhaupt nicht zu",
    ],
    "nps3": ["Promoter", "Passive", "Detractor"],
}


def _spelled(word: str, rng: random.Random) -> str:
    return rng.choice([word, word.lower(), word.upper(), f" {word} ", word.replace(" ", "  ")])


@pytest.mark.parametrize(("name", "suffix"), list(itertools.product(WORD_SCALES, [".xlsx", ".csv"])))
def test_rating_words_are_evenly_spaced_points(tmp_path, name: str, suffix: str) -> None:
    rng = random.Random(name + suffix)
    words = WORD_SCALES[name]
    size = len(words)
    answers = [rng.randrange(size) for _ in range(60)] + list(range(size))
    values = [_spelled(words[a], rng) for a in answers]
    blanks = ["keine Angabe", "n/a", "weiß nicht", "k.A."]
    values += blanks
    header = rng.choice(["Zufriedenheit", "Kundenzufriedenheit", "Satisfaction", "CSAT", "Kundenbewertung"])
    result = load_customers(_scale_list(tmp_path, header, values, suffix))
    report = result.report
    assert report.scale.levels and len(report.scale.levels) == size
    assert texts.scale_label(report.scale, "en") == f"words, {size} levels"
    assert texts.scale_label(report.scale, "de") == f"Wörter, {size} Stufen"
    assert not report.problems  # no word refused, the blanks are blanks
    kzi = CustomerDocument(result).prepared.kzi
    expected = [100.0 * (size - 1 - a) / (size - 1) for a in answers]
    assert np.allclose(kzi[: len(answers)], expected)
    assert np.isnan(kzi[len(answers) :]).all()


def test_a_scale_partly_used_keeps_its_levels(tmp_path) -> None:
    """Nobody answered 'sehr unzufrieden': the five levels stay, 'unzufrieden' is 25."""
    values = ["sehr zufrieden", "zufrieden", "neutral", "unzufrieden"] * 3
    result = load_customers(_scale_list(tmp_path, "Zufriedenheit", values))
    assert len(result.report.scale.levels) == 5
    assert list(CustomerDocument(result).prepared.kzi[:4]) == [100.0, 75.0, 50.0, 25.0]


def test_a_word_outside_the_scale_refuses_that_cell(tmp_path) -> None:
    values = ["Sehr zufrieden", "Zufrieden", "super gelaunt", "Unzufrieden", "3", "Neutral"]
    result = load_customers(_scale_list(tmp_path, "Zufriedenheit", values))
    refused = [(issue.code, issue.value) for issue in result.report.problems]
    assert refused == [("not_a_rating", "super gelaunt"), ("not_a_rating", "3")]
    message = texts.issue_text(result.report.problems[0], "en")
    assert "super gelaunt" in message and "rating words" in message
    kzi = CustomerDocument(result).prepared.kzi
    assert np.isnan(kzi[2]) and np.isnan(kzi[4]) and kzi[0] == 100.0


def test_rating_words_in_the_why_and_the_summary(tmp_path) -> None:
    values = ["Zufrieden", "Sehr zufrieden", "Neutral", "Unzufrieden", "Sehr unzufrieden"]
    result = load_customers(_scale_list(tmp_path, "Zufriedenheit", values))
    document = CustomerDocument(result)
    assert "KZI Zufrieden (75)" in texts.customer_why(document, 0, "de")
    summary = texts.summary_lines(
        result.report, document.prepared, document.result, document.thresholds, "en"
    )
    assert "Satisfaction scale words, 5 levels (the column holds rating words)." in summary


def test_numbers_stay_numbers(tmp_path) -> None:
    """A numeric column with a stray word is not a words column."""
    result = load_customers(_scale_list(tmp_path, "KZI (1-5)", [1, 2, 3, 4, 5, "gut"]))
    assert result.report.scale.name == "1-5"
    assert [issue.code for issue in result.report.problems] == ["not_a_number"]


# --------------------------------------------------------------------------- order lines


def _order_lines(count: int, seed: int) -> tuple[list[dict], list[list]]:
    """Customers and their order lines (1 to 5 each, shuffled as an export sorts them)."""
    rng = random.Random(seed)
    people = customers(count, seed)
    lines = []
    for person in people:
        parts = rng.randint(1, 5)
        shares = [rng.uniform(1, 10) for _ in range(parts)]
        for share in shares:
            amount = round(person["revenue"] * share / sum(shares), 2)
            lines.append(
                [
                    person["customer_id"],
                    person["customer_name"],
                    person["account_manager"],
                    amount,
                    person["wallet"],
                    4,
                    f"Artikel {rng.randint(1, 99)}",
                ]
            )
        person["revenue"] = sum(line[3] for line in lines[-parts:])
    rng.shuffle(lines)
    return people, lines


HEADER = ["Kundennummer", "Kunde", "Betreuer", "Umsatz", "Einkaufsvolumen", "KZI (1-5)", "Artikel"]


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_order_lines_are_summed_into_their_customers(tmp_path, suffix) -> None:
    people, lines = _order_lines(131, 3)
    result = load_customers(write_list(tmp_path / f"orders{suffix}", HEADER, lines))
    report, table = result.report, result.table
    assert report.lines_summed == [len(lines), 131]
    assert texts.lines_summed_lines(report, "en")[0] == f"{len(lines)} rows → 131 customers (lines summed)."
    assert not report.duplicate_ids
    by_id = table.set_index("customer_id")
    for person in people:
        row = by_id.loc[person["customer_id"]]
        assert row["revenue"] == pytest.approx(person["revenue"])
        assert row["wallet"] == person["wallet"] and row["account_manager"] == person["account_manager"]
    # The segments are the customers', as if the list had one row each.
    single = write_list(
        tmp_path / "single.xlsx",
        HEADER[:6],
        [
            [p["customer_id"], p["customer_name"], p["account_manager"], p["revenue"], p["wallet"], 4]
            for p in people
        ],
    )
    summed, one_each = CustomerDocument(result), CustomerDocument(load_customers(single))
    order = [list(table["customer_id"]).index(p["customer_id"]) for p in people]
    assert list(summed.result.segment[order]) == list(one_each.result.segment)


def test_lines_that_disagree_leave_the_customer_unclassified_with_the_reason(tmp_path) -> None:
    lines = [
        ["1", "Alpha GmbH", "Anna", 100, 1000, 4, ""],
        ["1", "Alpha GmbH", "Anna", 200, 1200, 4, ""],  # another wallet
        ["2", "Beta AG", "Jonas", 100, 1000, 2, ""],
        ["2", "Beta AG", "Jonas", 100, 1000, 5, ""],  # another satisfaction
        ["3", "Gamma KG", "Jonas", 100, 1000, 3, "Anruf"],
        ["3", "Gamma KG", "", 50, None, 3, "Besuch"],  # blanks agree with anything
        ["4", "Delta OHG", "Anna", 10, 100, 1, ""],
        ["4", "Delta Nord", "Anna", 10, 100, 1, ""],  # one id, two names: no lines
    ]
    result = load_customers(write_list(tmp_path / "orders.xlsx", HEADER[:5] + ["KZI (1-5)", "Notiz"], lines))
    table, report = result.table, result.report
    assert report.lines_summed == [8, 5]
    disagree = {
        (issue.row, issue.role, issue.value) for issue in report.problems if issue.code == "lines_disagree"
    }
    assert disagree == {(2, "wallet", "1000 / 1200"), (4, "satisfaction", "2 / 5")}
    document = CustomerDocument(result)
    classified = dict(zip(table["customer_id"], document.prepared.classified))
    assert not classified["1"] and not classified["2"] and classified["3"]
    gamma = table[table["customer_id"] == "3"].iloc[0]
    assert gamma["revenue"] == 150 and gamma["wallet"] == 1000 and gamma["account_manager"] == "Jonas"
    assert gamma["notes"] == "Anruf; Besuch"
    assert report.duplicate_ids == {"4": [8, 9]}
    problems = texts.issue_text(next(i for i in report.problems if i.code == "lines_disagree"), "en")
    assert "order lines disagree" in problems and "1000 / 1200" in problems


def test_lines_kept_when_asked(tmp_path) -> None:
    _people, lines = _order_lines(20, 5)
    path = write_list(tmp_path / "orders.csv", HEADER, lines)
    kept = load_customers(path, ImportOptions(lines="keep"))
    assert len(kept.table) == len(lines) and kept.report.lines_summed is None
    assert kept.report.lines == "keep" and kept.report.duplicate_ids


def test_the_command_line_sums_or_keeps_lines(tmp_path) -> None:
    _people, lines = _order_lines(25, 9)
    path = write_list(tmp_path / "orders.csv", HEADER, lines)
    for choice, rows in (("sum", 25), ("keep", len(lines))):
        out = tmp_path / f"{choice}.csv"
        done = segmenter("classify", str(path), "-o", str(out), "--lines", choice, "--lang", "en")
        assert done.returncode == 0, done.stderr
        with out.open(encoding="utf-8") as stream:
            assert len(list(csv.DictReader(stream))) == rows
        assert (f"{len(lines)} rows → 25 customers (lines summed)." in done.stderr) == (choice == "sum")


# --------------------------------------------------------------------------- direction


@pytest.mark.parametrize(
    ("header", "values", "unclear"),
    [
        ("Zufriedenheit (1–5)", [1, 2, 3, 4, 5], True),
        ("Zufriedenheit", [1, 2, 6], True),
        ("Kundenbewertung", [2, 9, 10], True),
        ("Satisfaction (1-7)", [1, 7], False),  # English lists score the high end best
        ("Kundenzufriedenheit (1-7)", [1, 7], True),
        ("Zufriedenheit (1 = sehr zufrieden)", [1, 2, 5], False),
        ("Note", [1, 2, 4], False),
        ("Schulnote", [1, 3, 6], False),
        ("KZI (1-5)", [1, 3, 5], False),  # an index grows with satisfaction
        ("CSAT", [1, 5], False),
        ("Zufriedenheit (0-10)", [0, 10], False),
        ("Zufriedenheit", [12, 88], False),
    ],
)
def test_an_unclear_direction_is_named(tmp_path, header, values, unclear) -> None:
    report = load_customers(_scale_list(tmp_path, header, values)).report
    assert report.direction_unclear is unclear
    assert bool(texts.direction_notice(report, "en")) is unclear


def test_the_command_line_says_how_it_read_an_unclear_direction(tmp_path) -> None:
    path = _scale_list(tmp_path, "Zufriedenheit (1–5)", [1, 2, 3, 4, 5], ".csv")
    for command in (
        ["classify", str(path), "-o", str(tmp_path / "c.csv")],
        ["team", str(path), "-o", str(tmp_path / "t.csv")],
        ["export", str(path), "--out-dir", str(tmp_path / "x")],
    ):
        done = segmenter(*command, "--lang", "en")
        assert done.returncode == 0, done.stderr
        notice = [line for line in done.stderr.splitlines() if "--kzi-best low" in line]
        assert notice == [
            "Satisfaction read with 5 as the best value: the list does not say which end is best. "
            "If 1 is the best, add --kzi-best low."
        ], (command, done.stderr)
    done = segmenter(
        "classify", str(path), "-o", str(tmp_path / "d.csv"), "--kzi-best", "low", "--lang", "en"
    )
    assert done.returncode == 0 and "--kzi-best" not in done.stderr


def test_a_direction_chosen_once_is_remembered_with_the_mapping(tmp_path) -> None:
    path = _scale_list(tmp_path, "Zufriedenheit (1–5)", [1, 2, 3, 4, 5])
    memory = MappingMemory(tmp_path / "mappings.json")
    first = load_customers(path, ImportOptions(memory=memory, kzi_best="low"))
    assert first.report.scale.reversed and not first.report.direction_unclear
    memory.remember(first.report.signature, first.report.mapping_to_remember())
    again = load_customers(path, ImportOptions(memory=MappingMemory(tmp_path / "mappings.json")))
    assert again.report.scale.reversed and not again.report.direction_unclear
    assert again.report.kzi_best == "low"


def test_lines_kept_are_remembered_with_the_mapping(tmp_path) -> None:
    _people, lines = _order_lines(10, 2)
    path = write_list(tmp_path / "orders.xlsx", HEADER, lines)
    memory = MappingMemory(tmp_path / "mappings.json")
    first = load_customers(path, ImportOptions(memory=memory, lines="keep"))
    memory.remember(first.report.signature, first.report.mapping_to_remember())
    again = load_customers(path, ImportOptions(memory=MappingMemory(tmp_path / "mappings.json")))
    assert again.report.lines == "keep" and len(again.table) == len(lines)


# --------------------------------------------------------------------------- thresholds


def test_the_summary_names_the_thresholds_or_why_there_are_none(tmp_path) -> None:
    rows = [[f"K{i}", f"Kunde {i}", 100.0, 1000.0, None] for i in range(4)]
    path = write_list(
        tmp_path / "none.xlsx", ["Kd.-Nr.", "Kunde", "Umsatz", "Einkaufsvolumen", "KZI (1-5)"], rows
    )
    result = load_customers(path)
    document = CustomerDocument(result)
    lines = texts.summary_lines(result.report, document.prepared, document.result, document.thresholds, "en")
    assert "Thresholds: none — no customer could be classified (no satisfaction value: 4)." in lines
    assert not any("SoW  (" in line for line in lines)
    german = texts.summary_lines(result.report, document.prepared, document.result, document.thresholds, "de")
    assert not any("{" in line for line in german)


def test_a_project_keeps_the_rating_words_and_the_summed_lines(tmp_path) -> None:
    from segmenter_app.core.projects.project import open_project, save_project

    lines = [
        ["1", "Alpha GmbH", "Anna", 100, 1000, "sehr zufrieden"],
        ["1", "Alpha GmbH", "Anna", 200, 1000, "sehr zufrieden"],
        ["2", "Beta AG", "Jonas", 100, 1000, "unzufrieden"],
        ["3", "Gamma KG", "Jonas", 100, 1000, "neutral"],
    ]
    path = write_list(tmp_path / "words.xlsx", HEADER[:5] + ["Zufriedenheit"], lines)
    document = CustomerDocument(load_customers(path))
    save_project(document, tmp_path / "p.segmenter")
    opened = open_project(tmp_path / "p.segmenter").document
    assert opened.scale == document.scale and opened.scale.levels[-1] == "sehr zufrieden"
    assert opened.report.lines_summed == [4, 3]
    assert "KZI sehr zufrieden (100)" in texts.customer_why(opened, 0, "en")
