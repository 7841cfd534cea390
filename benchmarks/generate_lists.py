"""Generate realistic customer lists of any size for the benchmarks.

    python benchmarks/generate_lists.py 100000 /tmp/customers_100k.xlsx
    python benchmarks/generate_lists.py 1000000 /tmp/customers_1m.csv

The lists look like the German ones account managers keep: a title row above the
header, ids as text, revenue and purchasing volume in euros, KZI on a 1-5 scale, a note
on some rows.  The same seed always gives the same file.
"""

from __future__ import annotations

import argparse
import csv
from pathlib import Path

import numpy as np

HEADER = [
    "Kundennummer",
    "Kunde",
    "Außendienst",
    "Region",
    "Branche",
    "Straße",
    "PLZ",
    "Ort",
    "Ansprechpartner",
    "Telefon",
    "E-Mail",
    "Kunde seit",
    "ABC-Klasse",
    "Aufträge 2025",
    "Umsatz Vorjahr (€)",
    "Umsatz 2025 (€)",
    "Einkaufsvolumen (€)",
    "KZI (1-5)",
    "Bemerkung",
]

REGIONS = ["Nord", "Süd", "West", "Ost", "Mitte", "Bayern", "Österreich", "Schweiz"]
INDUSTRIES = [
    "Maschinenbau",
    "Automotive",
    "Chemie",
    "Lebensmittel",
    "Bau",
    "Medizintechnik",
    "Elektrotechnik",
    "Logistik",
    "Handel",
    "Energie",
]
FIRST = ["Anna", "Jonas", "Lea", "Lukas", "Marie", "Felix", "Sophie", "Paul", "Emma", "Ben"]
LAST = ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker"]
CITIES = [
    "Berlin",
    "Hamburg",
    "München",
    "Köln",
    "Frankfurt",
    "Stuttgart",
    "Düsseldorf",
    "Leipzig",
    "Dortmund",
    "Essen",
    "Bremen",
    "Dresden",
    "Hannover",
    "Nürnberg",
]
NOTES = [
    "Rahmenvertrag läuft aus",
    "Neuer Einkaufsleiter",
    "Reklamation offen",
    "Interesse an Serviceverträgen",
    "Wettbewerber im Haus",
    "Referenzkunde",
]


def customer_frame(n: int, managers: int | None = None, seed: int = 7) -> dict[str, np.ndarray]:
    """The columns of an n-customer list, as numpy arrays (fast for millions of rows)."""
    rng = np.random.default_rng(seed)
    managers = managers or max(1, min(200, n // 500))
    manager_names = np.array(
        [
            f"{FIRST[i % len(FIRST)]} {LAST[(i // len(FIRST)) % len(LAST)]} {i // 80 or ''}".strip()
            for i in range(managers)
        ]
    )
    ids = np.char.add("K", np.char.zfill(np.arange(1, n + 1).astype(str), 7))
    names = np.char.add("Firma ", np.arange(1, n + 1).astype(str))
    wallet = np.round(rng.lognormal(mean=12.0, sigma=1.0, size=n), 2)
    share = rng.beta(2.0, 3.0, size=n)
    revenue = np.round(wallet * share, 2)
    kzi = np.round(rng.uniform(1.0, 5.0, size=n), 1)
    notes = np.where(rng.random(n) < 0.1, np.array(NOTES)[rng.integers(0, len(NOTES), n)], "")
    numbers = np.arange(1, n + 1)
    contacts = np.char.add(
        np.array(FIRST)[rng.integers(0, len(FIRST), n)],
        np.char.add(" ", np.array(LAST)[rng.integers(0, len(LAST), n)]),
    )
    cities = np.array(CITIES)[rng.integers(0, len(CITIES), n)]
    since = np.char.add(
        np.char.add(rng.integers(1, 29, n).astype(str), "."),
        np.char.add(
            rng.integers(1, 13, n).astype(str), np.char.add(".", rng.integers(1995, 2025, n).astype(str))
        ),
    )
    return {
        "Kundennummer": ids,
        "Kunde": names,
        "Außendienst": manager_names[rng.integers(0, managers, n)],
        "Region": np.array(REGIONS)[rng.integers(0, len(REGIONS), n)],
        "Branche": np.array(INDUSTRIES)[rng.integers(0, len(INDUSTRIES), n)],
        "Straße": np.char.add("Hauptstraße ", (numbers % 200 + 1).astype(str)),
        "PLZ": np.char.zfill((rng.integers(1000, 99999, n)).astype(str), 5),
        "Ort": cities,
        "Ansprechpartner": contacts,
        "Telefon": np.char.add("+49 30 ", rng.integers(1000000, 9999999, n).astype(str)),
        "E-Mail": np.char.add(np.char.add("einkauf@firma", numbers.astype(str)), ".de"),
        "Kunde seit": since,
        "ABC-Klasse": np.array(["A", "B", "C"])[rng.integers(0, 3, n)],
        "Aufträge 2025": rng.integers(1, 200, n).astype(np.float64),
        "Umsatz Vorjahr (€)": np.round(revenue * rng.uniform(0.7, 1.3, n), 2),
        "Umsatz 2025 (€)": revenue,
        "Einkaufsvolumen (€)": wallet,
        "KZI (1-5)": kzi,
        "Bemerkung": notes,
    }


def write_xlsx(columns: dict[str, np.ndarray], path: Path, header: list[str] | None = None) -> None:
    import xlsxwriter

    header = header or HEADER
    # Shared strings, as Excel writes them (constant_memory would write inline strings).
    workbook = xlsxwriter.Workbook(str(path))
    sheet = workbook.add_worksheet("Kunden")
    sheet.write_row(0, 0, ["Kundenliste Vertrieb 2025"])
    sheet.write_row(2, 0, header)
    rows = zip(*(columns[h].tolist() for h in header))
    for offset, row in enumerate(rows):
        sheet.write_row(3 + offset, 0, row)
    workbook.close()


def write_csv(columns: dict[str, np.ndarray], path: Path) -> None:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(HEADER)
        writer.writerows(zip(*(columns[h].tolist() for h in HEADER)))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rows", type=int)
    parser.add_argument("out", type=Path)
    parser.add_argument("--managers", type=int, default=None)
    args = parser.parse_args(argv)
    columns = customer_frame(args.rows, args.managers)
    if args.out.suffix.lower() == ".csv":
        write_csv(columns, args.out)
    else:
        write_xlsx(columns, args.out)


if __name__ == "__main__":
    main()
