"""Narrow customer lists of the kinds a team keeps, for ``bench_ratio.py --data DIR``:
8 columns (id, name, manager, region, revenue, wallet, KZI, note) and up to 11 more
(visits, last year's revenue, town, postcode, sector, staff, contact, phone, last
visit, potential, discount), written by xlsxwriter with shared strings (as Excel
writes) or, with ``--inline``, with inline strings in constant memory (as many exports
do: a million rows without holding them).

    python benchmarks/generate_narrow.py 100000 0 /tmp/narrow8/customers_100000.xlsx
    python benchmarks/generate_narrow.py 1000000 3 /tmp/narrow11/customers_1000000.xlsx --inline
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

BASE = ["Kundennummer", "Kunde", "Account Manager", "Region", "Umsatz", "Budget", "KZI", "Notiz"]
EXTRA = [
    "Besuche",
    "Umsatz Vorjahr",
    "Ort",
    "PLZ",
    "Branche",
    "Mitarbeiter",
    "Kontakt",
    "Telefon",
    "Letzter Besuch",
    "Potenzial",
    "Rabatt",
]
MANAGERS = [f"Manager {i}" for i in range(200)]
REGIONS = ["Nord", "Süd", "Ost", "West"]
TOWNS = ["Berlin", "Hamburg", "München", "Köln", "Frankfurt", "Stuttgart", "Leipzig", "Dresden"]
SECTORS = ["Handel", "Industrie", "Bau", "IT", "Logistik"]


def write(rows: int, extra: int, out: Path, inline: bool = False, seed: int = 1) -> Path:
    import xlsxwriter

    rng = random.Random(seed)
    out.parent.mkdir(parents=True, exist_ok=True)
    workbook = xlsxwriter.Workbook(str(out), {"constant_memory": inline})
    sheet = workbook.add_worksheet("Kunden")
    sheet.write_row(0, 0, BASE + EXTRA[:extra])
    for r in range(1, rows + 1):
        revenue = rng.uniform(1e3, 1e6)
        wallet = revenue / rng.uniform(0.05, 1)
        row = [
            f"K{r:07d}",
            f"Kunde {r} GmbH",
            rng.choice(MANAGERS),
            rng.choice(REGIONS),
            round(revenue, 2),
            round(wallet, 2),
            rng.randint(0, 100),
            "" if r % 3 else f"Notiz {r}",
        ]
        more = [
            rng.randint(0, 24),
            round(revenue * rng.uniform(0.7, 1.3), 2),
            rng.choice(TOWNS),
            f"{rng.randint(10000, 99999)}",
            rng.choice(SECTORS),
            rng.randint(1, 5000),
            f"Herr {r % 977}",
            f"+49 30 {r:07d}",
            f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
            round(wallet - revenue, 2),
            round(rng.uniform(0, 0.2), 3),
        ]
        sheet.write_row(r, 0, row + more[:extra])
    workbook.close()
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rows", type=int)
    parser.add_argument("extra", type=int, help=f"columns beyond the 8 (0–{len(EXTRA)})")
    parser.add_argument("out", type=Path)
    parser.add_argument("--inline", action="store_true", help="inline strings, constant memory")
    args = parser.parse_args()
    write(args.rows, min(max(args.extra, 0), len(EXTRA)), args.out, args.inline)


if __name__ == "__main__":
    main()
