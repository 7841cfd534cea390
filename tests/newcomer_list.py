"""The list a newcomer brought (issue 21): a German team lead's workbook with a title
row, a total row, "Besuche 2025" as plain integers, six managers and 300 customers
(about 2,100 visits, 320–410 a manager, where the share is already high).  Written the
same for a seed, for the tests and for looking at the window on a laptop screen."""

from __future__ import annotations

from pathlib import Path

import numpy as np

MANAGERS = ("Becker", "Hoffmann", "Krüger", "Meier", "Schulz", "Wagner")
KINDS = ("GmbH", "AG", "KG", "e.K.", "GmbH & Co. KG", "OHG")
SURNAMES = ("Richter", "Wolf", "Neumann", "Schwarz", "Zimmermann", "Braun", "Hartmann", "Lange")
TRADES = ("Apotheke", "Steuerkanzlei", "Autohaus", "Bäckerei", "Praxis", "Maschinenbau", "Elektro", "Hotel")


def write_newcomer_list(path: Path, seed: int = 21, customers: int = 300) -> Path:
    from openpyxl import Workbook

    rng = np.random.default_rng(seed)
    book = Workbook()
    sheet = book.active
    sheet.title = "Kunden 2025"
    sheet.append(["Kundenliste Vertrieb Süd – Stand 31.12.2025"])
    sheet.append(
        ["Kundennummer", "Kunde", "Kundenbetreuer", "Umsatz 2025 (€)", "Einkaufsvolumen (€)", "KZI (1-5)",
         "Besuche 2025"]
    )  # fmt: skip
    managers = rng.permutation(np.arange(customers) % len(MANAGERS))
    wallets = np.round(rng.lognormal(11.5, 1.3, customers), -2)
    shares = rng.beta(2.0, 2.5, customers)
    revenue = np.round(wallets * shares, -2)
    satisfaction = np.round(rng.uniform(1, 5, customers), 1)
    # Visits where the share is already high (the habit the index shows), 320–410 a manager.
    visits = np.maximum(np.round(rng.poisson(2 + 10 * shares)), 0).astype(int)
    totals = [0.0, 0.0, 0]
    for row in range(customers):
        trade = TRADES[int(rng.integers(len(TRADES)))]
        surname = SURNAMES[int(rng.integers(len(SURNAMES)))]
        name = f"{trade} {surname} {KINDS[int(rng.integers(len(KINDS)))]}"
        sheet.append(
            [f"K{10000 + row}", name, MANAGERS[int(managers[row])], float(revenue[row]), float(wallets[row]),
             float(satisfaction[row]), int(visits[row])]
        )  # fmt: skip
        totals[0] += float(revenue[row])
        totals[1] += float(wallets[row])
        totals[2] += int(visits[row])
    sheet.append(["", "Summe", "", totals[0], totals[1], None, totals[2]])
    book.save(path)
    return path


if __name__ == "__main__":
    import sys

    print(write_newcomer_list(Path(sys.argv[1])))
